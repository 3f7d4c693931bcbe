package attribution

import (
	"context"
	"strings"
	"unicode"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/words"
)

// cand is one attribution a sentence offers: a cue and its source.
type cand struct {
	k, kEnd int // cue tokens
	e       cueEntry
	src     Source
	ent     *entity
	how     how
	sub     bool // in a clause that is not the main one
	neg     bool // negated or a refusal: asserts nothing
	citing  bool // "citing X": a relayed source
	coord   bool // coordinated with an earlier verb: "... but said"
}

func isDash(w string) bool { return w == "—" || w == "–" || w == "-" || w == "--" }

// isPartyTag reports whether w is a party and state tag: "r-calif.",
// "d-n.y.", "i-vt.".
func isPartyTag(w string) bool {
	if len(w) < 4 || w[1] != '-' || (w[0] != 'r' && w[0] != 'd' && w[0] != 'i') {
		return false
	}
	for i := 2; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c == '.') {
			return false
		}
	}
	return true
}

// standaloneDeterminers can be a subject on their own: "Some say", "Many
// argue".
var standaloneDeterminers = map[string]bool{"that": true, "all": true, "both": true, "each": true, "some": true,
	"many": true, "most": true, "few": true, "several": true, "others": true, "none": true}

// pluralQuantifiers stand for plural subjects.
var pluralQuantifiers = map[string]bool{"some": true, "many": true, "most": true, "few": true, "several": true,
	"others": true, "all": true, "both": true}

// reducedPreps follow a participle that modifies the noun before it:
// "photos posted to", "documents obtained by".
var reducedPreps = setOf("to", "on", "in", "by", "at", "from", "with", "last", "earlier", "this", "online", "under", "over")

// baseIsPast are verbs whose past tense is their base form.
var baseIsPast = map[string]bool{"put": true, "set": true, "read": true, "cut": true, "let": true, "hit": true,
	"broadcast": true, "forecast": true, "spread": true, "quit": true, "bid": true}

var modals = setOf("would", "could", "might", "may", "should", "can", "must", "will", "shall", "'d", "'ll")

var beForms = setOf("is", "was", "were", "are", "been", "being", "be", "'s", "'re", "am", "get", "got", "gets")

var timeNouns = setOf("week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring", "summer",
	"fall", "autumn", "winter", "day", "time", "season", "decade", "quarter")

// isMonth reports whether a word in lower case is the name or abbreviation
// of a month, with or without its period: "may", "sept.".
func isMonth(w string) bool { return words.Month(strings.TrimSuffix(w, ".")) > 0 }

var days = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight")

// isAdverb reports whether a token is an adverb that may sit between a
// subject and its verb.
func isAdverb(t *token) bool {
	// "Long said": a capital makes it a name
	return t.kind == tWord && !t.cap && (t.is(cMidAdverb) || lyAdverb(t.lower))
}

// openingAdverb reports whether token k, opening a sentence, is an
// adverb: "Finally,", "Meanwhile,"; not a first name ("Carly", "Kelly").
func (st *state) openingAdverb(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord || !adverbWord(t.lower) || genderOfToken(t) != unknownGender {
		return false
	}
	return k+1 >= len(st.toks) || !st.isNameToken(k+1) // "Carly Fiorina threw ..."
}

// adverbWord reports whether a word in lower case is an adverb that may
// sit between a subject and its verb, or open a sentence.
func adverbWord(w string) bool {
	if _, ok := midAdverbs[w]; ok && midAdverb(w) {
		return true
	}
	return lyAdverb(w)
}

// midAdverb reports whether a word of midAdverbs is an adverb alone, not
// only a part of one ("in a statement", "on Monday").
func midAdverb(w string) bool {
	return w != "and" && w != "on" && w != "in" && w != "a" && w != "statement"
}

// lyAdverb reports whether a word in lower case is an adverb in -ly.
func lyAdverb(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" && w != "early"
}

// analyzeSentence finds the attribution of sentence i. It fails only when
// ctx is done.
func (st *state) analyzeSentence(ctx context.Context, i int) error {
	st.registerMentions(i)
	s := &st.sents[i]
	if s.claim < 0 {
		return nil
	}
	st.registerDocuments(i)
	if a := st.speakerLabel(i); a != nil {
		s.att = a
		return nil
	}
	cands, err := st.candidates(ctx, i)
	if err != nil {
		return err
	}
	best := st.bestCand(s, cands)
	if best == nil {
		if s.att = st.labelledQuote(i); s.att == nil {
			s.att = st.labelCarry(i)
		}
		return nil
	}
	if best.neg {
		s.negatedCue = true
		return nil
	}
	a := &attrib{src: best.src, ent: best.ent, how: best.how, inherited: -1, conf: confidence(best)}
	a.cue = &Cue{
		Span:   article.Span{Start: st.toks[best.k].s(), End: st.toks[best.kEnd-1].e()},
		Text:   st.text(best.k, best.kEnd),
		Lemma:  best.e.lemma,
		Loaded: best.e.loaded,
	}
	if best.how == hReportedly {
		a.cue.Lemma = "reportedly"
	}
	a.chain = chainOf(cands, best)
	if a.src.Type == UnnamedOfficial || a.src.Type == VagueGroup {
		a.src.AnonymityReason = st.anonymityReason(i)
	}
	if a.src.Type == OutletSource {
		st.outletFlags(i, &a.src)
	}
	s.att = a
	return nil
}

