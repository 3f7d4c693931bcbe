package attribution

import "strings"

// cueSense is a cue in its sentence, as senseOK reads it.
type cueSense struct {
	s          *sentence
	k, n       int    // the cue's first token and its length in tokens
	prev, next string // the tokens before and after it; "" at the sentence's ends
}

// quoteAfter reports whether a quotation opens right after the cue.
func (st *state) quoteAfter(c cueSense) bool {
	return c.k+c.n < c.s.t1 && st.toks[c.k+c.n].kind == tOpenQ
}

// senseOK rules out senses of cue verbs that are no attribution: "adding
// to", "all told", "saw him", "views on"; "see" and "view" attribute only
// as "see X as".
func (st *state) senseOK(s *sentence, k, n int, e cueEntry) bool {
	c := cueSense{s: s, k: k, n: n}
	if k+n < s.t1 {
		c.next = st.toks[k+n].lower
	}
	if k > s.t0 {
		c.prev = st.toks[k-1].lower
	}
	switch e.lemma {
	case "add":
		return st.addsWords(c)
	case "see", "view", "regard":
		return st.seesAs(c)
	case "tell":
		return c.prev != "all" // "all told"
	case "decline":
		return n != 1 || st.declines(c)
	case "continue":
		return st.continuesSpeech(c)
	case "slam", "hit", "blast", "hammer", "pound":
		return !st.forceUsed(c)
	case "declare":
		return !st.declaresAct(c)
	case "tweet", "post", "share", "retweet":
		return !st.sharesThing(c) && !st.reportsResult(c)
	case "report", "record":
		// "reported a profit": the accounts, not a statement
		return !st.reportsResult(c)
	case "show":
		return showsFinding(c)
	case "speak", "testify", "talk", "testified":
		// "talked about the need for roads", "spoke about her past":
		// the subject's words are reported
		return st.speaksWords(c) || c.next == "about" && st.finiteForm(c)
	case "mention":
		return st.mentionsWords(c)
	case "respond":
		// "were responding to new events", "responded by blocking his
		// access": acts; what was said in response is given by "saying"
		// or a quotation
		return c.next != "to" && c.next != "by"
	case "state":
		return st.statesWords(c)
	case "know":
		// "known as the Dreamers" names; it attributes nothing
		return c.next != "as"
	case "assert":
		return !st.assertsPower(c)
	case "publish":
		return st.publishesWords(c)
	case "find", "reveal", "indicate":
		return findsSomething(c)
	}
	return true
}

// addsWords reads "add": "added 10 points", "added $2 billion" are a gain,
// not words.
func (st *state) addsWords(c cueSense) bool {
	return c.next != "to" && c.next != "up" && c.next != "on" && !st.amountAfter(c)
}

// continuesSpeech reads "continue": "he continued:" or ', he continued.'
// only.
func (st *state) continuesSpeech(c cueSense) bool {
	return c.next == ":" || c.next == "," || c.next == "." || c.next == "" || st.quoteAfter(c)
}

// showsFinding reads "show": not "showed up", "showed itself"; "the poll
// showed a decline" finds.
func showsFinding(c cueSense) bool {
	switch c.next {
	case "up", "out", "itself", "himself", "herself", "themselves":
		return false
	}
	return true
}

// mentionsWords reads "mention": "mentioned that ...", "he mentioned:";
// not "the ad mentions neither Obama nor Romney".
func (st *state) mentionsWords(c cueSense) bool {
	return c.next == "that" || c.next == ":" || c.next == "," || c.next == "" || c.next == "." || st.quoteAfter(c)
}

// statesWords reads "state": "states that", "she states:", ', he
// states.'; not "battleground states Tuesday", "two states"; "stated" is
// a verb.
func (st *state) statesWords(c cueSense) bool {
	if w := st.toks[c.k].lower; w != "state" && w != "states" {
		return true
	}
	return st.reportsWords(c) || c.next == "in" || c.next == "of" || c.k > c.s.t0 && st.personalPronoun(c.k-1)
}

