package compare

import (
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/lexicon"
)

// tokenize splits s with the one word scanner every package shares
// (lexicon.Tokenize), then cuts its words at the marks compare reads
// apart: commas, hyphens and slashes inside a word ("200,000",
// "twenty-five", "non-negotiable", "9/11"), a currency sign before digits
// ("$14") and a percent sign after them ("25%"). Figures, number words and
// word diffs are read on these pieces, so that "non-negotiable" and
// "non–negotiable" differ only in their dash.
func tokenize(s string) []lexicon.Token {
	toks := lexicon.Tokenize(s)
	out := make([]lexicon.Token, 0, len(toks)+len(toks)/8)
	for _, t := range toks {
		if !strings.ContainsAny(t.Text, ",-‑/$%") || utf8.RuneCountInString(t.Text) == 1 {
			out = append(out, t)
			continue
		}
		out = appendPieces(out, s, t)
	}
	return out
}

// appendPieces appends the pieces of token t of s.
func appendPieces(out []lexicon.Token, s string, t lexicon.Token) []lexicon.Token {
	piece := func(start, end int) {
		if end > start {
			out = append(out, lexicon.Token{Text: s[start:end], Key: lexicon.Fold(s[start:end]), Start: start, End: end})
		}
	}
	at := t.Start
	for i := t.Start; i < t.End; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case ',', '-', '‑', '/', '$', '%':
			piece(at, i)
			piece(i, i+n)
			at = i + n
		}
		i += n
	}
	piece(at, t.End)
	return out
}
