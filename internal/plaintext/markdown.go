package plaintext

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
)

// ParseMarkdown reads a Markdown article. YAML front matter (title,
// author or authors, date, outlet, publisher or site, url, lang) goes into
// Meta and not into Text. Markdown syntax is stripped from Text: emphasis
// and code markers, link brackets and destinations (the link text stays),
// images, HTML tags and comments, heading marks, list markers, quotation
// marks, code fences, reference definitions and table pipes. Blocks are
// joined by a blank line. Exact anchors map every other text offset to the
// byte of the file it was copied from, so positions are the file's lines
// and columns; the few synthetic characters (block separators, decoded
// entities) have anchors that are not exact. A block's Source is the raw
// offset of its first byte of text.
//
// It follows CommonMark's block and inline structure where articles use it;
// indented code blocks are not recognised (an indented paragraph is a
// paragraph), and a file whose paragraphs are written one per long line is
// read one block per line, as ParseText does.
func ParseMarkdown(raw []byte) (*article.Document, error) {
	s := string(raw)
	start := 0
	if strings.HasPrefix(s, bom) {
		start = len(bom)
	}
	doc := &article.Document{Format: article.Markdown, Raw: raw}
	if n := frontMatter(s[start:], &doc.Meta); n > 0 {
		start += n
	}
	p := mdParser{raw: s, refs: map[string]bool{}}
	p.parse(start)
	units := p.build()
	if len(units) == 0 {
		return nil, fmt.Errorf("plaintext: %w", ErrEmpty)
	}
	doc.Text = string(p.tb.b)
	doc.Anchors = p.tb.anchors
	doc.Blocks = classify(doc.Text, units, &doc.Meta)
	for i := range doc.Blocks {
		doc.Blocks[i].Source = doc.RawOffset(doc.Blocks[i].Start)
	}
	finishMeta(&doc.Meta)
	doc.Index()
	return doc, nil
}

// mdBlock is a block of Markdown found by the block parser.
type mdBlock struct {
	kind     article.BlockKind
	level    int  // heading level
	code     bool // literal content: no inline markup
	table    bool // a table row: pipes separate cells
	explicit bool // the kind comes from syntax, not from a paragraph
	segs     []seg
}

type mdParser struct {
	raw    string
	lines  []line
	blocks []*mdBlock
	refs   map[string]bool // link reference labels, normalised
	para   *mdBlock        // the open paragraph, if any
	tb     textBuilder
}

var (
	atxRE      = regexp.MustCompile(`^(#{1,6})(?:[ \t]+|$)`)
	setextRE   = regexp.MustCompile(`^(?:=+|-+)[ \t]*$`)
	breakRE    = regexp.MustCompile(`^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	fenceRE    = regexp.MustCompile("^(`{3,}|~{3,})")
	refDefRE   = regexp.MustCompile(`^\[([^\]]+)\]:[ \t]*<?[^ \t>]+>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$`)
	footDefRE  = regexp.MustCompile(`^\[\^[^\]\s]+\]:[ \t]*`)
	tableSepRE = regexp.MustCompile(`^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$`)
	rawHTMLRE  = regexp.MustCompile(`(?i)^<(script|style|iframe|noscript|svg|object|template)\b`)
)

// indent is the width of the white space before the content of l, with tabs
// to the next multiple of four.
func (p *mdParser) indent(l line) int {
	w := 0
	for i := l.start; i < l.cs; i++ {
		if p.raw[i] == '\t' {
			w += 4 - w%4
		} else {
			w++
		}
	}
	return w
}

func (p *mdParser) flush() { p.para = nil }

func (p *mdParser) add(b *mdBlock) {
	p.flush()
	p.blocks = append(p.blocks, b)
}

// lineSeg is the content of line l from offset from on, trimmed.
func (p *mdParser) lineSeg(l line, from int) seg {
	cs, ce := trimSpace(p.raw, max(from, l.cs), l.ce)
	nl := -1
	if l.end < len(p.raw) {
		nl = l.end
		if p.raw[nl] == '\r' {
			nl++
		}
		if nl >= len(p.raw) || p.raw[nl] != '\n' {
			nl = -1
		}
	}
	return seg{start: cs, end: ce, nl: nl}
}

// openItem is the list item open while parsing, if any.
type openItem struct {
	block      *mdBlock // nil where none is open
	indent     int      // where its content starts, in columns
	afterBlank bool     // a blank line came after it
}

