package lexicon_test

import (
	"fmt"
	"log"
	"slices"
	"strings"
	"testing/fstest"

	"github.com/auditnews/audit/internal/lexicon"
)

// The analyzer indexes the entries of every kind its own way; a Set gives
// them after the built-in files and a newsroom's have been merged.
func Example() {
	s, err := lexicon.Default()
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range s.Cues() {
		if c.Lemma == "say" || c.Lemma == "according to" || c.Lemma == "want" {
			fmt.Printf("cue %q: %s, forms %q\n", c.Lemma, c.Category, c.Forms)
		}
	}
	for _, o := range s.Outlets() {
		if o.Name == "The Washington Post" {
			fmt.Printf("outlet %q (%s, %s), weak aliases %q\n", o.Name, o.Type, o.Country, o.Weak)
		}
	}
	// Output:
	// cue "say": speech, forms ["say" "says" "said" "saying"]
	// cue "according to": phrase, forms ["according to"]
	// cue "want": intention, forms ["want" "wants" "wanted" "wanting"]
	// outlet "The Washington Post" (newspaper, US), weak aliases ["The Post"]
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
	for _, o := range s.Outlets() {
		if slices.Contains(o.Aliases, "El Imparcial Sonora") {
			fmt.Println(o.Name, o.Origin)
		}
	}

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
