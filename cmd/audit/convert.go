package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

const convertHelp = `
Print a report that 'audit check --format json' wrote in another format,
analysing nothing again: run the check once (in CI, say) and render its
JSON as text, line, SARIF, GitHub annotations or HTML. The output, the
lines on standard error and the exit code are those of 'audit check' with
the same flags on the same inputs.

FILE is the report; with none, or "-", it is read from standard input.
A report of a newer schema than this version of audit reads is refused.

SARIF and HTML describe the rules, and --fail-on defaults to fail_on, of
the configuration check finds: the nearest .audit.yaml, .audit.yml or
.audit.toml of each article's folder as the report names it (from the
current folder), or the one --config names, or none with --no-config.
GitHub annotations for the inputs that could not be read come before
those of the articles.

Exit codes:
  0  no finding at or above --fail-on (default error)
  1  findings at or above --fail-on
  2  usage error, a report that cannot be read or is of a newer schema,
     a bad configuration, or a report listing inputs that could not be
     read (each printed on standard error, as check printed it)
`

func runConvert(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "convert", "[flags] [FILE|-]", convertHelp)
	var pf printFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		fs.Usage()
		return usageError("convert: one report at a time, not %d", fs.NArg())
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	useColor, err := colorWanted(pf.color, e)
	if err != nil {
		return err
	}
	opts, err := pf.options()
	if err != nil {
		return err
	}
	rep, err := readReport(e, name)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	prof := profiles{config.NewProfiles(opts)}
	// the first article's configuration describes the rules, as check's
	// first input's does
	first := input.Item{Name: "."}
	if len(rep.Articles) > 0 {
		first = reportItem(rep.Articles[0].Input)
	}
	base, err := prof.forItem(first)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	failing, err := failingFindings(rep, prof)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	p, err := pf.printer(ctx, e, useColor, printer.Tool(rep.Tool), base)
	if err != nil {
		return err
	}
	err = printReport(p, e, rep)
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	return verdict(len(rep.Errors) > 0, failing)
}

// readReport reads the report in the file name, or on standard input for
// "-"; a problem is one error naming the file.
func readReport(e *env, name string) (*result.Report, error) {
	r, label := e.stdin, "standard input"
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
		}
		defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
		r, label = f, name
	}
	rep, err := result.Decode(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	return rep, nil
}

// printReport reports the report's input errors as check did, on
// standard error and to the printer, and then prints its articles.
func printReport(p printer.Printer, e *env, rep *result.Report) error {
	for _, ie := range rep.Errors {
		err := errors.New(ie.Error)
		if ie.Input != "" {
			err = &input.Error{Input: ie.Input, Err: err}
		}
		if err := reportInputError(e, p, err); err != nil {
			return err
		}
	}
	for i := range rep.Articles {
		if err := p.Article(&rep.Articles[i]); err != nil {
			return err
		}
	}
	return nil
}

// failingFindings counts the findings at or above the fail-on severity
// of each article's configuration.
func failingFindings(rep *result.Report, prof profiles) (int, error) {
	failing := 0
	for i := range rep.Articles {
		a := &rep.Articles[i]
		pr, err := prof.forItem(reportItem(a.Input))
		if err != nil {
			return 0, err
		}
		for _, f := range a.Findings {
			s, err := findings.ParseSeverity(f.Severity)
			if err != nil {
				return 0, fmt.Errorf("%s: finding %s: %w", a.Input, f.Rule, err)
			}
			if s >= pr.Checker.Options().FailOn {
				failing++
			}
		}
	}
	return failing, nil
}

// reportItem is the input a report's article was read from, as check
// named it: a URL, standard input or a file.
func reportItem(name string) input.Item {
	switch {
	case name == "-":
		return input.Item{Name: name, Kind: input.Stdin}
	case strings.Contains(name, "://"):
		return input.Item{Name: name, Kind: input.URL}
	}
	return input.Item{Name: name, Kind: input.File}
}

// verdict is the outcome of a check, or of its report: exit 2 when an
// input could not be read, else 1 when findings are at or above
// --fail-on.
func verdict(inputFailed bool, failing int) error {
	if inputFailed {
		return &exitError{code: 2}
	}
	if failing > 0 {
		return &exitError{code: 1}
	}
	return nil
}
