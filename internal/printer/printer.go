package printer

import (
	"fmt"
	"io"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

// Printer writes one run's output.
type Printer interface {
	// Article writes one analysed article.
	Article(a *result.Article) error
	// InputError records an input that could not be read or analysed.
	InputError(input string, err error) error
	// Close writes what follows the last article.
	Close() error
}

// Tool identifies the program in output.
type Tool struct {
	Name    string
	Version string
}

// Options are settings shared by printers.
type Options struct {
	Tool  Tool
	Color bool // ANSI colour in text output; the command decides (terminal, NO_COLOR)
	// Rules are the rules checked, with their effective severities; SARIF
	// and HTML describe them.
	Rules []findings.Rule
	// FailOn is the severity at or above which findings fail the run.
	FailOn findings.Severity
}

// Formats lists the names New accepts.
var Formats = []string{"text", "line", "json", "github", "sarif", "html"}

// New returns the printer for a format name.
func New(format string, w io.Writer, opts Options) (Printer, error) {
	switch format {
	case "text", "":
		return NewText(w, opts), nil
	case "line":
		return NewLine(w, opts), nil
	case "json":
		return NewJSON(w, opts), nil
	case "github":
		return NewGitHub(w, opts), nil
	case "sarif":
		return NewSARIF(w, opts), nil
	case "html":
		return NewHTML(w, opts), nil
	}
	return nil, fmt.Errorf("unknown format %q (want one of %v)", format, Formats)
}
