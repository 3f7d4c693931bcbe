package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord   tokKind = iota // letters, digits and the joiners inside words
	tNum                   // a number: 3.5, 1,000, 25%, $2.5
	tPunct                 // any other single character
	tOpenQ                 // an opening quotation mark
	tCloseQ                // a closing quotation mark
	tAmbigQ                // a straight double quote whose role the context decides
)

// token is one word or mark of the text, with byte offsets into it.
type token struct {
	lower   string // lowercased text of words; the mark itself otherwise
	nrm     string // lower with possessive endings and initialism periods dropped
	start   int32
	end     int32
	cue     int32  // 1 + index into lex.cueList of the word's cue, or 0
	starts  uint16 // bits of the phrase indexes with a phrase starting with this word
	kind    tokKind
	cap     bool // starts with an upper-case letter
	upper   bool // all letters upper-case (and more than one letter)
	inQuote bool // inside quotation marks
	stop    bool // a capitalised function word, never part of a name
	report  bool // an adverb of report: "reportedly"
}

// s and e are the token's offsets as ints.
func (t *token) s() int { return int(t.start) }
func (t *token) e() int { return int(t.end) }

// tokenize splits text into tokens. Words keep internal apostrophes,
// hyphens, ampersands and periods of abbreviations ("U.S.", "D-N.Y.",
// "don't", "AT&T"); a period after a word is kept with it when the word is
// an abbreviation or a single letter.
func tokenize(text string, out []token) []token {
	return tokenizeCached(text, out, nil)
}

// tokenizeCached is tokenize with a cache of lowered words, so that the
// capitalised words an article repeats are lowered once.
func tokenizeCached(text string, out []token, lowered map[string]string) []token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			i += size
			continue
		case isWordRune(r) || (r == '$' && i+1 < len(text) && isDigit(text[i+1])):
			j := scanWord(text, i)
			out = append(out, makeWord(text, i, j, lowered))
			i = j
			continue
		}
		t := token{start: int32(i), end: int32(i + size), kind: tPunct}
		switch r {
		case '“', '«', '„':
			t.kind = tOpenQ
		case '”', '»':
			t.kind = tCloseQ
		case '"':
			t.kind = tAmbigQ
		case '‘', '\'', '’':
			// single quotes: opening when followed by a word and preceded by
			// space or start; closing when preceded by a word and followed by
			// space or punctuation. Apostrophes inside words never get here.
			prevSpace := i == 0 || isSpaceByte(text[i-1]) || text[i-1] == '(' || strings.HasSuffix(text[:i], "“") || text[i-1] == '"'
			if prevSpace {
				t.kind = tOpenQ
			} else {
				t.kind = tCloseQ
			}
		}
		t.lower = text[t.start:t.end]
		out = append(out, t)
		i += size
	}
	resolveQuotes(text, out)
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
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
		if isWordRune(r) {
			j += size
			continue
		}
		// joiners: keep when a word character follows
		if r == '\'' || r == '’' || r == '-' || r == '‑' || r == '&' || r == '.' || r == ',' || r == '/' || r == '%' {
			if r == '%' {
				if j > i && isDigit(text[j-1]) {
					j += size
				}
				break
			}
			next := j + size
			if next < len(text) {
				nr, _ := utf8.DecodeRuneInString(text[next:])
				if isWordRune(nr) {
					if r == ',' || r == '/' {
						// only inside numbers: 1,000 and 9/11
						if !(j > i && isDigit(text[j-1]) && isDigit(text[next])) {
							break
						}
					}
					if r == '.' && !(j > i && isDigit(text[j-1]) && isDigit(text[next])) {
						// "U.S" in "U.S.": letters separated by periods
						if !abbrevContinues(text, i, j) {
							break
						}
					}
					j = next
					continue
				}
			}
			if r == '.' && abbrevEnds(text, i, j) {
				j += size
				// "U.S.-Mexico": a hyphen after the abbreviation joins on
				if j+1 < len(text) && text[j] == '-' {
					if nr, _ := utf8.DecodeRuneInString(text[j+1:]); isWordRune(nr) {
						j++
						continue
					}
				}
			}
			break
		}
		break
	}
	return j
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
	return unicode.IsLetter(r) && (len(s) == n || s[n] == '.' || !isWordRune(rune(s[n])))
}

