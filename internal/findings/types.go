package findings

import (
	"fmt"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/result"
)

// Severity orders findings: suggestion < warning < error. Off disables a
// rule.
type Severity int

// Severities.
const (
	Off Severity = iota
	Suggestion
	Warning
	Error
)

var severityNames = [...]string{Off: "off", Suggestion: "suggestion", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return fmt.Sprintf("severity(%d)", int(s))
	}
	return severityNames[s]
}

// ParseSeverity reads "suggestion", "warning", "error" or "off" (also
// "none", "disable", "disabled", "info" for suggestion).
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off", "none", "disable", "disabled", "false":
		return Off, nil
	case "suggestion", "info", "note", "hint":
		return Suggestion, nil
	case "warning", "warn":
		return Warning, nil
	case "error":
		return Error, nil
	}
	return Off, fmt.Errorf("unknown severity %q (want suggestion, warning, error or off)", s)
}

// Rule describes one check.
type Rule struct {
	ID       string   // "unsourced-statistic"
	Title    string   // one line: what the rule flags
	Severity Severity // default severity
	Scope    string   // "claim" or "article"
	Why      string   // why it matters
	Standard string   // the published guidance it follows
}

// Result returns the rule as the result type describes it.
func (r Rule) Result() result.Rule {
	return result.Rule{ID: r.ID, Severity: r.Severity.String(), Scope: r.Scope, Title: r.Title, Why: r.Why, Standard: r.Standard}
}

// Finding is one flagged problem.
type Finding struct {
	Rule     string
	Severity Severity
	Claim    int // the claim's ID, 0 for findings on the whole article
	Message  string
	// Span is the evidence in the article's text (byte offsets): the
	// number, the quotation, the cue, or the claim.
	Span article.Span
	// Start and End are the span's positions in the input as the user has
	// it (for HTML: of the element holding it). Zero when unknown.
	Start, End article.Position
}

// Summary is the article-level view: the sourcing mix and the score.
type Summary struct {
	Claims    int
	Named     int
	Anonymous int
	Outlet    int
	Unsourced int
	// Score is the sourcing score, 0–100: see Score.
	Score int
	// Band names the score: "good" (90–100), "needs work" (50–89),
	// "poor" (0–49).
	Band string
	// Counts of findings by severity.
	Errors, Warnings, Suggestions int
}
