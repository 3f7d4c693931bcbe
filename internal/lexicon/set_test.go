package lexicon

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// testSet builds a set from small files, one per kind.
func testSet(t *testing.T, files map[string]string) *Set {
	t.Helper()
	s := New()
	for name, text := range files {
		lx, err := Parse(0, strings.NewReader(text), name)
		if err != nil {
			t.Fatal(err)
		}
		s.Add(lx)
	}
	return s
}

// span returns the text of toks[m.Start:m.End] joined by spaces.
func span(toks []Token, start, end int) string {
	var parts []string
	for _, tok := range toks[start:end] {
		parts = append(parts, tok.Text)
	}
	return strings.Join(parts, " ")
}

func TestCueAt(t *testing.T) {
	s := testSet(t, map[string]string{"cues.txt": `
say | speech | forms: says, said, saying
say in a statement | phrase | forms: said in a statement
according to | phrase | source: after
as ... put it | phrase | source: gap
put | action | forms: puts
dismiss | accusation | forms: dismissed
dismiss ... as | accusation | forms: dismissed ... as
`})
	tests := []struct {
		text  string
		at    int
		lemma string // "" for no match
		match string
		gap   string
	}{
		{"Rubio said in a statement that", 1, "say in a statement", "said in a statement", ""},
		{"Rubio said in an interview", 1, "say", "said", ""},
		{"according to Reuters", 0, "according to", "according to", ""},
		{"As Sen. Tom Cotton put it, the", 0, "as ... put it", "As Sen. Tom Cotton put it", "Sen. Tom Cotton"},
		{"as he put it", 0, "as ... put it", "as he put it", "he"},
		{"as a result. He put it", 0, "", "", ""},                                 // a gap stops at a sentence end
		{"as one two three four five six seven eight nine put it", 0, "", "", ""}, // longer than the gap
		{"she dismissed the report as fake", 1, "dismiss ... as", "dismissed the report as", "the report"},
		{"she dismissed the report", 1, "dismiss", "dismissed", ""},
		{"SAID", 0, "say", "SAID", ""},
		{"the said", 5, "", "", ""},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		m, ok := s.CueAt(toks, tt.at)
		if tt.lemma == "" {
			if ok {
				t.Errorf("%q at %d: matched %q", tt.text, tt.at, m.Entry.Lemma)
			}
			continue
		}
		if !ok {
			t.Errorf("%q at %d: no match, want %q", tt.text, tt.at, tt.lemma)
			continue
		}
		if m.Entry.Lemma != tt.lemma || span(toks, m.Start, m.End) != tt.match || span(toks, m.GapStart, m.GapEnd) != tt.gap {
			t.Errorf("%q at %d: got %q %q gap %q, want %q %q gap %q", tt.text, tt.at, m.Entry.Lemma,
				span(toks, m.Start, m.End), span(toks, m.GapStart, m.GapEnd), tt.lemma, tt.match, tt.gap)
		}
	}
}

func TestOutletAtCaseAndWeak(t *testing.T) {
	s := testSet(t, map[string]string{"outlets.txt": `
The New York Times | newspaper | country: US | aliases: New York Times, NYT | weak: The Times | domains: nytimes.com
The Times | newspaper | country: GB | aliases: Times of London | weak: The Times | domains: thetimes.co.uk
Time | magazine | country: US | aliases: Time magazine | weak: Time | domains: time.com
The Hill | digital | country: US | weak: The Hill | domains: thehill.com
Associated Press | wire | country: US | aliases: AP, The AP | domains: apnews.com, ap.org
CNN | broadcaster | country: US | domains: cnn.com, edition.cnn.com
`})
	tests := []struct {
		text string
		at   int
		want string // canonical name; "" for none
		weak bool
		n    int // candidates of a weak match
	}{
		{"according to The New York Times", 2, "The New York Times", false, 0},
		{"the New York Times reported", 0, "The New York Times", false, 0},
		{"the new york times", 0, "", false, 0},
		{"The Times reported", 0, "The New York Times", true, 2},
		{"the times we live in", 0, "", false, 0},
		{"Time magazine said", 0, "Time", false, 0},
		{"Time will tell", 0, "Time", true, 1},
		{"on the Hill", 1, "The Hill", true, 1},
		{"The AP reported", 0, "Associated Press", false, 0},
		{"an ap reported", 1, "", false, 0},
		{"CNN's Jake Tapper", 0, "CNN", false, 0},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		m, ok := s.OutletAt(toks, tt.at)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%q: matched %q", tt.text, m.Entry.Name)
		case tt.want == "":
		case !ok:
			t.Errorf("%q: no match, want %q", tt.text, tt.want)
		case m.Entry.Name != tt.want || m.Weak != tt.weak || len(m.Candidates) != tt.n:
			t.Errorf("%q: got %q weak %v (%d candidates), want %q weak %v (%d)", tt.text,
				m.Entry.Name, m.Weak, len(m.Candidates), tt.want, tt.weak, tt.n)
		}
	}

	// Whole-name lookups ignore case and never return weak aliases.
	if o, ok := s.Outlet("new york times"); !ok || o.Name != "The New York Times" {
		t.Errorf("Outlet(new york times) = %v, %v", o, ok)
	}
	if o, ok := s.Outlet("The Times"); ok {
		t.Errorf("Outlet(The Times) = %v, want no strong match", o.Name)
	}
	// Keys alone (no Text) match without the case check.
	if _, ok := s.OutletAt([]Token{{Key: "time"}, {Key: "magazine"}}, 0); !ok {
		t.Error("keys without text did not match")
	}

	domains := map[string]string{
		"https://www.nytimes.com/2025/05/15/world/americas/mexico.html": "The New York Times",
		"edition.cnn.com":            "CNN",
		"www.cnn.com:443/politics":   "CNN",
		"APNews.com.":                "Associated Press",
		"https://thetimes.co.uk/x":   "The Times",
		"example.com":                "",
		"com":                        "",
		"http://%zz":                 "",
		"https://news.yahoo.com/ap/": "",
	}
	for host, want := range domains {
		o, ok := s.OutletByDomain(host)
		if (want == "") == ok || ok && o.Name != want {
			t.Errorf("OutletByDomain(%q) = %v, %v; want %q", host, o, ok, want)
		}
	}
}

