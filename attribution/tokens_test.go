package attribution

import (
	"strings"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // tokens joined by |
	}{
		{"U.S. officials said.", "U.S.|officials|said|."},
		{"Sen. Tom Cotton (R-Ark.) said it.", "Sen.|Tom|Cotton|(|R-Ark.|)|said|it|."},
		{"It cost $2.5 billion, or 25.5% of 1,000 units.", "It|cost|$2.5|billion|,|or|25.5%|of|1,000|units|."},
		{"Sheinbaum’s “quote” don't", "Sheinbaum’s|“|quote|”|don't"},
		{"Rep. G.K. Butterfield (D-N.C.), head", "Rep.|G.K.|Butterfield|(|D-N.C.|)|,|head"},
		{"the 9/11 plotter; U.S.-Mexico ties", "the|9/11|plotter|;|U.S.-Mexico|ties"},
		{"Donald J. Trump said", "Donald|J.|Trump|said"},
		{"the end. Next", "the|end|.|Next"},
		{"'Meh,' he said", "'|Meh|,|'|he|said"},
		{"AT&T and Procter & Gamble", "AT&T|and|Procter|&|Gamble"},
	}
	for _, tt := range tests {
		toks := tokenize(tt.in, nil)
		var parts []string
		for _, tk := range toks {
			parts = append(parts, tt.in[tk.start:tk.end])
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("tokenize(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenizeQuotes(t *testing.T) {
	in := `He said "we won" and 'it's fine' then “more.”`
	toks := tokenize(in, nil)
	var inside []string
	for _, tk := range toks {
		if tk.inQuote && tk.kind == tWord {
			inside = append(inside, tk.lower)
		}
	}
	if got := strings.Join(inside, " "); got != "we won more" {
		t.Errorf("inside quotes: %q", got)
	}
}

func TestCleanName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana Ruiz", "Ana Ruiz"},
		{"Ana  Ruiz's", "Ana Ruiz"},
		{"Ana\nRuiz’s", "Ana Ruiz"},
		{"Ana\u00a0Ruiz", "Ana Ruiz"},
		{"Ana\u202fRuiz", "Ana Ruiz"},
		{"Ana\u2009Ruiz", "Ana Ruiz"},
		{"Ana\u2003Ruiz", "Ana\u2003Ruiz"}, // an em space is left
		{"the Joneses'", "the Joneses"},
		{"the Joneses’", "the Joneses"},
		{"\tAna Ruiz ", "Ana Ruiz"},
		{"’s", ""},
		{"é’", "é"},
	}
	for _, tt := range tests {
		if got := cleanName(tt.in); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
