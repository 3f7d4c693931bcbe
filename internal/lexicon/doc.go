// Package lexicon holds the word lists the attribution analyzer reads with:
// attribution cues (said, according to, as ... put it), news outlets,
// titles and roles, the words of anonymous-source descriptions, vague
// groups and agentless passives, and institutions. The lists are text files
// embedded from data/, one entry a line, "#" starting a comment and "|"
// separating fields: name | class | key: a, b, c | flag (FORMAT.md
// describes every kind); a user's files extend or correct them, and any
// mistake in a file is an error naming its path and line. Default parses the
// embedded files into a Set, whose entries (Cues, Outlets, ...) the analyzer
// indexes its own way. Names and forms are compared by their keys: the
// tokens Tokenize finds, folded by Fold.
package lexicon
