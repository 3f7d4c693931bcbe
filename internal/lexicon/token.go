package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// isAbbreviation reports whether the lower-case form w of a capitalised
// word keeps its trailing period when tokenized, so that "Sen. Cotton",
// "Lt. Gov." and "(R-Ark.)" stay whole rather than end a sentence. Words
// with an inner period ("U.S.") and single letters ("F.") keep theirs too.
// Keys drop periods, so "Sen." and "Sen" match alike.
func isAbbreviation(w string) bool {
	switch w {
	case "adm", "amb", "asst", "assoc", "atty", "brig", "capt", "cmdr",
		"col", "cpl", "dep", "dept", "det", "dir", "dr", "gen", "gov",
		"govs", "hon", "insp", "lt", "maj", "messrs", "mr", "mrs",
		"ms", "pres", "prof", "pvt", "rep", "reps", "rev", "sec",
		"secy", "sen", "sens", "sgt", "sr", "jr", "st", "supt", "vs",
		"co", "corp", "inc", "ltd", "ft", "mt", "jan", "feb", "aug",
		"sept", "oct", "nov", "dec", "gens", "lic", "ing", "sra",
		"sres", "dip", "mtro", "mtra", "gral",
		"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
		"ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn",
		"miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
		"tex", "vt", "va", "wash", "wis", "wyo":
		return true
	}
	return false
}

// Tokenize splits s into word and punctuation tokens. Words keep inner
// periods, apostrophes and ampersands ("U.S.", "O'Rourke", "AT&T"); a
// possessive "'s", a hyphen and every other punctuation mark is a token of
// its own, so that "CNN's", "NBC-Wall Street Journal poll" and
// "then-President" show the names inside them. Known abbreviations keep
// their period. Lexicon entries are tokenized the same way, so text
// tokenized here matches them.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			end := wordEnd(s, i)
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

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	j := i
	inner := false // a period between letters was seen: "U.S"
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if isJoiner(r) && j+n < len(s) {
			if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(r2) {
				if r == '.' && unicode.IsLetter(r2) {
					inner = true
				}
				j += n
				continue
			}
		}
		if r == '.' {
			w := s[i:j]
			first, _ := utf8.DecodeRuneInString(w)
			if inner || utf8.RuneCountInString(w) == 1 || (unicode.IsUpper(first) || w == "vs") && isAbbreviation(strings.ToLower(w)) {
				j += n
			}
		}
		break
	}
	return j
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

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isJoiner(r rune) bool {
	switch r {
	case '.', '\'', '’', '&':
		return true
	}
	return false
}

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
		if isWordRune(r) {
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