// bestCand picks the attribution that sources sentence s among its
// candidates: the first of the main clause, or else one in a subordinate
// clause after a main clause that says nothing of its own ("This comes
// after reports suggesting ..."); and then the one that closes the
// sentence, where the chosen one stands inside what it reports. It returns
// nil where there is none.
func (st *state) bestCand(s *sentence, cands []cand) *cand {
	if len(cands) > 0 && st.writersQuestion(s) {
		return nil
	}
	var best *cand
	for c := range cands {
		if !cands[c].sub && !cands[c].citing {
			best = &cands[c]
			break
		}
	}
	for c := 0; best == nil && c < len(cands); c++ {
		if cands[c].sub && !cands[c].citing && st.lightMain(s, cands[c].k) {
			best = &cands[c]
		}
	}
	if best == nil {
		return nil
	}
	if t := st.trailing(s, cands, best); t != nil {
		return t
	}
	if o := st.documentsAuthors(cands, best); o != nil {
		return o
	}
	if o := saysAfterRefusal(cands, best); o != nil {
		return o
	}
	return best
}

// documentsAuthors returns the candidate after best that names the
// authors of the document best is: "According to the complaint,
// prosecutors say ...": they speak in the main clause. It returns nil
// where there is none.
func (st *state) documentsAuthors(cands []cand, best *cand) *cand {
	if best.how != hAccording || best.src.Type != Document {
		return nil
	}
	for c := range cands {
		if o := &cands[c]; o.k > best.k && o.how == hLeft && !o.sub && !o.neg && !o.citing {
			if b := st.tokenAt(o.src.Span.Start); b > best.kEnd && st.toks[b-1].lower == "," {
				return o
			}
		}
	}
	return nil
}

// saysAfterRefusal returns the candidate that speaks after best, a negated
// or refusing cue: "declined to comment but said ...", "declined to give
// details, saying ...": the coordinated verb or the participle says. It
// returns nil where there is none.
func saysAfterRefusal(cands []cand, best *cand) *cand {
	if !best.neg {
		return nil
	}
	for c := range cands {
		if o := &cands[c]; o.k > best.k && (o.coord || o.how == hParticiple) && !o.neg && !o.sub && !o.citing {
			return o
		}
	}
	return nil
}

// writersQuestion reports whether sentence s is a question the writer
// asks, outside any quotation: it ends with a question mark and opens
// with an auxiliary or a question word ("How has the administration
// responded?", "Did she say why?"). A question asserts nothing, whoever
// it names.
func (st *state) writersQuestion(s *sentence) bool {
	e := s.t1 - 1
	for e > s.t0 && (st.toks[e].kind == tPunct && st.toks[e].lower != "?" || st.toks[e].kind == tCloseQ) {
		e--
	}
	k := st.firstWord(s)
	if e <= s.t0 || k < 0 || st.toks[e].lower != "?" || st.toks[e].inQuote || st.toks[k].inQuote {
		return false
	}
	w := st.toks[k].lower
	_, aux := auxiliaries[w]
	_, modal := modals[w]
	switch w {
	case "how", "why", "what", "when", "where", "who", "which", "whether":
		return true
	}
	return aux || modal
}

// chainOf returns the relayed sources of an attribution: "citing X", a
// second attribution in the sentence, at most maxChain of them.
func chainOf(cands []cand, best *cand) []Source {
	var chain []Source
	for c := 0; c < len(cands) && len(chain) < maxChain; c++ {
		o := &cands[c]
		if o == best || o.neg || o.how == hAgentless || o.how == hReportedly {
			continue
		}
		if o.ent != nil && o.ent == best.ent || o.src.Name == best.src.Name {
			continue
		}
		if o.citing || o.k > best.k || best.src.Type == OutletSource || o.how == hAccording && o.src.Type == Document {
			chain = append(chain, o.src)
		}
	}
	return chain
}

// inSubordinate reports whether the clause holding token from, read left
// to the nearest clause boundary, opens with a subordinator or relative
// pronoun that is not the sentence's first word: "Trump requested $5.7
// billion, while Democrats vowed ...", "protests, which forced Ms. Griffin
// to apologize". A clause opening the sentence is the intro's business.
func (st *state) inSubordinate(s *sentence, from int) bool {
	for x, floor := from-1, reachBack(s, from); x > floor; x-- {
		t := &st.toks[x]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tAmbigQ {
			return false
		}
		switch t.lower {
		case ",", ";", ":", "—", "–", "-", "--", "(", ")":
			if x+1 < len(st.toks) {
				if w := st.toks[x+1].lower; w == "which" || w == "while" || w == "whereas" || w == "although" || w == "though" {
					return true // ", which ...", ", while ..."
				}
			}
			return false
		case "after", "before", "while", "when", "because", "although", "though", "since", "unless", "until", "whereas",
			"once", "if", "which", "whom", "whose":
			return true
		}
	}
	return false
}

// lightMain reports whether the main clause before the subordinate clause
// holding token k has three words or fewer: "This comes after", "It
// follows".
func (st *state) lightMain(s *sentence, k int) bool {
	if st.introEnd(s) > s.t0 {
		return false // "Even though X decried ..., Y is": the intro is no main clause
	}
	words := 0
	for x := s.t0; x < k && x < s.t0+maxReach; x++ {
		t := &st.toks[x]
		switch t.lower {
		case "after", "before", "while", "when", "because", "although", "though", "since", "as", "amid", "following":
			return words > 0 && words <= 3
		case "and", "but", "yet", "so":
			if words == 0 {
				continue // "And when she saw ...": a conjunction is no main clause
			}
		case ",", ";", ":", "—":
			return false
		}
		if t.kind == tWord {
			words++
		}
	}
	return false
}

// hasObject reports whether the verb ending at token k takes an object: a
// determiner, pronoun or noun follows it before any comma.
func (st *state) hasObject(s *sentence, k int) bool {
	if k >= s.t1 {
		return false
	}
	t := &st.toks[k]
	if t.kind != tWord {
		return false
	}
	switch t.lower {
	case "it", "them", "him", "her", "this", "that", "these", "those", "the", "a", "an", "his", "their", "its", "our":
		return true
	}
	return false
}