// parse reads the block structure of raw from offset start.
func (p *mdParser) parse(start int) {
	all := splitLines(p.raw)
	first := sort.Search(len(all), func(i int) bool { return all[i].start >= start })
	p.lines = all[first:]
	var item openItem
	for i := 0; i < len(p.lines); i++ {
		i = p.parseLine(i, &item)
	}
}

// parseLine reads line i, with the list item open before it, and returns
// the index of the last line it took.
func (p *mdParser) parseLine(i int, item *openItem) int {
	l := p.lines[i]
	if l.blank() {
		p.flush()
		if item.block != nil {
			item.afterBlank = true
		}
		return i
	}
	ind := p.indent(l)
	content := p.raw[l.cs:l.ce]
	lazy := p.para != nil || item.block != nil && !item.afterBlank
	if item.block != nil && p.continuesItem(l, ind, content, item) {
		return i
	}
	if ind > 3 && item.block == nil {
		p.addText(l) // no indented code: an indented line is text
		return i
	}
	if j, ok := p.syntaxLine(i, content, item); ok {
		return j
	}
	if breakRE.MatchString(content) {
		p.flush()
		item.block = nil
		return i
	}
	if n := listMarker(content); n > 0 && (!lazy || p.para == nil || p.para.kind != article.Paragraph || interrupts(content)) {
		p.listItem(l, ind, n, item)
		return i
	}
	if p.para == nil && strings.Contains(content, "|") && i+1 < len(p.lines) && p.isTableSep(p.lines[i+1]) {
		item.block = nil
		return p.table(i)
	}
	p.addText(l)
	return i
}

// addText adds line l to the open paragraph, or opens one with it.
func (p *mdParser) addText(l line) {
	if p.para != nil {
		p.para.segs = append(p.para.segs, p.lineSeg(l, l.cs))
		return
	}
	p.para = &mdBlock{kind: article.Paragraph, segs: []seg{p.lineSeg(l, l.cs)}}
	p.blocks = append(p.blocks, p.para)
}

// continuesItem reports whether line l, indented ind columns, continues
// the open list item: as a further paragraph of it, after a blank line, or
// as more of its text. Otherwise it closes the item where a blank line
// came before a line less indented than its content.
func (p *mdParser) continuesItem(l line, ind int, content string, item *openItem) bool {
	switch {
	case ind >= item.indent && item.afterBlank && !p.startsBlock(content, ind-item.indent):
		item.block = &mdBlock{kind: article.ListItem, explicit: true, segs: []seg{p.lineSeg(l, l.cs)}}
		p.add(item.block)
		p.para = item.block
		item.afterBlank = false
		return true
	case !item.afterBlank && !p.startsBlock(content, 0) && p.para == item.block:
		item.block.segs = append(item.block.segs, p.lineSeg(l, l.cs))
		return true
	}
	if item.afterBlank && ind < item.indent && listMarker(content) == 0 {
		item.block = nil
	}
	item.afterBlank = false
	return false
}

// syntaxLine reads line i where its first character opens Markdown syntax:
// a code fence, an ATX heading, a setext underline, an HTML block, a link
// reference or footnote definition, a block quotation. It returns the
// index of the last line it took, and false where the line is none of
// them.
func (p *mdParser) syntaxLine(i int, content string, item *openItem) (int, bool) {
	l := p.lines[i]
	switch c := content[0]; c {
	case '`', '~':
		if m := fenceRE.FindString(content); m != "" && (c == '~' || !strings.Contains(content[len(m):], "`")) {
			item.block = nil
			return p.fence(i, m), true
		}
	case '#':
		if m := atxRE.FindStringSubmatch(content); m != nil {
			p.heading(l, len(m[1]), l.cs+len(m[0]))
			item.block = nil
			return i, true
		}
	case '=', '-':
		if p.para != nil && p.para.kind == article.Paragraph && !lazyItem(item.block, p.para) && setextRE.MatchString(content) {
			p.para.kind, p.para.explicit = article.Heading, true
			p.para.level = 1
			if c == '-' {
				p.para.level = 2
			}
			p.flush()
			return i, true
		}
	case '<':
		if j, ok := p.htmlBlock(i); ok {
			return j, true
		}
	case '[':
		return i, p.definition(l, content)
	case '>':
		item.block = nil
		return p.quote(i), true
	}
	return i, false
}

