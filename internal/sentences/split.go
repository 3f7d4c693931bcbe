package sentences

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/words"
)

// appendSplit appends the sentences of one block of text, shifted by base,
// to dst, in order. Spans never start or end with white space and never
// overlap; text that holds no letter or digit gives no sentence. A blank line
// always ends a sentence; a single line break ends one only where the lines
// look like separate items (see the package tests for the cases covered).
func appendSplit(dst []article.Span, text string, base int) []article.Span {
	s := splitter{text: text, dst: dst, base: base, wrapTo: -1}
	s.run()
	return s.dst
}

type splitter struct {
	text string
	dst  []article.Span
	base int

	start     int  // first byte of the current sentence
	checked   int  // text[start:checked] is known to hold no letter or digit
	alnum     bool // the current sentence is known to hold a letter or digit
	paraStart int  // first byte of the current paragraph (after a blank line)

	// Whether the paragraph text[wrapFrom:wrapTo] is hard-wrapped prose,
	// computed when first needed.
	wrapFrom, wrapTo int
	wrapped          bool
}

func (s *splitter) run() {
	text := s.text
	n := len(text)
	start, _ := skipSpace(text, 0)
	s.setStart(start)
	i := s.start
	for i < n {
		c := text[i]
		if ascii[c]&clCandidate == 0 {
			i++
			continue
		}
		switch c {
		case '.', '!', '?':
			i = s.terminator(i)
		case '\n':
			i = s.lineBreak(i)
		case '\r':
			if i+1 < n && text[i+1] == '\n' {
				i++
			} else {
				i = s.lineBreak(i)
			}
		case 0xE2:
			if strings.HasPrefix(text[i:], "…") {
				i = s.terminator(i)
			} else if strings.HasPrefix(text[i:], "\u2028") || strings.HasPrefix(text[i:], "\u2029") {
				i = s.lineBreak(i)
			} else {
				i++
			}
		default:
			i++
		}
	}
	s.emit(n, true)
}

// emit ends the current sentence at end (white space before end is
// trimmed). A fragment with no letter or digit is kept for the next sentence,
// or dropped at the end of a paragraph. It reports whether the current
// sentence is finished, in which case the caller sets s.start.
func (s *splitter) emit(end int, para bool) bool {
	end = trimRight(s.text, s.start, end)
	if end <= s.start {
		return true
	}
	if !s.hasAlnum(end) {
		return para
	}
	s.dst = append(s.dst, article.Span{Start: s.base + s.start, End: s.base + end})
	return true
}

