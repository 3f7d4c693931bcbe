// Command audit tags every claim of a news article by how it is sourced:
// named (an on-record person or institution), anonymous (unnamed officials,
// vague groups), outlet (another news organisation's report) or unsourced.
//
// Usage:
//
//	audit check [flags] INPUT...   analyse articles (files, directories, -, URLs)
//	audit demo                     analyse the embedded sample articles
//	audit version                  print the version
//	audit help [COMMAND]           show help
//
// # Exit codes
//
//	0  success
//	1  findings at or above the --fail-on severity (check)
//	2  usage error, unreadable input or runtime error
//	130, 143  stopped by SIGINT or SIGTERM (one line on stderr)
package main
