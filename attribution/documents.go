package attribution

import "strings"

// Documents as sources. An article introduces a report, survey, filing or
// set of emails once ("an affidavit written by a detective", "a
// congressional report", "Clinton's emails", "an NBC News/Wall Street
// Journal poll") and then lets it speak by its head noun ("the affidavit
// said", "the report noted", "the findings underscore"). The document is
// kept as an entity with its maker, so that a later definite mention takes
// it, named, or outlet when a news organisation made it, rather than the
// last outlet the article happened to mention.

// mediaDocHeads are documents a news organisation makes: without a maker in
// view they say nothing of who made them, and are not kept.
var mediaDocHeads = setOf("story", "stories", "article", "articles", "editorial", "op-ed", "column", "exposé", "expose",
	"profile", "reporting", "account", "accounts", "post", "posts", "page", "site", "website", "blog", "newsletter")

// newsHeads are what a news organisation publishes: "the report", "the
// story", "the analysis" may be the outlet's the article just named.
var newsHeads = setOf("report", "reports", "reporting", "story", "stories", "article", "articles", "piece", "editorial",
	"op-ed", "column", "exposé", "expose", "profile", "investigation", "investigations", "analysis", "interview",
	"poll", "polls", "survey", "surveys", "review", "account", "broadcast", "segment", "findings", "data", "tally", "count",
	"paper", "newspaper", "website", "site", "blog")

// officialAdjectives make a document an official body's: "a congressional
// report", "a federal audit", "an internal review".
var officialAdjectives = setOf("congressional", "federal", "governmental", "government", "official", "judicial",
	"legislative", "presidential", "parliamentary", "ministerial", "military", "police", "court", "internal",
	"municipal", "senate", "house", "pentagon", "state", "departmental", "independent", "bipartisan")

// documentFamilies group heads that refer to the same document: "a
// survey ... the poll", "a lawsuit ... the complaint".
var documentFamilies = map[string]string{
	"poll": "poll", "survey": "poll", "polling": "poll",
	"study": "study", "analysis": "study", "research": "study", "paper": "study", "assessment": "study", "review": "study", "audit": "study",
	"lawsuit": "suit", "suit": "suit", "complaint": "suit", "filing": "suit", "petition": "suit", "motion": "suit", "indictment": "suit",
	"email": "email", "message": "email", "cable": "email",
	"investigation": "inquiry", "inquiry": "inquiry", "probe": "inquiry",
	"book": "book", "memoir": "book", "autobiography": "book", "biography": "book",
	"ad": "ad", "advertisement": "ad", "spot": "ad", "commercial": "ad",
}

// anyDocument heads refer to whatever document is in view: "the
// findings", "the document".
var anyDocument = setOf("document", "documents", "findings", "results", "data", "figures", "numbers")