// definition reads a link reference definition or a footnote definition
// at line l, and reports whether it found one.
func (p *mdParser) definition(l line, content string) bool {
	if p.para == nil && refDefRE.MatchString(content) {
		m := refDefRE.FindStringSubmatch(content)
		p.refs[normLabel(m[1])] = true
		return true
	}
	if m := footDefRE.FindString(content); m != "" && p.para == nil {
		b := &mdBlock{kind: article.References, explicit: true, segs: []seg{p.lineSeg(l, l.cs+len(m))}}
		p.add(b)
		p.para = b
		return true
	}
	return false
}

// listItem opens a list item at line l, indented ind columns, whose marker
// and the space after it take n bytes; a task list box goes with the
// marker.
func (p *mdParser) listItem(l line, ind, n int, item *openItem) {
	at := l.cs + n
	if rest := p.raw[at:l.ce]; len(rest) >= 4 && rest[0] == '[' && rest[2] == ']' && (rest[1] == ' ' || rest[1] == 'x' || rest[1] == 'X') && (rest[3] == ' ' || rest[3] == '\t') {
		at += 4
	}
	item.block = &mdBlock{kind: article.ListItem, explicit: true, segs: []seg{p.lineSeg(l, at)}}
	item.indent = ind + n
	p.add(item.block)
	p.para = item.block
	item.afterBlank = false
}

// lazyItem reports whether the open paragraph is a list item's text, which
// a setext underline cannot turn into a heading.
func lazyItem(item, para *mdBlock) bool { return item != nil && para == item }

// startsBlock reports whether a line's content opens a block of its own
// (and so cannot continue a paragraph lazily).
func (p *mdParser) startsBlock(content string, ind int) bool {
	if ind > 3 {
		return false
	}
	switch content[0] {
	case '#':
		return atxRE.MatchString(content)
	case '>':
		return true
	case '`', '~':
		return fenceRE.MatchString(content)
	}
	return breakRE.MatchString(content) || listMarker(content) > 0
}

// listMarker returns the length of a list marker and the space after it
// at the start of content ("- ", "* ", "+ ", "1. ", "1) ", "• "), or 0.
func listMarker(content string) int {
	c := content[0]
	n := 0
	switch {
	case c == '-' || c == '*' || c == '+':
		n = 1
	case c >= '0' && c <= '9':
		for n < len(content) && n < 9 && content[n] >= '0' && content[n] <= '9' {
			n++
		}
		if n >= len(content) || content[n] != '.' && content[n] != ')' {
			return 0
		}
		n++
	case strings.HasPrefix(content, "•"):
		n = len("•")
	default:
		return 0
	}
	if n >= len(content) || content[n] != ' ' && content[n] != '\t' {
		return 0
	}
	// Up to four spaces go with the marker.
	k := n
	for k < len(content) && k-n < 4 && (content[k] == ' ' || content[k] == '\t') {
		k++
	}
	return k
}

// interrupts reports whether a list item may interrupt a paragraph: a
// bullet, or a numbered item starting at 1.
func interrupts(content string) bool {
	c := content[0]
	return c < '0' || c > '9' || strings.HasPrefix(content, "1.") || strings.HasPrefix(content, "1)")
}

// heading adds an ATX heading whose text starts at raw offset from.
func (p *mdParser) heading(l line, level, from int) {
	sg := p.lineSeg(l, from)
	// A closing sequence of #'s preceded by a space goes.
	t := p.raw[sg.start:sg.end]
	if j := strings.TrimRight(t, "#"); len(j) < len(t) && (j == "" || strings.HasSuffix(j, " ") || strings.HasSuffix(j, "\t")) {
		_, sg.end = trimSpace(p.raw, sg.start, sg.start+len(j))
	}
	p.flush()
	if sg.start < sg.end {
		p.add(&mdBlock{kind: article.Heading, level: level, explicit: true, segs: []seg{sg}})
	}
}

// fence reads a fenced code block opening at line i and returns the index
// of its last line. Its content is kept as a block giving no claims.
func (p *mdParser) fence(i int, open string) int {
	p.flush()
	b := &mdBlock{kind: article.Boilerplate, code: true, explicit: true}
	j := i + 1
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		c := p.raw[l.cs:l.ce]
		if p.indent(l) <= 3 && strings.HasPrefix(c, open[:1]) && len(fenceRE.FindString(c)) >= len(open) && strings.TrimLeft(c, open[:1]) == "" {
			break
		}
		if !l.blank() {
			b.segs = append(b.segs, p.lineSeg(l, l.cs))
		}
	}
	if len(b.segs) > 0 {
		p.add(b)
	}
	return min(j, len(p.lines)-1)
}

