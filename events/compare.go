package events

import (
	"context"
	"errors"
	"fmt"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/result"
)

// CompareOptions say how to compare stored articles.
type CompareOptions struct {
	Tool result.Tool
	// MaxArticles compares at most this many of an event's articles, the
	// first by date (0: all); a warning says how many were left out.
	MaxArticles int
}

// NotFoundError is an id the archive does not hold.
type NotFoundError struct {
	What string // "event", "article" or "version"
	ID   int64
	Hint string // what to do, or ""
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("no %s %d in the archive", e.What, e.ID)
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

func (e *NotFoundError) Unwrap() error { return archive.ErrNotFound }

// Compare compares the articles of one event of the archive's current
// grouping, from their stored analyses. The comparison's Event is id, and
// each article's ArticleID its id in the archive. An id that is not an
// event is a *NotFoundError; an event with fewer than two articles with
// text is a *compare.InputError.
func Compare(ctx context.Context, db *archive.DB, id int64, opts CompareOptions) (*compare.Comparison, error) {
	ev, err := db.Event(ctx, id)
	if errors.Is(err, archive.ErrNotFound) {
		hint := "list the events with 'audit events'"
		if ev, ferr := db.EventOf(ctx, id); ferr == nil {
			hint = fmt.Sprintf("article %d is in event %d", id, ev)
		}
		return nil, &NotFoundError{What: "event", ID: id, Hint: hint}
	}
	if err != nil {
		return nil, err
	}
	ids := make([]int64, 0, len(ev.Articles))
	for _, a := range ev.Articles {
		ids = append(ids, a.ID)
	}
	var left int
	if opts.MaxArticles > 0 && len(ids) > opts.MaxArticles {
		left = len(ids) - opts.MaxArticles
		ids = ids[:opts.MaxArticles]
	}
	if len(ids) < 2 {
		return nil, &compare.InputError{Problem: fmt.Sprintf("event %d has one article (%d); nothing to compare it with", id, ev.Articles[0].ID)}
	}
	c, err := CompareArticles(ctx, db, ids, opts)
	if err != nil {
		return nil, err
	}
	c.Event = id
	if left > 0 {
		c.Warnings = append(c.Warnings, fmt.Sprintf("event %d has %d articles: the first %d by date are compared, %d left out",
			id, len(ev.Articles), opts.MaxArticles, left))
	}
	return c, nil
}

// CompareArticles compares stored articles, in the order given, from
// their stored analyses (the current version of each). Each article's
// input is its locator (its URL, else its file's path). Word document
// frequencies come from the archive's grouping into events when it has
// one. An id the archive does not hold is a *NotFoundError.
func CompareArticles(ctx context.Context, db *archive.DB, ids []int64, opts CompareOptions) (*compare.Comparison, error) {
	arts := make([]*result.Article, 0, len(ids))
	byInput := map[string]int64{}
	for _, id := range ids {
		info, a, err := storedArticle(ctx, db, id)
		if err != nil {
			return nil, err
		}
		a.Input = info.Locator
		if _, dup := byInput[a.Input]; dup {
			return nil, &compare.InputError{Problem: fmt.Sprintf("article %d is given twice", id)}
		}
		byInput[a.Input] = id
		arts = append(arts, a)
	}
	df, err := docFreq(ctx, db)
	if err != nil {
		return nil, err
	}
	c, err := compare.Compare(ctx, arts, compare.Options{Tool: opts.Tool, DocFreq: df})
	if err != nil {
		return nil, err
	}
	for i := range c.Articles {
		c.Articles[i].ArticleID = byInput[c.Articles[i].Input]
	}
	return c, nil
}

// storedArticle returns an article's current version: its row and its
// analysis.
func storedArticle(ctx context.Context, db *archive.DB, id int64) (archive.ArticleInfo, *result.Article, error) {
	info, err := db.ArticleInfo(ctx, id)
	if errors.Is(err, archive.ErrNotFound) {
		return info, nil, &NotFoundError{What: "article", ID: id, Hint: "list the articles with 'audit export articles'"}
	}
	if err != nil {
		return info, nil, err
	}
	a, err := db.Article(ctx, id)
	if errors.Is(err, archive.ErrNotFound) {
		return archive.ArticleInfo{}, nil, &NotFoundError{What: "article", ID: id}
	}
	if err != nil {
		return archive.ArticleInfo{}, nil, err
	}
	return info, a, nil
}

// docFreq returns the document frequencies kept by the archive's current
// grouping, or nil when it has none.
func docFreq(ctx context.Context, db *archive.DB) (*compare.DocFreq, error) {
	g, err := db.CurrentGrouping(ctx)
	if errors.Is(err, archive.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	b, err := db.GroupingDocFreq(ctx, g.ID)
	if err != nil || b == nil {
		return nil, err
	}
	df := &compare.DocFreq{}
	if err := df.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("events: grouping %d: %w", g.ID, err)
	}
	return df, nil
}

// DiffVersions compares two stored versions of an article, given by
// their numbers (1 for the first text seen). With to 0, the current
// version; with from 0, the newest other version. An article or version
// the archive does not hold is a *NotFoundError; an article with one
// version is a *compare.InputError.
func DiffVersions(ctx context.Context, db *archive.DB, article int64, from, to int, tool result.Tool) (*compare.VersionDiff, error) {
	vs, err := db.Versions(ctx, article)
	if errors.Is(err, archive.ErrNotFound) {
		return nil, &NotFoundError{What: "article", ID: article, Hint: "list the articles with 'audit export articles'"}
	}
	if err != nil {
		return nil, err
	}
	if len(vs) < 2 {
		return nil, &compare.InputError{Problem: fmt.Sprintf("article %d has one version; nothing to compare it with", article)}
	}
	pick := func(n int) (archive.VersionInfo, error) {
		for _, v := range vs {
			if v.Seq == n {
				return v, nil
			}
		}
		return archive.VersionInfo{}, &NotFoundError{What: "version", ID: int64(n), Hint: fmt.Sprintf("article %d has versions 1 to %d", article, len(vs))}
	}
	var vto, vfrom archive.VersionInfo
	if to == 0 {
		for _, v := range vs {
			if v.Current {
				vto = v
			}
		}
	} else if vto, err = pick(to); err != nil {
		return nil, err
	}
	if from == 0 {
		for _, v := range vs {
			if v.Seq != vto.Seq {
				vfrom = v
			}
		}
	} else if vfrom, err = pick(from); err != nil {
		return nil, err
	}
	if vfrom.Seq == vto.Seq {
		return nil, &compare.InputError{Problem: fmt.Sprintf("version %d of article %d against itself: nothing to compare", vto.Seq, article)}
	}
	load := func(v archive.VersionInfo) (compare.Version, error) {
		a, err := db.VersionArticle(ctx, v.ID)
		if err != nil {
			return compare.Version{}, err
		}
		return compare.Version{Article: a, Version: v.Seq, ID: v.ID, FirstSeen: v.FirstSeen, AnalyzerVersion: v.AnalyzerVersion}, nil
	}
	a, err := load(vfrom)
	if err != nil {
		return nil, err
	}
	b, err := load(vto)
	if err != nil {
		return nil, err
	}
	info, err := db.ArticleInfo(ctx, article)
	if err != nil {
		return nil, err
	}
	d := compare.DiffVersions(a, b, tool)
	d.ArticleID, d.Locator = article, info.Locator
	if d.Outlet == "" {
		d.Outlet = info.Outlet
	}
	return d, nil
}
