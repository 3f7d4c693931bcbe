// Package printer writes analysed articles in the formats `audit check`
// offers. Each format is its own Printer built on an io.Writer; printers
// see articles one at a time, in input order, and errors on inputs beside
// them.
package printer
