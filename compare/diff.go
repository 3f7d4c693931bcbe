package compare

import (
	"strings"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/auditnews/audit/internal/lexicon"
)

// Diff operations.
const (
	Equal  = "equal"
	Delete = "delete" // in the first text only
	Insert = "insert" // in the second text only
)

// DiffOp is one run of a word-level diff: words both texts share, or
// words only one has. Text is as the first text writes it for Equal and
// Delete, as the second does for Insert.
type DiffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// diffToken is a word or punctuation mark with the key it is compared by.
type diffToken struct {
	text  string // as written, with the space before it
	key   string
	start int // byte offset
}

// diffTokens splits s into tokens compared by their folded keys: case is
// kept, but “curly” and "straight" quotation marks, apostrophes and the
// dashes – — - are each one key, and whitespace is no token.
func diffTokens(s string) []diffToken {
	toks := tokenize(s)
	out := make([]diffToken, 0, len(toks))
	prev := 0
	for _, t := range toks {
		key := lexicon.Fold(t.Text)
		if isWordToken(t.Text) || isDigits(key) {
			// keep case: "Said" and "said" differ, accents fold
			key = strings.ReplaceAll(strings.ReplaceAll(t.Text, "’", "'"), "‘", "'")
		}
		out = append(out, diffToken{text: s[prev:t.End], key: key, start: t.Start})
		prev = t.End
	}
	return out
}

// WordDiff compares two texts word by word (go-diff over words, with
// semantic cleanup). Differences of whitespace, quotation marks and
// dashes are no changes.
func WordDiff(a, b string) []DiffOp {
	ta, tb := diffTokens(a), diffTokens(b)
	ids := map[string]rune{}
	encode := func(ts []diffToken) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			id, ok := ids[t.key]
			if !ok {
				// private-use and supplementary planes: never a
				// surrogate, never a character go-diff treats as space
				id = rune(0xF0000 + len(ids)%0x1FFFE)
				ids[t.key] = id
			}
			rs[i] = id
		}
		return rs
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var out []DiffOp
	ia, ib := 0, 0
	add := func(op, text string) {
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text
			return
		}
		out = append(out, DiffOp{Op: op, Text: text})
	}
	for _, d := range diffs {
		n := len([]rune(d.Text))
		var sb strings.Builder
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			for k := 0; k < n && ia < len(ta); k++ {
				sb.WriteString(ta[ia].text)
				ia++
				ib++
			}
			add(Equal, sb.String())
		case diffmatchpatch.DiffDelete:
			for k := 0; k < n && ia < len(ta); k++ {
				sb.WriteString(ta[ia].text)
				ia++
			}
			add(Delete, sb.String())
		case diffmatchpatch.DiffInsert:
			for k := 0; k < n && ib < len(tb); k++ {
				sb.WriteString(tb[ib].text)
				ib++
			}
			add(Insert, sb.String())
		}
	}
	if len(out) > 0 {
		out[0].Text = strings.TrimLeft(out[0].Text, " \t\n")
	}
	return out
}

// Changed reports whether a diff has any change.
func Changed(ops []DiffOp) bool {
	for _, o := range ops {
		if o.Op != Equal {
			return true
		}
	}
	return false
}
