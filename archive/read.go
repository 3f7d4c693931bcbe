package archive

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/auditnews/audit/result"
)

// Filter narrows what the read methods see to the current versions of
// some articles. The zero Filter sees every article.
type Filter struct {
	// Outlet keeps the articles of one outlet, matched as MatchKey does.
	Outlet string
	// NoOutlet keeps the articles of no known outlet; it cannot be set
	// with Outlet.
	NoOutlet bool
	// Since and Until keep articles published on or after, and on or
	// before, a day (YYYY-MM-DD); either leaves out articles of unknown
	// date.
	Since, Until string
}

// Check reports a date that is not YYYY-MM-DD, or an outlet given with
// NoOutlet.
func (f Filter) Check() error {
	if f.NoOutlet && f.Outlet != "" {
		return errors.New("outlet: an outlet and no outlet at once")
	}
	for _, d := range []struct{ name, v string }{{"since", f.Since}, {"until", f.Until}} {
		if d.v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, d.v); err != nil {
			return fmt.Errorf("%s: want a date as YYYY-MM-DD, not %q", d.name, d.v)
		}
	}
	return nil
}

// where returns the filter as conditions on the view current_articles,
// aliased ca, beginning with WHERE (or AND, when and is set).
func (f Filter) where(and bool) (string, []any) {
	return f.whereOn(and, "ca.outlet_id", "ca.published")
}

// whereOn returns the filter as conditions on the columns named, for a
// query that reads an article's outlet and publication date elsewhere
// than in current_articles.
func (f Filter) whereOn(and bool, outletCol, publishedCol string) (string, []any) {
	var conds []string
	var args []any
	if f.Outlet != "" {
		conds = append(conds, outletCol+" IN (SELECT id FROM outlets WHERE match_key = ?)")
		args = append(args, MatchKey(f.Outlet))
	}
	if f.NoOutlet {
		conds = append(conds, outletCol+" IS NULL")
	}
	if f.Since != "" {
		conds = append(conds, publishedCol+" <> '' AND "+publishedCol+" >= ?")
		args = append(args, f.Since)
	}
	if f.Until != "" {
		conds = append(conds, publishedCol+" <> '' AND "+publishedCol+" <= ?")
		args = append(args, f.Until)
	}
	if len(conds) == 0 {
		return "", nil
	}
	word := " WHERE "
	if and {
		word = " AND "
	}
	return word + strings.Join(conds, " AND "), args
}

// each runs a query on the readers and calls fn for each row.
func (db *DB) each(ctx context.Context, q string, args []any, fn func(*sql.Rows) error) (err error) {
	rows, err := db.ro.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	defer closeRows(rows, &err)
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	return nil
}

// collect runs a query and returns its rows, each scanned into the
// fields of a new T that fields lists.
func collect[T any](ctx context.Context, db *DB, q string, args []any, fields func(*T) []any) ([]T, error) {
	var out []T
	err := db.each(ctx, q, args, func(r *sql.Rows) error {
		var v T
		if err := r.Scan(fields(&v)...); err != nil {
			return err
		}
		out = append(out, v)
		return nil
	})
	return out, err
}