// trailing returns the attribution that closes sentence s (", the
// department said Friday."), when the chosen one stands inside what it
// reports: in "X returned after an investigation found no wrongdoing, the
// department said", the department says all of it.
func (st *state) trailing(s *sentence, cands []cand, best *cand) *cand {
	switch best.how {
	case hLeft, hPassive, hParticiple, hAgentless, hReportedly:
	default:
		return nil
	}
	for c := len(cands) - 1; c >= 0; c-- {
		t := &cands[c]
		if t == best || t.k <= best.k || t.neg || t.sub || t.citing || t.e.cat != catSpeech && t.e.cat != catReport {
			continue
		}
		if t.how == hInverted {
			// "... did not find ties, said the bureau's director": the
			// inverted cue follows a comma or quotation closing the content
			if st.invertable(s, t.k) && t.kEnd < s.t1 && st.opensSubject(t.kEnd) && st.nothingReportedAfter(s, st.tokenAt(t.src.Span.End), t.k) {
				return t
			}
			continue
		}
		if t.how != hLeft {
			continue
		}
		// the subject follows a comma or a closing quote
		first := st.tokenAt(t.src.Span.Start)
		for first-1 > s.t0 && (st.toks[first-1].lower == "the" || st.toks[first-1].lower == "a" || st.toks[first-1].lower == "an") {
			first--
		}
		if first <= s.t0 || first >= t.k {
			return nil
		}
		if p := &st.toks[first-1]; p.lower != "," && p.kind != tCloseQ {
			return nil
		}
		// and nothing after the cue reports more: no "that", no cue
		if !st.nothingReportedAfter(s, t.kEnd, t.k) {
			return nil
		}
		return t
	}
	return nil
}

// opensSubject reports whether token k can open the subject that follows
// an inverted cue: a determiner or a capitalised word ("said the
// director", "said Sen. Ana Ruiz"), not "referring to".
func (st *state) opensSubject(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord {
		return false
	}
	return t.is(cDeterminer) || t.cap
}

// nothingReportedAfter reports whether tokens from x to the end of
// sentence s report nothing more: no "that", quotation or cue other than
// the one at k.
func (st *state) nothingReportedAfter(s *sentence, x, k int) bool {
	for ; x < s.t1; x++ {
		if st.toks[x].lower == "that" || st.toks[x].kind == tOpenQ || st.toks[x].cue != 0 && x != k {
			return false
		}
	}
	return true
}

func confidence(c *cand) float64 {
	switch c.how {
	case hLeft, hInverted, hAccording, hAs:
		if c.src.Type == Person || c.src.Type == Institution || c.src.Type == OutletSource {
			return 0.9
		}
		return 0.8
	case hPassive:
		return 0.8
	case hParticiple:
		return 0.75
	case hReportedly, hAgentless:
		return 0.6
	}
	return 0.7
}

// introEnd returns the token where the main clause of sentence s begins
// when the sentence opens with a subordinate clause ("While X argued ...,
// Y said"), or s.t0.
func (st *state) introEnd(s *sentence) int {
	k := s.t0
	for k < s.t1 && st.toks[k].kind == tPunct {
		k++
	}
	if k >= s.t1 || st.toks[k].inQuote || st.toks[k].kind == tOpenQ {
		return s.t0 // a quotation opens the sentence: it is the content
	}
	w := st.toks[k].lower
	if _, ok := subordinators[w]; !ok {
		return s.t0
	}
	if w == "as" && st.asAttribution(k, s.t1) {
		return s.t0
	}
	depth := 0
	for j := k + 1; j < s.t1 && j <= k+maxReach; j++ {
		t := &st.toks[j]
		switch t.lower {
		case "(":
			depth++
		case ")":
			depth--
		case ",", "—", "–", ";":
			if depth <= 0 && !t.inQuote {
				return j + 1
			}
		}
	}
	return s.t0
}

// asAttribution reports whether "as" at token k opens an attribution
// clause: "As Reuters reported,", "as X put it", "as noted by X".
func (st *state) asAttribution(k, end int) bool {
	for j := k + 1; j < end && j < k+12; j++ {
		t := &st.toks[j]
		if t.lower == "," || t.kind == tOpenQ {
			return false
		}
		if e, ok := st.lx.cueOf(t); ok && e.cat != catNotSource && e.cat != catRefusal {
			return true
		}
		if t.lower == "put" && j+1 < end && st.toks[j+1].lower == "it" {
			return true
		}
	}
	return false
}

// candidates lists the attributions sentence i offers, in text order, at
// most maxCands of them. It fails only when ctx is done.
func (st *state) candidates(ctx context.Context, i int) ([]cand, error) {
	s := &st.sents[i]
	intro := st.introEnd(s)
	var out []cand
	depth := 0
	if st.bracketed(s) {
		depth = -1 // "(Forbes says it tracks 500 more.)": the bracket holds the whole sentence
	}
	for k := s.t0; k < s.t1 && len(out) < maxCands; k++ {
		if (k-s.t0)%checkEvery == checkEvery-1 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		t := &st.toks[k]
		switch t.lower {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		}
		if t.inQuote || t.kind != tWord || !st.lx.mayCue(t) {
			continue
		}
		// verbs are lower-case inside a sentence: "the United States",
		// "Reports from ..." at the start is a noun anyway
		if t.cap && !t.upper && k > s.t0 && st.toks[k-1].kind != tOpenQ {
			continue
		}
		c, ok := st.cueAt(s, k)
		if !ok {
			continue
		}
		if k < intro && c.how != hAs && c.how != hAccording {
			c.sub = true
		}
		if depth > 0 {
			c.sub = true
		}
		out = append(out, c)
		if c.kEnd > k+1 {
			k = c.kEnd - 1
		}
	}
	return out, nil
}

