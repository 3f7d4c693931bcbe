// Package extract reads articles as users have them, HTML pages, plain
// text and Markdown, into article.Documents: the body as blocks
// (paragraphs, headings, quotations, list items, bylines, boilerplate,
// reference lists), metadata, and the sentences of every block that gives
// claims, with positions that map back to the input.
package extract