// htmlBlock skips HTML that stands on lines of its own: comments, raw
// elements (script, style, ...) and lines made of tags only. It returns
// the index of the last line skipped.
func (p *mdParser) htmlBlock(i int) (int, bool) {
	l := p.lines[i]
	content := p.raw[l.cs:l.ce]
	switch {
	case strings.HasPrefix(content, "<!--"):
		k := strings.Index(p.raw[l.cs:], "-->")
		if k < 0 {
			return 0, false
		}
		stop := l.cs + k + 3
		j := i
		for j+1 < len(p.lines) && p.lines[j].end < stop {
			j++
		}
		if t := p.raw[stop:p.lines[j].ce]; strings.TrimSpace(t) != "" {
			return 0, false // text after the comment: leave to the inline pass
		}
		p.flush()
		return j, true
	case rawHTMLRE.MatchString(content):
		name := strings.ToLower(rawHTMLRE.FindStringSubmatch(content)[1])
		closeTag := "</" + name
		j := i
		for ; j < len(p.lines); j++ {
			if strings.Contains(strings.ToLower(p.raw[p.lines[j].start:p.lines[j].end]), closeTag) {
				break
			}
		}
		p.flush()
		return min(j, len(p.lines)-1), true
	}
	// A line of tags only.
	for k := 0; k < len(content); {
		if content[k] == ' ' || content[k] == '\t' {
			k++
			continue
		}
		if content[k] != '<' {
			return 0, false
		}
		j, _, ok := htmlTag(content, k)
		if !ok {
			return 0, false
		}
		k = j
	}
	p.flush()
	return i, true
}

// quote reads a block quotation opening at line i and returns the index of
// its last line. Each paragraph inside becomes a quote block.
func (p *mdParser) quote(i int) int {
	p.flush()
	var cur *mdBlock
	j := i
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() {
			break
		}
		at := l.cs
		quoted := false
		for at < l.ce && p.raw[at] == '>' && (at == l.cs || quoted) {
			quoted = true
			at++
			if at < l.ce && p.raw[at] == ' ' {
				at++
			}
			for at < l.ce && (p.raw[at] == ' ' || p.raw[at] == '\t') {
				at++
			}
		}
		if !quoted {
			// A lazy continuation line, unless it opens a block.
			if cur == nil || p.startsBlock(p.raw[l.cs:l.ce], p.indent(l)) {
				break
			}
		}
		if at >= l.ce {
			cur = nil // ">" alone: a paragraph break
			continue
		}
		inner := p.raw[at:l.ce]
		if m := atxRE.FindString(inner); m != "" {
			at += len(m)
			cur = nil
		} else if n := listMarker(inner); n > 0 {
			at += n
			cur = nil
		}
		if cur == nil {
			cur = &mdBlock{kind: article.Quote, explicit: true}
			p.blocks = append(p.blocks, cur)
		}
		cur.segs = append(cur.segs, p.lineSeg(l, at))
	}
	p.flush()
	return j - 1
}

// isTableSep reports whether l is the delimiter row of a table.
func (p *mdParser) isTableSep(l line) bool {
	c := p.raw[l.cs:l.ce]
	return strings.Contains(c, "-") && (strings.Contains(c, "|") || strings.Contains(c, ":")) && tableSepRE.MatchString(c)
}

// table reads a table whose header row is line i and returns the index of
// its last row. The header becomes a heading, each row a list item.
func (p *mdParser) table(i int) int {
	p.flush()
	row := func(l line, kind article.BlockKind) {
		sg := p.lineSeg(l, l.cs)
		if sg.start < sg.end && p.raw[sg.start] == '|' {
			sg.start++
		}
		if sg.end > sg.start && p.raw[sg.end-1] == '|' && (sg.end-2 < sg.start || p.raw[sg.end-2] != '\\') {
			sg.end--
		}
		sg.start, sg.end = trimSpace(p.raw, sg.start, sg.end)
		if sg.start < sg.end {
			p.blocks = append(p.blocks, &mdBlock{kind: kind, explicit: true, table: true, segs: []seg{sg}})
		}
	}
	row(p.lines[i], article.Heading)
	j := i + 2
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		if l.blank() || !strings.Contains(p.raw[l.cs:l.ce], "|") {
			break
		}
		row(l, article.ListItem)
	}
	return j - 1
}