func TestInstitutionAcronymCase(t *testing.T) {
	s := testSet(t, map[string]string{"institutions.txt": `
U.S. Immigration and Customs Enforcement | agency | country: US | aliases: ICE
World Health Organization | international | aliases: WHO
White House | government | country: US
`})
	for text, want := range map[string]bool{
		"ICE said": true, "Ice said": false, "WHO warned": true, "Who warned": false,
		"the White House said": true, "a white house": false,
		"U.S. Immigration and Customs Enforcement": true,
	} {
		toks := Tokenize(text)
		ok := false
		for i := range toks {
			if _, found := s.InstitutionAt(toks, i); found {
				ok = true
			}
		}
		if ok != want {
			t.Errorf("%q: match %v, want %v", text, ok, want)
		}
	}
}

func TestSetAddOverrides(t *testing.T) {
	s := testSet(t, map[string]string{"cues.txt": "say | speech | forms: says, said\nwant | intention | forms: wants\n"})
	fsys := fstest.MapFS{"local/cues-newsroom.txt": {Data: []byte(
		"# our corrections\nwant | speech | forms: wants, wanted\nopine | belief | forms: opined\n")}}
	if err := s.Load(fsys, "local/cues-newsroom.txt"); err != nil {
		t.Fatal(err)
	}
	if s.Len(Cues) != 3 {
		t.Errorf("Len = %d, want 3", s.Len(Cues))
	}
	c, ok := s.Cue("wanted")
	if !ok || c.Category != Speech || c.Origin != "local/cues-newsroom.txt:2" {
		t.Errorf("Cue(wanted) = %+v, %v", c, ok)
	}
	if c, ok := s.Cue("said"); !ok || c.Lemma != "say" {
		t.Errorf("Cue(said) = %+v, %v", c, ok)
	}
}

func TestLoadErrors(t *testing.T) {
	s := New()
	err := s.Load(fstest.MapFS{}, "outlets.txt")
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "lexicon: ") {
		t.Errorf("missing file: %v", err)
	}
	err = s.LoadFile(filepath.Join(t.TempDir(), "none.txt"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}

	path := filepath.Join(t.TempDir(), "outlets.txt")
	if err := os.WriteFile(path, []byte("Reuters | wire\nAP | wire | country: USA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = s.LoadFile(path)
	var le *Error
	if !errors.As(err, &le) || le.Path != path || le.Line != 2 {
		t.Fatalf("err = %v", err)
	}
	if s.Len(Outlets) != 0 {
		t.Error("a file with errors was added")
	}
	if err := os.WriteFile(path, []byte("Reuters | wire\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.LoadFile(path); err != nil || s.Len(Outlets) != 1 {
		t.Errorf("LoadFile: %v, %d outlets", err, s.Len(Outlets))
	}
}

func TestAtBounds(t *testing.T) {
	s := New()
	toks := Tokenize("said")
	for _, i := range []int{-1, 0, 1, 5} {
		if _, ok := s.CueAt(toks, i); ok {
			t.Errorf("empty set matched at %d", i)
		}
	}
	if s.Len(Kind(0)) != 0 {
		t.Error("Len of no kind")
	}
}
