package silver

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/lexicon"
	"github.com/auditnews/audit/internal/polnear"
)

// Label is the silver label of one sentence.
type Label struct {
	Class  string   // named, anonymous, outlet or unsourced
	Alt    []string // other classes accepted
	Source string   // the source's text, an antecedent's for a pronoun
	Cue    string
	// Basis says how the label was reached: "statement" (a cue the
	// lexicon counts as a statement), "unknown-cue" (a cue the lexicon
	// does not know), "carried" (the sentence lies in the content of an
	// attribution made elsewhere), "excluded" (a belief, intention,
	// feeling or action the guidelines leave to the writer), "no-source"
	// (an attribution without a source), or "" (no attribution).
	Basis string
}

// Thresholds of the share of a sentence an attribution's content must
// cover: with the cue in the sentence (a lower share that reaches neither
// end of the sentence is a subordinate clause's attribution, which the
// guidelines leave to the main clause), and without (a quotation or report
// carried from another sentence).
const (
	minCoverWithCue    = 0.3
	minCoverWithoutCue = 0.5
)

// Labeler labels sentences from annotated relations.
type Labeler struct {
	set *lexicons
}

// NewLabeler returns a labeler reading source spans and cues with set.
func NewLabeler(set *lexicon.Set) *Labeler { return &Labeler{set: lexiconsOf(set)} }

// rel is an annotated relation as the labeler reads it.
type rel struct {
	polnear.Relation
	src      string // source text
	srcStart int    // byte offset of the source, -1 without one
	cue      string
	cat      string // "statement", "unknown-cue", "excluded" or "no-source"
	class    string // class of the source; "" while unresolved
	name     string // source text of the class: an antecedent's for a pronoun
	pron     string // the pronoun, for a pronoun source
	personal bool   // the source may be a person: it holds a name or a person's head noun
}

// Label returns the label of each sentence span of doc.
func (l *Labeler) Label(doc *article.Document, rels []polnear.Relation, sents []article.Span) []Label {
	rs := l.read(doc, rels)
	out := make([]Label, len(sents))
	for i, s := range sents {
		out[i] = l.sentence(doc, rs, s)
	}
	return out
}

// read classifies the source and cue of every relation, then resolves
// pronoun sources in text order.
func (l *Labeler) read(doc *article.Document, rels []polnear.Relation) []*rel {
	rs := make([]*rel, 0, len(rels))
	for _, r := range rels {
		x := &rel{Relation: r, srcStart: -1}
		x.src = join(doc.Text, r.Source)
		x.cue = join(doc.Text, r.Cue)
		if len(r.Source) > 0 {
			x.srcStart = r.Source[0].Start
		}
		x.cat = l.cueCategory(x.cue)
		switch {
		case r.NoSource || x.src == "":
			x.cat = "no-source"
			x.class = l.noSourceClass(x.cue)
		default:
			x.class, x.pron = l.classify(doc.Text, x.src, x.srcStart)
			x.name = l.nameOf(x.src)
			x.personal = l.personal(x.src)
		}
		rs = append(rs, x)
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].srcStart < rs[j].srcStart })
	for i, x := range rs {
		if x.pron != "" {
			x.class, x.name = resolve(rs, i)
		}
	}
	return rs
}

// sentence labels one sentence: from the relation whose content covers
// most of it among those that hold its cue or cover most of it.
func (l *Labeler) sentence(doc *article.Document, rs []*rel, s article.Span) Label {
	n := nonSpace(doc.Text[s.Start:s.End])
	if n == 0 {
		return Label{Class: "unsourced"}
	}
	var best *rel
	bestCover, bestCue := 0.0, false
	for _, x := range rs {
		cueIn := false
		for _, c := range x.Cue {
			cueIn = cueIn || c.Start < s.End && s.Start < c.End
		}
		cover := 0
		for _, c := range x.Content {
			if lo, hi := max(c.Start, s.Start), min(c.End, s.End); hi > lo {
				cover += nonSpace(doc.Text[lo:hi])
			}
		}
		share := float64(cover) / float64(n)
		main := share >= minCoverWithCue || edge(doc.Text, s, x.Content)
		if !(cueIn && main || share >= minCoverWithoutCue) {
			continue
		}
		if best == nil || share > bestCover {
			best, bestCover, bestCue = x, share, cueIn
		}
	}
	if best == nil || best.class == "" {
		return Label{Class: "unsourced"}
	}
	lb := Label{Class: best.class, Source: best.name, Cue: best.cue, Basis: best.cat}
	switch {
	case best.class == "unsourced":
		// a pronoun with nothing to refer to, or "you"
	case best.cat == "excluded":
		lb.Class, lb.Alt = "unsourced", []string{best.class}
	case best.cat == "unknown-cue":
		// annotated, but with a cue no lexicon knows: as often an act
		// ("grilled", "sponsored") as a statement
		lb.Alt = []string{"unsourced"}
	case !bestCue:
		lb.Basis = "carried"
		if !strings.ContainsAny(doc.Text[s.Start:s.End], "\"“”") {
			lb.Alt = []string{"unsourced"}
		}
	}
	return lb
}

