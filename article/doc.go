// Package article holds the document model every part of audit shares: an
// article's metadata, its analysed text, the blocks that text is made of
// (paragraphs, headings, quotations, list items, bylines, boilerplate and
// reference lists), the sentences inside those blocks, and a map from
// positions in the analysed text back to lines and columns of the input as
// the user has it.
//
// All offsets in this package are byte offsets into Document.Text, the
// natural unit for Go strings. Printers that speak to the outside world
// convert them to Unicode code points with Document.Runes.
package article
