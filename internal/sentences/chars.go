package sentences

import (
	"unicode"
	"unicode/utf8"
)

// asciiClass flags for bytes below 0x80.
const (
	clSpace = 1 << iota
	clLower
	clUpper
	clDigit
	clCandidate // may end a sentence or a line: . ! ? \n \r
	clQuote     // may start a quotation mark: " ' ` and lead bytes of « » “ ” ‘ ’
)

var ascii = func() (t [256]uint8) {
	for _, c := range " \t\n\v\f\r" {
		t[c] |= clSpace
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= clLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= clUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] |= clDigit
	}
	for _, c := range ".!?\n\r" {
		t[c] |= clCandidate
	}
	t[0xE2] |= clCandidate // … and the Unicode line and paragraph separators
	for _, c := range []byte{'"', '\'', '`', 0xC2, 0xE2} {
		t[c] |= clQuote
	}
	return t
}()

// spaceAt returns the length of the white space rune at text[i], or 0.
// White space is what unicode.IsSpace says plus the zero-width space and the
// byte order mark, which are trimmed the same way.
func spaceAt(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if ascii[c]&clSpace != 0 {
			return 1
		}
		return 0
	}
	switch c {
	case 0xC2:
		if i+1 < len(text) && (text[i+1] == 0xA0 || text[i+1] == 0x85) {
			return 2
		}
	case 0xE1, 0xE2, 0xE3, 0xEF:
		if i+2 < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if n == 3 && isSpaceRune(r) {
				return 3
			}
		}
	}
	return 0
}

// spaceBefore returns the length of the white space rune that ends at
// text[i-1], or 0.
func spaceBefore(text string, i int) int {
	if i <= 0 {
		return 0
	}
	c := text[i-1]
	if c < utf8.RuneSelf {
		if ascii[c]&clSpace != 0 {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(text[:i])
	if n > 1 && isSpaceRune(r) {
		return n
	}
	return 0
}

func isSpaceRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// skipSpace returns the offset of the first non-space byte at or after i and
// the number of line breaks skipped ("\r\n" counts once, U+2029 twice).
func skipSpace(text string, i int) (int, int) {
	nl := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if ascii[c]&clSpace == 0 {
				break
			}
			if c == '\n' || (c == '\r' && (i+1 == len(text) || text[i+1] != '\n')) {
				nl++
			}
			i++
			continue
		}
		n := spaceAt(text, i)
		if n == 0 {
			break
		}
		if n == 3 && text[i] == 0xE2 && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0xA8: // line separator
				nl++
			case 0xA9: // paragraph separator
				nl += 2
			}
		}
		i += n
	}
	return i, nl
}

// trimRight returns the end of text[from:to] with trailing white space
// removed.
func trimRight(text string, from, to int) int {
	for to > from {
		n := spaceBefore(text, to)
		if n == 0 {
			break
		}
		to -= n
	}
	return to
}

// runeAt decodes the rune at text[i]; past the end it returns size 0.
func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return utf8.RuneError, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// runeBefore decodes the rune that ends at text[i-1].
func runeBefore(text string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	if c := text[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:i])
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(clLower|clUpper) != 0
	}
	return unicode.IsLetter(r)
}

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&(clLower|clUpper|clDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clLower != 0
	}
	return unicode.IsLower(r)
}

func isDigit(r rune) bool {
	if r < utf8.RuneSelf {
		return ascii[r]&clDigit != 0
	}
	return unicode.IsDigit(r)
}

// isQuoteRune reports whether r is a quotation mark of any style.
func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '`':
		return true
	}
	return false
}

// isOpenerRune reports whether r may stand before the first word of a
// sentence: an opening bracket or a quotation mark.
func isOpenerRune(r rune) bool {
	switch r {
	case '(', '[', '{', '¿', '¡':
		return true
	}
	return isQuoteRune(r)
}

// isCloserRune reports whether r may follow the punctuation that ends a
// sentence and belong to it: a closing bracket or a quotation mark.
func isCloserRune(r rune) bool {
	switch r {
	case ')', ']', '}':
		return true
	}
	return isQuoteRune(r)
}
