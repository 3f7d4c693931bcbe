package plaintext

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/words"
)

// unit is a candidate block: a span of the text with what the markup (if
// any) says it is. classify decides its final kind.
type unit struct {
	article.Span
	kind     article.BlockKind // Paragraph, Heading, Quote or ListItem by syntax; Boilerplate for code
	marker   byte              // list or quotation marker: '-', '1', '>'; 0 for none
	lines    int               // lines of input it spans
	gap      bool              // a blank line (or the start of the text) comes before it
	explicit bool              // the kind was given by Markdown syntax
	level    int               // heading level of a Markdown heading
	broken   int               // line breaks inside a sentence the layout would have taken for paragraph breaks
}

// feat holds what the classifier looks at in a block.
type feat struct {
	text     string    // the block's text
	key      string    // its first word, lower case; "#" for a number; "" if no table knows it
	word     *wordInfo // what the tables know of the first word, or nil
	complete bool      // short enough to be matched whole
	words    int       // word count of a complete block, capped at wordCap; wordCap for others
	last     rune      // last rune, closing quotes and brackets skipped
	first    rune

	head, body string // folded head and the same from its first word on: see prefix
	f, fbody   string // the whole block folded, and from its first word: see full
}

// wordCap bounds word counts: no rule looks at blocks longer than this.
const wordCap = 72

// headMax is how much of a block the prefix rules look at.
const headMax = 80

func newFeat(text string) feat {
	ft := feat{text: text, complete: len(text) < foldMax, words: wordCap}
	if ft.word = firstWordOf(text); ft.word != nil {
		ft.key = ft.word.key
	}
	if ft.complete {
		ft.words = countWords(text, wordCap)
	}
	ft.last, _ = lastRune(text)
	ft.first, _ = utf8.DecodeRuneInString(text)
	return ft
}

// prefix returns the folded head of the block from its first word on.
func (ft *feat) prefix() string {
	if ft.head == "" {
		if ft.f != "" {
			return ft.fbody
		}
		ft.head, _ = fold(ft.text, headMax)
		ft.body = fromFirstWord(ft.head)
	}
	return ft.body
}

// full returns the block folded (at most foldMax bytes; all of it when
// complete) and the same from its first word on.
func (ft *feat) full() (f, body string) {
	if ft.f == "" {
		ft.f, _ = fold(ft.text, foldMax)
		ft.fbody = fromFirstWord(ft.f)
	}
	return ft.f, ft.fbody
}

// fromFirstWord returns folded text from its first word on.
func fromFirstWord(f string) string {
	for i := 0; i < len(f); i++ {
		if isWordByte(f[i]) {
			return f[i:]
		}
	}
	return ""
}

// firstWordOf looks up the first word of s, in lower case and skipping
// leading punctuation and symbols, in firstWords; numbers are "#".
func firstWordOf(s string) *wordInfo {
	var buf [24]byte
	n := 0
	digits := true
	for i := 0; i < len(s) && n < len(buf)-4; {
		c := s[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case '0' <= c && c <= '9':
			buf[n] = c
			n++
			continue
		case isASCIILetter(c):
			buf[n] = c | 0x20
		case r == '\'' || r == '’':
			if n == 0 {
				continue
			}
			buf[n] = '\''
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			n += utf8.EncodeRune(buf[n:], unicode.ToLower(r))
			digits = false
			continue
		default:
			if n == 0 {
				continue // leading punctuation
			}
			i = len(s)
			continue
		}
		n++
		digits = false
	}
	for n > 0 && buf[n-1] == '\'' {
		n--
	}
	if n > 0 && digits {
		return firstWords["#"]
	}
	return firstWords[string(buf[:n])] // no allocation for the lookup
}

// wordInfo is what the tables of this package know of a first word.
type wordInfo struct {
	key   string
	rules []*compiledRule // lexicon rules for blocks starting with it
	date  bool            // a month, weekday, number or publishing word
	conj  bool            // a conjunction
}

