package attribution

import (
	"sort"
	"strings"

	"github.com/auditnews/audit/article"
)

// postModifiers end the core of a noun phrase: what follows qualifies it
// ("officials at Homeland Security", "reports from The New York Times",
// "one of the doctors who sent the letter", "experts I interviewed").
var postModifiers = setOf("of", "at", "from", "in", "with", "for", "on", "who", "which", "that", "whose", "close", "familiar",
	"i", "we", "including", "inside", "within", "across", "under", "among", "to", "by", "released", "published", "posted",
	"cited", "quoted", "interviewed", "involved", "briefed", "knowledgeable", "working", "based", "speaking", "granted",
	"appearing", "issued", "obtained", "seen", "reviewed", "conducted", "commissioned", "like", "such", "about", "over",
	"representing", "the", "a", "an", "privy", "aware", "loyal", "opposed", "sympathetic", "allied", "tied", "linked",
	"connected", "responsible", "polled", "surveyed", "asked", "questioned", "contacted", "reached", "known")

// source builds a Source for tokens [i, j) of the given type.
func (st *state) source(i, j int, name string, typ SourceType) Source {
	src := Source{Name: name, Type: typ}
	st.setSpan(&src, i, j)
	return src
}

// setSpan makes tokens [i, j) the mention of src.
func (st *state) setSpan(src *Source, i, j int) {
	src.Span = article.Span{Start: st.toks[i].s(), End: st.toks[j-1].e()}
	src.Mention = st.doc.Text[src.Span.Start:src.Span.End]
}

// outletEntity registers outlet v of the lexicon as an entity.
func (st *state) outletEntity(v int) *entity {
	o := st.lx.outletList[v]
	e := st.ents.add(&entity{name: o.name, typ: OutletSource, gender: neuter, roles: []string{o.kind}})
	e.outlet = e.name
	return e
}

// fromEntity builds the Source for a mention [i, j) of an entity.
func (st *state) fromEntity(i, j int, e *entity) Source {
	src := st.source(i, j, e.name, e.typ)
	src.Role = e.role
	src.Official = e.official
	if e.typ == OutletSource {
		src.Name = e.outlet
	}
	e.mentions = mergeMentions(e.mentions, []int{i})
	return src
}

// nounPhrase is a noun phrase [i, j) whose core [i, p) ends with its head, hw
// (normalised: "officials", "president"); what follows the core qualifies
// it ("officials at Homeland Security").
type nounPhrase struct {
	i, p, j int
	hw      string
}

// classify decides whether the noun phrase in tokens [i, j) names a
// source, and which: a pronoun, poll respondents, coordinated names, a
// name, people counted or described, the media, an unnamed official, a
// document, a vague group, an institution or a description of a person or
// body, tried in that order.
func (st *state) classify(i, j int) (Source, *entity, bool) {
	i, j = st.trimPhrase(i, j)
	if i >= j {
		return Source{}, nil, false
	}
	switch st.toks[i].lower {
	case "no", "neither", "nor", "without", "nobody", "none", "nothing":
		// "no official statement from ...": a negation names no source
		return Source{}, nil, false
	case "all", "both", "half", "nearly", "almost":
		if i+1 < j {
			if st.toks[i+1].is(cDeterminer) {
				return st.predetermined(i, j)
			}
		}
	}
	// drop a parenthetical at the end: "Sen. Tom Cotton (R-Ark.)"
	if st.toks[j-1].lower == ")" {
		for k := j - 2; k > i; k-- {
			if st.toks[k].lower == "(" {
				j = k
				break
			}
		}
	}
	if j-i == 1 {
		if src, e, ok := st.pronoun(i); ok {
			return src, e, true
		}
	}
	if r := st.titledNameAtEnd(i, j); r > i {
		// "Former Bank of Canada governor Mark Carney": the person the
		// title names, not a fragment of the body before it
		if src, e, ok := st.classify(r, j); ok {
			st.setSpan(&src, i, j)
			return src, e, true
		}
	}
	p := st.coreEnd(i, j)
	src, e, out := st.readPhrase(nounPhrase{i: i, p: p, j: j, hw: st.toks[p-1].norm()})
	return src, e, out == matched
}

// titledNameAtEnd returns the first title word of a person's full name
// that ends the phrase [i, j) after a lower-case title ("governor Mark
// Carney", "chief executive Ian Read"), or i.
func (st *state) titledNameAtEnd(i, j int) int {
	r := j
	for r > i && st.isNameToken(r-1) && !st.toks[r-1].possessive() {
		r--
	}
	if j-r < 2 || r-1 <= i || !st.fullNameIn(r, j) {
		return i
	}
	t := &st.toks[r-1]
	if t.cap || !st.isTitleWord(r-1) {
		return i
	}
	start, _, _, _ := st.titleBefore(r, i)
	if start <= i {
		return i
	}
	return start
}

