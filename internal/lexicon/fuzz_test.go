package lexicon

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary files to Parse: it must not panic, every error
// must name the file and a line that exists, and whatever parses must load
// into a Set where every cue form finds its own entry.
func FuzzParse(f *testing.F) {
	for _, k := range Kinds() {
		b, err := data.ReadFile("data/" + k.String() + ".txt")
		if err != nil {
			f.Fatal(err)
		}
		// The first lines of each embedded file: header, comments, entries.
		lines := bytes.SplitAfter(b, []byte("\n"))
		f.Add(uint8(k), bytes.Join(lines[:min(len(lines), 40)], nil))
	}
	f.Add(uint8(0), []byte("@kind cues\nas ... put it | phrase | source: gap\n"))
	f.Add(uint8(Outlets), []byte("The Times | newspaper | weak: The Times\nX | digital | weak: The Times | domains: x.com\n"))
	f.Fuzz(func(t *testing.T, kind uint8, input []byte) {
		k := Kind(kind % uint8(len(kindNames)))
		lx, err := Parse(k, bytes.NewReader(input), "fuzz.txt")
		nlines := bytes.Count(input, []byte("\n")) + 1
		if err != nil {
			for _, e := range unjoin(err) {
				var le *Error
				if !errors.As(e, &le) {
					if strings.HasSuffix(e.Error(), "more errors not shown") {
						continue
					}
					t.Fatalf("error %q is not an *Error", e)
				}
				if le.Path != "fuzz.txt" || le.Line < 0 || le.Line > nlines+1 {
					t.Fatalf("error %q names line %d of %d", e, le.Line, nlines)
				}
				if !strings.HasPrefix(e.Error(), "lexicon: fuzz.txt") {
					t.Fatalf("error %q lacks its prefix", e)
				}
			}
			return
		}
		if !utf8.Valid(input) {
			t.Fatal("invalid UTF-8 parsed")
		}
		s := New()
		s.Add(lx)
		Tokenize(string(input))
		for i := range lx.Cues {
			for _, form := range lx.Cues[i].Forms {
				if c, ok := find(s.Cues(), form, cueForms); !ok || c.Lemma != lx.Cues[i].Lemma {
					t.Fatalf("cue form %q: got %v, %v", form, c, ok)
				}
			}
		}
	})
}

// unjoin splits an errors.Join error into its parts.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
