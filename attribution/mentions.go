package attribution

import (
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/words"
)

// stopCaps are capitalised words that never start or continue a name:
// sentence-initial function words, days, months.
var stopCaps = withMonths(setOf("the", "a", "an", "but", "and", "or", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as",
	"if", "when", "while", "after", "before", "since", "despite", "although", "though", "because", "yet", "so", "still",
	"however", "meanwhile", "instead", "also", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
	"his", "her", "their", "its", "our", "my", "there", "here", "what", "who", "why", "how", "where", "which", "not", "no",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "just", "now", "then", "last", "next", "earlier", "later", "today", "yesterday",
	"some", "many", "most", "all", "both", "each", "every", "any", "few", "several", "one", "two", "three", "amid", "amidst",
	"during", "until", "unlike", "like", "among", "under", "over", "about", "against", "without", "within", "through",
	"according", "citing", "per", "via", "do", "does", "did", "is", "was", "are", "were", "has", "have", "had", "will",
	"would", "can", "could", "should", "may", "might", "must", "even", "only", "historically", "ultimately", "yes",
	"mr", "ms", "mrs", "dr", "sen", "rep", "gov", "gen", "lt", "col", "adm", "st", "sgt", "capt", "maj",
	"former", "late", "then-president", "ex", "acting", "interim", "deputy", "vice", "new", "old", "other", "another",
	"such", "more", "less", "much", "very", "too", "again", "whether", "than", "because", "where", "whose", "whom",
	"once", "unless", "whereas", "thus", "therefore", "hence", "indeed", "perhaps", "maybe", "rather", "already",
	"advertisement", "photo", "related", "read", "watch", "click", "share", "updated", "published", "posted", "by",
	"neither", "nor", "either",
))

// withMonths adds the names of the months to a set of words.
func withMonths(set map[string]struct{}) map[string]struct{} {
	for m := 1; m <= 12; m++ {
		set[words.MonthName(m)] = struct{}{}
	}
	return set
}

// nameLikeWords are first names that are also common words ("Will
// Rogers", "May Ling"); they start a name when a name follows.
var nameLikeWords = map[string]bool{"will": true, "may": true, "june": true, "april": true, "august": true, "bill": true,
	"mark": true, "hope": true, "grace": true, "rose": true, "frank": true, "dean": true, "joy": true, "faith": true,
	"victor": true, "sterling": true, "king": true, "pat": true, "sunny": true, "summer": true, "autumn": true}

// ambiguousFirstName reports whether token k is such a first name: it is
// capitalised, not the first word of its sentence, and a name follows.
func (st *state) ambiguousFirstName(k, end int) bool {
	t := &st.toks[k]
	if !t.cap || !nameLikeWords[t.lower] || k+1 >= end || !st.isNameToken(k+1) {
		return false
	}
	if !st.atSentenceStart(k) {
		return true
	}
	// at the start of a sentence only before a comma or a cue: "Will
	// Estrada, the chairman, said", not "Will Trump win?"
	n := st.nameRun(k+1, end)
	if n >= end {
		return false
	}
	next := &st.toks[n]
	_, cue := st.lx.cueOf(next)
	return next.lower == "," || cue
}

// isNameToken reports whether toks[k] can be part of a name.
func (st *state) isNameToken(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord || !t.cap {
		return false
	}
	if t.stop || contraction(t.lower) {
		// an honorific or title is not part of the name itself, nor
		// "We've", "I'm"; "St." opens a name: "St. Louis"
		return (t.lower == "st." || t.lower == "mt." || t.lower == "ft.") && k+1 < len(st.toks) &&
			st.toks[k+1].kind == tWord && st.toks[k+1].cap && !st.toks[k+1].stop
	}
	if t.upper {
		// a shouted line ("QUESTIONABLE MEDICAL CLAIMS") is no name; an
		// acronym stands alone
		if k > 0 && st.toks[k-1].upper && st.toks[k-1].kind == tWord || k+1 < len(st.toks) && st.toks[k+1].upper && st.toks[k+1].kind == tWord {
			if _, _, ok := st.lx.insts.match(st.toks, k, k+1); !ok {
				return false
			}
		}
	}
	// a capitalised word that the article also writes in lower case is a
	// common word at the start of a sentence or heading
	if t.lowerSeen && (k == 0 || st.atSentenceStart(k)) {
		return false
	}
	return true
}

