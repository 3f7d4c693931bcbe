package attribution

import (
	"strings"

	"github.com/auditnews/audit/article"
)

// Labelled passages. A roundup of reactions or columns gives each passage
// a label before a colon and no verb: `Dana Reyes, The Daily Ledger: "The
// debate was a draw. ..."`, `Sam Ortiz, on Twitter: "..."`, `CHANGING
// MINDS - Pew Research: "..."`. The label speaks every sentence of the
// passage, which the quotation carries on; a quoted column introduced with
// its paper is the paper's (outlet). Leaked remarks and transcripts name
// their speakers in capitals inside the quotation (`"MS. REYES: ...`,
// `PARTICIPANT: ...`, `Q: ...`) or cite the occasion in brackets after the
// passage (`[Remarks to the Harbor Club, 6/4/13]`), which makes the whole
// passage the speaker's; a roundup's bracketed credit (`[Reuters.]`) makes
// its item the outlet's.

// maxLabel is the longest label, in tokens, read before a colon.
const maxLabel = 14

// labelledQuote returns the attribution of the first sentence of a
// paragraph opening with a label and a colon before a quotation, or nil.
func (st *state) labelledQuote(i int) *attrib {
	s := &st.sents[i]
	if s.first != i {
		return nil
	}
	l0 := st.pastRoundupHeading(s)
	c := -1
	for k := l0; k < s.t1 && k < l0+maxLabel; k++ {
		t := &st.toks[k]
		if t.inQuote || t.kind == tOpenQ {
			return nil
		}
		if t.lower == ":" {
			c = k
			break
		}
	}
	if c <= l0 || c+1 >= s.t1 || !st.quotationAfter(c+1, s.t1) || !st.toks[l0].cap {
		return nil
	}
	src, ent, ok := st.labelSource(l0, c)
	if !ok {
		return nil
	}
	return &attrib{src: src, ent: ent, how: hLabel, conf: 0.8, inherited: -1,
		cue: &Cue{Span: article.Span{Start: st.toks[c].s(), End: st.toks[c].e()}, Text: ":", Lemma: "say"}}
}

// pastRoundupHeading returns where the label of sentence s starts: after a
// heading in capitals and a dash ("VOTERS WANT CHANGE - Pew Research:"),
// else at its first token.
func (st *state) pastRoundupHeading(s *sentence) int {
	for k := s.t0; k < s.t1 && k < s.t0+maxLabel*2; k++ {
		t := &st.toks[k]
		switch {
		case t.lower == "-" || t.lower == "—" || t.lower == "–":
			if k > s.t0 && k+1 < s.t1 {
				return k + 1
			}
			return s.t0
		case t.kind == tWord && !t.upper && !(len(t.lower) <= 3 && t.cap):
			return s.t0 // not a heading in capitals
		}
	}
	return s.t0
}

// quotationAfter reports whether the tokens [k, end) after a label's colon
// open a quotation.
func (st *state) quotationAfter(k, end int) bool {
	if k >= end {
		return false
	}
	t := &st.toks[k]
	return t.kind == tOpenQ || t.inQuote && (k+1 >= end || st.toks[k+1].inQuote)
}

// labelSource reads a label [i, c): a name, then after a comma what it
// is: its paper (outlet), "on Twitter" or a role (the name speaks).
func (st *state) labelSource(i, c int) (Source, *entity, bool) {
	comma := c
	for k := i; k < c; k++ {
		if st.toks[k].lower == "," {
			comma = k
			break
		}
		if st.verbish(k) {
			return Source{}, nil, false // a clause, not a label
		}
	}
	if comma+1 < c {
		if e := st.outletIn(comma+1, c); e != nil {
			// "Gerald F. Seib, The Wall Street Journal:": the paper's column
			src := st.fromEntity(i, c, e)
			return src, e, true
		}
	}
	src, ent, ok := st.classify(i, comma)
	if !ok {
		return Source{}, nil, false
	}
	switch src.Type {
	case Person, Institution, OutletSource, Document:
	default:
		return Source{}, nil, false
	}
	if ent != nil && ent.hasRole("place") {
		return Source{}, nil, false // "Iowa: ..."
	}
	return src, ent, true
}

// outletIn returns the news organisation named by the tokens [i, j): an
// outlet of the lexicons or a newspaper's name ("The Daily Ledger").
func (st *state) outletIn(i, j int) *entity {
	if st.toks[i].lower == "the" && i+1 < j {
		i++
	}
	if v, n, ok := st.lx.outlets.match(st.toks, i, j); ok && i+n == j {
		return st.outletEntity(v)
	}
	return st.mastheadOutlet(i, j)
}

// transcriptLabel reads the label of a transcript's speaker in capitals,
// perhaps inside the quotation that holds the transcript: `"MS. REYES:
// ...`, `PARTICIPANT: ...`, `Q: ...`. It returns the tokens of the label
// [k0, k) before the colon at k, and ok.
func (st *state) transcriptLabel(s *sentence) (k0, k int, ok bool) {
	k0 = s.t0
	if k0 < s.t1 && st.toks[k0].kind == tOpenQ {
		k0++
	}
	k = k0
	for k < s.t1 && k-k0 < 5 && st.toks[k].kind == tWord && st.toks[k].cap {
		k++
	}
	return k0, k, k > k0 && k < s.t1-1 && st.toks[k].lower == ":"
}

// unnamedSpeakers label the turns of people a transcript does not name.
var unnamedSpeakers = setOf("q", "question", "participant", "audience", "member", "questioner", "moderator", "speaker",
	"unidentified", "male", "female", "man", "woman", "voice", "attendee", "reporter", "reporters", "crowd")

