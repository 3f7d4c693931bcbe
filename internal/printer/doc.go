// Package printer writes analysed articles in the formats `audit check`
// offers: text for people, line for editors and grep, json, github for
// GitHub Actions annotations, sarif for code-scanning viewers, and html, a
// self-contained page. Each format is its own Printer built on an
// io.Writer, with no global state; printers see articles one at a time,
// in input order, and errors on inputs beside them.
package printer
