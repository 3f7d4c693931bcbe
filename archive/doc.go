// Package archive keeps analysed articles in a SQLite database, so that
// reports, comparisons and a server can read them back without analysing
// anything again.
//
// An archive holds outlets, articles and their versions (each distinct
// text, with its metadata and the input as read), the analysis of each
// version (the whole result.Article, plus normalised tables of blocks,
// claims, sources, citations and findings for querying), and a record of
// every ingest run. Open checks that a file is an archive before it
// touches it, and migrates older schemas; Ingest stores articles from one
// writer goroutine in batched transactions, each article whole or not at
// all; the read methods (Outlets, Articles, Article, Sources, Citations,
// Anonymous, Rules, EachArticle, Stats and the Each* export rows) answer
// what the reports need without SQL. A grouping of the articles into
// events is stored too (StartGrouping writes one, EachEvent, Event and
// EventOf read the current one); package events makes it.
//
// The schema is in migrations/*.sql and README.md. The package depends on
// the result type only, never on the analyzer.
package archive
