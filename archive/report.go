package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
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
// filter sees, in the order the archive stored their analyses, then by
// claim and depth.
func (db *DB) EachCitation(ctx context.Context, f Filter, source int64, fn func(CitationRow) error) error {
	return db.EachCitations(ctx, f, source, source, fn)
}

// citationQueries read the citations of a range of sources as immediate
// sources and in chains, each in the order of its index (source, analysis,
// claim, depth), so that merging them needs no sort; current_articles is
// spelled out so that each row finds its article by key.
var citationQueries = [2]string{
	`SELECT c.source_id, c.analysis_id, a.id, COALESCE(o.name, ''), v.published, v.title, c.n, 0, c.class, c.role, c.span,
substr(v.text, c.start_char + 1, c.end_char - c.start_char)
FROM claims c INDEXED BY claims_source
JOIN analyses an ON an.id = c.analysis_id
JOIN versions v ON v.id = an.version_id
JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE c.source_id BETWEEN ? AND ?%s
ORDER BY c.source_id, c.analysis_id, c.n`,
	`SELECT ch.source_id, ch.analysis_id, a.id, COALESCE(o.name, ''), v.published, v.title, ch.claim, ch.depth, c.class, ch.role, ch.span,
substr(v.text, c.start_char + 1, c.end_char - c.start_char)
FROM claim_chain ch INDEXED BY claim_chain_source
JOIN claims c ON c.analysis_id = ch.analysis_id AND c.n = ch.claim
JOIN analyses an ON an.id = ch.analysis_id
JOIN versions v ON v.id = an.version_id
JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE ch.source_id BETWEEN ? AND ?%s
ORDER BY ch.source_id, ch.analysis_id, ch.claim, ch.depth`,
}

// EachCitations calls fn for every citation of the sources whose ids are
// from to to, by source, then as EachCitation gives them. It streams:
// memory does not grow with the number of citations.
func (db *DB) EachCitations(ctx context.Context, f Filter, from, to int64, fn func(CitationRow) error) (err error) {
	where, args := f.whereOn(true, "a.outlet_id", "v.published")
	args = append([]any{from, to}, args...)
	var streams [2]*citationStream
	for i, q := range citationQueries {
		rows, qerr := db.ro.QueryContext(ctx, fmt.Sprintf(q, where), args...) //nolint:rowserrcheck // citationStream.next checks Err where the rows end
		if qerr != nil {
			return fmt.Errorf("archive: %w", qerr)
		}
		defer closeRows(rows, &err)
		streams[i] = &citationStream{rows: rows}
		if err := streams[i].next(); err != nil {
			return err
		}
	}
	for {
		a, b := streams[0], streams[1]
		var s *citationStream
		switch {
		case a.done && b.done:
			return nil
		case b.done || (!a.done && !b.before(a)):
			s = a
		default:
			s = b
		}
		if err := fn(s.cur); err != nil {
			return err
		}
		if err := s.next(); err != nil {
			return err
		}
	}
}

// citationStream is one of the two ordered streams EachCitations merges.
type citationStream struct {
	rows     *sql.Rows
	cur      CitationRow
	analysis int64
	done     bool
}

func (s *citationStream) next() error {
	if !s.rows.Next() {
		s.done = true
		if err := s.rows.Err(); err != nil {
			return fmt.Errorf("archive: %w", err)
		}
		return nil
	}
	c := &s.cur
	if err := s.rows.Scan(&c.SourceID, &s.analysis, &c.ArticleID, &c.Outlet, &c.Published, &c.Title, &c.Claim, &c.Depth, &c.Class,
		&c.Role, &c.Span, &c.Text); err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	return nil
}

// before reports whether s's row comes before o's.
func (s *citationStream) before(o *citationStream) bool {
	a, b := s.cur, o.cur
	switch {
	case a.SourceID != b.SourceID:
		return a.SourceID < b.SourceID
	case s.analysis != o.analysis:
		return s.analysis < o.analysis
	case a.Claim != b.Claim:
		return a.Claim < b.Claim
	}
	return a.Depth < b.Depth
}

// OutletSources are the most-cited sources of one outlet's articles.
type OutletSources struct {
	Outlet  string // "" for articles of no known outlet
	Sources []SourceStats
}

