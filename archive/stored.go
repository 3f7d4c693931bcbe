package archive

import (
	"fmt"
	"unicode/utf8"

	"github.com/auditnews/audit/result"
)

// encodeResult is how an analysis keeps its result.Article: JSON without
// the article's text and the claims' texts, which the version's text
// holds, compressed.
func encodeResult(a *result.Article) ([]byte, error) {
	lean := *a
	lean.Text = ""
	lean.Claims = make([]result.Claim, len(a.Claims))
	for i, c := range a.Claims {
		c.Text = ""
		lean.Claims[i] = c
	}
	return pack(result.AppendArticle(nil, &lean)), nil
}

// decodeResult reads what encodeResult made, putting the texts back.
func decodeResult(blob []byte, text string) (*result.Article, error) {
	b, err := unpack(blob)
	if err != nil {
		return nil, err
	}
	a, err := result.DecodeArticle(b)
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	a.Text = text
	if len(a.Claims) > 0 {
		offs := runeOffsets(text)
		for i := range a.Claims {
			a.Claims[i].Text = sliceRunes(text, offs, a.Claims[i].Start, a.Claims[i].End)
		}
	}
	return a, nil
}

// runeOffsets returns the byte offset of every code point of s, and
// len(s) last.
func runeOffsets(s string) []int {
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// sliceRunes returns the code points [start, end) of s, clamped to s.
func sliceRunes(s string, offs []int, start, end int) string {
	n := len(offs) - 1
	start, end = min(max(start, 0), n), min(max(end, 0), n)
	if start >= end {
		return ""
	}
	return s[offs[start]:offs[end]]
}
