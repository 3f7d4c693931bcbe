package sentences

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/auditnews/audit/article"
)

var showGold = flag.Bool("gold.errors", false, "log the gold sentences that Split misses or cuts differently")

// sharedDir is the team's development data, beside the project; it is absent
// for users, and the tests that need it skip.
func sharedDir(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "gold")); err != nil {
		t.Skip("shared development data not present")
	}
	return dir
}

type goldLine struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Class string `json:"class"`
	Kind  string `json:"kind"`
}

func readGold(t *testing.T, path string) (docs []string, byDoc map[string][]goldLine) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	byDoc = map[string][]goldLine{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if _, ok := byDoc[g.Doc]; !ok {
			docs = append(docs, g.Doc)
		}
		byDoc[g.Doc] = append(byDoc[g.Doc], g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return docs, byDoc
}

// textBlocks cuts a plain-text article into blocks: paragraphs separated by
// blank lines, or, in a text with no blank line, its lines.
func textBlocks(text string) []article.Span {
	var out []article.Span
	lineMode := !strings.Contains(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n")
	start := -1
	end := 0
	for off := 0; off <= len(text); {
		nl := strings.IndexByte(text[off:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = off + nl
		}
		blank := strings.TrimSpace(text[off:lineEnd]) == ""
		switch {
		case blank || lineMode:
			if start >= 0 {
				out = append(out, article.Span{Start: start, End: end})
				start = -1
			}
			if !blank {
				out = append(out, article.Span{Start: off, End: lineEnd})
			}
		default:
			if start < 0 {
				start = off
			}
			end = lineEnd
		}
		if nl < 0 {
			break
		}
		off = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, article.Span{Start: start, End: end})
	}
	return out
}

// wordCounts gives the word tokens of s as the team's scorer counts them:
// runs of letters, digits and underscores, lower-cased.
func wordCounts(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	}) {
		m[w]++
	}
	return m
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), " ") }

type goldScore struct {
	claims, covered, exact int
}

// scoreGold splits every block of the gold articles and compares the
// sentences with the labelled ones: a gold sentence is covered when one
// predicted sentence holds at least 60% of its words (the scorer's rule), and
// exact when one predicted sentence equals it up to white space.
func scoreGold(t *testing.T, shared, goldFile string) goldScore {
	docs, byDoc := readGold(t, filepath.Join(shared, "gold", goldFile))
	var sc goldScore
	for _, doc := range docs {
		b, err := os.ReadFile(filepath.Join(shared, "corpus", doc))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var pred []string
		for _, blk := range textBlocks(text) {
			for _, sp := range split(text[blk.Start:blk.End]) {
				pred = append(pred, text[blk.Start+sp.Start:blk.Start+sp.End])
			}
		}
		predWords := make([]map[string]int, len(pred))
		exact := map[string]bool{}
		for i, p := range pred {
			predWords[i] = wordCounts(p)
			exact[squeeze(p)] = true
		}
		for _, g := range byDoc[doc] {
			if g.Class == "none" {
				continue
			}
			sc.claims++
			gw := wordCounts(g.Text)
			total := 0
			for _, c := range gw {
				total += c
			}
			best, bestCov := -1, 0.0
			for i, pw := range predWords {
				inter := 0
				for w, c := range gw {
					inter += min(c, pw[w])
				}
				if cov := float64(inter) / float64(max(1, total)); cov > bestCov {
					best, bestCov = i, cov
				}
			}
			if bestCov >= 0.6 {
				sc.covered++
			} else if *showGold {
				t.Logf("MISS %s\n  gold: %q", doc, g.Text)
			}
			if exact[squeeze(g.Text)] {
				sc.exact++
			} else if *showGold && best >= 0 {
				t.Logf("CUT %s\n  gold: %q\n  pred: %q", doc, g.Text, pred[best])
			}
		}
	}
	return sc
}

func TestGold(t *testing.T) {
	shared := sharedDir(t)
	for _, tt := range []struct {
		file               string
		minCovered, minExa float64
	}{
		{"seeds.jsonl", 0.99, 0.98},
		{"polnear-dev.jsonl", 0.99, 0.97},
	} {
		t.Run(tt.file, func(t *testing.T) {
			sc := scoreGold(t, shared, tt.file)
			cov := float64(sc.covered) / float64(sc.claims)
			exa := float64(sc.exact) / float64(sc.claims)
			t.Logf("%s: %d claim sentences, coverage %.4f (%d), exact boundaries %.4f (%d)",
				tt.file, sc.claims, cov, sc.covered, exa, sc.exact)
			if cov < tt.minCovered {
				t.Errorf("coverage %.4f below %.2f", cov, tt.minCovered)
			}
			if exa < tt.minExa {
				t.Errorf("exact boundary agreement %.4f below %.2f", exa, tt.minExa)
			}
		})
	}
}
