package attribution

import (
	"fmt"
	"slices"
	"strings"

	"github.com/auditnews/audit/internal/lexicon"
)

// cueCat is what a cue verb or phrase says about its subject.
type cueCat uint8

const (
	catNone       cueCat = iota
	catSpeech            // said, told, added
	catReport            // reported, found, showed
	catBelief            // believes, argues
	catAccusation        // accused, slammed
	catNotSource         // wants, plans, fears: intention, feeling, action
	catRefusal           // declined to comment
)

type cueEntry struct {
	lemma     string
	cat       cueCat
	loaded    bool
	ambiguous bool // wants more evidence: a that-clause, a quotation, a colon
}

type outletEntry struct {
	name string
	kind string // the lexicon's outlet type: "broadcaster", "newspaper"
}

// weakEntry lists the entries a weak alias may name ("the Times").
type weakEntry struct {
	outlets, insts []int
}

type instEntry struct {
	name     string
	kind     string
	official bool
}

type roleEntry struct {
	canonical string
	official  bool
}

// lex is the vocabulary the analyzer reads with, indexed for its tokens.
type lex struct {
	cues map[string]cueEntry // inflected form → entry
	// words holds, for every word the analyzer looks up, what it is:
	// filled by finish, read once per token
	words      *wordTable
	cueList    []cueEntry
	cuePhrases *phraseIndex // multi-word cues → index into phraseCues
	phraseCues []cueEntry
	afters     *phraseIndex // cues whose source follows: "according to", "as reported by"
	afterCues  []cueEntry
	weak       *phraseIndex // weak aliases → index into weakList
	weakList   []weakEntry
	outlets    *phraseIndex
	outletList []outletEntry
	insts      *phraseIndex
	instList   []instEntry
	roles      map[string]roleEntry // single words: "sen.", "president"
	roleMulti  *phraseIndex         // "secretary of state"
	roleList   []roleEntry
	anonHeads  map[string]bool // official, source, aide: true when plural
	vagueHeads map[string]bool // critics, experts
	passives   map[string]bool // agentless passive cues: seen, believed
	// boundPassives are participles the lexicon knows only after a
	// subject of its own, with those subjects: "raised" in "concerns
	// have been raised" (and not in "the rate was raised")
	boundPassives map[string]map[string]bool
	// statementNouns are the nominal cues of statement: "prediction",
	// "assessment", "allegation"
	statementNouns map[string]bool
	reasons        []string // anonymity reasons, lowercase
	// reasonTopic marks the reasons named as a subject, which count only
	// after a word of cause ("because the information is classified")
	reasonTopic []bool
	// reasonHint holds, for each reason, 1 + the index of a reasonHints
	// word it contains, or 0
	reasonHint []int
	seniority  map[string]bool // senior, former, top
	// reportAdverbs attribute to unnamed media: "reportedly"
	reportAdverbs map[string]bool
	// mediaNouns name unnamed media as a subject: "tabloids", "headlines"
	mediaNouns map[string]bool
	// partyMembers name a member of a party: "republican", "democrat"
	partyMembers map[string]bool
	// the open word lists (see lexicon.WordList), in lower case
	mediaVerbs, controlVerbs, declaredActs, reportedResults, sharedThings, powerNouns map[string]bool
	beliefNouns, relationAdjectives, edAdjectives, verdicts                           map[string]bool
	documentNouns, personNouns, orgNouns, orgSuffixes, placeWords                     map[string]bool
	mastheadWords                                                                     map[string]bool
	femaleNames, maleNames, demonyms, countries, usStates                             map[string]bool
	// placeNames holds the countries and US states, to spare most names
	// a lookup in them
	placeNames wordFilter
}

// addWords puts the words of the open word lists in their sets.
func (l *lex) addWords(words []lexicon.Word) {
	lists := map[lexicon.WordList]map[string]bool{
		lexicon.MediaVerb: l.mediaVerbs, lexicon.ControlVerb: l.controlVerbs, lexicon.DeclaredAct: l.declaredActs, lexicon.ReportedResult: l.reportedResults,
		lexicon.SharedThing: l.sharedThings, lexicon.PowerNoun: l.powerNouns, lexicon.BeliefNoun: l.beliefNouns,
		lexicon.RelationAdjective: l.relationAdjectives, lexicon.EdAdjective: l.edAdjectives, lexicon.Verdict: l.verdicts,
		lexicon.DocumentNoun: l.documentNouns, lexicon.PersonNoun: l.personNouns, lexicon.OrgNoun: l.orgNouns,
		lexicon.OrgSuffix: l.orgSuffixes, lexicon.PlaceWord: l.placeWords, lexicon.MastheadWord: l.mastheadWords,
		lexicon.FemaleName: l.femaleNames,
		lexicon.MaleName:   l.maleNames, lexicon.Demonym: l.demonyms, lexicon.Country: l.countries, lexicon.USState: l.usStates,
	}
	for _, w := range words {
		set := lists[w.List]
		for _, f := range w.Forms {
			set[strings.ToLower(f)] = true
		}
	}
}

