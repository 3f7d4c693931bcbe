package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"golang.org/x/net/html/atom"
)

// item is a block of text on its way out, or a gap where boilerplate was
// taken out.
type item struct {
	kind        article.BlockKind
	text        string
	src         int32
	chars, link int32
	tag         atom.Atom
	gap         bool
}

type emitter struct {
	t         *tree
	buf       []byte
	out       strings.Builder // the text of every item, back to back
	spans     [][2]int32      // each item's text in out, until texts cuts it up
	src       int32           // Source of the block being built, -1 before its first text
	pending   int32           // offset of the block element that will start the next block
	chars     int32
	link      int32
	kind      article.BlockKind
	tag       atom.Atom
	lastSpace bool
	brs       int
	items     []item
}

func newEmitter(t *tree) *emitter {
	e := &emitter{t: t, src: -1, pending: -1, kind: article.Paragraph, lastSpace: true}
	// an item holds text of at least one text node; the text is at most
	// the tree's, spaces collapsed
	texts := 0
	for i := range t.nodes {
		if t.nodes[i].kind == textNode && t.nodes[i].flags&fSpace == 0 {
			texts++
		}
	}
	e.items = make([]item, 0, texts+texts/8+16)
	e.spans = make([][2]int32, 0, texts+16)
	e.out.Grow(len(t.text) + 16)
	return e
}

// texts gives every item its text, cut from one string.
func (e *emitter) texts() []item {
	all := e.out.String()
	k := 0
	for i := range e.items {
		if !e.items[i].gap {
			e.items[i].text = all[e.spans[k][0]:e.spans[k][1]]
			k++
		}
	}
	e.spans = nil
	return e.items
}

func (e *emitter) flush() {
	b := e.buf
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	if len(b) > 0 && e.chars > 0 {
		start := i32(e.out.Len())
		e.out.Write(b)
		e.spans = append(e.spans, [2]int32{start, i32(e.out.Len())})
		e.items = append(e.items, item{kind: e.kind, src: e.src,
			chars: e.chars, link: e.link, tag: e.tag})
	}
	e.buf = e.buf[:0]
	e.src = -1
	e.chars, e.link = 0, 0
	e.lastSpace = true
	e.brs = 0
}

func (e *emitter) gap() {
	e.flush()
	if n := len(e.items); n == 0 || !e.items[n-1].gap {
		e.items = append(e.items, item{gap: true})
	}
}

// appendText adds text with white space collapsed.
func (e *emitter) appendText(n *node) {
	s := e.t.text[n.tOff : n.tOff+n.tLen]
	if n.flags&fSpace != 0 {
		if !e.lastSpace {
			e.buf = append(e.buf, ' ')
			e.lastSpace = true
		}
		return
	}
	if e.src < 0 {
		e.src = e.pending
		if e.src < 0 {
			e.src = n.pos
		}
		e.pending = -1
	}
	e.brs = 0
	e.chars += n.chars
	if n.flags&fLinkish != 0 {
		e.link += n.chars
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if isSpaceByte(c) {
				if !e.lastSpace {
					e.buf = append(e.buf, ' ')
					e.lastSpace = true
				}
			} else {
				e.buf = append(e.buf, c)
				e.lastSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		switch {
		case unicode.IsSpace(r):
			if !e.lastSpace {
				e.buf = append(e.buf, ' ')
				e.lastSpace = true
			}
		case r == '\u200b' || r == '\u200c' || r == '\ufeff' || r == '\u00ad':
			// zero-width space, non-joiner, BOM and soft hyphen: invisible
		default:
			e.buf = append(e.buf, s[i:i+size]...)
			e.lastSpace = false
		}
		i += size
	}
}

func (e *emitter) br(n *node) {
	// Trim a trailing space, then break the line; two breaks in a row end
	// the paragraph.
	for len(e.buf) > 0 && e.buf[len(e.buf)-1] == ' ' {
		e.buf = e.buf[:len(e.buf)-1]
	}
	e.brs++
	if e.brs >= 2 {
		kind, tag := e.kind, e.tag
		e.flush()
		e.kind, e.tag = kind, tag
		return
	}
	if len(e.buf) > 0 {
		e.buf = append(e.buf, '\n')
	}
	e.lastSpace = true
}

// walk emits the blocks of the subtree at i.
func (e *emitter) walk(i int32, kind article.BlockKind) {
	ns := e.t.nodes
	n := &ns[i]
	if n.kind == textNode {
		e.appendText(n)
		return
	}
	if n.flags&(fDrop|fHidden) != 0 {
		// Dropped elements (forms, embeds) end the block they interrupt.
		if n.flags&fDrop != 0 && n.tag != atom.Script && n.tag != atom.Style && !inlineTag(n.tag) {
			e.flush()
		}
		return
	}
	if n.flags&fRemoved != 0 {
		e.gap()
		return
	}
	a := n.tag
	if a == atom.Br {
		e.br(n)
		return
	}
	if inlineTag(a) {
		if e.src < 0 && e.pending < 0 {
			e.pending = n.pos
		}
		for c := e.t.firstChild(i); c >= 0; c = e.t.nextSibling(c) {
			e.walk(c, kind)
		}
		return
	}
	// A block element: what was gathered so far is one block.
	e.flush()
	e.kind, e.tag = kind, a
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		e.kind = article.Heading
	case atom.Blockquote:
		kind = article.Quote
		e.kind = kind
	case atom.Li, atom.Dd, atom.Dt:
		if kind != article.Quote {
			kind = article.ListItem
			e.kind = kind
		}
	case atom.Ul, atom.Ol, atom.Dl, atom.Menu:
		if n.chars > 0 && e.listIsLinks(i) {
			e.gap()
			return
		}
	case atom.Hr:
		e.gap()
		return
	}
	e.pending = n.pos
	for c := e.t.firstChild(i); c >= 0; c = e.t.nextSibling(c) {
		e.walk(c, kind)
	}
	e.flush()
	e.pending = -1
	e.kind, e.tag = kind, 0
}

// listIsLinks reports a list whose items are mostly links: a list of
// related articles or a menu.
func (e *emitter) listIsLinks(i int32) bool {
	n := &e.t.nodes[i]
	return n.linkDensity() > 0.6
}
