package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
)

// quoteSpans returns the document's quotations: those the sentence
// splitter found, or else runs of quoted tokens.
func (st *state) quoteSpans() []article.Span {
	if len(st.doc.Quotations) > 0 {
		return st.doc.Quotations
	}
	var out []article.Span
	for k := 0; k < len(st.toks); k++ {
		if !st.toks[k].inQuote {
			continue
		}
		m := k
		for m+1 < len(st.toks) && st.toks[m+1].inQuote {
			m++
		}
		out = append(out, article.Span{Start: st.toks[k].s(), End: st.toks[m].e()})
		k = m
	}
	return out
}

// carryQuotes gives every sentence of a quotation its speaker, wherever the
// attribution stands: in a sentence of the quotation, on a line before it
// that ends with a colon, or in a short sentence right after it.
func (st *state) carryQuotes() {
	si := 0
	for _, q := range st.quoteSpans() {
		for si < len(st.sents) && st.sents[si].End <= q.Start {
			si++
		}
		a := si
		if a >= len(st.sents) {
			break
		}
		b := a
		for b+1 < len(st.sents) && st.sents[b+1].Start < q.End {
			b++
		}
		speaker := st.quoteSpeaker(a, b)
		if speaker < 0 {
			continue
		}
		for x := a; x <= b; x++ {
			s := &st.sents[x]
			if x == speaker || s.att != nil || s.negatedCue || s.claim < 0 || s.quoted*2 < s.words {
				continue
			}
			at := *st.sents[speaker].att
			at.how = hQuote
			at.inherited = speaker
			at.conf = 0.85
			at.chain = nil
			s.att = &at
		}
	}
}

// quoteSpeaker returns the sentence whose attribution a quotation over
// sentences [a, b] carries, or -1: one of its own sentences, a line before
// it ending in a colon, a short sentence right after it, the speaker of a
// quotation before it in its paragraph or of the paragraph before.
func (st *state) quoteSpeaker(a, b int) int {
	for x := a; x <= b; x++ {
		if at := st.sents[x].att; at != nil && at.how != hReportedly && at.how != hAgentless && at.inherited < 0 {
			return x
		}
	}
	if a > 0 {
		p := &st.sents[a-1]
		if p.att != nil && (p.endsColon || p.quoted == 0 && p.Block == st.sents[a].Block-1 && strings.HasSuffix(strings.TrimSpace(st.doc.Slice(p.Span)), ":")) {
			return a - 1
		}
	}
	if b+1 < len(st.sents) {
		n := &st.sents[b+1]
		if n.att != nil && n.words <= 6 && n.quoted == 0 && n.Block == st.sents[b].Block {
			return b + 1
		}
	}
	if speaker := st.paragraphSpeaker(a); speaker >= 0 {
		return speaker
	}
	return st.previousSpeaker(a)
}

// carryBlockQuotes gives the sentences of block quotations (HTML
// blockquote, Markdown ">") the speaker of the line before them that ends
// with a colon: "CNN's Elle Reeve adds:" and the quoted paragraphs, which
// need no quotation marks.
func (st *state) carryBlockQuotes() {
	blocks := st.doc.Blocks
	speaker := -1
	for x := range st.sents {
		s := &st.sents[x]
		if blocks[s.Block].Kind != article.Quote {
			speaker = -1
			if s.att != nil && (s.endsColon || strings.HasSuffix(strings.TrimSpace(st.doc.Slice(s.Span)), ":")) {
				speaker = x
			}
			continue
		}
		if speaker < 0 || s.att != nil || s.negatedCue || s.claim < 0 {
			continue
		}
		at := *st.sents[speaker].att
		at.how = hQuote
		if at.inherited < 0 {
			at.inherited = speaker
		}
		at.conf = 0.8
		at.chain = nil
		s.att = &at
	}
}

