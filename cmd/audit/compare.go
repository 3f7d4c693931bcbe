package main

import (
	"context"
	"errors"

	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

const compareHelp = `
Compare how several articles cover one event: whether each pair reports
the same event (a similarity from 0 to 1), which articles are wire copies
or near-duplicates of others, which claims the articles share and how each
outlet sourced them ("outlet (NBC News) → anonymous (officials)"), the
claims most carry that one leaves out, the figures they give side by side
(with what each counts), and the quotations of each speaker across
outlets, identical, truncated, reworded or given to someone else, with
word-level differences.

Inputs are read as by 'audit check': files, folders, "-" and URLs, with
the same configuration and lexicons.

From the archive (--db, else $AUDIT_DB, else audit.db), with no inputs
and nothing analysed again:
  --event ID        the articles of one event, as 'audit events' lists them
                    (the first --max-articles by date)
  --article ID,...  chosen articles, by their archive ids (repeatable)
  --versions ID     two versions of one article, word by word: the current
                    one against the newest other, or --from N and --to N
                    (version numbers, 1 for the first text seen), with the
                    claims added, removed, reworded or sourced differently

Formats:
  text  a readable summary
  json  everything, with offsets (code points) into each article's text
  html  one self-contained page, outlets as columns

Exit codes:
  0  compared (a warning says when the articles may not be one event)
  2  usage error, an input that could not be read, fewer than two articles
     with text, articles in different languages, an id not in the
     archive, or a refused database
`

func runCompare(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "compare", "[flags] INPUT... | --event ID | --article ID,... | --versions ID", compareHelp)
	var in inputFlags
	in.register(fs)
	format := fs.String("format", "text", "output format: text, json or html")
	configPath := fs.String("config", "", "configuration file (default: the nearest .audit.yaml, .audit.yml or .audit.toml)")
	noConfig := fs.Bool("no-config", false, "use no configuration file")
	var st storedFlags
	st.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	write, ok := map[string]func(*env, *compare.Comparison) error{
		"text": func(e *env, c *compare.Comparison) error { return compare.WriteText(e.stdout, c) },
		"json": func(e *env, c *compare.Comparison) error { return compare.WriteJSON(e.stdout, c) },
		"html": func(e *env, c *compare.Comparison) error { return compare.WriteHTML(e.stdout, c) },
	}[*format]
	if !ok {
		return usageError("--format: unknown format %q (want text, json or html)", *format)
	}
	if st.any() {
		if fs.NArg() > 0 {
			return usageError("compare: give inputs, or --event, --article or --versions with an archive, not both")
		}
		return st.run(ctx, e, *format, write)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("compare: no inputs given")
	}
	reader, err := in.reader(e)
	if err != nil {
		return err
	}
	setup := compareSetup(*configPath, *noConfig, in.lexicons)
	items, errs := input.Expand(fs.Args())
	inputFailed := len(errs) > 0
	for _, err := range errs {
		tell(e.stderr, "audit: %v\n", err)
	}
	var arts []*result.Article
	runner := &pipeline.Runner{Reader: reader, Workers: in.jobs, Setup: setup}
	err = runner.Each(ctx, items, func(_ input.Item, a *pipeline.Article, err error) error {
		if err != nil {
			if isConfigError(err) {
				return err
			}
			inputFailed = true
			tell(e.stderr, "audit: %v\n", err)
			return nil
		}
		arts = append(arts, a.Result())
		return nil
	})
	if err != nil {
		var ie *input.Error
		if errors.As(err, &ie) && isConfigError(err) {
			err = ie.Err
		}
		return &exitError{code: 2, err: err}
	}
	c, err := compare.Compare(ctx, arts, compare.Options{Tool: result.Tool{Name: "audit", Version: version}})
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if err := write(e, c); err != nil {
		return &exitError{code: 2, err: err}
	}
	if inputFailed {
		return &exitError{code: 2}
	}
	return nil
}

// compareSetup chooses each input's analyzer as check does: from the
// --config file or the nearest configuration, with the --lexicon files.
func compareSetup(configPath string, none bool, lexicons []string) func(input.Item) (pipeline.Analyzer, pipeline.Checker, error) {
	prof := profiles{config.NewProfiles(config.Options{File: configPath, None: none, Lexicons: lexicons})}
	return prof.setup
}
