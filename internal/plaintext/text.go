package plaintext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isSpaceRune reports whether r is white space for the purpose of trimming
// lines: Unicode spaces plus the invisible format characters that pasted
// text often carries (zero-width space, word joiner, byte order mark).
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f':
		return true
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
		return true
	}
	return r >= 0x80 && unicode.IsSpace(r)
}

// trimSpace returns the bounds [i, j) of s[start:end] without leading and
// trailing white space.
func trimSpace(s string, start, end int) (int, int) {
	for start < end {
		c := s[start]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f' {
				break
			}
			start++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	for end > start {
		c := s[end-1]
		if c < utf8.RuneSelf {
			if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\v' && c != '\f' {
				break
			}
			end--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:end])
		if !isSpaceRune(r) {
			break
		}
		end -= n
	}
	return start, end
}

// foldMax is how much of a block the lexicon looks at.
const foldMax = 240

// asciiFold maps ASCII bytes for fold: lower case, and 0 for white space.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = byte(c) + 'a' - 'A'
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] = 0
	}
	return t
}()

// fold returns a lower-cased head of s for pattern matching: typographic
// quotes and dashes become ASCII, runs of white space one space, and the
// result holds at most about max bytes. It also returns the number of
// words it saw.
func fold(s string, max int) (string, int) {
	var buf [foldMax + 8]byte // the text is built here, on the stack, when it fits
	b := buf[:0]
	space, words := true, 0
	for i := 0; i < len(s) && len(b) < max; {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			c = asciiFold[c]
			if c == 0 {
				space = true
				continue
			}
			if space {
				if words > 0 {
					b = append(b, ' ')
				}
				words++
			}
			space = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case isSpaceRune(r):
			space = true
			continue
		case r == '’' || r == '‘' || r == '‛' || r == '′' || r == '´':
			r = '\''
		case r == '“' || r == '”' || r == '„' || r == '″' || r == '«' || r == '»':
			r = '"'
		case r == '–' || r == '—' || r == '―' || r == '‒' || r == '−':
			r = '-'
		default:
			r = unicode.ToLower(r)
		}
		if space {
			if words > 0 {
				b = append(b, ' ')
			}
			words++
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	return string(b), words
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

// countWords counts white-space separated words of s, stopping at limit.
func countWords(s string, limit int) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := asciiFold[s[i]&0x7f] == 0 && s[i] < utf8.RuneSelf
		if !sp && !in {
			n++
			if n >= limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

// lastRune returns the last rune of s that is not a closing quotation mark
// or bracket, and whether such closers were skipped.
func lastRune(s string) (r rune, closed bool) {
	for len(s) > 0 {
		c, n := utf8.DecodeLastRuneInString(s)
		if isCloser(c) {
			s = s[:len(s)-n]
			closed = true
			continue
		}
		return c, closed
	}
	return 0, closed
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']', '*', '_':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '«', '‹', '(', '[', '„':
		return true
	}
	return false
}

// isTerminal reports whether r ends a sentence.
func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '。', '！', '？':
		return true
	}
	return false
}

// smallWords are the words a headline in title case leaves in lower case,
// and that a personal name does not contain.
var smallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true,
	"nor": true, "for": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "by": true, "as": true, "with": true, "from": true, "into": true,
	"vs": true, "vs.": true, "via": true, "per": true, "over": true, "up": true,
	"off": true, "out": true, "than": true, "so": true, "yet": true, "if": true,
	"is": true, "are": true, "be": true, "it": true, "its": true, "his": true,
	"her": true, "not": true, "no": true, "amid": true, "after": true,
	"about": true, "against": true, "before": true, "between": true,
	"during": true, "under": true, "without": true, "toward": true,
	"towards": true, "onto": true, "upon": true, "like": true, "near": true,
	"says": true, "say": true, "said": true, "new": true, "this": true,
	"that": true, "these": true, "those": true, "will": true, "can": true,
	"has": true, "have": true, "was": true, "were": true, "who": true,
}

// caseInfo describes the capitalisation of the words of a short line.
type caseInfo struct {
	words   int // words with a letter
	sig     int // words not in smallWords
	sigCaps int // of those, how many start with an upper-case letter
	lower   int // words that start with a lower-case letter
	allCaps bool
	letters int
}

func caseOf(s string) caseInfo {
	var ci caseInfo
	ci.allCaps = true
	hasUpper := false
	for it := (wordIter{s: s}); ; {
		w, ok := it.next()
		if !ok {
			break
		}
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		first, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(first) {
			continue
		}
		ci.words++
		for _, r := range w {
			if unicode.IsLetter(r) {
				ci.letters++
				if unicode.IsLower(r) {
					ci.allCaps = false
				} else if unicode.IsUpper(r) {
					hasUpper = true
				}
			}
		}
		upper := unicode.IsUpper(first) || unicode.IsTitle(first)
		if !upper {
			ci.lower++
		}
		var buf [16]byte
		if lw, ok := lowerASCII(buf[:], w); ok && smallWords[lw] {
			continue
		}
		ci.sig++
		if upper {
			ci.sigCaps++
		}
	}
	if !hasUpper {
		ci.allCaps = false
	}
	return ci
}

// wordIter steps through the white-space separated words of s.
type wordIter struct {
	s string
	i int
}

func (it *wordIter) next() (string, bool) {
	s, i := it.s, it.i
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpaceByte(s[j]) {
		j++
	}
	it.i = j
	return s[i:j], i < j
}

// lowerASCII writes w in lower case into buf and returns it as a string
// for map lookups (which do not keep it). ok is false if w does not fit
// or is not ASCII.
func lowerASCII(buf []byte, w string) (lw string, ok bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		buf[i] = asciiFold[c]
	}
	return string(buf[:len(w)]), true
}

// titleCase reports whether a line reads as a headline in title case: at
// least two significant words, all of them capitalised.
func (ci caseInfo) titleCase() bool {
	if ci.sig < 2 {
		return false
	}
	return ci.sigCaps == ci.sig
}