// paragraphSpeaker finds the speaker of the latest quotation before
// sentence a in its paragraph: a second quotation runs on from the first
// ("“...,” said Caddell. “Yesterday, ...”").
func (st *state) paragraphSpeaker(a int) int {
	for x := a - 1; x >= st.sents[a].first && x >= a-maxSentencesBack; x-- {
		at := st.sents[x].att
		if at == nil || at.how == hReportedly || at.how == hAgentless {
			continue
		}
		if st.sents[x].quoted == 0 {
			return -1 // a paraphrase in between: the quotation is not surely theirs
		}
		if at.inherited >= 0 {
			return at.inherited
		}
		return x
	}
	return -1
}

// previousSpeaker finds, for a quotation starting a paragraph at sentence
// a with no attribution of its own, the speaker quoted in the paragraph
// just before, or -1.
func (st *state) previousSpeaker(a int) int {
	if a == 0 || st.sents[a-1].Block == st.sents[a].Block {
		return -1
	}
	// the quotation must open its paragraph
	first := st.sents[a].t0
	if first >= len(st.toks) || st.toks[first].kind != tOpenQ {
		return -1
	}
	prevBlock := st.sents[a-1].Block
	for x := a - 1; x >= 0 && st.sents[x].Block == prevBlock; x-- {
		if at := st.sents[x].att; at != nil && at.how != hReportedly && at.how != hAgentless && st.sents[x].quoted > 0 {
			if at.inherited >= 0 {
				return at.inherited
			}
			return x
		}
	}
	return -1
}

// carryPrefixes open sentences that turn away from the report before.
var carryBreakers = setOf("but", "however", "yet", "still", "meanwhile", "instead", "despite", "although", "though", "while",
	"in", "on", "at", "this", "that", "these", "those", "it", "there", "so", "ultimately", "historically", "if", "when")

// carryParagraphs lets a sentence with no cue inherit the attribution of
// the sentence before it in the same paragraph when that one reports
// someone's account indirectly ("According to CNN, ... These deliberations
// include ...").
func (st *state) carryParagraphs() {
	for x := 1; x < len(st.sents); x++ {
		s := &st.sents[x]
		p := &st.sents[x-1]
		if s.att != nil || s.negatedCue || s.claim < 0 || p.att == nil || p.Block != s.Block || s.quoted > 0 {
			continue
		}
		a := p.att
		if a.how != hAccording && a.how != hCarry && !(a.src.Type == OutletSource && a.how != hReportedly) {
			continue
		}
		if s.t0 < s.t1 && st.toks[s.t0].lower == "(" {
			continue // an aside in parentheses is the writer's
		}
		if s.t0 < s.t1 {
			if _, ok := carryBreakers[st.toks[s.t0].lower]; ok && st.toks[s.t0].lower != "these" {
				continue
			}
		}
		at := *a
		at.how = hCarry
		if a.inherited >= 0 {
			at.inherited = a.inherited
		} else {
			at.inherited = x - 1
		}
		at.conf = 0.55
		at.chain = nil
		s.att = &at
	}
}

// reasonHints are parts of the words every anonymity reason uses; a
// sentence with none of them gives no reason, and is not searched.
var reasonHints = [...]string{"anonym", "authori", "named", "identif", "background", "record", "fear", "permit", "allow",
	"free", "candid", "frank", "open", "sensitiv", "deliberat", "classified", "private", "internal", "security",
	"condici", "autoriz", "represal", "discuss", "describe", "reprisal", "retribution"}

func mayGiveReason(text string) bool {
	for _, h := range reasonHints {
		if strings.Contains(text, h) {
			return true
		}
	}
	return false
}

// hintsOf returns the reasonHints words the reasons contain: for each, 1 +
// the index of the first, or 0.
func hintsOf(reasons []string) []int {
	hints := make([]int, len(reasons))
	for i, r := range reasons {
		for h, w := range reasonHints {
			if strings.Contains(r, w) {
				hints[i] = h + 1
				break
			}
		}
	}
	return hints
}

// anonymityReason returns the text in or right after sentence i that says
// why its unnamed source was granted anonymity, or "".
func (st *state) anonymityReason(i int) string {
	for x := i; x < len(st.sents) && x <= i+1; x++ {
		if r := st.reasonIn(x); r != "" {
			return r
		}
	}
	return ""
}

