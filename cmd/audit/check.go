package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
)

const checkHelp = `
Check news articles before publication: split each into claims (the
sentences of its body), tag every claim by how it is sourced (named,
anonymous, outlet, unsourced), and report what a standards editor would
flag (run 'audit rules' for the list), with a 0-100 sourcing score.

Inputs are files (.html, .htm, .txt, .md, optionally gzip-compressed as
.gz; a file named with another extension, or none, has its format
sniffed), directories (searched recursively for those extensions, in name
order), "-" for standard input, and http:// or https:// URLs. An input that
cannot be read is reported on standard error as one line naming it; the
other inputs are still checked.

Formats:
  text    one readable block per article (colour on a terminal; NO_COLOR honoured)
  line    path:line:col: severity rule: message, one finding a line
  json    the documented JSON document, with findings (offsets are code points)
  sarif   SARIF 2.1.0, for GitHub code scanning and other tools
  github  GitHub Actions workflow annotations
  html    one self-contained page: every claim highlighted, findings beside it

Configuration: the nearest .audit.yaml, .audit.yml or .audit.toml in the
input's folder or a folder above it (or --config FILE) enables, disables
and tunes rules, sets fail_on, and adds lexicons, outlets and
institutions. In Markdown and HTML, <!-- audit-ignore RULE... --> silences
rules (all of them when none is named) for the next paragraph.

Exit codes:
  0  no finding at or above --fail-on (default error)
  1  findings at or above --fail-on
  2  usage error, an input that could not be read, a bad configuration or
     lexicon file
`

// inputFlags are the flags of every command that reads articles.
type inputFlags struct {
	inputFormat string
	timeout     time.Duration
	maxSize     string
	jobs        int
	lexicons    listFlag
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func (f *inputFlags) register(fs interface {
	StringVar(*string, string, string, string)
	DurationVar(*time.Duration, string, time.Duration, string)
	Var(flag.Value, string, string)
}) {
	fs.Var(&f.lexicons, "lexicon", "a lexicon file of your own (cues, outlets, institutions, roles, anonymous or vague terms) added to the built-in ones; may be repeated")
	fs.StringVar(&f.inputFormat, "input-format", "auto", "format of the inputs: auto, html, text or markdown")
	fs.DurationVar(&f.timeout, "timeout", 30*time.Second, "time-out for each URL")
	fs.StringVar(&f.maxSize, "max-size", "32MiB", "largest input read (after decompression), e.g. 500KiB, 32MiB")
	fs.Var((*jobsFlag)(&f.jobs), "j", "analyse `N` articles in parallel, 1 or more (default: one per CPU)")
}

// reader builds the input reader the flags describe.
func (f *inputFlags) reader(e *env) (*input.Reader, error) {
	r := input.NewReader(e.stdin)
	r.Timeout = f.timeout
	switch f.inputFormat {
	case "auto", "":
	case "html", "text", "markdown":
		r.Format = article.Format(f.inputFormat)
	case "md":
		r.Format = article.Markdown
	case "txt":
		r.Format = article.Text
	default:
		return nil, usageError("--input-format: unknown format %q (want auto, html, text or markdown)", f.inputFormat)
	}
	n, err := parseSize(f.maxSize)
	if err != nil {
		return nil, usageError("--max-size: %v", err)
	}
	r.MaxBytes = n
	return r, nil
}

// parseSize reads a byte count with an optional binary unit.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(t, u.suffix) {
			t, mult = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "[flags] INPUT...", checkHelp)
	var in inputFlags
	in.register(fs)
	var pf printFlags
	pf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("check: no inputs given")
	}
	reader, err := in.reader(e)
	if err != nil {
		return err
	}
	useColor, err := colorWanted(pf.color, e)
	if err != nil {
		return err
	}
	opts, err := pf.options()
	if err != nil {
		return err
	}
	opts.Lexicons = in.lexicons
	items, errs := input.Expand(fs.Args())
	// the first input's configuration describes the rules to printers
	first := input.Item{Name: "."}
	if len(items) > 0 {
		first = items[0]
	}
	prof := profiles{config.NewProfiles(opts)}
	base, err := prof.forItem(first)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	p, err := pf.printer(ctx, e, useColor, printer.Tool{Name: "audit", Version: version}, base)
	if err != nil {
		return err
	}
	inputFailed := len(errs) > 0
	for _, ie := range errs {
		if err = reportInputError(e, p, ie); err != nil {
			break
		}
	}
	failing := 0
	runner := &pipeline.Runner{Reader: reader, Workers: in.jobs, Setup: prof.setup}
	if err == nil {
		err = runner.Each(ctx, items, func(it input.Item, a *pipeline.Article, err error) error {
			if err != nil {
				if isConfigError(err) {
					return err
				}
				inputFailed = true
				return reportInputError(e, p, err)
			}
			pr, _ := prof.forItem(it)
			for _, f := range a.Findings {
				if f.Severity >= pr.Checker.Options().FailOn {
					failing++
				}
			}
			return p.Article(a.Result())
		})
	}
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		var ie *input.Error
		if errors.As(err, &ie) && isConfigError(err) {
			err = ie.Err
		}
		return &exitError{code: 2, err: err}
	}
	return verdict(inputFailed, failing)
}

// reportInputError prints one line on stderr naming the input and tells
// the printer, which may list it in its output; it returns the printer's
// error.
func reportInputError(e *env, p printer.Printer, err error) error {
	tell(e.stderr, "audit: %v\n", err)
	name := ""
	var ie *input.Error
	if errors.As(err, &ie) {
		name, err = ie.Input, ie.Err
	}
	return p.InputError(name, err)
}

func colorWanted(mode string, e *env) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto", "":
		return e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb" && isTerminal(e.stdout), nil
	}
	return false, usageError("--color: want auto, always or never, not %q", mode)
}

// analyzer builds the attribution analyzer with the user's lexicons. A
// bad lexicon file is an input error: exit code 2.
func (f *inputFlags) analyzer() (*attribution.Analyzer, error) {
	a, err := attribution.New(attribution.WithLexiconFiles(f.lexicons...))
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return a, nil
}

// ctxWriter stops writing once its context is done, so that printers end
// soon after an interrupt instead of writing on.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
