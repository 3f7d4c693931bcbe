package printer

import (
	"errors"
	"sort"
	"strings"
	"unicode"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
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

// located is a finding with its severity and the place it is reported
// at.
type located struct {
	result.Finding
	Severity findings.Severity
	At       place
}

// locate returns the place of a finding: its start, and its end where
// that lies after the start.
func locate(f result.Finding) place {
	p := place{Line: max(f.Line, 1), Column: max(f.Column, 1)}
	if f.EndLine > p.Line || f.EndLine == p.Line && f.EndColumn > p.Column {
		p.EndLine, p.EndColumn = f.EndLine, f.EndColumn
	}
	return p
}

// ordered returns an article's findings with their places, in position
// order: line, column, then text offset, the more severe first, then rule
// id. The sort is stable, so the checker's order breaks remaining ties.
func ordered(a *result.Article) []located {
	out := make([]located, len(a.Findings))
	for i, f := range a.Findings {
		sev, err := findings.ParseSeverity(f.Severity)
		if err != nil {
			sev = findings.Warning
		}
		out[i] = located{Finding: f, Severity: sev, At: locate(f)}
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i], out[j]
		switch {
		case x.At.Line != y.At.Line:
			return x.At.Line < y.At.Line
		case x.At.Column != y.At.Column:
			return x.At.Column < y.At.Column
		case x.Start != y.Start:
			return x.Start < y.Start
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
