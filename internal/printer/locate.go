package printer

import (
	"errors"
	"sort"
	"strings"
	"unicode"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
)

// errNilArticle is returned by printers given no article.
var errNilArticle = errors.New("printer: nil article")

// place is where a finding is reported in the input: the 1-based line and
// column (in code points) of its start, and of the position just after its
// end where that is known and lies after the start (EndLine 0 otherwise).
type place struct {
	Line, Column       int
	EndLine, EndColumn int
}

// located is a finding with the place it is reported at.
type located struct {
	findings.Finding
	At place
}

// locate gives every finding a place, even one with no position: first
// the position of its span, then for a finding on the whole article
// (Claim 0) the headline, and otherwise line 1, column 1, so that every
// format can point somewhere.
func locate(doc *article.Document, f findings.Finding) place {
	start := f.Start
	hasSpan := f.Span.End > f.Span.Start && f.Span.Start >= 0 && f.Span.End <= len(doc.Text)
	if start.Line < 1 && hasSpan {
		start = doc.Position(f.Span.Start)
	}
	end := f.End
	if end.Line < 1 && hasSpan {
		end = doc.Position(f.Span.End)
	}
	if start.Line < 1 && f.Claim == 0 && len(doc.Blocks) > 0 && doc.Blocks[0].Kind == article.Heading {
		start, end = doc.Position(doc.Blocks[0].Start), doc.Position(doc.Blocks[0].End)
	}
	if start.Line < 1 {
		start = article.Position{Line: 1, Column: 1}
	}
	if start.Column < 1 {
		start.Column = 1
	}
	p := place{Line: start.Line, Column: start.Column}
	if end.Line > p.Line || end.Line == p.Line && end.Column > p.Column {
		p.EndLine, p.EndColumn = end.Line, end.Column
	}
	return p
}

// ordered returns an article's findings with their places, in position
// order: line, column, then text offset, the more severe first, then rule
// id. The sort is stable, so the checker's order breaks remaining ties.
func ordered(a *pipeline.Article) []located {
	out := make([]located, len(a.Findings))
	for i, f := range a.Findings {
		out[i] = located{Finding: f, At: locate(a.Doc, f)}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		switch {
		case x.At.Line != y.At.Line:
			return x.At.Line < y.At.Line
		case x.At.Column != y.At.Column:
			return x.At.Column < y.At.Column
		case x.Span.Start != y.Span.Start:
			return x.Span.Start < y.Span.Start
		case x.Severity != y.Severity:
			return x.Severity > y.Severity
		}
		return x.Rule < y.Rule
	})
	return out
}

// rules returns the rules a run describes: those given in the options,
// else the built-in catalogue.
func (o Options) rules() []findings.Rule {
	if len(o.Rules) > 0 {
		return o.Rules
	}
	return findings.Rules()
}

// rule looks up a rule by id among the options' rules, then the built-in
// catalogue.
func (o Options) rule(id string) (findings.Rule, bool) {
	for _, r := range o.Rules {
		if r.ID == id {
			return r, true
		}
	}
	return findings.RuleByID(id)
}

// oneLine folds runs of white space, line breaks included, into single
// spaces.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}
