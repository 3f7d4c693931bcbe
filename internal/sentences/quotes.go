package sentences

import (
	"strings"

	"github.com/auditnews/audit/article"
)

type quoteFamily uint8

const (
	doubleQuote quoteFamily = iota // " “ ” „ « » ''
	singleQuote                    // ' ‘ ’ ‹ ›
)

type quoteRole uint8

const (
	noRole     quoteRole = iota // an apostrophe or a stray mark
	openRole                    // opens a quotation
	closeRole                   // closes one
	eitherRole                  // a straight mark inside a word: open or close by state
)

type quoteMark struct {
	pos, end int // byte range in the block
	fam      quoteFamily
	role     quoteRole
	straight bool
}

type openQuote struct {
	pos int // offset in the document
	fam quoteFamily
}

// maxNesting bounds the stack of open quotations; deeper openings are
// ignored.
const maxNesting = 16

// quoteScanner follows open quotations through the lines and blocks of a
// document. It finds the spans of quoted speech, from the opening to the
// closing quotation mark inclusive, in order and without overlap;
// quotations nested inside others are part of the outer span. Curly and
// straight quotation marks, guillemets, and pairs of apostrophes standing
// for double marks (as some news archives print them) are recognised;
// apostrophes (don’t, Sheinbaum’s, '90s, rock 'n' roll) are not taken for
// quotation marks.
//
// A quotation whose closing mark is missing at the end of a paragraph ends
// there, unless the next paragraph starts with an opening mark: by news
// convention the quotation then goes on in that paragraph. Paragraphs are
// separated by blank lines; a single line break continues an open quotation
// when the next line starts with an opening mark or when the next quotation
// mark that follows is a closing one (hard-wrapped text).
type quoteScanner struct {
	out   []article.Span
	stack []openQuote
	// openEnd is the end, in document offsets, of the last line seen while
	// a quotation was open: where the quotation ends if it is not
	// continued.
	openEnd int
	marks   []quoteMark

	// Cached look-ahead for a quotation left open at a single line break:
	// up to aheadUntil (block offset) the answer is aheadGoesOn.
	aheadFrom, aheadUntil int
	aheadGoesOn           bool
}

// flush ends an open quotation at the end of the last line seen.
func (q *quoteScanner) flush() {
	if len(q.stack) > 0 {
		q.out = append(q.out, article.Span{Start: q.stack[0].pos, End: q.openEnd})
		q.stack = q.stack[:0]
	}
}

// block scans one block of text whose first byte is at offset base of the
// document. A quotation left open by the previous block goes on only if the
// block starts with an opening mark.
func (q *quoteScanner) block(text string, base int) {
	q.aheadFrom, q.aheadUntil = 0, -1
	lineStart, blank := 0, true // the block start counts as a paragraph break
	for lineStart <= len(text) {
		lineEnd := len(text)
		if nl := strings.IndexByte(text[lineStart:], '\n'); nl >= 0 {
			lineEnd = lineStart + nl
		}
		first, _ := skipSpace(text[:lineEnd], lineStart)
		if first == lineEnd {
			blank = true // an empty line: a paragraph break
		} else {
			q.marks = collectMarks(q.marks[:0], text, first, lineEnd)
			marks := q.marks
			if len(q.stack) > 0 {
				marks = q.carryOver(text, marks, first, blank)
			}
			q.resolve(marks, base)
			if len(q.stack) > 0 {
				q.openEnd = base + trimRight(text, first, lineEnd)
			}
			blank = false
		}
		if lineEnd == len(text) {
			break
		}
		lineStart = lineEnd + 1
	}
}

// carryOver decides, at the start of a line while a quotation is open,
// whether it goes on; it returns the marks of the line left to resolve.
func (q *quoteScanner) carryOver(text string, marks []quoteMark, first int, paraBreak bool) []quoteMark {
	bottom := q.stack[0]
	if len(marks) > 0 && marks[0].pos == first && marks[0].fam == bottom.fam &&
		(marks[0].role == openRole || marks[0].role == eitherRole) {
		// News convention: the new paragraph reopens the quotation.
		q.stack = q.stack[:1]
		return marks[1:]
	}
	if !paraBreak && q.closesAhead(text, first, bottom.fam) {
		return marks // a hard-wrapped line inside the quotation
	}
	q.flush()
	return marks
}