// readPhrase asks one reader per kind of phrase, in order, until one says
// whether the phrase names a source.
func (st *state) readPhrase(ph nounPhrase) (Source, *entity, outcome) {
	if src, e, out := st.respondentsPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.coordinated(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.unnamedIndividual(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.stationPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.outletDocument(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.namedCore(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.quantified(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.peopleDescribed(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.theMedia(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.personDescribed(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.vagueGroupPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.anonymousPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.documentPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.oneMadeBy(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.vagueHeadPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.authoritiesPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.personNounPhrase(ph); out != noMatch {
		return src, e, out
	}
	if src, e, out := st.peopleOfAKind(ph); out != noMatch {
		return src, e, out
	}
	return st.bodyPhrase(ph)
}

// decide turns a classification into an outcome: matched where it names a
// source, rejected where not.
func decide(src Source, e *entity, ok bool) (Source, *entity, outcome) {
	if ok {
		return src, e, matched
	}
	return src, e, rejected
}

// trimPhrase drops punctuation and quotation marks around the phrase
// [i, j) (a closing parenthesis aside) and a connective opening it ("Then
// an unseen announcer concludes").
func (st *state) trimPhrase(i, j int) (int, int) {
	for i < j && (st.toks[i].kind == tPunct || st.toks[i].kind == tOpenQ || st.toks[i].kind == tCloseQ) {
		i++
	}
	for j > i && (st.toks[j-1].kind == tPunct || st.toks[j-1].kind == tOpenQ || st.toks[j-1].kind == tCloseQ) && st.toks[j-1].lower != ")" {
		j--
	}
	for i+1 < j && leadingConnectives[st.toks[i].lower] {
		i++
	}
	// "In Wednesday's speech the senator": a phrase of time or place
	// before the subject, with no comma
	if i >= j {
		return i, j
	}
	if _, prep := leadingPrepositions[st.toks[i].lower]; prep {
		for x := i + 2; x < j-1; x++ {
			if w := st.toks[x].lower; (w == "the" || w == "a" || w == "an") && st.toks[x-1].kind == tWord && !st.toks[x-1].cap {
				p := st.toks[x-1].lower
				_, det := determiners[p]
				_, post := postModifiers[p]
				_, br := clauseBreakers[p]
				if !det && !post && !br {
					return x, j
				}
			}
		}
	}
	return i, j
}

// leadingPrepositions open a phrase of time or place that may stand before
// a subject without a comma.
var leadingPrepositions = setOf("in", "at", "on", "during", "after", "before", "since", "inside", "outside", "from")

// predetermined classifies a phrase opening with a predeterminer, "all the
// experts", "both the senators", as the phrase after it; a group keeps the
// whole phrase as its name.
func (st *state) predetermined(i, j int) (Source, *entity, bool) {
	src, e, ok := st.classify(i+1, j)
	if ok {
		src.Span.Start = st.toks[i].s()
		src.Mention = st.doc.Text[src.Span.Start:src.Span.End]
		if src.Type == VagueGroup || src.Type == UnnamedOfficial {
			src.Name = cleanName(st.text(i, j))
		}
	}
	return src, e, ok
}

// coreEnd returns the end of the core of the phrase [i, j): its first
// post-modifier, skipping known names that contain one ("Secretary of
// State", "Bank of America").
func (st *state) coreEnd(i, j int) int {
	p := i
	for p < j {
		if n := st.knownNameAt(p, j); n > 0 {
			p += n
			continue
		}
		if p > i && st.postModifierAt(p, j) {
			break
		}
		p++
	}
	return p
}

// knownNameAt returns the length of the institution, outlet or
// multi-word role that starts at token p, or 0.
func (st *state) knownNameAt(p, j int) int {
	if _, n, ok := st.lx.insts.match(st.toks, p, j); ok {
		return n
	}
	if _, n, ok := st.lx.outlets.match(st.toks, p, j); ok {
		return n
	}
	if _, n, ok := st.lx.roleMulti.match(st.toks, p, j); ok && n > 1 {
		return n
	}
	return 0
}

// postModifierAt reports whether token p (not the first of its nounPhrase)
// opens a post-modifier: a word such as "of", "at", "who", "familiar"; an
// adverb before one ("people directly involved", "officials briefly
// detained"); a participle ("exit polls taken in South Carolina", "a study
// published"); a comma or parenthesis.
func (st *state) postModifierAt(p, j int) bool {
	t := &st.toks[p]
	if _, ok := postModifiers[t.lower]; ok {
		return true
	}
	w := t.lower
	if !t.cap && t.kind == tWord && p+1 < j {
		if strings.HasSuffix(w, "ly") && len(w) > 4 && !st.lyNoun(p) {
			if _, ok := postModifiers[st.toks[p+1].lower]; ok || strings.HasSuffix(st.toks[p+1].lower, "ed") {
				return true
			}
		}
		// "exit polls taken in", "a study published"; not "the
		// self-described socialist", an adjective after its determiner
		if (strings.HasSuffix(w, "ed") || w == "taken" || w == "given" || w == "written" || w == "shown" || w == "made") && !st.lx.edAdjectives[w] &&
			!strings.Contains(w, "-") && !st.afterDeterminer(p) {
			return true
		}
	}
	return w == "," || w == "("
}

// afterDeterminer reports whether token p follows "the", "a" or "an".
func (st *state) afterDeterminer(p int) bool {
	if p == 0 {
		return false
	}
	w := st.toks[p-1].lower
	return w == "the" || w == "a" || w == "an"
}

// lyNoun reports whether the word at p, ending in -ly, is a noun rather
// than an adverb: one the lexicons list ("a tally by", "an ally of"), or
// one a determiner opens.
func (st *state) lyNoun(p int) bool {
	w := st.toks[p].norm()
	if st.lx.documentNouns[w] || st.lx.personNouns[w] || st.lx.orgNouns[w] {
		return true
	}
	return st.toks[p-1].is(cDeterminer)
}

// respondentsPhrase reads poll respondents: "52 percent said", "nine out
// of 10 say", "six in 10", "a third of independents, 33%, say"; the poll
// the article reports, when it named one just before.
func (st *state) respondentsPhrase(ph nounPhrase) (Source, *entity, outcome) {
	counted := st.respondents(ph.i, ph.p, ph.j)
	if !counted && !st.pollGroup(ph) {
		return Source{}, nil, noMatch
	}
	if d := st.pollInParagraph(ph.i); d != nil {
		// "In a CNN/ORC poll, 79 percent said": the poll's maker
		src, e := st.documentSource(ph.i, ph.j, d)
		return src, e, matched
	}
	if e := st.recentPoll(ph.i); e != nil {
		src := st.fromEntity(ph.i, ph.j, e)
		st.setSpan(&src, ph.i, ph.j)
		return src, e, matched
	}
	if !counted {
		return Source{}, nil, noMatch // "voters say", with no poll in view: a vague group, read later
	}
	return st.source(ph.i, ph.j, cleanName(st.text(ph.i, ph.j)), VagueGroup), nil, matched
}

// coordinated reads coordinated names: "Reuters and NBC News", "Mr.
// Grassley and Mr. Leahy", and "Mitt Romney and other Republicans", where
// the name comes first.
func (st *state) coordinated(ph nounPhrase) (Source, *entity, outcome) {
	i, p, j := ph.i, ph.p, ph.j
	a := i + 1
	for a < p-1 && st.toks[a].lower != "and" {
		a++
	}
	if a >= p-1 || st.lexiconSpans(i, a) { // "Immigration and Customs Enforcement" is one name
		return Source{}, nil, noMatch
	}
	s1, e1, ok := st.entityEndingAt(i, a)
	if !ok {
		return Source{}, nil, noMatch
	}
	if w := st.toks[a+1].lower; (w == "other" || w == "others" || w == "several" || w == "some" || w == "many") &&
		e1 != nil && (e1.typ == Person || e1.typ == Institution) {
		st.setSpan(&s1, i, j)
		return s1, e1, matched
	}
	s2, e2, ok := st.entityEndingAt(a+1, p)
	if !ok || e1 == nil || e2 == nil || e1 == e2 {
		return Source{}, nil, noMatch
	}
	g := st.ents.add(&entity{name: e1.name + " and " + e2.name, typ: e1.typ, plural: true, gender: plural,
		mentions: []int{i}, outlet: e1.outlet})
	if e1.typ == OutletSource {
		g.outlet = e1.name + " and " + e2.name
	}
	src := st.source(i, p, g.name, s1.Type)
	src.Official = s1.Official && s2.Official
	return src, g, matched
}

// namedCore reads a name that ends the core: a person, institution,
// outlet or country ("A Bloomberg poll" is a document, read later).
func (st *state) namedCore(ph nounPhrase) (Source, *entity, outcome) {
	if st.toks[ph.i].lower == "the" && ph.p > ph.i+1 && st.toks[ph.p-1].cap && partyMember[ph.hw] {
		// "the Kentucky Republican": the person the article placed there
		if e := st.placedPerson(ph); e != nil {
			return st.fromEntity(ph.i, ph.j, e), e, matched
		}
	}
	if src, e, ok := st.entityEndingAt(ph.i, ph.p); ok {
		return src, e, matched
	}
	return Source{}, nil, noMatch
}

// quantified reads people counted among others: "one of the doctors",
// "some of the experts", "a handful of senators".
func (st *state) quantified(ph nounPhrase) (Source, *entity, outcome) {
	i, p, j, hw := ph.i, ph.p, ph.j, ph.hw
	quantity := (p == i+2 || p == i+3) && p < j && st.toks[p].lower == "of" && quantityNouns[hw] &&
		(st.toks[i].lower == "a" || st.toks[i].lower == "the") // "a handful of senators"
	if !(p == i+1 || quantity) || p >= j || st.toks[p].lower != "of" {
		return Source{}, nil, noMatch
	}
	if _, ok := determiners[hw]; !ok && hw != "one" && hw != "none" && numberWords[hw] == 0 && !quantity {
		return Source{}, nil, noMatch
	}
	src, e, ok := st.classify(p+1, j)
	if !ok && !quantity && st.pluralCommonHead(p+1, j) {
		// "one of the docs who sent the letter": people of a kind
		src, e, ok = st.source(p+1, j, "", VagueGroup), nil, true
	}
	if !ok || src.Type != UnnamedOfficial && src.Type != VagueGroup {
		return Source{}, nil, noMatch
	}
	src.Span.Start = st.toks[i].s()
	src.Mention = st.doc.Text[src.Span.Start:src.Span.End]
	src.Name = cleanName(st.text(i, j))
	src.Count = countOf(st, i, p)
	return src, e, matched
}

// peopleDescribed reads people described by what follows: "those close to
// him", "many who watched".
func (st *state) peopleDescribed(ph nounPhrase) (Source, *entity, outcome) {
	switch ph.hw {
	case "those", "many", "some", "others", "several", "few", "most", "both":
		if ph.p == ph.i+1 {
			return st.source(ph.i, ph.j, cleanName(st.text(ph.i, ph.j)), VagueGroup), nil, matched
		}
	}
	return Source{}, nil, noMatch
}

// theMedia reads the media, unnamed: "news organizations", "media
// outlets", "the press".
func (st *state) theMedia(ph nounPhrase) (Source, *entity, outcome) {
	i, p, hw := ph.i, ph.p, ph.hw
	switch {
	case (hw == "organizations" || hw == "organisations" || hw == "outlets" || hw == "networks" || hw == "newspapers" ||
		hw == "organization" || hw == "organisation" || hw == "outlet" || hw == "network") &&
		p > i && (st.toks[p-2].lower == "news" || st.toks[p-2].lower == "media"):
	case hw == "press" && p == i+2 && st.toks[i].lower == "the":
	case st.lx.mediaNouns[hw] && !st.toks[p-1].cap:
	default:
		return Source{}, nil, noMatch
	}
	return st.source(i, ph.j, "unnamed reports", OutletSource), nil, matched
}

// personDescribed reads one person described, whom the article has just
// named: "The world-renowned infectious disease expert predicted", "The
// Sunshine State's chief executive said".
func (st *state) personDescribed(ph nounPhrase) (Source, *entity, outcome) {
	i := ph.i
	if ph.p > i+1 && (st.toks[i].lower == "the" || st.toks[i].possessive()) && singularPersonHead(ph.hw, st) {
		if e := st.recent(i, 3, isPerson); e != nil {
			return st.fromEntity(i, ph.j, e), e, matched
		}
	}
	return Source{}, nil, noMatch
}

// placedPerson returns the person in view whose place the capitalised words
// of a description name ("the Kentucky Republican": someone of Kentucky),
// or nil.
func (st *state) placedPerson(ph nounPhrase) *entity {
	for x := ph.i + 1; x < ph.p-1; x++ {
		if t := &st.toks[x]; t.cap && t.kind == tWord {
			w := t.norm()
			if e := st.salient(ph.i, func(e *entity) bool { return e.typ == Person && e.hasRole(w) }); e != nil {
				return e
			}
		}
	}
	return nil
}

// vagueGroupPhrase reads a vague group, even where anonymous-source
// descriptions use the word too: "experts", "analysts".
func (st *state) vagueGroupPhrase(ph nounPhrase) (Source, *entity, outcome) {
	hw := ph.hw
	if _, vague := st.lx.vagueHeads[hw]; !vague || strings.Contains(hw, "official") || hw == "sources" || hw == "source" {
		return Source{}, nil, noMatch
	}
	if _, doc := st.lx.documentNouns[hw]; doc {
		return Source{}, nil, noMatch
	}
	return st.vagueGroup(ph), nil, matched
}

// vagueGroup is the source of a vague group: the phrase, with its count.
func (st *state) vagueGroup(ph nounPhrase) Source {
	src := st.source(ph.i, ph.j, cleanName(st.text(ph.i, ph.j)), VagueGroup)
	src.Count = countOf(st, ph.i, ph.p)
	return src
}

// anonymousPhrase reads unnamed officials and sources: "two current and
// two former US officials".
func (st *state) anonymousPhrase(ph nounPhrase) (Source, *entity, outcome) {
	if plural, ok := st.lx.anonHeads[ph.hw]; ok {
		return st.anonymous(ph.i, ph.p, ph.j, plural), nil, matched
	}
	return Source{}, nil, noMatch
}

// documentPhrase reads a document, poll or report, by its maker.
func (st *state) documentPhrase(ph nounPhrase) (Source, *entity, outcome) {
	if _, ok := st.lx.documentNouns[ph.hw]; ok {
		return decide(st.document(ph.i, ph.p, ph.j))
	}
	return Source{}, nil, noMatch
}

// oneMadeBy reads one of the polls or studies just named, by its maker:
// "One released this week by Fox News found".
func (st *state) oneMadeBy(ph nounPhrase) (Source, *entity, outcome) {
	i, p, j := ph.i, ph.p, ph.j
	if (ph.hw != "one" && ph.hw != "another") || p >= j || !st.toks[p].is(cMakerParticiple) {
		return Source{}, nil, noMatch
	}
	k := p + 1
	for k+1 < j && st.toks[k].lower != "by" {
		k++
	}
	if k+1 >= j {
		return Source{}, nil, noMatch
	}
	start := k + 1
	if st.toks[start].lower == "the" && start+1 < j {
		start++
	}
	src, e, ok := st.entityEndingAt(k+1, st.nameEnd(start, j))
	if !ok {
		return Source{}, nil, noMatch
	}
	st.setSpan(&src, i, j)
	if src.Type != OutletSource {
		src.Type = Document
	}
	return src, e, matched
}

// vagueHeadPhrase reads the vague groups vagueGroupPhrase leaves.
func (st *state) vagueHeadPhrase(ph nounPhrase) (Source, *entity, outcome) {
	if _, ok := st.lx.vagueHeads[ph.hw]; ok {
		return st.vagueGroup(ph), nil, matched
	}
	return Source{}, nil, noMatch
}

// authoritiesPhrase reads the authorities, the police, the government:
// the one the article describes, or else a body named by the phrase.
func (st *state) authoritiesPhrase(ph nounPhrase) (Source, *entity, outcome) {
	hw := ph.hw
	if !(hw == "authorities" || hw == "police" || hw == "government" || hw == "administration" || hw == "prosecutors" && ph.p > ph.i+1) {
		return Source{}, nil, noMatch
	}
	if src, e, ok := st.description(ph.i, ph.p, ph.j, false); ok {
		return src, e, matched
	}
	src := st.source(ph.i, ph.p, cleanName(st.text(ph.i, ph.p)), Institution)
	src.Official = true
	src.Name = strings.TrimPrefix(strings.TrimPrefix(src.Name, "the "), "The ")
	return src, nil, matched
}

// personNounPhrase reads a description of a person: "the senator", "a
// 58-year-old".
func (st *state) personNounPhrase(ph nounPhrase) (Source, *entity, outcome) {
	if _, ok := st.lx.personNouns[ph.hw]; ok || strings.HasSuffix(ph.hw, "-year-old") {
		return decide(st.description(ph.i, ph.p, ph.j, true))
	}
	return Source{}, nil, noMatch
}

// peopleOfAKind reads unnamed people of a kind: "several senators", "some
// lawmakers".
func (st *state) peopleOfAKind(ph nounPhrase) (Source, *entity, outcome) {
	hw := ph.hw
	if !strings.HasSuffix(hw, "s") || len(hw) <= 3 || st.toks[ph.p-1].cap {
		return Source{}, nil, noMatch
	}
	if _, ok := st.lx.personNouns[hw[:len(hw)-1]]; !ok {
		return Source{}, nil, noMatch
	}
	return st.vagueGroup(ph), nil, matched
}

// bodyPhrase reads a description of an organisation: the body of a person
// or organisation the phrase names ("Kelly Ayotte's campaign", "Trump's
// office"), or the one it describes ("the agency").
func (st *state) bodyPhrase(ph nounPhrase) (Source, *entity, outcome) {
	i, p, j, hw := ph.i, ph.p, ph.j, ph.hw
	if _, ok := st.lx.orgNouns[hw]; !ok {
		return Source{}, nil, noMatch
	}
	if p-1 > i && st.toks[p-2].possessive() {
		if src, e, ok := st.entityEndingAt(i, p-1); ok && e != nil && (e.typ == Person || e.typ == Institution) {
			out := st.source(i, j, e.name+" "+hw, Institution)
			out.Official = src.Official
			return out, nil, matched
		}
	}
	return decide(st.description(i, p, j, false))
}

// lexiconSpans reports whether a lexicon name starting in [i, a) runs
// past token a.
func (st *state) lexiconSpans(i, a int) bool {
	for k := i; k < a; k++ {
		if _, n, ok := st.lx.insts.match(st.toks, k, len(st.toks)); ok && k+n > a {
			return true
		}
		if _, n, ok := st.lx.outlets.match(st.toks, k, len(st.toks)); ok && k+n > a {
			return true
		}
	}
	return false
}

// weakSource resolves a weak alias the article has not tied to an earlier
// mention, standing whole as the source of a cue ("The Hill reported",
// "according to Reason"), to the one outlet it can name; a place ("New
// York said"), a person the article named, an alias several entries share
// and a one-word alias opening a sentence resolve to nothing.
func (st *state) weakSource(v, k, p int) *entity {
	w := st.lx.weakList[v]
	if st.toks[k].lower == "the" && k+1 < p {
		k++ // "the New York state attorney general": the place, after "the"
	}
	if len(w.outlets) != 1 || len(w.insts) != 0 || st.newPlace(k, p) > 0 || isPlace(st, k, p) || st.longerName(p) {
		return nil
	}
	if p-k == 1 && st.atSentenceStart(k) {
		return nil // "People", "Time", "Reason" opening a sentence are words
	}
	if name := cleanName(st.text(k, p)); st.ents.find(name, Person) != nil || st.ents.bySurname(name) != nil {
		return nil
	}
	e := st.outletEntity(w.outlets[0])
	return e
}

// longerName reports whether a name ending at token p runs on as "of"
// and a capitalised word: "The Republic of Turkey" is no "The Republic".
func (st *state) longerName(p int) bool {
	return p+1 < len(st.toks) && st.toks[p].lower == "of" && st.toks[p+1].kind == tWord && st.toks[p+1].cap
}

// entityEndingAt finds a name that ends the core [i, p) of a noun phrase:
// an outlet, institution or weak alias of the lexicons, or a run of name
// tokens, resolved to the entity it names.
func (st *state) entityEndingAt(i, p int) (Source, *entity, bool) {
	for k := i; k < p; k++ {
		if st.toks[k].kind != tWord {
			continue
		}
		if src, e, ok := st.lexiconNameAt(k, p); ok {
			return src, e, true
		}
		if !st.isNameToken(k) && !st.ambiguousFirstName(k, p) {
			continue
		}
		if end := st.nameRun(k, p); end != p {
			k = end - 1
			continue
		}
		return st.nameRunEntity(i, k, p)
	}
	return Source{}, nil, false
}

// lexiconNameAt finds an outlet, institution or weak alias of the lexicons
// that starts at token k and ends at p.
func (st *state) lexiconNameAt(k, p int) (Source, *entity, bool) {
	if v, n, ok := st.lx.outlets.match(st.toks, k, p); ok && k+n == p {
		e := st.outletEntity(v)
		return st.fromEntity(k, p, e), e, true
	}
	if v, n, ok := st.lx.insts.match(st.toks, k, p); ok && k+n == p {
		ie := st.lx.instList[v]
		e := st.ents.add(&entity{name: ie.name, typ: Institution, roles: []string{ie.kind}, gender: neuter, official: ie.official})
		return st.fromEntity(k, p, e), e, true
	}
	if v, n, ok := st.lx.weak.match(st.toks, k, p); ok && k+n == p {
		if e := st.weakReferent(v, k); e != nil {
			return st.fromEntity(k, p, e), e, true
		}
		if e := st.weakSource(v, k, p); e != nil {
			return st.fromEntity(k, p, e), e, true
		}
	}
	return Source{}, nil, false
}

// nameRunEntity resolves the name run [k, p) that ends the core [i, p) of
// a noun phrase: an outlet's journalist, a country or organisation, an
// entity the article knows, an acronym, or a new person or place.
func (st *state) nameRunEntity(i, k, p int) (Source, *entity, bool) {
	// "CNN's Elle Reeve adds": an outlet's journalist reports for it
	if k > i && st.toks[k-1].possessive() {
		for b := k - 1; b >= i && b >= k-4; b-- {
			if v, n, ok := st.lx.outlets.match(st.toks, b, k); ok && b+n == k {
				e := st.outletEntity(v)
				return st.fromEntity(i, p, e), e, true
			}
		}
	}
	name := cleanName(st.text(k, p))
	if _, ok := st.lx.countries[st.ents.lower(name)]; ok {
		e := st.ents.add(&entity{name: name, typ: Institution, roles: []string{"country"}, gender: neuter, official: true})
		return st.fromEntity(k, p, e), e, true
	}
	if e := st.mastheadOutlet(k, p); e != nil {
		return st.fromEntity(k, p, e), e, true // "The Daily Ledger reported"
	}
	if isOrgName(st, k, p) {
		e := st.ents.add(&entity{name: strings.TrimPrefix(name, "The "), typ: Institution, gender: neuter})
		return st.fromEntity(k, p, e), e, true
	}
	hg := unknownGender
	if k > i {
		hg = honorificGender(st.toks[k-1].lower)
	}
	if e := st.knownByName(k, p, name, hg); e != nil {
		return st.fromEntity(i, p, e), e, true
	}
	if e := st.callSignOutlet(k); e != nil && p-k == 1 {
		return st.fromEntity(k, p, e), e, true // "KTVU reported"
	}
	if st.toks[k].upper && p-k == 1 {
		// an unknown acronym: an organisation
		e := st.ents.add(&entity{name: name, typ: Institution, gender: neuter})
		return st.fromEntity(k, p, e), e, true
	}
	return st.newName(i, k, p)
}

// knownByName finds the entity the article already knows by the name run
// [k, p), whose text is name: by the whole name, by a surname, by a
// surname after abbreviated titles ("Msgr. Farmer", as after "Mr."), of
// gender hg where an honorific gives one.
func (st *state) knownByName(k, p int, name string, hg gender) *entity {
	if e := st.ents.find(name, ""); e != nil && (hg == unknownGender || e.typ != Person || e.gender == unknownGender || e.gender == hg) {
		return e
	}
	if p-k == 1 {
		return st.ents.bySurnameG(name, hg)
	}
	a := st.pastAbbreviatedTitles(k, p)
	if a == k || p-a != 1 {
		return nil
	}
	e := st.ents.bySurnameG(cleanName(st.text(a, p)), hg)
	if e == nil {
		return nil
	}
	if _, role, official, _ := st.titleBefore(a, k); role != "" && e.role == "" {
		e.role, e.official = role, e.official || official
		e.addRole(role)
	}
	return e
}

// newName registers the name run [k, p), ending the core [i, p) of a noun
// phrase, as a new place or person, once the titles and demonyms inside
// it are set apart ("Mexican President", "Speaker"). A lone common word
// opening the sentence ("Critics", "Photos") and a group ("Democrats")
// name no one.
func (st *state) newName(i, k, p int) (Source, *entity, bool) {
	r := k
	for r < p && (st.isTitleWord(r) || st.lx.isDemonym(&st.toks[r])) {
		r++
	}
	if r == p {
		return Source{}, nil, false
	}
	r = st.nameAfterTitles(r, p)
	name := cleanName(st.text(r, p))
	if p-r == 1 {
		if st.atSentenceStart(r) && st.commonWord(r) && !st.knownSurname(r) {
			return Source{}, nil, false
		}
		if st.toks[r].is(cVagueHead) {
			return Source{}, nil, false
		}
	}
	if isPlace(st, r, p) {
		e := st.ents.add(&entity{name: name, typ: Institution, roles: []string{"place"}, gender: neuter, official: true})
		return st.fromEntity(r, p, e), e, true
	}
	_, role, official, g := st.titleBefore(r, i)
	if g == unknownGender {
		g = genderOfToken(&st.toks[r])
	}
	e := st.ents.add(&entity{name: name, typ: Person, role: role, official: official, gender: g})
	if role != "" {
		e.addRole(role)
	}
	return st.fromEntity(i, p, e), e, true
}

// nameAfterTitles returns the first token of the personal name that ends
// the name run [r, end), past a place or body and a title inside the run:
// "New York Governor Kathy Hochul", "House Majority Leader Steny Hoyer". A
// title counts only with at least two words after it, so "General Motors"
// stays whole.
func (st *state) nameAfterTitles(r, end int) int {
	for q := end - 3; q >= r; q-- {
		if st.toks[q].kind == tWord && st.isTitleWord(q) {
			return q + 1
		}
	}
	// "(Director of) National Intelligence James Clapper", "(Assistant
	// Secretary for) Diplomatic Security Charlene Lamb": the rest of a
	// title before a first name and one or two more words, where a word
	// before the first name is a common word, not a name ("Anne Marie
	// Murphy", "J. Russell George" keep their first names)
	if end-r >= 3 {
		for q := max(r+1, end-3); q <= end-2; q++ {
			if genderOfToken(&st.toks[q]) != unknownGender && st.commonWordIn(r, q) {
				return q
			}
		}
	}
	return r
}

// knownSurname reports whether token k, which looks like a common word
// ("Boutrous" ends as "dangerous" does), is the surname of a person the
// article has named in full, and is never written in lower case.
func (st *state) knownSurname(k int) bool {
	t := &st.toks[k]
	if t.lowerSeen || t.stop || t.cue != 0 {
		return false
	}
	e := st.ents.bySurname(st.text(k, k+1))
	return e != nil && e.typ == Person && strings.Contains(e.name, " ")
}

// commonWordIn reports whether a token of [i, j) is a common word rather
// than part of a name (see commonWord).
func (st *state) commonWordIn(i, j int) bool {
	for k := i; k < j; k++ {
		if st.toks[k].kind == tWord && st.commonWord(k) {
			return true
		}
	}
	return false
}

// isTitleWord reports whether token k is a role or a word for a kind of
// person: "Governor", "Speaker", "businessman".
func (st *state) isTitleWord(k int) bool {
	return st.toks[k].is(cRole | cPersonNoun)
}

// isDemonym reports whether t is a demonym: "Mexican", "French".
func (l *lex) isDemonym(t *token) bool { return t.is(cDemonym) }

// makerParticiples name who made a poll or document: "one released by".
var makerParticiples = map[string]bool{"released": true, "published": true, "conducted": true, "commissioned": true,
	"taken": true, "done": true, "issued": true, "carried": true, "sponsored": true}

// partyMember heads name a person by party or creed, capitalised: "the
// Kentucky Republican", "the Vermont independent".
var partyMember = map[string]bool{"republican": true, "democrat": true, "independent": true, "libertarian": true,
	"conservative": true, "liberal": true, "progressive": true, "socialist": true, "tory": true}

// leadingConnectives open a clause before its subject.
var leadingConnectives = map[string]bool{"then": true, "now": true, "also": true, "meanwhile": true, "still": true,
	"yet": true, "so": true, "thus": true, "instead": true, "later": true, "finally": true, "next": true, "and": true,
	"but": true}

// singularPersonHead reports whether hw, the head of a definite phrase,
// names one person by what they are: "expert", "executive", "czar",
// "Republican", "medalist"; not an unnamed source ("official", "source",
// "spokesman"), who stays anonymous.
func singularPersonHead(hw string, st *state) bool {
	switch hw {
	case "official", "source", "spokesman", "spokeswoman", "spokesperson", "aide", "person", "insider", "staffer",
		"employee", "member", "resident", "witness", "worker", "voter", "one", "other":
		return false
	case "executive", "czar", "republican", "democrat", "expert", "medalist", "champion", "veteran", "lawyer",
		"attorney", "economist", "strategist", "historian", "scientist", "physician", "doctor", "host", "anchor",
		"star", "actor", "actress", "singer", "billionaire", "mogul", "tycoon", "author", "novelist", "founder",
		"frontrunner", "front-runner":
		return true
	}
	// offices ("the senator", "the mayor") are matched by role elsewhere;
	// documents and polls are no people
	if _, role := st.lx.roles[hw]; role {
		return false
	}
	if _, doc := st.lx.documentNouns[hw]; doc || strings.HasSuffix(hw, "s") {
		return false
	}
	_, vague := st.lx.vagueHeads[hw+"s"]
	return vague
}

// recent returns the entity ok accepts that the article mentioned last
// before token k, if in the sentence of k or the n before it.
func (st *state) recent(k, n int, ok func(*entity) bool) *entity {
	si := st.sentenceOf(k)
	if si >= len(st.sents) {
		return nil
	}
	floor := st.sents[max(0, si-n)].t0
	e := st.ents.latest(k, ok)
	if e == nil || e.lastBefore(k) < floor {
		return nil
	}
	return e
}

func isPerson(e *entity) bool { return e.typ == Person }

// isMaker reports whether e can issue a statement or letter: a person or
// a body that is not a place.
func isMaker(e *entity) bool { return e.typ == Institution && !e.hasRole("place") || e.typ == Person }

// quantityNouns count people: "a handful of senators", "a group of
// doctors".
var quantityNouns = map[string]bool{"handful": true, "group": true, "number": true, "couple": true, "dozen": true, "bunch": true,
	"pair": true, "trio": true, "host": true, "slew": true, "chorus": true, "few": true, "majority": true, "minority": true}

// honorificGender is the gender an honorific gives: "Mr." male, "Ms." and
// "Mrs." female.
func honorificGender(w string) gender {
	switch strings.TrimSuffix(w, ".") {
	case "mr", "sir", "señor", "sr":
		return male
	case "ms", "mrs", "miss", "madam", "señora", "sra", "dame", "lady":
		return female
	}
	return unknownGender
}

// commonWord reports whether token k, capitalised at the start of a
// sentence, is a common word rather than a name: the article writes it in
// lower case elsewhere, or the lexicons know it as a noun or verb.
func (st *state) commonWord(k int) bool {
	t := &st.toks[k]
	w := t.norm()
	if t.lowerSeen || t.stop || t.cue != 0 {
		return true
	}
	if _, det := determiners[w]; det || st.lx.documentNouns[w] || st.lx.personNouns[w] || st.lx.orgNouns[w] || st.lx.demonyms[w] {
		return true
	}
	_, anon := st.lx.anonHeads[w]
	_, vague := st.lx.vagueHeads[w]
	return anon || vague || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || st.lx.commonSuffix(w)
}

// commonSuffixes end nouns and adjectives and few names: "Applications",
// "Initial", "Feverish", "Dangerous".
var commonSuffixes = []string{"tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities", "ous", "ive",
	"ives", "ish", "ism", "isms", "ance", "ances", "ence", "ences", "ical", "ial", "al"}

// commonSuffix reports whether a word of seven letters or more ends as a
// common noun or adjective does, and is not a known first name.
func (l *lex) commonSuffix(w string) bool {
	if len(w) < 7 || l.genderOfName(w) != unknownGender {
		return false
	}
	for _, suf := range commonSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// pronoun resolves a pronoun at token i.
func (st *state) pronoun(i int) (Source, *entity, bool) {
	w := st.toks[i].lower
	g, ok := pronouns[w]
	if !ok {
		return Source{}, nil, false
	}
	var e *entity
	switch g {
	case male, female:
		// "A senior official said ... He added": the unnamed person the
		// sentence before cited
		if src, ok := st.recentGroup(i, true); ok {
			return src, nil, true
		}
		// a person the article reports killed speaks no more: "he told
		// police" is someone else, where someone else is in view
		fits := personOfGender(g, false)
		e = st.salientG(i, fits, g)
		if e != nil && e.dead && !(i+1 < len(st.toks) && st.toks[i+1].lower == "had") {
			// "he had told friends" before his death is his
			if o := st.recent(i, 3, func(o *entity) bool { return fits(o) && !o.dead }); o != nil {
				e = o
			}
		}
	case neuter:
		// "it": a body, outlet or document; a country, not a state or
		// town named as a place ("Governor Ortiz of Ohio")
		e = st.salient(i, func(e *entity) bool {
			return e.typ == Institution && (!e.hasRole("place") || st.lx.countries[e.lname]) || e.typ == OutletSource || e.typ == Document
		})
	case plural:
		// "Critics say ... They argue": the unnamed people the sentence
		// before cited
		if src, ok := st.recentGroup(i, false); ok {
			return src, nil, true
		}
		// "they": people, or a body of them; never a place
		e = st.salient(i, func(e *entity) bool {
			return e.plural || e.typ == Institution && !e.hasRole("place") || e.typ == UnnamedOfficial || e.typ == VagueGroup
		})
	}
	if e == nil {
		return Source{}, nil, false
	}
	if e.typ == Document {
		src, m := st.documentSource(i, i+1, e) // "it said": the report, its maker's
		return src, m, true
	}
	return st.fromEntity(i, i+1, e), e, true
}

// recentGroup returns, for "they" at token i, the unnamed officials or
// vague group that sourced the sentence before it in the paragraph, as a
// mention at i; for "he" or "she" (one), the one unnamed person.
func (st *state) recentGroup(i int, one bool) (Source, bool) {
	si := st.sentenceOf(i)
	if si == 0 || si >= len(st.sents) {
		return Source{}, false
	}
	prev := &st.sents[si-1]
	if prev.Block != st.sents[si].Block || prev.att == nil || prev.att.ent != nil || (prev.att.src.Count == 1) != one {
		return Source{}, false
	}
	if t := prev.att.src.Type; t != UnnamedOfficial && t != VagueGroup {
		return Source{}, false
	}
	src := prev.att.src
	st.setSpan(&src, i, i+1)
	return src, true
}

// salient picks the entity a pronoun or description at token k refers to.
// Each candidate that ok accepts is scored by how recently it was
// mentioned, whether that mention was a clause's subject, and whether it
// was the source of a recent attribution; persons of known gender
// matching want are preferred to persons of unknown gender.
func (st *state) salient(k int, ok func(*entity) bool) *entity {
	return st.salientG(k, ok, unknownGender)
}

func (st *state) salientG(k int, ok func(*entity) bool, want gender) *entity {
	si := st.sentenceOf(k)
	if si >= len(st.sents) {
		return st.ents.latest(k, ok)
	}
	recent := st.recentSources(si)
	horizon := 0
	if si >= salienceWindow {
		horizon = st.sents[si-salienceWindow].t0
	}
	var best *entity
	bestScore := -1 << 30
	for _, e := range st.ents.inView() {
		if !ok(e) {
			continue
		}
		m := st.lastPlainMention(e, k, horizon)
		if m < 0 {
			continue
		}
		score := st.mentionScore(m, si) + recent.score(e)
		// the article's main people: every five mentions so far, a point
		score += min(3, sort.SearchInts(e.mentions, k)/5)
		if want != unknownGender && e.gender == want {
			score++
		}
		if score > bestScore || score == bestScore && best != nil && m > best.lastBefore(k) {
			best, bestScore = e, score
		}
	}
	return best
}

// sourcesBefore are the sources of the four sentences before one, nearest
// first, and whether each is in the same paragraph.
type sourcesBefore struct {
	ents     [4]*entity
	samePara [4]bool
}

// recentSources returns the sources of the sentences before sentence si:
// three back, and a fourth in the same paragraph.
func (st *state) recentSources(si int) sourcesBefore {
	var r sourcesBefore
	para := st.sents[si].Block
	for back := 1; back <= 4 && si-back >= 0; back++ {
		prev := &st.sents[si-back]
		if prev.att != nil && prev.att.ent != nil && (back <= 3 || prev.Block == para) {
			r.ents[back-1] = prev.att.ent
			r.samePara[back-1] = prev.Block == para
		}
	}
	return r
}

// score is what being a recent source adds to an entity's salience: more
// the nearer, half as much from the paragraph before.
func (r *sourcesBefore) score(e *entity) int {
	for b, x := range r.ents {
		if x == e {
			if !r.samePara[b] {
				return 3 - b
			}
			return 2 * (3 - b)
		}
	}
	return 0
}

// lastPlainMention returns the latest mention of e before token k that is
// outside quotation marks and not before token horizon, or -1.
func (st *state) lastPlainMention(e *entity, k, horizon int) int {
	for x := sort.SearchInts(e.mentions, k) - 1; x >= 0 && e.mentions[x] >= horizon; x-- {
		if !st.toks[e.mentions[x]].inQuote {
			return e.mentions[x]
		}
	}
	return -1
}

// mentionScore scores a mention at token m for a reference in sentence si:
// less the further back, more where it opens a clause, the more so as its
// sentence's subject or in the same sentence.
func (st *state) mentionScore(m, si int) int {
	ms := st.sentenceOf(m)
	dist := si - ms
	score := -3 * dist
	if st.clauseInitial(m, st.sents[ms].t0) {
		score += 3
		if m == st.firstWord(&st.sents[ms]) {
			score += 2 // the subject of its sentence
		}
		if dist == 0 {
			score += 4
		}
	}
	return score
}

// salienceWindow is how many sentences back a pronoun or description
// looks for its referent.
const salienceWindow = 12

// clauseInitial reports whether a mention at token m opens a clause: it
// starts the sentence or follows a comma, a conjunction or a subordinator,
// perhaps after a determiner, a title or a hyphenated modifier ("The
// 59-year-old Huckabee").
func (st *state) clauseInitial(m, t0 int) bool {
	for m > t0 {
		p := &st.toks[m-1]
		if p.lower == "the" || p.lower == "a" || p.lower == "an" || p.kind == tWord && (p.cap || isTitleWord(st, p)) ||
			p.kind != tPunct && strings.Contains(st.text(m-1, m), "-") {
			m--
			continue
		}
		break
	}
	if m == t0 {
		return true
	}
	p := st.toks[m-1].lower
	if p == "," || p == ";" || isDash(p) || p == "―" || p == "and" || p == "but" || p == "that" {
		return true
	}
	_, sub := subordinators[p]
	return sub
}

func isTitleWord(st *state, t *token) bool {
	return t.is(cRole | cDemonym)
}

// genderOK accepts persons of gender g, or of unknown gender when no
// person of gender g is at hand.
func personOfGender(g gender, strict bool) func(*entity) bool {
	return func(e *entity) bool {
		return e.typ == Person && (e.gender == g || !strict && e.gender == unknownGender)
	}
}

// description resolves "the president", "the U.S. agency", "the bank" in
// tokens [i, j) with core ending at p: the person (when person) or body the
// article has in view that the description fits.
func (st *state) description(i, p, j int, person bool) (Source, *entity, bool) {
	det := st.toks[i].lower
	hw := st.toks[p-1].norm()
	if src, e, ok := st.bodyOfPerson(i, p, hw, person); ok {
		return src, e, true
	}
	if (det == "a" || det == "an" || det == "another") && person {
		src, e := st.someone(i, p, j)
		return src, e, true
	}
	if det != "the" && det != "this" && det != "that" && !st.toks[i].possessive() {
		return Source{}, nil, false
	}
	if person {
		if e := st.genderedPerson(i, hw); e != nil {
			return st.fromEntity(i, p, e), e, true
		}
	}
	e := st.salient(i, st.describedBy(hw, person))
	if e == nil && person && st.toks[i].possessive() {
		// "Sanders’ campaign manager": someone of the possessor's, not
		// the person in view; the role names them
		src := st.source(i, p, cleanName(st.text(i, p)), Person)
		src.Role = hw
		return src, nil, true
	}
	if e == nil && person {
		e = st.salientSpeaker(i, hw)
	}
	if e == nil && !person && det == "the" {
		// "the bank", "the company": the institution in view
		if genericOrgNouns[hw] {
			e = st.salient(i, func(e *entity) bool { return orgFits(hw, e) })
		}
		if e == nil {
			// "the port authority said": a body the article identifies
			return st.source(i, p, cleanName(st.text(i, p)), Institution), nil, true
		}
	}
	if e == nil && person && det == "the" && officeHolder(hw) {
		// "the mayor said" with no mayor named: the office holder, on
		// the record
		src := st.source(i, p, cleanName(st.text(i, p)), Person)
		src.Role = hw
		src.Official = true
		return src, nil, true
	}
	if e == nil {
		return Source{}, nil, false
	}
	return st.fromEntity(i, p, e), e, true
}

// genderedPerson finds the person in view before token i that a
// description by a gendered noun hw fits ("the congresswoman", "the
// businessman"): one with that role, else anyone of that gender; or nil.
func (st *state) genderedPerson(i int, hw string) *entity {
	g := nounGender(hw)
	if g == unknownGender {
		return nil
	}
	if e := st.salient(i, func(e *entity) bool { return e.typ == Person && e.gender == g && e.hasRole(hw) }); e != nil {
		return e
	}
	return st.salient(i, personOfGender(g, true))
}

// bodyOfPerson reads "her administration", "his campaign": the body of the
// person the pronoun at token i means, with head hw.
func (st *state) bodyOfPerson(i, p int, hw string, person bool) (Source, *entity, bool) {
	g, ok := pronouns[st.toks[i].lower]
	if !ok || person || (g != male && g != female) || p != i+2 {
		return Source{}, nil, false
	}
	_, e, ok := st.pronoun(i)
	if !ok || e.typ != Person {
		return Source{}, nil, false
	}
	src := st.source(i, p, e.name+" "+hw, Institution)
	src.Official = e.official
	return src, e, true
}

// someone reads an indefinite description of a person: "a Politico
// reporter noted" is the outlet's reporting; "a historian who attended" is
// someone unnamed.
func (st *state) someone(i, p, j int) (Source, *entity) {
	for k := i + 1; k < p-1; k++ {
		if v, n, ok := st.lx.outlets.match(st.toks, k, p-1); ok && k+n <= p-1 {
			e := st.outletEntity(v)
			return st.fromEntity(i, j, e), e
		}
	}
	src := st.source(i, j, cleanName(st.text(i, j)), UnnamedOfficial)
	src.Count = 1
	return src, nil
}

// describedBy accepts the entities a description with head hw fits: of the
// kind asked (a person or not), with a role, name or description holding
// hw.
func (st *state) describedBy(hw string, person bool) func(*entity) bool {
	return func(e *entity) bool {
		if person != (e.typ == Person) {
			return false
		}
		for _, r := range e.roles {
			if strings.Contains(r, hw) {
				return true
			}
		}
		return strings.Contains(st.ents.lower(e.role), hw) || strings.Contains(e.lname, hw)
	}
}

// salientSpeaker resolves an unknown description of a person at token i,
// with head hw, to the salient person, unless the description is an office
// the person is known not to hold ("the mayor" is not Senator Schatz): an
// office goes only to a person of no known role, just named.
func (st *state) salientSpeaker(i int, hw string) *entity {
	office := officeHolder(hw)
	floor := st.sents[max(0, st.sentenceOf(i)-1)].t0
	return st.salient(i, func(e *entity) bool {
		if e.typ != Person {
			return false
		}
		return !office || e.role == "" && len(e.roles) == 0 && e.lastBefore(i) >= floor
	})
}

// officeHolder reports whether a description names the one holder of an
// office ("the mayor", "the governor") rather than one of many.
func officeHolder(w string) bool {
	switch w {
	case "president", "mayor", "governor", "premier", "chancellor", "pope", "king", "queen", "speaker",
		"secretary", "minister", "ambassador", "commissioner", "sheriff", "chairman", "chairwoman", "chair",
		"director", "ceo", "prosecutor", "judge", "coach", "superintendent", "principal", "senator",
		"congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "administrator", "chief":
		return true
	}
	return false
}

// genericOrgNouns refer back to the institution in view.
var genericOrgNouns = map[string]bool{"bank": true, "company": true, "firm": true, "agency": true, "corporation": true,
	"department": true, "ministry": true, "campaign": true, "administration": true, "government": true,
	"organization": true, "organisation": true, "network": true, "newspaper": true, "paper": true, "retailer": true,
	"automaker": true, "airline": true, "insurer": true, "lender": true, "regulator": true, "watchdog": true,
	"nonprofit": true, "charity": true, "university": true, "school": true, "hospital": true, "committee": true}

// Kinds of body a description names: "the network" is a broadcaster or
// another news organisation, "the company" a business, "the agency" a
// public body.
var (
	mediaHeads = setOf("network", "broadcaster", "channel", "station", "newspaper", "paper", "outlet", "magazine",
		"publication")
	businessHeads = setOf("company", "firm", "corporation", "retailer", "automaker", "airline", "insurer", "lender", "bank",
		"utility", "giant", "conglomerate", "startup", "carrier")
	publicHeads = setOf("agency", "department", "ministry", "regulator", "watchdog", "administration", "government", "bureau",
		"service", "commission", "authority")
	// publicKinds are the lexicon's kinds of public body
	publicKinds = setOf("government", "agency", "ministry", "police", "military", "court", "legislature", "international")
)

// orgFits reports whether e, an entity the article named, can be what a
// description with head hw names: a body of the kind the head says
// ("the network" a broadcaster, never a platform or a ministry), or one
// whose name holds the head ("the bank" for Harbor Savings Bank).
func orgFits(hw string, e *entity) bool {
	if e.typ != Institution && e.typ != OutletSource || e.hasRole("place") || e.hasRole("country") {
		return false
	}
	if strings.Contains(e.lname, hw) || e.hasRole(hw) {
		return true
	}
	kind := ""
	if len(e.roles) > 0 {
		kind = e.roles[0]
	}
	if _, ok := mediaHeads[hw]; ok {
		if e.typ == OutletSource {
			return outletFits(hw, kind)
		}
		return kind == "" && mediaName(e.lname)
	}
	if e.typ == OutletSource {
		return false
	}
	if _, ok := businessHeads[hw]; ok {
		return kind == "company" || kind == "" && !nameEnds(e.lname, publicSuffixes)
	}
	if _, ok := publicHeads[hw]; ok {
		_, public := publicKinds[kind]
		return public || kind == "" && !nameEnds(e.lname, businessSuffixes)
	}
	if hw == "campaign" {
		return kind == "campaign"
	}
	return true
}

// outletFits reports whether an outlet of the lexicon's type kind can be
// what a description with head hw names: "the network" a broadcaster, "the
// paper" a newspaper.
func outletFits(hw, kind string) bool {
	switch hw {
	case "network", "broadcaster", "channel", "station":
		return kind == "broadcaster"
	case "newspaper", "paper":
		return kind == "newspaper"
	case "magazine":
		return kind == "magazine"
	}
	return true
}

// Last words that tell a business from a public body by its name.
var (
	businessSuffixes = []string{" corp.", " corp", " inc.", " inc", " co.", " llc", " ltd.", " ltd", " company", " bank", " group"}
	publicSuffixes   = []string{" department", " agency", " commission", " ministry", " bureau", " authority", " administration"}
)

// nameEnds reports whether a name in lower case ends with one of sufs.
func nameEnds(n string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(n, s) {
			return true
		}
	}
	return false
}

// mediaName reports whether a name in lower case is a broadcaster's or
// publisher's: "kestrel broadcasting", "valley news network".
func mediaName(n string) bool {
	for _, w := range []string{"broadcast", "news", "network", "media", "radio", "television", " tv", "times", "post", "press", "journal"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// nounGender is the gender a person noun gives: "businessman" → male.
func nounGender(w string) gender {
	switch {
	case strings.HasSuffix(w, "woman") || w == "lady" || w == "mother" || w == "wife" || w == "daughter" || w == "queen" || w == "actress":
		return female
	case strings.HasSuffix(w, "man") || w == "father" || w == "husband" || w == "son" || w == "king" || w == "prince":
		return male
	}
	return unknownGender
}

// anonymous builds the source for unnamed people: "two current and two
// former US officials", "a senior administration official", "sources
// familiar with the matter".
func (st *state) anonymous(i, p, j int, plural bool) Source {
	src := st.source(i, j, cleanName(st.text(i, j)), UnnamedOfficial)
	src.Count = countOf(st, i, p)
	if src.Count == 0 && !plural {
		src.Count = 1
	}
	var aff []string
	for k := i; k < p-1; k++ {
		t := &st.toks[k]
		switch {
		case st.lx.seniority[t.lower]:
			if src.Seniority == "" {
				src.Seniority = t.lower
			} else if !strings.Contains(src.Seniority, t.lower) {
				src.Seniority += ", " + t.lower
			}
			continue
		}
		if t.cap && t.kind == tWord {
			if _, stop := stopCaps[t.norm()]; !stop {
				aff = append(aff, st.text(k, k+1))
			}
		}
	}
	if len(aff) > 0 {
		src.Affiliation = cleanName(strings.Join(aff, " "))
	}
	// "officials at Homeland Security Investigations", "in Washington"
	if src.Affiliation == "" && p < j {
		if w := st.toks[p].lower; w == "at" || w == "in" || w == "from" || w == "with" || w == "of" {
			if n := st.nameRun(p+1, j); n > p+1 {
				src.Affiliation = cleanName(st.text(p+1, n))
			} else if p+2 < j && st.toks[p+1].lower == "the" {
				if n := st.nameRun(p+2, j); n > p+2 {
					src.Affiliation = cleanName(st.text(p+2, n))
				}
			}
		}
	}
	src.Official = src.Affiliation != "" || strings.Contains(strings.ToLower(src.Name), "official")
	return src
}

// fractionWords head a share of respondents: "a third of voters".
var fractionWords = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fourth": true, "fourths": true, "fifth": true, "fifths": true, "majority": true, "plurality": true, "minority": true,
	"majorities": true, "pluralities": true, "percent": true, "%": true}

// respondents reports whether the phrase [i, j) with core [i, p) counts
// poll respondents: "52 percent", "41%", "six in 10", "nine out of 10",
// "a third of independents", "as many as three-fourths of them".
func (st *state) respondents(i, p, j int) bool {
	for k := i; k < p && k < i+8; k++ {
		w := st.toks[k].lower
		if st.toks[k].cap && k+1 < j && st.toks[k+1].cap && st.toks[k+1].kind == tWord {
			continue // "Majority Leader", "Minority Whip": a title
		}
		if fractionWords[w] || strings.HasSuffix(w, "%") || strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-fourths") ||
			strings.HasSuffix(w, "-quarters") {
			return true
		}
	}
	// "six in 10", "nine out of 10", "one in four", "2 in 3"
	for k := i + 1; k+1 < j && k < i+5; k++ {
		if (st.toks[k].lower == "in" || st.toks[k].lower == "of") && st.countWord(k+1) && st.countWord(k-1) {
			return true
		}
	}
	// "a third of independents" splits the core at "of": look past it
	if p < j && st.toks[p].lower == "of" && p > i && fractionWords[st.toks[p-1].lower] {
		return true
	}
	return false
}

// countWord reports whether token k is a cardinal number, in figures or
// in words (not "a", "another").
func (st *state) countWord(k int) bool {
	t := &st.toks[k]
	if t.kind == tNum {
		return true
	}
	if t.lower == "out" && k > 0 {
		return st.countWord(k - 1) // "nine out of 10"
	}
	n, ok := numberWords[t.lower]
	return ok && n > 0 && t.lower != "a" && t.lower != "an" && t.lower != "another" && t.lower != "both" && t.lower != "dozens"
}

// recentPoll finds a poll or survey the article named in the last two
// sentences before token k, and returns its maker.
func (st *state) recentPoll(k int) *entity {
	si := st.sentenceOf(k)
	if si >= len(st.sents) {
		return nil
	}
	block := st.sents[si].Block
	for back := 1; back <= 2 && si-back >= 0; back++ {
		s := &st.sents[si-back]
		if s.Block != block {
			break
		}
		if s.att != nil && s.att.ent != nil && st.mentionsPoll(s) {
			return s.att.ent
		}
	}
	return nil
}

// mentionsPoll reports whether sentence s names a poll or survey; it reads
// each sentence once.
func (st *state) mentionsPoll(s *sentence) bool {
	if s.poll == 0 {
		s.poll = -1
		for k := s.t0; k < s.t1; k++ {
			if _, ok := pollHeads[st.toks[k].norm()]; ok {
				s.poll = 1
				break
			}
		}
	}
	return s.poll > 0
}

// pluralCommonHead reports whether the phrase [i, j) is headed by a plural
// common noun: "the docs who sent the letter".
func (st *state) pluralCommonHead(i, j int) bool {
	for k := i; k < j; k++ {
		t := &st.toks[k]
		if _, ok := postModifiers[t.lower]; ok && k > i && t.lower != "the" && t.lower != "a" {
			j = k
			break
		}
	}
	h := &st.toks[j-1]
	return h.kind == tWord && !h.cap && len(h.lower) > 3 && strings.HasSuffix(h.lower, "s") && !strings.HasSuffix(h.lower, "ss")
}

// countOf adds up the number words of tokens [i, p): "two current and two
// former" → 4; 0 when the phrase gives no count.
func countOf(st *state, i, p int) int {
	n := 0
	for k := i; k < p; k++ {
		w := st.toks[k].lower
		if _, vague := vagueCount[w]; vague {
			return 0
		}
		if v, ok := numberWords[w]; ok {
			if (w == "a" || w == "an") && k+1 < p && st.toks[k+1].lower == "number" {
				return 0
			}
			n += v
			continue
		}
		if st.toks[k].kind == tNum {
			v := 0
			for _, c := range w {
				if c < '0' || c > '9' {
					v = -1
					break
				}
				v = v*10 + int(c-'0')
			}
			if v > 0 && v < 1000 {
				n += v
			}
		}
	}
	return n
}

// document classifies a phrase headed by a document word: its maker
// decides ("A Bloomberg poll" → outlet; "court documents" → named; "polls"
// → anonymous; "the report" → the report mentioned before).
func (st *state) document(i, p, j int) (Source, *entity, bool) {
	if src, e, ok := st.documentMaker(i, p, j); ok {
		st.setSpan(&src, i, j)
		if src.Type != OutletSource {
			src.Type = Document
		}
		return src, e, true
	}
	hw := st.toks[p-1].norm()
	if det := st.toks[i].lower; det == "the" || det == "this" || det == "that" || det == "its" || det == "these" {
		if e := st.documentByHead(i, hw); e != nil {
			src, m := st.documentSource(i, j, e)
			return src, m, true
		}
		if src, e, ok := st.documentInView(i, p, j, hw); ok {
			return src, e, true
		}
	}
	if _, poll := pollHeads[hw]; poll {
		return st.source(i, j, cleanName(st.text(i, j)), VagueGroup), nil, true
	}
	if (hw == "reports" || hw == "report" || hw == "reporting") && !st.officialDocument(i, p) {
		return st.source(i, j, "unnamed reports", OutletSource), nil, true
	}
	return st.source(i, j, cleanName(st.text(i, j)), Document), nil, true
}

// documentMaker finds who made the document [i, j) with core [i, p): the
// person a pronoun means ("her account", "his book"), a maker in the
// possessive ("Blinken's prepared opening remarks"), inside the core ("A
// Government Accountability Office report") or after it ("reports from The
// New York Times", "a study by X", "photos posted to ICE's account").
func (st *state) documentMaker(i, p, j int) (Source, *entity, bool) {
	if src, e, ok := st.makerInCore(i, p); ok {
		return src, e, true
	}
	for k := p; k < j; k++ {
		if st.toks[k].kind != tWord {
			continue
		}
		if src, e, ok := st.entityEndingAt(k, st.nameEnd(k, j)); ok {
			return src, e, true
		}
	}
	return Source{}, nil, false
}

// makerInCore finds the maker of a document inside its core [i, p): the
// person a pronoun means, a possessive, a name before the head.
func (st *state) makerInCore(i, p int) (Source, *entity, bool) {
	if g, ok := pronouns[st.toks[i].lower]; ok && g != neuter && p > i {
		if src, e, ok := st.pronoun(i); ok {
			return src, e, true
		}
	}
	for x := i; x < p-2; x++ {
		if st.toks[x].possessive() && st.toks[x].kind == tWord {
			if src, e, ok := st.entityEndingAt(i, x+1); ok && e != nil && e.typ != OutletSource {
				return src, e, true
			}
			break
		}
	}
	// "a Reuters/Ipsos poll", "a CNN/ORC survey", "an Associated
	// Press-GfK poll": a news organisation among the makers commissioned it
	for k := i; k < p-1; k++ {
		if _, n, ok := st.lx.outlets.match(st.toks, k, p-1); ok && st.toks[k].cap {
			return st.entityEndingAt(k, k+n)
		}
	}
	if e := st.outletBeforeHyphen(i, p-1); e != nil {
		return st.fromEntity(i, p, e), e, true
	}
	for k := i; k < p-1; k++ {
		if src, e, ok := st.entityEndingAt(k, p-1); ok {
			return src, e, true
		}
	}
	// "A 1996 FEC advisory opinion": a known body before the head's
	// modifiers
	for k := i; k < p-1; k++ {
		if _, n, ok := st.lx.insts.match(st.toks, k, p-1); ok && st.toks[k].cap {
			return st.entityEndingAt(k, k+n)
		}
	}
	return Source{}, nil, false
}

// documentInView resolves a definite document with head hw at [i, j) to
// the maker the sentence before named ("Facebook removed the accounts. ...
// the statement said"), before any report or outlet in view.
func (st *state) documentInView(i, p, j int, hw string) (Source, *entity, bool) {
	if _, issued := issuedHeads[hw]; issued && p == i+2 {
		if e := st.recent(i, 1, isMaker); e != nil {
			src := st.fromEntity(i, j, e)
			src.Type = Document
			return src, e, true
		}
	}
	if _, news := newsHeads[hw]; !news {
		return Source{}, nil, false // "the social media posts": no outlet's
	}
	if e := st.salient(i, func(e *entity) bool { return e.typ == OutletSource }); e != nil {
		return st.fromEntity(i, j, e), e, true
	}
	return Source{}, nil, false
}

// issuedHeads are documents a person or body issues in its own name.
var issuedHeads = setOf("statement", "letter", "memo", "filing", "complaint", "lawsuit", "ruling", "opinion", "release",
	"email", "tweet", "post", "order", "announcement", "brief", "motion", "petition", "notice", "proposal", "decision")

// nameEnd returns the end of the name or lexicon entry starting at token
// k, or k+1.
func (st *state) nameEnd(k, j int) int {
	end := k + 1
	if _, n, ok := st.lx.outlets.match(st.toks, k, j); ok {
		end = k + n
	}
	if _, n, ok := st.lx.insts.match(st.toks, k, j); ok {
		end = max(end, k+n)
	}
	a := k
	if st.toks[a].lower == "the" && a+1 < j {
		a++
	}
	if st.isNameToken(a) {
		// the longest name: "the National Academy of Sciences", not the
		// outlet "The National"
		end = max(end, st.nameRun(a, j))
	}
	return end
}
