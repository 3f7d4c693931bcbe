package article

import (
	"testing"
	"unicode/utf8"
)

func TestRunes(t *testing.T) {
	texts := []string{
		"",
		"plain ascii text",
		"Sheinbaum’s “quote” — é ü 漢字 🙂 end",
	}
	long := ""
	for i := 0; i < 50; i++ {
		long += "ab’漢🙂c"
	}
	texts = append(texts, long, "\xff\xfeinvalid")
	for _, text := range texts {
		d := &Document{Text: text}
		for off := 0; off <= len(text); off++ {
			if off < len(text) && !utf8.RuneStart(text[off]) {
				continue
			}
			if got, want := d.Runes(off), utf8.RuneCountInString(text[:off]); got != want {
				t.Fatalf("Runes(%q, %d) = %d, want %d", text, off, got, want)
			}
		}
	}
}

func TestPosition(t *testing.T) {
	raw := "---\ntitle: x\n---\nFirst line\nSecond **bold** line\n"
	d := &Document{
		Text: "First line\nSecond bold line\n",
		Raw:  []byte(raw),
		Anchors: []Anchor{
			{Text: 0, Raw: 17, Exact: true},  // "First line\nSecond "
			{Text: 18, Raw: 37, Exact: true}, // "bold"
			{Text: 22, Raw: 43, Exact: true}, // " line\n"
		},
	}
	tests := []struct {
		off  int
		want Position
	}{
		{0, Position{4, 1}},
		{11, Position{5, 1}},
		{18, Position{5, 10}},
		{23, Position{5, 17}},
	}
	for _, tt := range tests {
		if got := d.Position(tt.off); got != tt.want {
			t.Errorf("Position(%d) = %v, want %v", tt.off, got, tt.want)
		}
	}
	if got := (&Document{Text: "x"}).Position(0); got != (Position{}) {
		t.Errorf("no anchors: got %v", got)
	}
}
