package findings

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
)

// Checker runs the rules on analysed articles. It is safe for concurrent
// use.
type Checker struct {
	opts  Options
	rules []Rule // with effective severities, report order
	sev   map[string]Severity
}

// NewChecker returns a checker with the options given (the zero Options
// are the defaults).
func NewChecker(opts Options) *Checker {
	opts = opts.withDefaults()
	c := &Checker{opts: opts, sev: map[string]Severity{}}
	for _, r := range catalog {
		if s, ok := opts.Rules[r.ID]; ok {
			r.Severity = s
		}
		c.sev[r.ID] = r.Severity
		c.rules = append(c.rules, r)
	}
	return c
}

// Rules returns the rules with the severities this checker uses.
func (c *Checker) Rules() []Rule {
	out := make([]Rule, len(c.rules))
	copy(out, c.rules)
	return out
}

// Options returns the options in effect, defaults filled in.
func (c *Checker) Options() Options { return c.opts }

// on reports whether a rule is enabled.
func (c *Checker) on(id string) bool { return c.sev[id] > Off }

// run is one article being checked.
type run struct {
	c      *Checker
	doc    *article.Document
	claims []attribution.Claim
	out    []Finding
	hwords []string
	hdone  bool
}

// headlineWords returns the content words of the headline's claim part.
func (r *run) headlineWords() []string {
	if !r.hdone {
		h := r.headline()
		if i := strings.LastIndexByte(h, '?'); i >= 0 {
			h = h[i+1:]
		}
		r.hwords, r.hdone = contentWords(h), true
	}
	return r.hwords
}

func (r *run) add(rule string, claim int, span article.Span, format string, args ...any) {
	if !r.c.on(rule) {
		return
	}
	r.out = append(r.out, Finding{
		Rule: rule, Severity: r.c.sev[rule], Claim: claim, Span: span,
		Message: fmt.Sprintf(format, args...),
	})
}

// Check runs the rules on a document and its attributed claims. Findings
// come in text order; the summary holds the sourcing mix and score.
func (c *Checker) Check(doc *article.Document, claims []attribution.Claim) ([]Finding, Summary) {
	r := &run{c: c, doc: doc, claims: claims}
	seenAnon := map[string]bool{}
	seenOutlet := map[string]bool{}
	for i := range claims {
		cl := &claims[i]
		r.claimRules(cl, i, seenAnon, seenOutlet)
	}
	r.articleRules()
	r.out = suppress(doc, claims, r.out)
	for i := range r.out {
		Locate(doc, &r.out[i])
	}
	sort.SliceStable(r.out, func(i, j int) bool { return r.out[i].Span.Start < r.out[j].Span.Start })
	return r.out, Summarize(claims, r.out)
}

func (r *run) claimRules(cl *attribution.Claim, idx int, seenAnon, seenOutlet map[string]bool) {
	doc := r.doc
	src := cl.Source
	switch cl.Class {
	case attribution.Unsourced:
		if sp, num, ok := findStatistic(doc.Text, cl.Span); ok {
			r.add("unsourced-statistic", cl.ID, sp, "%q is stated with no source", num)
		}
		if q, ok := r.quotation(cl); ok {
			r.add("unattributed-quote", cl.ID, q, "quotation %s has no speaker", clip(doc.Slice(q), 60))
		}
	case attribution.Anonymous:
		switch {
		case src == nil:
		case src.Type == attribution.UnnamedOfficial:
			key := strings.ToLower(src.Name)
			if src.AnonymityReason == "" && !seenAnon[key] && !r.articleGivesReason() {
				r.add("anonymous-without-reason", cl.ID, src.Span,
					"%q is not named, and the article does not say why", src.Mention)
			}
			seenAnon[key] = true
			if src.Count == 1 && cl.InheritedFrom == 0 && r.keyClaim(idx) {
				r.add("single-anonymous-source", cl.ID, src.Span,
					"a key claim rests on one unnamed source, %q", src.Mention)
			}
		case src.Type == attribution.VagueGroup:
			if cl.InheritedFrom == 0 {
				span := src.Span
				what := src.Mention
				if cl.Cue != nil && (src.Name == "agentless passive" || span.Len() == 0) {
					span, what = cl.Cue.Span, cl.Cue.Text
				}
				r.add("vague-attribution", cl.ID, span, "%q: name who says it, or say it is the writer's assessment", what)
			}
		}
	case attribution.Outlet:
		if src == nil {
			break
		}
		if src.Name == "unnamed reports" {
			if cl.InheritedFrom == 0 {
				r.add("vague-attribution", cl.ID, src.Span, "%q: name the report, or confirm it", src.Mention)
			}
			break
		}
		key := strings.ToLower(src.Name)
		if !src.Confirmed && !seenOutlet[key] && !r.ownOutlet(src.Name) {
			r.add("secondhand-only", cl.ID, src.Span,
				"rests on reporting by %s; the article does not say it confirmed it", src.Name)
		}
		seenOutlet[key] = true
	}
	if cl.Cue != nil && cl.Cue.Loaded && cl.InheritedFrom == 0 {
		r.add("loaded-cue", cl.ID, cl.Cue.Span, "%q colours the statement; \"said\" is neutral", cl.Cue.Text)
	}
}

