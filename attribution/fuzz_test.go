package attribution_test

import (
	"context"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// FuzzAnalyze runs the analyzer on arbitrary text: it must not panic, and
// every claim, source and cue must lie inside the text, in order.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"Senator Jane Holloway said the bridge is unsafe.",
		"“We will rebuild. It will take time,” said Mayor Tom Reyes.",
		"According to CNN, the agency is reviewing the policy. The review covers every contract.",
		"Citing two senior officials, Reuters reported that the deal was close.",
		"The White House spokesperson, Anna Kelly, stated that the order stands.",
		"In a statement, the ministry wrote:\n\n“The ministry regrets the delay.”",
		"“",
		"said said said, said “” ,, — — (",
		"The U.S. Immigration and Customs Enforcement (ICE) reported that it led an operation.",
		"Two current and two former US officials said it, speaking on condition of anonymity.",
		"Michael Pravica.\n\nLetters are fun.\n\nJane Doe.",
		"ẞẞ officials said the fund ran dry—who requested anonymity—ẞ, citing security concerns, and added “",
	} {
		f.Add(s)
	}
	a, err := attribution.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := extract.Text([]byte(text))
		if err != nil {
			return
		}
		claims, err := a.Analyze(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		n := len(doc.Text)
		prev := 0
		for i, c := range claims {
			if c.ID != i+1 {
				t.Fatalf("claim %d has id %d", i, c.ID)
			}
			if c.Start < prev || c.End > n || c.Start >= c.End {
				t.Fatalf("claim %d span [%d,%d) out of order or text", c.ID, c.Start, c.End)
			}
			prev = c.End
			if c.Class == "" {
				t.Fatalf("claim %d not analysed", c.ID)
			}
			if (c.Class == attribution.Unsourced) != (c.Source == nil) {
				t.Fatalf("claim %d: class %s with source %v", c.ID, c.Class, c.Source)
			}
			if s := c.Source; s != nil {
				if s.Span.Start < 0 || s.Span.End > n || s.Span.Start > s.Span.End || !utf8.ValidString(s.Name) {
					t.Fatalf("claim %d: bad source %+v", c.ID, s)
				}
			}
			if q := c.Cue; q != nil && (q.Span.Start < 0 || q.Span.End > n || q.Span.Start > q.Span.End) {
				t.Fatalf("claim %d: bad cue %+v", c.ID, q)
			}
			if c.InheritedFrom < 0 || c.InheritedFrom > len(claims) || c.InheritedFrom == c.ID {
				t.Fatalf("claim %d inherits from %d", c.ID, c.InheritedFrom)
			}
		}
	})
}
