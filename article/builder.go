package article

import (
	"slices"
	"strings"
)

// BlockSeparator joins the blocks of text built with a Builder.
const BlockSeparator = "\n\n"

// Builder assembles a Document's text from blocks, as extractors of HTML
// produce them. The zero value is ready to use.
type Builder struct {
	sb      strings.Builder
	blocks  []Block
	anchors []Anchor
}

// Add appends a block of the given kind. text must not be empty; it is
// stored as given (callers normalise white space). source is the byte offset
// of the block's element in the raw input, or -1.
func (b *Builder) Add(kind BlockKind, text string, source int) {
	if text == "" {
		return
	}
	if b.sb.Len() > 0 {
		b.sb.WriteString(BlockSeparator)
	}
	start := b.sb.Len()
	b.sb.WriteString(text)
	b.blocks = append(b.blocks, Block{Kind: kind, Span: Span{start, b.sb.Len()}, Source: source})
	if source >= 0 {
		b.anchors = append(b.anchors, Anchor{Text: start, Raw: source})
	}
}

// Grow makes room for n more blocks holding size bytes of text in all,
// so that a builder told in advance allocates once.
func (b *Builder) Grow(n, size int) {
	if n <= 0 {
		return
	}
	b.sb.Grow(size + (n-1)*len(BlockSeparator))
	b.blocks = slices.Grow(b.blocks, n)
	b.anchors = slices.Grow(b.anchors, n)
}

// Len is the number of blocks added so far.
func (b *Builder) Len() int { return len(b.blocks) }

// Fill sets d.Text, d.Blocks and d.Anchors from the blocks added, and
// indexes d (see Document.Index): set d.Raw first.
func (b *Builder) Fill(d *Document) {
	d.Text = b.sb.String()
	d.Blocks = b.blocks
	d.Anchors = b.anchors
	d.Index()
}