// keyClaim reports whether the claim at index idx leads the article (one
// of its first three claims) or carries its headline.
func (r *run) keyClaim(idx int) bool {
	if idx < 3 {
		return true
	}
	h := r.headlineWords()
	return len(h) > 0 && coverage(h, r.doc.Slice(r.claims[idx].Span)) >= 0.5
}

// quotation returns a quotation of four words or more inside a claim: a
// quotation, not scare quotes around a word or two.
func (r *run) quotation(cl *attribution.Claim) (article.Span, bool) {
	qs := r.doc.Quotations
	first := sort.Search(len(qs), func(i int) bool { return qs[i].End > cl.Start })
	for _, q := range qs[first:] {
		if q.Start >= cl.End {
			break
		}
		s := article.Span{Start: max(q.Start, cl.Start), End: min(q.End, cl.End)}
		if len(strings.Fields(r.doc.Slice(s))) >= 4 {
			return s, true
		}
	}
	return article.Span{}, false
}

// articleGivesReason reports whether the article explains anonymity for
// any of its unnamed sources ("... spoke on condition of anonymity
// because ..."): the analyzer records the reason with each source.
func (r *run) articleGivesReason() bool {
	for i := range r.claims {
		if s := r.claims[i].Source; s != nil && s.AnonymityReason != "" {
			return true
		}
	}
	return false
}

// ownOutlet reports whether a source is the article's own outlet.
func (r *run) ownOutlet(name string) bool {
	o := strings.ToLower(strings.TrimPrefix(r.doc.Meta.Outlet, "The "))
	n := strings.ToLower(strings.TrimPrefix(name, "The "))
	return o != "" && (o == n || strings.HasPrefix(o, n) || strings.HasPrefix(n, o))
}

// headline returns the article's title, or its first heading.
func (r *run) headline() string {
	if r.doc.Meta.Title != "" {
		return r.doc.Meta.Title
	}
	for _, b := range r.doc.Blocks {
		if b.Kind == article.Heading {
			return r.doc.Slice(b.Span)
		}
	}
	return ""
}

// headlineSpan returns the span of the headline in the text, or an empty
// span at the start.
func (r *run) headlineSpan() article.Span {
	h := r.headline()
	if h != "" {
		if i := strings.Index(r.doc.Text, h); i >= 0 {
			return article.Span{Start: i, End: i + len(h)}
		}
	}
	return article.Span{}
}

func (r *run) articleRules() {
	n := len(r.claims)
	if n == 0 {
		return
	}
	cfg := r.c.opts
	var anon, unsourced int
	sources := map[string]bool{}
	sourced := 0
	accusation, response := false, false
	for _, cl := range r.claims {
		switch cl.Class {
		case attribution.Anonymous:
			anon++
		case attribution.Unsourced:
			unsourced++
		}
		if cl.Source != nil && cl.Class != attribution.Unsourced {
			sources[cl.Source.Name] = true
			sourced++
		}
		if cl.Cue != nil {
			switch cl.Cue.Lemma {
			case "accuse", "allege", "charge", "blame", "accused", "alleged":
				accusation = true
			}
		}
	}
	if n >= cfg.MinClaims {
		if share := float64(anon) / float64(n); share > cfg.MaxAnonymousShare {
			r.add("anonymous-share", 0, r.headlineSpan(), "%d of %d claims (%.0f%%) rest on unnamed sources; the limit is %.0f%%",
				anon, n, 100*share, 100*cfg.MaxAnonymousShare)
		}
		if share := float64(unsourced) / float64(n); share > cfg.MaxUnsourcedShare {
			r.add("unsourced-share", 0, r.headlineSpan(), "%d of %d claims (%.0f%%) have no source; the limit is %.0f%%",
				unsourced, n, 100*share, 100*cfg.MaxUnsourcedShare)
		}
	}
	if sourced >= 3 && len(sources) == 1 {
		for name := range sources {
			r.add("single-source", 0, r.headlineSpan(), "all %d sourced claims come from one source (%s)", sourced, name)
		}
	}
	if accusation {
		for _, w := range []string{"did not respond", "didn't respond", "declined to comment", "could not be reached",
			"did not return", "didn't return", "no comment", "denied", "denies", "in response", "responded",
			"did not immediately", "declined to", "refused to comment", "has not commented"} {
			if strings.Contains(r.doc.Text, w) {
				response = true
				break
			}
		}
		if !response {
			r.add("unreached-subject", 0, r.headlineSpan(), "the article reports an accusation but no response, or attempt to reach the accused")
		}
	}
	r.headlineRule()
}

