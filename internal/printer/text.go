package printer

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

// textWidth is the width the text format keeps to.
const textWidth = 100

// Text prints one readable block per article: the input, title, outlet,
// authors and date; the sourcing mix, and for checked articles the
// sourcing score with its band and the findings; then every claim with its
// position, class, source and cue. Lines keep within 100 columns. Colour
// is used only when Options.Color is set.
type Text struct {
	w    *bufio.Writer
	opts Options
	n    int
}

// NewText returns a text printer writing to w.
func NewText(w io.Writer, opts Options) *Text {
	return &Text{w: bufio.NewWriter(w), opts: opts}
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiCyan   = "\x1b[36m"
)

var classColor = map[string]string{
	result.Named:     ansiGreen,
	result.Anonymous: ansiYellow,
	result.Outlet:    ansiCyan,
	result.Unsourced: ansiRed,
}

// severityColor colours severities: errors red, warnings yellow,
// suggestions blue.
func severityColor(s findings.Severity) string {
	switch {
	case s >= findings.Error:
		return ansiRed
	case s == findings.Warning:
		return ansiYellow
	case s == findings.Suggestion:
		return ansiBlue
	}
	return ""
}

// bandColor colours a score band as traffic lights.
func bandColor(band string) string {
	switch band {
	case "good":
		return ansiGreen
	case "needs work":
		return ansiYellow
	case "poor":
		return ansiRed
	}
	return ""
}

// printf formats to p.w, a bufio.Writer: it keeps the first write error
// and returns it from Flush, which Article and Close return.
func (p *Text) printf(format string, args ...any) {
	fmt.Fprintf(p.w, format, args...) //nolint:errcheck // p.w keeps the error for Flush
}

func (p *Text) paint(code, s string) string {
	if !p.opts.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

// Article implements Printer.
func (p *Text) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	if p.n > 0 {
		p.w.WriteString("\n")
	}
	p.n++
	p.printf("%s\n", p.paint(ansiBold, a.Input))
	if a.Meta.Title != "" {
		for _, l := range wrap(oneLine(a.Meta.Title), textWidth-2) {
			p.printf("  %s\n", l)
		}
	}
	var meta []string
	if a.Meta.Outlet != "" {
		meta = append(meta, a.Meta.Outlet)
	}
	if len(a.Meta.Authors) > 0 {
		meta = append(meta, "by "+strings.Join(a.Meta.Authors, ", "))
	}
	if a.Meta.Published != "" {
		meta = append(meta, a.Meta.Published)
	}
	if len(meta) > 0 {
		p.printf("  %s\n", p.paint(ansiDim, clip(strings.Join(meta, " · "), textWidth-2)))
	}
	analysed := a.Summary.Analysed
	line := fmt.Sprintf("%s in %s", plural(len(a.Claims), "claim"), plural(len(a.Blocks), "block"))
	if analysed {
		var parts []string
		for _, k := range result.Classes() {
			parts = append(parts, fmt.Sprintf("%d %s", a.Summary.Count(k), k))
		}
		line += ": " + strings.Join(parts, ", ")
	}
	p.printf("  %s\n", line)
	if a.Summary.Checked {
		p.score(a)
		p.findings(a)
	}
	p.w.WriteString("\n")
	p.claims(a, analysed)
	return p.w.Flush()
}

// score prints the sourcing score, its band and the counts of findings.
func (p *Text) score(a *result.Article) {
	s := a.Summary
	band := s.Band
	if band == "" {
		band = findings.Band(s.Score)
	}
	p.printf("  sourcing score %s · %s\n",
		p.paint(bandColor(band), fmt.Sprintf("%d/100 %s", s.Score, band)),
		severityCounts(s.Errors, s.Warnings, s.Suggestions))
}

// findings prints the findings in position order, one a line, messages
// wrapped under themselves.
func (p *Text) findings(a *result.Article) {
	fs := ordered(a)
	if len(fs) == 0 {
		return
	}
	p.w.WriteString("\n")
	ruleWidth := 0
	for _, f := range fs {
		ruleWidth = max(ruleWidth, utf8.RuneCountInString(f.Rule))
	}
	const locWidth, sevWidth = 8, 11
	indent := 4 + locWidth + sevWidth + ruleWidth + 2
	if textWidth-indent < 30 {
		indent = 10 // a long rule id: the message goes on the lines below
	}
	for _, f := range fs {
		loc := fmt.Sprintf("%d:%d", f.At.Line, f.At.Column)
		sev := fmt.Sprintf("%-*s", sevWidth, f.Severity)
		head := fmt.Sprintf("    %-*s%s%-*s", locWidth, loc, p.paint(severityColor(f.Severity), sev), ruleWidth+2, f.Rule)
		lines := wrap(oneLine(f.Message), textWidth-indent)
		if 4+locWidth+sevWidth+ruleWidth+2 > indent {
			p.printf("%s\n", strings.TrimRight(head, " "))
			for _, l := range lines {
				p.printf("%s%s\n", strings.Repeat(" ", indent), l)
			}
			continue
		}
		if len(lines) == 0 {
			p.printf("%s\n", strings.TrimRight(head, " "))
			continue
		}
		p.printf("%s%s\n", head, lines[0])
		for _, l := range lines[1:] {
			p.printf("%s%s\n", strings.Repeat(" ", indent), l)
		}
	}
}

// claims prints every claim: number, position, class and text, with its
// source and cue below.
func (p *Text) claims(a *result.Article, analysed bool) {
	const prefix = 2 + 3 + 1 + 8 + 1 // "  %3d %-8s "
	for _, c := range a.Claims {
		loc := ""
		if c.Line > 0 {
			loc = fmt.Sprintf("%d:%d", c.Line, c.Column)
		}
		if !analysed || c.Attribution == nil {
			p.printf("  %3d %-8s %s\n", c.ID, loc, clip(c.Text, textWidth-prefix))
			continue
		}
		label := fmt.Sprintf("%-9s", c.Class)
		p.printf("  %3d %-8s %s %s\n", c.ID, loc, p.paint(classColor[c.Class], label), clip(c.Text, textWidth-prefix-10))
		if c.Source != nil {
			src := c.Source.Name
			if c.Cue != nil {
				src += " — " + c.Cue.Text
			}
			if c.InheritedFrom != nil {
				src += fmt.Sprintf(" (carried from claim %d)", *c.InheritedFrom)
			}
			for _, ch := range c.Chain {
				src += " ← " + ch.Name
			}
			p.printf("%s%s\n", strings.Repeat(" ", prefix+10), p.paint(ansiDim, clip("source: "+src, textWidth-prefix-10)))
		}
	}
}

// InputError implements Printer. Errors go to stderr from the command;
// the text format does not repeat them.
func (p *Text) InputError(string, error) error { return nil }

// Close implements Printer.
func (p *Text) Close() error { return p.w.Flush() }

// severityCounts says "1 error, 2 warnings, 0 suggestions".
func severityCounts(errors, warnings, suggestions int) string {
	return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(suggestions, "suggestion")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// clip shortens s to at most n runes on one line.
func clip(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// wrap breaks s into lines of at most width runes at spaces; a word
// longer than width has a line of its own.
func wrap(s string, width int) []string {
	var lines []string
	var cur strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		wl := utf8.RuneCountInString(w)
		if n > 0 && n+1+wl > width {
			lines = append(lines, cur.String())
			cur.Reset()
			n = 0
		}
		if n > 0 {
			cur.WriteByte(' ')
			n++
		}
		cur.WriteString(w)
		n += wl
	}
	if n > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}
