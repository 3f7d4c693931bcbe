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
	var tally silverTally
	for _, pd := range docs {
		claims, err := a.Analyze(context.Background(), pd.doc)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range claims {
			spans, silver := a.silverSources(pd, c)
			tally.add(pd, c, spans, silver)
		}
	}
	p := float64(tally.tp) / float64(max(1, tally.tp+tally.fp))
	r := float64(tally.tp) / float64(max(1, tally.tp+tally.fn))
	t.Logf("docs=%d sourced: precision=%.3f recall=%.3f f1=%.3f (tp=%d fp=%d fn=%d tn=%d); source span overlap %.3f of %d",
		len(docs), p, r, 2*p*r/(p+r), tally.tp, tally.fp, tally.fn, tally.tn, float64(tally.srcOK)/float64(max(1, tally.srcAll)), tally.srcAll)
	if os.Getenv("AUDIT_POLNEAR_SAMPLES") != "" {
		n, _ := strconv.Atoi(os.Getenv("AUDIT_POLNEAR_SAMPLES"))
		step := func(list []string) int { return max(1, len(list)/max(1, n)) }
		for i := 0; i < len(tally.misses); i += step(tally.misses) {
			fmt.Println("MISS ", tally.misses[i])
		}
		for i := 0; i < len(tally.extras); i += step(tally.extras) {
			fmt.Println("EXTRA", tally.extras[i])
		}
	}
}

// silverSources returns the source spans of the statement attributions
// PolNeAR marks for claim c (it holds their cue, or lies mostly in their
// content), and whether there is one.
func (a *Analyzer) silverSources(pd polnearDoc, c Claim) ([]bratSpan, bool) {
	silver := false
	var srcSpans []bratSpan
	for _, r := range pd.rels {
		if len(r.source) == 0 || len(r.cue) == 0 || !a.statementCue(pd.doc.Text, r.cue) {
			continue
		}
		in := false
		for _, cs := range r.cue {
			in = in || overlaps(cs, c.Span)
		}
		covered := 0
		for _, ct := range r.content {
			covered += max(0, min(ct.end, c.End)-max(ct.start, c.Start))
		}
		if in && covered > 0 || covered*2 > c.Len() {
			silver = true
			srcSpans = append(srcSpans, r.source...)
		}
	}
	return srcSpans, silver
}

// silverTally counts the analyzer's sourced claims against PolNeAR's.
type silverTally struct {
	tp, fp, fn, tn, srcOK, srcAll int
	misses, extras                []string
}

// add counts claim c of pd, which PolNeAR sources (silver) with srcSpans.
func (n *silverTally) add(pd polnearDoc, c Claim, srcSpans []bratSpan, silver bool) {
	got := c.Class != Unsourced
	text := strings.Join(strings.Fields(pd.doc.Slice(c.Span)), " ")
	switch {
	case got && silver:
		n.tp++
		if c.Source == nil || c.InheritedFrom != 0 {
			return
		}
		n.srcAll++
		for _, s := range srcSpans {
			if overlaps(s, c.Source.Span) {
				n.srcOK++
				break
			}
		}
	case got:
		n.fp++
		n.extras = append(n.extras, fmt.Sprintf("%s [%s/%s] %s", pd.name[:12], c.Class, c.Source.Name, clipText(text, 150)))
	case silver:
		n.fn++
		n.misses = append(n.misses, fmt.Sprintf("%s %s", pd.name[:12], clipText(text, 170)))
	default:
		n.tn++
	}
}

// statementCue reports whether a gold cue holds a word the lexicon counts
// as a statement cue (speech, report, belief, accusation), or a phrase
// such as "according to".
func (a *Analyzer) statementCue(text string, cue []bratSpan) bool {
	return a.cueIn(text, cue, "according", func(c cueCat) bool { return c != catNotSource && c != catRefusal })
}

// speechReportCue reports whether a gold cue holds a speech or report cue,
// or "according to".
func (a *Analyzer) speechReportCue(text string, cue []bratSpan) bool {
	return a.cueIn(text, cue, "according to", func(c cueCat) bool { return c == catSpeech || c == catReport })
}

