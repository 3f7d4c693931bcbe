package attribution

import "strings"

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
	lemma  string
	cat    cueCat
	loaded bool
}

type outletEntry struct {
	name string
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
	cues       map[string]cueEntry // inflected form → entry
	cuePhrases *phraseIndex        // multi-word cues → index into phraseCues
	phraseCues []cueEntry
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
	reasons    []string        // anonymity reasons, lowercase
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

func (l *lex) addOutlet(name string, aliases ...string) {
	l.outletList = append(l.outletList, outletEntry{name: name})
	v := len(l.outletList) - 1
	l.outlets.add(name, v)
	for _, a := range aliases {
		l.outlets.add(a, v)
	}
}

func (l *lex) addInstitution(name, kind string, aliases ...string) {
	l.instList = append(l.instList, instEntry{name: name, kind: kind})
	v := len(l.instList) - 1
	l.insts.add(name, v)
	for _, a := range aliases {
		l.insts.add(a, v)
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

func newLex() *lex {
	return &lex{
		cues:       map[string]cueEntry{},
		cuePhrases: newPhraseIndex(),
		outlets:    newPhraseIndex(),
		insts:      newPhraseIndex(),
		roles:      map[string]roleEntry{},
		roleMulti:  newPhraseIndex(),
		anonHeads:  map[string]bool{},
		vagueHeads: map[string]bool{},
		passives:   map[string]bool{},
	}
}
