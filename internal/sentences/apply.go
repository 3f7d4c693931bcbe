package sentences

import "github.com/auditnews/audit/article"

// Apply fills doc.Sentences and doc.Quotations from doc.Text and
// doc.Blocks, replacing what they held. Every block except bylines,
// boilerplate and reference lists is split into sentences: paragraphs,
// quotations and list items like running text, headings the same way (a
// heading without sentence punctuation is one sentence). Offsets are
// relative to doc.Text. Quotations are looked for in the same blocks; one
// left open at the end of a paragraph, quotation or list item goes on into
// the next block when that block follows it directly and starts with an
// opening mark. Blocks whose span lies outside doc.Text are skipped.
func Apply(doc *article.Document) {
	doc.Sentences = make([]article.Sentence, 0, len(doc.Text)/128+len(doc.Blocks))
	doc.Quotations = nil
	var (
		buf  []article.Span
		q    quoteScanner
		prev = -1 // end of the previous block that may carry a quotation
	)
	for i, b := range doc.Blocks {
		if b.Start < 0 || b.End > len(doc.Text) || b.Start > b.End || b.Start < prev {
			continue
		}
		switch b.Kind {
		case article.Byline, article.Boilerplate, article.References:
			q.flush()
			continue
		}
		text := doc.Text[b.Start:b.End]
		buf = appendSplit(buf[:0], text, b.Start)
		for _, sp := range buf {
			doc.Sentences = append(doc.Sentences, article.Sentence{Span: sp, Block: i})
		}
		if b.Kind == article.Heading {
			// A heading neither continues nor leaves open a quotation.
			q.flush()
			q.block(text, b.Start)
			q.flush()
		} else {
			q.block(text, b.Start)
		}
		prev = b.End
	}
	q.flush()
	doc.Quotations = q.out
}