// TopSources returns, for each outlet in name order, its n most-cited
// sources of the types given (all types when none), as Sources with the
// filter narrowed to the outlet would give them.
func (db *DB) TopSources(ctx context.Context, f Filter, n int, types ...string) ([]OutletSources, error) {
	where, args := f.where(false)
	cond := ""
	if len(types) > 0 {
		cond = " AND s.type IN (?" + strings.Repeat(", ?", len(types)-1) + ")"
		if where == "" {
			cond = " WHERE" + strings.TrimPrefix(cond, " AND")
		}
		for _, t := range types {
			args = append(args, t)
		}
	}
	var out []OutletSources
	type key struct {
		outlet string
		source int64
	}
	kept := map[key]*SourceStats{}
	err := db.each(ctx, `SELECT COALESCE(MAX(ca.outlet), ''), s.id, s.name, s.type, COUNT(*), SUM(CASE WHEN cs.depth = 0 THEN 1 ELSE 0 END),
COUNT(DISTINCT ca.article_id), COUNT(DISTINCT ca.outlet_id)
FROM current_articles ca JOIN claim_sources cs ON cs.analysis_id = ca.analysis_id JOIN sources s ON s.id = cs.source_id`+where+cond+`
GROUP BY COALESCE(ca.outlet_id, 0), s.id ORDER BY 1, 5 DESC, s.name, s.type`, args, func(r *sql.Rows) error {
		var outlet string
		var s SourceStats
		if err := r.Scan(&outlet, &s.ID, &s.Name, &s.Type, &s.Citations, &s.Claims, &s.Articles, &s.Outlets); err != nil {
			return err
		}
		if len(out) == 0 || out[len(out)-1].Outlet != outlet {
			out = append(out, OutletSources{Outlet: outlet})
		}
		o := &out[len(out)-1]
		if len(o.Sources) < n {
			s.Roles = RoleCounts{}
			o.Sources = append(o.Sources, s)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range out {
		for j := range out[i].Sources {
			kept[key{MatchKey(out[i].Outlet), out[i].Sources[j].ID}] = &out[i].Sources[j]
		}
	}
	where, args = f.where(false)
	err = db.each(ctx, `SELECT COALESCE(MAX(ca.outlet), ''), cs.source_id, cs.role, COUNT(*) FROM current_articles ca
JOIN claim_sources cs ON cs.analysis_id = ca.analysis_id`+where+` GROUP BY COALESCE(ca.outlet_id, 0), cs.source_id, cs.role HAVING cs.role <> ''
ORDER BY 1, 2, COUNT(*) DESC, cs.role`, args, func(r *sql.Rows) error {
		var outlet string
		var id int64
		var rc RoleCount
		if err := r.Scan(&outlet, &id, &rc.Role, &rc.Citations); err != nil {
			return err
		}
		if s, ok := kept[key{MatchKey(outlet), id}]; ok {
			s.Roles = append(s.Roles, rc)
		}
		return nil
	})
	return out, err
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

// SourceName is a source entity's name and type.
type SourceName struct {
	ID     int64  `json:"source_id"`
	Name   string `json:"name"`
	Type   string `json:"type"`
	Outlet string `json:"outlet"` // for a source of type outlet, the outlet's name as Citations gives it
}

// SourceNames returns the sources whose ids are from to to, by id.
func (db *DB) SourceNames(ctx context.Context, from, to int64) ([]SourceName, error) {
	return collect(ctx, db, `SELECT s.id, s.name, s.type, COALESCE(o.name, '') FROM sources s LEFT JOIN outlets o ON o.id = s.outlet_id
WHERE s.id BETWEEN ? AND ? ORDER BY s.id`, []any{from, to},
		func(s *SourceName) []any { return []any{&s.ID, &s.Name, &s.Type, &s.Outlet} })
}

// citationCountQueries count the citations of each source, as immediate
// sources and in chains, in the order of their indexes: no sort.
var citationCountQueries = [2]string{
	`SELECT c.source_id, COUNT(*) FROM claims c INDEXED BY claims_source
JOIN analyses an ON an.id = c.analysis_id
JOIN versions v ON v.id = an.version_id
JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id
WHERE c.source_id IS NOT NULL%s GROUP BY c.source_id ORDER BY c.source_id`,
	`SELECT ch.source_id, COUNT(*) FROM claim_chain ch INDEXED BY claim_chain_source
JOIN analyses an ON an.id = ch.analysis_id
JOIN versions v ON v.id = an.version_id
JOIN articles a ON a.id = v.article_id AND a.current_version_id = v.id
WHERE 1 = 1%s GROUP BY ch.source_id ORDER BY ch.source_id`,
}

// EachCitationCount calls fn with the number of citations of each source
// the articles a filter see cite, by source id, as Sources counts them;
// it reads the sources' indexes in order and holds one count at a time.
func (db *DB) EachCitationCount(ctx context.Context, f Filter, fn func(source int64, citations int) error) (err error) {
	where, args := f.whereOn(true, "a.outlet_id", "v.published")
	var rows [2]*sql.Rows
	for i, q := range citationCountQueries {
		r, qerr := db.ro.QueryContext(ctx, fmt.Sprintf(q, where), args...) //nolint:rowserrcheck // next checks Err where the rows end
		if qerr != nil {
			return fmt.Errorf("archive: %w", qerr)
		}
		defer closeRows(r, &err)
		rows[i] = r
	}
	type head struct {
		id   int64
		n    int
		done bool
	}
	var heads [2]head
	next := func(i int) error {
		if !rows[i].Next() {
			heads[i].done = true
			return rows[i].Err()
		}
		return rows[i].Scan(&heads[i].id, &heads[i].n)
	}
	for i := range rows {
		if err := next(i); err != nil {
			return fmt.Errorf("archive: %w", err)
		}
	}
	for !heads[0].done || !heads[1].done {
		id := heads[0].id
		if heads[0].done || (!heads[1].done && heads[1].id < id) {
			id = heads[1].id
		}
		n := 0
		for i := range heads {
			if !heads[i].done && heads[i].id == id {
				n += heads[i].n
				if err := next(i); err != nil {
					return fmt.Errorf("archive: %w", err)
				}
			}
		}
		if err := fn(id, n); err != nil {
			return err
		}
	}
	return nil
}
