package lexicon_test

import (
	"fmt"
	"log"
	"strings"
	"testing/fstest"

	"github.com/auditnews/audit/internal/lexicon"
)

// A rule-based analyzer walks the tokens of a sentence and asks each
// lexicon for the longest entry starting at each position.
func Example() {
	s, err := lexicon.Default()
	if err != nil {
		log.Fatal(err)
	}
	toks := lexicon.Tokenize("Citing two senior officials, The Washington Post reported that Sen. Tom Cotton wants more time.")
	for i := 0; i < len(toks); i++ {
		if m, ok := s.CueAt(toks, i); ok {
			fmt.Printf("cue %q: %s, sources the sentence: %v\n", toks[i].Text, m.Entry.Category, m.Entry.Category.Sources())
			i = m.End - 1
		} else if m, ok := s.OutletAt(toks, i); ok {
			fmt.Printf("outlet %q (%s, %s)\n", m.Entry.Name, m.Entry.Type, m.Entry.Country)
			i = m.End - 1
		} else if m, ok := s.RoleAt(toks, i); ok {
			fmt.Printf("role %q: %s\n", m.Entry.Name, m.Entry.Type)
		} else if m, ok := s.AnonymousAt(toks, i); ok {
			fmt.Printf("anonymous %q: %s\n", toks[i].Text, m.Entry.Category)
		}
	}
	// Output:
	// cue "Citing": phrase, sources the sentence: true
	// anonymous "two": count
	// anonymous "senior": seniority
	// anonymous "officials": head
	// outlet "The Washington Post" (newspaper, US)
	// cue "reported": report, sources the sentence: true
	// role "Senator": official
	// cue "wants": intention, sources the sentence: false
}

// A newsroom adds its own entries, and corrects the built-in ones, with a
// file of its own; a mistake in it is reported with its path and line.
func ExampleSet_Load() {
	s, err := lexicon.Default()
	if err != nil {
		log.Fatal(err)
	}
	local := fstest.MapFS{
		"lexicons/outlets-local.txt": {Data: []byte(`# our region's papers
El Imparcial de Hermosillo | newspaper | country: MX | aliases: El Imparcial Sonora
`)},
		"lexicons/outlets-typo.txt": {Data: []byte(`Diario del Yaqui | newspaper | country: MX
 | newspaper | country: MX | aliases: Tribuna
`)},
	}
	if err := s.Load(local, "lexicons/outlets-local.txt"); err != nil {
		log.Fatal(err)
	}
	o, _ := s.Outlet("El Imparcial Sonora")
	fmt.Println(o.Name, o.Origin)

	err = s.Load(local, "lexicons/outlets-typo.txt")
	fmt.Println(err)
	// Output:
	// El Imparcial de Hermosillo lexicons/outlets-local.txt:2
	// lexicon: lexicons/outlets-typo.txt:2: missing canonical name
}

// Parse reads one file; its kind comes from an "@kind" line or the file name.
func ExampleParse() {
	lx, err := lexicon.Parse(0, strings.NewReader(`@kind cues
opine | belief | forms: opines, opined, opining
`), "newsroom.txt")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(lx.Kind, lx.Cues[0].Lemma, lx.Cues[0].Forms)
	// Output: cues opine [opine opines opined opining]
}
