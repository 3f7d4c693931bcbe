// Package compare sets articles about one event side by side: whether
// each pair reports the same event (Similarity, from words, names,
// figures, quotations, titles and dates), which are wire copies or
// near-duplicates, which claims the articles share and how each outlet
// sourced them, the claims most carry that one leaves out, the figures
// they give for the same kind of thing, the quotations of each speaker
// across outlets (identical, truncated, reworded or given to someone
// else) and word-level differences (WordDiff, go-diff over words).
// Compare does all of it for analysed articles (result.Article) and
// WriteText, WriteJSON and WriteHTML print the Comparison.
//
// A Grouper sorts a stream of articles (an archive's, in date order) into
// events without comparing every pair: an inverted index of each
// article's weightiest terms proposes candidates, and only the articles
// within a window of days are kept, so memory does not grow with the
// stream. DiffVersions compares two versions of one article: its text
// word by word and its claims, added, removed, reworded or sourced
// differently; WriteDiffText, WriteDiffJSON and WriteDiffHTML print it.
package compare