// gather returns what an Each method gives, as a slice.
func gather[T any](each func(func(T) error) error) ([]T, error) {
	var out []T
	err := each(func(v T) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

// share is n/of rounded to 4 decimals, 0 when of is 0.
func share(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return math.Round(float64(n)/float64(of)*1e4) / 1e4
}

// OutletStats are an outlet's figures over the current versions of its
// articles: the columns of 'audit export outlets'.
type OutletStats struct {
	Outlet              string  `json:"outlet"` // "" for articles of no known outlet
	Articles            int     `json:"articles"`
	Claims              int     `json:"claims"`
	Named               int     `json:"named"`
	NamedShare          float64 `json:"named_share"`
	Anonymous           int     `json:"anonymous"`
	AnonymousShare      float64 `json:"anonymous_share"`
	OutletClaims        int     `json:"outlet_sourced"`
	OutletShare         float64 `json:"outlet_share"`
	Unsourced           int     `json:"unsourced"`
	UnsourcedShare      float64 `json:"unsourced_share"`
	AnonymousWithReason int     `json:"anonymous_with_reason"` // anonymous claims whose article says why anonymity was granted
	UnsourcedStatistics int     `json:"unsourced_statistics"`  // findings of the rule unsourced-statistic
	MeanScore           float64 `json:"mean_score"`            // of the articles' sourcing scores, 2 decimals
}

// Outlets returns the figures of each outlet, in name order.
func (db *DB) Outlets(ctx context.Context, f Filter) ([]OutletStats, error) {
	where, args := f.where(false)
	var out []OutletStats
	index := map[int64]int{}
	err := db.each(ctx, `SELECT COALESCE(ca.outlet_id, 0), COALESCE(MAX(ca.outlet), ''), COUNT(*), SUM(ca.claims), SUM(ca.named), SUM(ca.anonymous),
SUM(ca.outlet_claims), SUM(ca.unsourced), COALESCE(AVG(ca.score), 0)
FROM current_articles ca`+where+` GROUP BY COALESCE(ca.outlet_id, 0) ORDER BY 2`, args, func(r *sql.Rows) error {
		var id int64
		var s OutletStats
		if err := r.Scan(&id, &s.Outlet, &s.Articles, &s.Claims, &s.Named, &s.Anonymous, &s.OutletClaims, &s.Unsourced, &s.MeanScore); err != nil {
			return err
		}
		s.NamedShare, s.AnonymousShare = share(s.Named, s.Claims), share(s.Anonymous, s.Claims)
		s.OutletShare, s.UnsourcedShare = share(s.OutletClaims, s.Claims), share(s.Unsourced, s.Claims)
		s.MeanScore = math.Round(s.MeanScore*100) / 100
		index[id] = len(out)
		out = append(out, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	where, args = f.where(true)
	counts := []struct {
		q   string
		set func(*OutletStats, int)
	}{
		{`SELECT COALESCE(ca.outlet_id, 0), COUNT(*) FROM current_articles ca
JOIN claims c ON c.analysis_id = ca.analysis_id
WHERE c.class = 'anonymous' AND c.anonymity_reason <> ''`, func(s *OutletStats, n int) { s.AnonymousWithReason = n }},
		{`SELECT COALESCE(ca.outlet_id, 0), COUNT(*) FROM current_articles ca
JOIN findings fi ON fi.analysis_id = ca.analysis_id
WHERE fi.rule = 'unsourced-statistic'`, func(s *OutletStats, n int) { s.UnsourcedStatistics = n }},
	}
	for _, c := range counts {
		err := db.each(ctx, c.q+where+` GROUP BY COALESCE(ca.outlet_id, 0)`, args, func(r *sql.Rows) error {
			var id int64
			var n int
			if err := r.Scan(&id, &n); err != nil {
				return err
			}
			if i, ok := index[id]; ok {
				c.set(&out[i], n)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ArticleInfo is an article's current version and the figures of its
// analysis: the columns of 'audit export articles'.
type ArticleInfo struct {
	ID              int64    `json:"article_id"`
	VersionID       int64    `json:"version_id"`
	Version         int      `json:"version"`  // 1 for the first text seen
	Versions        int      `json:"versions"` // texts stored
	Locator         string   `json:"locator"`  // canonical URL, else the file's path
	Outlet          string   `json:"outlet"`
	Title           string   `json:"title"`
	Published       string   `json:"published"`
	Authors         []string `json:"authors"`
	Section         string   `json:"section"`
	URL             string   `json:"url"`
	Format          string   `json:"format"`
	Language        string   `json:"language"`
	Claims          int      `json:"claims"`
	Named           int      `json:"named"`
	Anonymous       int      `json:"anonymous"`
	OutletClaims    int      `json:"outlet_sourced"`
	Unsourced       int      `json:"unsourced"`
	Score           *int     `json:"score"` // nil when not checked
	Band            string   `json:"band"`
	Errors          int      `json:"errors"`
	Warnings        int      `json:"warnings"`
	Suggestions     int      `json:"suggestions"`
	AnalyzerVersion string   `json:"analyzer_version"`
	FirstSeen       string   `json:"first_seen"`
}

const articleColumns = `ca.article_id, ca.version_id, ca.version, (SELECT COUNT(*) FROM versions vv WHERE vv.article_id = ca.article_id),
ca.locator, COALESCE(ca.outlet, ''), ca.title, ca.published, ca.authors, ca.section, ca.url, ca.format, ca.language,
ca.claims, ca.named, ca.anonymous, ca.outlet_claims, ca.unsourced, ca.score, ca.band, ca.errors, ca.warnings, ca.suggestions,
ca.analyzer_version, (SELECT first_seen FROM articles ar WHERE ar.id = ca.article_id)`

func scanArticle(r interface{ Scan(...any) error }) (ArticleInfo, error) {
	var a ArticleInfo
	var authors string
	var score sql.NullInt64
	err := r.Scan(&a.ID, &a.VersionID, &a.Version, &a.Versions, &a.Locator, &a.Outlet, &a.Title, &a.Published, &authors,
		&a.Section, &a.URL, &a.Format, &a.Language, &a.Claims, &a.Named, &a.Anonymous, &a.OutletClaims, &a.Unsourced,
		&score, &a.Band, &a.Errors, &a.Warnings, &a.Suggestions, &a.AnalyzerVersion, &a.FirstSeen)
	if err != nil {
		return a, err
	}
	if score.Valid {
		n := int(score.Int64)
		a.Score = &n
	}
	a.Authors = []string{}
	if authors != "" && authors != "[]" {
		if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
			return a, fmt.Errorf("archive: article %d: authors: %w", a.ID, err)
		}
	}
	return a, nil
}

// Page is a window of a list: at most Limit items (0: all) after skipping
// Offset.
type Page struct{ Limit, Offset int }

func (p Page) sql() string {
	if p.Limit <= 0 && p.Offset <= 0 {
		return ""
	}
	limit := p.Limit
	if limit <= 0 {
		limit = math.MaxInt32
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", limit, max(p.Offset, 0))
}

// Articles returns articles by date of publication (unknown dates
// first), then by id.
func (db *DB) Articles(ctx context.Context, f Filter, p Page) ([]ArticleInfo, error) {
	return gather(func(fn func(ArticleInfo) error) error { return db.EachArticleInfo(ctx, f, p, fn) })
}

// EachArticleInfo calls fn for each article Articles would return,
// holding none of them in memory.
func (db *DB) EachArticleInfo(ctx context.Context, f Filter, p Page, fn func(ArticleInfo) error) error {
	where, args := f.where(false)
	return db.each(ctx, `SELECT `+articleColumns+` FROM current_articles ca`+where+` ORDER BY ca.published, ca.article_id`+p.sql(), args,
		func(r *sql.Rows) error {
			a, err := scanArticle(r)
			if err != nil {
				return err
			}
			return fn(a)
		})
}

// CountArticles returns the number of articles a filter sees.
func (db *DB) CountArticles(ctx context.Context, f Filter) (int, error) {
	where, args := f.where(false)
	var n int
	if err := db.ro.QueryRowContext(ctx, `SELECT COUNT(*) FROM current_articles ca`+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	}
	return n, nil
}

// ErrNotFound is returned for an article or version not in the archive.
var ErrNotFound = errors.New("archive: not found")

// Article returns the stored analysis of an article's current version.
func (db *DB) Article(ctx context.Context, id int64) (*result.Article, error) {
	return db.loadResult(ctx, `SELECT an.result, v.text FROM articles ar JOIN versions v ON v.id = ar.current_version_id
JOIN analyses an ON an.version_id = v.id WHERE ar.id = ?`, id)
}

// VersionArticle returns the stored analysis of one version.
func (db *DB) VersionArticle(ctx context.Context, version int64) (*result.Article, error) {
	return db.loadResult(ctx, `SELECT an.result, v.text FROM versions v JOIN analyses an ON an.version_id = v.id WHERE v.id = ?`, version)
}

func (db *DB) loadResult(ctx context.Context, q string, id int64) (*result.Article, error) {
	var blob []byte
	var text string
	err := db.ro.QueryRowContext(ctx, q, id).Scan(&blob, &text)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	return decodeResult(blob, text)
}

// VersionInfo is one stored text of an article.
type VersionInfo struct {
	ID              int64  `json:"version_id"`
	Seq             int    `json:"version"`
	Current         bool   `json:"current"`
	TextHash        string `json:"text_hash"`
	Title           string `json:"title"`
	Published       string `json:"published"`
	FirstSeen       string `json:"first_seen"`
	AnalyzerVersion string `json:"analyzer_version"`
}

// Versions returns the versions of an article, oldest first.
func (db *DB) Versions(ctx context.Context, article int64) ([]VersionInfo, error) {
	out, err := collect(ctx, db, `SELECT v.id, v.seq, CASE WHEN ar.current_version_id = v.id THEN 1 ELSE 0 END, v.text_hash, v.title, v.published,
v.first_seen, COALESCE(an.analyzer_version, '')
FROM versions v JOIN articles ar ON ar.id = v.article_id LEFT JOIN analyses an ON an.version_id = v.id
WHERE v.article_id = ? ORDER BY v.seq`, []any{article}, func(v *VersionInfo) []any {
		return []any{&v.ID, &v.Seq, &v.Current, &v.TextHash, &v.Title, &v.Published, &v.FirstSeen, &v.AnalyzerVersion}
	})
	if err == nil && len(out) == 0 {
		return nil, fmt.Errorf("%w: article %d", ErrNotFound, article)
	}
	return out, err
}

// eachBatch is how many articles EachArticle loads at a time.
const eachBatch = 128

// EachArticle calls fn with every article a filter sees, in id order, and
// its stored analysis. Articles are loaded a few at a time, so memory
// stays flat however large the archive.
func (db *DB) EachArticle(ctx context.Context, f Filter, fn func(ArticleInfo, *result.Article) error) error {
	where, args := f.where(true)
	var after int64
	for {
		type item struct {
			info ArticleInfo
			blob []byte
			text string
		}
		var batch []item
		err := db.each(ctx, `SELECT `+articleColumns+`, an.result, v.text FROM current_articles ca
JOIN analyses an ON an.id = ca.analysis_id JOIN versions v ON v.id = ca.version_id
WHERE ca.article_id > ?`+where+fmt.Sprintf(` ORDER BY ca.article_id LIMIT %d`, eachBatch), append([]any{after}, args...),
			func(r *sql.Rows) error {
				var it item
				var err error
				it.info, err = scanArticleWith(r, &it.blob, &it.text)
				batch = append(batch, it)
				return err
			})
		if err != nil {
			return err
		}
		for _, it := range batch {
			a, err := decodeResult(it.blob, it.text)
			if err != nil {
				return fmt.Errorf("archive: article %d: %w", it.info.ID, err)
			}
			if err := fn(it.info, a); err != nil {
				return err
			}
			after = it.info.ID
		}
		if len(batch) < eachBatch {
			return nil
		}
	}
}

// scanArticleWith scans an article row followed by more columns.
func scanArticleWith(r *sql.Rows, more ...any) (ArticleInfo, error) {
	return scanArticle(scanFunc(func(dest ...any) error { return r.Scan(append(dest, more...)...) }))
}

type scanFunc func(...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }
