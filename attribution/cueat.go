package attribution

import "strings"

// outcome is what reading one construction at a cue gives.
type outcome uint8

const (
	noMatch  outcome = iota // the construction is not there: try the next
	matched                 // the cue attributes, as read
	rejected                // the cue attributes nothing here
)

// cueAt1 reads the attribution whose cue starts at token k, trying each
// construction a cue stands in, in order: a cue whose source follows it
// ("according to CNN"), an adverb of report ("reportedly") or hedge
// ("allegedly"); then, for a cue verb or phrase read in its attributing
// sense, a statement of nothing, a refusal, the passive, a participle after
// a clause, the subject before the cue, the subject after it (inverted) and
// a setting of speech.
func (st *state) cueAt1(s *sentence, k int) (cand, bool) {
	if v, n, ok := st.lx.afters.match(st.toks, k, s.t1); ok && k+n < s.t1 {
		return st.according(s, k, v, n)
	}
	if c, ok := st.adverbOfReport(s, k); ok {
		return c, true
	}
	e, n, ok := st.cueEntryAt(k, s.t1)
	if !ok || !st.senseOK(s, k, n, e) {
		return cand{}, false
	}
	c := cand{k: k, kEnd: k + n, e: e}
	if k+n < s.t1 && (st.toks[k+n].lower == "nothing" || st.toks[k+n].lower == "little") && e.cat == catSpeech {
		c.neg = true // "Boehner said nothing new": no statement
		c.how = hLeft
		return c, true
	}
	if e.cat == catRefusal {
		return st.refusal(s, c), true
	}
	if st.nounNotVerb(s, k, n, e) || st.hypothetical(s, k) || st.reducedRelative(s, k) {
		return cand{}, false
	}
	if by, ok := st.passive(s, k); ok {
		pc, ok := st.passiveCue(s, c, by)
		if ok || st.beBefore(s, k) >= 0 {
			return pc, ok
		}
		// ", said by telephone": no agent after all, the subject before
		// the comma speaks
	}
	c, out := st.participle(s, c)
	if out == noMatch {
		c, out = st.subjectBefore(s, c)
	}
	if out == noMatch {
		c, out = st.invertedSubject(s, c)
	}
	if out == noMatch {
		c, out = st.openingSubject(s, c)
	}
	if out == noMatch {
		c, out = st.settingOfSpeech(s, c)
	}
	if out != matched {
		return cand{}, false
	}
	return c, true
}

// according reads a cue whose source follows it, n tokens from k:
// "according to CNN", "citing officials", "as reported by the Post", "per
// the filing". v is the cue's index in lx.afterCues.
func (st *state) according(s *sentence, k, v, n int) (cand, bool) {
	e := st.lx.afterCues[v]
	next := &st.toks[k+n]
	if e.ambiguous && !(next.kind == tWord && (next.cap || next.possessive() || next.lower == "the" || next.lower == "a" || next.lower == "an")) {
		return cand{}, false // "per year", "via satellite"
	}
	j := st.npEnd(k+n, s.t1)
	src, ent, ok := st.classify(k+n, j)
	if !ok {
		return cand{}, false
	}
	src = st.appositiveName(src, j, s.t1)
	st.exclusive(&src, k+n, j)
	c := cand{k: k, kEnd: k + n, e: e, src: src, ent: ent, how: hAccording}
	c.citing = e.lemma == "citing" || e.lemma == "quoting"
	return c, true
}

// adverbOfReport reads an adverb at token k that attributes to unnamed
// media ("reportedly") or hedges ("allegedly").
func (st *state) adverbOfReport(s *sentence, k int) (cand, bool) {
	t := &st.toks[k]
	w := t.lower
	if t.report && st.lx.reportAdverbs[w] {
		src := st.source(k, k+1, "unnamed reports", OutletSource)
		return cand{k: k, kEnd: k + 1, e: cueEntry{lemma: w, cat: catReport}, src: src, how: hReportedly}, true
	}
	switch w {
	case "allegedly", "purportedly", "supposedly", "reputedly":
		src := st.source(k, k+1, "agentless passive", VagueGroup)
		// "indicted for allegedly hacking" hedges a charge in a clause of
		// its own
		sub := st.inSubordinate(s, k)
		return cand{k: k, kEnd: k + 1, e: cueEntry{lemma: w, cat: catReport}, src: src, how: hReportedly, sub: sub}, true
	}
	return cand{}, false
}

// refusal reads a refusal cue, which asserts nothing: "declined to
// comment". In "a Republican who has refused to endorse", the refusal is
// no part of the main clause.
func (st *state) refusal(s *sentence, c cand) cand {
	c.neg = true
	c.how = hLeft
	if st.leftSubject(c.k, s.t0).rel {
		c.sub = true
	}
	return c
}

