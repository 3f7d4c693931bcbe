package plaintext_test

import (
	"fmt"

	"github.com/auditnews/audit/internal/plaintext"
)

func ExampleParseText() {
	raw := []byte("Council Backs Bigger Bus Network\n\nBy Maria Lopez\n\n" +
		"The council voted on Tuesday to add twelve routes, officials said.\n\nShare this:\n")
	doc, err := plaintext.ParseText(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Meta.Title)
	fmt.Println("authors:", doc.Meta.Authors)
	for _, b := range doc.Blocks {
		p := doc.Position(b.Start)
		fmt.Printf("%d:%d %s %q\n", p.Line, p.Column, b.Kind, doc.Slice(b.Span))
	}
	// Output:
	// title: Council Backs Bigger Bus Network
	// authors: [Maria Lopez]
	// 1:1 heading "Council Backs Bigger Bus Network"
	// 3:1 byline "By Maria Lopez"
	// 5:1 paragraph "The council voted on Tuesday to add twelve routes, officials said."
	// 7:1 boilerplate "Share this:"
}

func ExampleParseMarkdown() {
	raw := []byte("---\ntitle: Bus Plan\nauthor: Maria Lopez\ndate: 2025-05-15\n---\n\n" +
		"The council voted on **Tuesday** to add [twelve routes](https://example.com/r), officials said.\n")
	doc, err := plaintext.ParseMarkdown(raw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Meta.Title, doc.Meta.Authors, doc.Meta.Published)
	b := doc.Blocks[0]
	fmt.Printf("%s %q\n", b.Kind, doc.Slice(b.Span))
	// "twelve" is on line 7 of the file, column 42, although the text
	// lost the markup before it.
	off := len("The council voted on Tuesday to add ")
	fmt.Println(doc.Position(b.Start + off))
	// Output:
	// Bus Plan [Maria Lopez] 2025-05-15
	// paragraph "The council voted on Tuesday to add twelve routes, officials said."
	// {7 42}
}
