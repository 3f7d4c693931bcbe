package events

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"strconv"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/result"
)

// Options say how to group and compare.
type Options struct {
	// Tool is recorded with a grouping and in comparisons; a grouping
	// made by another version is made again.
	Tool result.Tool
	// Group tunes the grouping (compare.Grouper); a grouping made with
	// other settings is made again.
	Group compare.GroupOptions
	// Regroup groups again even when the current grouping is up to date.
	Regroup bool
	// Progress, when set, is called with the number of articles grouped
	// so far, every 1,000 articles and at the end.
	Progress func(articles int)
}

// settings is how a grouping records its options.
func (o Options) settings() string {
	b, _ := json.Marshal(o.Group.WithDefaults()) // plain numbers always marshal
	return string(b)
}

// Stale reports why the archive's current grouping is out of date, or ""
// when it is not: the archive changed since it was made, or it was made
// by another version of audit or with other settings. No grouping at all
// is "no grouping yet".
func Stale(ctx context.Context, db *archive.DB, opts Options) (string, error) {
	g, err := db.CurrentGrouping(ctx)
	if errors.Is(err, archive.ErrNotFound) {
		return "no grouping yet", nil
	}
	if err != nil {
		return "", err
	}
	fp, err := db.Fingerprint(ctx)
	if err != nil {
		return "", err
	}
	switch {
	case g.Fingerprint != fp:
		return "the archive changed since the last grouping", nil
	case g.ToolVersion != opts.Tool.Version:
		return fmt.Sprintf("the last grouping was made by audit %s", g.ToolVersion), nil
	case g.Options != opts.settings():
		return "the last grouping was made with other settings", nil
	}
	return "", nil
}

// Update returns the archive's current grouping into events, grouping
// the articles again first when it is stale (see Stale) or opts.Regroup
// is set. It reports whether it grouped.
func Update(ctx context.Context, db *archive.DB, opts Options) (*archive.Grouping, bool, error) {
	why, err := Stale(ctx, db, opts)
	if err != nil {
		return nil, false, err
	}
	if why == "" && !opts.Regroup {
		g, err := db.CurrentGrouping(ctx)
		return g, false, err
	}
	g, err := Group(ctx, db, opts)
	return g, err == nil, err
}

// Group groups every article of the archive into events with a
// compare.Grouper, reading them in date order one at a time, and stores
// the events as the archive's current grouping. Memory holds the
// articles of the grouping's window of days, not the archive.
func Group(ctx context.Context, db *archive.DB, opts Options) (*archive.Grouping, error) {
	fp, err := db.Fingerprint(ctx)
	if err != nil {
		return nil, err
	}
	w, err := db.StartGrouping(ctx, archive.GroupingInfo{ToolVersion: opts.Tool.Version, Options: opts.settings(), Fingerprint: fp})
	if err != nil {
		return nil, err
	}
	g, err := group(ctx, db, w, opts)
	if errors.Is(err, archive.ErrGroupingReplaced) {
		// another process grouped the archive at the same time and
		// finished first: its grouping is current
		return db.CurrentGrouping(ctx)
	}
	if err != nil {
		if aerr := w.Abort(ctx); aerr != nil {
			err = errors.Join(err, aerr)
		}
		return nil, err
	}
	return g, nil
}

func group(ctx context.Context, db *archive.DB, w *archive.GroupingWriter, opts Options) (*archive.Grouping, error) {
	n := 0
	grouper := compare.NewGrouper(opts.Group, func(e compare.Event) error {
		ne, err := newEvent(e)
		if err != nil {
			return err
		}
		return w.Add(ctx, ne)
	})
	err := grouper.Run(ctx, stream(ctx, db, func() {
		n++
		if opts.Progress != nil && n%1000 == 0 {
			opts.Progress(n)
		}
	}))
	if err != nil {
		return nil, err
	}
	if opts.Progress != nil {
		opts.Progress(n)
	}
	df, err := grouper.DocFreq().MarshalBinary()
	if err != nil {
		return nil, err
	}
	return w.Finish(ctx, df)
}

// errStop ends an archive read that the consumer of a stream left.
var errStop = errors.New("stop")

// stream yields the archive's articles in date order as compare reads
// them, calling seen for each.
func stream(ctx context.Context, db *archive.DB, seen func()) iter.Seq2[compare.Doc, error] {
	return func(yield func(compare.Doc, error) bool) {
		err := db.EachArticleText(ctx, archive.Filter{}, func(a archive.ArticleText) error {
			seen()
			d := compare.Doc{ID: strconv.FormatInt(a.ID, 10), Outlet: a.Outlet, Date: a.Published, Title: a.Title, Text: a.Text}
			if !yield(d, nil) {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			yield(compare.Doc{}, err)
		}
	}
}

// newEvent is the archive's record of a grouped event.
func newEvent(e compare.Event) (archive.NewEvent, error) {
	id, err := strconv.ParseInt(e.ID, 10, 64)
	if err != nil {
		return archive.NewEvent{}, fmt.Errorf("events: event id %q: %w", e.ID, err)
	}
	ne := archive.NewEvent{ID: id}
	for _, m := range e.Members {
		aid, err := strconv.ParseInt(m.ID, 10, 64)
		if err != nil {
			return archive.NewEvent{}, fmt.Errorf("events: article id %q: %w", m.ID, err)
		}
		ne.Articles = append(ne.Articles, archive.EventArticle{ID: aid, Outlet: m.Outlet, Published: m.Date, Title: m.Title})
	}
	return ne, nil
}
