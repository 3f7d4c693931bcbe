package goldeval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Item is one labelled line of a gold file.
type Item struct {
	Doc    string   `json:"doc"`
	Text   string   `json:"text"`
	Class  string   `json:"class"`
	Alt    []string `json:"alt,omitempty"`
	Source string   `json:"source,omitempty"`
	Cue    string   `json:"cue,omitempty"`
	Kind   string   `json:"kind,omitempty"`
	Note   string   `json:"note,omitempty"`
}

// Classes are the classes scored, in report order.
var Classes = []string{"named", "anonymous", "outlet", "unsourced"}

var validClass = map[string]bool{"named": true, "anonymous": true, "outlet": true, "unsourced": true, "none": true}

// leakKinds are the kinds of non-claims that count as leakage when reported
// as claims.
var leakKinds = map[string]bool{"boilerplate": true, "byline": true, "references": true}

// stop words are ignored when comparing source names.
var stop = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "us": true, "u": true, "s": true,
	"mr": true, "ms": true, "mrs": true, "dr": true}

// Read parses a gold file. Errors name the line.
func Read(r io.Reader, name string) ([]Item, error) {
	var items []Item
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var it Item
		if err := json.Unmarshal([]byte(b), &it); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		switch {
		case it.Doc == "":
			return nil, fmt.Errorf("%s:%d: missing \"doc\"", name, line)
		case !validClass[it.Class]:
			return nil, fmt.Errorf("%s:%d: class %q is not one of named, anonymous, outlet, unsourced, none", name, line, it.Class)
		}
		for _, a := range it.Alt {
			if !validClass[a] {
				return nil, fmt.Errorf("%s:%d: alt class %q is not one of named, anonymous, outlet, unsourced, none", name, line, a)
			}
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	return items, nil
}

// ErrEmpty is returned for a gold file with no items.
var ErrEmpty = errors.New("no gold items")

// Claim is a predicted claim as the scorer sees it.
type Claim struct {
	ID         int
	Text       string
	Class      string
	SourceName string
	SourceSpan string
	tok        map[string]int
}

// Tokens splits s into lower-case word tokens: runs of letters, digits and
// underscores.
func Tokens(s string) []string {
	var out []string
	s = strings.ToLower(s)
	start := -1
	for i, r := range s {
		w := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case w && start < 0:
			start = i
		case !w && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func bag(toks []string) map[string]int {
	m := make(map[string]int, len(toks))
	for _, t := range toks {
		m[t]++
	}
	return m
}

// bestMatch finds the claim covering most of the gold sentence's tokens,
// ties broken by Jaccard overlap.
func bestMatch(gold []string, claims []Claim) (*Claim, float64, float64) {
	g := bag(gold)
	gsum := len(gold)
	var best *Claim
	bestCov, bestJac := 0.0, 0.0
	for i := range claims {
		c := &claims[i]
		inter, union := 0, 0
		for t, n := range g {
			m := c.tok[t]
			inter += min(n, m)
			union += max(n, m)
		}
		for t, m := range c.tok {
			if _, ok := g[t]; !ok {
				union += m
			}
		}
		cov := float64(inter) / float64(max(1, gsum))
		jac := float64(inter) / float64(max(1, union))
		if cov > bestCov || cov == bestCov && jac > bestJac {
			best, bestCov, bestJac = c, cov, jac
		}
	}
	return best, bestCov, bestJac
}

func sourceOK(gold string, c *Claim) bool {
	have := map[string]bool{}
	for _, t := range Tokens(c.SourceName) {
		have[t] = true
	}
	for _, t := range Tokens(c.SourceSpan) {
		have[t] = true
	}
	for _, alt := range strings.Split(gold, ";") {
		var sig []string
		for _, t := range Tokens(alt) {
			if !stop[t] {
				sig = append(sig, t)
			}
		}
		if len(sig) > 0 && have[sig[len(sig)-1]] {
			return true
		}
	}
	return false
}

// Error is one disagreement with the gold file.
type Error struct {
	Kind  string // LEAK, MISS, CLASS or SOURCE
	Gold  Item
	Claim *Claim
}

// Report is the result of scoring.
type Report struct {
	Confusion   map[string]map[string]int // gold (effective) → predicted
	Claims      int                       // gold claims
	Matched     int
	Correct     int
	SourceTotal int
	SourceOK    int
	Leaks       int
	LeakTotal   int
	MissingDocs []string
	Errors      []Error
	// Groups, when set, are the same figures for each group of documents
	// (ScoreGroups); Write prints them before the summary line.
	Groups []Group
}

// Options tune scoring.
type Options struct {
	MinOverlap float64 // share of a gold sentence's words a claim must cover; 0.6 when 0
}

// Score scores predicted claims, keyed by gold document, against gold
// items. A document missing from preds counts as having no claims.
func Score(gold []Item, preds map[string][]Claim, opts Options) *Report {
	minOv := opts.MinOverlap
	if minOv == 0 {
		minOv = 0.6
	}
	for _, cs := range preds {
		for i := range cs {
			cs[i].tok = bag(Tokens(cs[i].Text))
		}
	}
	r := &Report{Confusion: map[string]map[string]int{}}
	missing := map[string]bool{}
	for _, g := range gold {
		claims, ok := preds[g.Doc]
		if !ok {
			missing[g.Doc] = true
		}
		if g.Class == "none" {
			if leakKinds[g.Kind] {
				r.scoreLeak(g, claims, minOv)
			}
			continue
		}
		r.scoreClaim(g, claims, minOv)
	}
	for d := range missing {
		r.MissingDocs = append(r.MissingDocs, d)
	}
	sort.Strings(r.MissingDocs)
	return r
}

// scoreLeak scores gold item g, a byline or boilerplate that is no claim:
// a claim that covers it leaks it.
func (r *Report) scoreLeak(g Item, claims []Claim, minOv float64) {
	r.LeakTotal++
	c, cov, jac := bestMatch(Tokens(g.Text), claims)
	if c != nil && cov >= minOv && jac >= 0.5 {
		r.Leaks++
		r.Errors = append(r.Errors, Error{"LEAK", g, c})
	}
}

// scoreClaim scores gold claim g against the claims predicted for its
// document: missed, wrongly classed, or right and then its source.
func (r *Report) scoreClaim(g Item, claims []Claim, minOv float64) {
	r.Claims++
	c, cov, _ := bestMatch(Tokens(g.Text), claims)
	if c == nil || cov < minOv {
		r.count(g.Class, "missing")
		r.Errors = append(r.Errors, Error{"MISS", g, nil})
		return
	}
	r.Matched++
	p := c.Class
	if p == "" {
		p = "missing"
	}
	ok := p == g.Class || slices.Contains(g.Alt, p)
	eff := g.Class
	if ok {
		eff = p
	}
	r.count(eff, p)
	if !ok {
		r.Errors = append(r.Errors, Error{"CLASS", g, c})
		return
	}
	r.Correct++
	if g.Source != "" && p != "unsourced" && p == g.Class {
		r.SourceTotal++
		if sourceOK(g.Source, c) {
			r.SourceOK++
		} else {
			r.Errors = append(r.Errors, Error{"SOURCE", g, c})
		}
	}
}

// count adds one to the confusion matrix at gold class g, predicted p.
func (r *Report) count(g, p string) {
	if r.Confusion[g] == nil {
		r.Confusion[g] = map[string]int{}
	}
	r.Confusion[g][p]++
}

// ClassScore is the precision, recall and F1 of one class.
type ClassScore struct {
	Class                 string
	Precision, Recall, F1 float64
	Gold                  int
}

// PerClass returns the scores of each class.
func (r *Report) PerClass() []ClassScore {
	var out []ClassScore
	for _, k := range Classes {
		tp := r.Confusion[k][k]
		fp, fn := 0, 0
		for g, row := range r.Confusion {
			if g != k {
				fp += row[k]
			}
		}
		for p, n := range r.Confusion[k] {
			if p != k {
				fn += n
			}
		}
		s := ClassScore{Class: k, Gold: tp + fn}
		if tp+fp > 0 {
			s.Precision = float64(tp) / float64(tp+fp)
		}
		if tp+fn > 0 {
			s.Recall = float64(tp) / float64(tp+fn)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		out = append(out, s)
	}
	return out
}

// Summary holds the headline figures.
type Summary struct {
	MacroF1, Accuracy, Coverage, SourceAccuracy, Leakage float64
	Claims                                               int
}

// Summary computes the headline figures. Macro-F1 averages the classes
// that occur in the gold file.
func (r *Report) Summary() Summary {
	var s Summary
	n := 0
	for _, c := range r.PerClass() {
		if c.Gold > 0 {
			s.MacroF1 += c.F1
			n++
		}
	}
	if n > 0 {
		s.MacroF1 /= float64(n)
	}
	if r.Claims > 0 {
		s.Accuracy = float64(r.Correct) / float64(r.Claims)
		s.Coverage = float64(r.Matched) / float64(r.Claims)
	}
	if r.SourceTotal > 0 {
		s.SourceAccuracy = float64(r.SourceOK) / float64(r.SourceTotal)
	}
	if r.LeakTotal > 0 {
		s.Leakage = float64(r.Leaks) / float64(r.LeakTotal)
	}
	s.Claims = r.Claims
	return s
}

// Write prints the report the way the reference scorer does: per-class
// table, confusion matrix, missing documents, errors when asked, and the
// summary line last.
func (r *Report) Write(w io.Writer, showErrors bool) error {
	bw := bufio.NewWriter(w)
	printf(bw, "%-10s %6s %6s %6s %5s\n", "class", "prec", "rec", "f1", "gold")
	for _, c := range r.PerClass() {
		printf(bw, "%-10s %6.3f %6.3f %6.3f %5d\n", c.Class, c.Precision, c.Recall, c.F1, c.Gold)
	}
	bw.WriteString("confusion (rows gold, cols predicted):\n")
	cols := append(append([]string{}, Classes...), "missing")
	bw.WriteString(strings.Repeat(" ", 11))
	for i, c := range cols {
		if i > 0 {
			bw.WriteByte(' ')
		}
		if len(c) > 9 {
			c = c[:9]
		}
		printf(bw, "%9s", c)
	}
	bw.WriteByte('\n')
	for _, k := range Classes {
		printf(bw, "%-10s ", k)
		for i, c := range cols {
			if i > 0 {
				bw.WriteByte(' ')
			}
			printf(bw, "%9d", r.Confusion[k][c])
		}
		bw.WriteByte('\n')
	}
	if len(r.MissingDocs) > 0 {
		printf(bw, "documents with no article in the output: %s\n", strings.Join(r.MissingDocs, ", "))
	}
	if showErrors {
		for _, e := range r.Errors {
			got := "-"
			if e.Claim != nil {
				src := "null"
				if e.Claim.SourceName != "" || e.Claim.SourceSpan != "" {
					src = fmt.Sprintf("%q [%s]", e.Claim.SourceName, e.Claim.SourceSpan)
				}
				got = e.Claim.Class + " / " + src
			}
			alt := ""
			if len(e.Gold.Alt) > 0 {
				alt = "/" + strings.Join(e.Gold.Alt, "|")
			}
			text := []rune(e.Gold.Text)
			if len(text) > 90 {
				text = text[:90]
			}
			printf(bw, "%-6s %s: gold %s%s [%s] got %s :: %s\n", e.Kind, e.Gold.Doc, e.Gold.Class, alt, e.Gold.Source, got, string(text))
		}
	}
	if len(r.Groups) > 0 {
		bw.WriteString("by outlet:\n")
		if err := WriteGroups(bw, r.Groups); err != nil {
			return err
		}
	}
	s := r.Summary()
	printf(bw, "macro_f1=%.3f accuracy=%.3f coverage=%.3f source_acc=%.3f leakage=%.3f claims=%d\n",
		s.MacroF1, s.Accuracy, s.Coverage, s.SourceAccuracy, s.Leakage, s.Claims)
	return bw.Flush()
}

// printf formats to w, a bufio.Writer: it keeps the first write error and
// returns it from Flush, which every caller checks.
func printf(w *bufio.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...) //nolint:errcheck // w keeps the error for Flush
}
