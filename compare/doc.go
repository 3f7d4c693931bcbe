// Package compare aligns the claims of several articles about one event:
// which outlets report which facts, how each sourced them, where numbers
// or quotations disagree, and the word-level differences between matching
// claims.
package compare