// reasonIn returns the anonymity reason sentence x gives, or "", searching
// each sentence once.
func (st *state) reasonIn(x int) string {
	if st.reasons == nil {
		st.reasons = make([]int, len(st.sents))
	}
	switch r := st.reasons[x]; {
	case r > 0:
		return st.reasonText[r-1]
	case r < 0:
		return ""
	}
	reason := st.searchReason(st.doc.Slice(st.sents[x].Span))
	if reason == "" {
		st.reasons[x] = -1
		return ""
	}
	st.reasonText = append(st.reasonText, reason)
	st.reasons[x] = len(st.reasonText)
	return reason
}

// searchReason returns the anonymity reason of a sentence's text, or "".
func (st *state) searchReason(text string) string {
	if !mayGiveReason(text) {
		return ""
	}
	lower := strings.ToLower(text)
	if len(lower) != len(text) { // offsets must hold in both
		lower = asciiLower(text)
	}
	// a reason is searched for only where its hint word is
	var hinted [len(reasonHints) + 1]bool
	hinted[0] = true
	for h, w := range reasonHints {
		hinted[h+1] = strings.Contains(lower, w)
	}
	for x, m := range st.lx.reasons {
		if !hinted[st.lx.reasonHint[x]] {
			continue
		}
		k := strings.Index(lower, m)
		if k < 0 || st.lx.reasonTopic[x] && !afterCause(lower[:k]) {
			continue
		}
		return reasonClause(text, lower, k, k+len(m))
	}
	return ""
}

// asciiLower lowers A to Z only, keeping every byte where it is.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerASCII(c)
	}
	return string(b)
}

// causeWords introduce a reason named as a subject: "because the
// information is classified", "citing security concerns".
var causeWords = map[string]bool{"because": true, "due": true, "owing": true, "citing": true, "cited": true, "given": true}

// afterCause reports whether one of the last three words of before is a
// word of cause.
func afterCause(before string) bool {
	ws := strings.Fields(before[max(0, len(before)-40):])
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		if causeWords[strings.Trim(ws[i], ",;:(")] {
			return true
		}
	}
	return false
}

// reasonClause returns the clause of text around the reason found at
// lower[k:e]: from "who" or the punctuation that opens it, when near, to
// the punctuation or quotation mark that closes it ("who was not
// authorized to speak on the record, told Fox News" gives the clause
// without "told Fox News").
func reasonClause(text, lower string, k, e int) string {
	start := k
	open := 0 // just after the punctuation before the reason
	if c := strings.LastIndexAny(lower[:k], ",;(—"); c >= 0 {
		_, size := utf8.DecodeRuneInString(lower[c:])
		open = c + size
	}
	if open > 0 && k-open < 39 {
		start = open
	}
	// "who" opens the clause when no punctuation comes between
	from := max(0, k-60, open)
	if w := strings.LastIndex(lower[from:k], "who "); w >= 0 && (from+w == 0 || lower[from+w-1] == ' ') {
		start = from + w
	}
	end := len(text)
	if i := strings.IndexAny(lower[e:], ",;)—\"“”"); i >= 0 {
		end = e + i
	}
	for _, v := range [...]string{" said", " says", " told", " added"} { // "who spoke anonymously said"
		if i := strings.Index(lower[e:end], v); i >= 0 {
			end = e + i
		}
	}
	r := strings.Trim(strings.TrimSpace(text[start:end]), ".,\"“” ")
	for _, w := range [...]string{" and", " but"} { // "asked for anonymity and said"
		r = strings.TrimSuffix(r, w)
	}
	if r != "" {
		return r
	}
	return text[k:e]
}

// outletFlags sets Exclusive and Confirmed for an outlet source of
// sentence i.
func (st *state) outletFlags(i int, src *Source) {
	text := strings.ToLower(st.doc.Slice(st.sents[i].Span))
	if strings.Contains(text, "exclusive") {
		src.Exclusive = true
	}
	// confirmation is said in the paragraph of the report
	block := st.sents[i].Block
	for x := i; x < len(st.sents) && st.sents[x].Block == block && x <= i+3; x++ {
		t := strings.ToLower(st.doc.Slice(st.sents[x].Span))
		for _, m := range []string{"independently confirmed", "independently verified", "has confirmed", "have confirmed", "has verified", "has independently"} {
			if k := strings.Index(t, m); k >= 0 {
				before := t[:k]
				if !strings.HasSuffix(strings.TrimSpace(before), "not") && !strings.Contains(before, "could not") &&
					!strings.Contains(before, "has not") && !strings.Contains(before, "not been") {
					src.Confirmed = true
				}
			}
		}
	}
}

