package htmlextract

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The page is tokenized with html.Tokenizer into a compact tree: nodes live in
// one slice in document order (a parent always precedes its children), each
// element keeps the byte offset of its start tag, and text lives in one arena.
// The tree builder follows the HTML parsing rules that matter for extraction
// (void elements, implied end tags of p, li, dd, dt, headings, table cells and
// links, raw text elements) and skips the rest (adoption agency, foster
// parenting): the text and its grouping into blocks come out the same.

const (
	elementNode uint8 = iota
	textNode
)

// maxDepth bounds the open-element stack; deeper elements are flattened into
// their ancestor at that depth, which keeps their text.
const maxDepth = 256

// node flags.
const (
	fDrop         uint32 = 1 << iota // never part of the text (script, style, form controls...)
	fHidden                          // hidden by attribute or inline style
	fForeign                         // inside svg or math
	fBoiler                          // boilerplate by tag, class, id or role (may be overruled)
	fSpace                           // text node that is only white space
	fLinkish                         // inside a link
	fByline                          // byline, author or date container by class, id or rel
	fCaption                         // figure caption or credit
	fPositive                        // class, id, role or itemprop suggests article content
	fNegative                        // class or id suggests it is not content
	fArticleBody                     // itemprop=articleBody or similar strong marker
	fStrongBoiler                    // boilerplate that no positive marker overrules
	fRemoved                         // decided: removed as boilerplate
	fEmbed                           // an embedded post (tweet): content despite widget names
)

// A node's children follow it in tree.nodes and its subtree ends at end:
// firstChild and nextSibling walk them, with no links to store. A page of
// a million elements holds a million nodes, so every field counts.
type node struct {
	parent     int32
	pos        int32 // offset of the start tag (elements) or text in the input
	tag        atom.Atom
	flags      uint32
	tOff, tLen int32  // text nodes: span of tree.text
	clsHash    uint32 // hash of the class attribute, 0 if none

	// Filled in by analysis.
	end       int32 // one past the last descendant
	chars     int32 // visible text length (non-space bytes) of the subtree
	linkChars int32 // part of chars inside links
	pChars    int32 // part of chars inside paragraph-like blocks
	commas    int32
	score     float32
	kind      uint8
}

type tree struct {
	raw   []byte
	nodes []node
	text  []byte
	body  int32
	meta  rawMeta
}

// rawMeta is what the tokenizer pass collects for metadata.
type rawMeta struct {
	title      string
	lang       string
	canonical  string
	metas      []metaTag
	jsonLD     []string
	times      []timeTag
	authorRefs []int32 // elements marked as author (rel=author, itemprop=author, byline classes)
	h1         []int32
}

type metaTag struct{ key, content string }

type timeTag struct {
	datetime string
	node     int32
	pub      bool // marked as the publication date
}

// custom element names get atoms above this bit, per parse.
const customAtom atom.Atom = 1 << 31

// phantomRun is n elements of one tag opened in a row beyond maxDepth: a
// page nested a million <div>s deep keeps one run, not a million entries.
type phantomRun struct {
	a atom.Atom
	n int
}

type builder struct {
	t        *tree
	stack    []int32      // open elements
	last     []int32      // last child of each open element, or -1
	phantom  []phantomRun // elements opened beyond maxDepth, in runs of one tag
	phantomN map[atom.Atom]int
	custom   map[string]atom.Atom
	classes  map[string]classInfo // class attribute values seen, read once each
	capture  int                  // 1: title, 2: JSON-LD
	capBuf   []byte
	name     []byte // the current tag's name
	haveBody bool
}

// checkEvery is how many tokens parse reads between two looks at its
// context: a few hundred microseconds of work.
const checkEvery = 1 << 12

// maxTree bounds the nodes of a tree and the bytes of its text: parse
// gives up on a page that needs more, so that every offset, length and
// count the tree and the emitter keep as an int32 fits (the emitter's
// output is the text and at most a few bytes a node).
const maxTree = 1 << 29

