// Package lexicon holds the word lists the attribution analyzer matches
// against: attribution cues (said, according to, as ... put it), news
// outlets, titles and roles, the words of anonymous-source descriptions,
// vague groups and agentless passives, and institutions. The lists are text
// files embedded from data/, one entry a line, "#" starting a comment and
// "|" separating fields: name | class | key: a, b, c | flag (FORMAT.md
// describes every kind); a user's files extend or correct them, and any
// mistake in a file is an error naming its path and line. Default parses the
// embedded files into a Set, which matches tokenized text longest-first
// (CueAt, OutletAt, RoleAt, AnonymousAt, VagueAt, InstitutionAt) and looks up
// single names (Cue, Outlet, OutletByDomain, Role, Anonymous, Vague,
// Institution); text is tokenized and folded by Tokenize, which the entries
// go through too, so both sides agree.
package lexicon