// exclusive marks an outlet source whose report is called exclusive.
func (st *state) exclusive(src *Source, i, j int) {
	for k := i; k < j; k++ {
		if st.toks[k].lower == "exclusive" {
			src.Exclusive = true
		}
	}
}

// letterLabels mark a page of readers' letters and comments.
var letterLabels = []string{"letter", "readers", "comments", "facebook", "twitter", "your say", "your views", "mailbag", "inbox", "voices"}

// carrySignatures attributes readers' letters to their signatures: on a
// letters page, a paragraph run followed by a line that is only a name is
// that person's letter ("... our democracy with a tyranny." / "Michael
// Pravica.").
func (st *state) carrySignatures() {
	sigs, labelled := st.signatures()
	if len(sigs) < 2 && !(labelled && len(sigs) == 1) {
		return
	}
	for _, b := range sigs {
		st.signLetter(b)
	}
}

// signatures returns the blocks that are signature lines (a bare name
// after a paragraph), and whether a short heading or label says the page
// holds letters.
func (st *state) signatures() (sigs []int, labelled bool) {
	doc := st.doc
	for b, blk := range doc.Blocks {
		if (blk.Kind == article.Heading || blk.Kind == article.Boilerplate) && blk.Len() < 40 {
			labelled = labelled || isLetterLabel(strings.ToLower(doc.Slice(blk.Span)))
		}
		if blk.Kind != article.Byline && blk.Kind != article.Paragraph || b == 0 {
			continue
		}
		if doc.Blocks[b-1].Kind == article.Paragraph && st.isBareName(blk.Span) {
			sigs = append(sigs, b)
		}
	}
	return sigs, labelled
}

// isLetterLabel reports whether a short text, in lower case, labels a page
// of letters: "letters", "your views".
func isLetterLabel(text string) bool {
	for _, l := range letterLabels {
		if strings.Contains(text, l) && len(text) < 40 {
			return true
		}
	}
	return false
}

// signLetter attributes the paragraphs before the signature block b (six
// at most) to the person it names.
func (st *state) signLetter(b int) {
	doc := st.doc
	blk := doc.Blocks[b]
	k0 := st.tokenAt(blk.Start)
	k1 := st.tokenAt(blk.End)
	for k1 > k0 && st.toks[k1-1].kind == tPunct {
		k1--
	}
	e := st.ents.add(&entity{name: cleanName(st.text(k0, k1)), typ: Person})
	first := b
	for first > 0 && doc.Blocks[first-1].Kind == article.Paragraph && b-first < 6 {
		first--
	}
	from := sort.Search(len(st.sents), func(x int) bool { return st.sents[x].Block >= first })
	for x := from; x < len(st.sents) && st.sents[x].Block < b; x++ {
		s := &st.sents[x]
		if s.att != nil || s.negatedCue || s.claim < 0 {
			continue
		}
		src := st.fromEntity(k0, k1, e)
		s.att = &attrib{src: src, ent: e, how: hSignature, conf: 0.7, inherited: -1}
	}
}

// isBareName reports whether a block holds only a person's name, with at
// most a closing period: a signature.
func (st *state) isBareName(sp article.Span) bool {
	k0 := st.tokenAt(sp.Start)
	k1 := st.tokenAt(sp.End)
	for k1 > k0 && st.toks[k1-1].kind == tPunct {
		k1--
	}
	n := k1 - k0
	if n < 2 || n > 4 {
		return false
	}
	for k := k0; k < k1; k++ {
		t := &st.toks[k]
		if t.kind != tWord || !t.cap || t.upper && len(t.lower) > 2 {
			return false
		}
		if _, stop := stopCaps[t.norm()]; stop {
			return false
		}
	}
	return true
}

