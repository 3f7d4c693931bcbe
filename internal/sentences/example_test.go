package sentences_test

import (
	"fmt"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/sentences"
)

// paragraphs returns a document of paragraphs, split by Apply.
func paragraphs(texts ...string) *article.Document {
	var b article.Builder
	for _, t := range texts {
		b.Add(article.Paragraph, t, -1)
	}
	doc := &article.Document{}
	b.Fill(doc)
	sentences.Apply(doc)
	return doc
}

// Abbreviations, initials, times and quoted questions do not end a
// sentence; a sentence start after an abbreviation does.
func ExampleApply_sentences() {
	doc := paragraphs(`Sen. Tom Cotton (R-Ark.) spoke at 5 p.m. Friday. "Is it over?" he asked. "We will win!" Lee said. The talks moved to the U.S. The next day, they failed.`)
	for _, s := range doc.Sentences {
		fmt.Println(doc.Slice(s.Span))
	}
	// Output:
	// Sen. Tom Cotton (R-Ark.) spoke at 5 p.m. Friday.
	// "Is it over?" he asked.
	// "We will win!" Lee said.
	// The talks moved to the U.S.
	// The next day, they failed.
}

// A quotation spans sentences, and goes on into the next paragraph when
// that one opens with a quotation mark.
func ExampleApply_quotations() {
	doc := paragraphs("“We tried. We failed,” the mayor said. “We will try again.", "“And we will win.”")
	for _, q := range doc.Quotations {
		fmt.Printf("%q\n", doc.Slice(q))
	}
	// Output:
	// "“We tried. We failed,”"
	// "“We will try again.\n\n“And we will win.”"
}

func ExampleApply() {
	var b article.Builder
	b.Add(article.Heading, "Port Deal Rejected", -1)
	b.Add(article.Byline, "By Jo Park", -1)
	b.Add(article.Paragraph, "The council said no. “It is a bad deal,” Ruiz said.", -1)
	doc := &article.Document{}
	b.Fill(doc)
	sentences.Apply(doc)
	for _, s := range doc.Sentences {
		fmt.Printf("%s: %s\n", doc.Blocks[s.Block].Kind, doc.Slice(s.Span))
	}
	for _, q := range doc.Quotations {
		fmt.Println("quotation:", doc.Slice(q))
	}
	// Output:
	// heading: Port Deal Rejected
	// paragraph: The council said no.
	// paragraph: “It is a bad deal,” Ruiz said.
	// quotation: “It is a bad deal,”
}
