// Package plaintext reads plain-text and Markdown articles into the shared
// document model: it finds the article's blocks (paragraphs, headings,
// quotations, list items, bylines, boilerplate and reference lists) with
// their exact byte positions, reads Markdown front matter into the article's
// metadata, strips Markdown syntax from the analysed text while keeping
// anchors that map every text offset back to the line and column of the
// input file, and recognises titles, subheads, bylines, promotional and
// comment-form lines and source lists with a read-only table of general
// patterns, so that only prose reaches claim analysis; splitting blocks into
// sentences is left to the caller.
package plaintext
