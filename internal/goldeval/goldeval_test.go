package goldeval

import (
	"bytes"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	got := strings.Join(Tokens("Sheinbaum’s “sovereignty” is non-negotiable, U.S. 25%_x"), "|")
	if want := "sheinbaum|s|sovereignty|is|non|negotiable|u|s|25|_x"; got != want {
		t.Errorf("Tokens = %s, want %s", got, want)
	}
}

func TestScore(t *testing.T) {
	gold, err := Read(strings.NewReader(`
{"doc": "a.txt", "text": "Headline here", "class": "none", "kind": "headline"}
{"doc": "a.txt", "text": "Written by Jane", "class": "none", "kind": "byline"}
{"doc": "a.txt", "text": "The mayor said the bridge reopens.", "class": "named", "source": "Tom Reyes"}
{"doc": "a.txt", "text": "Repairs cost two million dollars.", "class": "unsourced"}
{"doc": "a.txt", "text": "Critics say the work was rushed.", "class": "anonymous", "alt": ["unsourced"], "source": "critics"}
{"doc": "b.txt", "text": "Nothing matches this sentence.", "class": "unsourced"}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]Claim{"a.txt": {
		{ID: 1, Text: "Written by Jane", Class: "unsourced"},
		{ID: 2, Text: "The mayor said the bridge reopens.", Class: "named", SourceName: "Thomas Reyes", SourceSpan: "The mayor"},
		{ID: 3, Text: "Repairs cost two million dollars.", Class: "named", SourceName: "x"},
		{ID: 4, Text: "Critics say the work was rushed.", Class: "unsourced"},
	}}
	r := Score(gold, preds, Options{})
	s := r.Summary()
	if r.Claims != 4 || r.Matched != 3 || r.Correct != 2 || r.Leaks != 1 || r.LeakTotal != 1 || r.SourceOK != 1 {
		t.Errorf("report = %+v", r)
	}
	if s.Coverage != 0.75 || s.Accuracy != 0.5 || s.Leakage != 1 || s.SourceAccuracy != 1 {
		t.Errorf("summary = %+v", s)
	}
	if len(r.MissingDocs) != 1 || r.MissingDocs[0] != "b.txt" {
		t.Errorf("missing docs = %v", r.MissingDocs)
	}
	var buf bytes.Buffer
	if err := r.Write(&buf, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"LEAK", "CLASS", "MISS", "macro_f1=", "documents with no article in the output: b.txt"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestReadErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"doc": "a", "text": "x", "class": "named"}` + "\n" + `{not json}`, "g.jsonl:2:"},
		{`{"text": "x", "class": "named"}`, `g.jsonl:1: missing "doc"`},
		{`{"doc": "a", "text": "x", "class": "named", "alt": ["maybe"]}`, `alt class "maybe"`},
		{"\n\n", "no gold items"},
	} {
		_, err := Read(strings.NewReader(tt.in), "g.jsonl")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) = %v, want error containing %q", tt.in, err, tt.want)
		}
	}
}