// i32 converts n, an offset, length or count within one page, to the int32
// the tree keeps. Every n is bounded by the page's size (under
// math.MaxInt32, Extract), the tree's text or nodes (under maxTree,
// parse) or the emitter's output (under 2*maxTree): the bounds below only
// keep a value from wrapping round in the token that passes maxTree,
// before parse drops the tree.
func i32(n int) int32 {
	if n > math.MaxInt32 {
		return math.MaxInt32
	}
	if n < math.MinInt32 {
		return math.MinInt32
	}
	return int32(n)
}

// parse builds the tree of raw, or returns ctx's error once ctx is done.
func parse(ctx context.Context, raw []byte) (*tree, error) {
	return parseWithin(ctx, raw, maxTree)
}

// parseWithin is parse with limit in place of maxTree.
func parseWithin(ctx context.Context, raw []byte, limit int) (*tree, error) {
	t := &tree{raw: raw, body: -1}
	nodes, text := sizes(raw)
	t.nodes = make([]node, 1, nodes)
	t.nodes[0] = node{parent: -1, kind: elementNode}
	t.text = make([]byte, 0, text)
	b := &builder{t: t, stack: []int32{0}, last: []int32{-1}, classes: make(map[string]classInfo)}
	z := html.NewTokenizer(bytes.NewReader(raw))
	pos := 0
	for n := 1; ; n++ {
		if n%checkEvery == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		start := pos
		pos += len(z.Raw())
		switch tt {
		case html.TextToken:
			b.text(z, start)
		case html.StartTagToken, html.SelfClosingTagToken:
			b.startTag(z, start, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			b.endTag(b.atomOf(b.tagName(z.Raw())), start)
		}
		if len(t.nodes) > limit || len(t.text) > limit {
			return nil, fmt.Errorf("htmlextract: page too large: more than %d nodes or bytes of text", limit)
		}
	}
	b.flushCapture()
	if t.body < 0 {
		t.body = 0
	}
	return t, nil
}

// sizes estimates, in one pass over raw, how many nodes its tree needs and
// how many bytes of text they hold, rarely less: a node per start tag ('<'
// and a letter) and per text node (a '>' followed by anything but '<'), and
// the bytes outside '<' ... '>'. Comments, scripts and attribute values make
// them overestimates; the rare cases that need more (an end tag </br> adds a
// node) let append grow the slices.
func sizes(raw []byte) (nodes, text int) {
	nodes = 16
	inTag := false
	for i := 0; i < len(raw); {
		if !inTag {
			j := bytes.IndexByte(raw[i:], '<')
			if j < 0 {
				text += len(raw) - i
				break
			}
			text += j
			i += j + 1
			if i < len(raw) {
				if c := raw[i] | 0x20; 'a' <= c && c <= 'z' {
					nodes++
				}
			}
			inTag = true
			continue
		}
		j := bytes.IndexByte(raw[i:], '>')
		if j < 0 {
			break
		}
		i += j + 1
		if i < len(raw) && raw[i] != '<' {
			nodes++
		}
		inTag = false
	}
	return nodes, text
}

// tagName returns the lower-cased name of the tag whose raw bytes are raw,
// as html.Tokenizer.TagName does, into a buffer of b's reused for every
// tag: TagName copies each name.
func (b *builder) tagName(raw []byte) []byte {
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	b.name = b.name[:0]
	for ; i < len(raw); i++ {
		switch c := raw[i]; c {
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			return b.name
		case 0:
			b.name = append(b.name, "\ufffd"...)
		default:
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.name = append(b.name, c)
		}
	}
	return b.name
}

func (b *builder) atomOf(name []byte) atom.Atom {
	if a := atom.Lookup(name); a != 0 {
		return a
	}
	if a, ok := b.custom[string(name)]; ok {
		return a
	}
	if b.custom == nil {
		b.custom = make(map[string]atom.Atom)
	}
	a := customAtom | atom.Atom(len(b.custom)+1) //nolint:gosec // G115: fewer names than tags, under 1<<30 in a page under math.MaxInt32 bytes: clear of customAtom's bit
	b.custom[string(name)] = a
	return a
}

func (b *builder) top() int32 { return b.stack[len(b.stack)-1] }

// appendChild adds n as the last child of the innermost open element.
func (b *builder) appendChild(n node) int32 {
	t := b.t
	n.parent = b.top()
	idx := i32(len(t.nodes))
	t.nodes = append(t.nodes, n)
	b.last[len(b.last)-1] = idx
	return idx
}

// push opens element i.
func (b *builder) push(i int32) {
	b.stack = append(b.stack, i)
	b.last = append(b.last, -1)
}

func (b *builder) text(z *html.Tokenizer, start int) {
	t := b.t
	cur := b.top()
	pn := &t.nodes[cur]
	if b.capture != 0 {
		b.capBuf = append(b.capBuf, z.Text()...)
		return
	}
	if pn.flags&fDrop != 0 {
		return
	}
	txt := z.Text()
	space := true
	for _, c := range txt {
		if !isSpaceByte(c) {
			space = false
			break
		}
	}
	// Merge with a preceding text sibling (text split by a comment).
	if l := b.last[len(b.last)-1]; l >= 0 && t.nodes[l].kind == textNode {
		prev := &t.nodes[l]
		if prev.flags&fSpace != 0 {
			if space {
				return
			}
			prev.flags &^= fSpace
			prev.tOff = i32(len(t.text))
			prev.tLen = 0
			prev.pos = i32(start)
		} else if int(prev.tOff+prev.tLen) != len(t.text) {
			// Not at the end of the arena: copy it there first.
			off := len(t.text)
			t.text = append(t.text, t.text[prev.tOff:prev.tOff+prev.tLen]...)
			prev.tOff = i32(off)
		}
		if space {
			t.text = append(t.text, ' ')
		} else {
			t.text = append(t.text, txt...)
		}
		prev.tLen = i32(len(t.text)) - prev.tOff
		return
	}
	n := node{kind: textNode, pos: i32(start), flags: pn.flags & (fHidden | fLinkish)}
	if space {
		n.flags |= fSpace
	} else {
		n.tOff = i32(len(t.text))
		t.text = append(t.text, txt...)
		n.tLen = i32(len(txt))
	}
	b.appendChild(n)
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// Elements that are never part of the article text.
func dropTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Button, atom.Select, atom.Option, atom.Optgroup, atom.Textarea, atom.Input,
		atom.Head, atom.Title, atom.Noembed, atom.Noframes, atom.Map, atom.Dialog,
		atom.Datalist, atom.Meter, atom.Progress, atom.Frameset, atom.Frame, atom.Xmp,
		atom.Plaintext:
		return true
	}
	return false
}