func (l *lex) addCue(form string, e cueEntry) {
	form = strings.ToLower(strings.TrimSpace(form))
	if strings.Contains(form, " ") {
		l.phraseCues = append(l.phraseCues, e)
		l.cuePhrases.add(form, len(l.phraseCues)-1)
		return
	}
	if _, ok := l.cues[form]; !ok {
		l.cues[form] = e
	}
}

func (l *lex) addAfter(form string, e cueEntry) {
	l.afterCues = append(l.afterCues, e)
	l.afters.add(strings.ToLower(form), len(l.afterCues)-1)
}

func (l *lex) addWeak(alias string, outlet, inst int) {
	v, n, ok := l.weak.match(tokenize(alias, nil), 0, len(tokenize(alias, nil)))
	if !ok || n != len(tokenize(alias, nil)) {
		l.weakList = append(l.weakList, weakEntry{})
		v = len(l.weakList) - 1
		l.weak.add(alias, v)
	}
	if outlet >= 0 {
		l.weakList[v].outlets = append(l.weakList[v].outlets, outlet)
	}
	if inst >= 0 {
		l.weakList[v].insts = append(l.weakList[v].insts, inst)
	}
}

func (l *lex) addOutlet(name, kind string, weak []string, aliases ...string) {
	l.outletList = append(l.outletList, outletEntry{name: name, kind: kind})
	v := len(l.outletList) - 1
	if !slices.Contains(weak, name) { // a name listed among its weak aliases is weak
		l.outlets.add(name, v)
	}
	for _, a := range aliases {
		l.outlets.add(a, v)
	}
	for _, w := range weak {
		l.addWeak(w, v, -1)
	}
}

func (l *lex) addInstitution(name, kind string, official bool, weak []string, aliases ...string) {
	l.instList = append(l.instList, instEntry{name: name, kind: kind, official: official})
	v := len(l.instList) - 1
	if !slices.Contains(weak, name) {
		l.insts.add(name, v)
	}
	for _, a := range aliases {
		l.insts.add(a, v)
	}
	for _, w := range weak {
		l.addWeak(w, -1, v)
	}
}

func (l *lex) addRole(form, canonical string, official bool) {
	e := roleEntry{canonical: canonical, official: official}
	form = strings.ToLower(form)
	if strings.Contains(form, " ") {
		l.roleList = append(l.roleList, e)
		l.roleMulti.add(form, len(l.roleList)-1)
		return
	}
	l.roles[form] = e
}

// wordInfo is what the lexicons say of one word.
type wordInfo struct {
	starts uint16 // bits of phrase indexes with phrases starting with it
	cue    int32  // 1 + index into cueList, or 0
	first  int32  // 1 + the word's index in phraseIndex.byID, or 0
	cls    wordClass
	stop   bool
	report bool // "reportedly": unnamed media
	doc    bool // a document noun: "report", "poll"
}

