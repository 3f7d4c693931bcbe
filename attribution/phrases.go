package attribution

import "strings"

// phraseIndex finds multi-word names in token streams, longest first.
type phraseIndex struct {
	byFirst map[string][]phrase
	// proper indexes hold names: a capitalised word of a phrase matches
	// only a capitalised word of the text, and a short acronym ("ICE",
	// "WHO") only the same in capitals.
	proper bool
	// bit is this index's flag in token.starts, set by the analyzer for
	// every word that starts one of its phrases; 0 before indexing.
	bit uint16
	// byID holds byFirst by token.first, once indexed
	byID [][]phrase
}

type phrase struct {
	second string // words[1], or "" for a phrase of one word
	words  []string
	caps   []bool // the word is capitalised in the phrase
	upper  []bool // the word is a short acronym
	val    int
}

func newPhraseIndex() *phraseIndex { return &phraseIndex{byFirst: map[string][]phrase{}} }

func newProperIndex() *phraseIndex {
	return &phraseIndex{byFirst: map[string][]phrase{}, proper: true}
}

// add indexes a phrase given as text; it is split and lowercased the way
// the tokenizer splits text. A leading "the" is optional when matching.
func (px *phraseIndex) add(text string, val int) {
	toks := tokenize(text, nil)
	if len(toks) > 1 && toks[0].lower == "the" {
		toks = toks[1:]
	}
	words := make([]string, 0, len(toks))
	caps := make([]bool, 0, len(toks))
	upper := make([]bool, 0, len(toks))
	for _, t := range toks {
		words = append(words, normWord(t.lower))
		caps = append(caps, t.cap)
		n := len(strings.ReplaceAll(text[t.start:t.e()], ".", ""))
		upper = append(upper, t.upper && n <= 3)
	}
	if len(words) == 0 {
		return
	}
	list := px.byFirst[words[0]]
	for _, p := range list {
		if equalWords(p.words, words) {
			return // first entry wins
		}
	}
	ph := phrase{words: words, caps: caps, upper: upper, val: val}
	if len(words) > 1 {
		ph.second = words[1]
	}
	list = append(list, ph)
	// keep longest first
	for k := len(list) - 1; k > 0 && len(list[k].words) > len(list[k-1].words); k-- {
		list[k], list[k-1] = list[k-1], list[k]
	}
	px.byFirst[words[0]] = list
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// normWord folds a lowercased token for matching: possessive endings
// dropped, periods of initialisms removed ("u.s." → "us").
func normWord(w string) string {
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, '.') < 0 {
		return w
	}
	w = strings.TrimSuffix(w, "'s")
	if strings.HasSuffix(w, "s'") {
		w = w[:len(w)-1]
	}
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
	}
	return w
}

// match returns the value and token length of the longest phrase starting
// at toks[i] (a leading "the" skipped), not running past end.
func (px *phraseIndex) match(toks []token, i, end int) (val, n int, ok bool) {
	start := i
	if i < end && toks[i].lower == "the" {
		i++
	}
	if i >= end || toks[i].kind != tWord && toks[i].kind != tNum {
		return 0, 0, false
	}
	if px.bit != 0 && toks[i].starts&px.bit == 0 {
		return 0, 0, false
	}
	phrases := px.phrasesOf(&toks[i])
	second := "" // most phrases fail on their second word: tried first
	if i+1 < end {
		second = toks[i+1].norm()
	}
	for x := range phrases {
		p := &phrases[x]
		if p.second != second && p.second != "" || i+len(p.words) > end {
			continue
		}
		if px.matchAt(p, toks, i) {
			return p.val, i + len(p.words) - start, true
		}
	}
	return 0, 0, false
}

// matchAt reports whether phrase p is written at toks[i:].
func (px *phraseIndex) matchAt(p *phrase, toks []token, i int) bool {
	for k := 0; k < len(p.words); k++ {
		t := &toks[i+k]
		if k > 0 && t.norm() != p.words[k] {
			return false
		}
		if px.proper && (p.caps[k] && !t.cap || p.upper[k] && !t.upper && !strings.Contains(t.lower, ".")) {
			return false
		}
		// a possessive ends a name: only its last word may carry it
		if k < len(p.words)-1 && t.possessive() {
			return false
		}
	}
	return true
}

// phrasesOf returns the phrases that start with the word of t.
func (px *phraseIndex) phrasesOf(t *token) []phrase {
	if px.bit == 0 {
		return px.byFirst[t.norm()]
	}
	if t.first == 0 {
		return nil
	}
	return px.byID[t.first-1]
}

func (t *token) norm() string {
	if t.kind != tWord && t.kind != tNum {
		return t.lower
	}
	return t.nrm
}

func (t *token) possessive() bool {
	return strings.HasSuffix(t.lower, "'s") || (t.kind == tWord && strings.HasSuffix(t.lower, "s'"))
}