func voidTag(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img,
		atom.Input, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track,
		atom.Wbr, atom.Keygen, atom.Image, atom.Basefont, atom.Bgsound, atom.Frame:
		return true
	}
	return false
}

// closesP lists the start tags that close an open p element.
func closesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
		atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Summary, atom.Table, atom.Ul, atom.Li, atom.Dd, atom.Dt, atom.Listing:
		return true
	}
	return false
}

// scopeBoundary reports elements that bound the search for an element to
// close implicitly.
func scopeBoundary(a atom.Atom) bool {
	switch a {
	case atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th,
		atom.Marquee, atom.Object, atom.Template, atom.Button, atom.Body, 0:
		return true
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// findOpen looks for an open element with one of the tags down the stack,
// stopping at a boundary; it returns the stack index or -1.
func (b *builder) findOpen(stop func(atom.Atom) bool, tags ...atom.Atom) int {
	for i := len(b.stack) - 1; i > 0 && i >= len(b.stack)-64; i-- {
		a := b.t.nodes[b.stack[i]].tag
		for _, x := range tags {
			if a == x {
				return i
			}
		}
		if stop(a) {
			return -1
		}
	}
	return -1
}

func listBoundary(a atom.Atom) bool {
	switch a {
	case atom.Ul, atom.Ol, atom.Menu, atom.Dl, atom.Table, atom.Td, atom.Th, atom.Tr,
		atom.Body, atom.Html, atom.Template, atom.Button, atom.Blockquote, atom.Section,
		atom.Article, atom.Main, atom.Nav, atom.Aside, atom.Header, atom.Footer, atom.Form,
		atom.Figure, 0:
		return true
	}
	return false
}

func tableBoundary(a atom.Atom) bool { return a == atom.Table || a == atom.Html || a == 0 }

func (b *builder) popTo(i int) {
	if i > 0 {
		b.stack = b.stack[:i]
		b.last = b.last[:i]
	}
}

func (b *builder) closeImplied(a atom.Atom) {
	if len(b.phantom) > 0 {
		return
	}
	if closesP(a) {
		if i := b.findOpen(scopeBoundary, atom.P); i > 0 {
			b.popTo(i)
		}
	}
	switch {
	case a == atom.Li:
		if i := b.findOpen(listBoundary, atom.Li); i > 0 {
			b.popTo(i)
		}
	case a == atom.Dd || a == atom.Dt:
		if i := b.findOpen(listBoundary, atom.Dd, atom.Dt); i > 0 {
			b.popTo(i)
		}
	case isHeading(a):
		if isHeading(b.t.nodes[b.top()].tag) {
			b.popTo(len(b.stack) - 1)
		}
	case a == atom.Option:
		if b.t.nodes[b.top()].tag == atom.Option {
			b.popTo(len(b.stack) - 1)
		}
	case a == atom.Td || a == atom.Th:
		if i := b.findOpen(tableBoundary, atom.Td, atom.Th, atom.Tr); i > 0 && b.t.nodes[b.stack[i]].tag != atom.Tr {
			b.popTo(i)
		}
	case a == atom.Tr:
		if i := b.findOpen(tableBoundary, atom.Tr); i > 0 {
			b.popTo(i)
		} else if i := b.findOpen(tableBoundary, atom.Td, atom.Th); i > 0 {
			b.popTo(i)
		}
	case a == atom.Tbody || a == atom.Thead || a == atom.Tfoot:
		if i := b.findOpen(tableBoundary, atom.Tbody, atom.Thead, atom.Tfoot); i > 0 {
			b.popTo(i)
		}
	case a == atom.A:
		if i := b.findOpen(func(atom.Atom) bool { return false }, atom.A); i > 0 {
			b.popTo(i)
		}
	}
}

func (b *builder) startTag(z *html.Tokenizer, start int, selfClosing bool) {
	t := b.t
	name := b.tagName(z.Raw())
	a := b.atomOf(name)
	if b.capture != 0 {
		// The tokenizer keeps title and script content raw; this cannot
		// happen, but stay safe.
		b.flushCapture()
	}
	switch a {
	case atom.Html, atom.Body:
		// Attributes of html (lang) matter; a second html or body opens
		// nothing.
		if a == atom.Body && b.haveBody {
			return
		}
		if a == atom.Html {
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				if string(k) == "lang" && t.meta.lang == "" {
					t.meta.lang = string(bytes.TrimSpace(v))
				}
			}
			return
		}
	}
	b.closeImplied(a)
	parent := b.top()
	pf := t.nodes[parent].flags
	n := node{kind: elementNode, tag: a, pos: i32(start), flags: pf & (fDrop | fHidden | fForeign | fLinkish)}
	if dropTag(a) {
		n.flags |= fDrop
	}
	if a == atom.Svg || a == atom.Math {
		n.flags |= fForeign
	}
	if a == atom.A {
		n.flags |= fLinkish
	}
	var at attrs
	at.read(z, a)
	b.applyAttrs(&n, a, &at)
	idx := b.appendChild(n)
	b.collectMeta(idx, a, &at)
	if a == atom.Body {
		b.haveBody = true
		t.body = idx
	}
	if voidTag(a) || (selfClosing && (n.flags&fForeign != 0 || a&customAtom != 0)) {
		return
	}
	if len(b.stack) >= maxDepth || len(b.phantom) > 0 {
		if k := len(b.phantom); k > 0 && b.phantom[k-1].a == a {
			b.phantom[k-1].n++
		} else {
			b.phantom = append(b.phantom, phantomRun{a, 1})
		}
		if b.phantomN == nil {
			b.phantomN = make(map[atom.Atom]int)
		}
		b.phantomN[a]++
		// The element stays as an empty marker; its content goes to the
		// element at the depth limit.
		return
	}
	b.push(idx)
	switch a {
	case atom.Title:
		if t.meta.title == "" && pf&fForeign == 0 {
			b.capture, b.capBuf = 1, b.capBuf[:0]
		}
	case atom.Script:
		if at.isLD {
			b.capture, b.capBuf = 2, b.capBuf[:0]
		}
	}
}

func (b *builder) flushCapture() {
	switch b.capture {
	case 1:
		b.t.meta.title = string(b.capBuf)
	case 2:
		b.t.meta.jsonLD = append(b.t.meta.jsonLD, string(b.capBuf))
	}
	b.capture = 0
}

func (b *builder) endTag(a atom.Atom, start int) {
	if b.capture != 0 {
		b.flushCapture()
	}
	if len(b.phantom) > 0 && b.phantomN[a] > 0 {
		// Close it and everything opened after it; the counts keep end
		// tags that match nothing from scanning the stack.
		for k := len(b.phantom) - 1; k >= 0; k-- {
			r := &b.phantom[k]
			if r.a == a {
				b.phantomN[a]--
				if r.n--; r.n == 0 {
					b.phantom = b.phantom[:k]
				}
				return
			}
			b.phantomN[r.a] -= r.n
			b.phantom = b.phantom[:k]
		}
	}
	switch a {
	case atom.Html, atom.Body:
		return
	case atom.Br:
		b.appendChild(node{kind: elementNode, tag: atom.Br, pos: i32(start), flags: b.t.nodes[b.top()].flags & (fDrop | fHidden | fLinkish)})
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		x := b.t.nodes[b.stack[i]].tag
		if x == a {
			b.popTo(i)
			return
		}
		// An end tag does not close across a table or a template it is not
		// inside of, nor through an element that scopes lists.
		if (x == atom.Table || x == atom.Template) && a != atom.Table && a != atom.Template {
			if a != atom.Td && a != atom.Th && a != atom.Tr && a != atom.Tbody && a != atom.Thead && a != atom.Tfoot && a != atom.Caption {
				return
			}
		}
	}
}

// attrs holds the attributes the extractor reads. class and id point into
// the tokenizer's buffer, valid until the next token: most elements of a
// page share a few class values, read once each without a copy.
type attrs struct {
	class, id                                    []byte
	role, style, itemprop, itemtype, rel, href   string
	name, property, content, httpEquiv, datetime string
	hidden, ariaHidden, isLD, pubdate            bool
}

// maxClasses bounds the cache of class values: a page whose every element
// has a class of its own reads each one as it comes.
const maxClasses = 1 << 12

// classInfo is what a class attribute value says: its flags and its hash.
type classInfo struct {
	flags, hash uint32
}

// read reads the attributes of the current tag, if any.
func (at *attrs) read(z *html.Tokenizer, a atom.Atom) {
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "class":
			at.class = v
		case "id":
			at.id = v
		case "role":
			at.role = strings.ToLower(string(v))
		case "style":
			if bytes.Contains(v, []byte("none")) || bytes.Contains(v, []byte("hidden")) {
				at.style = string(v)
			}
		case "itemprop":
			at.itemprop = string(v)
		case "itemtype":
			at.itemtype = string(v)
		case "rel":
			at.rel = strings.ToLower(string(v))
		case "hidden":
			at.hidden = true
		case "aria-hidden":
			at.ariaHidden = string(v) == "true"
		case "pubdate":
			at.pubdate = true
		}
		if string(k) == "content" {
			at.content = string(v)
		}
		switch a {
		case atom.Meta:
			switch string(k) {
			case "name":
				at.name = string(v)
			case "property":
				at.property = string(v)
			case "http-equiv":
				at.httpEquiv = string(v)
			}
		case atom.Link, atom.A:
			if string(k) == "href" {
				at.href = string(v)
			}
		case atom.Time:
			if string(k) == "datetime" {
				at.datetime = string(v)
			}
		case atom.Script:
			if string(k) == "type" {
				at.isLD = strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json")
			}
		}
		if !more {
			return
		}
	}
}

