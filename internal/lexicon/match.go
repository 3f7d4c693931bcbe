package lexicon

import (
	"unicode"
	"unicode/utf8"
)

// maxGap is the most tokens a cue's "..." gap spans.
const maxGap = 8

// Match is an entry found at a position of a token slice.
type Match[E any] struct {
	// Entry is the entry matched. For a weak match it is the first of
	// Candidates. Entries are shared: treat them as read-only.
	Entry *E
	// Start and End are the token range matched, half-open.
	Start, End int
	// GapStart and GapEnd are the tokens a cue's "..." gap spans, half-open;
	// equal where the entry has no gap.
	GapStart, GapEnd int
	// Weak is set where the words matched are a weak alias, which names an
	// entry only where context establishes it ("the Times").
	Weak bool
	// Candidates are, for a weak match, every entry the alias may name.
	Candidates []*E
}

// table holds the entries of one kind and a trie of their keys.
type table[E any] struct {
	entries []E
	root    node[E]
	// proper tables hold names: a capitalised word of an entry matches only
	// a capitalised word of the text, where the text is known.
	proper bool
}

type node[E any] struct {
	next map[string]*node[E]
	gap  *node[E] // the rest of the phrases with a gap here

	strong *E
	weak   []*E // in the order they were added
	// The case the text must have for the strong alias, and for the weak
	// ones (what all of them ask).
	strongCase, weakCase casing
}

// casing says which tokens of a phrase must be capitalised in the text:
// caps marks those that need a capital first letter, upper those (short
// acronyms such as "ICE" and "WHO") that must be all capitals.
type casing struct{ caps, upper uint32 }

// add puts the phrase with keys into the trie for e. A later strong entry
// replaces an earlier one with the same keys; weak entries accumulate.
func (t *table[E]) add(keys []string, c casing, e *E, weak bool) {
	n := &t.root
	for _, k := range keys {
		if k == "..." {
			if n.gap == nil {
				n.gap = &node[E]{}
			}
			n = n.gap
			continue
		}
		child := n.next[k]
		if child == nil {
			if n.next == nil {
				n.next = map[string]*node[E]{}
			}
			child = &node[E]{}
			n.next[k] = child
		}
		n = child
	}
	if !t.proper {
		c = casing{}
	}
	if weak {
		if len(n.weak) == 0 {
			n.weakCase = c
		}
		n.weakCase.caps &= c.caps
		n.weakCase.upper &= c.upper
		n.weak = append(n.weak, e)
		return
	}
	n.strong, n.strongCase = e, c
}

// at returns the longest entry whose keys start at toks[i].
func (t *table[E]) at(toks []Token, i int) (Match[E], bool) {
	var m Match[E]
	if i < 0 || i >= len(toks) {
		return m, false
	}
	ok := t.walk(&t.root, toks, i, i, 0, 0, &m)
	return m, ok
}

// walk follows toks from j down from n, recording in best any match that
// ends later than the one it holds. gs and ge are the gap taken so far.
func (t *table[E]) walk(n *node[E], toks []Token, start, j, gs, ge int, best *Match[E]) bool {
	found := false
	for {
		if n.gap != nil {
			for g := 1; g <= maxGap && j+g < len(toks); g++ {
				if endsGap(toks[j+g-1].Key) {
					break
				}
				if t.walk(n.gap, toks, start, j+g, j, j+g, best) {
					found = true
				}
			}
		}
		if j >= len(toks) {
			return found
		}
		child := n.next[toks[j].Key]
		if child == nil {
			return found
		}
		n = child
		j++
		if j <= best.End && best.Entry != nil {
			continue // only a longer match can win
		}
		switch {
		case n.strong != nil && n.strongCase.ok(toks[start:j], gs, ge):
			*best = Match[E]{Entry: n.strong, Start: start, End: j, GapStart: gs, GapEnd: ge}
			found = true
		case len(n.weak) > 0 && n.weakCase.ok(toks[start:j], gs, ge):
			*best = Match[E]{Entry: n.weak[0], Start: start, End: j, GapStart: gs, GapEnd: ge,
				Weak: true, Candidates: n.weak}
			found = true
		}
	}
}

// endsGap reports whether a gap must stop before a token with key k.
func endsGap(k string) bool {
	switch k {
	case ".", "!", "?", ";", ":":
		return true
	}
	return false
}

// ok reports whether toks, the tokens of a match, have the case c asks
// for, where their text is known. Proper tables have no gaps, so gs and ge
// only turn the check off.
func (c casing) ok(toks []Token, gs, ge int) bool {
	if c.caps == 0 || gs != ge {
		return true
	}
	for k := 0; k < len(toks) && k < 32; k++ {
		bit := uint32(1) << k
		if c.caps&bit == 0 || toks[k].Text == "" {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(toks[k].Text); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		if c.upper&bit != 0 && !allUpper(toks[k].Text) {
			return false
		}
	}
	return true
}

// allUpper reports whether every letter of s is a capital.
func allUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isAcronym reports whether s is a short acronym ("ICE", "U.N.", "AT&T"):
// two or three letters, all capitals.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			n++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return n == 2 || n == 3
}

// phraseCase returns the keys of phrase and the case the text must have to
// match it: a word that starts with a capital ("The" aside) needs one, and a
// short acronym must be all capitals.
func phraseCase(phrase string) (keys []string, c casing) {
	for _, tok := range Tokenize(phrase) {
		if tok.Key == "." {
			continue
		}
		bit := uint32(1) << len(keys)
		if r, _ := utf8.DecodeRuneInString(tok.Text); unicode.IsUpper(r) && tok.Key != "the" {
			c.caps |= bit
			if isAcronym(tok.Text) {
				c.upper |= bit
			}
		}
		keys = append(keys, tok.Key)
	}
	return keys, c
}

// lookup returns the strong entry whose name or form is exactly s, in any
// case.
func (t *table[E]) lookup(s string) (*E, bool) {
	toks := Tokenize(s)
	n := 0
	for _, tok := range toks {
		if tok.Key != "." {
			toks[n] = Token{Key: tok.Key}
			n++
		}
	}
	toks = toks[:n]
	m, ok := t.at(toks, 0)
	if !ok || m.Weak || m.End != len(toks) {
		return nil, false
	}
	return m.Entry, true
}
