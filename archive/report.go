package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
)

// MonthStats are an outlet's figures over the articles it published in
// one month: its sourcing mix over time.
type MonthStats struct {
	Outlet         string  `json:"outlet"` // "" for articles of no known outlet
	Month          string  `json:"month"`  // YYYY-MM; "" for articles of unknown date
	Articles       int     `json:"articles"`
	Claims         int     `json:"claims"`
	Named          int     `json:"named"`
	NamedShare     float64 `json:"named_share"`
	Anonymous      int     `json:"anonymous"`
	AnonymousShare float64 `json:"anonymous_share"`
	OutletClaims   int     `json:"outlet_sourced"`
	OutletShare    float64 `json:"outlet_share"`
	Unsourced      int     `json:"unsourced"`
	UnsourcedShare float64 `json:"unsourced_share"`
	MeanScore      float64 `json:"mean_score"` // 2 decimals
}

// Months returns each outlet's figures month by month, in the order of
// Outlets, then by month (unknown dates first).
func (db *DB) Months(ctx context.Context, f Filter) ([]MonthStats, error) {
	where, args := f.where(false)
	return collectThen(ctx, db, `SELECT COALESCE(MAX(ca.outlet), ''), substr(ca.published, 1, 7), COUNT(*), SUM(ca.claims), SUM(ca.named),
SUM(ca.anonymous), SUM(ca.outlet_claims), SUM(ca.unsourced), COALESCE(AVG(ca.score), 0)
FROM current_articles ca`+where+` GROUP BY COALESCE(ca.outlet_id, 0), substr(ca.published, 1, 7) ORDER BY 1, 2`, args,
		func(m *MonthStats) []any {
			return []any{&m.Outlet, &m.Month, &m.Articles, &m.Claims, &m.Named, &m.Anonymous, &m.OutletClaims, &m.Unsourced, &m.MeanScore}
		},
		func(m *MonthStats) {
			m.NamedShare, m.AnonymousShare = share(m.Named, m.Claims), share(m.Anonymous, m.Claims)
			m.OutletShare, m.UnsourcedShare = share(m.OutletClaims, m.Claims), share(m.Unsourced, m.Claims)
			m.MeanScore = math.Round(m.MeanScore*100) / 100
		})
}

// collectThen is collect with a function that completes each row.
func collectThen[T any](ctx context.Context, db *DB, q string, args []any, fields func(*T) []any, then func(*T)) ([]T, error) {
	out, err := collect(ctx, db, q, args, fields)
	for i := range out {
		then(&out[i])
	}
	return out, err
}

// Coverage is what a filter sees of the archive: the size, the dates and
// the analyzers of the articles' current versions.
type Coverage struct {
	Articles, Claims              int
	Outlets                       int    // named outlets with articles
	FirstPublished, LastPublished string // "" when no date is known
	Undated                       int    // articles of unknown date
	Analyzers                     []AnalyzerCount
}

// Coverage returns what a filter sees of the archive.
func (db *DB) Coverage(ctx context.Context, f Filter) (*Coverage, error) {
	where, args := f.where(false)
	c := &Coverage{}
	err := db.ro.QueryRowContext(ctx, `SELECT COUNT(*), COUNT(DISTINCT ca.outlet_id), COALESCE(SUM(ca.claims), 0),
COALESCE(MIN(CASE WHEN ca.published <> '' THEN ca.published END), ''), COALESCE(MAX(ca.published), ''),
COALESCE(SUM(CASE WHEN ca.published = '' THEN 1 ELSE 0 END), 0)
FROM current_articles ca`+where, args...).Scan(&c.Articles, &c.Outlets, &c.Claims, &c.FirstPublished, &c.LastPublished, &c.Undated)
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	c.Analyzers, err = collect(ctx, db, `SELECT ca.analyzer_version, COUNT(*) FROM current_articles ca`+where+`
GROUP BY ca.analyzer_version ORDER BY COUNT(*) DESC, 1`, args, func(a *AnalyzerCount) []any { return []any{&a.Version, &a.Analyses} })
	return c, err
}

// CitationRow is one citation of a source by a claim of an article's
// current version: as the claim's immediate source (depth 0) or in its
// chain (1 the nearest relay).
type CitationRow struct {
	SourceID  int64  `json:"source_id"`
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"` // the citing article's; "" for no known outlet
	Published string `json:"published"`
	Title     string `json:"title"`
	Claim     int    `json:"claim"` // the claim's id in the article
	Depth     int    `json:"depth"`
	Class     string `json:"class"` // the claim's
	Role      string `json:"role"`  // as the mention gives it
	Span      string `json:"span"`  // the mention
	Text      string `json:"text"`  // the claim
}

// EachCitation calls fn for every citation of a source by the articles a
// filter sees, by date of publication (unknown dates first), article,
// claim and depth.
func (db *DB) EachCitation(ctx context.Context, f Filter, source int64, fn func(CitationRow) error) error {
	where, args := f.whereOn(true, "a.outlet_id", "v.published")
	// current_articles is spelled out so that the query starts from the
	// source's index and finds each article by its key
	return db.each(ctx, `SELECT cs.source_id, a.id, COALESCE(o.name, ''), v.published, v.title, cs.claim, cs.depth, c.class, cs.role, cs.span,
substr(v.text, c.start_char + 1, c.end_char - c.start_char)
FROM claim_sources cs
JOIN analyses an ON an.id = cs.analysis_id
JOIN versions v ON v.id = an.version_id
JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id
LEFT JOIN outlets o ON o.id = a.outlet_id
JOIN claims c ON c.analysis_id = cs.analysis_id AND c.n = cs.claim
WHERE cs.source_id = ?`+where+`
ORDER BY v.published, a.id, cs.claim, cs.depth`, append([]any{source}, args...), func(r *sql.Rows) error {
		var c CitationRow
		if err := r.Scan(&c.SourceID, &c.ArticleID, &c.Outlet, &c.Published, &c.Title, &c.Claim, &c.Depth, &c.Class, &c.Role, &c.Span, &c.Text); err != nil {
			return err
		}
		return fn(c)
	})
}

// ArticleInfo returns the figures of one article's current version, as
// Articles gives them.
func (db *DB) ArticleInfo(ctx context.Context, id int64) (ArticleInfo, error) {
	a, err := scanArticle(db.ro.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM current_articles ca WHERE ca.article_id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("%w: article %d", ErrNotFound, id)
	}
	if err != nil {
		return a, fmt.Errorf("archive: %w", err)
	}
	return a, nil
}

// ArticleID returns the id of the article a locator identifies.
func (db *DB) ArticleID(ctx context.Context, locator string) (int64, error) {
	var id int64
	err := db.ro.QueryRowContext(ctx, `SELECT id FROM articles WHERE locator = ?`, locator).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: %s", ErrNotFound, locator)
	}
	if err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	}
	return id, nil
}
