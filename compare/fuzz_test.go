package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/result"
)

// FuzzNumbers checks that figure extraction never panics and that every
// figure's offsets are code points of the text holding what it wrote.
func FuzzNumbers(f *testing.F) {
	for _, s := range []string{
		"Washington designated eight Latin American drug cartels as terrorist organizations.",
		"an estimated 200,000 to 750,000 weapons; approximately 480,000 lives since 2006",
		"$1.5 billion, 25-percent tariffs, 3.5%, twenty-five people on January 20, MS-13, 19th",
		"a dozen , 1,000,000 1.2.3 $ 5- - to 9 per cent", "\xff\xfe 12", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		runes := []rune(s)
		for _, n := range Numbers(s) {
			if n.Start < 0 || n.End > len(runes) || n.Start > n.End {
				t.Fatalf("offsets %d-%d out of 0-%d", n.Start, n.End, len(runes))
			}
			if got := strings.TrimSpace(string(runes[n.Start:n.End])); got != n.Text {
				t.Fatalf("text %q at %d-%d, figure says %q", got, n.Start, n.End, n.Text)
			}
			if n.Upper != 0 && n.Upper <= n.Value {
				t.Fatalf("range %v-%v", n.Value, n.Upper)
			}
		}
	})
}

// FuzzQuotes checks quotation matching and word diffs on any two texts:
// no panic, and a diff gives back each text's words.
func FuzzQuotes(f *testing.F) {
	f.Add(`“Our sovereignty is non-negotiable,” she said.`, `"Our sovereignty is non–negotiable," Sheinbaum said.`)
	f.Add(`"The people of Mexico will not accept intervention"`, `“The people of Mexico will not, under any circumstances, accept intervention, interference”`)
	f.Add("a", "")
	f.Add("\"\"\"", "'' ''")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := WordDiff(a, b)
		var left, right strings.Builder
		for _, o := range ops {
			if o.Op != Insert {
				left.WriteString(o.Text)
			}
			if o.Op != Delete {
				right.WriteString(o.Text)
			}
		}
		if utf8.ValidString(a) && strings.Join(strings.Fields(left.String()), "") != strings.Join(strings.Fields(a), "") && !strings.ContainsAny(a, "’‘“”–—") {
			t.Fatalf("diff loses the first text: %q from %q", left.String(), a)
		}
		if utf8.ValidString(b) && Changed(WordDiff(b, b)) {
			t.Fatalf("a text differs from itself: %q", b)
		}
		art := func(text string) *result.Article {
			return &result.Article{Text: text, Quotations: []result.Span{{Start: 0, End: utf8.RuneCountInString(text)}, {Start: 3, End: 1}, {Start: -1, End: 99}}}
		}
		qs := append(quotesOf(0, art(a)), quotesOf(1, art(b))...)
		for _, m := range matchQuotes(qs) {
			if m.A >= len(qs) || m.B >= len(qs) || m.Class == "" {
				t.Fatalf("bad match %+v", m)
			}
		}
		wording(quoteKeys(a), quoteKeys(b))
	})
}
