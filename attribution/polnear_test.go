package attribution

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/polnear"
)

// The PolNeAR corpus (political news with attribution spans) is not
// shipped with the project; these measurements run where it is found
// beside the project and AUDIT_POLNEAR names a split (train or dev).

type bratSpan struct{ start, end int } // byte offsets, read by internal/polnear

type bratRel struct {
	source, cue, content []bratSpan
}

func polnearDir(t *testing.T) string {
	split := os.Getenv("AUDIT_POLNEAR")
	if split == "" {
		t.Skip("set AUDIT_POLNEAR=train or dev to measure on PolNeAR")
	}
	dir := filepath.Join("..", "..", "shared", "corpus", "polnear", split)
	if _, err := os.Stat(dir); err != nil {
		t.Skip("PolNeAR corpus not present")
	}
	return dir
}

func overlaps(a bratSpan, b article.Span) bool { return a.start < b.End && b.Start < a.end }

type polnearDoc struct {
	name string
	doc  *article.Document
	rels []bratRel
}

// loadPolnear reads the articles of the split in dir (the first
// annotator's relations of each), at most limit of them when limit > 0.
func loadPolnear(t *testing.T, dir string, limit int) []polnearDoc {
	arts, err := polnear.Articles(filepath.Dir(dir), filepath.Base(dir))
	if err != nil {
		t.Fatal(err)
	}
	spans := func(ss []article.Span) []bratSpan {
		out := make([]bratSpan, len(ss))
		for i, s := range ss {
			out[i] = bratSpan{s.Start, s.End}
		}
		return out
	}
	var out []polnearDoc
	for _, art := range arts {
		doc, rels, err := art.Load()
		if err != nil {
			t.Fatal(err)
		}
		pd := polnearDoc{name: art.Name, doc: doc}
		for _, r := range rels {
			pd.rels = append(pd.rels, bratRel{source: spans(r.Source), cue: spans(r.Cue), content: spans(r.Content)})
		}
		out = append(out, pd)
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	return out
}

// TestPolNeARSilver compares, sentence by sentence, whether the analyzer
// finds a source where PolNeAR annotators marked an attribution whose cue
// is a statement (not an intention or feeling), and lists samples of
// disagreement.
func TestPolNeARSilver(t *testing.T) {
	dir := polnearDir(t)
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	docs := loadPolnear(t, dir, 0)
	var tp, fp, fn, tn, srcOK, srcAll int
	var misses, extras []string
	for _, pd := range docs {
		claims, err := a.Analyze(context.Background(), pd.doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range claims {
			silver := false
			var srcSpans []bratSpan
			for _, r := range pd.rels {
				if len(r.source) == 0 || len(r.cue) == 0 || !a.statementCue(pd.doc.Text, r.cue) {
					continue
				}
				// the sentence holds the cue, or lies mostly in the content
				in := false
				for _, cs := range r.cue {
					if overlaps(cs, c.Span) {
						in = true
					}
				}
				covered := 0
				for _, ct := range r.content {
					lo, hi := max(ct.start, c.Start), min(ct.end, c.End)
					if hi > lo {
						covered += hi - lo
					}
				}
				if in && covered > 0 || covered*2 > c.Len() {
					silver = true
					srcSpans = append(srcSpans, r.source...)
				}
			}
			got := c.Class != Unsourced
			text := strings.Join(strings.Fields(pd.doc.Slice(c.Span)), " ")
			switch {
			case got && silver:
				tp++
				if c.Source != nil && c.InheritedFrom == 0 {
					srcAll++
					for _, s := range srcSpans {
						if overlaps(s, c.Source.Span) {
							srcOK++
							break
						}
					}
				}
			case got && !silver:
				fp++
				extras = append(extras, fmt.Sprintf("%s [%s/%s] %s", pd.name[:12], c.Class, c.Source.Name, clipText(text, 150)))
			case !got && silver:
				fn++
				misses = append(misses, fmt.Sprintf("%s %s", pd.name[:12], clipText(text, 170)))
			default:
				tn++
			}
		}
	}
	p := float64(tp) / float64(max(1, tp+fp))
	r := float64(tp) / float64(max(1, tp+fn))
	t.Logf("docs=%d sourced: precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d tn=%d); source span overlap %.3f of %d",
		len(docs), p, r, 2*p*r/(p+r), tp, fp, fn, tn, float64(srcOK)/float64(max(1, srcAll)), srcAll)
	if os.Getenv("AUDIT_POLNEAR_SAMPLES") != "" {
		n, _ := strconv.Atoi(os.Getenv("AUDIT_POLNEAR_SAMPLES"))
		step := func(list []string) int { return max(1, len(list)/max(1, n)) }
		for i := 0; i < len(misses); i += step(misses) {
			fmt.Println("MISS ", misses[i])
		}
		for i := 0; i < len(extras); i += step(extras) {
			fmt.Println("EXTRA", extras[i])
		}
	}
}

// statementCue reports whether a gold cue holds a word the lexicon counts
// as a statement cue (speech, report, belief, accusation), or a phrase
// such as "according to".
func (a *Analyzer) statementCue(text string, cue []bratSpan) bool {
	for _, s := range cue {
		c := strings.ToLower(text[s.start:s.end])
		if strings.Contains(c, "according") {
			return true
		}
		for _, w := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			if e, ok := a.lx.cues[w]; ok && e.cat != catNotSource && e.cat != catRefusal {
				return true
			}
		}
	}
	return false
}

func clipText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// TestPolNeARSpans measures span-level precision and recall of cues and
// sources against PolNeAR's annotations, for speech and report cues only:
// exact match and overlap, the way attribution extractors are compared.
func TestPolNeARSpans(t *testing.T) {
	dir := polnearDir(t)
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	speechReport := func(text string, spans []bratSpan) bool {
		for _, s := range spans {
			c := strings.ToLower(text[s.start:s.end])
			if strings.Contains(c, "according to") {
				return true
			}
			for _, w := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
				if e, ok := a.lx.cues[w]; ok && (e.cat == catSpeech || e.cat == catReport) {
					return true
				}
			}
		}
		return false
	}
	type span struct{ start, end int }
	trim := func(text string, s, e int) span {
		for s < e && (text[s] == ' ' || text[s] == ',' || text[s] == '"') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == ',' || text[e-1] == '.') {
			e--
		}
		return span{s, e}
	}
	var cueExact, cueOver, srcExact, srcOver, goldN, predN, goldCueHit, goldCueOver, goldSrcHit, goldSrcOver int
	for _, pd := range loadPolnear(t, dir, 0) {
		claims, err := a.Analyze(context.Background(), pd.doc)
		if err != nil {
			t.Fatal(err)
		}
		text := pd.doc.Text
		type rel struct{ cue, src []span }
		var gold []rel
		for _, r := range pd.rels {
			if len(r.cue) == 0 || len(r.source) == 0 || !speechReport(text, r.cue) {
				continue
			}
			var g rel
			for _, c := range r.cue {
				g.cue = append(g.cue, trim(text, c.start, c.end))
			}
			for _, s := range r.source {
				g.src = append(g.src, trim(text, s.start, s.end))
			}
			gold = append(gold, g)
		}
		type pred struct{ cue, src span }
		var preds []pred
		for _, c := range claims {
			if c.Cue == nil || c.Source == nil || c.InheritedFrom != 0 {
				continue
			}
			e, ok := a.lx.cues[strings.ToLower(strings.Fields(c.Cue.Text + " x")[0])]
			if !(ok && (e.cat == catSpeech || e.cat == catReport) || strings.HasPrefix(c.Cue.Lemma, "according")) {
				continue
			}
			preds = append(preds, pred{trim(text, c.Cue.Span.Start, c.Cue.Span.End), trim(text, c.Source.Span.Start, c.Source.Span.End)})
		}
		over := func(a, b span) bool { return a.start < b.end && b.start < a.end }
		// match reports whether g and p agree on the cue and the source,
		// exactly and by overlap
		match := func(g rel, p pred) (m [4]bool) {
			for _, gc := range g.cue {
				m[0] = m[0] || gc == p.cue
				m[1] = m[1] || over(gc, p.cue)
			}
			for _, gs := range g.src {
				m[2] = m[2] || gs == p.src
				m[3] = m[3] || over(gs, p.src)
			}
			return m
		}
		count := func(m [4]bool, n [4]*int) {
			for k := range m {
				if m[k] {
					*n[k]++
				}
			}
		}
		goldN += len(gold)
		predN += len(preds)
		for _, p := range preds {
			var m [4]bool
			for _, g := range gold {
				for k, v := range match(g, p) {
					m[k] = m[k] || v
				}
			}
			count(m, [4]*int{&cueExact, &cueOver, &srcExact, &srcOver})
		}
		for _, g := range gold {
			var m [4]bool
			for _, p := range preds {
				for k, v := range match(g, p) {
					m[k] = m[k] || v
				}
			}
			count(m, [4]*int{&goldCueHit, &goldCueOver, &goldSrcHit, &goldSrcOver})
		}
	}
	f := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	pr := func(name string, hitP, hitR int) {
		p, r := float64(hitP)/float64(max(1, predN)), float64(hitR)/float64(max(1, goldN))
		t.Logf("%-15s P=%.3f R=%.3f F=%.3f", name, p, r, f(p, r))
	}
	t.Logf("gold attributions (speech/report cues, with a source) %d, predicted %d", goldN, predN)
	pr("cue exact", cueExact, goldCueHit)
	pr("cue overlap", cueOver, goldCueOver)
	pr("source exact", srcExact, goldSrcHit)
	pr("source overlap", srcOver, goldSrcOver)
}