// firstWords indexes wordInfo by word.
var firstWords = func() map[string]*wordInfo {
	m := make(map[string]*wordInfo)
	get := func(k string) *wordInfo {
		if m[k] == nil {
			m[k] = &wordInfo{key: k}
		}
		return m[k]
	}
	for k, rs := range rulesByWord {
		get(k).rules = rs
	}
	get("#").date = true
	for k := range words.MonthWords() {
		get(k).date = true
	}
	for _, t := range []map[string]bool{weekdays, dateWords} {
		for k := range t {
			get(k).date = true
		}
	}
	for k := range conjunctions {
		get(k).conj = true
	}
	return m
}()

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// match tries the lexicon and the shape rules on a block. It returns ""
// when the block looks like prose (or a heading: see the callers).
func match(ft *feat) (article.BlockKind, effect) {
	var rules []*compiledRule
	if ft.word != nil {
		rules = ft.word.rules
	}
	for _, r := range rules {
		body := ft.prefix()
		if !strings.HasPrefix(body, r.lit) {
			continue
		}
		if r.maxWords > 0 {
			if ft.words > r.maxWords || !ft.complete {
				continue
			}
			_, body = ft.full()
		}
		if r.re.MatchString(body) {
			return r.kind, r.effect
		}
	}
	if ft.text[0] == '<' && embedRE.MatchString(ft.text) {
		return article.Boilerplate, noEffect // an embedded post or player
	}
	if !ft.complete || ft.words > 60 {
		return "", noEffect
	}
	if ft.words > 25 {
		return matchAnyShape(ft), noEffect
	}
	return matchShape(ft), noEffect
}

// matchAnyShape holds the shape tests that apply to blocks of any length
// up to 40 words: embedded posts, programme promotions, reporting credits.
// Most such blocks are prose, so the tests are cheap ones first.
func matchAnyShape(ft *feat) article.BlockKind {
	text := ft.text
	switch {
	case ft.words <= 40 && strings.Contains(text, "pic.twitter.com"):
		return article.Boilerplate
	case ft.words <= 30 && strings.Contains(text, " airs ") && airsRE.MatchString(text):
		return article.Boilerplate
	case ft.words <= 30 && (ft.first == '—' || ft.first == '-' || ft.first == '–') && strings.Contains(text, "(@"):
		return article.Boilerplate // the signature line of an embedded post
	case strings.Contains(text, "ShareLike") || strings.Contains(text, "LikeReply"):
		return article.Boilerplate // the buttons of a comment or live-blog widget, run together
	case ft.words <= 60 && (strings.Contains(text, "The Latest") || strings.Contains(text, "The latest")):
		if f, _ := ft.full(); liveBlogRE.MatchString(f) {
			return article.Boilerplate // "WASHINGTON (AP) — The Latest on ... (all times EDT):"
		}
	case ft.words <= 40 && (strings.Contains(text, "reported") || strings.Contains(text, "contributed")):
		if f, _ := ft.full(); creditLine(text, f) {
			return article.Byline
		}
	}
	return ""
}

// liveBlogRE matches the opening line of a live blog, after an optional
// dateline: "the latest on the race (all times edt):".
var liveBlogRE = regexp.MustCompile(`^(?:[\pL\pN .,'/-]{1,60}\([\pL .&/-]{1,30}\) - )?the latest(?: on| from| in| for| news)?\b.{0,400}(?:\(all times [^)]{1,40}\)|\)|:)[^\pL\pN]*$`)

// emailPromoRE matches a short promotion of an article's email edition:
// "huffpollster via email!".
var emailPromoRE = regexp.MustCompile(`^[\pL' -]{1,40} (?:via|by) e-?mail` + end)

// embedRE matches markup of embedded posts, players and page layout left
// in a text.
var embedRE = regexp.MustCompile(`^<(?:tweet|blockquote class="(?:twitter|instagram|tiktok)|iframe|script|style|embed|object|video|audio|source|img|figure|div|svg|noscript)\b`)

// cssRE matches style sheet lines left in a text.
var cssRE = regexp.MustCompile(`^(?:[.#@]?[a-zA-Z][\w-]*(?:[ ,>.:#]+[\w-]+)*\s*\{|[a-z]+(?:-[a-z]+)*\s*:\s*[^;{}]{1,80};|\}\.?)$`)

// matchShape recognises short non-prose lines by their form rather than
// their words: separators, credits, datelines, signatures.
func matchShape(ft *feat) article.BlockKind {
	if k, ok := debrisShape(ft); ok {
		return k
	}
	if ft.words <= 15 {
		f, _ := ft.full()
		if ft.words <= 6 && emailPromoRE.MatchString(f) {
			return article.Boilerplate
		}
		for _, s := range creditMarks {
			if strings.Contains(f, s) {
				return article.Boilerplate
			}
		}
	}
	if ft.words <= 25 {
		if k, ok := shortLineShape(ft); ok {
			return k
		}
	}
	return matchAnyShape(ft)
}

