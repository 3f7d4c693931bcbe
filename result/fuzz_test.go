package result_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/auditnews/audit/result"
)

// FuzzEncoder checks the encoder's hand-written JSON against
// encoding/json on arbitrary strings and numbers.
func FuzzEncoder(f *testing.F) {
	for _, s := range []string{"", "plain", "<script>&amp;</script>", "\x00\x1f\b\f\n\r\t\"\\", "\u2028\u2029", "\xff\xfe", "“curly” — dash"} {
		f.Add(s, 0.9, 3)
	}
	f.Add("x", 1e-7, -1)
	f.Add("x", 1e21, 1<<40)
	f.Add("x", math.Copysign(0, -1), 0) // negative zero
	f.Fuzz(func(t *testing.T, s string, conf float64, n int) {
		if math.IsInf(conf, 0) || math.IsNaN(conf) {
			return // encoding/json refuses them; the analyzer never gives them
		}
		id := n
		a := result.Article{
			Input: s, Format: s, Text: s, Meta: result.Meta{Title: s, Authors: []string{s, ""}},
			Blocks: []result.Block{{Kind: s, Start: n, End: -n, Line: n}},
			Claims: []result.Claim{{ID: n, Text: s, Column: n}, {ID: 2, Text: s, Attribution: &result.Attribution{
				Class: s, Quote: s, Confidence: conf, InheritedFrom: &id,
				Source: &result.Source{Name: s, Span: s, Count: n, Affiliation: s, Exclusive: n%2 == 0},
				Cue:    &result.Cue{Text: s, Lemma: s, Loaded: n%3 == 0},
				Chain:  []*result.Source{{Name: s, AnonymityReason: s, Confirmed: true}},
			}}},
			Quotations: []result.Span{{Start: n, End: n}},
			Findings:   []result.Finding{{Rule: s, Message: s, EndColumn: n}},
			Summary:    result.Summary{Claims: n, Analysed: n%2 == 0, Checked: n%3 == 0, Band: s},
		}
		var b bytes.Buffer
		enc := result.NewEncoder(&b, result.Tool{Name: "audit"})
		if err := enc.Article(&a); err != nil {
			t.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		want, err := json.MarshalIndent(&a, "  ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		compact, err := json.Marshal(&a)
		if err != nil {
			t.Fatal(err)
		}
		if got := result.AppendArticle(nil, &a); string(got) != string(compact) {
			t.Fatalf("AppendArticle and json.Marshal differ:\n%s\n----\n%s", got, compact)
		}
		head := `{"schema_version": 1, "tool": {"name":"audit","version":""}, "articles": [` + "\n  "
		got := strings.TrimSuffix(strings.TrimPrefix(b.String(), head), "\n], \"errors\": []}\n")
		if got != string(want) {
			t.Fatalf("encoder and encoding/json differ:\n%s\n----\n%s", got, want)
		}
	})
}
