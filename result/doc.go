// Package result holds what audit finds in articles, as plain data: the
// document that 'audit check --format json' prints, with a protocol
// version, an Encoder that writes it an article at a time and Decode
// that reads it back.
//
// Every part of audit that comes after the analysis works on these types
// and not on the analyzer: the printers render them, the archive stores
// and reloads them, compare and the report site read them back, and the
// server returns them. Offsets are Unicode code points into the article's
// Text, half-open; lines and columns are 1-based positions in the input as
// the user has it (for HTML, of the element that holds the text).
package result
