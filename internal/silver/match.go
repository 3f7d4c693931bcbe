package silver

import (
	"strings"

	"github.com/auditnews/audit/internal/lexicon"
)

// maxPhrase is the most tokens a lexicon phrase the labeller looks up
// holds.
const maxPhrase = 8

// phrases finds the longest lexicon entry whose tokens start at a
// position of a token slice. It is the labeller's own, simpler than the
// analyzer's reading: case is ignored and cues with a gap ("as ... put
// it") are left out, which is enough to read annotated spans.
type phrases[E any] struct {
	byKey map[string]*E
	most  int // tokens in the longest phrase
}

// phrasesOf indexes the forms of entries; a later entry with the same
// form replaces an earlier one.
func phrasesOf[E any](entries []E, forms func(*E) []string) *phrases[E] {
	p := &phrases[E]{byKey: map[string]*E{}}
	for i := range entries {
		e := &entries[i]
		for _, f := range forms(e) {
			if strings.Contains(f, "...") {
				continue
			}
			toks := lexicon.Tokenize(f)
			if len(toks) == 0 || len(toks) > maxPhrase {
				continue
			}
			p.byKey[joinKeys(toks)] = e
			p.most = max(p.most, len(toks))
		}
	}
	return p
}

func joinKeys(toks []lexicon.Token) string {
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = t.Key
	}
	return strings.Join(keys, " ")
}

// match is an entry found at toks[Start:End].
type match[E any] struct {
	Entry      *E
	Start, End int
}

// at returns the longest entry that starts at toks[i].
func (p *phrases[E]) at(toks []lexicon.Token, i int) (match[E], bool) {
	for n := min(p.most, len(toks)-i); n >= 1; n-- {
		if e, ok := p.byKey[joinKeys(toks[i:i+n])]; ok {
			return match[E]{Entry: e, Start: i, End: i + n}, true
		}
	}
	return match[E]{}, false
}

// lexicons are the tables the labeller reads spans with.
type lexicons struct {
	cues      *phrases[lexicon.Cue]
	outlets   *phrases[lexicon.Outlet]
	anonymous *phrases[lexicon.AnonTerm]
	vague     *phrases[lexicon.VagueTerm]
}

func lexiconsOf(set *lexicon.Set) *lexicons {
	return &lexicons{
		cues:      phrasesOf(set.Cues(), func(c *lexicon.Cue) []string { return c.Forms }),
		outlets:   phrasesOf(set.Outlets(), func(o *lexicon.Outlet) []string { return append(append([]string{o.Name}, o.Aliases...), o.Weak...) }),
		anonymous: phrasesOf(set.AnonTerms(), func(a *lexicon.AnonTerm) []string { return a.Forms }),
		vague:     phrasesOf(set.VagueTerms(), func(v *lexicon.VagueTerm) []string { return v.Forms }),
	}
}

// sourcesSentence reports whether a cue of category c sources the
// sentence it stands in under the guidelines: speech, reports, stated
// beliefs, accusations, commitments and phrases such as "according to".
func sourcesSentence(c lexicon.CueCategory) bool {
	switch c {
	case lexicon.Speech, lexicon.Report, lexicon.Belief, lexicon.Accusation, lexicon.Commitment, lexicon.Phrase:
		return true
	}
	return false
}
