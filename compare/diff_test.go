package compare

import (
	"fmt"
	"strings"
	"testing"
)

func renderDiff(ops []DiffOp) string {
	var b strings.Builder
	for _, o := range ops {
		switch o.Op {
		case Equal:
			b.WriteString(o.Text)
		case Delete:
			fmt.Fprintf(&b, "[-%s-]", o.Text)
		case Insert:
			fmt.Fprintf(&b, "{+%s+}", o.Text)
		}
	}
	return b.String()
}

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{`“Our sovereignty is non-negotiable,” she said`, `"Our  sovereignty is non–negotiable," she said`, `“Our sovereignty is non-negotiable,” she said`},
		{"The people of Mexico will not accept intervention", "The people of Mexico will never accept intervention",
			"The people of Mexico will[- not-]{+ never+} accept intervention"},
		{"a b c", "", "[-a b c-]"},
		{"", "x y", "{+x y+}"},
		{"six Mexican cartels", "eight Latin American drug cartels", "[-six Mexican-]{+eight Latin American drug+} cartels"},
	} {
		ops := WordDiff(tc.a, tc.b)
		if got := renderDiff(ops); got != tc.want {
			t.Errorf("WordDiff(%q, %q)\n got %s\nwant %s", tc.a, tc.b, got, tc.want)
		}
	}
	if Changed(WordDiff("“Quote” — here", `"Quote" - here`)) {
		t.Error("quote marks and dashes count as changes")
	}
}
