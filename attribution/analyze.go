package attribution

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/auditnews/audit/article"
)

// Analyzer attributes the claims of articles. It is safe for concurrent
// use: all its state is read-only after New.
type Analyzer struct {
	lx     *lex
	people []KnownPerson // known to every analysis
	// bufs keeps token and sentence buffers between documents: reusing
	// them spares the collector most of the analysis's garbage.
	bufs sync.Pool
}

// buffers are the reusable slices of one analysis.
type buffers struct {
	toks   []token
	sents  []sentence
	sentOf []int
	// maps of one article, cleared between articles but kept with their
	// room, so each analysis does not grow them again
	lowered   map[string]string
	openers   map[string]bool
	lowerSeen map[string]bool
	runCache  map[string]*entity
	entLower  map[string]string
	byName    map[string][]*entity
	byWords   map[string][]*entity
}

// maps makes the buffers' maps on first use.
func (b *buffers) maps() {
	if b.lowered == nil {
		b.lowered = make(map[string]string, 256)
		b.openers = make(map[string]bool, 64)
		b.lowerSeen = make(map[string]bool, 64)
		b.runCache = make(map[string]*entity, 64)
		b.entLower = make(map[string]string, 64)
		b.byName = make(map[string][]*entity, 64)
		b.byWords = make(map[string][]*entity, 64)
	}
}

// clearMaps empties the maps so they hold no article's strings.
func (b *buffers) clearMaps() {
	clear(b.lowered)
	clear(b.openers)
	clear(b.lowerSeen)
	clear(b.runCache)
	clear(b.entLower)
	clear(b.byName)
	clear(b.byWords)
}

// Analyze returns the claims of doc with how each is sourced. doc must
// have been split into sentences, and its text be shorter than 2 GiB.
func (a *Analyzer) Analyze(ctx context.Context, doc *article.Document) ([]Claim, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(doc.Text) > maxText {
		return nil, fmt.Errorf("attribution: a text of %d bytes, more than %d", len(doc.Text), maxText)
	}
	b, _ := a.bufs.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	st := newStateBuf(a.lx, doc, b)
	st.knowPeople(a.people)
	err := st.run(ctx)
	var claims []Claim
	if err == nil {
		claims = st.finish()
	}
	// keep the buffers, cleared so they hold no article's strings
	clear(st.toks)
	clear(st.sents)
	b.clearMaps()
	if cap(st.toks) <= 1<<20 {
		b.toks, b.sents, b.sentOf = st.toks[:0], st.sents[:0], st.sentOf[:0]
		a.bufs.Put(b)
	}
	return claims, err
}

// run attributes every sentence, then carries attributions through
// quotations, paragraphs and letters' signatures.
func (st *state) run(ctx context.Context) error {
	next := 0 // the token after which to look at ctx again
	for i := range st.sents {
		if st.sents[i].t0 >= next {
			if err := ctx.Err(); err != nil {
				return err
			}
			next = st.sents[i].t0 + checkEvery
		}
		if err := st.analyzeSentence(ctx, i); err != nil {
			return err
		}
	}
	st.carryQuotes()
	st.carryBlockQuotes()
	st.carryCitations()
	st.carryParagraphs()
	st.carrySignatures()
	return nil
}

// state is the analysis of one document.
type state struct {
	lx    *lex
	doc   *article.Document
	toks  []token
	sents []sentence
	// sentOf holds sentenceOf(k) for every token k, or is nil
	sentOf []int
	claims int // sentences that make claims
	ents   entities
	// reasons memoises reasonIn by sentence: 1 + index into reasonText,
	// or -1 when the sentence gives none; 0 when not yet searched
	reasons    []int
	reasonText []string
	// runCache maps the text of a name run already registered to its
	// entity
	runCache map[string]*entity
}

