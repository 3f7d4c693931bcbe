package attribution

import "strings"

// subject is what leftSubject finds before a verb: the noun phrase [i, j)
// of its subject (none where i == j), and facts about the verb.
type subject struct {
	i, j  int
	rel   bool // the subject is a relative pronoun: "who said"
	neg   bool // the verb is negated: "did not say"
	coord bool // the verb is coordinated with an earlier one: "... and said"
	inf   bool // the verb is an infinitive: "appeared to blame"
}

// leftSubject finds the subject of the verb at token k, reading left: it
// skips auxiliaries and adverbs, parentheses and appositives, then takes
// the phrase back to the start of the clause. Tokens before t0, and more
// than maxReach tokens back, are not read.
func (st *state) leftSubject(k, t0 int) subject {
	t0 = max(t0, k-maxReach) // a subject beyond reach is none
	if k > t0 {
		switch st.toks[k-1].lower {
		case "in", "on", "at", "of", "from", "for", "into", "about", "upon":
			// "joined the US in labeling", "criticised for saying": a
			// gerund after a preposition has no subject of its own
			return subject{}
		}
	}
	var sub subject
	j := st.pastVerbGroup(k, t0, &sub.neg)
	if j <= t0 {
		return sub
	}
	if j < k && st.toks[j].lower == "then" && st.toks[j-1].lower == "," && st.saysWords(k) {
		// "He paused, then added:": the verb shares the subject of the one
		// before the comma
		sub.coord = true
		return sub
	}
	if st.toks[j-1].lower == "to" && j-2 >= t0 {
		sub.inf = true
		var ok bool
		if j, ok = st.beforeInfinitive(j, t0, &sub.neg); !ok {
			return sub // "it is crucial to maintain"
		}
	}
	i, j, out := st.pastAsides(j, t0)
	switch {
	case out == matched:
		sub.i, sub.j = i, j
		return sub
	case out == rejected || j <= t0:
		return sub
	}
	last := st.toks[j-1].lower
	if _, ok := relatives[last]; ok {
		sub.rel = true
		return sub
	}
	if last == "and" || last == "but" || last == "or" {
		sub.coord = true
		return sub
	}
	j = st.pastTimeAdjunct(j, t0)
	sub.i, sub.j = st.phraseBefore(j, t0), j
	return sub
}

// saysWords reports whether the verb at token k is one of saying with
// its words after it: "added:", "said that", "told reporters", a
// quotation.
func (st *state) saysWords(k int) bool {
	switch st.toks[k].lower {
	case "said", "says", "added", "adds", "told", "tells", "wrote", "writes", "noted", "notes":
	default:
		return false
	}
	if k+1 >= len(st.toks) {
		return false
	}
	next := &st.toks[k+1]
	return next.lower == ":" || next.lower == "that" || next.kind == tOpenQ || next.kind == tWord && next.lower != "to"
}

// pastVerbGroup reads back from token j over the words of a verb group
// that stand between a verb and its subject: auxiliaries, adverbs,
// negations (setting neg), a floating quantifier ("they all said") and a
// day ("on Monday"). It returns the token after the last word it did not
// take.
func (st *state) pastVerbGroup(j, t0 int, neg *bool) int {
	for j > t0 {
		t := &st.toks[j-1]
		// "they all said": a floating quantifier after its subject
		if (t.lower == "all" || t.lower == "both" || t.lower == "each") && j-2 >= t0 && st.toks[j-2].kind == tWord &&
			(st.toks[j-2].cap || strings.HasSuffix(st.toks[j-2].lower, "s") || st.toks[j-2].lower == "they" || st.toks[j-2].lower == "we") {
			j--
			continue
		}
		if t.is(cNegation) {
			*neg = true
			j--
			continue
		}
		if t.is(cTimeNoun) && j-2 >= t0 {
			switch st.toks[j-2].lower {
			case "this", "last", "next", "earlier", "later":
				j -= 2 // "The committee this week announced"
				continue
			}
		}
		if t.is(cAuxiliary) || isAdverb(t) {
			if t.cap && st.knownNameEndsAt(j, t0) {
				break // "USA Today reported": a name, not "today"
			}
			j--
			continue
		}
		if t.is(cDay) && j-2 >= t0 && st.toks[j-2].lower == "on" {
			j -= 2
			continue
		}
		break
	}
	return j
}

