package compare

import "testing"

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{`“Our sovereignty is non-negotiable,” she said`, `"Our  sovereignty is non–negotiable," she said`, `“Our sovereignty is non-negotiable,” she said`},
		{"The people of Mexico will not accept intervention", "The people of Mexico will never accept intervention",
			"The people of Mexico will [-not-] {+never+} accept intervention"},
		{"a b c", "", "[-a b c-]"},
		{"", "x y", "{+x y+}"},
		{"six Mexican cartels", "eight Latin American drug cartels", "[-six Mexican-] {+eight Latin American drug+} cartels"},
	} {
		ops := WordDiff(tc.a, tc.b)
		if got := renderOps(ops, ""); got != tc.want {
			t.Errorf("WordDiff(%q, %q)\n got %s\nwant %s", tc.a, tc.b, got, tc.want)
		}
	}
	if Changed(WordDiff("“Quote” — here", `"Quote" - here`)) {
		t.Error("quote marks and dashes count as changes")
	}
}
