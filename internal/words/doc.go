// Package words holds the tables of English news copy that several parts of
// audit read text with, so that they agree: the abbreviations that take a
// period without ending a sentence, the names and abbreviations of months,
// the particles of personal names, and the scanner that decides where a
// word ends. It imports nothing of audit's own.
package words
