package lexicon

import (
	"bufio"
	"bytes"
	"cmp"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// polnearTrain is the PolNeAR training split, where developers have it.
const polnearTrain = "../../../shared/corpus/polnear/train"

// TestPolNeARCueCoverage reads the cue spans that PolNeAR's annotators
// marked in the training articles (one annotator per article) and checks
// that the cue lexicon recognises nearly all of them. Run it with -v to see
// the most frequent cues and the most frequent ones the lexicon misses. It
// skips where the corpus is absent: it is a development check, not part of
// the product.
func TestPolNeARCueCoverage(t *testing.T) {
	texts, err := filepath.Glob(filepath.Join(polnearTrain, "text", "*.txt"))
	if err != nil || len(texts) == 0 {
		t.Skip("PolNeAR training split not found")
	}
	cues := newCueIndex(defaultSet(t))
	byLemma := map[string]int{}
	missed := map[string]int{}
	total, covered := 0, 0
	for _, textPath := range texts {
		article := strings.TrimSuffix(filepath.Base(textPath), ".txt")
		anns, _ := filepath.Glob(filepath.Join(polnearTrain, "attributions", article+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		slices.Sort(anns)
		b, err := os.ReadFile(textPath)
		if err != nil {
			t.Fatal(err)
		}
		text := []rune(string(b))
		for _, cue := range cueSpans(t, anns[0], text) {
			total++
			if c := cues.in(keysOf(cue)); c != nil {
				byLemma[c.Lemma]++
				covered++
			} else {
				missed[strings.ToLower(cue)]++
			}
		}
	}
	if total == 0 {
		t.Skip("no cue spans found")
	}
	rate := float64(covered) / float64(total)
	t.Logf("%d cue spans in %d articles; the lexicon recognises %d (%.1f%%)", total, len(texts), covered, 100*rate)
	t.Logf("most frequent cues, by lemma:\n%s", top(byLemma, 50))
	t.Logf("most frequent cues the lexicon misses:\n%s", top(missed, 40))
	if rate < 0.85 {
		t.Errorf("the lexicon recognises %.1f%% of PolNeAR cue spans, want at least 85%%", 100*rate)
	}
}

// cueIndex finds cue forms in the keys of a text.
type cueIndex struct {
	forms map[string]*Cue // keys joined by spaces → cue
	gaps  []gapForm
	most  int // the most keys of a form
}

// gapForm is a form with a gap: the keys before and after it.
type gapForm struct {
	before, after []string
	cue           *Cue
}

func newCueIndex(s *Set) *cueIndex {
	x := &cueIndex{forms: map[string]*Cue{}}
	for i := range s.Cues() {
		c := &s.Cues()[i]
		for _, f := range c.Forms {
			keys := keysOf(f)
			if g := slices.Index(keys, "..."); g >= 0 {
				x.gaps = append(x.gaps, gapForm{before: keys[:g], after: keys[g+1:], cue: c})
				continue
			}
			x.forms[strings.Join(keys, " ")] = c
			x.most = max(x.most, len(keys))
		}
	}
	return x
}

// in returns the cue of the first and longest form found in keys, or nil.
func (x *cueIndex) in(keys []string) *Cue {
	for i := range keys {
		for n := min(x.most, len(keys)-i); n > 0; n-- {
			if c, ok := x.forms[strings.Join(keys[i:i+n], " ")]; ok {
				return c
			}
		}
		for _, g := range x.gaps {
			if hasAt(keys, i, g.before) {
				for j := i + len(g.before) + 1; j <= i+len(g.before)+8; j++ {
					if hasAt(keys, j, g.after) {
						return g.cue
					}
				}
			}
		}
	}
	return nil
}

// hasAt reports whether keys holds want at i.
func hasAt(keys []string, i int, want []string) bool {
	return i+len(want) <= len(keys) && slices.Equal(keys[i:i+len(want)], want)
}

// cueSpans returns the text of every Cue span of a brat standoff file.
// Offsets count code points; a discontinuous span is joined with spaces.
func cueSpans(t *testing.T, path string, text []rune) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || !strings.HasPrefix(fields[0], "T") {
			continue
		}
		typ, ranges, _ := strings.Cut(fields[1], " ")
		if typ != "Cue" {
			continue
		}
		var parts []string
		for _, r := range strings.Split(ranges, ";") {
			a, b, _ := strings.Cut(r, " ")
			start, err1 := strconv.Atoi(a)
			end, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || start < 0 || end > len(text) || start > end {
				t.Fatalf("%s: bad span %q", path, r)
			}
			parts = append(parts, string(text[start:end]))
		}
		out = append(out, strings.Join(strings.Fields(strings.Join(parts, " ")), " "))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// top lists the n most frequent keys of counts, one "count key" a line.
func top(counts map[string]int, n int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
	var sb strings.Builder
	for i, k := range keys[:min(n, len(keys))] {
		sb.WriteString(strconv.Itoa(i+1) + ". " + k + " " + strconv.Itoa(counts[k]) + "\n")
	}
	return sb.String()
}
