package words

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsWordRune reports whether r is a character of words: a letter, a digit,
// a combining mark or "_".
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// WordEnd returns the end of the word that starts at text[i], on a word
// character or a "$" before a digit. A word runs over word characters and
// the joiners inside it: an apostrophe, a hyphen, an ampersand or a period
// before a word character ("don't", "D-N.Y", "AT&T", "U.S"), a comma or
// slash between digits ("1,000", "9/11"), a period between digits ("2.5"),
// and a percent sign after a digit ("25%"). A period after an abbreviation
// is kept with it ("Sen.", "U.S.", "J.", "R-Ark."), and so is a hyphen
// after that ("U.S.-Mexico").
func WordEnd(text string, i int) int {
	j := i
	if text[j] == '$' {
		j++
	}
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			j++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if IsWordRune(r) {
			j += size
			continue
		}
		next, more := joined(text, i, j, r, size)
		if !more {
			return next
		}
		j = next
	}
	return j
}

// joined reads the mark r (size bytes) at text[j], inside the word that
// starts at i: it returns where the word goes on and true when the mark
// joins the word, or where the word ends and false.
func joined(text string, i, j int, r rune, size int) (int, bool) {
	switch r {
	case '%':
		if j > i && isDigit(text[j-1]) {
			return j + size, false
		}
		return j, false
	case '\'', '’', '-', '‑', '&', '.', ',', '/':
	default:
		return j, false
	}
	if next := j + size; next < len(text) {
		if nr, _ := utf8.DecodeRuneInString(text[next:]); IsWordRune(nr) {
			if joins(text, i, j, next, r) {
				return next, true
			}
			return j, false
		}
	}
	if r == '.' && abbrevEnds(text, i, j) {
		return afterAbbreviation(text, j+size)
	}
	return j, false
}

// joins reports whether the joiner r at text[j], before the word character
// at next, joins the word that starts at i: a comma or slash only between
// digits, a period between digits or inside an initialism.
func joins(text string, i, j, next int, r rune) bool {
	numeric := j > i && isDigit(text[j-1]) && isDigit(text[next])
	switch r {
	case ',', '/':
		return numeric
	case '.':
		return numeric || abbrevContinues(text, i, j)
	}
	return true
}

// afterAbbreviation returns where a word goes on after the period of an
// abbreviation that ends at j: a hyphen before a word character joins on
// ("U.S.-Mexico").
func afterAbbreviation(text string, j int) (int, bool) {
	if j+1 < len(text) && text[j] == '-' {
		if nr, _ := utf8.DecodeRuneInString(text[j+1:]); IsWordRune(nr) {
			return j + 1, true
		}
	}
	return j, false
}

// abbrevContinues reports whether the period at j continues an initialism
// like "U.S" or "D-N.Y" (single letters separated by periods).
func abbrevContinues(text string, i, j int) bool {
	k := j - 1
	for k > i && text[k] != '.' && text[k] != '-' {
		k--
	}
	seg := text[k:j]
	if text[k] == '.' || text[k] == '-' {
		seg = text[k+1 : j]
	}
	r, n := utf8.DecodeRuneInString(seg)
	return n == len(seg) && unicode.IsLetter(r) && j+2 <= len(text) && letterThenDot(text[j+1:])
}

func letterThenDot(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && (len(s) == n || s[n] == '.' || !IsWordRune(rune(s[n])))
}

// abbrevEnds reports whether the word text[i:j] followed by a period is an
// abbreviation that keeps the period: initialisms ("U.S."), single capital
// letters ("J."), and the words Abbreviation knows.
func abbrevEnds(text string, i, j int) bool {
	w := text[i:j]
	if strings.Contains(w, ".") {
		return true // U.S, D-N.Y
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:] // R-Ark
	}
	_, ok := Abbreviation(w)
	return ok
}
