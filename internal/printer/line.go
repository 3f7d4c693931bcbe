package printer

import (
	"bufio"
	"fmt"
	"io"

	"github.com/auditnews/audit/result"
)

// Line prints one finding a line, as compilers do:
//
//	draft.md:7:1: warning vague-attribution: "critics say" names no one
//
// The path is the input as given; line and column are 1-based, columns
// counting code points; a finding with no position is put at 1:1. Nothing
// else is printed, so that editors, grep and error-list tools can read the
// output as it is. Input errors go to standard error from the command.
type Line struct {
	w *bufio.Writer
}

// NewLine returns a line printer writing to w.
func NewLine(w io.Writer, _ Options) *Line {
	return &Line{w: bufio.NewWriter(w)}
}

// Article implements Printer.
func (p *Line) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	for _, f := range ordered(a) {
		if _, err := fmt.Fprintf(p.w, "%s:%d:%d: %s %s: %s\n", a.Input, f.At.Line, f.At.Column, f.Severity, f.Rule, oneLine(f.Message)); err != nil {
			return err
		}
	}
	return p.w.Flush()
}

// InputError implements Printer. The command reports input errors on
// standard error; the line format keeps standard output for findings.
func (p *Line) InputError(string, error) error { return nil }

// Close implements Printer.
func (p *Line) Close() error { return p.w.Flush() }