// hasAlnum reports whether text[s.start:end] holds a letter or digit.
func (s *splitter) hasAlnum(end int) bool {
	if s.alnum {
		return true
	}
	for i := max(s.checked, s.start); i < end; {
		c := s.text[i]
		if c < utf8.RuneSelf {
			if ascii[c]&(clLower|clUpper|clDigit) != 0 {
				s.alnum = true
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s.text[i:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			s.alnum = true
			return true
		}
		i += n
	}
	s.checked = end
	return false
}

// setStart begins a new sentence at p.
func (s *splitter) setStart(p int) {
	s.start, s.checked, s.alnum = p, p, false
}

// lineBreak handles a line break at text[i] that does not follow sentence
// punctuation, and returns where to continue.
func (s *splitter) lineBreak(i int) int {
	text := s.text
	p, nl := skipSpace(text, i)
	if p >= len(text) {
		return p
	}
	if nl >= 2 {
		return s.newParagraph(i, p)
	}
	end := trimRight(text, s.start, i)
	if end <= s.start {
		return p
	}
	if !s.hasAlnum(end) {
		s.setStart(p) // a separator line: "***", "—-"
		return p
	}
	if s.lineEndsSentence(end, p) && s.emit(end, false) {
		s.setStart(p)
	}
	return p
}

// lineEndsSentence decides whether the line ending at end (without sentence
// punctuation) and the line starting at p are separate sentences: list items,
// a heading line, a line of a poem or a table. In hard-wrapped prose they are
// not.
func (s *splitter) lineEndsSentence(end, p int) bool {
	text := s.text
	if b := bulletAt(text, p); b != noBullet {
		return b == strongBullet || !s.isWrapped(p)
	}
	if s.isWrapped(p) {
		return false
	}
	r, _ := runeBefore(text, end)
	switch r {
	case ',', '-', '–', '—', '(', '[', '/', '&', '+', '=':
		return false
	}
	if r, _ := runeAt(text, p); isLower(r) {
		return false
	}
	return !endsWithFunctionWord(text[s.start:end])
}

// endsWithFunctionWord reports whether line ends with a word that cannot end
// a sentence or a heading ("the", "of", "and").
func endsWithFunctionWord(line string) bool {
	k := len(line)
	for k > 0 && ascii[line[k-1]]&clLower != 0 {
		k--
	}
	if k > 0 && ascii[line[k-1]]&(clUpper|clDigit) != 0 {
		return false
	}
	switch line[k:] {
	case "the", "a", "an", "of", "to", "and", "or", "nor", "in", "on", "at", "for", "with", "by",
		"from", "as", "that", "but", "than", "is", "are", "was", "were", "be", "his", "her", "their",
		"its", "our", "my", "your", "this", "these", "those", "into", "onto", "about", "said", "says":
		return true
	}
	return false
}

type bulletKind uint8

const (
	noBullet     bulletKind = iota
	weakBullet              // a dash: may also continue a wrapped sentence
	strongBullet            // "-", "*", "•", "1.", "2)": a list item
)

// bulletAt says whether a list item marker stands at text[p].
func bulletAt(text string, p int) bulletKind {
	r, n := runeAt(text, p)
	switch r {
	case '-', '*', '+', '•', '·', '▪', '◦', '‣', '●', '■', '□', '➢', '►':
		if p+n < len(text) && spaceAt(text, p+n) > 0 {
			return strongBullet
		}
	case '–', '—', '―':
		return weakBullet
	}
	k := p
	for k < len(text) && k-p < 3 && ascii[text[k]]&clDigit != 0 {
		k++
	}
	if k > p && k+1 < len(text) && (text[k] == '.' || text[k] == ')') && spaceAt(text, k+1) > 0 {
		return strongBullet
	}
	return noBullet
}

// isWrapped reports whether the paragraph holding text[i] is hard-wrapped
// prose: some line of it starts with a lower-case letter.
func (s *splitter) isWrapped(i int) bool {
	if i >= s.wrapFrom && i < s.wrapTo {
		return s.wrapped
	}
	text := s.text
	from := s.paraStart
	if from > i {
		from = i
	}
	wrapped := false
	k, end := from, len(text)
	for {
		nl := strings.IndexByte(text[k:], '\n')
		if nl < 0 {
			break
		}
		p, nls := skipSpace(text, k+nl)
		if nls >= 2 || p >= len(text) {
			end = k + nl
			break
		}
		if r, _ := runeAt(text, p); isLower(r) {
			wrapped = true
		}
		k = p
	}
	if end < i+1 {
		end = i + 1
	}
	s.wrapFrom, s.wrapTo, s.wrapped = from, end, wrapped
	return wrapped
}

// terminator handles sentence punctuation starting at text[i] and returns
// where to continue.
func (s *splitter) terminator(i int) int {
	text := s.text
	n := len(text)
	p := readPunctuation(text, i)
	j := p.end
	if j < n && ascii[text[j]]&(clLower|clUpper|clDigit) != 0 {
		return j // 3.5, U.S., example.com, Yahoo!Inc
	}
	k, quoted := closersAfter(text, j)
	if k < n && spaceAt(text, k) == 0 {
		return k
	}
	q, nl := skipSpace(text, k)
	if q >= n {
		return q
	}
	if nl >= 2 {
		return s.newParagraph(k, q)
	}
	if s.endsSentence(i, p.dots, p.marks, p.ellipsis, quoted, q, nl == 1) && s.emit(k, false) {
		s.setStart(q)
	}
	return q
}

// newParagraph ends the sentence at end, before a blank line, and starts
// the next paragraph at p, where parsing goes on.
func (s *splitter) newParagraph(end, p int) int {
	s.emit(end, true)
	s.setStart(p)
	s.paraStart = p
	return p
}

// punctuation is a run of sentence punctuation: how many periods and
// question or exclamation marks it holds, whether it is an ellipsis, and
// its end.
type punctuation struct {
	end, dots, marks int
	ellipsis         bool
}

// readPunctuation reads the run of sentence punctuation that starts at
// text[i], spaced ellipses (". . .", "end. ...", "end. …") included.
func readPunctuation(text string, i int) punctuation {
	n := len(text)
	p := punctuation{end: i}
	for p.end < n {
		j := p.end
		switch text[j] {
		case '.':
			p.dots++
			p.end++
			continue
		case '!', '?':
			p.marks++
			p.end++
			continue
		case 0xE2:
			if strings.HasPrefix(text[j:], "…") {
				p.ellipsis = true
				p.end += 3
				continue
			}
		case ' ', '\t', 0xC2:
			if p.dots+p.marks == 0 {
				break
			}
			if q := spacedEllipsis(text, j); q > j {
				p.ellipsis = true
				p.end = q
				continue
			}
		}
		break
	}
	if p.dots >= 2 {
		p.ellipsis = true
	}
	return p
}

// spacedEllipsis returns, for white space at text[j] inside a run of
// punctuation, where the ellipsis it spaces out goes on: the "…" or "."
// after the spaces; or j where none follows.
func spacedEllipsis(text string, j int) int {
	n := len(text)
	q := j
	for q < n && (text[q] == ' ' || text[q] == '\t' || strings.HasPrefix(text[q:], "\u00a0")) {
		q += spaceAt(text, q)
	}
	if q == j || q >= n {
		return j
	}
	if strings.HasPrefix(text[q:], "…") || text[q] == '.' && (q+1 == n || ascii[text[q+1]]&(clLower|clUpper|clDigit) == 0) {
		return q
	}
	return j
}

// closersAfter returns the end of the closing quotation marks and brackets
// after sentence punctuation that ends at j, which belong to the sentence,
// and whether a quotation mark is among them. A closing mark set off by a
// space counts too: `mean? " Lee asked`.
func closersAfter(text string, j int) (int, bool) {
	n := len(text)
	k, quoted := j, false
	for k < n {
		r, size := runeAt(text, k)
		if !isCloserRune(r) {
			break
		}
		if isQuoteRune(r) {
			quoted = true
		}
		k += size
	}
	if k+1 < n && text[k] == ' ' && text[k+1] == '"' && (k+2 == n || spaceAt(text, k+2) > 0) {
		k, quoted = k+2, true
	}
	return k, quoted
}

// endsSentence decides whether punctuation at text[i] ends the sentence,
// given the next word at p.
func (s *splitter) endsSentence(i, dots, marks int, ellipsis, quoted bool, p int, newline bool) bool {
	text := s.text
	if i > 0 && (text[i-1] == '(' || text[i-1] == '[') {
		return false // "(?)", "(!)"
	}
	next, opened := nextRune(text, p)
	if isLower(next) {
		return false // "Is it?" he asked.  U.S. officials.
	}
	if quoted && !newline && (next == '—' || next == '–') {
		return false // “We will win.” — Jane Lee
	}
	if marks > 0 || ellipsis {
		if quoted && !opened && !newline && unicode.IsUpper(next) && s.attribution(p) {
			return false // "We will win!" Trump said.
		}
		return true
	}
	// A single period: look at the word before it.
	w, wstart := wordBefore(text, s.start, i)
	if isListMarker(w) && (wstart == s.start || afterColon(text, s.start, wstart)) {
		return false // "1. The first item", "Sources: 1. The report"
	}
	switch classify(w) {
	case words.TitleAbbrev:
		return false
	case words.NumberAbbrev:
		if isDigit(next) {
			return false
		}
	case words.OrdinaryAbbrev:
		if w == "a.m" || w == "p.m" {
			// "5 p.m. Friday", "9 p.m. ET", but "at 5 p.m. Trump left".
			return unicode.IsUpper(next) && !timeContinues(text, p)
		}
		if isStarter(text, p) {
			return true
		}
		// A capitalised line after an abbreviation that ends a line of a
		// list or heading ("... Inc.\nApple ...") starts a sentence; an
		// initial never ends one ("John F.\nKennedy").
		return newline && !isInitial(w) && !s.isWrapped(p)
	}
	return true
}

// nextRune returns the first rune of the next word at p, skipping opening
// quotation marks and brackets, and whether any were skipped.
func nextRune(text string, p int) (rune, bool) {
	opened := false
	for k := 0; k < 4; k++ {
		r, n := runeAt(text, p)
		if n == 0 || !isOpenerRune(r) {
			return r, opened
		}
		opened = true
		p += n
	}
	r, _ := runeAt(text, p)
	return r, opened
}

// wordBefore returns the word that ends at text[i] (not before from), with
// leading punctuation removed and, for hyphenated words, only its last part
// ("R-Ark" gives "Ark", "D-N.Y" gives "N.Y"), and the offset of the whole
// word.
func wordBefore(text string, from, i int) (string, int) {
	k := i
	for k > from && i-k < 64 {
		if c := text[k-1]; c < utf8.RuneSelf {
			if ascii[c]&clSpace != 0 {
				break
			}
		} else if spaceBefore(text, k) > 0 {
			break
		}
		k--
	}
	for k > from && !utf8.RuneStart(text[k]) {
		k--
	}
	wstart := k
	// Skip leading punctuation.
	for k < i {
		r, n := runeAt(text, k)
		if isAlnum(r) {
			break
		}
		k += n
	}
	for h := i - 1; h > k; h-- {
		if c := text[h]; c == '-' || c == '/' {
			if h+1 < i {
				k = h + 1
			}
			break
		}
	}
	return text[k:i], wstart
}

// afterColon reports whether the last non-space character before
// text[i] (not before from) is a colon.
func afterColon(text string, from, i int) bool {
	i = trimRight(text, from, i)
	return i > from && text[i-1] == ':'
}

// isListMarker reports whether w, standing alone before a period at the
// start of a sentence, numbers a list item ("1.", "b.", "iv.").
func isListMarker(w string) bool {
	if w == "" || len(w) > 4 {
		return false
	}
	digits := true
	for i := 0; i < len(w); i++ {
		if ascii[w[i]]&clDigit == 0 {
			digits = false
			break
		}
	}
	if digits {
		return len(w) <= 3
	}
	if len(w) == 1 {
		return ascii[w[0]]&(clLower|clUpper) != 0
	}
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'i', 'v', 'x':
		default:
			return false
		}
	}
	return true
}

