package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/events"
)

// storedFlags are compare's flags for articles read from the archive.
// Ids are read as strings and checked after parsing, so that a bad one
// is one line, not the flag package's line and usage.
type storedFlags struct {
	db                    string
	eventArg, versionsArg string
	articleArgs           listFlag
	event, versions       int64
	articles              []int64
	from, to              int
	maxArticles           int
}

func (s *storedFlags) register(fs *flag.FlagSet) {
	dbFlag(fs, &s.db)
	fs.StringVar(&s.eventArg, "event", "", "compare the articles of this event of the archive (see 'audit events')")
	fs.Var(&s.articleArgs, "article", "compare these articles of the archive, by id (comma-separated; repeatable)")
	fs.StringVar(&s.versionsArg, "versions", "", "compare two stored versions of this article of the archive, word by word")
	fs.IntVar(&s.from, "from", 0, "with --versions: the older version's number (default: the newest but the --to one)")
	fs.IntVar(&s.to, "to", 0, "with --versions: the newer version's number (default: the current one)")
	fs.IntVar(&s.maxArticles, "max-articles", 50, "with --event: compare at most this many of its articles, the first by date")
}

// any reports whether the flags ask for stored articles.
func (s *storedFlags) any() bool {
	return s.eventArg != "" || len(s.articleArgs) > 0 || s.versionsArg != ""
}

// parse reads the ids.
func (s *storedFlags) parse() error {
	var err error
	if s.eventArg != "" {
		if s.event, err = archive.ParseID(s.eventArg); err != nil {
			return usageError("--event: %v", err)
		}
	}
	if s.versionsArg != "" {
		if s.versions, err = archive.ParseID(s.versionsArg); err != nil {
			return usageError("--versions: %v", err)
		}
	}
	for _, arg := range s.articleArgs {
		for _, part := range strings.Split(arg, ",") {
			id, err := archive.ParseID(part)
			if err != nil {
				return usageError("--article: %v", err)
			}
			s.articles = append(s.articles, id)
		}
	}
	return nil
}

func (s *storedFlags) run(ctx context.Context, e *env, format string, write func(*env, *compare.Comparison) error) (err error) {
	if err := s.parse(); err != nil {
		return err
	}
	n := 0
	for _, set := range []bool{s.event != 0, len(s.articles) > 0, s.versions != 0} {
		if set {
			n++
		}
	}
	switch {
	case n > 1:
		return usageError("compare: give one of --event, --article and --versions")
	case (s.from != 0 || s.to != 0) && s.versions == 0:
		return usageError("compare: --from and --to go with --versions")
	case s.from < 0 || s.to < 0:
		return usageError("compare: --from and --to are version numbers, 1 or more")
	case s.maxArticles < 2:
		return usageError("--max-articles: want 2 or more")
	}
	db, err := openArchive(ctx, dbPath(e, s.db), false)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	if s.versions != 0 {
		d, err := events.DiffVersions(ctx, db, s.versions, s.from, s.to, tool())
		if err != nil {
			return storedError(err)
		}
		return writeDiff(e, format, d)
	}
	opts := events.CompareOptions{Tool: tool(), MaxArticles: s.maxArticles}
	var c *compare.Comparison
	if s.event != 0 {
		// an archive never grouped is grouped first; a grouping made
		// before the archive changed still names the events listed
		if _, err := db.CurrentGrouping(ctx); errors.Is(err, archive.ErrNotFound) {
			if _, _, err := events.Update(ctx, db, events.Options{Tool: tool()}); err != nil {
				return &exitError{code: 2, err: fmt.Errorf("compare: %w", err)}
			}
		}
		c, err = events.Compare(ctx, db, s.event, opts)
	} else {
		c, err = events.CompareArticles(ctx, db, s.articles, opts)
	}
	if err != nil {
		return storedError(err)
	}
	if err := write(e, c); err != nil {
		return &exitError{code: 2, err: err}
	}
	return nil
}

// storedError is exit code 2 with one line: an id not in the archive,
// nothing to compare, or the archive's own error.
func storedError(err error) error {
	var nf *events.NotFoundError
	if errors.As(err, &nf) {
		return &exitError{code: 2, err: fmt.Errorf("compare: %w", nf)}
	}
	return &exitError{code: 2, err: err}
}

func writeDiff(e *env, format string, d *compare.VersionDiff) error {
	var err error
	switch format {
	case "json":
		err = compare.WriteDiffJSON(e.stdout, d)
	case "html":
		err = compare.WriteDiffHTML(e.stdout, d)
	default:
		err = compare.WriteDiffText(e.stdout, d)
	}
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	return nil
}