func (b *builder) applyAttrs(n *node, a atom.Atom, at *attrs) {
	if at.hidden || at.ariaHidden && a != atom.Span && a != atom.I {
		n.flags |= fHidden
	}
	if at.style != "" && hiddenStyle(at.style) {
		n.flags |= fHidden
	}
	if len(at.class) > 0 {
		info, ok := b.classes[string(at.class)]
		if !ok {
			class := string(at.class)
			info = classInfo{flags: classify(class), hash: hashString(class)}
			if len(b.classes) < maxClasses {
				b.classes[class] = info
			}
		}
		n.flags |= info.flags
		n.clsHash = info.hash
	}
	if len(at.id) > 0 {
		n.flags |= classify(string(at.id))
	}
	switch at.role {
	case "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist":
		n.flags |= fBoiler
	case "main", "article":
		n.flags |= fPositive
	}
	switch strings.ToLower(at.itemprop) {
	case "articlebody", "text", "reviewbody", "description articlebody":
		n.flags |= fArticleBody | fPositive
	case "author", "creator":
		n.flags |= fByline
	}
	if strings.Contains(at.rel, "author") {
		n.flags |= fByline
	}
}

func hiddenStyle(s string) bool {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func hashString(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	if h == 0 {
		h = 1
	}
	return h
}

func (b *builder) collectMeta(idx int32, a atom.Atom, at *attrs) {
	m := &b.t.meta
	switch a {
	case atom.Meta:
		if at.content == "" {
			return
		}
		key := at.property
		if key == "" {
			key = at.name
		}
		if key == "" {
			key = at.itemprop
		}
		if key == "" {
			key = at.httpEquiv
		}
		if key != "" && len(m.metas) < 512 {
			m.metas = append(m.metas, metaTag{strings.ToLower(strings.TrimSpace(key)), at.content})
		}
	case atom.Link:
		if m.canonical == "" && fieldsHas(at.rel, "canonical") {
			m.canonical = strings.TrimSpace(at.href)
		}
	case atom.Time:
		if at.datetime != "" && len(m.times) < 64 {
			ip := strings.ToLower(at.itemprop)
			m.times = append(m.times, timeTag{datetime: at.datetime, node: idx,
				pub: at.pubdate || strings.Contains(ip, "datepublished") || strings.Contains(ip, "datecreated")})
		}
	case atom.H1:
		if len(m.h1) < 16 {
			m.h1 = append(m.h1, idx)
		}
	}
	if b.t.nodes[idx].flags&fByline != 0 && len(m.authorRefs) < 64 {
		m.authorRefs = append(m.authorRefs, idx)
	}
	if at.itemprop != "" && (a == atom.Span || a == atom.Div || a == atom.A || a == atom.P) && len(m.metas) < 512 {
		ip := strings.ToLower(at.itemprop)
		if ip == "datepublished" && at.content != "" {
			m.metas = append(m.metas, metaTag{"itemprop:datepublished", at.content})
		}
	}
}

func fieldsHas(s, word string) bool {
	for _, f := range strings.Fields(s) {
		if f == word {
			return true
		}
	}
	return false
}