// nounNotVerb reports whether the cue word at k (n tokens) is a noun
// here: "her statement", "ICE’s claims", "the reports", "Most states",
// "claims of leadership".
func (st *state) nounNotVerb(s *sentence, k, n int, e cueEntry) bool {
	w := st.toks[k].lower
	if k > s.t0 {
		p := &st.toks[k-1]
		if p.is(cDeterminer) && !standaloneDeterminers[p.lower] &&
			!((p.lower == "another" || p.lower == "one") && k-1 == st.firstWord(s) && pastForm(w)) {
			return true // "another said": one more person, opening the sentence
		}
		// "Some say", but "Most states", "the many reasons": a plural
		// quantifier takes the verb's base form
		if pluralQuantifiers[p.lower] && n == 1 && w != e.lemma && strings.HasSuffix(w, "s") {
			return true
		}
		if p.possessive() {
			return true
		}
	}
	// "claims of leadership", "reports of": a plural noun
	if k+1 < s.t1 && st.toks[k+1].lower == "of" && strings.HasSuffix(w, "s") && w != "says" {
		return true
	}
	return n == 1 && w != e.lemma && w != "says" && strings.HasSuffix(w, "s") && st.pluralNoun(s, k)
}

// pluralNoun reports whether an -s form at k that could be a verb's third
// person ("states", "claims", "attacks") is a plural noun by what stands
// around it: an auxiliary or a number before it ("have claims in the
// area", "two states"), or after it a comparison or a relative clause
// whose verb follows at once ("states like Ohio", "states that have
// suffered"). A third person's verb takes none of these.
func (st *state) pluralNoun(s *sentence, k int) bool {
	if k > s.t0 {
		p := &st.toks[k-1]
		if p.is(cAuxiliary) && p.lower != "'s" {
			return true
		}
		if p.is(cModal) {
			return true
		}
		if p.kind == tNum || numberWords[p.lower] > 1 || lightVerbs[p.lower] {
			return true // "two states", "took notes"
		}
		// "the next two Republican debates": a number before the
		// capitalised words that qualify the noun
		x := k - 1
		for x > s.t0 && st.toks[x].cap && st.toks[x].kind == tWord && !st.atSentenceStart(x) {
			x--
		}
		if x < k-1 && (st.toks[x].kind == tNum || numberWords[st.toks[x].lower] > 1) {
			return true
		}
	}
	if k+1 >= s.t1 {
		return false
	}
	n := k + 1
	if st.toks[n].lower == "," {
		if c := st.closingComma(s, n); c > 0 {
			n = c + 1 // "her remarks, however, were"
		}
	}
	if n < s.t1 {
		if st.toks[n].is(cAuxiliary) && st.toks[n].lower != "'s" {
			return true // "Clinton's remarks were": the subject's head
		}
	}
	switch st.toks[k+1].lower {
	case "like", "such":
		return true
	case "that", "which", "who":
		if k+2 < s.t1 {
			v := st.toks[k+2].lower
			_, aux := auxiliaries[v]
			_, modal := modals[v]
			return aux || modal
		}
	}
	return false
}

// lightVerbs take a noun of speech as their object: "took notes", "made
// remarks", "fielded questions".
var lightVerbs = map[string]bool{"take": true, "takes": true, "took": true, "taking": true, "make": true, "makes": true,
	"made": true, "making": true, "give": true, "gives": true, "gave": true, "giving": true, "get": true, "gets": true,
	"got": true, "draw": true, "draws": true, "drew": true, "send": true, "sends": true, "sent": true, "receive": true,
	"receives": true, "received": true, "field": true, "fields": true, "fielded": true}

// closingComma returns the comma that closes a parenthetical opened by the
// comma at c (", however,"), or 0.
func (st *state) closingComma(s *sentence, c int) int {
	for x := c + 2; x < s.t1 && x <= c+4; x++ {
		if st.toks[x].lower == "," {
			if st.parentheticalBetween(c, x) {
				return x
			}
			return 0
		}
	}
	return 0
}

// hypothetical reports whether a modal before the cue at k makes it
// hypothetical: "it would add", "could say".
func (st *state) hypothetical(s *sentence, k int) bool {
	m := k - 1
	if m < s.t0 {
		return false
	}
	for floor := reachBack(s, k); m > floor && isAdverb(&st.toks[m]); {
		m--
	}
	return st.toks[m].is(cModal)
}

// reducedRelative reports whether the participle at k modifies the noun
// before it rather than being the verb: "Photos posted to ICE's account
// showed ...", "a poll released Monday found".
func (st *state) reducedRelative(s *sentence, k int) bool {
	w := st.toks[k].lower
	if k <= s.t0 || k+1 >= s.t1 || !(strings.HasSuffix(w, "ed") || w == "written" || w == "shown" || w == "seen" || w == "sent") {
		return false
	}
	p := &st.toks[k-1]
	common := p.kind == tWord && (!p.cap || st.atSentenceStart(k-1) && st.commonWord(k-1))
	next := st.toks[k+1].lower
	_, prep := reducedPreps[next]
	// "a poll released Monday found": a document, then a time
	doc := p.doc && (st.toks[k+1].is(cDay) || isMonth(next) || next == "last" || next == "this")
	if !(prep || doc) || !common || st.verbish(k-1) || !st.mainVerbFollows(s, k+1) {
		return false
	}
	if p.is(cPronoun) || p.lower == "i" || p.lower == "we" || p.lower == "you" {
		return false
	}
	return !p.is(cAuxiliary) && !isAdverb(p)
}