// debrisShape recognises lines that are no prose whatever their length:
// rules and placeholders, markup, CSS, a bare URL, a desk credit.
func debrisShape(ft *feat) (article.BlockKind, bool) {
	text := ft.text
	f, body := ft.full()
	last := text[len(text)-1]
	switch {
	case !hasAlnum(text):
		return article.Boilerplate, true // "___", "* * *", "•••"
	case ft.words == 1 && letterCount(text) <= 1 && !hasDigit(text):
		return article.Boilerplate, true // "X." placeholders
	case text[0] == '<' && len(text) > 1 && (isASCIILetter(text[1]) || text[1] == '/' || text[1] == '!'):
		return article.Boilerplate, true // embed markup
	case ft.words <= 8 && (last == '{' || last == ';' || last == '}' || strings.HasSuffix(text, "}.")) && cssRE.MatchString(text):
		return article.Boilerplate, true
	case ft.words == 1 && (strings.HasPrefix(body, "http") || strings.HasPrefix(body, "www.")):
		return article.Boilerplate, true
	case ft.words <= 4 && (strings.Contains(f, "desk") || strings.Contains(f, "bureau") || strings.Contains(f, "news")) && deskRE.MatchString(f):
		return article.Byline, true
	}
	return "", false
}

// shortLineShape recognises the short lines (25 words at most) around an
// article: date lines and time stamps, photo credits, datelines, bylines,
// a lone name, a handle.
func shortLineShape(ft *feat) (article.BlockKind, bool) {
	text := ft.text
	f, body := ft.full()
	last := text[len(text)-1]
	if dateCandidate(ft) {
		switch datelineOnly(text) {
		case dated:
			return article.Byline, true
		case clockOnly:
			return article.Boilerplate, true // live-blog time stamps, bare numbers
		}
	}
	upper := unicode.IsUpper(ft.first)
	switch {
	case ft.words <= 6 && upper && strings.Contains(text, "/") && slashCreditRE.MatchString(text):
		return article.Boilerplate, true
	case ft.words <= 6 && upper && strings.Contains(text, ", ") && placeRE.MatchString(text):
		return article.Byline, true
	case strings.Contains(f[:min(len(f), 40)], "by ") && hasBylineNames(text):
		return article.Byline, true
	case ft.words <= 5 && (last == '.' || !upper) && nameOnly(text):
		return article.Byline, true
	case ft.words == 1 && len(body) > 1 && f[0] == '@':
		return article.Byline, true
	}
	return "", false
}

// hasBylineNames reports whether text is a byline that names people.
func hasBylineNames(text string) bool {
	_, ok := bylineNames(text)
	return ok
}

// hasAlnum reports whether s has a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if isASCIILetter(r) || '0' <= r && r <= '9' || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func hasDigit(s string) bool {
	return strings.ContainsFunc(s, unicode.IsDigit)
}

// dateCandidate reports whether a line may be a date or dateline line: it
// starts with a number, a month, a weekday, a publishing word or a word in
// capitals.
func dateCandidate(ft *feat) bool {
	if ft.word != nil && ft.word.date {
		return true
	}
	end := strings.IndexFunc(ft.text, isSpaceRune)
	if end < 0 {
		end = len(ft.text)
	}
	if capsWord(strings.TrimRight(ft.text[:end], ",:-—")) {
		return true
	}
	// "Gazette Jun 9, 2020": a name, then a date.
	return ft.words <= 8 && unicode.IsUpper(ft.first) && strings.ContainsAny(ft.text, "0123456789")
}

func isASCIILetter[C byte | rune](c C) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// deskRE matches a desk credit in place of an author ("Digital Desk",
// "Web Desk", "Metro Bureau").
var deskRE = regexp.MustCompile(`^(?:the )?(?:[\pL&]+ ){0,2}(?:desk|bureau|newsroom|news team|news service)` + end)

// slashCreditRE matches a photo credit of the form "Name / Agency".
var slashCreditRE = regexp.MustCompile(`^\p{Lu}[\pL.'’ -]{0,60}? ?/ ?\p{Lu}[\pL.'’ -]{0,40}$`)