// abbrevEnds reports whether the word text[i:j] followed by a period is an
// abbreviation that keeps the period: initialisms ("U.S."), single letters
// ("J."), and the abbreviations of titles, months and states.
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
	_, ok := abbreviations[w]
	return ok
}

// abbreviations are words written with a period that does not end a
// sentence.
var abbreviations = setOf(
	"Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
	"Amb", "Atty", "Prof", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "St", "Ste", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros",
	"Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "Nos", "vs", "etc", "approx", "dept", "Dept", "Univ",
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
	"Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
	"Mich", "Mt", "Ft",
)

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

func makeWord(text string, i, j int, lowered map[string]string) token {
	w := text[i:j]
	t := token{start: int32(i), end: int32(j), kind: tWord}
	// one pass over ASCII words finds what the slower paths are for
	ascii, hasUpper, hasMark := true, false, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= 'A' && c <= 'Z':
			hasUpper = true
		case c == '.' || c == '\'':
			hasMark = true
		}
	}
	c0 := w[0]
	if c0 == '$' || c0 >= '0' && c0 <= '9' {
		t.kind = tNum
	}
	if ascii {
		t.cap = c0 >= 'A' && c0 <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsDigit(r) {
			t.kind = tNum
		}
		t.cap = unicode.IsUpper(r)
		hasMark = true // may hold a typographic apostrophe
	}
	switch {
	case ascii && !hasUpper:
		t.lower = w
	case lowered != nil:
		l, ok := lowered[w]
		if !ok {
			l = lowerWord(w)
			lowered[w] = l
		}
		t.lower = l
	default:
		t.lower = lowerWord(w)
	}
	t.nrm = t.lower
	if hasMark {
		t.nrm = normWord(t.lower)
	}
	if t.cap && len(w) > 1 {
		up, letters := true, 0
		base := w
		if hasMark {
			base = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "ICE’s" is an acronym
		}
		if ascii {
			for k := 0; k < len(base); k++ {
				c := base[k]
				if c >= 'a' && c <= 'z' {
					up = false
					break
				}
				if c >= 'A' && c <= 'Z' {
					letters++
				}
			}
		} else {
			for _, c := range base {
				if unicode.IsLetter(c) {
					letters++
					if !unicode.IsUpper(c) {
						up = false
						break
					}
				}
			}
		}
		t.upper = up && letters > 1
	}
	return t
}

// lowerWord lowercases w, without allocating when it is lower-case ASCII
// already, and folds typographic apostrophes to "'".
func lowerWord(w string) string {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			s := strings.ToLower(w)
			if strings.Contains(s, "’") {
				s = strings.ReplaceAll(s, "’", "'")
			}
			return s
		}
	}
	return w
}

// resolveQuotes decides straight double quotes by alternation within each
// paragraph and marks the tokens inside quotation marks.
func resolveQuotes(text string, toks []token) {
	open := false
	depth := 0
	para := 0
	for k := range toks {
		t := &toks[k]
		// a blank line ends any quotation left open
		if k > 0 && t.start-toks[k-1].end > 1 && strings.Contains(text[toks[k-1].end:t.start], "\n\n") {
			open, depth = false, 0
			para++
		}
		switch t.kind {
		case tAmbigQ:
			if open {
				t.kind = tCloseQ
			} else {
				t.kind = tOpenQ
			}
		}
		switch t.kind {
		case tOpenQ:
			if t.lower == "“" || t.lower == "\"" || t.lower == "«" || t.lower == "„" {
				open = true
				depth = 1
			}
		case tCloseQ:
			if t.lower == "”" || t.lower == "\"" || t.lower == "»" {
				t.inQuote = true
				open = false
				depth = 0
				continue
			}
		}
		t.inQuote = open && depth > 0
	}
}