// labelWords open paragraphs with a colon but name no speaker.
var labelWords = setOf("note", "notes", "update", "updated", "correction", "clarification", "editor", "editor's", "editors",
	"background", "context", "q", "a", "question", "answer", "disclosure", "related", "watch", "read", "more", "source",
	"sources", "photo", "photos", "video", "credit", "warning", "summary", "key", "takeaways", "what", "why", "how",
	"when", "where", "who", "live", "breaking", "analysis", "opinion", "exclusive", "the", "bottom", "line", "first", "published")

// speakerLabel returns the attribution of the first sentence of a
// paragraph that opens with a transcript's speaker label: a name in
// capitals before a colon ("TUCKER CARLSON: It's not just ..."), or a name
// the article already gave ("Carlson: ..."). Every sentence of the
// paragraph is the speaker's.
func (st *state) speakerLabel(i int) *attrib {
	s := &st.sents[i]
	if i > 0 && st.sents[i-1].Block == s.Block {
		return nil
	}
	k0, k, ok := st.transcriptLabel(s)
	if !ok {
		return nil
	}
	if a := st.unnamedTurn(k0, k); a != nil {
		return a // "PARTICIPANT: ...", "Q: ..."
	}
	if isPlace(st, k0, k) || isPlace(st, k0, k0+1) {
		return nil // "Iowa: Tim Albrecht, Brad Anderson, ..."
	}
	hg := unknownGender
	if k-k0 >= 2 {
		if g := honorificGender(st.toks[k0].lower); g != unknownGender {
			hg = g // "MS. REYES:"
			k0++
		}
	}
	words := 0
	for x := k + 1; x < s.t1; x++ {
		if st.toks[x].kind == tWord {
			words++
		}
	}
	if words < 4 {
		return nil // "Sanders: 1,547.", "Christie: A closing surge."
	}
	upper := true
	for x := k0; x < k; x++ {
		t := &st.toks[x]
		if _, ok := labelWords[t.norm()]; ok || t.stop {
			return nil
		}
		if !t.upper && !(len(t.lower) == 1 || strings.HasSuffix(t.lower, ".")) {
			upper = false
		}
	}
	name := cleanName(st.text(k0, k))
	if upper {
		name = titleName(name)
	}
	e := st.ents.find(name, Person)
	if e == nil && k-k0 == 1 {
		e = st.ents.bySurnameG(name, hg)
	}
	quoted := k0 > s.t0 // the label opens a quoted transcript: `"RAMOS: ...`
	switch {
	case e == nil && upper && (k-k0 >= 2 || hg != unknownGender || quoted):
		// a new speaker in capitals: "JAKE TAPPER:", "MS. REYES:"
		g := hg
		if g == unknownGender {
			g = st.lx.genderOfName(strings.ToLower(strings.Fields(name)[0]))
		}
		e = st.ents.add(&entity{name: name, typ: Person, gender: g})
	case e == nil:
		return nil // "UPDATE:", "WASHINGTON:"
	case !upper && e.typ != Person:
		return nil // "Iowa: Tim Albrecht, Brad Anderson, ..."
	}
	e.mentions = mergeMentions(e.mentions, []int{k0})
	src := st.fromEntity(k0, k, e)
	return &attrib{src: src, ent: e, how: hLabel, conf: 0.8, inherited: -1,
		cue: &Cue{Span: article.Span{Start: st.toks[k].s(), End: st.toks[k].e()}, Text: ":", Lemma: "say"}}
}

// labelCarry returns, for a sentence with no attribution of its own, the
// speaker label that opens its paragraph, inherited.
func (st *state) labelCarry(i int) *attrib {
	first := st.sents[i].first
	if first == i || st.sents[first].att == nil || st.sents[first].att.how != hLabel {
		return nil
	}
	a := *st.sents[first].att
	a.inherited = first
	return &a
}

// titleName writes a name given in capitals as names are written: "TUCKER
// CARLSON" is "Tucker Carlson", "O'ROURKE" is "O'Rourke".
func titleName(s string) string {
	b := []rune(strings.ToLower(s))
	up := true
	for x, r := range b {
		if up && unicode.IsLetter(r) {
			b[x] = unicode.ToUpper(r)
		}
		up = r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return string(b)
}