// contraction reports whether a word in lower case is a pronoun and a
// verb written as one: "we've", "i'm", "they'll", "you'd".
func contraction(w string) bool {
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch w[i+1:] {
	case "ve", "re", "m", "ll", "d":
		return true
	}
	return false
}

// atSentenceStart reports whether token k is the first word of its
// sentence, or opens a quotation or a line.
func (st *state) atSentenceStart(k int) bool {
	if k == 0 {
		return true
	}
	si := st.sentenceOf(k)
	if si < len(st.sents) {
		first := st.sents[si].t0
		for limit := first + maxReach; first < k && first < limit && st.toks[first].kind != tWord && st.toks[first].kind != tNum; {
			first++
		}
		if first == k {
			return true
		}
	} else if p := &st.toks[k-1]; p.lower == "." || p.lower == "?" || p.lower == "!" {
		return true
	}
	p := &st.toks[k-1]
	if p.kind == tOpenQ || p.lower == ":" || p.lower == "—" {
		return true
	}
	return strings.Contains(st.doc.Text[p.end:st.toks[k].s()], "\n")
}

// nameRun returns the end of a run of name tokens starting at i: capitalised
// words, initials and particles between capitalised words. A possessive
// ends the run.
func (st *state) nameRun(i, end int) int {
	j := i
	for j < end {
		next, more := st.nameRunStep(i, j, end)
		if !more {
			return next
		}
		j = next
	}
	return j
}

// nameRunStep reads token j of the name run that starts at i: it returns
// where the run goes on, or where it ends and false (there, or after a
// possessive).
func (st *state) nameRunStep(i, j, end int) (int, bool) {
	t := &st.toks[j]
	switch {
	case st.isNameToken(j) || st.ambiguousFirstName(j, end) || j > i && st.surnameWord(j):
		return j + 1, !t.possessive()
	case j == i:
		return j, false
	case j+1 < end && t.kind == tWord && !t.cap:
		return st.joinerInName(j, end)
	case j+3 < end && isQuoteMark(t) && isQuoteMark(&st.toks[j+2]) && st.toks[j+1].cap && st.isNameToken(j+3):
		// a nickname: Marcia "Cia" Price
		return j + 3, true
	case t.lower == "jr." || t.lower == "sr.":
		return j + 1, true
	}
	return j, false
}

// surnameWord reports whether token j, after a name token, is a surname
// that is also a word the analyzer keeps out of names at a line's start:
// "Ian Read", "Sam Watch".
func (st *state) surnameWord(j int) bool {
	t := &st.toks[j]
	if !t.cap || !t.stop || t.upper || j == 0 || !st.isNameToken(j-1) || st.toks[j-1].possessive() {
		return false
	}
	_, ok := surnameWords[t.lower]
	return ok
}

// surnameWords are capitalised words kept out of names ("Read more",
// "Watch:") that are surnames after a first name.
var surnameWords = setOf("read", "watch", "share", "posted", "published", "long", "still", "early", "more", "best")

// joinerInName reads a lower-case word at token j inside a name run: a
// particle ("Vincent van Gogh"), or a joiner inside the name of an
// organisation ("Securities and Exchange Commission", "Bank of America").
// It returns where the run goes on, or j and false.
func (st *state) joinerInName(j, end int) (int, bool) {
	w := st.toks[j].lower
	if words.Particle(w) && st.isNameToken(j+1) {
		return j + 1, true
	}
	if (w != "and" && w != "of" && w != "for" && w != "&") || !st.isNameToken(j+1) {
		return j, false
	}
	e := j + 1
	for e < end && st.isNameToken(e) && !st.toks[e].possessive() {
		e++
	}
	if e < end && st.toks[e].possessive() && st.isNameToken(e) {
		e++
	}
	if !st.toks[e-1].is(cOrgSuffix) {
		return j, false
	}
	return e, !st.toks[e-1].possessive()
}

func isQuoteMark(t *token) bool {
	return t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tAmbigQ
}

