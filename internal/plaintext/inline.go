package plaintext

import (
	"html"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// seg is one line (or table cell run) of a Markdown block, by raw offsets,
// with its container markers already removed.
type seg struct {
	start, end int
	nl         int // raw offset of the line feed that follows it, or -1
}

// edit replaces v[start:end] of a block's inline text with repl.
type edit struct {
	start, end int
	repl       string
}

// inlineText is a block's content as one string: its segments joined by
// line feeds, with the map back to raw offsets.
type inlineText struct {
	v    string
	segs []seg
	vs   []int // virtual offset where each segment starts
}

func newInline(raw string, segs []seg) inlineText {
	if len(segs) == 1 {
		return inlineText{v: raw[segs[0].start:segs[0].end], segs: segs, vs: []int{0}}
	}
	var b strings.Builder
	it := inlineText{segs: segs, vs: make([]int, len(segs))}
	for k, sg := range segs {
		if k > 0 {
			b.WriteByte('\n')
		}
		it.vs[k] = b.Len()
		b.WriteString(raw[sg.start:sg.end])
	}
	it.v = b.String()
	return it
}

// emit appends the inline text with the edits applied to tb, and returns
// the text offsets just after each line feed that joins two segments and
// survived the edits.
func (it inlineText) emit(raw string, tb *textBuilder, edits []edit) []int {
	var breaks []int
	k := 0 // current segment
	p := 0 // virtual position
	// copyTo copies the virtual range [p, q) to tb.
	copyTo := func(q int) {
		for p < q {
			for k+1 < len(it.segs) && p >= it.vs[k+1] {
				k++
			}
			segEnd := it.vs[k] + (it.segs[k].end - it.segs[k].start)
			if p < segEnd {
				e := min(q, segEnd)
				rs := it.segs[k].start + p - it.vs[k]
				tb.copyRaw(raw, rs, rs+e-p)
				p = e
				continue
			}
			// The line feed joining segment k to the next.
			if nl := it.segs[k].nl; nl >= 0 {
				tb.copyRaw(raw, nl, nl+1)
			} else {
				tb.synth("\n", it.segs[k].end)
			}
			breaks = append(breaks, tb.len())
			p++
		}
	}
	for _, e := range edits {
		if e.start < p {
			continue // inside an earlier edit
		}
		copyTo(e.start)
		tb.synth(e.repl, it.raw(e.start))
		p = e.end
	}
	copyTo(len(it.v))
	return breaks
}

// raw maps a virtual offset to its raw offset.
func (it inlineText) raw(p int) int {
	k := sort.Search(len(it.vs), func(i int) bool { return it.vs[i] > p }) - 1
	if k < 0 {
		k = 0
	}
	sg := it.segs[k]
	if off := sg.start + p - it.vs[k]; off <= sg.end {
		return off
	}
	if sg.nl >= 0 {
		return sg.nl
	}
	return sg.end
}

// special marks the bytes where inline markup can start.
var special = func() (t [256]bool) {
	for _, c := range []byte("\\`*_~[]!<&|") {
		t[c] = true
	}
	return t
}()

// delim is a run of emphasis characters.
type delim struct {
	pos, n, left int // start, characters left, characters consumed on the left
	orig         int
	ch           byte
	open, close  bool
	active       bool
}

type opener struct {
	pos   int
	image bool
}

// inlineEdits finds the Markdown inline syntax of v and returns the edits
// that strip it, sorted: emphasis and strike-through markers, code span
// backticks, link brackets and destinations (the link text stays), whole
// images, footnote references, HTML tags and comments, escapes, entities
// (decoded), autolink brackets and, for table rows, cell pipes.
func inlineEdits(v string, refs map[string]bool, tableRow bool) []edit {
	sc := inlineScan{v: v, refs: refs, tableRow: tableRow}
	for i := 0; i < len(v); {
		if !special[v[i]] {
			i++
			continue
		}
		i = sc.at(i)
	}
	edits := append(sc.edits, emphasis(sc.delims)...)
	sort.SliceStable(edits, func(a, b int) bool { return edits[a].start < edits[b].start })
	return edits
}

// inlineScan is the state of inlineEdits: the edits found so far, the
// emphasis delimiters and the open link brackets.
type inlineScan struct {
	v        string
	refs     map[string]bool
	tableRow bool
	edits    []edit
	delims   []delim
	openers  []opener
}

// at reads the syntax that may start at the special character v[i] and
// returns where to go on.
func (sc *inlineScan) at(i int) int {
	switch c := sc.v[i]; c {
	case '\\':
		return sc.escape(i)
	case '`':
		return sc.codeSpan(i)
	case '<':
		return sc.angle(i)
	case '&':
		if j, s, ok := entity(sc.v, i); ok {
			sc.edits = append(sc.edits, edit{start: i, end: j, repl: s})
			return j
		}
	case '!':
		if i+1 < len(sc.v) && sc.v[i+1] == '[' {
			sc.openers = append(sc.openers, opener{pos: i, image: true})
			return i + 2
		}
	case '[':
		sc.openers = append(sc.openers, opener{pos: i})
	case ']':
		return sc.closeBracket(i)
	case '*', '_', '~':
		n := runLen(sc.v, i, c)
		if c != '~' || n <= 2 {
			sc.delims = append(sc.delims, newDelim(sc.v, i, n, c))
		}
		return i + n
	case '|':
		sc.pipe(i)
	}
	return i + 1
}

// escape reads a backslash escape (of punctuation, or of a line break) at
// v[i].
func (sc *inlineScan) escape(i int) int {
	v := sc.v
	if i+1 >= len(v) || !isASCIIPunct(v[i+1]) && v[i+1] != '\n' {
		return i + 1
	}
	sc.edits = append(sc.edits, edit{start: i, end: i + 1})
	if v[i+1] == '\n' {
		return i + 1
	}
	return i + 2
}

// codeSpan reads the backticks of a code span at v[i].
func (sc *inlineScan) codeSpan(i int) int {
	n := runLen(sc.v, i, '`')
	j := closingTicks(sc.v, i+n, n)
	if j < 0 {
		return i + n
	}
	sc.edits = append(sc.edits, edit{start: i, end: i + n}, edit{start: j, end: j + n})
	return j + n
}

// angle reads an autolink's brackets or an HTML tag at v[i]; a tag between
// two words leaves a space.
func (sc *inlineScan) angle(i int) int {
	v := sc.v
	if j, ok := autolink(v, i); ok {
		sc.edits = append(sc.edits, edit{start: i, end: i + 1}, edit{start: j - 1, end: j})
		return j
	}
	j, inlineTag, ok := htmlTag(v, i)
	if !ok {
		return i + 1
	}
	e := edit{start: i, end: j}
	if !inlineTag && i > 0 && j < len(v) && !isSpaceByte(v[i-1]) && !isSpaceByte(v[j]) {
		e.repl = " "
	}
	sc.edits = append(sc.edits, e)
	return j
}

// closeBracket reads a closing bracket at v[i]: with the last open bracket,
// a link (whose brackets and destination go), an image or a footnote
// reference (which go whole).
func (sc *inlineScan) closeBracket(i int) int {
	v := sc.v
	if len(sc.openers) == 0 {
		return i + 1
	}
	op := sc.openers[len(sc.openers)-1]
	sc.openers = sc.openers[:len(sc.openers)-1]
	textStart := op.pos + 1
	if op.image {
		textStart++
	}
	end, ok := linkTail(v, i, v[textStart:i], sc.refs)
	if !ok {
		return i + 1
	}
	if op.image || strings.HasPrefix(v[textStart:i], "^") && end == i+1 {
		sc.edits, sc.delims = dropInside(sc.edits, sc.delims, op.pos, end)
		sc.edits = append(sc.edits, edit{start: op.pos, end: end})
	} else {
		sc.edits = append(sc.edits, edit{start: op.pos, end: op.pos + 1}, edit{start: i, end: end})
	}
	return end
}

// pipe removes a table row's cell pipe at v[i]; between two words it
// leaves a space.
func (sc *inlineScan) pipe(i int) {
	v := sc.v
	if !sc.tableRow {
		return
	}
	e := edit{start: i, end: i + 1}
	if i > 0 && i+1 < len(v) && !isSpaceByte(v[i-1]) && !isSpaceByte(v[i+1]) {
		e.repl = " "
	}
	sc.edits = append(sc.edits, e)
}

// linkTail reads what follows the closing bracket at v[i] of a link or
// image with the given text: an inline destination "(url "title")", a
// reference "[label]" or "[]", or nothing for a shortcut reference or a
// footnote "[^1]". It returns the offset after the link.
func linkTail(v string, i int, text string, refs map[string]bool) (int, bool) {
	if i+1 < len(v) && v[i+1] == '(' {
		if j, ok := destination(v, i+2); ok {
			return j, true
		}
	}
	if i+1 < len(v) && v[i+1] == '[' {
		if k := strings.IndexByte(v[i+2:], ']'); k >= 0 && !strings.ContainsAny(v[i+2:i+2+k], "[\n") {
			label := v[i+2 : i+2+k]
			if label == "" {
				label = text
			}
			if refs[normLabel(label)] {
				return i + 2 + k + 1, true
			}
		}
	}
	if strings.HasPrefix(text, "^") && !strings.ContainsAny(text, " \t\n") && len(text) > 1 {
		return i + 1, true // footnote reference
	}
	if refs[normLabel(text)] {
		return i + 1, true
	}
	return 0, false
}

// destination parses an inline link destination and optional title
// starting at v[i] (just after "(") and returns the offset after ")".
func destination(v string, i int) (int, bool) {
	j := skipSpace(v, i)
	if j < len(v) && v[j] == '<' {
		k := strings.IndexAny(v[j+1:], ">\n")
		if k < 0 || v[j+1+k] != '>' {
			return 0, false
		}
		j += k + 2
	} else {
		j = bareDestinationEnd(v, j)
	}
	j, ok := linkTitleEnd(v, skipSpace(v, j))
	if ok && j < len(v) && v[j] == ')' {
		return j + 1, true
	}
	return 0, false
}

// bareDestinationEnd returns the end of a link destination without angle
// brackets that starts at v[j]: up to white space or a closing parenthesis
// that balances none opened, escapes skipped.
func bareDestinationEnd(v string, j int) int {
	depth := 0
	for j < len(v) {
		c := v[j]
		if c == '\\' && j+1 < len(v) {
			j += 2
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c < ' ' {
			break
		}
		if c == '(' {
			depth++
		} else if c == ')' {
			if depth == 0 {
				break
			}
			depth--
		}
		j++
	}
	return j
}

// linkTitleEnd reads the title that may follow a link destination at v[j]
// ("title", 'title' or (title)) and returns where the link goes on, after
// the title and white space; false where a title is left open.
func linkTitleEnd(v string, j int) (int, bool) {
	if j >= len(v) || v[j] != '"' && v[j] != '\'' && v[j] != '(' {
		return j, true
	}
	closeCh := v[j]
	if closeCh == '(' {
		closeCh = ')'
	}
	k := j + 1
	for k < len(v) && v[k] != closeCh {
		if v[k] == '\\' {
			k++
		}
		k++
	}
	if k >= len(v) {
		return 0, false
	}
	return skipSpace(v, k+1), true
}

func skipSpace(v string, i int) int {
	for i < len(v) && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n') {
		i++
	}
	return i
}

// normLabel normalises a link reference label: case and white space.
func normLabel(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// dropInside removes the edits and emphasis delimiters inside [start, end).
func dropInside(edits []edit, delims []delim, start, end int) ([]edit, []delim) {
	out := edits[:0]
	for _, e := range edits {
		if e.start < start || e.start >= end {
			out = append(out, e)
		}
	}
	ds := delims[:0]
	for _, d := range delims {
		if d.pos < start || d.pos >= end {
			ds = append(ds, d)
		}
	}
	return out, ds
}

func runLen(v string, i int, c byte) int {
	j := i
	for j < len(v) && v[j] == c {
		j++
	}
	return j - i
}

// closingTicks finds a run of exactly n backticks at or after i.
func closingTicks(v string, i, n int) int {
	for i < len(v) {
		k := strings.IndexByte(v[i:], '`')
		if k < 0 {
			return -1
		}
		i += k
		m := runLen(v, i, '`')
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// autolink matches "<scheme:...>" or "<user@host>" at v[i] and returns the
// offset after ">".
func autolink(v string, i int) (int, bool) {
	j := i + 1
	k := strings.IndexByte(v[j:], '>')
	if k <= 0 || k > 2000 {
		return 0, false
	}
	body := v[j : j+k]
	if strings.ContainsAny(body, " \t\n<") {
		return 0, false
	}
	if c := strings.IndexByte(body, ':'); c >= 2 && c <= 32 && isASCIILetter(body[0]) {
		for _, r := range body[:c] {
			if !(isASCIILetter(r) || r >= '0' && r <= '9' || r == '+' || r == '.' || r == '-') {
				return 0, false
			}
		}
		return j + k + 1, true
	}
	if at := strings.IndexByte(body, '@'); at > 0 && at < len(body)-1 && strings.Contains(body[at:], ".") {
		return j + k + 1, true
	}
	return 0, false
}

// inlineTags are HTML elements that sit inside a line of text; removing
// them must not add a space.
var inlineTags = map[string]bool{
	"a": true, "b": true, "i": true, "em": true, "strong": true, "span": true,
	"u": true, "s": true, "del": true, "ins": true, "mark": true, "sup": true,
	"sub": true, "small": true, "abbr": true, "cite": true, "q": true,
	"code": true, "font": true, "strike": true, "tt": true, "kbd": true,
	"var": true, "time": true, "dfn": true, "bdi": true, "bdo": true,
	"data": true, "big": true, "wbr": true,
}

// htmlTag matches an HTML tag or comment at v[i] and returns the offset
// after it, and whether it is an inline element.
func htmlTag(v string, i int) (int, bool, bool) {
	rest := v[i:]
	if strings.HasPrefix(rest, "<!--") {
		k := strings.Index(rest[4:], "-->")
		if k < 0 {
			return 0, false, false
		}
		return i + 4 + k + 3, true, true
	}
	j := i + 1
	if j < len(v) && v[j] == '/' {
		j++
	}
	n := j
	for n < len(v) && (isASCIILetter(v[n]) || n > j && (v[n] >= '0' && v[n] <= '9' || v[n] == '-')) {
		n++
	}
	if n == j || n >= len(v) {
		return 0, false, false
	}
	if c := v[n]; c != '>' && c != '/' && !isSpaceByte(c) {
		return 0, false, false
	}
	name := strings.ToLower(v[j:n])
	// Attributes: up to ">", quoted values may hold anything.
	var quote byte
	for k := n; k < len(v) && k-i < 4000; k++ {
		c := v[k]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<':
			return 0, false, false
		case c == '>':
			return k + 1, inlineTags[name], true
		}
	}
	return 0, false, false
}

// entity matches an HTML character reference at v[i] and returns the
// offset after it and its text.
func entity(v string, i int) (int, string, bool) {
	k := strings.IndexByte(v[i+1:min(len(v), i+34)], ';')
	if k <= 0 {
		return 0, "", false
	}
	cand := v[i : i+1+k+1]
	for _, c := range []byte(cand[1 : len(cand)-1]) {
		if !(isASCIILetter(c) || c >= '0' && c <= '9' || c == '#') {
			return 0, "", false
		}
	}
	s := html.UnescapeString(cand)
	if s == cand {
		return 0, "", false
	}
	return i + len(cand), s, true
}

func isASCIIPunct[C byte | rune](c C) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// newDelim describes the run of n characters c at v[i], with CommonMark's
// flanking rules deciding whether it may open or close emphasis.
func newDelim(v string, i, n int, c byte) delim {
	before, after := ' ', ' '
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(v[:i])
	}
	if i+n < len(v) {
		after, _ = utf8.DecodeRuneInString(v[i+n:])
	}
	spB, spA := unicode.IsSpace(before), unicode.IsSpace(after)
	puB, puA := isPunctRune(before), isPunctRune(after)
	left := !spA && (!puA || spB || puB)
	right := !spB && (!puB || spA || puA)
	d := delim{pos: i, n: n, orig: n, ch: c, active: true, open: left, close: right}
	if c == '_' {
		d.open = left && (!right || puB)
		d.close = right && (!left || puA)
	}
	return d
}

func isPunctRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIPunct(r)
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// emphasis pairs emphasis delimiters as CommonMark does (nearest opener of
// the same character, the rule of three) and returns deletions of the
// characters that pair; unpaired ones stay as text.
func emphasis(ds []delim) []edit {
	var edits []edit
	for ci := range ds {
		c := &ds[ci]
		if !c.close || !c.active {
			continue
		}
		for c.n > 0 {
			oi := openerFor(ds, ci)
			if oi < 0 {
				break
			}
			edits = pairDelims(edits, ds, oi, ci)
		}
		if c.n > 0 && !c.open {
			c.active = false
		}
	}
	return edits
}

// openerFor returns the nearest delimiter before ds[ci] that can open what
// ds[ci] closes, or -1: active, of the same character (and, for
// strike-through, the same length), and not barred by the rule of three.
func openerFor(ds []delim, ci int) int {
	c := &ds[ci]
	for k := ci - 1; k >= 0; k-- {
		o := &ds[k]
		switch {
		case !o.active || !o.open || o.n == 0 || o.ch != c.ch:
		case c.ch == '~' && o.n != c.n:
		case c.ch != '~' && (o.close || c.open) && (o.orig+c.orig)%3 == 0 && (o.orig%3 != 0 || c.orig%3 != 0):
		default:
			return k
		}
	}
	return -1
}

// pairDelims pairs the opener ds[oi] with the closer ds[ci]: it deletes
// the characters they use (two where both have two, one else, all of a
// strike-through) and deactivates the delimiters between them.
func pairDelims(edits []edit, ds []delim, oi, ci int) []edit {
	o, c := &ds[oi], &ds[ci]
	use := 1
	if o.n >= 2 && c.n >= 2 {
		use = 2
	}
	if c.ch == '~' {
		use = c.n
	}
	edits = append(edits,
		edit{start: o.pos + o.left + o.n - use, end: o.pos + o.left + o.n},
		edit{start: c.pos + c.left, end: c.pos + c.left + use})
	o.n -= use
	c.n -= use
	c.left += use
	for k := oi + 1; k < ci; k++ {
		ds[k].active = false
	}
	return edits
}