// classify says how a word before a period behaves.
func classify(w string) words.AbbrevKind {
	if w == "" {
		return words.PlainWord
	}
	if k, ok := words.Abbreviation(w); ok {
		return k
	}
	if isInitial(w) {
		return words.OrdinaryAbbrev
	}
	if strings.IndexByte(w, '.') >= 0 && dottedAbbrev(w) {
		return words.OrdinaryAbbrev
	}
	return words.PlainWord
}

// isInitial reports whether w is a single capital letter ("J" of "J. K.").
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// dottedAbbrev reports whether w looks like "U.S", "a.m", "Ph.D" or "N.Y":
// letters in parts of one or two, joined by periods.
func dottedAbbrev(w string) bool {
	part := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '.':
			if part == 0 {
				return false
			}
			part = 0
		case ascii[c]&(clLower|clUpper) != 0:
			part++
			if part > 2 {
				return false
			}
		default:
			return false
		}
	}
	return part > 0
}

// isStarter reports whether the word at p (after opening marks) commonly
// begins a sentence.
func isStarter(text string, p int) bool {
	p, k := asciiWordAfterOpeners(text, p)
	if k == p || k-p > 16 {
		return false
	}
	if k < len(text) {
		if text[k] >= utf8.RuneSelf {
			if r, _ := runeAt(text, k); isLetter(r) {
				return false
			}
		} else if text[k] == '.' && k-p == 1 {
			return false // an initial: "J. A. Smith"
		}
	}
	return starters[text[p:k]]
}