// passiveCue reads a passive cue: "was confirmed by U.S. authorities",
// with its agent at the token after by, or agentless ("is seen as", "it has
// been reported that"; by is -1).
func (st *state) passiveCue(s *sentence, c cand, by int) (cand, bool) {
	k, w := c.k, st.toks[c.k].lower
	if w == "quoted" && k+1 < s.t1 && st.toks[k+1].lower == "as" {
		return cand{}, false // "was quoted as saying": the participle reports
	}
	// "who is seen as", "which was reported": a relative clause
	if b := st.beBefore(s, k); b > s.t0 {
		if _, rel := relatives[st.toks[b-1].lower]; rel {
			c.sub = true
		}
		// "remains to be seen"
		if st.toks[b].lower == "be" && st.toks[b-1].lower == "to" {
			return cand{}, false
		}
	}
	if by >= 0 {
		j := st.npEnd(by+1, s.t1)
		src, ent, ok := st.classify(by+1, j)
		if !ok {
			return cand{}, false
		}
		c.src, c.ent, c.how = st.appositiveName(src, j, s.t1), ent, hPassive
		return c, true
	}
	if st.inSubordinate(s, k) {
		c.sub = true // "... after officers were indicted"
	}
	if !st.lx.passives[w] && !st.lx.passives[c.e.lemma] && !st.boundPassive(s, k) {
		return cand{}, false
	}
	c.src = st.source(k, c.kEnd, "agentless passive", VagueGroup)
	if c.e.lemma == "report" {
		// "it has been reported that": the media, unnamed
		c.src = st.source(k, c.kEnd, "unnamed reports", OutletSource)
	}
	c.how = hAgentless
	return c, true
}

// boundPassive reports whether the participle at k, which the lexicon
// knows only after subjects of its own, has one of them: "concerns have
// been raised", not "the cutoff has been raised".
func (st *state) boundPassive(s *sentence, k int) bool {
	subj := st.lx.boundPassives[st.toks[k].lower]
	b := st.beBefore(s, k)
	if subj == nil || b < 0 {
		return false
	}
	var neg bool
	j := st.pastVerbGroup(b, reachBack(s, k), &neg)
	return j > s.t0 && subj[st.toks[j-1].norm()]
}

// participle reads a participle after a clause, whose speaker is the
// subject of the main clause: ", saying ...", "by arguing", "in
// explaining".
func (st *state) participle(s *sentence, c cand) (cand, outcome) {
	k, w := c.k, st.toks[c.k].lower
	if !strings.HasSuffix(w, "ing") || k <= s.t0 {
		return c, noMatch
	}
	p := st.toks[k-1].lower
	if st.quotedAs(s, k) {
		// "was quoted as saying", "was heard saying": the subject's words
		if src, ent, ok := st.mainSubject(s); ok {
			c.src, c.ent, c.how = src, ent, hParticiple
			return c, matched
		}
	}
	if p == "without" {
		// "left without saying why": nothing said
		c.neg, c.how = true, hParticiple
		return c, matched
	}
	if !(p == "," || p == "by" || p == "and" || p == "while" || p == "after" || p == "before" ||
		(p == "in" || p == "when" || p == "since") && c.e.cat == catSpeech) {
		return c, noMatch
	}
	if cat := c.e.cat; cat == catSpeech || cat == catBelief || cat == catAccusation {
		if st.modalMain(s) {
			return c, rejected // "The campaign will target voters, stressing jobs": nothing said yet
		}
		if src, ent, ok := st.mainSubject(s); ok {
			c.src, c.ent, c.how = src, ent, hParticiple
			return c, matched
		}
	}
	if p != "," {
		return c, rejected
	}
	return c, noMatch
}

// quotedAs reports whether the participle at k follows a passive that
// reports the subject's words: "was quoted as saying", "was heard
// saying", "was overheard telling".
func (st *state) quotedAs(s *sentence, k int) bool {
	v := k - 1
	if st.toks[v].lower == "as" {
		v--
	}
	if v <= s.t0 {
		return false
	}
	switch st.toks[v].lower {
	case "quoted":
		if st.toks[k-1].lower != "as" {
			return false
		}
	case "heard", "overheard", "recorded", "caught":
	default:
		return false
	}
	return st.beBefore(s, v) >= 0
}

// modalMain reports whether the main clause of sentence s has a modal
// after its subject: "The campaign will target ...".
func (st *state) modalMain(s *sentence) bool {
	q := st.mainClauseStart(s)
	for q < s.t1 && st.toks[q].kind != tWord {
		q++
	}
	if q >= s.t1 {
		return false
	}
	end := st.mainSubjectEnd(s, q)
	for end < s.t1 && isAdverb(&st.toks[end]) {
		end++
	}
	if end >= s.t1 {
		return false
	}
	return st.toks[end].is(cModal)
}

