// Package hostile makes the inputs that once cost audit more than linear
// time or memory, at any size: a minified HTML page on one line, a text with
// no sentence punctuation, a page of deeply nested <div> elements and a page
// of one-word paragraphs. The benchmarks and the figures in BENCHMARKS.md use
// them; `go run ./internal/hostile/gen` writes them to files.
package hostile