// creditMarks identify photo credits and embed residue in short lines.
var creditMarks = []string{
	"getty images", "/getty", "via getty", "ap photo", "shutterstock",
	"like the page", "all rights reserved", "©", "(photo:", "(photo by",
	"photo credit", "image credit", "photo courtesy", "image courtesy",
}

// classify decides the kind of every unit, in order, and fills meta from
// the title and byline lines it finds.
func classify(text string, units []unit, meta *article.Meta) []article.Block {
	c := classifier{units: units, meta: meta, blocks: make([]article.Block, len(units)), feats: make([]feat, len(units)),
		title: -1, hasTitle: meta.Title != ""}
	for i, u := range units {
		c.feats[i] = newFeat(text[u.Start:u.End])
		c.blocks[i] = article.Block{Kind: u.kind, Span: u.Span, Source: -1}
	}
	if c.hasTitle {
		c.titleKey, _ = fold(meta.Title, foldMax)
	}
	for i := range units {
		c.unit(i)
	}
	if c.title >= 0 && meta.Title == "" {
		meta.Title = titleText(text, units, c.blocks, c.title)
	}
	markBio(c.blocks, c.feats)
	return c.blocks
}

// classifier is the state of classify as it reads the units in order.
type classifier struct {
	units    []unit
	feats    []feat
	blocks   []article.Block
	meta     *article.Meta
	section  effect // the section a line opened: references, promotions
	inTail   bool   // past a comment form: the rest is boilerplate
	title    int    // index of the title block, or -1
	titleKey string // the title, folded
	hasTitle bool   // the front matter gave the title
	seenBody bool   // a claim-giving block has been seen
}

// unit decides the kind of unit i.
func (c *classifier) unit(i int) {
	ft := &c.feats[i]
	if c.inTail {
		c.blocks[i].Kind = article.Boilerplate
		return
	}
	if kind, eff := match(ft); kind != "" {
		c.blocks[i].Kind = kind
		switch eff {
		case tail:
			// A comment form closes the article, unless it stands
			// before most of the text.
			if i*2 >= len(c.units) {
				c.inTail = true
			}
			c.section = noEffect
		case promoSection, refsSection:
			c.section = eff
		}
		noteByline(ft, kind, i, c.meta)
		return
	}
	switch u := c.units[i]; {
	case c.section == refsSection && refsContinue(ft, u):
		c.blocks[i].Kind = article.References
		return
	case c.section == promoSection && promoContinue(ft, u):
		c.blocks[i].Kind = article.Boilerplate
		return
	}
	c.section = noEffect
	if u := c.units[i]; u.kind == article.Paragraph && u.broken >= 2 && ft.words <= 8*u.lines {
		// a post or pull quote set in short lines, one sentence broken
		// across them: no claim of the article's own
		c.blocks[i].Kind = article.Boilerplate
		return
	}
	c.titleOrHeading(i)
	if c.blocks[i].Kind.GivesClaims() {
		c.seenBody = true
	}
}

// titleOrHeading decides whether unit i is the article's title, a line
// that continues or repeats it, or a subhead.
func (c *classifier) titleOrHeading(i int) {
	ft, u := &c.feats[i], c.units[i]
	para := u.kind == article.Paragraph
	switch {
	case u.explicit:
		// Markdown said what it is.
		if u.kind == article.Heading && !c.hasTitle && c.title < 0 && !c.seenBody && u.level <= 1 {
			c.title = i
			c.titleKey, _ = ft.full()
		}
	case c.hasTitle && para && ft.complete && sameFold(ft, c.titleKey):
		c.blocks[i].Kind = article.Heading // the title of the front matter
	case !c.hasTitle && c.title < 0 && !c.seenBody && para && i+1 < len(c.units) && titleLike(ft, u):
		c.blocks[i].Kind = article.Heading
		c.title = i
		c.titleKey, _ = ft.full()
	case c.title >= 0 && para && c.repeatsTitle(i):
		c.blocks[i].Kind = article.Heading
	case para && subheadLike(ft, u):
		c.blocks[i].Kind = article.Heading
	}
}

// repeatsTitle reports whether paragraph i, after the title, belongs to
// it: a second deck line after "Head;", or the title repeated.
func (c *classifier) repeatsTitle(i int) bool {
	ft, u, t := &c.feats[i], c.units[i], c.title
	if i == t+1 && !u.gap && c.units[t].lines == 1 && c.feats[t].last == ';' && ft.words <= 30 {
		return true
	}
	return ft.complete && ft.words == c.feats[t].words && sameFold(ft, c.titleKey)
}