// sentence is one sentence of the document under analysis.
type sentence struct {
	article.Sentence
	t0, t1 int // token range
	claim  int // index into the claims, -1 for headings
	first  int // index of the first sentence of its block
	att    *attrib
	// facts about the sentence
	words, quoted int // word tokens, and those inside quotation marks
	endsColon     bool
	negatedCue    bool // the main clause's cue is negated: "did not say"
	poll          int8 // the sentence names a poll: 1, or not: -1; 0 not yet read
}

// attrib is an attribution found for a sentence.
type attrib struct {
	src       Source
	ent       *entity
	cue       *Cue
	chain     []Source
	how       how
	conf      float64
	inherited int // index of the sentence it was carried from, or -1
}

// how an attribution was found.
type how uint8

const (
	hLeft       how = iota + 1 // "Sheinbaum said"
	hInverted                  // "said Sheinbaum"
	hPassive                   // "was confirmed by U.S. authorities"
	hAgentless                 // "is seen as"
	hAccording                 // "according to CNN"
	hAs                        // "as Reuters reported"
	hReportedly                // "reportedly"
	hParticiple                // ", saying ..."
	hQuote                     // carried through a quotation
	hCarry                     // carried over inside a paragraph
	hSignature                 // a letter's signature
	hLabel                     // a transcript's speaker label: "TUCKER CARLSON: ..."
)

func newStateBuf(lx *lex, doc *article.Document, b *buffers) *state {
	b.maps()
	st := &state{lx: lx, doc: doc, runCache: b.runCache}
	st.ents.lowered, st.ents.byName, st.ents.byWords = b.entLower, b.byName, b.byWords
	if want := len(doc.Text)/5 + 16; cap(b.toks) < want {
		b.toks = make([]token, 0, want)
	}
	st.toks = tokenizeCached(doc.Text, b.toks[:0], b.lowered, lx)
	for k := range st.toks {
		if st.toks[k].stop && st.newPlace(k, len(st.toks)) > 0 {
			st.toks[k].stop = false // "New" of "New York" is part of a name
		}
	}
	st.markQuotes()
	st.markLowerSeen(b.openers, b.lowerSeen)
	if cap(b.sents) < len(doc.Sentences) {
		b.sents = make([]sentence, len(doc.Sentences))
	}
	st.sents = b.sents[:len(doc.Sentences)]
	claim, k := 0, 0
	for i, s := range doc.Sentences {
		ss := &st.sents[i]
		ss.Sentence = s
		ss.t0 = st.tokenAtFrom(s.Start, k)
		ss.t1 = st.tokenAtFrom(s.End, ss.t0)
		k = ss.t1
		ss.claim = -1
		ss.first = i
		if i > 0 && st.sents[i-1].Block == s.Block {
			ss.first = st.sents[i-1].first
		}
		if doc.Blocks[s.Block].Kind.GivesClaims() {
			ss.claim = claim
			claim++
		}
		for k := ss.t0; k < ss.t1; k++ {
			t := &st.toks[k]
			if t.kind == tWord || t.kind == tNum {
				ss.words++
				if t.inQuote {
					ss.quoted++
				}
			}
		}
		if ss.t1 > ss.t0 && st.toks[ss.t1-1].lower == ":" {
			ss.endsColon = true
		}
	}
	st.sentOf = st.indexSentences(b.sentOf[:0])
	st.claims = claim
	return st
}

// indexSentences returns sentenceOf(k) for every token k, appended to
// out, or nil when the sentences' last tokens do not increase and a
// search of them is needed.
func (st *state) indexSentences(out []int) []int {
	for i := 1; i < len(st.sents); i++ {
		if st.sents[i].t1 < st.sents[i-1].t1 {
			return nil
		}
	}
	i := 0
	for k := range st.toks {
		for i < len(st.sents) && st.sents[i].t1 <= k {
			i++
		}
		out = append(out, i)
	}
	return out
}