// beforeInfinitive reads back over what governs an infinitive whose "to"
// is token j-1, to the subject that speaks: "Griffin took to Twitter to
// explain" (the platform is where, the subject of "took" speaks), "forced
// Stumpf to admit", "appeared to blame". It reports false where nothing
// before the infinitive can speak.
func (st *state) beforeInfinitive(j, t0 int, neg *bool) (int, bool) {
	p := &st.toks[j-2]
	switch {
	case j-4 >= t0 && st.isNameToken(j-2) && (st.toks[j-3].lower == "to" || st.toks[j-3].lower == "on") && st.lx.mediaVerbs[st.toks[j-4].lower]:
		return st.pastVerbGroup(j-4, t0, neg), true
	case st.isNameToken(j-2) || p.lower == "him" || p.lower == "her" || p.lower == "them":
		return j - 1, true
	case st.lx.controlVerbs[p.lower]:
		return st.pastVerbGroup(j-2, t0, neg), true
	}
	return j, false
}

// pastAsides reads back from token j over what stands between a subject
// and its verb: parentheses, appositives ("Rendell, a Clinton surrogate,
// said"; "Fowler, who helmed the DNC, said"), dashes ("some liberal
// economists — including ... — warn"), an age or a party and state set off
// by commas, an adverb set off by commas. It returns where the subject
// ends, with noMatch; matched and the subject [i, end) where an appositive
// after an introductory phrase shows it ("after winning Ohio in the
// primary, Gov. John Kasich (R-OH), said"); rejected where a comma or dash
// opens no aside.
func (st *state) pastAsides(j, t0 int) (i, end int, out outcome) {
	for j > t0 {
		last := &st.toks[j-1]
		switch {
		case last.lower == ")":
			m := j - 2
			for m >= t0 && st.toks[m].lower != "(" {
				m--
			}
			if m < t0 {
				return 0, j, noMatch
			}
			j = m
		case last.lower == ",":
			m := st.appositiveStart(j-1, t0)
			if m <= t0 {
				return 0, j, rejected
			}
			if st.introBefore(m, t0) && (st.isNameToken(m+1) || personNounAt(st, m+1)) {
				return m + 1, j - 1, matched
			}
			j = m
		case isDash(last.lower):
			m := j - 2
			for m > t0 && st.toks[m].lower != last.lower {
				m--
			}
			if m <= t0 {
				return 0, j, rejected
			}
			j = m
		case st.setOffByCommas(j, t0):
			j -= 2
		default:
			return 0, j, noMatch
		}
	}
	return 0, j, noMatch
}

// setOffByCommas reports whether token j-1 is set off by commas between a
// subject and its verb: an age ("Woodrow Benford, 58, who ..., says"), a
// party and state ("Rep. Kevin McCarthy, R-Calif., the ... Republican,
// suggested"), an adverb ("Sanders, meanwhile, who ..., said").
func (st *state) setOffByCommas(j, t0 int) bool {
	if j-2 <= t0 || st.toks[j-2].lower != "," {
		return false
	}
	last := &st.toks[j-1]
	return last.kind == tNum || isPartyTag(last.lower) || isAdverb(last) ||
		last.lower == "however" || last.lower == "meanwhile" || last.lower == "too"
}

// pastTimeAdjunct reads back from token j over a time between subject and
// verb: "Wells Fargo just this month announced", "Trump last week said",
// "Obama Monday said".
func (st *state) pastTimeAdjunct(j, t0 int) int {
	for j-1 > t0 {
		if st.toks[j-1].is(cTimeNoun) && j-2 > t0 {
			switch st.toks[j-2].lower {
			case "this", "last", "next", "earlier", "later", "that", "each", "every":
				j -= 2
				for j-1 > t0 && isAdverb(&st.toks[j-1]) {
					j--
				}
				continue
			}
		}
		if st.toks[j-1].is(cDay) && j-1 > t0 && st.isNameToken(j-2) && !st.knownNameEndsAt(j, t0) {
			j--
			continue
		}
		break
	}
	return j
}