// sameFold reports whether a block folds to key.
func sameFold(ft *feat, key string) bool {
	f, _ := ft.full()
	return f == key
}

// titleText is the title as it should appear in metadata: the title line,
// with a deck line that continues it after a semicolon.
func titleText(text string, units []unit, blocks []article.Block, i int) string {
	t := collapse(text[units[i].Start:units[i].End])
	if i+1 < len(units) && blocks[i+1].Kind == article.Heading && strings.HasSuffix(t, ";") && !units[i+1].gap {
		t += " " + collapse(text[units[i+1].Start:units[i+1].End])
	}
	return t
}

// collapse joins the lines of s with single spaces.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// refsContinue reports whether a block after a reference-list heading is
// still part of the list: list items, and short lines that read as
// citations rather than prose.
func refsContinue(ft *feat, u unit) bool {
	if u.kind == article.ListItem {
		return true
	}
	if u.kind != article.Paragraph || countWords(ft.text, 41) > 40 {
		return false
	}
	return strings.Contains(ft.text, "http") || strings.Contains(ft.text, "www.") ||
		ft.key == "#" || ft.words <= 25 && !endsSentence(ft)
}

// promoContinue reports whether a block after a promotional heading is one
// of its promoted headlines.
func promoContinue(ft *feat, u unit) bool {
	if u.kind == article.ListItem {
		return ft.words <= 30
	}
	if u.kind != article.Paragraph || ft.words > 20 || !ft.complete {
		return false
	}
	return !endsSentence(ft) || caseOf(ft.text).titleCase()
}

// endsSentence reports whether a block ends as a sentence does.
func endsSentence(ft *feat) bool {
	return isTerminal(ft.last)
}

// titleLike reports whether the first block of an article reads as its
// headline: one or two short lines, at most two sentences, not a dateline
// lede or a lead-in to a quotation.
func titleLike(ft *feat, u unit) bool {
	if !ft.complete || ft.words > 30 || u.lines > 2 || ft.words == 0 {
		return false
	}
	switch ft.last {
	case ':', ',':
		return false
	}
	if isTerminal(ft.last) && !caseOf(ft.text).titleCase() {
		// A sentence in sentence case may be the lede of an article
		// without a title: only a short one written as headlines are
		// (no articles, auxiliaries, attribution, pronouns) is a title.
		if ft.words > 20 || ledeScore(ft.text) > 1 {
			return false
		}
	}
	if sentenceBreaks(ft.text) > 1 {
		return false
	}
	return !datelineLead(ft.text)
}

// ledeWords mark a sentence written as prose rather than as a headline,
// with their weight: articles, auxiliaries, past-tense attribution,
// relative time and personal pronouns.
var ledeWords = map[string]int{
	"the": 1, "a": 1, "an": 1,
	"has": 1, "have": 1, "had": 1, "is": 1, "are": 1, "was": 1, "were": 1,
	"will": 1, "would": 1, "been": 1,
	"said": 2, "told": 2, "confirmed": 2, "announced": 2, "reported": 2, "according": 2,
	"yesterday": 1, "today": 1, "tonight": 1, "last": 1,
	"we": 1, "i": 1, "you": 1, "our": 1, "my": 1, "he": 1, "she": 1, "they": 1,
	"it's": 1, "here's": 1, "there's": 1, "that's": 1, "he's": 1, "she's": 1,
	"they're": 1, "we're": 1, "you're": 1, "i'm": 1, "that": 1, "reports": 1,
}

// conjunctions open sentences that continue others, never headlines.
var conjunctions = map[string]bool{"and": true, "but": true, "nor": true, "or": true, "so": true, "yet": true, "then": true, "also": true}