// markLowerSeen marks the words that open a sentence capitalised and
// that the article also writes in lower case, wherever they stand;
// openers and seen are empty maps to work in. The mark is read only on
// words that are no function words (token.stop): the others are skipped.
func (st *state) markLowerSeen(openers, seen map[string]bool) {
	// a filter of the openers' words spares most lower-case words a
	// lookup: a word whose bit is unset is no opener
	var isOpener, isSeen wordFilter
	for k := range st.toks {
		if t := &st.toks[k]; t.kind == tWord && t.cap && (k == 0 || st.toks[k-1].kind != tWord) && mayName(t) {
			openers[t.lower] = true
			isOpener.add(t.lower)
		}
	}
	for k := range st.toks {
		t := &st.toks[k]
		if t.kind == tWord && !t.cap && mayName(t) && isOpener.mayHold(t.lower) && openers[t.lower] {
			seen[t.lower] = true
			isSeen.add(t.lower)
			t.lowerSeen = true
		}
	}
	if len(seen) == 0 {
		return
	}
	for k := range st.toks {
		if t := &st.toks[k]; t.kind == tWord && t.cap && !t.stop && isSeen.mayHold(t.lower) && seen[t.lower] {
			t.lowerSeen = true
		}
	}
}

// mayName reports whether a token is no function word (token.stop), or
// one that newStateBuf may find part of a name: the "New" of "New York".
func mayName(t *token) bool { return !t.stop || t.lower == "new" }

// markQuotes marks the tokens inside the document's quotation spans,
// which the sentence splitter found across sentence and paragraph
// boundaries; marks outside any span keep what the tokenizer decided.
func (st *state) markQuotes() {
	if len(st.doc.Quotations) == 0 {
		return
	}
	q := 0
	for k := range st.toks {
		t := &st.toks[k]
		for q < len(st.doc.Quotations) && st.doc.Quotations[q].End <= t.s() {
			q++
		}
		t.inQuote = q < len(st.doc.Quotations) && st.doc.Quotations[q].Start <= t.s()
	}
}

// knowPeople seeds the discourse model with people the newsroom knows,
// so that "Ruiz said" finds Ana Ruiz, Mayor, before the article names her
// in full.
func (st *state) knowPeople(people []KnownPerson) {
	for _, p := range people {
		name := strings.TrimSpace(p.Name)
		if name == "" {
			continue
		}
		e := &entity{name: name, typ: Person, role: p.Role, official: p.Official}
		if p.Role != "" {
			e.addRole(p.Role)
		}
		if f := strings.Fields(name); len(f) > 0 {
			e.gender = st.lx.genderOfName(strings.ToLower(f[0]))
		}
		st.ents.add(e)
	}
}

// finish turns the analysis into claims.
func (st *state) finish() []Claim {
	var out []Claim
	if st.claims > 0 {
		out = make([]Claim, 0, st.claims)
	}
	for i := range st.sents {
		s := &st.sents[i]
		if s.claim < 0 {
			continue
		}
		c := Claim{ID: s.claim + 1, Sentence: s.Sentence, Class: Unsourced, Quote: NoQuote, Confidence: 0.6}
		if s.att != nil && s.att.src.Type == OutletSource && st.ownOutlet(s.att.src.Name) {
			// "a review by The Times found", in The Times: the newsroom's
			// own reporting, the writer's voice
			s.att = nil
		}
		if s.att != nil {
			a := s.att
			src := a.src
			c.Source = &src
			c.Class = classOf(src.Type)
			c.Cue = a.cue
			c.Chain = a.chain
			c.Confidence = a.conf
			if a.inherited >= 0 && st.sents[a.inherited].claim >= 0 {
				c.InheritedFrom = st.sents[a.inherited].claim + 1
			}
		}
		c.Quote = st.quoteKind(s)
		if c.Class == Unsourced && c.Quote == Direct {
			c.Confidence = 0.5
		}
		out = append(out, c)
	}
	return out
}

