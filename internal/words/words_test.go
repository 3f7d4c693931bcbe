package words

import "testing"

func TestAbbreviationTable(t *testing.T) {
	for w := range abbreviations {
		if len(w) > maxAbbrevLen {
			t.Errorf("abbreviation %q is longer than maxAbbrevLen", w)
		}
	}
}

func TestAbbreviation(t *testing.T) {
	tests := []struct {
		w    string
		kind AbbrevKind
		ok   bool
	}{
		{"Sen", TitleAbbrev, true},
		{"Sec", TitleAbbrev, true},
		{"No", NumberAbbrev, true},
		{"Calif", OrdinaryAbbrev, true},
		{"Sept", OrdinaryAbbrev, true},
		{"etc", PlainWord, true},
		{"Miss", OrdinaryAbbrev, true},
		{"miss", PlainWord, false},
		{"Senator", PlainWord, false},
		{"Assembly", PlainWord, false},
	}
	for _, tt := range tests {
		if kind, ok := Abbreviation(tt.w); kind != tt.kind || ok != tt.ok {
			t.Errorf("Abbreviation(%q) = %v, %v; want %v, %v", tt.w, kind, ok, tt.kind, tt.ok)
		}
	}
}

func TestMonth(t *testing.T) {
	for w, want := range map[string]int{"january": 1, "jan": 1, "may": 5, "sept": 9, "sep": 9, "december": 12,
		"January": 0, "jan.": 0, "mayor": 0, "": 0} {
		if got := Month(w); got != want {
			t.Errorf("Month(%q) = %d, want %d", w, got, want)
		}
	}
	n := 0
	for w := range MonthWords() {
		if m := Month(w); m < 1 || m > 12 {
			t.Errorf("MonthWords gave %q, month %d", w, m)
		}
		n++
	}
	if n != 24 {
		t.Errorf("MonthWords gave %d words, want 24", n)
	}
	for m := 1; m <= 12; m++ {
		if Month(MonthName(m)) != m {
			t.Errorf("MonthName(%d) = %q", m, MonthName(m))
		}
	}
}

func TestParticle(t *testing.T) {
	for w, want := range map[string]bool{"de": true, "von": true, "bin": true, "st.": true, "the": false, "De": false} {
		if got := Particle(w); got != want {
			t.Errorf("Particle(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestWordEnd(t *testing.T) {
	tests := []struct {
		in, want string // want is the first word of in
	}{
		{"U.S. officials", "U.S."},
		{"Sen. Tom", "Sen."},
		{"Sec. Rubio", "Sec."},
		{"Sept. 11", "Sept."},
		{"(R-Ark.) said", "R-Ark."},
		{"D-N.Y. said", "D-N.Y."},
		{"U.S.-Mexico ties", "U.S.-Mexico"},
		{"$2.5 billion", "$2.5"},
		{"25.5% of", "25.5%"},
		{"1,000 units", "1,000"},
		{"9/11 plotter", "9/11"},
		{"and/or", "and"},
		{"don't say", "don't"},
		{"Sheinbaum’s plan", "Sheinbaum’s"},
		{"AT&T said", "AT&T"},
		{"J. Trump", "J."},
		{"end. Next", "end"},
		{"a, b", "a"},
		{"México's", "México's"},
	}
	for _, tt := range tests {
		in := tt.in
		if in[0] == '(' {
			in = in[1:]
		}
		if got := in[:WordEnd(in, 0)]; got != tt.want {
			t.Errorf("WordEnd(%q) gives %q, want %q", in, got, tt.want)
		}
	}
}
