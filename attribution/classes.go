package attribution

// wordClass is a set of word lists as bits: the lists a token's word is
// in, found by the one table lookup per token (see lex.annotate), so that
// the rules test a bit where they would look a word up in a map.
type wordClass uint32

// The lists as classes. Each is looked up by one form of the word, as the
// rules read it: the word in lower case (token.lower) or normalised
// (token.norm: no possessive ending, no periods of an initialism).
const (
	// by token.lower
	cAuxiliary       wordClass = 1 << iota // auxiliaries
	cModal                                 // modals
	cNegation                              // negations
	cTimeNoun                              // timeNouns
	cDay                                   // days
	cMidAdverb                             // midAdverbs, less the words adverbWord refuses
	cRole                                  // the one-word roles of the lexicons
	cEdAdjective                           // the lexicons' adjectives in -ed
	cHonorific                             // honorifics
	cPronoun                               // pronouns
	cDeterminer                            // determiners
	cMakerParticiple                       // makerParticiples
	cPhraseStop                            // phraseStops
	cOrgSuffixLower                        // the lexicons' organisation suffixes, by token.lower

	// by token.norm
	cPersonNoun // the lexicons' person nouns
	cOrgNoun    // organisation nouns
	cDemonym    // demonyms
	cAnonHead   // heads of anonymous-source descriptions
	cVagueHead  // heads of vague groups
	cPlaceWord  // place words
	cOrgSuffix  // organisation suffixes
	cFemaleName // female first names
	cMaleName   // male first names
	cCountry    // countries named in one word
)

// lowerClasses are the classes looked up by token.lower, nrmClasses by
// token.norm.
const (
	lowerClasses = cNormFirst - 1
	nrmClasses   = ^lowerClasses
	cNormFirst   = cPersonNoun
)

// is reports whether the token's word is in one of the lists of c. Only
// words and numbers have classes.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }

// addClass puts every word of set in class c.
func addClass[V any](words map[string]wordInfo, set map[string]V, c wordClass) {
	for w := range set {
		wi := words[w]
		wi.cls |= c
		words[w] = wi
	}
}

// addClasses indexes the word lists the rules test by class.
func (l *lex) addClasses(words map[string]wordInfo) {
	addClass(words, auxiliaries, cAuxiliary)
	addClass(words, modals, cModal)
	addClass(words, negations, cNegation)
	addClass(words, timeNouns, cTimeNoun)
	addClass(words, days, cDay)
	mid := make(map[string]struct{}, len(midAdverbs))
	for w := range midAdverbs {
		if midAdverb(w) {
			mid[w] = struct{}{}
		}
	}
	addClass(words, mid, cMidAdverb)
	addClass(words, l.roles, cRole)
	addClass(words, l.edAdjectives, cEdAdjective)
	addClass(words, honorifics, cHonorific)
	addClass(words, pronouns, cPronoun)
	addClass(words, determiners, cDeterminer)
	addClass(words, makerParticiples, cMakerParticiple)
	addClass(words, phraseStops, cPhraseStop)
	addClass(words, l.orgSuffixes, cOrgSuffixLower)

	addClass(words, l.personNouns, cPersonNoun)
	addClass(words, l.orgNouns, cOrgNoun)
	addClass(words, l.demonyms, cDemonym)
	addClass(words, l.anonHeads, cAnonHead)
	addClass(words, l.vagueHeads, cVagueHead)
	addClass(words, l.placeWords, cPlaceWord)
	addClass(words, l.orgSuffixes, cOrgSuffix)
	addClass(words, l.femaleNames, cFemaleName)
	addClass(words, l.maleNames, cMaleName)
	addClass(words, l.countries, cCountry)
}