func classOf(t SourceType) Class {
	switch t {
	case Person, Institution, Document:
		return Named
	case OutletSource:
		return Outlet
	case UnnamedOfficial, VagueGroup:
		return Anonymous
	}
	return Unsourced
}

// ownOutlet reports whether an outlet is the one that published the
// article (its metadata names it).
func (st *state) ownOutlet(name string) bool {
	own := strings.ToLower(strings.TrimPrefix(st.doc.Meta.Outlet, "The "))
	if own == "" {
		return false
	}
	n := strings.ToLower(strings.TrimPrefix(name, "The "))
	return n == own || strings.HasPrefix(own, n+" ") || strings.HasPrefix(n, own+" ")
}

// quoteKind says whether a sentence quotes its source directly.
func (st *state) quoteKind(s *sentence) QuoteKind {
	if s.words == 0 || s.quoted == 0 {
		if s.att != nil {
			return Indirect
		}
		return NoQuote
	}
	// words outside the quotation that are not the attribution itself
	outside := s.words - s.quoted
	if a := s.att; a != nil && a.cue != nil {
		outside -= st.attributionWords(s)
	}
	if outside <= 0 || float64(s.quoted)/float64(s.words) > 0.85 {
		return Direct
	}
	return Mixed
}

// attributionWords counts the words of a sentence that belong to its
// attribution: the source mention and the cue.
func (st *state) attributionWords(s *sentence) int {
	a := s.att
	n := 0
	for k := s.t0; k < s.t1; k++ {
		t := &st.toks[k]
		if t.inQuote || (t.kind != tWord && t.kind != tNum) {
			continue
		}
		if (a.src.Span.Start <= t.s() && t.e() <= a.src.Span.End) || (a.cue != nil && a.cue.Span.Start <= t.s() && t.e() <= a.cue.Span.End) {
			n++
		}
	}
	return n
}

// text returns the text of tokens [i, j).
func (st *state) text(i, j int) string {
	if i >= j {
		return ""
	}
	return st.doc.Text[st.toks[i].start:st.toks[j-1].e()]
}

// sentenceOf returns the index of the sentence holding token k.
func (st *state) sentenceOf(k int) int {
	if k >= 0 && k < len(st.sentOf) {
		return st.sentOf[k]
	}
	return sort.Search(len(st.sents), func(i int) bool { return st.sents[i].t1 > k })
}

// tokenAt returns the first token that starts at or after byte offset off.
func (st *state) tokenAt(off int) int {
	return sort.Search(len(st.toks), func(k int) bool { return st.toks[k].s() >= off })
}

// tokenAtFrom is tokenAt when token k-1, if any, starts before off: it
// reads on from token k over a few tokens before it searches.
func (st *state) tokenAtFrom(off, k int) int {
	if k > len(st.toks) || k > 0 && st.toks[k-1].s() >= off {
		return st.tokenAt(off)
	}
	for limit := k + 32; k < len(st.toks) && st.toks[k].s() < off; k++ {
		if k == limit {
			return st.tokenAt(off)
		}
	}
	return k
}

// cleanName joins the words of a name with single spaces and drops a
// possessive ending.
func cleanName(s string) string {
	if oddSpace(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	switch {
	case strings.HasSuffix(s, "'s"):
		return s[:len(s)-len("'s")]
	case strings.HasSuffix(s, "’s"):
		return s[:len(s)-len("’s")]
	case strings.HasSuffix(s, "'"):
		return s[:len(s)-len("'")]
	case strings.HasSuffix(s, "’"):
		return s[:len(s)-len("’")]
	}
	return s
}

// oddSpace reports whether s holds a line break, a tab, two spaces in a
// row or a no-break, narrow or thin space (U+00A0, U+202F, U+2009).
func oddSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xc2: // U+00A0
			if i+1 < len(s) && s[i+1] == 0xa0 {
				return true
			}
		case 0xe2: // U+202F, U+2009
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xaf || s[i+2] == 0x89) {
				return true
			}
		}
	}
	return false
}