// cueIn reports whether the spans of a gold cue hold phrase, or a word the
// lexicon knows as a cue of a category want accepts.
func (a *Analyzer) cueIn(text string, cue []bratSpan, phrase string, want func(cueCat) bool) bool {
	for _, s := range cue {
		c := strings.ToLower(text[s.start:s.end])
		if strings.Contains(c, phrase) {
			return true
		}
		for _, w := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			if e, ok := a.lx.cues[w]; ok && want(e.cat) {
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

// span is a byte range of a text, trimmed of spaces, commas and quotes.
type span struct{ start, end int }

func trimSpan(text string, s, e int) span {
	for s < e && (text[s] == ' ' || text[s] == ',' || text[s] == '"') {
		s++
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == ',' || text[e-1] == '.') {
		e--
	}
	return span{s, e}
}

func (a span) overlaps(b span) bool { return a.start < b.end && b.start < a.end }

// spanRel is an attribution by its cue and source spans: gold ones may
// have several of each.
type spanRel struct{ cue, src []span }

// goldRels returns PolNeAR's speech and report attributions of pd that
// have a source.
func (a *Analyzer) goldRels(pd polnearDoc) []spanRel {
	text := pd.doc.Text
	var gold []spanRel
	for _, r := range pd.rels {
		if len(r.cue) == 0 || len(r.source) == 0 || !a.speechReportCue(text, r.cue) {
			continue
		}
		var g spanRel
		for _, c := range r.cue {
			g.cue = append(g.cue, trimSpan(text, c.start, c.end))
		}
		for _, s := range r.source {
			g.src = append(g.src, trimSpan(text, s.start, s.end))
		}
		gold = append(gold, g)
	}
	return gold
}

// predictedRels returns the speech and report attributions of claims that
// carry their own cue and source.
func (a *Analyzer) predictedRels(text string, claims []Claim) []spanRel {
	var preds []spanRel
	for _, c := range claims {
		if c.Cue == nil || c.Source == nil || c.InheritedFrom != 0 {
			continue
		}
		e, ok := a.lx.cues[strings.ToLower(strings.Fields(c.Cue.Text + " x")[0])]
		if !(ok && (e.cat == catSpeech || e.cat == catReport) || strings.HasPrefix(c.Cue.Lemma, "according")) {
			continue
		}
		preds = append(preds, spanRel{
			cue: []span{trimSpan(text, c.Cue.Span.Start, c.Cue.Span.End)},
			src: []span{trimSpan(text, c.Source.Span.Start, c.Source.Span.End)},
		})
	}
	return preds
}

// spanAgreement says whether an attribution agrees with any of others on
// the cue (exactly, by overlap) and on the source (exactly, by overlap).
type spanAgreement [4]bool

func agreement(r spanRel, others []spanRel) spanAgreement {
	var m spanAgreement
	for _, o := range others {
		for _, a := range r.cue {
			for _, b := range o.cue {
				m[0] = m[0] || a == b
				m[1] = m[1] || a.overlaps(b)
			}
		}
		for _, a := range r.src {
			for _, b := range o.src {
				m[2] = m[2] || a == b
				m[3] = m[3] || a.overlaps(b)
			}
		}
	}
	return m
}

// spanCounts counts attributions that agree, by each of the four measures.
type spanCounts [4]int

func (n *spanCounts) add(m spanAgreement) {
	for k := range m {
		if m[k] {
			n[k]++
		}
	}
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
	var predHits, goldHits spanCounts
	goldN, predN := 0, 0
	for _, pd := range loadPolnear(t, dir, 0) {
		claims, err := a.Analyze(context.Background(), pd.doc)
		if err != nil {
			t.Fatal(err)
		}
		gold, preds := a.goldRels(pd), a.predictedRels(pd.doc.Text, claims)
		goldN += len(gold)
		predN += len(preds)
		for _, p := range preds {
			predHits.add(agreement(p, gold))
		}
		for _, g := range gold {
			goldHits.add(agreement(g, preds))
		}
	}
	t.Logf("gold attributions (speech/report cues, with a source) %d, predicted %d", goldN, predN)
	for k, name := range []string{"cue exact", "cue overlap", "source exact", "source overlap"} {
		p, r := float64(predHits[k])/float64(max(1, predN)), float64(goldHits[k])/float64(max(1, goldN))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		t.Logf("%-15s P=%.3f R=%.3f F=%.3f", name, p, r, f)
	}
}
