package plaintext

import "github.com/auditnews/audit/article"

// textBuilder assembles an analysed text from pieces of the raw input and
// a few synthetic strings, keeping the anchors that map it back.
type textBuilder struct {
	b       []byte
	anchors []article.Anchor
	rawEnd  int  // raw offset just after the last copied byte
	exact   bool // the last piece was copied from raw
}

// anchor starts a new anchor at the current end of the text.
func (tb *textBuilder) anchor(raw int, exact bool) {
	a := article.Anchor{Text: len(tb.b), Raw: raw, Exact: exact}
	if n := len(tb.anchors); n > 0 && tb.anchors[n-1].Text == a.Text {
		tb.anchors[n-1] = a // the previous piece was empty
		return
	}
	tb.anchors = append(tb.anchors, a)
}

// copyRaw appends raw[start:end], continuing the current anchor when the
// piece follows the previous one in raw.
func (tb *textBuilder) copyRaw(raw string, start, end int) {
	if start >= end {
		return
	}
	if !tb.exact || tb.rawEnd != start {
		tb.anchor(start, true)
	}
	tb.b = append(tb.b, raw[start:end]...)
	tb.rawEnd, tb.exact = end, true
}

// synth appends text that stands for the raw input at rawAt without
// copying it (a decoded entity, a space for a removed tag, a separator).
func (tb *textBuilder) synth(s string, rawAt int) {
	if s == "" {
		return
	}
	tb.anchor(rawAt, false)
	tb.b = append(tb.b, s...)
	tb.exact = false
}

func (tb *textBuilder) len() int { return len(tb.b) }
