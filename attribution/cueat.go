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
		return st.passiveCue(s, c, by)
	}
	c, out := st.participle(s, c)
	if out == noMatch {
		c, out = st.subjectBefore(s, c)
	}
	if out == noMatch {
		c, out = st.invertedSubject(s, c)
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
		if _, det := determiners[p.lower]; det && !standaloneDeterminers[p.lower] &&
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
	return k+1 < s.t1 && st.toks[k+1].lower == "of" && strings.HasSuffix(w, "s") && w != "says"
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
	_, modal := modals[st.toks[m].lower]
	return modal
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
	_, doc := st.lx.documentNouns[p.norm()]
	_, day := days[next]
	doc = doc && (day || isMonth(next) || next == "last" || next == "this")
	if !(prep || doc) || !common || st.verbish(k-1) || !st.mainVerbFollows(s, k+1) {
		return false
	}
	if _, pron := pronouns[p.lower]; pron || p.lower == "i" || p.lower == "we" || p.lower == "you" {
		return false
	}
	_, aux := auxiliaries[p.lower]
	return !aux && !isAdverb(p)
}

// passiveCue reads a passive cue: "was confirmed by U.S. authorities",
// with its agent at the token after by, or agentless ("is seen as", "it has
// been reported that"; by is -1).
func (st *state) passiveCue(s *sentence, c cand, by int) (cand, bool) {
	k, w := c.k, st.toks[c.k].lower
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
	if !st.lx.passives[w] && !st.lx.passives[c.e.lemma] {
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

// participle reads a participle after a clause, whose speaker is the
// subject of the main clause: ", saying ...", "by arguing", "in
// explaining".
func (st *state) participle(s *sentence, c cand) (cand, outcome) {
	k, w := c.k, st.toks[c.k].lower
	if !strings.HasSuffix(w, "ing") || k <= s.t0 {
		return c, noMatch
	}
	p := st.toks[k-1].lower
	if !(p == "," || p == "by" || p == "and" || p == "while" || p == "after" || p == "before" ||
		(p == "in" || p == "when" || p == "without" || p == "since") && c.e.cat == catSpeech) {
		return c, noMatch
	}
	if cat := c.e.cat; cat == catSpeech || cat == catBelief || cat == catAccusation {
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
			c.src, c.ent, c.how = src, ent, hLeft
			return c, matched
		}
	}
	if j > i && i > s.t0 {
		if _, rel := relatives[st.toks[i-1].lower]; rel && st.toks[i-1].lower != "who" {
			c.sub = true // "a document that she identified"
		}
	}
	// "battleground states", "the claims": a plural subject before an -s
	// form means the -s form is a noun
	if j > i && n == 1 && w != c.e.lemma && strings.HasSuffix(w, "s") && !strings.HasSuffix(c.e.lemma, "s") &&
		!st.toks[j-1].cap && st.pluralSubject(i, j) {
		return c, rejected
	}
	if j > i && n == 1 && !sub.inf && w == c.e.lemma && !baseIsPast[w] && !st.pluralSubject(i, j) {
		// a base form needs a plural subject: "critics say", not
		// "Battleground state Florida"
		j = i
	}
	if j <= i {
		return c, noMatch
	}
	np, ok := st.subjectPhrase(s, i, j, k)
	if !ok {
		return c, noMatch
	}
	c.src, c.ent, c.how = st.appositiveName(np.src, np.j, s.t1), np.ent, hLeft
	st.subjectClause(s, &c, np.i)
	return c, matched
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
