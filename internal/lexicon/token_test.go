package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		keys string // keys joined by spaces
	}{
		{"Sen. Tom Cotton (R-Ark.) said.", "sen tom cotton ( r-ark ) said ."},
		{"U.S. officials told CNN's Jake Tapper", "us officials told cnn 's jake tapper"},
		{"Lt. Gov. Dan Patrick", "lt gov dan patrick"},
		{"John F. Kennedy", "john f kennedy"},
		{"“Never,” she said’s", `" never , " she said 's`},
		{"Reuters’ report, AT&T and O'Rourke", "reuters ' report , at&t and o'rourke"},
		{"Excélsior y Peña Nieto", "excelsior y pena nieto"},
		{"as … put it ... now", "as ... put it ... now"},
		{"the Post-Dispatch—reported", "the post-dispatch - reported"},
		{"didn't respond", "didn't respond"},
		{"$2.5 billion, 9/11", "$ 2.5 billion , 9/11"},
		{"it rose 2.5.", "it rose 2.5"}, // the analyzer's words keep a period after a number,
		{"", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in)
		var keys []string
		for _, tok := range toks {
			keys = append(keys, tok.Key)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has offsets %d-%d", tt.in, tok.Text, tok.Start, tok.End)
			}
		}
		if got := strings.Join(keys, " "); got != tt.keys {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.keys)
		}
	}
}

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Said": "said", "U.S.": "us", "Sen.": "sen", ".": ".", "...": "...", "…": "...",
		"’s": "'s", "—": "-", "MÉXICO": "mexico", "Ñ": "n", "straße": "strasse", "e\u0301": "e",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenizeAbbreviations(t *testing.T) {
	// Known abbreviations keep their period; other words end before it.
	toks := Tokenize("Gov. Abbott spoke. Gen. Smith did too.")
	var texts []string
	for _, tok := range toks {
		texts = append(texts, tok.Text)
	}
	want := []string{"Gov.", "Abbott", "spoke", ".", "Gen.", "Smith", "did", "too", "."}
	if !slices.Equal(texts, want) {
		t.Errorf("got %q, want %q", texts, want)
	}
}
