package reports

import (
	"strings"
	"testing"
)

// TestExcerpt: excerpt and oneSpaced give what the plain definitions
// give, for text of any spacing and encoding.
func TestExcerpt(t *testing.T) {
	plain := func(s string, n int) string {
		s = strings.Join(strings.Fields(s), " ")
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		cut := string(r[:n])
		if i := strings.LastIndexByte(cut, ' '); i > n/2 {
			cut = cut[:i]
		}
		return cut + "…"
	}
	inputs := []string{"", " ", "word", " lead", "trail ", "two  spaces", "tab\there", "new\nline", "nbsp\u00a0here", "ideo\u3000space",
		"naïve “smart” quotes, and a longer sentence that runs on", "bad \xff\xfe bytes in a sentence that runs on and on",
		strings.Repeat("é", 30), strings.Repeat("word ", 20), strings.Repeat("x", 40) + " y"}
	for _, in := range inputs {
		if got, want := oneSpaced(in), strings.Join(strings.Fields(in), " "); got != want {
			t.Errorf("oneSpaced(%q) = %q, want %q", in, got, want)
		}
		for _, n := range []int{0, 1, 5, 12, 20, 240} {
			if got, want := excerpt(in, n), plain(in, n); got != want {
				t.Errorf("excerpt(%q, %d) = %q, want %q", in, n, got, want)
			}
		}
	}
}
