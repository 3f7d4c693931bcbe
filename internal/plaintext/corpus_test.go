package plaintext

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/auditnews/audit/article"
)

// sharedDir is the team's development data, beside the project. Tests that
// read it skip when it is absent.
const sharedDir = "../../../shared"

func needShared(t testing.TB) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(sharedDir, "gold")); err != nil {
		t.Skip("shared development data not present")
	}
	return sharedDir
}

type goldLine struct {
	Doc   string `json:"doc"`
	Text  string `json:"text"`
	Class string `json:"class"`
	Kind  string `json:"kind"`
}

func readGold(t *testing.T, path string) []goldLine {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []goldLine
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// tokens splits s as the team's scorer does: lower-cased runs of letters,
// digits and underscores.
func tokens(s string) map[string]int {
	m := make(map[string]int)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
	}) {
		m[w]++
	}
	return m
}

// landing returns the block of doc that covers most of the words of a gold
// line, and how much of the line it covers.
func landing(doc *article.Document, blockToks []map[string]int, text string) (int, float64) {
	g := tokens(text)
	total := 0
	for _, n := range g {
		total += n
	}
	best, bestCov := -1, 0.0
	for i := range doc.Blocks {
		inter := 0
		for w, n := range g {
			inter += min(n, blockToks[i][w])
		}
		if cov := float64(inter) / float64(max(total, 1)); cov > bestCov {
			best, bestCov = i, cov
		}
	}
	return best, bestCov
}

type goldResult struct {
	leak, leakTotal int // non-claim lines that land in claim blocks
	wrongKind       int // non-claim lines in a non-claim block of another kind
	eaten, claims   int // claim lines that land in non-claim blocks
}

func scoreGold(t *testing.T, goldPath string) goldResult {
	root := filepath.Join(sharedDir, "corpus")
	var res goldResult
	docs := map[string]*article.Document{}
	toks := map[string][]map[string]int{}
	for _, g := range readGold(t, goldPath) {
		doc, ok := docs[g.Doc]
		if !ok {
			raw, err := os.ReadFile(filepath.Join(root, g.Doc))
			if err != nil {
				t.Fatal(err)
			}
			if doc, err = ParseText(raw); err != nil {
				t.Fatalf("%s: %v", g.Doc, err)
			}
			docs[g.Doc] = doc
			for _, b := range doc.Blocks {
				toks[g.Doc] = append(toks[g.Doc], tokens(doc.Slice(b.Span)))
			}
		}
		bi, cov := landing(doc, toks[g.Doc], g.Text)
		if bi < 0 || cov < 0.6 {
			t.Logf("NOT FOUND %s: %q", g.Doc, g.Text)
			continue
		}
		kind := doc.Blocks[bi].Kind
		switch {
		case g.Class == "none" && g.Kind == "headline":
			if kind.GivesClaims() {
				t.Logf("headline as %s  %s: %q", kind, filepath.Base(g.Doc), g.Text)
			}
		case g.Class == "none":
			res.leakTotal++
			if kind.GivesClaims() {
				res.leak++
				t.Logf("LEAK %s as %s  %s: %q", g.Kind, kind, filepath.Base(g.Doc), g.Text)
			} else if string(kind) != g.Kind {
				res.wrongKind++
				t.Logf("kind %s as %s  %s: %q", g.Kind, kind, filepath.Base(g.Doc), g.Text)
			}
		default:
			res.claims++
			if !kind.GivesClaims() {
				res.eaten++
				t.Logf("EATEN claim as %s  %s: %q", kind, filepath.Base(g.Doc), g.Text)
			}
		}
	}
	return res
}

// TestGoldLeakage checks the blocks against the labelled articles: lines
// labelled byline, boilerplate or references must land in blocks that give
// no claims, and labelled claims must not.
func TestGoldLeakage(t *testing.T) {
	dir := needShared(t)
	tests := []struct {
		gold               string
		maxLeak, maxEaten  int
		maxWrongKindPerMil int
	}{
		{"seeds.jsonl", 0, 0, 0},
		{"polnear-dev.jsonl", 3, 2, 1000},
	}
	for _, tt := range tests {
		t.Run(tt.gold, func(t *testing.T) {
			r := scoreGold(t, filepath.Join(dir, "gold", tt.gold))
			t.Logf("%s: leakage %d of %d non-claim lines (%d more in a non-claim block of another kind); %d of %d claims in non-claim blocks",
				tt.gold, r.leak, r.leakTotal, r.wrongKind, r.eaten, r.claims)
			if r.leak > tt.maxLeak {
				t.Errorf("leakage %d, want at most %d", r.leak, tt.maxLeak)
			}
			if r.eaten > tt.maxEaten {
				t.Errorf("claims in non-claim blocks %d, want at most %d", r.eaten, tt.maxEaten)
			}
		})
	}
}

// TestProseNotEaten runs over all PolNeAR training texts and lists long
// blocks that the rules classify as giving no claims: the boilerplate and
// byline patterns must not swallow prose.
func TestProseNotEaten(t *testing.T) {
	dir := needShared(t)
	files, _ := filepath.Glob(filepath.Join(dir, "corpus/polnear/train/text/*.txt"))
	if len(files) == 0 {
		t.Skip("no PolNeAR training texts")
	}
	long, eaten := 0, 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ParseText(raw)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, b := range doc.Blocks {
			s := doc.Slice(b.Span)
			if countWords(s, 100) <= 25 || strings.HasPrefix(s, "<") {
				continue // short, or embedded markup rather than prose
			}
			long++
			if !b.Kind.GivesClaims() {
				eaten++
				if len(s) > 160 {
					s = s[:160]
				}
				t.Logf("%s %s: %q", b.Kind, filepath.Base(p), s)
			}
		}
	}
	t.Logf("%d files: %d of %d blocks over 25 words classified as giving no claims", len(files), eaten, long)
	// The blocks listed are editor's notes, embedded posts, author
	// biographies and reporting credits; a rule that starts eating prose
	// shows up here first.
	if eaten*1000 > long*4 {
		t.Errorf("%d long blocks classified non-claim, want at most 0.4%%", eaten)
	}
}