// headlineRule checks that a sourced claim of the body carries the
// headline.
func (r *run) headlineRule() {
	h := r.headline()
	span := r.headlineSpan()
	// a question asks rather than claims: "Did ICE Just Break Mexico's
	// Sovereignty? U.S. Agents Lead Raid" claims only its second part
	if i := strings.LastIndexByte(h, '?'); i >= 0 {
		h = h[i+1:]
	}
	words := r.headlineWords()
	if len(words) < 4 {
		return // too short to compare with any confidence
	}
	supported, any := false, false
	for k, cl := range r.claims {
		if k >= headlineReach {
			break // a headline rests on the top of the story
		}
		if cl.Class == attribution.Unsourced && (any || k >= 5) {
			continue // the lede may carry the headline unsourced; later, only sourced claims count
		}
		if cov := coverage(words, r.doc.Slice(cl.Span)); cov >= 0.3 && cov*float64(len(words)) >= 2 {
			any = true
			if cl.Class != attribution.Unsourced {
				supported = true
				break
			}
		}
	}
	// a number in the headline that no claim states
	for _, num := range numbersIn(h) {
		found := false
		for _, cl := range r.claims {
			if strings.Contains(r.doc.Slice(cl.Span), num) {
				found = true
				break
			}
		}
		if !found {
			r.add("headline-unsupported", 0, span, "the headline's figure %q appears in no claim of the body", num)
			return
		}
	}
	switch {
	case !any:
		r.add("headline-unsupported", 0, span, "no claim of the body says what the headline says")
	case !supported:
		r.add("headline-unsupported", 0, span, "the claims that carry the headline have no source")
	}
}

// headlineReach is how many claims from the top of an article may carry
// its headline.
const headlineReach = 25

// Score computes the sourcing score of an article from its findings: 100
// less 3 points per error, 1 per warning and a quarter per suggestion for
// every claim (at least 5), so that the same findings weigh less in a
// longer article. 90 and above is "good", 50 to 89 "needs work", below 50
// "poor".
func Score(claims int, fs []Finding) (int, string) {
	penalty := 0.0
	for _, f := range fs {
		switch f.Severity {
		case Error:
			penalty += 3
		case Warning:
			penalty++
		case Suggestion:
			penalty += 0.25
		}
	}
	score := int(math.Round(math.Max(0, 100-100*penalty/float64(max(claims, 5)))))
	return score, Band(score)
}

// Band names a sourcing score: "good", "needs work" or "poor".
func Band(score int) string {
	switch {
	case score >= 90:
		return "good"
	case score >= 50:
		return "needs work"
	}
	return "poor"
}

// Summarize gives the summary of an article from its claims and
// findings: the sourcing mix, the count of findings by severity, the score.
func Summarize(claims []attribution.Claim, fs []Finding) Summary {
	s := Summary{Claims: len(claims)}
	for _, cl := range claims {
		switch cl.Class {
		case attribution.Named:
			s.Named++
		case attribution.Anonymous:
			s.Anonymous++
		case attribution.Outlet:
			s.Outlet++
		case attribution.Unsourced:
			s.Unsourced++
		}
	}
	for _, f := range fs {
		switch f.Severity {
		case Error:
			s.Errors++
		case Warning:
			s.Warnings++
		case Suggestion:
			s.Suggestions++
		}
	}
	s.Score, s.Band = Score(len(claims), fs)
	return s
}

