package sentences

import (
	"testing"

	"github.com/auditnews/audit/article"
)

func addFuzzSeeds(f *testing.F) {
	for _, tt := range splitTests {
		f.Add(tt.in)
	}
	for _, tt := range quotationTests {
		f.Add(tt.in)
	}
}

func FuzzSplit(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		spans := split(text)
		checkSpans(t, text, spans)
		// Apply on a one-block document gives the same sentences.
		d := &article.Document{Text: "x\n\n" + text, Blocks: []article.Block{
			{Kind: article.Byline, Span: article.Span{Start: 0, End: 1}},
			{Kind: article.Paragraph, Span: article.Span{Start: 3, End: 3 + len(text)}},
		}}
		Apply(d)
		if len(d.Sentences) != len(spans) {
			t.Fatalf("Apply gave %d sentences, Split %d", len(d.Sentences), len(spans))
		}
		for i, s := range d.Sentences {
			if s.Block != 1 || s.Start != spans[i].Start+3 || s.End != spans[i].End+3 {
				t.Fatalf("Apply sentence %d = %+v, Split %v", i, s, spans[i])
			}
		}
	})
}

func FuzzQuotations(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		spans := quotations(text)
		checkSpans(t, text, spans)
		for _, sp := range spans {
			if r, _ := runeAt(text, sp.Start); !isQuoteRune(r) {
				t.Fatalf("quotation %v does not start with a quotation mark: %q", sp, text[sp.Start:sp.End])
			}
		}
	})
}
