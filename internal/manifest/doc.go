// Package manifest reads the per-input metadata a researcher gives beside
// a corpus, and matches it to inputs: CSV (or tab-separated) with a
// header, or JSON Lines, with the fields path or url, outlet, title,
// published, authors and section.
package manifest