// closesAhead reports whether the first quotation mark of family fam from
// text[from:] to the end of the paragraph closes a quotation. The answer is
// cached up to that mark, so a paragraph is scanned once.
func (q *quoteScanner) closesAhead(text string, from int, fam quoteFamily) bool {
	if from >= q.aheadFrom && from < q.aheadUntil {
		return q.aheadGoesOn
	}
	goesOn, until := false, len(text)
	var buf [8]quoteMark
	for k := from; ; {
		lineEnd := len(text)
		if nl := strings.IndexByte(text[k:], '\n'); nl >= 0 {
			lineEnd = k + nl
		}
		found := false
		for _, m := range collectMarks(buf[:0], text, k, lineEnd) {
			if m.fam == fam && m.role != noRole {
				goesOn, until, found = m.role != openRole, m.pos+1, true
				break
			}
		}
		if found || lineEnd == len(text) {
			break
		}
		p, nls := skipSpace(text, lineEnd)
		if nls >= 2 || p >= len(text) {
			until = p // the paragraph ends without a mark
			break
		}
		k = p
	}
	q.aheadFrom, q.aheadUntil, q.aheadGoesOn = from, until, goesOn
	return goesOn
}

// resolve matches the marks of one line against the open quotations.
func (q *quoteScanner) resolve(marks []quoteMark, base int) {
	for _, m := range marks {
		role := m.role
		if role == eitherRole {
			role = openRole
			for _, o := range q.stack {
				if o.fam == m.fam {
					role = closeRole
					break
				}
			}
		}
		switch role {
		case openRole:
			if len(q.stack) < maxNesting {
				q.stack = append(q.stack, openQuote{pos: base + m.pos, fam: m.fam})
			}
		case closeRole:
			i := len(q.stack) - 1
			for ; i >= 0; i-- {
				if q.stack[i].fam == m.fam {
					break
				}
				if m.fam == singleQuote && q.stack[i].fam == doubleQuote {
					i = -1 // a single mark does not close across a double quotation
					break
				}
			}
			if i < 0 {
				continue // an apostrophe ("officials’ views") or a stray mark
			}
			if i == 0 {
				q.out = append(q.out, article.Span{Start: q.stack[0].pos, End: base + m.end})
			}
			q.stack = q.stack[:i]
		}
	}
}

// collectMarks appends the quotation marks of text[from:to] to dst, each
// with the role its neighbours give it. Straight single marks that open a
// quotation no later mark of the line closes are apostrophes.
func collectMarks(dst []quoteMark, text string, from, to int) []quoteMark {
	start := len(dst)
	for i := from; i < to; {
		c := text[i]
		if ascii[c]&clQuote == 0 {
			i++
			continue
		}
		var m quoteMark
		switch c {
		case '"':
			m = quoteMark{pos: i, end: i + 1, fam: doubleQuote, straight: true}
		case '\'':
			m = quoteMark{pos: i, end: i + 1, fam: singleQuote, straight: true}
			if i+1 < to && text[i+1] == '\'' {
				m = quoteMark{pos: i, end: i + 2, fam: doubleQuote, straight: true}
			}
		case '`':
			if i+1 >= to || text[i+1] != '`' {
				i++
				continue
			}
			m = quoteMark{pos: i, end: i + 2, fam: doubleQuote, role: openRole}
		case 0xC2:
			if i+1 >= to || text[i+1] != 0xAB && text[i+1] != 0xBB { // « »
				i++
				continue
			}
			m = quoteMark{pos: i, end: i + 2, fam: doubleQuote, role: shapeRole(text[i+1] == 0xAB)}
		default: // 0xE2
			var next int
			if m, next = curlyMark(text, i, to); next > i {
				i = next
				continue
			}
		}
		m.role = markRole(text, m)
		if m.role != noRole {
			dst = append(dst, m)
		}
		i = m.end
	}
	dropApostrophes(dst[start:])
	return dst
}

// curlyMark reads the mark that starts with the byte E2 at text[i]: a
// curly quotation mark, a pair of curly single marks standing for a double
// one, or a single guillemet. Where it is none it returns the offset to go
// on from instead.
func curlyMark(text string, i, to int) (quoteMark, int) {
	if i+2 >= to || text[i+1] != 0x80 {
		return quoteMark{}, i + 1
	}
	switch text[i+2] {
	case 0x9C, 0x9E: // “ „
		return quoteMark{pos: i, end: i + 3, fam: doubleQuote, role: openRole}, 0
	case 0x9D: // ”
		return quoteMark{pos: i, end: i + 3, fam: doubleQuote, role: closeRole}, 0
	case 0x98: // ‘
		if strings.HasPrefix(text[i+3:to], "‘") { // ‘‘ for “
			return quoteMark{pos: i, end: i + 6, fam: doubleQuote, role: openRole}, 0
		}
		return quoteMark{pos: i, end: i + 3, fam: singleQuote, role: openRole}, 0
	case 0x99: // ’
		if strings.HasPrefix(text[i+3:to], "’") { // ’’ for ”
			return quoteMark{pos: i, end: i + 6, fam: doubleQuote, role: closeRole}, 0
		}
		return quoteMark{pos: i, end: i + 3, fam: singleQuote, role: closeRole}, 0
	case 0xB9, 0xBA: // ‹ ›
		return quoteMark{pos: i, end: i + 3, fam: singleQuote, role: shapeRole(text[i+2] == 0xB9)}, 0
	}
	return quoteMark{}, i + 3
}

