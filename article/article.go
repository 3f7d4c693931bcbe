package article

import (
	"sort"
	"unicode/utf8"
)

// Format is the kind of input an article was read from.
type Format string

// Input formats.
const (
	HTML     Format = "html"
	Text     Format = "text"
	Markdown Format = "markdown"
)

// Meta is what an article says about itself.
type Meta struct {
	Title     string
	Outlet    string
	Authors   []string
	Published string // YYYY-MM-DD where known
	URL       string // canonical URL
	Language  string // BCP 47 tag, "" where unknown
}

// BlockKind says what a block of the body is.
type BlockKind string

// Block kinds. Bylines, boilerplate and reference lists are kept so offsets
// stay true, but they give no claims.
const (
	Paragraph   BlockKind = "paragraph"
	Heading     BlockKind = "heading"
	Quote       BlockKind = "quote"
	ListItem    BlockKind = "list_item"
	Byline      BlockKind = "byline"
	Boilerplate BlockKind = "boilerplate"
	References  BlockKind = "references"
)

// GivesClaims reports whether sentences of a block of this kind are claims.
func (k BlockKind) GivesClaims() bool {
	switch k {
	case Paragraph, Quote, ListItem:
		return true
	}
	return false
}

// Span is a half-open byte range [Start, End) of Document.Text.
type Span struct {
	Start, End int
}

// Len is the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether s contains the byte offset off.
func (s Span) Contains(off int) bool { return s.Start <= off && off < s.End }

// Block is a run of the body: one paragraph, heading, quotation, list item,
// byline, boilerplate line or reference list.
type Block struct {
	Kind BlockKind
	Span
	// Source is the byte offset in the input where the block (for HTML, its
	// element) starts, or -1 where it is not known.
	Source int
}

// Sentence is one sentence of a block.
type Sentence struct {
	Span
	Block int // index into Document.Blocks
}

// Document is one article, read and split.
type Document struct {
	Input  string // the path or URL as the user gave it
	Format Format
	Meta   Meta
	Text   string // the analysed text
	Blocks []Block
	// Sentences of every block that is not byline, boilerplate or
	// references, in text order.
	Sentences []Sentence
	// Quotations: spans of quoted speech that may run over several
	// sentences, from the opening to the closing quotation mark inclusive.
	Quotations []Span

	// Raw is the input as read (after transcoding to UTF-8), kept for
	// positions. It may be nil.
	Raw []byte
	// Anchors map text offsets back to Raw, in increasing Text order. At an
	// anchor, Text[a.Text:] corresponds to Raw[a.Raw:] byte for byte until
	// the next anchor when Exact is true; otherwise only the anchor's own
	// position is known (HTML: the element's start tag).
	Anchors []Anchor

	index *index // built by Index
}

// Anchor ties a byte offset of Document.Text to a byte offset of the raw
// input.
type Anchor struct {
	Text, Raw int
	Exact     bool
}

// Position is a 1-based line and column in the input as the user has it.
// Columns count Unicode code points.
type Position struct {
	Line, Column int
}

// Claims returns the sentences that are claims: those of paragraphs,
// quotations and list items.
func (d *Document) Claims() []Sentence {
	out := make([]Sentence, 0, len(d.Sentences))
	for _, s := range d.Sentences {
		if d.Blocks[s.Block].Kind.GivesClaims() {
			out = append(out, s)
		}
	}
	return out
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// Runes converts a byte offset of Text to a code point offset: the number
// of code points in Text[:off], each invalid byte counting as one. It costs
// O(1) on an indexed document (see Index) and is safe to call from several
// goroutines at once.
func (d *Document) Runes(off int) int {
	if off <= 0 {
		return 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	if d.index == nil || !d.index.text.covers(len(d.Text)) {
		return utf8.RuneCountInString(d.Text[:off])
	}
	return d.index.text.runes(d.Text, off)
}

// Position returns the line and column in the input of a text offset. For
// HTML it is the position of the element the offset lies in. Columns count
// code points. It costs O(log n) on an indexed document (see Index) and is
// safe to call from several goroutines at once.
func (d *Document) Position(off int) Position {
	raw := d.RawOffset(off)
	if raw < 0 {
		return Position{}
	}
	raw = min(raw, len(d.Raw))
	if d.index == nil || !d.index.raw.covers(len(d.Raw)) {
		return naivePosition(d.Raw, raw)
	}
	return d.index.raw.position(d.Raw, raw)
}

// Index builds the tables that make Position and Runes cheap: for every
// 128 bytes of Text and of Raw, the code points, lines and column reached
// there. Whoever produces a document calls it once Text and Raw are final
// (Builder.Fill does; so do the readers of package extract), before the
// document is shared; from then on any number of goroutines may read it.
// Position and Runes stay correct on a document that was never indexed, or
// whose Text or Raw changed length since, but count from the start on each
// call.
func (d *Document) Index() {
	d.index = &index{text: newMarks(d.Text, countString), raw: newMarks(d.Raw, countBytes)}
}

// Indexed reports whether Index was called since Text and Raw last
// changed length.
func (d *Document) Indexed() bool {
	return d.index != nil && d.index.text.covers(len(d.Text)) && d.index.raw.covers(len(d.Raw))
}

// RawOffset maps a text offset to a byte offset of Raw, or -1.
func (d *Document) RawOffset(off int) int {
	i := sort.Search(len(d.Anchors), func(i int) bool { return d.Anchors[i].Text > off }) - 1
	if i < 0 || d.Raw == nil {
		return -1
	}
	a := d.Anchors[i]
	if !a.Exact {
		return a.Raw
	}
	return a.Raw + off - a.Text
}