// stopWords carry no content for comparing a headline with the body.
var stopWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "to": true,
	"for": true, "and": true, "or": true, "but": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"with": true, "by": true, "at": true, "as": true, "its": true, "it": true, "this": true, "that": true, "from": true,
	"after": true, "over": true, "into": true, "about": true, "how": true, "why": true, "what": true, "who": true,
	"did": true, "does": true, "do": true, "just": true, "his": true, "her": true, "their": true, "has": true,
	"have": true, "will": true, "says": true, "said": true, "not": true, "no": true, "new": true, "amid": true}

// contentWords returns the lower-cased words of s that carry content,
// stems cut to five letters so that "rejects" meets "rejected".
func contentWords(s string) []string {
	var out []string
	for _, w := range wordsOf(strings.ToLower(s)) {
		if len(w) < 3 || stopWords[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

func stem(w string) string {
	if len(w) > 5 && w[:5] == strings.ToLower(w[:5]) && utf8.ValidString(w[:5]) && isASCII(w[:5]) {
		return w[:5]
	}
	if utf8.RuneCountInString(w) > 5 {
		return string([]rune(w)[:5])
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// coverage is the share of words found among the content words of text;
// a word matches another it begins, or that begins it, over four letters
// at least ("lead" and "leadership"). words are lower-case stems
// (contentWords); text is read without allocating.
func coverage(words []string, text string) float64 {
	if len(words) == 0 {
		return 0
	}
	var small [16]bool
	var found []bool
	if len(words) > len(small) {
		found = make([]bool, len(words))
	} else {
		found = small[:len(words)]
	}
	var buf [64]byte
	n := 0
	for i := 0; i < len(text) && n < len(words); {
		var w string
		w, i = nextWord(text, i)
		h := coverageStem(w, &buf)
		if h == nil {
			continue
		}
		for x, cw := range words {
			if !found[x] && matchStem(cw, h) {
				found[x] = true
				n++
			}
		}
	}
	return float64(n) / float64(len(words))
}

// nextWord returns the first run of letters and digits in text from i on,
// and the offset just after it ("" and len(text) when there is none).
func nextWord(text string, i int) (string, int) {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		i += size
	}
	j := i
	for j < len(text) {
		r, size := rune(text[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[j:])
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return text[i:j], j
}

// coverageStem is the stem of w as contentWords makes it, lower-cased
// into buf when w is ASCII; nil for a stop word or a word too short or
// too long to count.
func coverageStem(w string, buf *[64]byte) []byte {
	if len(w) < 3 || len(w) > len(buf) {
		return nil
	}
	ascii := true
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if !ascii {
		lw := strings.ToLower(w)
		if stopWords[lw] {
			return nil
		}
		return []byte(stem(lw))
	}
	lw := buf[:len(w)]
	if stopWords[string(lw)] {
		return nil
	}
	if len(lw) > 5 {
		return lw[:5]
	}
	return lw
}

// matchStem reports whether two stems are equal, or one begins the other
// over four letters at least.
func matchStem(cw string, h []byte) bool {
	if len(cw) == len(h) {
		return string(h) == cw
	}
	if len(cw) < 4 || len(h) < 4 {
		return false
	}
	n := min(len(cw), len(h))
	return string(h[:n]) == cw[:n]
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// Locate sets the positions of a finding in the input from its span, and
// gives a finding with no position of its own one, so that every format
// can point somewhere: a finding on the whole article (claim 0) is placed
// at the headline, any other at line 1, column 1. End is just after the
// evidence's last character.
func Locate(doc *article.Document, f *Finding) {
	if f.Start.Line < 1 && (f.Span.End > f.Span.Start || f.Span.Start > 0) {
		f.Start = doc.Position(f.Span.Start)
		end := f.Span.End
		if end > f.Span.Start {
			end-- // the last character, inclusive, for editors
		}
		f.End = doc.Position(end)
		if f.End.Line == f.Start.Line && f.End.Column >= f.Start.Column && f.Span.End > f.Span.Start {
			f.End.Column++ // end column is exclusive
		}
	}
	if f.Start.Line < 1 && f.Claim == 0 && len(doc.Blocks) > 0 && doc.Blocks[0].Kind == article.Heading {
		f.Start, f.End = doc.Position(doc.Blocks[0].Start), doc.Position(doc.Blocks[0].End)
	}
	if f.Start.Line < 1 {
		f.Start = article.Position{Line: 1, Column: 1}
	}
	if f.Start.Column < 1 {
		f.Start.Column = 1
	}
}
