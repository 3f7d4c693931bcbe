package learn

import (
	"slices"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/lexicon"
)

func defaultSet(t *testing.T) *lexicon.Set {
	t.Helper()
	set, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestCarryCandidate(t *testing.T) {
	cs := []Claim{
		{Block: 0, Class: "named"},     // 0
		{Block: 0, Class: "unsourced"}, // 1: takes 0
		{Block: 1, Class: "unsourced"}, // 2: 0 is in the block before
		{Block: 2, Class: "unsourced"}, // 3: 0 is two blocks back
		{Block: 2, Class: "anonymous"}, // 4
		{Block: 2, Class: "unsourced"}, // 5: takes 4
	}
	for i, want := range []int{-1, 0, 0, -1, -1, 4} {
		if got := carryCandidate(cs, i); cs[i].Class == "unsourced" && got != want {
			t.Errorf("carryCandidate(%d) = %d, want %d", i, got, want)
		}
	}
}

// sourcedClaims builds an article of one-sentence paragraphs, each
// attributed to the person named at its start by the cue "said".
func sourcedClaims(sents ...string) (*article.Document, []attribution.Claim) {
	var b strings.Builder
	doc := &article.Document{}
	var cs []attribution.Claim
	for i, s := range sents {
		start := b.Len()
		b.WriteString(s)
		end := b.Len()
		b.WriteString("\n\n")
		doc.Blocks = append(doc.Blocks, article.Block{Kind: article.Paragraph, Span: article.Span{Start: start, End: end}})
		sent := article.Sentence{Span: article.Span{Start: start, End: end}, Block: i}
		doc.Sentences = append(doc.Sentences, sent)
		c := attribution.Claim{ID: i + 1, Sentence: sent, Class: attribution.Unsourced, Quote: attribution.NoQuote, Confidence: 0.6}
		if k := strings.Index(s, " said"); k > 0 {
			c.Class, c.Quote, c.Confidence = attribution.Named, attribution.Indirect, 0.9
			c.Source = &attribution.Source{Name: s[:k], Mention: s[:k], Span: article.Span{Start: start, End: start + k}, Type: attribution.Person}
			c.Cue = &attribution.Cue{Text: "said", Lemma: "say", Span: article.Span{Start: start + k + 1, End: start + k + 5}}
		}
		cs = append(cs, c)
	}
	doc.Text = b.String()
	return doc, cs
}

func TestApply(t *testing.T) {
	_, cs := sourcedClaims("Ana Ruiz said the bridge reopens.", "It cost two million.", "Tom Lee said it was late.")
	Apply(cs, []Action{{Kind: Keep}, {Kind: Carry, From: 0}, {Kind: Drop}})
	if c := cs[1]; c.Class != attribution.Named || c.Source == nil || c.Source.Name != "Ana Ruiz" || c.InheritedFrom != 1 || c.Quote != attribution.Indirect {
		t.Errorf("carried claim = %+v", c)
	}
	if c := cs[2]; c.Class != attribution.Unsourced || c.Source != nil || c.Cue != nil || c.Quote != attribution.NoQuote {
		t.Errorf("dropped claim = %+v", c)
	}
	// a carry from a claim dropped at the same time does nothing
	_, cs = sourcedClaims("Ana Ruiz said the bridge reopens.", "It cost two million.")
	Apply(cs, []Action{{Kind: Drop}, {Kind: Carry, From: 0}})
	if cs[0].Class != attribution.Unsourced || cs[1].Class != attribution.Unsourced {
		t.Errorf("claims = %+v", cs)
	}
}

// TestFeaturesHoldNoText checks that no feature names a word outside the
// closed classes and the lexicons.
func TestFeaturesHoldNoText(t *testing.T) {
	doc, cs := sourcedClaims("Zanzibar Quuxley said the marmalade was exquisite.", "The marmalade was exquisite.")
	x := NewExtractor(defaultSet(t), 18)
	v := View(cs)
	sents := []sentence{x.read(doc.Slice(cs[0].Span)), x.read(doc.Slice(cs[1].Span))}
	feats := append(x.features(doc.Text, v, sents, 0, -1, "veto"), x.features(doc.Text, v, sents, 1, 0, "carry")...)
	for _, f := range feats {
		for _, w := range []string{"zanzibar", "quuxley", "marmalade", "exquisite"} {
			if strings.Contains(strings.ToLower(f), w) {
				t.Errorf("feature %q holds the article's word %q", f, w)
			}
		}
	}
	if !slices.Contains(feats, "veto:lemma=say") || !slices.Contains(feats, "carry:w0=the") {
		t.Errorf("features lack the cue lemma or a closed-class word: %v", feats)
	}
}

// TestTrain fits a veto model on made-up articles where a question is
// never a source's statement, and checks that training is reproducible.
func TestTrain(t *testing.T) {
	set := defaultSet(t)
	var exs []Example
	for i := range 60 {
		doc, cs := sourcedClaims("Ana Ruiz said the bridge reopens.", "Tom Lee said what?", "It cost two million.")
		acc := [][]string{{"named"}, {"unsourced"}, {"unsourced"}}
		if i%10 == 0 {
			acc[1] = []string{"named"}
		}
		exs = append(exs, Example{Text: doc.Text, Claims: View(cs), Accept: acc})
	}
	o := DefaultTrainOptions
	o.Bits = 12
	m := Train(set, exs, o)
	if again := Train(set, exs, o); !slices.Equal(m.Veto, again.Veto) || !slices.Equal(m.Carry, again.Carry) {
		t.Error("training twice gives different weights")
	}
	doc, cs := sourcedClaims("Dana Ortiz said the toll rises.", "Sam Reyes said why?")
	NewReviser(NewDecider(m, set)).Revise(doc, cs)
	if cs[0].Class != attribution.Named || cs[1].Class != attribution.Unsourced {
		t.Errorf("revised classes = %s, %s; want named, unsourced", cs[0].Class, cs[1].Class)
	}
}
