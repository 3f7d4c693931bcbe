package printer

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

// GitHub prints GitHub Actions workflow commands, one a finding, which
// the runner turns into annotations on the pull request:
//
//	::warning file=draft.md,line=7,col=1,endLine=7,endColumn=12,title=vague-attribution::"critics say" names no one
//
// Errors, warnings and suggestions become error, warning and notice
// commands. An input that could not be read becomes an error command
// naming the file.
type GitHub struct {
	w *bufio.Writer
}

// NewGitHub returns a GitHub Actions printer writing to w.
func NewGitHub(w io.Writer, _ Options) *GitHub {
	return &GitHub{w: bufio.NewWriter(w)}
}

// githubCommand names the workflow command for a severity.
func githubCommand(s findings.Severity) string {
	switch {
	case s >= findings.Error:
		return "error"
	case s == findings.Warning:
		return "warning"
	}
	return "notice"
}

// Article implements Printer.
func (p *GitHub) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	var b strings.Builder
	for _, f := range ordered(a) {
		b.Reset()
		b.WriteString("::")
		b.WriteString(githubCommand(f.Severity))
		b.WriteString(" file=")
		b.WriteString(githubProperty(a.Input))
		b.WriteString(",line=")
		b.WriteString(strconv.Itoa(f.At.Line))
		b.WriteString(",col=")
		b.WriteString(strconv.Itoa(f.At.Column))
		if f.At.EndLine > 0 {
			b.WriteString(",endLine=")
			b.WriteString(strconv.Itoa(f.At.EndLine))
			b.WriteString(",endColumn=")
			b.WriteString(strconv.Itoa(f.At.EndColumn))
		}
		b.WriteString(",title=")
		b.WriteString(githubProperty(f.Rule))
		b.WriteString("::")
		b.WriteString(githubData(f.Message))
		b.WriteString("\n")
		if _, err := p.w.WriteString(b.String()); err != nil {
			return err
		}
	}
	return p.w.Flush()
}

// InputError implements Printer.
func (p *GitHub) InputError(input string, err error) error {
	msg := "input could not be read"
	if err != nil {
		msg = err.Error()
	}
	line := "::error::" + githubData(msg) + "\n"
	if input != "" {
		line = "::error file=" + githubProperty(input) + "::" + githubData(msg) + "\n"
	}
	if _, err := p.w.WriteString(line); err != nil {
		return err
	}
	return p.w.Flush()
}

// Close implements Printer.
func (p *GitHub) Close() error { return p.w.Flush() }

// githubData escapes a workflow command's message.
func githubData(s string) string {
	return githubDataEscaper.Replace(s)
}

// githubProperty escapes a workflow command's property value.
func githubProperty(s string) string {
	return githubPropertyEscaper.Replace(s)
}

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)