// edge reports whether content spans reach the first or the last word of a
// sentence: the content of its main clause does ("X said that ...",
// "..., X said"), that of a subordinate clause's attribution ("Y, who said
// ..., won") stands inside.
func edge(text string, s article.Span, content []article.Span) bool {
	first, last := s.Start, s.End
	for first < last && !isWordByte(text[first]) {
		first++
	}
	for last > first && !isWordByte(text[last-1]) {
		last--
	}
	for _, c := range content {
		if c.Start <= first && first < c.End || c.Start < last && last <= c.End {
			return true
		}
	}
	return false
}

// isWordByte reports whether b starts or ends a word: a letter, a digit, or
// part of a character beyond ASCII.
func isWordByte(b byte) bool {
	return b >= 0x80 || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

// cueCategory reads a cue span with the cue lexicon: "statement" when it
// holds a cue of a category that sources a sentence, "excluded" when it
// holds only cues of other categories, "unknown-cue" when it holds none.
func (l *Labeler) cueCategory(cue string) string {
	toks := lexicon.Tokenize(cue)
	found := false
	for i := range toks {
		if m, ok := l.set.cues.at(toks, i); ok {
			if sourcesSentence(m.Entry.Category) {
				return "statement"
			}
			found = true
		}
	}
	if found {
		return "excluded"
	}
	return "unknown-cue"
}

// noSourceClass is the class of an attribution without a source: an
// unnamed media report is outlet, an agentless passive anonymous, and
// anything else ("seemed", "is expected") the writer's own.
func (l *Labeler) noSourceClass(cue string) string {
	toks := lexicon.Tokenize(cue)
	for i := range toks {
		if m, ok := l.set.vague.at(toks, i); ok {
			switch m.Entry.Category {
			case lexicon.MediaReport:
				return "outlet"
			case lexicon.AgentlessPassive:
				return "anonymous"
			}
		}
	}
	return "unsourced"
}

// pronouns that stand for a source named elsewhere; "you" is a reader, not
// a source.
var pronouns = map[string]string{
	"he": "he", "him": "he", "his": "he", "himself": "he",
	"she": "she", "her": "she", "hers": "she", "herself": "she",
	"i": "i", "me": "i", "my": "i", "we": "we", "us": "we", "our": "we",
	"they": "they", "them": "they", "their": "they", "it": "it", "its": "it",
	"who": "who", "which": "who", "that": "who", "whom": "who",
	"you": "you", "your": "you",
}

// determiners are the closed-class words that open a description without
// naming anyone, capitalised or not.
var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true,
	"those": true, "one": true, "some": true, "all": true, "many": true, "most": true, "both": true, "another": true,
	"each": true, "every": true, "his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"other": true, "others": true, "several": true, "few": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true, "twelve": true, "fellow": true}

// definite determiners make a description refer to someone introduced
// earlier: "the president", "the campaign".
var definite = map[string]bool{"the": true, "this": true, "that": true, "these": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true}

// quantifiers are vague groups that stay vague before a capitalised word:
// "some Republicans", "many Democrats".
var quantifiers = map[string]bool{"some": true, "many": true, "others": true, "most": true, "few": true, "several": true}

// classify gives the class of a source span, or its pronoun (or the head
// of a definite document description, "the poll") to be resolved against
// earlier sources. A relative pronoun takes the words before it.
func (l *Labeler) classify(text, src string, start int) (class, pron string) {
	toks := lexicon.Tokenize(src)
	if len(toks) == 0 {
		return "", ""
	}
	if p, ok := pronouns[strings.ToLower(toks[0].Text)]; ok && (len(toks) == 1 || len(toks) == 2 && !isWord(toks[1])) {
		if p != "who" {
			return "", p
		}
		if start < 0 {
			return "named", ""
		}
		return l.classify(text, before(text, start), -1)
	}
	parts := splitAppositive(toks)
	head := l.headPhrase(parts[0])
	if len(head) == 2 && definite[strings.ToLower(head[0].Text)] {
		if _, kind, ok := l.headAt(head, 1); ok && kind == document {
			return "", "doc:" + strings.ToLower(head[1].Text)
		}
	}
	class = l.classifyHead(head)
	if class == "anonymous" && len(parts) > 1 && hasProper(parts[1]) {
		// a description an appositive names: "another critic, Laurence Tribe"
		return "named", ""
	}
	return class, ""
}

func isWord(t lexicon.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// nameOf gives the part of a source description that names it: the words
// before an appositive ("Alan Cole" of "Alan Cole, an economist at ..."),
// or the appositive where it holds the name ("Jo Park" of "a spokeswoman
// for the district, Jo Park,").
func (l *Labeler) nameOf(src string) string {
	parts := splitAppositive(lexicon.Tokenize(src))
	part := parts[0]
	if len(parts) > 1 && hasProper(parts[1]) && l.classifyHead(l.headPhrase(parts[0])) == "anonymous" {
		part = parts[1]
	}
	words := make([]string, len(part))
	for i, t := range part {
		words[i] = t.Text
	}
	return strings.Join(words, " ")
}

// splitAppositive splits a source description at commas, parentheses and
// dashes.
func splitAppositive(toks []lexicon.Token) [][]lexicon.Token {
	var parts [][]lexicon.Token
	start := 0
	for i, t := range toks {
		switch t.Key {
		case ",", "(", ")", "—", "–", "--", ";":
			if i > start {
				parts = append(parts, toks[start:i])
			}
			start = i + 1
		}
	}
	if start < len(toks) {
		parts = append(parts, toks[start:])
	}
	if len(parts) == 0 {
		parts = append(parts, toks)
	}
	return parts
}

// headBreaks end the head noun phrase of a description.
var headBreaks = map[string]bool{"who": true, "which": true, "that": true, "of": true, "at": true, "for": true,
	"in": true, "with": true, "from": true, "on": true, "familiar": true, "close": true, "like": true,
	"including": true, "to": true, "about": true}

// headPhrase cuts a description before a relative pronoun or preposition
// ("critics of the program"), unless only a title stands before it
// ("Secretary of State John Kerry").
func (l *Labeler) headPhrase(toks []lexicon.Token) []lexicon.Token {
	for i, t := range toks {
		if i > 0 && headBreaks[strings.ToLower(t.Text)] {
			if hasProper(toks[i+1:]) && !hasLower(toks[:i]) && !l.hasHead(toks[:i]) {
				return toks
			}
			return toks[:i]
		}
	}
	return toks
}

func capital(t lexicon.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// proper reports whether a token is a capitalised word that is no
// determiner: part of a name.
func proper(t lexicon.Token) bool {
	return capital(t) && !determiners[strings.ToLower(t.Text)]
}

func hasProper(toks []lexicon.Token) bool {
	for _, t := range toks {
		if proper(t) {
			return true
		}
	}
	return false
}

func hasLower(toks []lexicon.Token) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// classifyHead gives the class of a head noun phrase: outlet for a news
// organisation (or its poll, report or staff), anonymous for an unnamed
// head or vague group that no name follows ("Clinton campaign officials",
// "some Republicans") or a description with no name and no definite
// article ("a Republican senator", "fellow physicians", "all"), named
// otherwise ("Trump spokeswoman Hope Hicks", "the president").
func (l *Labeler) classifyHead(toks []lexicon.Token) string {
	if len(toks) == 0 {
		return "named"
	}
	for i := range toks {
		m, ok := l.set.outlets.at(toks, i)
		if !ok {
			continue
		}
		rest := m.End
		if rest < len(toks) && toks[rest].Key == "'s" {
			rest++
		}
		if !hasProper(toks[rest:]) && !l.hasKind(toks[rest:], person) {
			// the outlet, its poll or report: not its unnamed staff
			return "outlet"
		}
		break
	}
	for i := len(toks) - 1; i >= 0; i-- {
		end, kind, ok := l.headAt(toks, i)
		switch {
		case !ok:
			continue
		case kind == quantifier:
			return "anonymous"
		case kind == document && hasProper(toks[:i]):
			// a named body's poll or study: "a Quinnipiac University poll"
			return "named"
		case !hasProper(toks[end:]):
			return "anonymous"
		}
		break
	}
	if !hasProper(toks) && !definite[strings.ToLower(toks[0].Text)] {
		return "anonymous"
	}
	if indefinites[strings.ToLower(toks[0].Text)] && !capital(toks[len(toks)-1]) && !nameRun(toks) {
		return "anonymous"
	}
	return "named"
}

// indefinites open a description of someone unnamed: "a bartender",
// "one voter", "another".
var indefinites = map[string]bool{"a": true, "an": true, "one": true, "another": true, "two": true, "three": true,
	"four": true, "five": true, "several": true, "some": true, "many": true, "other": true, "others": true}

// nameRun reports whether toks hold two capitalised words in a row.
func nameRun(toks []lexicon.Token) bool {
	for i := 1; i < len(toks); i++ {
		if proper(toks[i-1]) && proper(toks[i]) {
			return true
		}
	}
	return false
}

// Kinds of unnamed heads.
const (
	person     = iota // officials, aides, a spokesman
	group             // critics, experts, voters
	quantifier        // some, many
	document          // polls, studies
)

// documents are the vague groups that are documents, which a named body
// before them makes named.
var documents = map[string]bool{"polls": true, "studies": true}

// headAt reports whether an unnamed-source head or a vague group starts at
// token i, where it ends, and its kind.
func (l *Labeler) headAt(toks []lexicon.Token, i int) (end, kind int, ok bool) {
	if m, ok := l.set.anonymous.at(toks, i); ok && m.Entry.Category == lexicon.AnonHead {
		return m.End, person, true
	}
	if m, ok := l.set.vague.at(toks, i); ok && m.Entry.Category == lexicon.VagueGroup {
		if m.Entry.Party && !strings.HasSuffix(toks[m.End-1].Key, "s") {
			// one member of a party is a person: "the Wisconsin Republican"
			return 0, 0, false
		}
		kind = group
		switch {
		case quantifiers[m.Entry.Term]:
			kind = quantifier
		case documents[m.Entry.Term]:
			kind = document
		}
		return m.End, kind, true
	}
	return 0, 0, false
}

// personal reports whether a source may be a person: it holds a name or a
// person's head noun.
func (l *Labeler) personal(src string) bool {
	toks := lexicon.Tokenize(src)
	if len(toks) > 0 {
		if _, _, ok := l.headAt(toks, 0); ok {
			// "Critics", capitalised at the start of a sentence
			toks = toks[1:]
		}
	}
	return hasProper(toks) || l.hasKind(toks, person)
}

func (l *Labeler) hasHead(toks []lexicon.Token) bool {
	for i := range toks {
		if _, _, ok := l.headAt(toks, i); ok {
			return true
		}
	}
	return false
}

func (l *Labeler) hasKind(toks []lexicon.Token, kind int) bool {
	for i := range toks {
		if _, k, ok := l.headAt(toks, i); ok && k == kind {
			return true
		}
	}
	return false
}

// resolve gives a pronoun source the class and text of the source it
// refers to: for "I" and "we", the speaker of a quotation holding it; else
// the nearest earlier source that is no pronoun. Nothing to refer to leaves
// a person's pronoun named and "you" unsourced.
func resolve(rs []*rel, i int) (class, name string) {
	x := rs[i]
	if x.pron == "you" {
		return "unsourced", ""
	}
	if x.pron == "i" || x.pron == "we" {
		for _, y := range rs {
			if y == x || y.pron != "" || y.class == "" || y.cat == "no-source" {
				continue
			}
			for _, c := range y.Content {
				if c.Start <= x.srcStart && x.srcStart < c.End {
					return y.class, y.name
				}
			}
		}
	}
	if word, ok := strings.CutPrefix(x.pron, "doc:"); ok {
		// "the poll": the latest source that names a poll
		stem := strings.TrimSuffix(word, "s")
		for j := i - 1; j >= 0; j-- {
			if y := rs[j]; y.pron == "" && y.class != "" && strings.Contains(strings.ToLower(y.src), stem) {
				return y.class, y.name
			}
		}
		return "anonymous", x.src
	}
	person := x.pron == "he" || x.pron == "she" || x.pron == "i"
	for j := i - 1; j >= 0; j-- {
		if y := rs[j]; y.pron == "" && y.class != "" && y.cat != "no-source" && (y.personal || !person) {
			return y.class, y.name
		}
	}
	return "named", x.src
}

// before returns up to six words before offset start, back to the last
// comma, dash or parenthesis: the noun a relative pronoun stands for.
func before(text string, start int) string {
	lo := max(0, start-80)
	s := strings.TrimRight(text[lo:start], " ,")
	if i := strings.LastIndexAny(s, ",;:—–()\n\"“”"); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) > 6 {
		f = f[len(f)-6:]
	}
	return strings.Join(f, " ")
}

// join gives the text of spans, joined by spaces.
func join(text string, spans []article.Span) string {
	parts := make([]string, 0, len(spans))
	for _, s := range spans {
		parts = append(parts, strings.TrimSpace(text[s.Start:s.End]))
	}
	return strings.Join(parts, " ")
}

func nonSpace(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	return n
}
