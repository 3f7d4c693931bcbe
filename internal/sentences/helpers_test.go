package sentences

import "github.com/auditnews/audit/article"

// split returns the sentences of one block of text, as Apply splits each
// block.
func split(text string) []article.Span {
	return appendSplit(make([]article.Span, 0, len(text)/96+1), text, 0)
}

// quotations returns the quotations of one block of text, as Apply finds
// them in each block.
func quotations(text string) []article.Span { return Quotations(text) }