// finish indexes every word of the lexicons for the tokenizer's single
// lookup per token.
func (l *lex) finish() error {
	words := make(map[string]wordInfo, len(l.cues)+4096)
	indexes := []*phraseIndex{l.cuePhrases, l.afters, l.weak, l.outlets, l.insts, l.roleMulti}
	n := len(l.cues)
	for _, px := range indexes {
		n += len(px.byFirst)
	}
	if n > maxTableWords {
		return fmt.Errorf("attribution: %d cue and phrase words, more than %d", n, maxTableWords)
	}
	var firsts []string // the words that start a phrase, in order
	for n, px := range indexes {
		px.bit = 1 << n
		for w := range px.byFirst {
			wi := words[w]
			wi.starts |= px.bit
			if wi.first == 0 {
				firsts = append(firsts, w)
				wi.first = int32(len(firsts)) //nolint:gosec // G115: ≤ maxTableWords, checked above
			}
			words[w] = wi
		}
	}
	for _, px := range indexes {
		px.byID = make([][]phrase, len(firsts))
		for i, w := range firsts {
			px.byID[i] = px.byFirst[w]
		}
	}
	for w, e := range l.cues {
		l.cueList = append(l.cueList, e)
		wi := words[w]
		wi.cue = int32(len(l.cueList)) //nolint:gosec // G115: ≤ maxTableWords, checked above
		words[w] = wi
	}
	for w := range stopCaps {
		wi := words[w]
		wi.stop = true
		words[w] = wi
	}
	for w := range l.reportAdverbs {
		wi := words[w]
		wi.report = true
		words[w] = wi
	}
	for _, w := range []string{"allegedly", "purportedly", "supposedly", "reputedly"} {
		wi := words[w]
		wi.report = true
		words[w] = wi
	}
	for w := range l.documentNouns {
		wi := words[w]
		wi.doc = true
		words[w] = wi
	}
	l.addClasses(words)
	l.reasonHint = hintsOf(l.reasons)
	for _, set := range []map[string]bool{l.countries, l.usStates} {
		for w := range set {
			if w != "" {
				l.placeNames.add(w)
			}
		}
	}
	t, err := newWordTable(words)
	if err != nil {
		return err
	}
	l.words = t
	return nil
}

// mayCue reports whether a token can start a cue: a cue word, the first
// word of a cue phrase, or an adverb of report.
func (l *lex) mayCue(t *token) bool {
	return t.cue != 0 || t.report || t.starts&(l.cuePhrases.bit|l.afters.bit) != 0
}

// annotate fills the lexicon facts of every word token: one table lookup
// each (two for possessives and initialisms).
func (l *lex) annotate(toks []token) {
	for k := range toks {
		if t := &toks[k]; t.kind == tWord || t.kind == tNum {
			l.annotateWord(t, l.words.get(t.lower))
		}
	}
}

// annotateWord fills the lexicon facts of a word token, given wi, what the
// lexicons say of its word in lower case.
func (l *lex) annotateWord(t *token, wi wordInfo) {
	t.cue = wi.cue
	cls := wi.cls & lowerClasses
	if t.nrm != t.lower {
		wi = l.words.get(t.nrm)
	}
	t.cls = cls | wi.cls&nrmClasses
	t.starts = wi.starts
	t.first = wi.first
	t.stop = wi.stop
	t.report = wi.report
	t.doc = wi.doc
}

// cueOf returns the cue entry of a token, if its word is a cue.
func (l *lex) cueOf(t *token) (cueEntry, bool) {
	if t.cue == 0 {
		return cueEntry{}, false
	}
	return l.cueList[t.cue-1], true
}

func newLex() *lex {
	return &lex{
		cues:           map[string]cueEntry{},
		cuePhrases:     newPhraseIndex(),
		afters:         newPhraseIndex(),
		weak:           newProperIndex(),
		seniority:      map[string]bool{},
		reportAdverbs:  map[string]bool{"reportedly": true},
		outlets:        newProperIndex(),
		insts:          newProperIndex(),
		roles:          map[string]roleEntry{},
		roleMulti:      newPhraseIndex(),
		anonHeads:      map[string]bool{},
		vagueHeads:     map[string]bool{},
		passives:       map[string]bool{},
		boundPassives:  map[string]map[string]bool{},
		statementNouns: map[string]bool{},
		mediaNouns:     map[string]bool{},
		partyMembers:   map[string]bool{},

		mediaVerbs: map[string]bool{}, controlVerbs: map[string]bool{}, declaredActs: map[string]bool{}, reportedResults: map[string]bool{},
		sharedThings: map[string]bool{}, powerNouns: map[string]bool{}, beliefNouns: map[string]bool{},
		relationAdjectives: map[string]bool{}, edAdjectives: map[string]bool{}, verdicts: map[string]bool{},
		documentNouns: map[string]bool{}, personNouns: map[string]bool{}, orgNouns: map[string]bool{},
		orgSuffixes: map[string]bool{}, placeWords: map[string]bool{}, mastheadWords: map[string]bool{}, femaleNames: map[string]bool{},
		maleNames: map[string]bool{}, demonyms: map[string]bool{}, countries: map[string]bool{}, usStates: map[string]bool{},
	}
}