// unnamedTurn returns the attribution of a transcript turn whose label
// [k0, k) names nobody ("PARTICIPANT:", "AUDIENCE MEMBER:", and inside a
// quoted transcript "Q:"), or nil. A question of the article's own
// interview ("Q:" opening a paragraph) is the writer's.
func (st *state) unnamedTurn(k0, k int) *attrib {
	for x := k0; x < k; x++ {
		if _, ok := unnamedSpeakers[st.toks[x].norm()]; !ok || !st.toks[x].upper && len(st.toks[x].lower) > 1 {
			return nil
		}
	}
	if w := st.toks[k0].norm(); (w == "q" || w == "question") && !st.toks[k0].inQuote && (k0 == 0 || st.toks[k0-1].kind != tOpenQ) {
		return nil
	}
	src := st.source(k0, k, strings.ToLower(cleanName(st.text(k0, k))), UnnamedOfficial)
	src.Count = 1
	return &attrib{src: src, how: hLabel, conf: 0.7, inherited: -1,
		cue: &Cue{Span: article.Span{Start: st.toks[k].s(), End: st.toks[k].e()}, Text: ":", Lemma: "say"}}
}

// occasionWords open a bracketed citation of remarks: "[Remarks to the
// Harbor Club, 6/4/13]", "[Clinton speech at ...]".
var occasionWords = setOf("remarks", "remark", "speech", "speeches", "interview", "transcript", "address", "testimony",
	"comments", "statement", "q&a", "keynote", "panel", "discussion", "conversation", "event", "fundraiser", "rally")

// carryCitations gives a passage followed by a bracketed citation the
// speaker the citation names: a roundup's credit ("[Reuters.]") makes the
// sentences before it in its paragraph the outlet's; a citation of remarks
// ("[Remarks to the Harbor Club, 6/4/13]") makes the quotation before it,
// over as many paragraphs as it runs, the speaker's.
func (st *state) carryCitations() {
	for x := range st.sents {
		s := &st.sents[x]
		if s.claim < 0 || s.t1-s.t0 < 3 || st.toks[s.t0].lower != "[" || s.words > 14 {
			continue
		}
		end := s.t1
		for end > s.t0 && st.toks[end-1].kind == tPunct && st.toks[end-1].lower != "]" {
			end--
		}
		if st.toks[end-1].lower != "]" {
			continue
		}
		a := st.citationSource(s.t0+1, end-1)
		if a == nil {
			continue
		}
		first, _ := st.citedPassage(x)
		credit := a.src.Type == OutletSource
		for y := first; y <= x; y++ {
			t := &st.sents[y]
			if t.claim < 0 || t.att != nil && t.att.inherited < 0 && (t.att.how != hLabel || !credit) {
				// a sentence with a source of its own keeps it; a
				// roundup's credit takes over its item's label
				continue
			}
			at := *a
			if y != x {
				at.inherited = x
			}
			t.att = &at
		}
	}
}

// citedPassage returns the sentences [first, last] a citation at sentence
// x closes: the quotation that ends right before it, over its paragraphs,
// or else the sentences of its paragraph (of the paragraph before, for a
// citation on a line of its own).
func (st *state) citedPassage(x int) (first, last int) {
	s := &st.sents[x]
	last = x - 1
	if last < 0 {
		return x, x
	}
	if q, ok := st.quoteEndingAt(s.Start); ok {
		first = last
		for first > 0 && st.sents[first-1].End > q.Start {
			first--
		}
		return first, last
	}
	first = s.first
	if first == x {
		first = st.sents[last].first // the citation is a paragraph of its own
	}
	return first, last
}

// quoteEndingAt returns the quotation that ends right before offset off,
// with only white space and punctuation between.
func (st *state) quoteEndingAt(off int) (article.Span, bool) {
	for _, q := range st.quoteSpans() {
		if q.End > off {
			break
		}
		if strings.TrimFunc(st.doc.Text[q.End:off], func(r rune) bool {
			return r == ' ' || r == '\n' || r == '\r' || r == '\t' || strings.ContainsRune(`"'”’.,`, r)
		}) == "" {
			return q, true
		}
	}
	return article.Span{}, false
}

// citationSource reads the inside [i, j) of a bracketed citation: an
// outlet ("Reuters.", "WashPost"), a person or body the article knows, or
// the occasion of remarks, which are the speech of the person the article
// is about.
func (st *state) citationSource(i, j int) *attrib {
	for j > i && st.toks[j-1].kind == tPunct {
		j--
	}
	if j <= i {
		return nil
	}
	cue := &Cue{Span: article.Span{Start: st.toks[i-1].s(), End: st.toks[j].e()}, Text: st.text(i-1, j+1), Lemma: "say"}
	if e := st.outletIn(i, j); e != nil {
		return &attrib{src: st.fromEntity(i, j, e), ent: e, how: hLabel, conf: 0.7, inherited: -1, cue: cue}
	}
	occasion := false
	for k := i; k < j && k < i+4; k++ {
		if _, ok := occasionWords[st.toks[k].norm()]; ok {
			occasion = true
			break
		}
	}
	if !occasion {
		return nil
	}
	for k := i; k < j; k++ {
		if !st.toks[k].cap || st.toks[k].kind != tWord {
			continue
		}
		if e := st.ents.bySurname(st.toks[k].nrm); e != nil && e.typ == Person {
			return &attrib{src: st.fromEntity(k, k+1, e), ent: e, how: hLabel, conf: 0.7, inherited: -1, cue: cue}
		}
	}
	if e := st.salient(i, isPerson); e != nil {
		src := st.fromEntity(i, j, e)
		return &attrib{src: src, ent: e, how: hLabel, conf: 0.6, inherited: -1, cue: cue}
	}
	return nil
}