// findsSomething reads "find", "reveal", "indicate": not "showed up",
// "found dead", "found itself playing host".
func findsSomething(c cueSense) bool {
	switch c.next {
	case "up", "dead", "guilty", "out", "itself", "himself", "herself", "themselves", "ourselves", "myself":
		return false
	}
	return true
}

// seesAs reports whether "see", "view" or "regard" reads as "see X as",
// an "as" following before any punctuation.
func (st *state) seesAs(c cueSense) bool {
	for m := c.k + c.n; m < c.s.t1 && m < c.k+c.n+12; m++ {
		if st.toks[m].lower == "as" {
			return true
		}
		if st.toks[m].kind == tPunct {
			break
		}
	}
	return false
}

// declines reports whether "decline" refuses: it declines to do something
// or declines a request; "the rate declined to 4.8%", "shares declined 3%"
// fall.
func (st *state) declines(c cueSense) bool {
	if c.next == "to" {
		k := c.k
		if k+2 >= c.s.t1 || st.toks[k+2].kind != tWord {
			return false
		}
		return !st.toks[k+2].is(cDeterminer | cPronoun)
	}
	_, det := determiners[c.next]
	return det || c.next == "comment" || c.next == "requests" || c.next == "interviews" || c.next == "invitations"
}

// forceUsed reports whether "slammed", "hit" and the like use force, not
// words: "slammed the Gaza Strip with airstrikes", "hit the car into".
func (st *state) forceUsed(c cueSense) bool {
	for m := c.k + c.n; m < c.s.t1 && m < c.k+c.n+8; m++ {
		t := &st.toks[m]
		if t.lower == "with" || t.lower == "into" || t.lower == "against" {
			return true
		}
		if t.kind != tWord && t.kind != tNum || t.lower == "that" || t.lower == "as" || t.lower == "for" {
			break
		}
	}
	return false
}

// declaresAct reports whether "declare" declares by acting: "declared a
// national emergency", "declared war".
func (st *state) declaresAct(c cueSense) bool {
	for m := c.k + c.n; m < c.s.t1 && m < c.k+c.n+5; m++ {
		if st.lx.declaredActs[st.toks[m].norm()] {
			return true
		}
		if st.toks[m].lower == "that" || st.toks[m].kind != tWord {
			break
		}
	}
	return false
}

// sharesThing reports whether "tweet", "post" and the like share a thing:
// "tweeted a link to a video", "posted a photo".
func (st *state) sharesThing(c cueSense) bool {
	if _, det := determiners[c.next]; !det && c.next != "his" && c.next != "her" && c.next != "their" {
		return false
	}
	for m := c.k + c.n + 1; m < c.s.t1 && m < c.k+c.n+4; m++ {
		if st.lx.sharedThings[st.toks[m].norm()] {
			return true
		}
	}
	return false
}

// speaksWords reports whether "spoke" or "testified" reports words
// ("testified that", "spoke:", a quotation) rather than the act with
// nothing said ("spoke on Monday", "testified before the committee").
func (st *state) speaksWords(c cueSense) bool {
	if c.next == "that" || c.next == ":" || c.next == "out" || st.quoteAfter(c) ||
		c.next == "," && c.k+c.n+1 < c.s.t1 && st.toks[c.k+c.n+1].kind == tOpenQ {
		return true
	}
	// "testified Tuesday that", "testified in October:"
	if m := st.timeAfter(c.k+c.n, c.s.t1); m > c.k+c.n && m < c.s.t1 {
		if t := &st.toks[m]; t.lower == "that" || t.lower == ":" || t.kind == tOpenQ {
			return true
		}
	}
	return (c.next == "" || c.next == "." || c.next == ",") && c.s.quoted > 0
}