// dropApostrophes takes the role away from straight single opening marks
// of a line with no closing single mark after them: they are apostrophes
// ('Tis, rock 'n roll).
func dropApostrophes(marks []quoteMark) {
	closer := false
	for k := len(marks) - 1; k >= 0; k-- {
		m := &marks[k]
		if m.fam != singleQuote {
			continue
		}
		switch {
		case m.role == closeRole || m.role == eitherRole:
			closer = true
		case m.role == openRole && m.straight && !closer:
			m.role = noRole
		}
	}
}

func shapeRole(open bool) quoteRole {
	if open {
		return openRole
	}
	return closeRole
}

// markRole gives a quotation mark its role from its neighbours: a mark
// after white space and before a word opens, one after a word and before
// white space or punctuation closes. The shape of a curly mark decides
// where the neighbours do not. For single marks, apostrophes inside words
// and before elided digits or words have no role.
func markRole(text string, m quoteMark) quoteRole {
	shape := m.role // the role the glyph suggests; noRole for straight marks
	before, _ := runeBefore(text, m.pos)
	after, _ := runeAt(text, m.end)
	if m.fam == singleQuote {
		switch {
		case isAlnum(before) && isLetter(after):
			return noRole // don’t, O’Neill, rock’n’roll
		case isDigit(after) && !isAlnum(before):
			return noRole // ’90s
		case !isAlnum(before) && isLetter(after) && elisions[wordAt(text, m.end)]:
			return noRole // ’em, 'til
		}
	}
	openSide := opensAfter(text, m.pos)
	closeSide := closesBefore(text, m.end)
	switch {
	case openSide && !closeSide:
		return openRole
	case closeSide && !openSide:
		return closeRole
	case shape != noRole:
		return shape
	case openSide:
		// White space on both sides: a closing mark set off by a space
		// after the end of the quoted words (`mean? " Clinton asked`),
		// or a stray mark.
		if spacedCloser(text, m.pos) {
			return closeRole
		}
		return noRole
	}
	if m.fam == singleQuote {
		return noRole
	}
	return eitherRole
}

// opensAfter reports whether a quotation mark at text[pos] stands where a
// quotation can open: at the start, after white space, an opening bracket,
// a dash or another opening mark.
func opensAfter(text string, pos int) bool {
	for k := 0; k < 4; k++ {
		r, n := runeBefore(text, pos)
		switch {
		case n == 0:
			return true
		case isSpaceRune(r):
			return true
		case r == '“' || r == '‘' || r == '«' || r == '„' || r == '"' || r == '\'' || r == '`':
			pos -= n // look through a run of marks
			continue
		}
		switch r {
		case '(', '[', '{', '—', '–', '-', '/', '¿', '¡':
			return true
		}
		return false
	}
	return false
}

// closesBefore reports whether a quotation mark ending at text[end] stands
// where a quotation can close: at the end, before white space, closing
// punctuation or a dash.
func closesBefore(text string, end int) bool {
	for k := 0; k < 4; k++ {
		r, n := runeAt(text, end)
		switch {
		case n == 0:
			return true
		case isSpaceRune(r):
			return true
		case r == '”' || r == '’' || r == '»' || r == '"' || r == '\'':
			end += n
			continue
		case r == '.':
			// A period that ends the sentence, not one that starts an
			// ellipsis or a number inside the quotation.
			nr, _ := runeAt(text, end+1)
			return !isAlnum(nr) && nr != '.'
		}
		switch r {
		case ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '/':
			return true
		}
		return false
	}
	return false
}

// wordAt returns the run of ASCII letters at text[i].
func wordAt(text string, i int) string {
	k := i
	for k < len(text) && ascii[text[k]]&(clLower|clUpper) != 0 {
		k++
	}
	return text[i:k]
}

// spacedCloser reports whether the mark at text[pos] follows white space
// that follows the punctuation or quotation mark ending a quotation.
func spacedCloser(text string, pos int) bool {
	n := spaceBefore(text, pos)
	if n == 0 || text[pos-n] == '\n' {
		return false
	}
	r, _ := runeBefore(text, pos-n)
	switch r {
	case '.', ',', '!', '?', ';', '…', '\'', '’', '”':
		return true
	}
	return false
}

// Quotations returns the spans of quoted speech in a text, quotation
// marks included, read paragraph by paragraph as Apply reads them.
func Quotations(text string) []article.Span {
	var q quoteScanner
	q.block(text, 0)
	q.flush()
	return q.out
}