// subjectBefore reads the subject before the cue: "Sheinbaum said", "as
// Reuters reported", "Rachel Berg, a philanthropist from Monsey, New York,
// said". A cue it finds negated or in a clause that is not the main one is
// marked so for the constructions after it.
func (st *state) subjectBefore(s *sentence, c cand) (cand, outcome) {
	k, n := c.k, c.kEnd-c.k
	w := st.toks[k].lower
	sub := st.leftSubject(k, s.t0)
	i, j := sub.i, sub.j
	c.neg = sub.neg
	if sub.rel {
		c.sub = true
	}
	if sub.coord {
		if src, ent, ok := st.mainSubject(s); ok {
			c.src, c.ent, c.how, c.coord = src, ent, hLeft, true
			return c, matched
		}
	}
	if j > i && i > s.t0 {
		if _, rel := relatives[st.toks[i-1].lower]; rel && st.toks[i-1].lower != "who" {
			c.sub = true // "a document that she identified"
		}
	}
	if n == 1 {
		var agrees bool
		if j, agrees = st.agreeingSubject(i, j, w, c.e.lemma, sub.inf); !agrees {
			return c, rejected
		}
	}
	if j <= i {
		return c, noMatch
	}
	np, ok := st.subjectPhrase(s, i, j, k)
	if !ok {
		// "The utility said", "the 32-year-old labourer says", "city staff
		// confirmed": a description no word list knows speaks too
		if np, ok = st.describedSubject(i, j, k, c.e.cat); !ok {
			return c, noMatch
		}
	}
	if np.i > s.t0 && st.toks[np.i-1].lower == "," && !namesSomeone(np.src.Type) {
		// "Marsh, an economist at the institute, a group funded by
		// banks, said": the description stands in an aside, the name
		// opening the clause speaks
		if op, ok := st.clauseOpening(s, k); ok && namesSomeone(op.src.Type) && np.i > op.j {
			np = op
		}
	}
	c.src, c.ent, c.how = st.appositiveName(np.src, np.j, s.t1), np.ent, hLeft
	st.subjectClause(s, &c, np.i)
	if strings.HasSuffix(w, "ing") && !st.auxBetween(j, k) {
		st.ingCue(s, &c, k)
	}
	return c, matched
}

// agreeingSubject checks the subject [i, j) of a one-word cue w of lemma
// lemma against the cue's form, inf telling that the cue is an
// infinitive. "battleground states", "the claims": a plural subject
// before an -s form means the -s form is a noun, and it reports false. A
// base form needs a plural subject ("critics say", not "Battleground state
// Florida"): without one the subject it returns is empty.
func (st *state) agreeingSubject(i, j int, w, lemma string, inf bool) (int, bool) {
	if j <= i {
		return j, true
	}
	if w != lemma && strings.HasSuffix(w, "s") && !strings.HasSuffix(lemma, "s") && !st.toks[j-1].cap && st.pluralSubject(i, j) {
		return j, false
	}
	if !inf && w == lemma && !baseIsPast[w] && !st.pluralSubject(i, j) {
		return i, true
	}
	return j, true
}

// ingCue reads a cue in -ing after its subject: "sent a letter to the
// mayor saying ...": the letter's words are its sender's; "a petition
// calling on candidates" otherwise only qualifies its noun.
func (st *state) ingCue(s *sentence, c *cand, k int) {
	if np, ok := st.mainSubjectPhrase(s); ok && st.objectDocument(s, np.j, k) {
		c.src, c.ent, c.how = np.src, np.ent, hParticiple
		return
	}
	c.sub = true
}

// issuedHead reports whether w, singular or plural, is a document a
// person or body issues in its own name: "letter", "e-mails".
func issuedHead(w string) bool {
	w = strings.ReplaceAll(w, "-", "")
	if _, ok := issuedHeads[w]; ok {
		return true
	}
	_, ok := issuedHeads[strings.TrimSuffix(w, "s")]
	return ok
}

// objectDocument reports whether the participle at k qualifies a document
// after the main clause's subject, which ends at subjEnd: the object of its
// verb ("He sent an e-mail to members saying", "issued a statement calling
// for").
func (st *state) objectDocument(s *sentence, subjEnd, k int) bool {
	for x := k - 1; x > subjEnd && x >= k-10; x-- {
		t := &st.toks[x]
		if t.kind != tWord && t.kind != tNum || st.verbish(x) {
			return false
		}
		if issuedHead(t.norm()) && !t.cap {
			return true
		}
	}
	return false
}

// describedSubject reads the subject [i, j) of the cue at k, of category cat,
// whose head no word list knows, as the speaker it describes: people in
// the plural are an unnamed group ("the organizers", "city staff"); one
// person described ("the designer", "the 32-year-old labourer") is the
// person just named, or else someone identified by the description.
func (st *state) describedSubject(i, j, k int, cat cueCat) (namedPhrase, bool) {
	if cat != catSpeech && cat != catBelief && cat != catAccusation || !st.finiteCue(i, j, k) {
		return namedPhrase{}, false
	}
	i, j = st.trimPhrase(i, j)
	if i >= j || i < k && !st.clauseStarts(i) {
		return namedPhrase{}, false
	}
	p := st.coreEnd(i, j)
	h := &st.toks[p-1]
	hw := h.norm()
	if h.kind != tWord || h.cap || len(hw) < 3 || !st.plainNoun(hw) || !st.cleanPhrase(i, p, j) {
		return namedPhrase{}, false
	}
	det := st.toks[i].lower
	definite := det == "the" || det == "this" || det == "that" || det == "these" || det == "those"
	possessed := false
	for x := i; x < p-1; x++ {
		possessed = possessed || st.toks[x].possessive()
	}
	definite = definite || possessed
	if pluralNoun(hw) {
		if !peopleNoun(hw) {
			return namedPhrase{}, false // "the gains", "victories": things say nothing
		}
		if _, d := determiners[det]; d && !definite || !definite && p-i > 2 {
			return namedPhrase{}, false // "some families", "a number of ...": other readers' phrases
		}
		src := st.source(i, j, cleanName(st.text(i, j)), VagueGroup)
		return namedPhrase{i: i, j: j, src: src}, true
	}
	if !definite || !personSuffix(hw) {
		return namedPhrase{}, false // a thing ("the operation", "the action") says nothing
	}
	// "the designer", "Johnson's doctor": someone identified by the
	// description (the person just named may be someone else: "the
	// moderator" asking the candidate)
	src := st.source(i, p, cleanName(st.text(i, p)), Person)
	src.Role = hw
	return namedPhrase{i: i, j: j, src: src}, true
}

