package attribution

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWordListsExtend checks that a newsroom's words file extends the open
// word lists: with "lockdown" a declared act, "declared a lockdown" is an
// act, not a statement.
func TestWordListsExtend(t *testing.T) {
	text := "Headline of the test\n\nGovernor Ana Ruiz declared a lockdown on Friday.\n"
	words := filepath.Join(t.TempDir(), "words-local.txt")
	if err := os.WriteFile(words, []byte("lockdown | declared_act | forms: lockdowns\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		opts []Option
		want Class
	}{
		{"built-in lists", nil, Named},
		{"with the newsroom's words", []Option{WithLexiconFiles(words)}, Unsourced},
	} {
		claims := claimsOf(t, text, tt.opts...)
		if got := claims[len(claims)-1].Class; got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
