package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/words"
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
	cue     int32 // 1 + index into lex.cueList of the word's cue, or 0
	first   int32 // 1 + index into phraseIndex.byID of the word, or 0
	cls     wordClass
	starts  uint16 // bits of the phrase indexes with a phrase starting with this word
	kind    tokKind
	cap     bool // starts with an upper-case letter
	upper   bool // all letters upper-case (and more than one letter)
	inQuote bool // inside quotation marks
	stop    bool // a capitalised function word, never part of a name
	report  bool // an adverb of report: "reportedly"
	doc     bool // a document noun: "report", "poll"
	// lowerSeen: a word that opens a sentence capitalised and that the
	// article also writes in lower case ("Officials said", "officials")
	lowerSeen bool
}

// s and e are the token's offsets as ints.
func (t *token) s() int { return int(t.start) }
func (t *token) e() int { return int(t.end) }

// tokenize splits text into tokens. Words keep internal apostrophes,
// hyphens, ampersands and periods of abbreviations ("U.S.", "D-N.Y.",
// "don't", "AT&T"); a period after a word is kept with it when the word is
// an abbreviation or a single letter.
func tokenize(text string, out []token) []token {
	return tokenizeCached(text, out, nil, nil)
}

// tokenizeCached is tokenize with a cache of lowered words, so that the
// capitalised words an article repeats are lowered once, and with the
// lexicon facts of every word filled as by lx.annotate.
func tokenizeCached(text string, out []token, lowered map[string]string, lx *lex) []token {
	i := 0
	singleOpen := false // a single quotation mark is open in the paragraph
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r):
			if r == '\n' && strings.HasPrefix(text[i+1:], "\n") {
				singleOpen = false
			}
			i += size
			continue
		case words.IsWordRune(r) || (r == '$' && i+1 < len(text) && isDigit(text[i+1])):
			j := words.WordEnd(text, i)
			if !singleOpen {
				j = pluralPossessiveEnd(text, i, j)
			}
			out = append(out, token{})
			makeWord(&out[len(out)-1], text, i, j, lowered, lx)
			i = j
			continue
		}
		t := token{start: int32(i), end: int32(i + size), kind: tPunct} //nolint:gosec // G115: len(text) ≤ maxText, see Analyze
		if r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
			// two apostrophes write a double quotation mark: ''Yes,'' she said
			t.end++
			t.kind = tAmbigQ
			t.lower = text[t.start:t.end]
			out = append(out, t)
			i += 2
			continue
		}
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
			singleOpen = prevSpace
		}
		t.lower = text[t.start:t.end]
		out = append(out, t)
		i += size
	}
	resolveQuotes(text, out)
	return out
}

// pluralPossessiveEnd returns the end of the word text[i:j] with the
// apostrophe of a plural possessive ("Sanders’ campaign", "the states'
// rights"): after an s, before a space and a word. Outside an open single
// quotation such an apostrophe closes nothing.
func pluralPossessiveEnd(text string, i, j int) int {
	if j-i < 3 || j >= len(text) || text[j-1] != 's' && text[j-1] != 'S' {
		return j
	}
	a := 1
	if text[j] != '\'' {
		if !strings.HasPrefix(text[j:], "’") {
			return j
		}
		a = len("’")
	}
	if n := j + a; n+1 < len(text) && text[n] == ' ' {
		if r, _ := utf8.DecodeRuneInString(text[n+1:]); unicode.IsLetter(r) {
			return n
		}
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

func setOf(words ...string) map[string]struct{} {
	m := make(map[string]struct{}, len(words))
	for _, w := range words {
		m[w] = struct{}{}
	}
	return m
}

// makeWord fills t, a zero token, with the word text[i:j]; with its
// lexicon facts too when lx is not nil.
func makeWord(t *token, text string, i, j int, lowered map[string]string, lx *lex) {
	w := text[i:j]
	t.start, t.end, t.kind = int32(i), int32(j), tWord //nolint:gosec // G115: len(text) ≤ maxText, see Analyze
	// one pass over ASCII words finds what the slower paths are for
	ascii, hasUpper, upperAfter, hasMark := true, false, false, false
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
		case c >= 'A' && c <= 'Z':
			hasUpper = true
			upperAfter = upperAfter || k > 0
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
	var wi wordInfo
	looked := false // wi is known
	switch {
	case ascii && !hasUpper:
		t.lower = w
	case lx != nil && ascii && t.cap && !upperAfter:
		// "The", "Officials": the lexicons' copy of the lower case, when
		// they hold it
		var known bool
		t.lower, wi, known = lx.words.getTitle(w)
		looked = true
		if !known {
			t.lower = lowerCached(w, lowered)
		}
	default:
		t.lower = lowerCached(w, lowered)
	}
	t.nrm = t.lower
	if hasMark {
		t.nrm = normWord(t.lower)
	}
	if t.cap && len(w) > 1 {
		base := w
		if hasMark {
			base = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "ICE’s" is an acronym
		}
		t.upper = allCapitals(base, ascii)
	}
	if lx != nil {
		if !looked {
			wi = lx.words.get(t.lower)
		}
		lx.annotateWord(t, wi)
	}
}

// lowerCached is lowerWord, remembered in lowered unless it is nil.
func lowerCached(w string, lowered map[string]string) string {
	if lowered == nil {
		return lowerWord(w)
	}
	l, ok := lowered[w]
	if !ok {
		l = lowerWord(w)
		lowered[w] = l
	}
	return l
}

// allCapitals reports whether w has more than one letter and all its
// letters are capitals; ascii says w is ASCII.
func allCapitals(w string, ascii bool) bool {
	letters := 0
	if ascii {
		for k := 0; k < len(w); k++ {
			c := w[k]
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				letters++
			}
		}
		return letters > 1
	}
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if !unicode.IsUpper(c) {
				return false
			}
		}
	}
	return letters > 1
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
			if t.lower == "“" || t.lower == "\"" || t.lower == "''" || t.lower == "«" || t.lower == "„" {
				open = true
				depth = 1
			}
		case tCloseQ:
			if t.lower == "”" || t.lower == "\"" || t.lower == "''" || t.lower == "»" {
				t.inQuote = true
				open = false
				depth = 0
				continue
			}
		}
		t.inQuote = open && depth > 0
	}
}