// singularHead folds a plural head: "emails" → "email", "analyses" →
// "analysis".
func singularHead(w string) string {
	switch {
	case strings.HasSuffix(w, "yses"):
		return w[:len(w)-2] + "is"
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "sis") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// sameDocument reports whether a document introduced with head a can be
// referred to with head b.
func sameDocument(a, b string) bool {
	if _, ok := anyDocument[b]; ok {
		return true
	}
	a, b = singularHead(a), singularHead(b)
	if a == b {
		return true
	}
	fa, fb := documentFamilies[a], documentFamilies[b]
	return fa != "" && fa == fb
}

// registerDocuments records the documents sentence i introduces: a phrase
// opening with "a", "an", "another", a possessive name or a name, headed
// by a document noun.
func (st *state) registerDocuments(i int) {
	s := &st.sents[i]
	if !st.hasDocumentNoun(s) {
		return
	}
	for k := s.t0; k < s.t1; k++ {
		t := &st.toks[k]
		if t.kind != tWord {
			continue
		}
		if t.doc && !t.cap && k+1 < s.t1 && (st.toks[k+1].lower == "from" || st.toks[k+1].lower == "by") && k > s.t0 && !st.toks[k-1].cap {
			// "data from the Census Bureau", "a tally by the AP"
			if !st.verbish(k) {
				st.registerDocument(k, k, s.t1)
				continue
			}
		}
		if t.lower == "the" || t.lower == "this" || t.lower == "that" || t.lower == "these" {
			// "wrote in the affidavit": a document mentioned again stays
			// in view
			if h := st.documentHeadAfter(k, s.t1); h > k {
				if m := st.knownMakerIn(k+1, h+1); m != nil && !m.hasRole("place") {
					st.registerDocument(k, h, s.t1) // "the latest Rasmussen poll"
				} else if e := st.documentByHead(k, st.toks[h].norm()); e != nil {
					e.mentions = mergeMentions(e.mentions, []int{k})
				}
				k = h
			}
			continue
		}
		if !(t.lower == "a" || t.lower == "an" || t.lower == "another" || t.cap && st.isNameToken(k)) {
			continue
		}
		if h := st.documentHeadAfter(k, s.t1); h > k {
			st.registerDocument(k, h, s.t1)
			k = h
		}
	}
}

// makerAfter finds the maker named after a document's head, at token p:
// "a tally by the AP", "data from the Census Bureau", "a study released
// Monday by Pew", not any name the phrase goes on to mention.
func (st *state) makerAfter(p, j int) (Source, *entity, bool) {
	by := -1
	switch {
	case p >= j:
	case st.toks[p].lower == "by" || st.toks[p].lower == "from" || st.toks[p].lower == "for":
		by = p
	case st.toks[p].is(cMakerParticiple) || authoredBy[st.toks[p].lower]:
		for k := p + 1; k < j && k <= p+5; k++ {
			if st.toks[k].lower == "by" {
				by = k
				break
			}
		}
	}
	if by < 0 || by+1 >= j {
		return Source{}, nil, false
	}
	e := st.npEnd(by+1, j)
	if e <= by+1 {
		return Source{}, nil, false
	}
	p = st.coreEnd(by+1, e)
	k := by + 1
	if st.toks[k].lower == "the" && k+1 < j {
		k++
	}
	if n := st.nameEnd(k, j); n > p {
		p = n // "the National Academy of Sciences": a name runs past "of"
	}
	return st.entityEndingAt(by+1, p)
}

// authoredBy are participles that name a document's author after "by":
// "an affidavit written by", "a memo drafted by".
var authoredBy = map[string]bool{"written": true, "prepared": true, "compiled": true, "filed": true, "signed": true,
	"authored": true, "produced": true, "drafted": true, "sent": true, "posted": true}

// issuingVerbs put out a document in the subject's name: "the council
// issued a statement", "the campaign released a memo".
var issuingVerbs = setOf("issued", "issues", "released", "releases", "published", "publishes", "filed", "files", "sent",
	"sends", "wrote", "writes", "posted", "posts", "unveiled", "produced", "commissioned", "conducted", "circulated",
	"distributed", "submitted", "delivered", "prepared", "tweeted", "authored", "compiled")

// subjectMaker returns the maker of a document phrase opening at token k
// that is the object of an issuing verb: the person or body the sentence
// named last before the verb.
func (st *state) subjectMaker(k int) *entity {
	v := k - 1
	switch {
	case v < 1:
		return nil
	case st.toks[v].lower == "in":
		// "Powell's office said in a statement"
		if c, ok := st.lx.cueOf(&st.toks[v-1]); !ok || c.cat != catSpeech {
			return nil
		}
		v--
	default:
		if _, ok := issuingVerbs[st.toks[v].lower]; !ok {
			return nil
		}
	}
	return st.recent(v, 0, func(e *entity) bool { return isMaker(e) || e.typ == OutletSource })
}

// hasDocumentNoun reports whether sentence s holds a document noun in
// lower case.
func (st *state) hasDocumentNoun(s *sentence) bool {
	for k := s.t0; k < s.t1; k++ {
		if t := &st.toks[k]; t.doc && !t.cap {
			return true
		}
	}
	return false
}

// documentHeadAfter returns the document noun that heads the phrase
// opening at token k ("a new congressional report", "an NBC News/Wall
// Street Journal poll", "Clinton's emails"), or -1: the words between are
// names, possessives, numbers, slashes and modifiers, and a definite
// phrase holds a possessive maker ("the inspector general's report").
func (st *state) documentHeadAfter(k, end int) int {
	if k > 0 && st.toks[k-1].cap && st.toks[k-1].kind == tWord && st.toks[k].cap {
		return -1 // inside a name run: its first word opens the phrase
	}
	for h := k + 1; h < end && h <= k+8; h++ {
		t := &st.toks[h]
		switch {
		case t.kind == tWord && !t.cap:
			if t.doc && (!st.verbish(h) || st.nounAfterName(h, end)) {
				if h+1 < end && st.toks[h+1].kind == tWord && !st.toks[h+1].cap && st.toks[h+1].doc {
					continue // "survey data", "poll numbers": the last noun heads
				}
				return h
			}
			if t.is(cPhraseStop) || t.possessive() && h > k+1 {
				return -1
			}
		case t.kind == tWord, t.kind == tNum:
		case t.lower == "/" || t.lower == "-" || t.lower == "&" || t.lower == "'s" || t.lower == "’s":
		default:
			return -1
		}
	}
	return -1
}

// lexiconEntity reports whether e is an outlet or institution of the
// lexicons, a maker the article may name for the first time.
func (st *state) lexiconEntity(e *entity) bool {
	return e.typ == OutletSource || e.typ == Institution && len(e.roles) > 0 && !e.hasRole("place")
}

// knownMakerIn returns the maker inside the core [i, p) of a document
// phrase that the article has already introduced, or nil, registering
// nothing.
func (st *state) knownMakerIn(i, p int) *entity {
	n0 := len(st.ents.list)
	_, m, ok := st.makerInCore(i, p)
	if len(st.ents.list) > n0 && !(ok && m != nil && st.lexiconEntity(m)) {
		st.ents.truncate(n0)
		return nil
	}
	if !ok {
		return nil
	}
	return m
}

// nounAfterName reports whether a plural document noun at token h that
// could be a verb ("reports") is a noun after the name before it: "FEC
// reports show", "Commission reports, released Friday", not "the FEC
// reports that".
func (st *state) nounAfterName(h, end int) bool {
	if h == 0 || !st.toks[h-1].cap || !strings.HasSuffix(st.toks[h].lower, "s") {
		return false
	}
	if h+1 >= end {
		return true
	}
	n := &st.toks[h+1]
	if n.kind != tWord {
		return true
	}
	if c, ok := st.lx.cueOf(n); ok && c.cat != catNone && !n.cap {
		return true // "FEC reports show"
	}
	return false
}

// phraseStops end a noun phrase before any document noun: verbs and
// function words that cannot stand between a determiner and its noun.
var phraseStops = setOf("of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "that", "which",
	"who", "is", "are", "was", "were", "has", "have", "had", "be", "been", "said", "says", "say", "told", "will",
	"would", "could", "should", "may", "might", "can", "not", "as", "than", "if", "when", "after", "before", "about",
	"it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "this", "these", "those", "the",
	"a", "an")

// officialDocument reports whether the core [i, p) of a document phrase
// calls it an official body's: "a congressional report", "a police
// report", not a news report.
func (st *state) officialDocument(i, p int) bool {
	for x := i; x < p; x++ {
		if _, adj := officialAdjectives[st.toks[x].lower]; adj {
			return true
		}
	}
	return false
}

// registerDocument keeps the document whose phrase opens at token k with
// head h, within a sentence ending at end, together with its maker.
func (st *state) registerDocument(k, h, end int) {
	hw := st.toks[h].norm()
	if h > k && st.toks[h-1].kind == tNum && singularHead(hw) != hw {
		return // "30 minutes", "two letters": a count, not one document
	}
	me, ok := st.keptDocumentMaker(k, h, end)
	official := st.officialDocument(k, h)
	_, media := mediaDocHeads[hw]
	switch {
	case ok && me != nil && me.typ == Document:
		return // "the report's authors": a document already kept
	case ok:
	case official || !media:
	default:
		return
	}
	start := k
	if w := st.toks[k].lower; w == "a" || w == "an" || w == "another" {
		start++
	}
	e := &entity{name: cleanName(st.text(start, h+1)), typ: Document, gender: neuter, mentions: []int{h}}
	e.addRole(hw)
	if ok && me != nil && me.typ != Document {
		e.maker = me
	}
	st.ents.add(e)
}

// keptDocumentMaker finds the maker of a document registerDocument keeps,
// whose phrase opens at token k with head h, within a sentence ending at
// end: in the phrase ("Clinton's emails"), after it ("a tally by the AP"),
// or the subject that issued it ("the council issued a statement"). A
// maker the article had not introduced ("a TV ad") is none, and a place
// ("the Benghazi email") is where, not who.
func (st *state) keptDocumentMaker(k, h, end int) (*entity, bool) {
	hw := st.toks[h].norm()
	j := max(h+1, st.npEnd(h, end))
	n0 := len(st.ents.list)
	_, me, ok := st.makerInCore(k, h+1)
	if !ok {
		_, me, ok = st.makerAfter(h+1, max(j, min(end, h+12)))
	}
	if !ok {
		if me = st.subjectMaker(k); me != nil {
			ok = true
		}
	}
	if documentFamilies[singularHead(hw)] == "poll" && h+2 < end && st.toks[h+1].lower == "for" {
		// "a Marist College poll for NBC News": the outlet commissioned it
		if _, o, found := st.makerAfter(h+1, min(end, h+8)); found && o != nil && o.typ == OutletSource {
			me, ok = o, true
		}
	}
	if len(st.ents.list) > n0 && !(ok && me != nil && st.lexiconEntity(me)) {
		// nothing registered while looking is kept
		st.ents.truncate(n0)
		return nil, false
	}
	if ok && me != nil && me.hasRole("place") {
		return nil, false
	}
	return me, ok
}

// outletDocument reads a document a news organisation made with others,
// named before its head: "a Reuters/Ipsos poll", "the CNN/ORC survey",
// which a pollster's name would otherwise claim.
func (st *state) outletDocument(ph nounPhrase) (Source, *entity, outcome) {
	if _, doc := st.lx.documentNouns[ph.hw]; !doc || ph.p-ph.i < 3 {
		return Source{}, nil, noMatch
	}
	for k := ph.i; k < ph.p-1; k++ {
		if _, n, ok := st.lx.outlets.match(st.toks, k, ph.p-1); ok && st.toks[k].cap && k+n < ph.p-1 {
			return decide(st.document(ph.i, ph.p, ph.j))
		}
	}
	return Source{}, nil, noMatch
}

// outletBeforeHyphen finds a news organisation whose name ends before the
// hyphen of a word joining it to a partner in [i, p): "an Associated
// Press-GfK poll", "a Washington Post-ABC News survey", "the Post-Ipsos
// poll" (a weak alias the article has tied to an outlet). It returns nil
// where there is none.
func (st *state) outletBeforeHyphen(i, p int) *entity {
	for x := i; x < p; x++ {
		t := &st.toks[x]
		h := strings.IndexByte(st.doc.Text[t.s():t.e()], '-')
		if t.kind != tWord || !t.cap || h <= 0 {
			continue
		}
		for k := max(i, x-4); k <= x; k++ {
			var buf [6]token
			tmp := append(buf[:0], st.toks[k:x]...)
			tmp = append(tmp, token{})
			makeWord(&tmp[len(tmp)-1], st.doc.Text, t.s(), t.s()+h, nil, st.lx)
			st.lx.annotate(tmp)
			if v, n, ok := st.lx.outlets.match(tmp, 0, len(tmp)); ok && n == len(tmp) {
				return st.outletEntity(v)
			}
			if v, n, ok := st.lx.weak.match(tmp, 0, len(tmp)); ok && n == len(tmp) {
				if e := st.weakReferent(v, k); e != nil && e.typ == OutletSource {
					return e
				}
			}
		}
	}
	return nil
}

// isPoll reports whether e is a poll or survey the article introduced.
func isPoll(e *entity) bool {
	return e.typ == Document && len(e.roles) > 0 && documentFamilies[singularHead(e.roles[0])] == "poll"
}

// pollInParagraph returns the poll or survey the article introduced in
// the sentence of token k or the two before it, in the same paragraph.
func (st *state) pollInParagraph(k int) *entity {
	d := st.recent(k, 2, isPoll)
	if d == nil || st.sents[st.sentenceOf(d.lastBefore(k))].Block != st.sents[st.sentenceOf(k)].Block {
		return nil
	}
	return d
}

// pollGroups are the people a poll asks, as subjects of what they say:
// "voters say by a 7-point margin", "Republicans surveyed said".
var pollGroups = setOf("voters", "respondents", "americans", "adults", "residents", "democrats", "republicans",
	"independents", "caucusgoers", "participants", "those", "people", "likely")

// pollGroup reports whether the phrase names the people a poll asked:
// a group such as "voters" or "Democrats", or one its participle
// describes ("those surveyed").
func (st *state) pollGroup(ph nounPhrase) bool {
	if _, ok := pollGroups[ph.hw]; ok {
		return true
	}
	for k := ph.p; k < ph.j && k < ph.p+3; k++ {
		switch st.toks[k].lower {
		case "surveyed", "polled", "questioned", "interviewed", "asked", "sampled":
			return true
		}
	}
	return false
}

// documentByHead finds the document a definite phrase with head hw at
// token i refers to: the latest one introduced with a head of the same
// kind, or for a head that fits any document ("the findings"),
// one of the last three sentences. A document of a kind its maker issues
// ("the statement") needs a maker: else the sentence before says whose it
// is.
func (st *state) documentByHead(i int, hw string) *entity {
	ok := func(e *entity) bool {
		return e.typ == Document && len(e.roles) > 0 && sameDocument(e.roles[0], hw)
	}
	var e *entity
	if _, generic := anyDocument[hw]; generic {
		e = st.recent(i, 3, ok)
	} else {
		e = st.ents.latest(i, ok) // a document stays in view: "the report" a page later
	}
	if _, issued := issuedHeads[hw]; e == nil || e.maker == nil && issued && e.lastBefore(i) < st.sents[max(0, st.sentenceOf(i)-2)].t0 {
		return nil
	}
	return e
}

// documentSource builds the source of a mention [i, j) of document e: its
// maker, where the article named one (a news organisation's poll is
// outlet), or else the document itself, named.
func (st *state) documentSource(i, j int, e *entity) (Source, *entity) {
	e.mentions = mergeMentions(e.mentions, []int{i})
	if e.maker == nil {
		return st.source(i, j, e.name, Document), e
	}
	src := st.fromEntity(i, j, e.maker)
	if src.Type != OutletSource {
		src.Type = Document
	}
	return src, e.maker
}