// ledeScore weighs how much a short sentence reads as prose: see
// ledeWords; a weekday after "on" and a clause after a comma count too.
func ledeScore(s string) int {
	score, articles := 0, 0
	var seen [8]string
	nseen := 0
	it := wordIter{s: s}
	w, ok := it.next()
	for ok {
		next, more := it.next()
		var buf [16]byte
		lw, _ := lowerASCII(buf[:], strings.Trim(strings.ReplaceAll(w, "’", "'"), ".,;:!?\"'“”‘()"))
		switch lw {
		case "the", "a", "an":
			articles++
		case "on":
			var nb [16]byte
			if nw, _ := lowerASCII(nb[:], strings.Trim(next, ".,;:")); more && weekdays[nw] {
				score++
			}
		default:
			if n := ledeWords[lw]; n > 0 && !slices.Contains(seen[:nseen], lw) {
				if nseen < len(seen) {
					seen[nseen] = ledeKey[lw]
					nseen++
				}
				score += n
			}
		}
		if more && strings.HasSuffix(w, ",") {
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
				score++
			}
		}
		w, ok = next, more
	}
	return score + min(articles, 2)
}

// ledeKey interns the keys of ledeWords.
var ledeKey = func() map[string]string {
	m := make(map[string]string, len(ledeWords))
	for k := range ledeWords {
		m[k] = k
	}
	return m
}()

// sentenceBreaks counts places inside s where one sentence ends and
// another begins: terminal punctuation, a space, a capital letter.
func sentenceBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '"' || s[j] == '\'' || s[j] == ')') {
			j++
		}
		if j+1 < len(s) && s[j] == ' ' {
			r, _ := utf8.DecodeRuneInString(s[j+1:])
			if unicode.IsUpper(r) || r == '"' || r == '“' {
				if c == '.' && abbrevBefore(s[:i]) {
					continue
				}
				n++
			}
		}
	}
	return n
}

// abbrevBefore reports whether s ends in a word that is an abbreviation or
// an initial ("U.S", "Mr", "J").
func abbrevBefore(s string) bool {
	i := strings.LastIndexAny(s, " \t\n(")
	w := s[i+1:]
	if len(w) <= 2 || strings.Contains(w, ".") {
		return true
	}
	_, ok := words.Abbreviation(w)
	return ok
}

// subheadLike reports whether a block between paragraphs reads as a
// subhead: one short line that is not a sentence (no final punctuation),
// or is written in title case or capitals.
func subheadLike(ft *feat, u unit) bool {
	if u.lines > 1 || ft.words > 12 || !ft.complete || ft.words == 0 {
		return false
	}
	if utf8.RuneCountInString(ft.text) > 100 {
		return false
	}
	if dashed(ft.text) {
		return true // "– A subhead –"
	}
	switch ft.last {
	case ':', ',', ';', '-', '—', '–':
		return false
	}
	ci := caseOf(ft.text)
	if ci.words == 0 || ft.word != nil && ft.word.conj {
		return false // no headline starts with "And" or "Nor"
	}
	if ci.allCaps && ci.letters >= 3 {
		return true
	}
	if ci.titleCase() {
		// Names make sentences look like headlines: one that ends as a
		// sentence must have nothing of prose.
		if isTerminal(ft.last) {
			return ledeScore(ft.text) == 0
		}
		return ledeScore(ft.text) < 2
	}
	if isOpener(ft.first) {
		return false // a short quotation
	}
	// Unterminated: the line ends in a letter or digit, not in a closing
	// quotation mark or bracket, and is not written as prose.
	r, _ := utf8.DecodeLastRuneInString(ft.text)
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && ci.lower < ci.words && ledeScore(ft.text) < 2
}

// dashed reports whether s is set between dashes, as some wires set
// subheads.
func dashed(s string) bool {
	s = strings.TrimRight(s, ". ")
	for _, d := range []string{"–", "—", "-"} {
		if len(s) > 2*len(d)+1 && strings.HasPrefix(s, d) && strings.HasSuffix(s, d) {
			return true
		}
	}
	return false
}

// markBio turns an author's biography closing the article ("Jane Doe, a
// former adviser, is a senior fellow at ...") into a byline.
func markBio(blocks []article.Block, feats []feat) {
	for i := len(blocks) - 1; i >= 0; i-- {
		if !blocks[i].Kind.GivesClaims() {
			continue
		}
		if bio(feats[i].text) {
			blocks[i].Kind = article.Byline
		}
		return
	}
}

// noteByline reads authors and a date from a byline into meta.
func noteByline(ft *feat, kind article.BlockKind, i int, meta *article.Meta) {
	if kind != article.Byline || i > 8 {
		return
	}
	if names, ok := bylineNames(ft.text); ok && len(meta.Authors) == 0 {
		meta.Authors = names
	}
	if meta.Published == "" {
		meta.Published = findDate(ft.text)
	}
}
