package attribution_test

import (
	"context"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// TestWordListsExtend checks that a newsroom's words file extends the open
// word lists: with "lockdown" a declared act, "declared a lockdown" is an
// act, not a statement.
func TestWordListsExtend(t *testing.T) {
	doc, err := extract.Text([]byte("Headline of the test\n\nGovernor Ana Ruiz declared a lockdown on Friday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		opts []attribution.Option
		want attribution.Class
	}{
		{"built-in lists", nil, attribution.Named},
		{"with the newsroom's words", []attribution.Option{attribution.WithLexiconData("words-local.txt",
			[]byte("lockdown | declared_act | forms: lockdowns\n"))}, attribution.Unsourced},
	} {
		a, err := attribution.New(tt.opts...)
		if err != nil {
			t.Fatal(err)
		}
		claims, err := a.Analyze(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		if got := claims[len(claims)-1].Class; got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
}