// finiteCue reports whether the cue at k, after its subject [i, j), is a
// finite verb of its own: not a setting ("in an interview"), not an
// ambiguous or noun-like word, not a participle after "be" or before "by"
// ("were adamant", "wishes posted by").
func (st *state) finiteCue(i, j, k int) bool {
	t := &st.toks[k]
	if _, prep := introWords[t.lower]; prep {
		return false
	}
	e, ok := st.lx.cueOf(t)
	if !ok || t.lower == e.lemma && i < k && !st.pluralSubject(i, j) {
		return false
	}
	if e.ambiguous {
		// "chanted that ...", "called: ..."
		if k+1 >= len(st.toks) {
			return false
		}
		n := &st.toks[k+1]
		return n.lower == "that" || n.lower == ":" || n.kind == tOpenQ
	}
	if k+1 < len(st.toks) && st.toks[k+1].lower == "by" {
		return false
	}
	for x := j; x < k; x++ {
		if _, be := beForms[st.toks[x].lower]; be {
			return false
		}
	}
	return true
}

// clauseStarts reports whether token i opens a clause: the sentence's
// first word, or a word after a comma, semicolon, dash, quotation or
// conjunction.
func (st *state) clauseStarts(i int) bool {
	if st.atSentenceStart(i) {
		return true
	}
	p := &st.toks[i-1]
	return p.kind == tCloseQ || p.lower == "," || p.lower == ";" || isDash(p.lower) || p.lower == "and" || p.lower == "but" || p.lower == "("
}

// cleanPhrase reports whether the phrase [i, j), with core [i, p), is a noun
// phrase and nothing more: no verb, pronoun or -ing form before its head,
// and after it only a complement that ends in a noun ("delegates at the
// convention").
func (st *state) cleanPhrase(i, p, j int) bool {
	for x := i; x < j; x++ {
		t := &st.toks[x]
		if x == p-1 {
			continue
		}
		if t.is(cPronoun) && x > i || contraction(t.lower) || st.verbish(x) || x > i && x < p && st.mayBeVerb(x, j) ||
			t.kind == tWord && !t.cap && strings.HasSuffix(t.lower, "ing") {
			return false
		}
	}
	last := &st.toks[j-1]
	if _, br := clauseBreakers[last.lower]; br || last.kind != tWord {
		return false
	}
	_, post := postModifiers[last.lower]
	return !post
}

// peopleNoun reports whether a plural noun in lower case names people:
// "organizers", "protesters", "women", "staff".
func peopleNoun(w string) bool {
	switch w {
	case "people", "staff", "men", "women", "police", "crew", "personnel", "folks", "residents", "families", "parents":
		return true
	}
	return strings.HasSuffix(w, "men") || personSuffix(strings.TrimSuffix(w, "s"))
}

// plainNoun reports whether a word in lower case can head a description: a
// word of letters, not a pronoun, determiner, number, time, adverb or -ing
// form.
func (st *state) plainNoun(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	if _, ok := pronouns[w]; ok {
		return false
	}
	if _, ok := determiners[w]; ok {
		return false
	}
	if _, ok := timeNouns[w]; ok {
		return false
	}
	if _, ok := numberWords[w]; ok || adverbWord(w) || strings.HasSuffix(w, "ing") {
		return false
	}
	return !st.lx.documentNouns[w]
}

