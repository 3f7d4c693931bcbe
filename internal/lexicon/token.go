package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/words"
)

// Token is one token of a text, as the lexicons match it.
type Token struct {
	// Text is the token as written. Matching of outlet and institution
	// names looks at its capitals; leave it empty to match on Key alone.
	Text string
	// Key is the folded form that lexicon entries are keyed by (see Fold).
	Key string
	// Start and End are the byte offsets of the token in the tokenized
	// string, half-open.
	Start, End int
}

// Tokenize splits s into word and punctuation tokens. Words end where the
// analyzer's words end (words.WordEnd: "U.S.", "O'Rourke", "AT&T",
// "R-Ark.", "1,000"), except that a possessive "'s" is a token of its own,
// so that "CNN's" shows the name inside it, and "..." (a cue's gap) is one
// token.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case words.IsWordRune(r):
			end := words.WordEnd(s, i)
			// A possessive or contracted 's is a token of its own.
			if w := s[i:end]; len(w) > 2 {
				if k := possessive(w); k > 0 {
					toks = append(toks, newToken(s, i, i+k), newToken(s, i+k, end))
					i = end
					continue
				}
			}
			toks = append(toks, newToken(s, i, end))
			i = end
		case strings.HasPrefix(s[i:], "..."):
			toks = append(toks, newToken(s, i, i+3))
			i += 3
		default:
			toks = append(toks, newToken(s, i, i+n))
			i += n
		}
	}
	return toks
}

func newToken(s string, start, end int) Token {
	return Token{Text: s[start:end], Key: Fold(s[start:end]), Start: start, End: end}
}

// possessive returns the offset of a final 's or ’s in w, or 0.
func possessive(w string) int {
	for _, suf := range []string{"'s", "'S", "’s", "’S"} {
		if strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// Fold returns the key of a token: lower case, accents removed (é → e,
// ñ → n), typographic apostrophes and dashes made plain, and periods dropped
// from words ("U.S." → "us", "Sen." → "sen"). Fold of a punctuation mark is
// the mark, with “ ” ‘ ’ folded to " and ', and – — to -.
func Fold(tok string) string {
	plain := true
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') || (c == '.' && len(tok) > 1) {
			plain = false
			break
		}
	}
	if plain {
		return tok
	}
	var b strings.Builder
	b.Grow(len(tok))
	word := false
	for _, r := range tok {
		if words.IsWordRune(r) {
			word = true
			break
		}
	}
	for i, r := range tok {
		switch r {
		case '.':
			if word && !(i > 0 && isDigitByte(tok[i-1]) && i+1 < len(tok) && isDigitByte(tok[i+1])) {
				continue
			}
		case '’', '‘', '′':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '–', '—', '‐', '‑', '−':
			r = '-'
		case '…':
			b.WriteString("...")
			continue
		}
		r = unicode.ToLower(r)
		if f := unaccent(r); f != "" {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unaccent returns the plain letters for an accented Latin letter, or "".
func unaccent(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'ç', 'ć', 'č':
		return "c"
	case 'ď', 'đ':
		return "d"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė', 'ę', 'ě':
		return "e"
	case 'ğ':
		return "g"
	case 'ì', 'í', 'î', 'ï', 'ī', 'į', 'ı':
		return "i"
	case 'ł', 'ľ':
		return "l"
	case 'ñ', 'ń', 'ň':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ő':
		return "o"
	case 'ř':
		return "r"
	case 'ś', 'š', 'ş', 'ș':
		return "s"
	case 'ß':
		return "ss"
	case 'ť', 'ţ', 'ț':
		return "t"
	case 'ù', 'ú', 'û', 'ü', 'ū', 'ů', 'ű':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'ź', 'ż', 'ž':
		return "z"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	}
	return ""
}
