package main

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/reports"
)

const reportHelp = `
Write the archive as a static site that a researcher or a standards desk
reads and publishes: how each outlet sources its claims, with every
figure linked to the sentences behind it.

  index.html        the outlets as a league table: articles, claims, the
                    share of each class, anonymous claims with a stated
                    reason, unsourced statistics per 100 claims, mean score
  outlets/          each outlet: sourcing mix, trend by month, most-cited
                    sources, the outlets it relies on and that rely on it,
                    anonymous sourcing, findings, its articles
  articles/         each article with every claim highlighted, as
                    'audit check --format html' shows it
  sources/          each source: who cites it, how often, in which role,
                    with links to the claims
  methodology.html  classes, rules, the score, the analyzer's version and
                    what it gets wrong

Every table has a CSV and a JSON file beside it, with the figures of
'audit export'. The pages need no server, load nothing from elsewhere,
read well with JavaScript off and print well.

The site is written whole into --out, or not at all: a report written
there before is replaced, any other content is refused. The same archive
gives the same bytes; the date the pages give is today's, or the one
SOURCE_DATE_EPOCH sets (seconds since 1970).

Exit codes:
  0  the site was written
  2  usage error, no archive, a refused database or folder, or no
     articles to report
`

func runReport(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "report", "[flags]", reportHelp)
	var dbp string
	var f archive.Filter
	dbFlag(fs, &dbp)
	out := fs.String("out", "report", "folder for the site (made if missing; a report there is replaced)")
	fs.StringVar(&f.Outlet, "outlet", "", "only the articles of this outlet")
	fs.StringVar(&f.Since, "since", "", "only articles published on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only articles published on or before this day (YYYY-MM-DD)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("report: unexpected argument %q", fs.Arg(0))
	}
	if err := f.Check(); err != nil {
		return usageError("--%v", err)
	}
	now, err := clock(e)
	if err != nil {
		return err
	}
	db, err := openArchive(ctx, dbPath(e, dbp), false)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	n, err := db.CountArticles(ctx, f)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if n == 0 {
		return &exitError{code: 2, err: fmt.Errorf("report: %s holds no articles%s", db.Path(), filterWords(f))}
	}
	// The report's live heap stays some 20 MB however large the archive;
	// collecting garbage at five times that rather than twice costs some
	// 30 MB more and saves a fifth of the CPU. GOGC, when set, decides.
	if e.getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	start := time.Now()
	sum, err := reports.WriteDir(ctx, db, *out, reports.Options{Filter: f, Now: now, Tool: printer.Tool{Name: "audit", Version: version}})
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	_, err = fmt.Fprintf(e.stdout, "report: %d articles of %d outlets, %d sources: %d pages, %d files, %.1f MB in %.1fs\n%s\n",
		sum.Articles, sum.Outlets, sum.Sources, sum.Pages, sum.Files, float64(sum.Bytes)/1e6, time.Since(start).Seconds(),
		filepath.Join(*out, "index.html"))
	return err
}

// filterWords says what a filter kept, for a message.
func filterWords(f archive.Filter) string {
	s := ""
	if f.Outlet != "" {
		s += fmt.Sprintf(" of the outlet %q", f.Outlet)
	}
	if f.Since != "" {
		s += " published on or after " + f.Since
	}
	if f.Until != "" {
		s += " published on or before " + f.Until
	}
	return s
}

// clock gives the time the pages say they were made: SOURCE_DATE_EPOCH
// when it is set, for reproducible output, else the current time.
func clock(e *env) (func() time.Time, error) {
	v := e.getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return time.Now, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 {
		return nil, usageError("SOURCE_DATE_EPOCH: want seconds since 1970, not %q", v)
	}
	t := time.Unix(secs, 0).UTC()
	return func() time.Time { return t }, nil
}