// knownNameEndsAt reports whether an outlet or institution of the
// lexicons ends at token j: "USA Today" is a name, not "USA" on a day.
func (st *state) knownNameEndsAt(j, t0 int) bool {
	for k := max(t0, j-4); k < j-1; k++ {
		if _, n, ok := st.lx.outlets.match(st.toks, k, j); ok && k+n == j {
			return true
		}
		if _, n, ok := st.lx.insts.match(st.toks, k, j); ok && k+n == j {
			return true
		}
	}
	return false
}

// phraseBefore returns the first token of the subject that ends before
// token j: back over the words of its noun phrase, 20 tokens at most, to
// the start of the clause. The phrase takes in a list of names ("John
// McCain, Chuck Schumer and 18 members ... called"), coordinated nouns
// ("Mr. Grassley and Mr. Leahy"), a complement of relation ("those close
// to him"), a participle's phrase ("photos posted to its account", "One
// released this week by Fox News") and a relative clause ("one of the
// doctors who signed the letter").
func (st *state) phraseBefore(j, t0 int) int {
	i := j - 1
	for i > t0 && j-i < 20 {
		t := &st.toks[i-1]
		if t.lower == "," && i-2 >= t0 && st.isNameToken(i-2) && st.isNameToken(i) && st.hasAnd(i, j) {
			i--
			continue
		}
		if t.lower == "/" && i-2 >= t0 && st.toks[i-2].cap && st.toks[i].cap {
			i-- // "a Reuters/Ipsos poll": joint makers
			continue
		}
		if t.kind != tWord && t.kind != tNum && t.lower != "&" {
			break
		}
		if t.lower == "and" || t.lower == "or" {
			// not "... said and", nor "And she noted" opening the sentence
			if i-1 <= t0 || i-2 >= t0 && st.verbish(i-2) {
				break
			}
			i--
			continue
		}
		if _, ok := clauseBreakers[t.lower]; ok && !prepositionInNP(t.lower) {
			if st.participlePhrase(i, t0) {
				i -= 2 // past the participle too
				continue
			}
			if !st.relationComplement(i, t0) {
				break
			}
		}
		if st.makerParticiple(i, t0) {
			i--
			continue
		}
		if st.verbish(i - 1) {
			if r := st.relativeStart(i-1, t0); r > t0 {
				i = r
				continue
			}
			break
		}
		i--
	}
	return i
}

// relationComplement reports whether "to" or "with" at token i-1 follows
// an adjective of relation ("those close to him", "people familiar
// with"), or "to" an unnamed person's head ("an aide to the mayor").
func (st *state) relationComplement(i, t0 int) bool {
	w := st.toks[i-1].lower
	if i-2 < t0 || w != "to" && w != "with" {
		return false
	}
	if w == "to" && st.servesWhom(i) {
		if _, anon := st.lx.anonHeads[st.toks[i-2].norm()]; anon {
			return true
		}
	}
	return st.lx.relationAdjectives[st.toks[i-2].lower]
}

// servesWhom reports whether the words from token i name whom someone
// serves: a name or a title ("Sen. Ruiz", "the Harbor Authority", "the
// mayor", "his boss"), not a place or a verb ("the border", "contact").
func (st *state) servesWhom(i int) bool {
	if i >= len(st.toks) {
		return false
	}
	t := &st.toks[i]
	if t.cap || st.isTitleWord(i) {
		return true
	}
	switch t.lower {
	case "the", "his", "her", "their":
		return i+1 < len(st.toks) && (st.toks[i+1].cap || st.isTitleWord(i+1))
	}
	return false
}

// participlePhrase reports whether the preposition at token i-1 follows a
// participle that qualifies a noun: "photos posted to its account".
func (st *state) participlePhrase(i, t0 int) bool {
	switch st.toks[i-1].lower {
	case "to", "on", "in", "by":
	default:
		return false
	}
	return i-3 >= t0 && strings.HasSuffix(st.toks[i-2].lower, "ed") && st.toks[i-3].kind == tWord && !st.verbish(i-3)
}

// makerParticiple reports whether token i-1 is a participle that names
// who made the noun before it: "One released this week by Fox News".
func (st *state) makerParticiple(i, t0 int) bool {
	if !st.toks[i-1].is(cMakerParticiple) || i-2 < t0 || st.toks[i-2].kind != tWord || st.verbish(i-2) {
		return false
	}
	return !st.toks[i-2].is(cPronoun)
}