// bracketed reports whether sentence s stands whole in brackets: it opens
// with "(" and its last bracket closes that one.
func (st *state) bracketed(s *sentence) bool {
	if s.t1-s.t0 < 3 || st.toks[s.t0].lower != "(" {
		return false
	}
	depth := 0
	for k := s.t0; k < s.t1; k++ {
		switch st.toks[k].lower {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				// only punctuation may follow the closing bracket
				for x := k + 1; x < s.t1; x++ {
					if st.toks[x].kind != tPunct && st.toks[x].kind != tCloseQ {
						return false
					}
				}
				return true
			}
		}
	}
	return false
}

// cueAt reads an attribution whose cue starts at token k.
func (st *state) cueAt(s *sentence, k int) (cand, bool) {
	c, ok := st.cueAt1(s, k)
	if !ok || !c.e.ambiguous || c.how == hPassive || c.how == hAgentless || c.how == hAccording || c.how == hAs && c.e.lemma == "put it" {
		return c, ok
	}
	// an ambiguous verb ("showed", "called", "continued") attributes when
	// a document, poll or outlet is its subject, or the sentence shows it
	// is speech
	switch c.src.Type {
	case Document, OutletSource:
		if c.how != hParticiple {
			return c, true // "the poll showed"; not "The email includes a photo, holding"
		}
	case VagueGroup:
		f := strings.Fields(strings.ToLower(c.src.Mention))
		if len(f) > 0 {
			if _, doc := st.lx.documentNouns[f[len(f)-1]]; doc {
				return c, true // "polls show"
			}
		}
	}
	if st.cueEvidence(s, c.k, c.kEnd-c.k) {
		return c, true
	}
	return cand{}, false
}

// cueEntryAt looks up a cue at token k: a phrase ("pointed out", "called
// for", "put it") or a single verb form.
func (st *state) cueEntryAt(k, end int) (cueEntry, int, bool) {
	if v, n, ok := st.lx.cuePhrases.match(st.toks, k, end); ok {
		e := st.lx.phraseCues[v]
		if e.cat == catNotSource {
			return cueEntry{}, 0, false
		}
		return e, n, true
	}
	e, ok := st.lx.cueOf(&st.toks[k])
	if !ok || e.cat == catNotSource || e.cat == catNone {
		return cueEntry{}, 0, false
	}
	if e.lemma == "put" {
		return cueEntry{}, 0, false // only "put it"
	}
	return e, 1, true
}

// invertable reports whether the cue at k may precede its subject: after a
// comma or a closing quotation mark, or opening the sentence.
func (st *state) invertable(s *sentence, k int) bool {
	j, floor := k-1, reachBack(s, k)
	for j >= floor && isAdverb(&st.toks[j]) {
		j--
	}
	if j < floor {
		return false
	}
	p := &st.toks[j]
	return p.lower == "," || p.kind == tCloseQ || (p.kind == tPunct && (p.lower == "—" || p.lower == "–")) ||
		(p.inQuote && (p.lower == "." || p.lower == "?" || p.lower == "!"))
}

// passive reports whether the cue at k is a passive participle; by is the
// token of its "by" agent, or -1 when it has none.
func (st *state) passive(s *sentence, k int) (by int, ok bool) {
	w := st.toks[k].lower
	if !participleForm(w) {
		return -1, false
	}
	j, floor := k-1, reachBack(s, k)
	for j >= floor && (isAdverb(&st.toks[j]) || st.toks[j].lower == "both" || st.toks[j].lower == "all" || st.toks[j].lower == "each") {
		j-- // "are both considered vulnerable"
	}
	isBe := j >= floor && beFormAt(st, j)
	if w == "held" && isBe && !st.beliefSubject(floor, j) {
		return -1, false // "the seat was held by", "was held by police": no view
	}
	// "as noted by X", "echoed by"
	if !isBe && !(k+1 < s.t1 && st.toks[k+1].lower == "by" && j >= floor && (st.toks[j].lower == "as" || st.toks[j].lower == ",")) {
		return -1, false
	}
	return st.agentAfter(s, k), true
}