// pluralNoun reports whether a noun in lower case is plural: "organizers",
// "women", "staff".
func pluralNoun(w string) bool {
	switch w {
	case "people", "staff", "men", "women", "police", "crew", "personnel", "children", "folks":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is")
}

// personSuffix reports whether a noun names a person by its ending: one who
// does something ("designer", "socialist", "labourer", "attendant") or a
// man or woman.
func personSuffix(w string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "dent", "gent", "nent", "man", "woman", "ee", "ess", "-old"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// auxBetween reports whether tokens [j, k) hold an auxiliary: "is
// calling", "has been saying".
func (st *state) auxBetween(j, k int) bool {
	for x := j; x < k; x++ {
		if st.toks[x].is(cAuxiliary) {
			return true
		}
		if _, be := beForms[st.toks[x].lower]; be {
			return true
		}
	}
	return false
}

// namesSomeone reports whether a source of type t is named: a person,
// institution or outlet.
func namesSomeone(t SourceType) bool { return t == Person || t == Institution || t == OutletSource }

// openingSubject reads the subject that opens the clause of the cue, where
// what stands between them is no subject of its own: asides set off by
// commas that hold commas, quotations or clauses themselves ("Mike
// Shields, president of the fund, a group allied with House leaders,
// said"; "Powell’s office, when contacted, said"; "Sam Solovey, a
// contestant on “The Apprentice,” who went on to work for him, said"), or
// a relative clause ("The judges who ruled that the law could not stand
// said"; "The officials whose laws were invalidated say").
func (st *state) openingSubject(s *sentence, c cand) (cand, outcome) {
	sub := st.leftSubject(c.k, s.t0)
	if sub.rel || sub.coord || sub.j > sub.i && (st.toks[sub.i].inQuote && st.toks[sub.i].kind == tWord || st.personalPronoun(sub.j-1)) {
		return c, noMatch // "what he thought": a subject of its own
	}
	op, ok := st.clauseOpening(s, c.k)
	if !ok {
		return c, noMatch
	}
	c.neg = c.neg || sub.neg
	c.src, c.ent, c.how = op.src, op.ent, hLeft
	st.subjectClause(s, &c, op.i)
	return c, matched
}

// personalPronoun reports whether token k is a personal pronoun that can
// be a subject: "he", "they", "I".
func (st *state) personalPronoun(k int) bool {
	switch st.toks[k].lower {
	case "he", "she", "it", "they", "i", "we", "you":
		return true
	}
	return false
}

// clauseOpening finds the noun phrase that opens the clause of the verb at
// k, followed by a comma or a relative pronoun, and the source it names.
func (st *state) clauseOpening(s *sentence, k int) (namedPhrase, bool) {
	var neg bool
	v := st.pastVerbGroup(k, reachBack(s, k), &neg)
	floor := st.clauseFloor(s, v)
	if floor >= v {
		return namedPhrase{}, false
	}
	e := st.mainSubjectEnd(s, floor)
	if e <= floor || e >= v-1 {
		return namedPhrase{}, false
	}
	c := v - 1 // the comma that closes the asides
	if st.toks[c].kind == tCloseQ && c-1 > e && st.toks[c-1].lower == "," {
		c-- // 'a star of the show “The Apprentice,” said'
	}
	switch st.toks[e].lower {
	case ",":
		// the verb follows the last aside: "Mexico, seeking to avoid
		// tariffs threatened by Trump, has ..." holds no verb of Mexico's
		if st.toks[c].lower != "," || !st.asideChain(e, c) {
			return namedPhrase{}, false
		}
	case "who", "whose", "whom", "which", "that":
		if st.toks[v-1].lower == "," && !st.afterParenthetical(v-1, e) {
			return namedPhrase{}, false // "The man who said it, they argue, ..."
		}
	default:
		return namedPhrase{}, false
	}
	src, ent, ok := st.classify(floor, e)
	if !ok || src.Type == Document {
		return namedPhrase{}, false
	}
	return namedPhrase{i: floor, j: e, src: src, ent: ent}, true
}

// asideChain reports whether the commas at e and c enclose asides only:
// each part between two commas at the top level opens as an aside does (a
// determiner, name, role, relative pronoun, participle, preposition,
// subordinator: "when contacted", or a word before a preposition: "clad
// in"), whatever it holds after that; quotations and brackets inside a
// part are part of it.
func (st *state) asideChain(e, c int) bool {
	depth := 0
	start := e + 1
	for x := e + 1; x <= c; x++ {
		t := &st.toks[x]
		switch {
		case t.lower == "(":
			depth++
		case t.lower == ")":
			depth--
		case t.inQuote || t.kind == tOpenQ || t.kind == tCloseQ || depth > 0:
		case t.lower == "who" || t.lower == "whose" || t.lower == "which":
			// a relative clause runs on to the verb, commas and all:
			// "whose latest start-up, Paradata, uses big data, said"
			return x == start || st.opensAside(start)
		case t.lower == ",":
			if x == start || !st.opensAside(start) {
				return false
			}
			start = x + 1
		}
	}
	return true
}

// opensAside reports whether token k can open an aside between a subject
// and its verb.
func (st *state) opensAside(k int) bool {
	if st.opensAppositive(k) {
		return true
	}
	w := st.toks[k].lower
	if _, sub := subordinators[w]; sub {
		return true
	}
	t := &st.toks[k]
	if isAdverb(t) || t.kind == tWord && (st.isTitleWord(k) || t.stop && st.titleAbbrev(k)) {
		return true // "Mrs. Obama's chief of staff", "Sen. Ana Ruiz"
	}
	if k+1 < len(st.toks) {
		switch st.toks[k+1].lower {
		case "in", "by", "with", "on", "at", "for", "from", "of":
			return t.kind == tWord // "clad in", "born in", "best known for"
		}
	}
	// "associate professor of history", "longtime strategist for": a
	// word before a person noun
	for x := k + 1; x < len(st.toks) && x <= k+2; x++ {
		if st.toks[x].kind == tWord && personNounAt(st, x) {
			return t.kind == tWord && !t.cap
		}
	}
	return false
}

// afterParenthetical reports whether the comma at c closes a parenthetical
// opened by a comma after token e: ", for instance,", ", however,".
func (st *state) afterParenthetical(c, e int) bool {
	m := c - 1
	for m > e && st.toks[m].lower != "," {
		m--
	}
	return m > e && st.parentheticalBetween(m, c)
}

// clauseFloor returns the first word of the clause that holds token v: after
// an opening subordinate clause, dateline or introductory phrase, and after
// the last quotation, semicolon or conjunction after a comma (", and")
// before v.
func (st *state) clauseFloor(s *sentence, v int) int {
	floor := st.mainClauseStart(s)
	quoteOpens := false // a quotation opens the clause: its speaker follows it
	for x := floor; x < v; x++ {
		t := &st.toks[x]
		switch {
		case t.kind == tOpenQ:
			quoteOpens = quoteOpens || x == floor
		case t.kind == tCloseQ && quoteOpens, t.lower == ";", t.lower == ":":
			quoteOpens = false
			floor = x + 1
		case (t.lower == "and" || t.lower == "but") && x > s.t0 && st.toks[x-1].lower == ",":
			floor = x + 1
		}
	}
	for floor < v && (st.toks[floor].kind == tPunct || st.toks[floor].lower == "and" || st.toks[floor].lower == "but") {
		floor++
	}
	return floor
}

// namedPhrase is a noun phrase [i, j) and the source it names.
type namedPhrase struct {
	i, j int
	src  Source
	ent  *entity
}

// subjectPhrase classifies the subject [i, j) before the cue at k. Where
// it names no source, it tries the phrase before an appositive that held
// a comma of its own ("Rachel Berg, a philanthropist from Monsey, New York,
// said") and the name a description gives ("Sanders's campaign manager,
// Jeff Weaver, said").
func (st *state) subjectPhrase(s *sentence, i, j, k int) (namedPhrase, bool) {
	src, ent, ok := st.classify(i, j)
	for tries := 0; !ok && tries < 5 && i-1 > s.t0 && st.toks[i-1].lower == "," && !st.toks[i-1].inQuote; tries++ {
		m := st.appositiveStart(i-1, s.t0)
		if m <= s.t0 {
			break
		}
		j = m
		i = st.phraseStart(s, j-1)
		src, ent, ok = st.classify(i, j)
	}
	if !ok && st.adjunctOpens(i) {
		// "Saturday at the party convention Sen. Ana Ruiz said": a time or
		// place before the subject, with no comma
		if r := st.nameStartBefore(i, j); r > i {
			if src, ent, ok = st.classify(r, j); ok {
				i = r
			}
		}
	}
	if !ok {
		// "Assistant Secretary for Diplomatic Security Charlene Lamb
		// said": a title with a capitalised complement, then the name
		if r := st.nameAfterTitleComplement(i, j); r > i {
			if src, ent, ok = st.classify(r, j); ok {
				i = r
			}
		}
	}
	if !ok && j < k && st.toks[j].lower == "," {
		// the name the description gives speaks, in the role it gives
		if e := st.nameRun(j+1, k); e > j+1 && e < k && st.toks[e].lower == "," && st.fullNameIn(j+1, e) {
			if nsrc, nent, nok := st.classify(j+1, e); nok {
				if nsrc.Role == "" {
					nsrc.Role = cleanName(st.text(i, j))
				}
				src, ent, ok = nsrc, nent, true
			}
		}
	}
	return namedPhrase{i: i, j: j, src: src, ent: ent}, ok
}

// nameAfterTitleComplement returns where the name starts in a phrase
// [i, j) of titles, "for" or "of", and capitalised words ending in a name
// of two words (three with a known first name): "Minister for Foreign
// Affairs Ana Ruiz"; or i.
func (st *state) nameAfterTitleComplement(i, j int) int {
	if j-i < 5 || !st.isTitleWord(i) && !st.isTitleWord(i+1) { // "Under Secretary for ..."
		return i
	}
	p := i + 1
	for p < j && st.toks[p].kind == tWord && st.toks[p].cap {
		p++
	}
	if p >= j-3 || (st.toks[p].lower != "for" && st.toks[p].lower != "of") {
		return i
	}
	for x := p + 1; x < j; x++ {
		t := &st.toks[x]
		if joiner := t.lower == "of" || t.lower == "for" || t.lower == "and"; joiner && x+1 < j && st.toks[x+1].cap {
			continue // "Secretary of State for Health"
		}
		if t.kind != tWord || !t.cap || t.possessive() {
			return i
		}
	}
	q := j - 2
	if q-1 > p+1 && genderOfToken(&st.toks[q-1]) != unknownGender {
		q-- // "Mary Beth Ruiz"
	}
	last := &st.toks[j-1]
	if !st.isNameToken(q) || !st.isNameToken(j-1) || last.upper || last.is(cOrgSuffix) || st.commonWordIn(q, j) || isOrgName(st, q, j) {
		return i // "founder of Tripwire Operation Group", "of Our Principles PAC": a body, no name
	}
	return q
}

// nameStartBefore returns the first token of the name, with its titles,
// that ends the phrase [i, j), after a common word: "convention Sen. Ana
// Ruiz"; or i.
func (st *state) nameStartBefore(i, j int) int {
	r := j
	for r > i && st.toks[r-1].kind == tWord && st.toks[r-1].cap && (st.isNameToken(r-1) || st.isTitleWord(r-1) || st.toks[r-1].stop && st.titleAbbrev(r-1)) {
		r--
	}
	if r <= i || r == j || st.toks[r-1].cap || st.toks[r-1].kind != tWord {
		return i
	}
	// "president of the Harbor Fund": the name is a complement
	w := st.toks[r-1].lower
	_, det := determiners[w]
	_, post := postModifiers[w]
	_, br := clauseBreakers[w]
	if det || post || br || w == "nor" || st.toks[r-1].possessive() {
		return i
	}
	return r
}

// adjunctOpens reports whether token i opens a phrase of time or place: a
// preposition of time or place, a day or month, a year.
func (st *state) adjunctOpens(i int) bool {
	t := &st.toks[i]
	if _, prep := leadingPrepositions[t.lower]; prep {
		return true
	}
	if t.is(cDay) {
		return true
	}
	return isMonth(t.lower) || t.kind == tNum && len(t.lower) == 4
}

// titleAbbrev reports whether token k is a title written with its period:
// "Sen.", "Gov.".
func (st *state) titleAbbrev(k int) bool {
	return st.pastAbbreviatedTitles(k, k+1) == k+1
}

// phraseStart returns the first token of the noun phrase that ends with
// token i: back over words and numbers to a verb or a clause breaker.
func (st *state) phraseStart(s *sentence, i int) int {
	for i > s.t0 && (st.toks[i-1].kind == tWord || st.toks[i-1].kind == tNum) && !st.verbish(i-1) {
		if _, br := clauseBreakers[st.toks[i-1].lower]; br && !prepositionInNP(st.toks[i-1].lower) {
			break
		}
		i--
	}
	return i
}

// subjectClause marks a cue whose subject starts at token i as standing
// in a clause that is not the main one, where the words before the
// subject show it: "as Trump continues to describe the inquiry as a witch
// hunt" (a clause of time, not "as Reuters reported"), "With critics
// accusing him", "an aggressive - some say unrealistic - pledge", "after
// the Justice Department indicted 12 officers".
func (st *state) subjectClause(s *sentence, c *cand, i int) {
	if i > s.t0 && st.toks[i-1].lower == "as" {
		c.how = hAs
		if st.hasObject(s, c.kEnd) {
			c.how = hLeft
			c.sub = true
		}
	}
	if w := st.toks[i].lower; w == "with" || w == "without" {
		c.sub = true
	}
	if i > s.t0 && isDash(st.toks[i-1].lower) {
		for x := c.kEnd; x < s.t1 && x < c.kEnd+6; x++ {
			if isDash(st.toks[x].lower) {
				c.sub = true
				break
			}
		}
	}
	if i > s.t0 && !c.sub && st.inSubordinate(s, i) {
		c.sub = true
	}
}

// invertedSubject reads the subject after the cue: '..., said Caddell',
// '"...," added Rep. Jim Clyburn', and the name an appositive gives there:
// "exhorted Clinton's introducer, actress Jamie Lee Curtis". "told X" and
// ", in an interview with X," name who listens or asks, not who speaks.
func (st *state) invertedSubject(s *sentence, c cand) (cand, outcome) {
	k := c.k
	switch st.toks[k].lower {
	case "told", "tells", "tell", "in", "at", "during", "on":
		return c, noMatch
	}
	if !st.invertable(s, k) {
		return c, noMatch
	}
	j := st.npEnd(c.kEnd, s.t1)
	// "— urged the president to cancel": an object with a complement, not
	// a speaker
	objectFollows := j < s.t1 && (st.toks[j].lower == "that" || st.toks[j].lower == "to" && j+1 < s.t1 &&
		st.toks[j+1].kind == tWord && !st.toks[j+1].cap && st.toks[j+1].lower != "reporters" && st.toks[j+1].lower != "the")
	src, ent, ok := st.classify(c.kEnd, j) // classified either way: the phrase's names are registered
	if objectFollows {
		return c, noMatch
	}
	if ok {
		c.src, c.ent, c.how = st.appositiveName(src, j, s.t1), ent, hInverted
		return c, matched
	}
	x := j
	if x >= s.t1 || st.toks[x].lower != "," {
		return c, noMatch
	}
	x++
	for x < s.t1 && x < j+4 && st.toks[x].kind == tWord && !st.toks[x].cap {
		x++
	}
	if e := st.nameRun(x, s.t1); e > x && st.fullNameIn(x, e) {
		if src, ent, ok := st.classify(x, e); ok {
			c.src, c.ent, c.how = src, ent, hInverted
			return c, matched
		}
	}
	if np, ok := st.describedSubject(c.kEnd, j, k, c.e.cat); ok && st.toks[c.kEnd].lower == "the" {
		c.src, c.ent, c.how = np.src, np.ent, hInverted // "said the designer, who ..."
		return c, matched
	}
	return c, noMatch
}

// settingOfSpeech reads a setting of speech set off by commas, whose
// speaker is the main clause's subject: "Schatz, in an interview with
// HuffPost, called the nomination shocking".
func (st *state) settingOfSpeech(s *sentence, c cand) (cand, outcome) {
	k := c.k
	if w := st.toks[k].lower; (w == "in" || w == "at" || w == "during") && c.kEnd-k > 1 && k > s.t0 && st.toks[k-1].lower == "," {
		if src, ent, ok := st.mainSubject(s); ok {
			c.src, c.ent, c.how = src, ent, hParticiple
			return c, matched
		}
	}
	return c, noMatch
}
