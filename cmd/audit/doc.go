// Command audit tags every claim of a news article by how it is sourced:
// named (an on-record person or institution), anonymous (unnamed officials,
// vague groups), outlet (another news organisation's report) or unsourced.
//
// Usage:
//
//	audit check [flags] INPUT...   check articles (files, directories, -, URLs): claims, findings, score
//	audit compare [flags] INPUT... compare how articles cover one event: shared claims, sourcing, numbers, quotes
//	audit compare --event ID       the same for an event of the archive; --article ID,... for chosen articles
//	audit compare --versions ID    two stored versions of an article, word by word
//	audit convert [flags] [FILE|-] print a JSON report of check in another format: text, line, SARIF, GitHub, HTML
//	audit demo [--out DIR]         check, compare and report the embedded sample articles: a site to open
//	audit eval --gold FILE         score the analyzer on labelled articles
//	audit events [--db FILE]       group the archive's articles into events and list them
//	audit export TABLE             write a table of the archive as CSV, JSON or JSON Lines
//	audit ingest [flags] INPUT...  analyse articles and store them in the archive (SQLite)
//	audit report [--out DIR]       write the archive as a static site: outlets, sources, articles, methodology
//	audit rules                    list the rules check applies, and why each matters
//	audit serve [--addr HOST:PORT] serve the editor's page and the HTTP API for newsroom tools
//	audit stats [--db FILE]        summarise the archive
//	audit version                  print the version
//	audit help [COMMAND]           show help
//
// # Exit codes
//
//	0  success
//	1  findings at or above the --fail-on severity (check, convert)
//	2  usage error, unreadable input, a refused archive or runtime error
//	130, 143  stopped by SIGINT or SIGTERM (one line on stderr)
package main
