package extract_test

import (
	"fmt"

	"github.com/auditnews/audit/extract"
)

func ExampleText() {
	doc, err := extract.Text([]byte("Bridge Reopens\n\nBy Jane Doe\n\nThe bridge reopened on Monday. The mayor said repairs cost $2 million.\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Meta.Title)
	for _, b := range doc.Blocks {
		fmt.Println(b.Kind, doc.Slice(b.Span))
	}
	for _, s := range doc.Claims() {
		fmt.Println("claim:", doc.Slice(s.Span))
	}
	// Output:
	// Bridge Reopens
	// heading Bridge Reopens
	// byline By Jane Doe
	// paragraph The bridge reopened on Monday. The mayor said repairs cost $2 million.
	// claim: The bridge reopened on Monday.
	// claim: The mayor said repairs cost $2 million.
}
