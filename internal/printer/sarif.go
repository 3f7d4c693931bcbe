package printer

import (
	"bufio"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

// SARIF constants: the log format's version and schema, and the unit of
// columns (positions count Unicode code points).
const (
	sarifVersion    = "2.1.0"
	sarifSchema     = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifColumnKind = "unicodeCodePoints"
	toolInfoURI     = "https://github.com/auditnews/audit"
)

// The SARIF 2.1.0 log, limited to what audit reports. Field order is
// fixed, so the output is the same bytes for the same run.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool        sarifTool         `json:"tool"`
		Invocations []sarifInvocation `json:"invocations"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string      `json:"id"`
		Name                 string      `json:"name"`
		ShortDescription     sarifText   `json:"shortDescription"`
		FullDescription      sarifText   `json:"fullDescription"`
		Help                 sarifText   `json:"help"`
		DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
	}
	sarifConfig struct {
		Enabled *bool  `json:"enabled,omitempty"`
		Level   string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	}
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           *sarifRegion          `json:"region,omitempty"`
	}
	sarifArtifactLocation struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful bool                `json:"executionSuccessful"`
		Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations,omitempty"`
	}
)

// SARIF prints a SARIF 2.1.0 log, as GitHub code scanning and other
// static-analysis viewers read it: one run, the rules checked with their
// severities and reasons, one result a finding, and inputs that could not
// be read as tool execution notifications. The log is written on Close.
type SARIF struct {
	w       io.Writer
	opts    Options
	rules   []sarifRule
	index   map[string]int
	results []sarifResult
	notes   []sarifNotification
}

// NewSARIF returns a SARIF printer writing to w.
func NewSARIF(w io.Writer, opts Options) *SARIF {
	p := &SARIF{w: w, opts: opts, index: map[string]int{}}
	for _, r := range opts.rules() {
		p.addRule(r)
	}
	return p
}

func (p *SARIF) addRule(r findings.Rule) int {
	if i, ok := p.index[r.ID]; ok {
		return i
	}
	help := r.Why
	if r.Standard != "" {
		help = strings.TrimSpace(help + "\n\nStandard: " + r.Standard)
	}
	title := r.Title
	if title == "" {
		title = r.ID
	}
	full := r.Why
	if full == "" {
		full = title
	}
	if help == "" {
		help = title
	}
	sr := sarifRule{
		ID:                   r.ID,
		Name:                 ruleName(r.ID),
		ShortDescription:     sarifText{title},
		FullDescription:      sarifText{full},
		Help:                 sarifText{help},
		DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
	}
	if r.Severity == findings.Off {
		off := false
		sr.DefaultConfiguration.Enabled = &off
	}
	p.index[r.ID] = len(p.rules)
	p.rules = append(p.rules, sr)
	return len(p.rules) - 1
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s findings.Severity) string {
	switch {
	case s >= findings.Error:
		return "error"
	case s == findings.Warning:
		return "warning"
	case s == findings.Suggestion:
		return "note"
	}
	return "none"
}

// ruleName turns a rule id into the PascalCase name SARIF viewers show:
// "unsourced-statistic" is "UnsourcedStatistic".
func ruleName(id string) string {
	var b strings.Builder
	up := true
	for _, r := range id {
		if r == '-' || r == '_' || unicode.IsSpace(r) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// artifactURI gives an input as a URI reference: URLs as given, relative
// paths relative with forward slashes, absolute paths as file URIs.
func artifactURI(input string) string {
	if u, err := url.Parse(input); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return input
	}
	abs := filepath.IsAbs(input)
	p := filepath.ToSlash(input)
	if abs {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a drive letter: C:/x is file:///C:/x
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

// Article implements Printer.
func (p *SARIF) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	uri := artifactURI(a.Input)
	for _, f := range ordered(a) {
		i, ok := p.index[f.Rule]
		if !ok {
			r, known := p.opts.rule(f.Rule)
			if !known {
				r = findings.Rule{ID: f.Rule, Severity: f.Severity}
			}
			i = p.addRule(r)
		}
		msg := f.Message
		if strings.TrimSpace(msg) == "" {
			msg = p.rules[i].ShortDescription.Text
		}
		region := &sarifRegion{StartLine: f.At.Line, StartColumn: f.At.Column}
		if f.At.EndLine > 0 {
			region.EndLine, region.EndColumn = f.At.EndLine, f.At.EndColumn
		}
		p.results = append(p.results, sarifResult{
			RuleID:    f.Rule,
			RuleIndex: i,
			Level:     sarifLevel(f.Severity),
			Message:   sarifText{msg},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: uri},
				Region:           region,
			}}},
		})
	}
	return nil
}

// InputError implements Printer.
func (p *SARIF) InputError(input string, err error) error {
	msg := "input could not be read"
	if err != nil {
		msg = err.Error()
	}
	n := sarifNotification{Level: "error", Message: sarifText{msg}}
	if input != "" {
		if !strings.Contains(msg, input) {
			n.Message.Text = input + ": " + msg
		}
		n.Locations = []sarifLocation{{PhysicalLocation: sarifPhysicalLocation{
			ArtifactLocation: sarifArtifactLocation{URI: artifactURI(input)},
		}}}
	}
	p.notes = append(p.notes, n)
	return nil
}

// Close implements Printer: it writes the log.
func (p *SARIF) Close() error {
	name := p.opts.Tool.Name
	if name == "" {
		name = "audit"
	}
	results := p.results
	if results == nil {
		results = []sarifResult{}
	}
	rules := p.rules
	if rules == nil {
		rules = []sarifRule{}
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name: name, Version: p.opts.Tool.Version, InformationURI: toolInfoURI, Rules: rules,
			}},
			Invocations: []sarifInvocation{{ExecutionSuccessful: len(p.notes) == 0, Notifications: p.notes}},
			ColumnKind:  sarifColumnKind,
			Results:     results,
		}},
	}
	bw := bufio.NewWriter(p.w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		return err
	}
	return bw.Flush()
}