// attribution reports whether the words at p name a speaker followed by a
// verb of saying: "Trump said", "Sen. Tom Cotton asked", "she added" comes
// in lower case and needs no check.
func (s *splitter) attribution(p int) bool {
	text := s.text
	for nw := 0; nw < 6; nw++ {
		k := p
		for k < len(text) {
			r, n := runeAt(text, k)
			if !isLetter(r) && r != '.' && r != '-' && r != '\'' && r != '’' {
				break
			}
			k += n
		}
		if k == p {
			return false
		}
		w := strings.TrimRight(text[p:k], ".")
		if speechVerbs[w] || nw > 0 && len(w) > 1 && ascii[w[0]]&clUpper != 0 && speechVerbs[titleToLower(w)] {
			return nw > 0 // "Trump said", and in a headline "Trump Says"
		}
		r, _ := runeAt(text, p)
		if !unicode.IsUpper(r) && !words.Particle(w) {
			return false
		}
		// One space (of any kind) between the nw of a name.
		if k >= len(text) || text[k] == '\n' {
			return false
		}
		sp := spaceAt(text, k)
		if sp == 0 {
			return false
		}
		p = k + sp
	}
	return false
}

// titleToLower lower-cases the first letter of an ASCII word ("Says" gives
// "says"). It allocates; callers use it only on rare paths.
func titleToLower(w string) string {
	return string(w[0]+'a'-'A') + w[1:]
}

// timeContinues reports whether the word at p (after opening marks)
// continues a clock time: a time zone, a weekday or a month.
func timeContinues(text string, p int) bool {
	p, k := asciiWordAfterOpeners(text, p)
	return timeWords[text[p:k]] || capitalMonth(text[p:k])
}

// capitalMonth reports whether w is the name or abbreviation of a month
// with a capital first letter and no other ("May", "Sept").
func capitalMonth(w string) bool {
	if len(w) < 3 || len(w) > 9 || ascii[w[0]]&clUpper == 0 {
		return false
	}
	var b [9]byte
	b[0] = w[0] + 'a' - 'A'
	for i := 1; i < len(w); i++ {
		if ascii[w[i]]&clLower == 0 {
			return false
		}
		b[i] = w[i]
	}
	return words.Month(string(b[:len(w)])) > 0
}

// asciiWordAfterOpeners skips up to four opening marks at p and returns
// the bounds [start, end) of the run of ASCII letters after them.
func asciiWordAfterOpeners(text string, p int) (start, end int) {
	for k := 0; k < 4; k++ {
		r, n := runeAt(text, p)
		if n == 0 || !isOpenerRune(r) {
			break
		}
		p += n
	}
	k := p
	for k < len(text) && ascii[text[k]]&(clLower|clUpper) != 0 {
		k++
	}
	return p, k
}