// build writes the text of the blocks, stripped of inline markup and
// joined by blank lines, and returns the candidate blocks for classify.
func (p *mdParser) build() []unit {
	units := make([]unit, 0, len(p.blocks))
	breaks := make([][]int, 0, len(p.blocks)) // per unit: text offsets of its line starts after the first
	p.tb.b = make([]byte, 0, len(p.raw)+len(p.raw)/8)
	p.tb.anchors = make([]article.Anchor, 0, 2*len(p.blocks)+8)
	for _, b := range p.blocks {
		if len(b.segs) == 0 {
			continue
		}
		it := newInline(p.raw, b.segs)
		var edits []edit
		if !b.code {
			edits = inlineEdits(it.v, p.refs, b.table)
		}
		mark, nanchors := p.tb.len(), len(p.tb.anchors)
		if len(units) > 0 {
			p.tb.synth(article.BlockSeparator, b.segs[0].start)
		}
		start := p.tb.len()
		brk := it.emit(p.raw, &p.tb, edits)
		s, e := trimBytes(p.tb.b, start, p.tb.len())
		if s == e {
			// Nothing left (an image alone): drop the block and its separator.
			p.tb.b = p.tb.b[:mark]
			p.tb.anchors = p.tb.anchors[:nanchors]
			p.tb.exact = false
			continue
		}
		units = append(units, unit{
			Span:     article.Span{Start: s, End: e},
			kind:     b.kind,
			lines:    len(brk) + 1,
			gap:      true,
			explicit: b.explicit,
			level:    b.level,
		})
		breaks = append(breaks, brk)
	}
	text := string(p.tb.b)
	// Split paragraphs at their line breaks where the file writes one
	// paragraph per line, and around lines that on their own are a
	// byline, dateline or other non-prose line.
	var lines []line
	for i, u := range units {
		if u.kind != article.Paragraph || len(breaks[i]) == 0 {
			continue
		}
		for _, l := range unitLines(text, u, breaks[i]) {
			lines = append(lines, line{start: l.Start, end: l.End, cs: l.Start, ce: l.End, runes: runesUpTo(text[l.Start:l.End], wrapLimit+1)})
		}
		lines = append(lines, line{}) // a blank line between paragraphs
	}
	// Short lines are soft breaks in Markdown; only lines too long for any
	// wrap width make a paragraph each.
	lay := detectLayout(lines, func(int) bool { return true })
	perLine := lay.perLine && !lay.narrow
	out := make([]unit, 0, len(units))
	for i, u := range units {
		if u.kind != article.Paragraph || len(breaks[i]) == 0 {
			out = append(out, u)
			continue
		}
		out = append(out, splitUnit(text, u, breaks[i], perLine)...)
	}
	return out
}

// trimBytes is trimSpace for the text being built.
func trimBytes(b []byte, start, end int) (int, int) {
	for start < end && isSpaceByte(b[start]) {
		start++
	}
	for end > start && isSpaceByte(b[end-1]) {
		end--
	}
	if start < end && (b[start] >= utf8.RuneSelf || b[end-1] >= utf8.RuneSelf) {
		s, e := trimSpace(string(b[start:end]), 0, end-start)
		return start + s, start + e
	}
	return start, end
}

// unitLines returns the non-blank lines of a unit, trimmed.
func unitLines(text string, u unit, breaks []int) []article.Span {
	var ls []article.Span
	starts := append([]int{u.Start}, breaks...)
	for k, st := range starts {
		end := u.End
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		cs, ce := trimSpace(text, max(st, u.Start), min(end, u.End))
		if cs < ce {
			ls = append(ls, article.Span{Start: cs, End: ce})
		}
	}
	return ls
}

// splitUnit cuts a multi-line unit at its line starts: at every one when
// perLine, otherwise around lines that on their own are not prose.
func splitUnit(text string, u unit, breaks []int, perLine bool) []unit {
	ls := unitLines(text, u, breaks)
	cut := make([]bool, len(ls)) // cut before line k
	for k, l := range ls {
		if perLine {
			cut[k] = true
			continue
		}
		ft := newFeat(text[l.Start:l.End])
		if ft.words <= 15 {
			if kind, _ := match(&ft); kind != "" {
				cut[k] = true
				if k+1 < len(ls) {
					cut[k+1] = true
				}
			}
		}
	}
	var out []unit
	for k, l := range ls {
		if k == 0 || cut[k] {
			nu := u
			nu.Span = l
			nu.lines = 1
			nu.gap = k == 0 && u.gap
			out = append(out, nu)
			continue
		}
		last := &out[len(out)-1]
		last.End = l.End
		last.lines++
	}
	return out
}
