package main

import (
	"bufio"
	"context"
	"fmt"

	"github.com/auditnews/audit/archive"
)

const statsHelp = `
Summarise the archive on one screen: outlets, articles, versions, claims
by class, the range of publication dates, the analyzer versions of the
stored analyses, the ingest runs and the file's size.

Exit codes:
  0  the summary was printed
  2  usage error, no archive, or a refused database
`

func runStats(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "stats", "[--db FILE]", statsHelp)
	var dbp string
	dbFlag(fs, &dbp)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("stats: takes no arguments")
	}
	db, err := openArchive(ctx, dbPath(e, dbp), false)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	s, err := db.Stats(ctx)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	out := bufio.NewWriter(e.stdout)
	printStats(out, db.Path(), s)
	return out.Flush()
}

// printStats writes the summary to w, which keeps the first write error
// for the caller's Flush.
func printStats(w *bufio.Writer, path string, s *archive.Stats) {
	pct := func(n int) string {
		if s.Claims == 0 {
			return "0%"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(s.Claims))
	}
	printf(w, "archive    %s (schema %d, %s)\n", path, s.SchemaVersion, byteSize(s.Bytes))
	printf(w, "outlets    %d\n", s.Outlets)
	printf(w, "articles   %d (%d versions)\n", s.Articles, s.Versions)
	dates := "none known"
	if s.FirstPublished != "" {
		dates = s.FirstPublished + " to " + s.LastPublished
	}
	printf(w, "published  %s (%d undated)\n", dates, s.Undated)
	printf(w, "claims     %d\n", s.Claims)
	for _, c := range []struct {
		name string
		n    int
	}{{"named", s.Named}, {"anonymous", s.Anonymous}, {"outlet", s.Outlet}, {"unsourced", s.Unsourced}} {
		printf(w, "  %-10s %7d  %6s\n", c.name, c.n, pct(c.n))
	}
	printf(w, "analyzers\n")
	for _, a := range s.Analyzers {
		printf(w, "  %-28s %d versions\n", a.Version, a.Analyses)
	}
	last := ""
	if s.LastRun != "" {
		last = ", last " + s.LastRun
	}
	printf(w, "runs       %d%s\n", s.Runs, last)
}

// byteSize writes a size in binary units.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