// participleForm reports whether w can be a past participle: it ends in
// -ed or -en, or is one of the irregular ones cue verbs have.
func participleForm(w string) bool {
	switch w {
	case "seen", "told", "thought", "said", "held", "known", "shown", "called", "found":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// agentAfter returns the token of the "by" that brings in the agent of the
// passive participle at k, before any punctuation, quotation or
// that-clause, 12 tokens at most; or -1.
func (st *state) agentAfter(s *sentence, k int) int {
	for b := k + 1; b < s.t1 && b < k+12; b++ {
		t := &st.toks[b]
		if t.lower == "by" {
			return b
		}
		if t.kind == tPunct && t.lower != "'" || t.kind == tOpenQ || t.lower == "that" {
			break
		}
	}
	return -1
}

// beliefSubject reports whether [i, j) holds a belief noun.
func (st *state) beliefSubject(i, j int) bool {
	for k := i; k < j; k++ {
		if st.lx.beliefNouns[st.toks[k].norm()] {
			return true
		}
	}
	return false
}

// beBefore returns the token of the be-form before a participle at k, or
// -1.
func (st *state) beBefore(s *sentence, k int) int {
	j, floor := k-1, reachBack(s, k)
	for j >= floor && isAdverb(&st.toks[j]) {
		j--
	}
	if j >= floor && beFormAt(st, j) {
		return j
	}
	return -1
}

// cueEvidence reports whether an ambiguous cue at k ("called", "continued",
// "discussed") is used as a speech verb here: a that-clause, colon or
// quotation follows, it ends the sentence after its subject (", he
// continued."), or the sentence quotes someone.
func (st *state) cueEvidence(s *sentence, k, n int) bool {
	if k+n >= s.t1 {
		return true
	}
	next := &st.toks[k+n]
	switch {
	case next.lower == "that" || next.lower == ":" || next.kind == tOpenQ || next.lower == "," && k+n+1 < s.t1 && st.toks[k+n+1].kind == tOpenQ:
		return true
	case next.lower == "." || next.lower == "," && st.invertable(s, k):
		return true
	}
	// "offered a prediction:", "gave his assessment of": a noun of
	// statement as the object
	if st.asOrQuoteAfter(s, k+n) || st.statementObject(s, k+n) || st.callsVerdict(s, k, n) {
		return true
	}
	return s.quoted > 0 && (k == s.t0 || st.toks[k-1].lower == "," || st.toks[k-1].kind == tCloseQ)
}

// asOrQuoteAfter reports whether the clause of a cue goes on, from token
// m0, with "as" or a quotation: "identify X as Y", "described the plan
// as"; "called the show “the conservative news show of record”".
func (st *state) asOrQuoteAfter(s *sentence, m0 int) bool {
	for m := m0; m < s.t1 && m < m0+10; m++ {
		t := &st.toks[m]
		if t.lower == "as" || t.kind == tOpenQ {
			return true
		}
		if t.kind == tPunct || t.lower == "that" || t.is(cAuxiliary) {
			return false
		}
	}
	return false
}

// callsVerdict reports whether the cue [k, k+n) is "call" with a verdict
// closing its clause: "called the squabble unusual", "called the plan a
// disaster", "called her actions extremely careless without ...".
func (st *state) callsVerdict(s *sentence, k, n int) bool {
	if w := st.toks[k].lower; w != "called" && w != "calls" && w != "calling" && w != "call" {
		return false
	}
	if st.namesAs(s, k+n) {
		return true
	}
	for m := k + n; m < s.t1 && m < k+n+12; m++ {
		t := &st.toks[m]
		// a verdict before a preposition closes the clause too
		_, prep := verdictEnders[t.lower]
		if t.kind == tPunct || prep && m > k+n+1 {
			if m > k+n+1 && st.lx.isVerdict(st.toks[m-1].lower) {
				return true
			}
			if t.kind == tPunct {
				break
			}
		}
	}
	return false
}

// statementObject reports whether the object that starts at token m is a
// noun of statement, after its determiner: "a prediction", "her
// assessment", "a warning".
func (st *state) statementObject(s *sentence, m int) bool {
	if m+1 >= s.t1 {
		return false
	}
	d := &st.toks[m]
	if !d.is(cDeterminer) && !d.possessive() {
		return false
	}
	o := &st.toks[m+1]
	if st.lx.statementNouns[o.norm()] {
		return true
	}
	e, ok := st.lx.cueOf(o)
	return ok && strings.HasSuffix(o.lower, "ing") && (e.cat == catSpeech || e.cat == catAccusation) // "a warning"
}

// namesAs reports whether "call" at m-1 names its object something: a
// pronoun object and then a noun phrase or a superlative ("calls it the
// worst budget", "called him a liar"), not a time ("called him on
// Tuesday").
func (st *state) namesAs(s *sentence, m int) bool {
	if m+1 >= s.t1 {
		return false
	}
	switch st.toks[m].lower {
	case "it", "him", "her", "them", "this", "that":
	default:
		return false
	}
	n := st.toks[m+1].lower
	return n == "a" || n == "an" || n == "the" || strings.HasSuffix(n, "est") || st.lx.isVerdict(n)
}

// verdictEnders end the clause of a verdict: "called it careless without
// ...", "called the plan reckless for ...".
var verdictEnders = setOf("without", "for", "because", "after", "before", "since", "when", "while", "and", "but", "in", "at", "on")

// isVerdict reports whether a word that closes "called X ..." judges X:
// "unusual", "dangerous", "a disaster".
func (l *lex) isVerdict(w string) bool {
	if l.verdicts[w] {
		return true
	}
	if len(w) < 6 {
		return false
	}
	for _, suf := range []string{"al", "ous", "ic", "ible", "able", "ful", "less", "ive", "ent", "ant", "ary", "ing"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func beFormAt(st *state, j int) bool {
	_, ok := beForms[st.toks[j].lower]
	return ok
}

// fullNameIn reports whether [a, b) is a person's name of two words or
// more and nothing else.
func (st *state) fullNameIn(a, b int) bool {
	if b-a < 2 {
		return false
	}
	for x := a; x < b; x++ {
		if !st.isNameToken(x) && !st.ambiguousFirstName(x, b) && !(x > a && st.surnameWord(x)) {
			if !words.Particle(st.toks[x].lower) || x == a {
				return false
			}
		}
	}
	return true
}

// hasAnd reports whether [i, j) holds "and".
func (st *state) hasAnd(i, j int) bool {
	for x := i; x < j; x++ {
		if st.toks[x].lower == "and" {
			return true
		}
	}
	return false
}

// introBefore reports whether the phrase that ends before the comma at
// token m is an introductory one: a subordinator or a gerund opens it
// ("after winning Ohio in the primary").
func (st *state) introBefore(m, t0 int) bool {
	for x := m - 1; x >= t0 && x > m-14; x-- {
		t := &st.toks[x]
		if t.lower == "," || t.kind == tOpenQ || t.kind == tCloseQ {
			return false
		}
		if _, sub := subordinators[t.lower]; sub && t.lower != "as" && t.lower != "even" {
			return true
		}
		if t.kind == tWord && !t.cap && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 4 {
			return true
		}
	}
	return false
}

// relativeStart finds, for a verb at token v inside a relative clause
// ("who signed the letter"), the relative pronoun's token when a noun
// stands right before it; 0 otherwise.
func (st *state) relativeStart(v, t0 int) int {
	for r := v - 1; r > t0 && r >= v-3; r-- {
		t := &st.toks[r]
		if t.kind != tWord {
			return 0
		}
		if t.lower == "who" || t.lower == "that" || t.lower == "which" {
			if p := &st.toks[r-1]; p.kind == tWord && !st.verbish(r-1) {
				if _, br := clauseBreakers[p.lower]; !br {
					return r
				}
			}
			return 0
		}
	}
	return 0
}

// mainVerbFollows reports whether a finite verb follows token k before
// any comma or complementizer: in "Photos posted to ICE's account showed
// ...", "showed" is the main verb and "posted" modifies "Photos"; in
// "officials emphasized on Friday that ...", nothing does.
func (st *state) mainVerbFollows(s *sentence, k int) bool {
	for m := k; m < s.t1 && m < k+14; m++ {
		t := &st.toks[m]
		if t.kind != tWord && t.kind != tNum || t.lower == "that" || t.inQuote {
			return false
		}
		if t.cap {
			continue
		}
		if e, ok := st.lx.cueOf(t); ok && e.cat != catNone {
			return true
		}
		if t.is(cAuxiliary) {
			return true
		}
		if strings.HasSuffix(t.lower, "ed") && m > k && !t.is(cEdAdjective) {
			return true
		}
	}
	return false
}

// parenthetical two-word phrases stand between a subject and its verb.
var parenthetical = map[string]bool{"for example": true, "for instance": true, "in fact": true, "in turn": true,
	"of course": true, "at least": true, "in particular": true, "in addition": true, "by contrast": true,
	"in contrast": true, "for now": true, "so far": true, "as well": true, "after all": true}

// prepositionInNP lists the clause-breaking words that may also join a
// noun phrase to its post-modifier ("officials at", "reports from").
func prepositionInNP(w string) bool {
	switch w {
	case "from", "with", "for", "by", "about", "over", "under", "against":
		return true
	}
	return false
}

// verbish reports whether token k is a verb that ends a subject: an
// auxiliary, a cue verb, or a lower-case past form.
func (st *state) verbish(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord || t.cap {
		return false
	}
	if t.is(cAuxiliary | cModal) {
		return true
	}
	if t.is(cEdAdjective) || strings.Contains(t.lower, "-") && strings.HasSuffix(t.lower, "ed") {
		return false // "prepared remarks", "retired general", "the self-described socialist"
	}
	if e, ok := st.lx.cueOf(t); ok && e.cat != catNone && t.lower != e.lemma {
		return true
	}
	return strings.HasSuffix(t.lower, "ed")
}

// pluralSubject reports whether the phrase [i, j) can be the subject of
// a verb's base form: a plural, a coordination or I/we/you/they; or the
// verb follows "to" or "do".
func (st *state) pluralSubject(i, j int) bool {
	if st.respondents(i, j, j) {
		return true // "six in 10 voters", "40 percent of them"
	}
	// the head ends the core of the phrase: "Those close to him"
	for p := i + 1; p < j; p++ {
		if _, ok := postModifiers[st.toks[p].lower]; ok && st.toks[p].lower != "the" && st.toks[p].lower != "a" {
			j = p
			break
		}
	}
	last := &st.toks[j-1]
	switch last.lower {
	case "i", "we", "you", "they", "many", "most", "some", "several", "few", "both", "all", "others", "those", "percent":
		return true
	}
	if j < len(st.toks) {
		if k := j; k < len(st.toks) {
			// "they do say", "to say": the verb is not finite
			p := st.toks[j-1].lower
			if p == "to" || p == "do" || p == "did" || p == "does" {
				return true
			}
		}
	}
	for k := i; k < j; k++ {
		if st.toks[k].lower == "and" {
			return true
		}
	}
	w := last.lower
	return strings.HasSuffix(w, "s") && !last.possessive() && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") ||
		w == "people" || w == "police" || w == "staff" || w == "media" || w == "public" || w == "men" || w == "women"
}

// appositiveStart finds, for a comma at c that closes an appositive or
// relative clause, the token just after the noun phrase the appositive
// describes; 0 when there is none.
func (st *state) appositiveStart(c, t0 int) int {
	for m := c - 1; m > t0 && m > c-30; m-- {
		t := &st.toks[m]
		if t.kind == tOpenQ || t.kind == tCloseQ || t.lower == ";" || t.lower == ":" {
			return 0
		}
		if t.lower != "," {
			continue
		}
		if m+1 >= c {
			return 0
		}
		if st.parentheticalBetween(m, c) {
			return m
		}
		if !st.opensAppositive(m + 1) {
			return 0
		}
		// and the phrase before it must end in a name or noun, or an age:
		// "Woodrow Benford, 58, who lives outside Minneapolis, says"
		if b := &st.toks[m-1]; b.kind != tWord && b.lower != ")" && b.kind != tNum {
			return 0
		}
		return m
	}
	return 0
}

// parentheticalBetween reports whether the commas at tokens m and c set
// off a parenthetical between subject and verb: ", however,", ", for
// example,", ", in fact,", ", for its part,", ", in response,".
func (st *state) parentheticalBetween(m, c int) bool {
	o := &st.toks[m+1]
	switch c - m {
	case 2:
		return isAdverb(o) || o.lower == "however" || o.lower == "too" || o.lower == "though" || o.lower == "meanwhile"
	case 3:
		next := st.toks[m+2].lower
		return parenthetical[o.lower+" "+next] || o.lower == "in" && (next == "response" || next == "reply")
	case 4:
		return o.lower == "for" && st.toks[m+3].lower == "part"
	}
	return false
}

// opensAppositive reports whether token k can open an appositive or a
// relative clause: a determiner, relative pronoun, number, name, person
// noun, participle, preposition of an aside ("in a televised address") or
// one of a few words ("former", "then", "now", "himself").
func (st *state) opensAppositive(k int) bool {
	o := &st.toks[k]
	switch o.lower {
	case "who", "head", "former", "then", "now", "also", "himself", "herself", "once", "like":
		return true
	}
	if o.is(cDeterminer) {
		return true
	}
	if _, rel := relatives[o.lower]; rel {
		return true
	}
	if o.kind == tNum || st.isNameToken(k) || personNounAt(st, k) {
		return true
	}
	return !o.cap && (strings.HasSuffix(o.lower, "ing") || strings.HasSuffix(o.lower, "ed") || asidePrepositions[o.lower])
}

// asidePrepositions open a phrase set off by commas between a subject and
// its verb: "Ghani, in a televised address Saturday, told the country".
var asidePrepositions = map[string]bool{"in": true, "at": true, "during": true, "on": true, "after": true,
	"before": true, "speaking": true, "writing": true, "through": true, "via": true, "upon": true}

func personNounAt(st *state, k int) bool {
	return st.toks[k].is(cPersonNoun | cRole)
}

// firstField returns the first word of s, as strings.Fields would split
// it, or "".
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// appositiveName replaces a description with the name an appositive gives
// it: "The White House spokesperson, Anna Kelly, stated".
func (st *state) appositiveName(src Source, j, end int) Source {
	if src.Type == OutletSource {
		return src
	}
	if src.Type == Person && src.Mention != "" {
		// a name stays; a description ("The chief, Paul Manafort,") gives way
		first := strings.ToLower(firstField(src.Mention))
		if _, det := determiners[first]; !det && !strings.HasSuffix(first, "'s") && !strings.HasSuffix(first, "’s") && !strings.HasSuffix(first, "s'") && !strings.HasSuffix(first, "s’") {
			return src
		}
	}
	if j+1 >= end || st.toks[j].lower != "," {
		return src
	}
	a := j + 1
	for a < end && a < j+4 && st.toks[a].kind == tWord && st.toks[a].cap && st.isTitleWord(a) {
		a++ // "counterpart, Sen. Bob Menendez,"
	}
	if !st.isNameToken(a) {
		return src
	}
	n := st.nameRun(a, end)
	if n-a < 2 || (n < end && st.toks[n].lower != "," && st.toks[n].lower != "(") {
		return src
	}
	name := cleanName(st.text(a, n))
	e := st.ents.find(name, Person)
	if e == nil {
		e = st.ents.add(&entity{name: name, typ: Person})
	}
	out := st.fromEntity(a, n, e)
	out.Role = strings.TrimSpace(src.Mention)
	out.Official = src.Official || src.Type == UnnamedOfficial
	return out
}

// npEnd returns the end of a noun phrase starting at token k that follows
// a cue or preposition: up to punctuation, a clause word or a
// time/place adjunct.
func (st *state) npEnd(k, end int) int {
	j := k
	for j < end && j < k+16 {
		t := &st.toks[j]
		if t.kind == tPunct && t.lower != "&" || t.kind == tOpenQ || t.kind == tCloseQ {
			break
		}
		switch t.lower {
		case "that", "who", "which", "whose", "when", "while", "as", "because", "after", "before", "during", "on",
			"said", "says", "told", "wrote", "added", "if", "but", "than", "to":
			if j > k {
				// "tax experts I spoke to this week": a stranded
				// preposition ends a relative clause inside the phrase
				if (t.lower == "to" || t.lower == "with") && j-2 >= k && st.strandedAfter(j) {
					return j + 1
				}
				return j
			}
		case "in":
			// "said in an interview"; names with "in" are rare
			if j > k {
				return j
			}
		}
		j++
	}
	return j
}

// strandedAfter reports whether the preposition at token j closes a
// relative clause "I spoke to", "we talked with": a pronoun and a verb
// before it, and no object after it.
func (st *state) strandedAfter(j int) bool {
	p := st.toks[j-2].lower
	if p != "i" && p != "we" && p != "they" && p != "he" && p != "she" && p != "reporters" {
		return false
	}
	switch st.toks[j-1].lower {
	case "spoke", "talked", "interviewed", "contacted", "reached", "turned", "listened", "consulted":
	default:
		return false
	}
	if j+1 >= len(st.toks) {
		return true
	}
	n := &st.toks[j+1]
	return !(n.is(cDeterminer) && n.lower != "this" && n.lower != "that") && !n.cap
}

// mainSubject finds the subject of the main clause of sentence s: the
// noun phrase after any opening subordinate clause, dateline or
// introductory phrase set off by a comma, and after a conjunction.
func (st *state) mainSubject(s *sentence) (Source, *entity, bool) {
	np, ok := st.mainSubjectPhrase(s)
	return np.src, np.ent, ok
}

// mainSubjectPhrase is mainSubject with the span of the subject.
func (st *state) mainSubjectPhrase(s *sentence) (namedPhrase, bool) {
	q := st.mainClauseStart(s)
	limit := min(s.t1, q+maxReach)
	for q < limit && (st.toks[q].kind != tWord || st.toks[q].lower == "but" || st.toks[q].lower == "and" ||
		st.toks[q].lower == "yet" || st.toks[q].lower == "so" || st.toks[q].lower == "instead" || st.toks[q].lower == "meanwhile") {
		q++
	}
	if q >= limit || st.toks[q].inQuote {
		return namedPhrase{}, false
	}
	end := st.mainSubjectEnd(s, q)
	if end == q {
		return namedPhrase{}, false
	}
	// a verb no word list knows may end the subject first: "the Rubio
	// campaign risks ...", "Sullivan put off ... but said", "Donald Trump
	// quickly took to Twitter", "Carly Fiorina threw her support behind
	// Sen. Ted Cruz"
	verbEnds := end < s.t1 && st.verbish(end)
	if verbEnds {
		if src, e, ok := st.classify(q, end); ok {
			return namedPhrase{i: q, j: end, src: st.appositiveName(src, end, s.t1), ent: e}, true
		}
	}
	for x := q + 1; x < end; x++ {
		if isAdverb(&st.toks[x]) || st.mayBeVerb(x, end) {
			if src, e, ok := st.classify(q, x); ok {
				return namedPhrase{i: q, j: x, src: src, ent: e}, true
			}
		}
	}
	if !verbEnds {
		if src, e, ok := st.classify(q, end); ok {
			return namedPhrase{i: q, j: end, src: st.appositiveName(src, end, s.t1), ent: e}, true
		}
	}
	return namedPhrase{}, false
}

// mayBeVerb reports whether token x, after a word of a subject that ends
// by end, may be its verb: a lower-case word that is no function word,
// before a word that opens an object or complement (a determiner, a
// pronoun, a preposition or particle, an -ing form).
func (st *state) mayBeVerb(x, end int) bool {
	t := &st.toks[x]
	if t.kind != tWord || t.cap || st.toks[x-1].kind != tWord || t.possessive() || st.nounInSubject(x-1, x) {
		return false
	}
	if t.is(cDeterminer) {
		return false
	}
	if _, br := clauseBreakers[t.lower]; br {
		return false
	}
	if _, ok := postModifiers[t.lower]; ok {
		return false
	}
	if x+1 >= len(st.toks) {
		return false
	}
	n := &st.toks[x+1]
	if n.is(cDeterminer) {
		return true
	}
	if n.is(cPronoun) {
		return true
	}
	switch n.lower {
	case "off", "up", "down", "out", "back", "away", "over", "to", "in", "on", "at", "into", "for", "with", "from", "that":
		return true
	}
	return n.kind == tWord && !n.cap && strings.HasSuffix(n.lower, "ing")
}

// mainClauseStart returns the first token of the main clause of sentence
// s: after an opening subordinate clause, after a dateline ("WASHINGTON --
// President Barack Obama ..."), or after an introductory phrase that ends
// at the first comma before any verb ("During a speech earlier in the
// day, Trump attacked ...").
func (st *state) mainClauseStart(s *sentence) int {
	q := st.introEnd(s)
	if d := st.datelineEnd(s); d > q {
		q = d
	}
	if q != s.t0 {
		return q
	}
	for k := s.t0; k < s.t1 && k < s.t0+15; k++ {
		t := &st.toks[k]
		if t.inQuote || st.verbish(k) {
			break
		}
		if t.lower == "," {
			if _, prep := introWords[st.toks[s.t0].lower]; prep || st.openingAdverb(s.t0) {
				q = k + 1
			}
			break
		}
	}
	return q
}

// mainSubjectEnd returns the end of the subject that starts at token q of
// sentence s: before a verb, a cue, a clause breaker, a negation ("Weaver
// didn't seem impressed, telling ..."), an auxiliary or a quotation, 12
// tokens at most.
func (st *state) mainSubjectEnd(s *sentence, q int) int {
	if st.personalPronoun(q) {
		return q + 1 // "He went further on Tuesday, saying"
	}
	end := q
	for end < s.t1 && end < q+12 {
		t := &st.toks[end]
		if t.kind != tWord && t.kind != tNum || t.inQuote || st.verbish(end) && (end == q || !st.nounInSubject(q, end)) {
			break
		}
		if end > q && st.endsSubject(t) && !st.nounInSubject(q, end) {
			break
		}
		end++
	}
	return end
}

// nounInSubject reports whether the cue word at token end, inside the
// subject that starts at q, is a noun: after a determiner ("The judges
// who ruled"), or a base form after a singular phrase, which no verb can
// be ("state delegate Mary Susan", "press secretary").
func (st *state) nounInSubject(q, end int) bool {
	t := &st.toks[end]
	e, ok := st.lx.cueOf(t)
	if !ok {
		return false
	}
	// "The judges who ruled": a determiner before it makes it a noun
	if p := &st.toks[end-1]; p.possessive() {
		return true
	} else if p.is(cDeterminer) && !standaloneDeterminers[p.lower] {
		return true
	}
	return t.lower == e.lemma && !baseIsPast[t.lower] && !st.pluralSubject(q, end)
}

// endsSubject reports whether t, after the first word of a subject, ends
// it: a cue in lower case, a clause breaker other than "and", a negation
// or an auxiliary.
func (st *state) endsSubject(t *token) bool {
	if _, ok := st.lx.cueOf(t); ok && !t.cap {
		return true
	}
	if _, ok := clauseBreakers[t.lower]; ok && t.lower != "and" {
		return true
	}
	if t.is(cNegation) || strings.HasSuffix(t.lower, "n't") || strings.HasSuffix(t.lower, "n’t") {
		return true
	}
	return t.is(cAuxiliary)
}

// datelineEnd returns the token after a dateline opening sentence s
// ("WASHINGTON —", "MEXICO CITY (AP) —", "WASHINGTON, D.C. --"), or -1.
func (st *state) datelineEnd(s *sentence) int {
	k := s.t0
	words := 0
	for k < s.t1 && k < s.t0+10 {
		t := &st.toks[k]
		switch {
		case t.kind == tWord && (t.upper || len(t.lower) <= 7 && strings.HasSuffix(t.lower, ".") && t.cap):
			words++
		case t.lower == "," || t.lower == "(" || t.lower == ")":
		case t.lower == "—" || t.lower == "–" || t.lower == "-":
			if words == 0 {
				return -1
			}
			for k < s.t1 && (st.toks[k].lower == "—" || st.toks[k].lower == "–" || st.toks[k].lower == "-") {
				k++
			}
			return k
		default:
			return -1
		}
		k++
	}
	return -1
}

// introWords open an introductory phrase: "During ...,", "In a
// statement,".
var introWords = setOf("in", "on", "at", "during", "after", "before", "since", "for", "with", "without", "despite", "amid",
	"under", "over", "following", "unlike", "like", "as", "by", "from", "through", "throughout", "last", "earlier", "later",
	"this", "that", "on", "speaking", "asked", "meanwhile", "still", "yet", "instead", "separately", "elsewhere", "however", "here",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today")