// timeAfter returns the token after a time adjunct that starts at token m
// (before end), or m when none does: "Tuesday", "on Tuesday", "in
// October", "in 2012", "last week", "earlier this month", "yesterday".
func (st *state) timeAfter(m, end int) int {
	at := func(k int) *token {
		if k < end {
			return &st.toks[k]
		}
		return &token{}
	}
	t := at(m)
	switch {
	case t.is(cDay): // "Tuesday", "yesterday"
		return m + 1
	case isMonth(t.lower) && t.cap:
		if at(m+1).kind == tNum {
			return m + 2 // "October 5"
		}
		return m + 1
	case t.lower == "on" || t.lower == "in":
		if n := st.timeAfter(m+1, end); n > m+1 {
			return n
		}
		if y := at(m + 1); y.kind == tNum && len(y.lower) == 4 {
			return m + 2 // "in 2012"
		}
	case t.lower == "last" || t.lower == "this" || t.lower == "next" || t.lower == "earlier":
		if at(m + 1).is(cTimeNoun) {
			return m + 2
		}
		if t.lower == "earlier" && (at(m+1).lower == "this" || at(m+1).lower == "last") && at(m+2).is(cTimeNoun) {
			return m + 3
		}
	}
	return m
}

// finiteForm reports whether a verb of speaking is finite, or a
// participle after a form of be: "talked", "talks", "has spoken", "is
// talking"; not "to talk", "heard them speak", "while talking".
func (st *state) finiteForm(c cueSense) bool {
	w := st.toks[c.k].lower
	switch {
	case w == "testified" || w == "testifies":
		return false // "testified about" the act, not its words
	case strings.HasSuffix(w, "ing"):
		_, be := beForms[c.prev]
		return be
	case w == "talk" || w == "speak":
		return false
	}
	return c.prev != "to"
}

// amountAfter reports whether an amount follows the cue: "added 10
// points", "added $2 billion".
func (st *state) amountAfter(c cueSense) bool {
	m := c.k + c.n
	return m < c.s.t1 && (st.toks[m].kind == tNum || numberWords[st.toks[m].lower] > 1)
}

// reportsResult reports whether the object of "reported" or "posted" is a
// result of accounts: "reported a profit of $2 million", "posted record
// losses".
func (st *state) reportsResult(c cueSense) bool {
	for m := c.k + c.n; m < c.s.t1 && m < c.k+c.n+5; m++ {
		t := &st.toks[m]
		if st.lx.reportedResults[t.norm()] {
			return true
		}
		if t.kind == tPunct && t.lower != "%" || t.lower == "that" || t.kind == tOpenQ {
			return false
		}
	}
	return false
}

// reportsWords reports whether a verb that is also a common noun
// ("states") introduces what was said: a that-clause, a colon or a
// quotation follows, or it closes its clause (', he stated.').
func (st *state) reportsWords(c cueSense) bool {
	m := c.k + c.n
	for m < c.s.t1 && isAdverb(&st.toks[m]) {
		m++ // "stated unequivocally that"
	}
	if m == c.s.t1 {
		return true
	}
	next := &st.toks[m]
	return next.lower == "that" || next.lower == ":" || next.lower == "," || next.lower == "." || next.kind == tOpenQ
}

// assertsPower reports whether "assert" claims power rather than says
// something: "assert control", "assert a growing hegemony".
func (st *state) assertsPower(c cueSense) bool {
	for m := c.k + c.n; m < c.s.t1 && m < c.k+c.n+4; m++ {
		if st.lx.powerNouns[st.toks[m].norm()] {
			return true
		}
	}
	return false
}

// publishesWords reports whether "published" reports what a document says
// rather than where it appeared: "The paper, co-authored by ... and
// published in The Lancet," is the latter.
func (st *state) publishesWords(c cueSense) bool {
	if c.next != "in" && c.next != "on" && c.next != "online" && c.next != "by" {
		return true
	}
	_, doc := st.lx.documentNouns[c.prev]
	return !(c.prev == "," || c.prev == "and" || c.prev == "first" || c.prev == "recently" || c.prev == "originally" || doc)
}
