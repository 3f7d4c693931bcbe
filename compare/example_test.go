package compare_test

import (
	"fmt"

	"github.com/auditnews/audit/compare"
)

// WordDiff compares two versions of a quotation word by word; quotation
// marks, dashes and spacing are no changes.
func ExampleWordDiff() {
	for _, op := range compare.WordDiff(`“We will not accept intervention,” she said.`, `"We will never accept intervention," she said.`) {
		fmt.Printf("%s %q\n", op.Op, op.Text)
	}
	// Output:
	// equal "“We will"
	// delete " not"
	// insert " never"
	// equal " accept intervention,” she said."
}

// Numbers reads the figures of a sentence with what each counts, so that
// "eight Latin American drug cartels" and "six Mexican cartels" can be
// told apart.
func ExampleNumbers() {
	for _, n := range compare.Numbers("Washington designated eight Latin American drug cartels; Mexico extradited 26 top cartel figures.") {
		fmt.Printf("%v %s | %s\n", n.Value, n.Noun, n.Qualifier)
	}
	// Output:
	// 8 cartels | Latin American drug
	// 26 figures | top cartel
}

// Similarity judges whether two articles report the same event.
func ExampleSimilarity() {
	a := compare.NewProfile(compare.Doc{ID: "a", Date: "2025-03-04", Title: "Harbor Bridge reopens after repairs",
		Text: "Mayor Tom Reyes said the Harbor Bridge would reopen on Monday after $14 million in repairs. \"It is safe,\" Reyes said."})
	b := compare.NewProfile(compare.Doc{ID: "b", Date: "2025-03-04", Title: "Reyes: Harbor Bridge to reopen Monday",
		Text: "The Harbor Bridge reopens Monday, Mayor Tom Reyes announced, after repairs that cost $14 million."})
	c := compare.NewProfile(compare.Doc{ID: "c", Date: "2025-06-20", Title: "Storm closes schools",
		Text: "Schools across the county closed on Friday as a storm brought flooding, officials said."})
	df := compare.NewDocFreq()
	for _, p := range []*compare.Profile{a, b, c} {
		df.Add(p)
	}
	fmt.Println(compare.Similarity(a, b, df) >= compare.SameEvent, compare.Similarity(a, c, df) >= compare.SameEvent)
	// Output:
	// true false
}
