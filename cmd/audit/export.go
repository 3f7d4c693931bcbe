package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/tabular"
)

const exportHelp = `
Write one table of the archive, for pandas, R or a spreadsheet: CSV (RFC
4180, with a header), JSON (an array of objects) or JSON Lines. Every
table covers the current version of each article.

Tables:
  outlets    per outlet: articles, claims, the count and share of each
             class, anonymous claims with a stated reason, unsourced
             statistics, mean sourcing score
  articles   per article: metadata, versions, class counts, score, findings
  claims     per claim: text, class, source (name, type, role, mention,
             anonymous details), chain, cue, quotation kind, position
  sources    per source: citations, claims, articles, citing outlets, roles
  citations  per pair of outlets: how often one cites the other's reporting
  findings   per finding: rule, severity, claim, message, position

--outlet keeps the articles of one outlet (for citations, the citing one);
--since and --until keep articles published in a range of days
(YYYY-MM-DD, inclusive; articles of unknown date are then left out).

Exit codes:
  0  the table was written
  2  usage error, no archive, or a refused database
`

// exportTables are the tables of 'audit export', in help order.
var exportTables = []string{"outlets", "articles", "claims", "sources", "citations", "findings"}

func runExport(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "export", "TABLE [flags]", exportHelp)
	var dbp string
	var f archive.Filter
	dbFlag(fs, &dbp)
	format := fs.String("format", "csv", "output format: "+strings.Join(tabular.Formats, ", "))
	fs.StringVar(&f.Outlet, "outlet", "", "only the articles of this outlet")
	fs.StringVar(&f.Since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only articles published on or before this day (YYYY-MM-DD)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("export: want one table: %s", strings.Join(exportTables, ", "))
	}
	table := fs.Arg(0)
	write, ok := exporters[table]
	if !ok {
		return usageError("export: unknown table %q (want %s)", table, strings.Join(exportTables, ", "))
	}
	if err := f.Check(); err != nil {
		return usageError("--%v", err)
	}
	if _, err := tabular.New[struct{}](io.Discard, *format); err != nil {
		return usageError("--format: %v", err)
	}
	db, err := openArchive(ctx, dbPath(e, dbp), false)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	if err := write(ctx, db, f, ctxWriter{ctx, e.stdout}, *format); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("export %s: %w", table, err)}
	}
	return nil
}

type exporter func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error

var exporters = map[string]exporter{
	"outlets": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		rows, err := db.Outlets(ctx, f)
		return writeSlice(w, format, rows, err)
	},
	"articles": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		return tabular.WriteEach(w, format, func(fn func(archive.ArticleInfo) error) error {
			return db.EachArticleInfo(ctx, f, archive.Page{}, fn)
		})
	},
	"claims": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		return tabular.WriteEach(w, format, func(fn func(archive.ClaimRow) error) error { return db.EachClaim(ctx, f, fn) })
	},
	"sources": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		return tabular.WriteEach(w, format, func(fn func(archive.SourceStats) error) error { return db.EachSource(ctx, f, 0, fn) })
	},
	"citations": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		rows, err := db.Citations(ctx, f)
		return writeSlice(w, format, rows, err)
	},
	"findings": func(ctx context.Context, db *archive.DB, f archive.Filter, w io.Writer, format string) error {
		return tabular.WriteEach(w, format, func(fn func(archive.FindingRow) error) error { return db.EachFinding(ctx, f, fn) })
	},
}

// writeSlice writes the rows a read method returned, or its error.
func writeSlice[T any](w io.Writer, format string, rows []T, err error) error {
	if err != nil {
		return err
	}
	return tabular.WriteAll(w, format, rows)
}