// title reads a run of role words before a name ("Mexican President",
// "Sen.", "former ambassador", "Secretary of State", "Tech billionaire")
// ending at the name token k; it returns the first token of the titles and
// the role.
func (st *state) titleBefore(k, floor int) (start int, role string, official bool, g gender) {
	start = k
	for start > floor {
		t := &st.toks[start-1]
		if t.kind != tWord {
			break
		}
		if t.is(cHonorific) {
			g = honorifics[t.lower]
			start--
			continue
		}
		if t.is(cRole) {
			if role == "" {
				e := st.lx.roles[t.lower]
				role, official = e.canonical, e.official
			}
			start--
			continue
		}
		if t.is(cDemonym) && start < k {
			start--
			continue
		}
		if t.lower == "former" || t.lower == "then" || t.lower == "acting" || t.lower == "interim" || t.lower == "deputy" ||
			t.lower == "vice" || t.lower == "chief" || t.lower == "senior" || t.lower == "top" || t.lower == "retired" {
			if start < k {
				start--
				continue
			}
		}
		// multi-word roles ending here: "Secretary of State"
		found := false
		for s := start - 1; s >= floor && s >= start-4; s-- {
			if v, n, ok := st.lx.roleMulti.match(st.toks, s, start); ok && s+n == start {
				e := st.lx.roleList[v]
				if role == "" {
					role, official = e.canonical, e.official
				}
				start = s
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	return start, role, official, g
}

// registerMentions records the people, institutions and outlets sentence
// i names, so that later surnames, pronouns and descriptions resolve.
func (st *state) registerMentions(i int) {
	s := &st.sents[i]
	// "She has faced ... She has called ...": a pronoun opening a
	// sentence keeps the person it refers to in view
	if k := st.firstWord(s); k >= 0 {
		if w := st.toks[k].lower; w == "he" || w == "she" {
			if _, e, ok := st.pronoun(k); ok && e != nil {
				e.mentions = mergeMentions(e.mentions, []int{k})
			}
		}
	}
	k0 := s.t0
	if s.first == i {
		k0 = max(k0, st.datelineEnd(s)) // "WASHINGTON (AP) —": a credit, no mention
	}
	for k := k0; k < s.t1; {
		if t := &st.toks[k]; !t.cap && t.lower != "the" {
			k++ // names and lexicon entries start with a capital or "the"
			continue
		}
		if n := st.registerDescription(k, s.t1); n > 0 {
			k += n
			continue
		}
		if n := st.registerAt(k, s.t1); n > 0 {
			k += n
			continue
		}
		k++
	}
}

// firstWord returns the first word token of sentence s, or -1.
func (st *state) firstWord(s *sentence) int {
	for k := s.t0; k < s.t1; k++ {
		if st.toks[k].kind == tWord {
			return k
		}
		if st.toks[k].kind != tPunct {
			return -1
		}
	}
	return -1
}

// weakReferent resolves a weak alias ("the Times", "the Post") to the
// candidate the article named before token k, or nil.
func (st *state) weakReferent(v, k int) *entity {
	w := st.lx.weakList[v]
	var best *entity
	bestAt := -1
	for _, o := range w.outlets {
		if e := st.ents.find(st.lx.outletList[o].name, OutletSource); e != nil {
			if at := e.lastBefore(k); at > bestAt {
				best, bestAt = e, at
			}
		}
	}
	for _, i := range w.insts {
		if e := st.ents.find(st.lx.instList[i].name, Institution); e != nil {
			if at := e.lastBefore(k); at > bestAt {
				best, bestAt = e, at
			}
		}
	}
	return best
}

// registerDescription records "the president" or "the agency" at token k
// as a mention of the entity it describes, when one matches by role.
func (st *state) registerDescription(k, end int) int {
	if k+1 >= end || st.toks[k].lower != "the" {
		return 0
	}
	h := k + 1
	limit := min(end-1, k+maxReach)
	for h < limit && st.toks[h].kind == tWord && !st.toks[h].possessive() && (st.toks[h].cap || isTitleWord(st, &st.toks[h])) {
		if st.toks[h].is(cPersonNoun) {
			break
		}
		h++
	}
	hw := st.toks[h].norm()
	pn := st.toks[h].is(cPersonNoun)
	on := st.toks[h].is(cOrgNoun)
	if !pn && !on || st.toks[h].kind != tWord {
		return 0
	}
	e := st.salient(k, func(e *entity) bool { return (e.typ == Person) == pn && e.hasRole(hw) })
	if e == nil {
		return 0
	}
	e.mentions = mergeMentions(e.mentions, []int{k})
	return h + 1 - k
}

// platformUse reports whether a company named at token k is used as a
// platform: "on Twitter", "via Facebook", "posted to YouTube".
func (st *state) platformUse(k int, kind string) bool {
	if kind != "company" || k == 0 {
		return false
	}
	switch st.toks[k-1].lower {
	case "on", "via", "onto", "to", "across":
		return true
	}
	return false
}

// newPlaces are the second words of places named "New ...": "New" opens
// sentences too often to start a name run on its own.
var newPlaces = setOf("york", "jersey", "mexico", "hampshire", "zealand", "delhi", "orleans", "haven", "england",
	"brunswick", "caledonia", "guinea", "south")

// newPlace returns 2 (3 for "New South Wales") when token k opens a place
// named "New ...", else 0.
func (st *state) newPlace(k, end int) int {
	if st.toks[k].lower != "new" || !st.toks[k].cap || k+1 >= end || !st.toks[k+1].cap {
		return 0
	}
	if _, ok := newPlaces[st.toks[k+1].nrm]; !ok {
		return 0
	}
	if st.toks[k+1].lower == "south" {
		if k+2 < end && st.toks[k+2].lower == "wales" {
			return 3
		}
		return 0
	}
	return 2
}

// registerAt registers an entity mentioned at token k and returns how many
// tokens the mention takes, or 0.
func (st *state) registerAt(k, end int) int {
	k0 := k
	t := &st.toks[k]
	if t.kind != tWord {
		return 0
	}
	if v, n, ok := st.lx.outlets.match(st.toks, k, end); ok {
		e := st.outletEntity(v)
		e.mentions = mergeMentions(e.mentions, []int{k})
		return n
	}
	if v, n, ok := st.lx.insts.match(st.toks, k, end); ok {
		ie := st.lx.instList[v]
		e := &entity{name: ie.name, typ: Institution, roles: []string{ie.kind}, mentions: []int{k}, gender: neuter, official: ie.official}
		if k+n < end && st.toks[k+n].cap && st.isTitleWord(k+n) || st.platformUse(k, ie.kind) {
			// "House Speaker Brian Bosma" names the speaker, not the
			// House; "on Twitter" a place to speak, not a speaker
			e.mentions = nil
		}
		st.ents.add(e)
		return n
	}
	if v, n, ok := st.lx.weak.match(st.toks, k, end); ok {
		if e := st.weakReferent(v, k); e != nil {
			e.mentions = mergeMentions(e.mentions, []int{k})
			return n
		}
	}
	if n := st.newPlace(k, end); n > 0 {
		st.ents.add(&entity{name: st.text(k, k+n), typ: Institution, roles: []string{"place"}, mentions: []int{k}, gender: neuter, official: true})
		return n
	}
	if !st.isNameToken(k) {
		return 0
	}
	j := st.nameRun(k, end)
	if j == k {
		return 0
	}
	if si := st.sentenceOf(k); si < len(st.sents) && st.sents[si].claim < 0 {
		// a headline capitalises every word: only a known first name
		// makes a run a person there
		if j-k < 2 || genderOfToken(&st.toks[k]) == unknownGender {
			return j - k0
		}
	}
	if j < end && st.modifierNoun(j) && !st.toks[j-1].possessive() {
		// "the U.S. agency", "the Trump administration": a modifier, not
		// a mention of its own; "the Ruiz campaign" is the campaign's
		st.personsBody(k, j)
		return j - k0
	}
	// a name seen before in the same words is the same entity: skip the
	// work of classifying it again (not at a sentence start, where a
	// capital proves nothing)
	key := st.text(k, j)
	if j-k > 1 || !st.atSentenceStart(k) {
		if e, ok := st.runCache[key]; ok {
			e.mentions = mergeMentions(e.mentions, []int{k})
			st.appositiveRole(e, j, end)
			return j - k0
		}
	}
	// only settled names are kept: a surname alone may name someone the
	// article introduces later
	if e := st.registerRun(k, j, end); e != nil && (j-k > 1 || e.typ != Person || strings.Contains(e.name, " ")) {
		if st.runCache == nil {
			st.runCache = map[string]*entity{}
		}
		st.runCache[key] = e
	}
	return j - k0
}

// registerRun registers the name run [k, j) and returns its entity, or nil
// when it names none.
func (st *state) registerRun(k, j, end int) *entity {
	// titles at the head of the run are not the name: "Governor Ana Ruiz"
	for k < j-1 && (st.isTitleWord(k) || st.lx.isDemonym(&st.toks[k])) {
		k++
	}
	k = st.nameAfterTitles(k, j)
	name := cleanName(st.text(k, j))
	tstart, role, official, g := st.titleBefore(k, st.sentenceStart(k))
	if e := st.mastheadOutlet(k, j); e != nil {
		e.mentions = mergeMentions(e.mentions, []int{k})
		return e
	}
	if isOrgName(st, k, j) {
		return st.ents.add(&entity{name: name, typ: Institution, mentions: []int{k}, gender: neuter})
	}
	if isPlace(st, k, j) {
		return st.ents.add(&entity{name: name, typ: Institution, roles: []string{"place"}, mentions: []int{k}, gender: neuter, official: true})
	}
	if g == unknownGender {
		g = genderOfToken(&st.toks[k])
	}
	person := j-k >= 2 && (g != unknownGender || role != "" || tstart < k || st.looksLikeFullName(k, j))
	if j-k == 1 {
		if e := st.ents.bySurnameG(name, g); e != nil {
			e.mentions = mergeMentions(e.mentions, []int{k})
			if role != "" {
				e.addRole(role)
			}
			return e
		}
		person = role != "" || g != unknownGender && tstart < k
	}
	if !person {
		return nil
	}
	e := &entity{name: name, typ: Person, role: role, official: official, gender: g, mentions: []int{k}}
	if role != "" {
		e.addRole(role)
	}
	// an earlier mention by surname alone ("President Sheinbaum") is the
	// same person
	if j-k >= 2 {
		if old := st.ents.find(st.text(j-1, j), Person); old != nil && !strings.Contains(old.name, " ") {
			st.ents.rename(old, name)
			old.mentions = mergeMentions(old.mentions, e.mentions)
			if old.gender == unknownGender {
				old.gender = g
			}
			if role != "" && old.role == "" {
				old.role = role
			}
			st.appositiveRole(old, j, end)
			return old
		}
	}
	e = st.ents.add(e)
	st.appositiveRole(e, j, end)
	st.placeRoles(e, tstart, j, end)
	e.dead = e.dead || st.reportedDead(j, end)
	return e
}

// reportedDead reports whether the clause after a name ending at token j
// reports the person dead: "was killed", "was shot dead", "died".
func (st *state) reportedDead(j, end int) bool {
	x := j
	for x < end && x < j+3 && (isAdverb(&st.toks[x]) || st.toks[x].lower == "was" || st.toks[x].lower == "had" || st.toks[x].lower == "been") {
		x++
	}
	if x >= end || x == j && st.toks[x].lower != "died" {
		return false
	}
	switch st.toks[x].lower {
	case "killed", "murdered", "slain", "died", "executed":
		return true
	case "shot", "found":
		return x+1 < end && (st.toks[x+1].lower == "dead" || st.toks[x+1].lower == "and" && x+2 < end && st.toks[x+2].lower == "killed")
	}
	return false
}

// placeRoles records the place a person is from or stands for, where the
// name says it: before the titles ("Kentucky Sen. Mitch Darrow") or after
// the name ("Mitch Darrow of Kentucky"), so that "the Kentucky Republican"
// finds them.
func (st *state) placeRoles(e *entity, tstart, j, end int) {
	if b := st.placeEndingAt(tstart); b >= 0 {
		e.addRole(st.ents.lower(cleanName(st.text(b, tstart))))
	}
	if j+1 < end && st.toks[j].lower == "of" && st.isNameToken(j+1) {
		if n := st.nameRun(j+1, end); isPlace(st, j+1, n) {
			e.addRole(st.ents.lower(cleanName(st.text(j+1, n))))
		}
	}
}

// placeEndingAt returns the first token of a place named by the name run
// that ends at token k, or -1.
func (st *state) placeEndingAt(k int) int {
	b := k
	for b > 0 && b > k-3 && st.toks[b-1].kind == tWord && st.toks[b-1].cap {
		b--
		if isPlace(st, b, k) {
			return b
		}
	}
	return -1
}

// personsBody registers the campaign, office or team of a person named by
// the run [k, j) before it ("the Ruiz campaign"), so that "the campaign"
// later finds it.
func (st *state) personsBody(k, j int) {
	hw := st.toks[j].norm()
	if hw != "campaign" && hw != "office" && hw != "team" {
		return
	}
	name := cleanName(st.text(k, j))
	if p := st.ents.find(name, Person); p == nil && st.ents.bySurname(name) == nil && genderOfToken(&st.toks[k]) == unknownGender {
		return
	}
	st.ents.add(&entity{name: name + " " + hw, typ: Institution, roles: []string{hw}, mentions: []int{k}, gender: neuter})
}

// modifierNoun reports whether token k is a common noun that a preceding
// name modifies: "agency", "officials", "campaign", "report".
func (st *state) modifierNoun(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	if t.is(cOrgNoun | cPersonNoun) {
		return true
	}
	if t.doc && !st.verbish(k) {
		_, cue := st.lx.cueOf(t)
		return !cue
	}
	return t.is(cAnonHead | cVagueHead)
}

// appositiveRole reads ", a Clinton surrogate," or ", the director of ..."
// after a name at token j and records the description as a role.
func (st *state) appositiveRole(e *entity, j, end int) {
	if j+2 >= end || st.toks[j].lower != "," {
		return
	}
	d := st.toks[j+1].lower
	if d != "a" && d != "an" && d != "the" && d != "who" {
		return
	}
	for k := j + 2; k < end && k < j+12; k++ {
		w := st.toks[k].lower
		if w == "," || w == "of" || w == "who" || w == "at" || w == "for" || w == "in" || st.toks[k].kind == tPunct {
			if k > j+2 {
				e.addRole(st.toks[k-1].lower)
			}
			return
		}
		if _, ok := st.lx.personNouns[w]; ok {
			e.addRole(w)
		}
	}
}

// looksLikeFullName reports whether a run of two to four capitalised words
// reads as a person's name rather than a place or thing: no word is an
// organisation word, a country or all capitals.
func (st *state) looksLikeFullName(i, j int) bool {
	if j-i < 2 || j-i > 4 {
		return false
	}
	for k := i; k < j; k++ {
		t := &st.toks[k]
		if t.upper && utf8.RuneCountInString(t.lower) > 2 {
			return false
		}
		if t.is(cOrgSuffix | cDemonym | cCountry | cPersonNoun) {
			return false
		}
	}
	// a possessive or verb right after suggests an actor; accept
	return true
}

// isPlace reports whether the name run [i, j) names a place.
func isPlace(st *state, i, j int) bool {
	if st.toks[j-1].is(cPlaceWord) && j-i > 1 {
		return true
	}
	name := cleanName(st.text(i, j))
	if !st.lx.mayNamePlace(name) {
		return false
	}
	name = st.ents.lower(name)
	if _, ok := st.lx.countries[name]; ok {
		return true
	}
	_, ok := st.lx.usStates[name]
	return ok
}

// genderOfName is the gender a known first name gives, in lower case.
func (l *lex) genderOfName(first string) gender {
	switch {
	case l.femaleNames[first]:
		return female
	case l.maleNames[first]:
		return male
	}
	return unknownGender
}

// mayNamePlace reports whether a name, cleaned and not lower-cased, may be
// a country or US state: false only where its lower case is neither.
func (l *lex) mayNamePlace(name string) bool {
	n := len(name)
	if n == 0 {
		return true
	}
	for i := 0; i < n; i++ {
		if name[i] >= utf8.RuneSelf {
			return true
		}
	}
	return l.placeNames.hasBit(filterBitOf(lowerASCII(name[0]), lowerASCII(name[min(1, n-1)]), lowerASCII(name[n-1]), n))
}

// lowerASCII lower-cases an ASCII letter.
func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// genderOfToken is genderOfName for the word of a token.
func genderOfToken(t *token) gender {
	switch {
	case t.is(cFemaleName):
		return female
	case t.is(cMaleName):
		return male
	}
	return unknownGender
}

// isOrgName reports whether the name run [i, j) names an organisation:
// its last word is an organisation word ("Tax Policy Center").
func isOrgName(st *state, i, j int) bool {
	last := &st.toks[j-1]
	// "Vertex Corp.": the lists write abbreviations with their period
	return last.is(cOrgSuffix | cOrgSuffixLower)
}

// sentenceStart returns the first token of the sentence holding token k.
func (st *state) sentenceStart(k int) int {
	i := st.sentenceOf(k)
	if i < len(st.sents) {
		return st.sents[i].t0
	}
	return 0
}

// pastAbbreviatedTitles returns the first token of [k, end) after the
// titles written with their period that open it ("Msgr.", "Lance Cpl.").
func (st *state) pastAbbreviatedTitles(k, end int) int {
	for k < end {
		t := &st.toks[k]
		if t.kind != tWord || t.end-t.start < 3 || st.doc.Text[t.end-1] != '.' {
			break
		}
		if kind, ok := words.Abbreviation(st.doc.Text[t.start : t.end-1]); !ok || kind != words.TitleAbbrev {
			break
		}
		k++
	}
	return k
}
