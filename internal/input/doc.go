// Package input turns what a user names on the command line (files,
// directories, "-" for standard input, http and https URLs) into raw
// articles: bytes in UTF-8 with the format they are in. It expands
// directories in a stable order, enforces size caps, time-outs and redirect
// limits for URLs, sniffs formats, transcodes declared charsets and repairs
// invalid UTF-8.
package input
