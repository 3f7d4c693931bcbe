package archive

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// SourceStats are the citations of one source entity by the articles a
// filter sees: the columns of 'audit export sources'.
type SourceStats struct {
	ID        int64      `json:"source_id"`
	Name      string     `json:"name"`
	Type      string     `json:"type"`
	Citations int        `json:"citations"` // as a claim's source or in its chain
	Claims    int        `json:"claims"`    // claims it is the immediate source of
	Articles  int        `json:"articles"`
	Outlets   int        `json:"outlets"` // outlets whose articles cite it
	Roles     RoleCounts `json:"roles"`   // the roles it is cited with, most frequent first
}

// RoleCount is how often a source is cited with a role ("President").
type RoleCount struct {
	Role      string `json:"role"`
	Citations int    `json:"citations"`
}

// RoleCounts are a source's roles; as text, "President (3); Mayor (1)".
type RoleCounts []RoleCount

func (rs RoleCounts) String() string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("%s (%d)", r.Role, r.Citations)
	}
	return strings.Join(parts, "; ")
}

// Sources returns the most-cited sources first (then by name), at most
// limit of them (0: all).
func (db *DB) Sources(ctx context.Context, f Filter, limit int) ([]SourceStats, error) {
	return gather(func(fn func(SourceStats) error) error { return db.EachSource(ctx, f, limit, fn) })
}

// EachSource calls fn for each source Sources would return.
func (db *DB) EachSource(ctx context.Context, f Filter, limit int, fn func(SourceStats) error) error {
	where, args := f.where(false)
	return db.eachSource(ctx, where, args, limit, fn)
}

// Source returns the figures of one source, as Sources gives them, over
// the articles a filter sees; ErrNotFound when they never cite it.
func (db *DB) Source(ctx context.Context, f Filter, id int64) (SourceStats, error) {
	where, args := f.where(true)
	out, err := gather(func(fn func(SourceStats) error) error {
		return db.eachSource(ctx, " WHERE cs.source_id = ?"+where, append([]any{id}, args...), 0, fn)
	})
	if err != nil {
		return SourceStats{}, err
	}
	if len(out) == 0 {
		return SourceStats{}, fmt.Errorf("%w: source %d", ErrNotFound, id)
	}
	return out[0], nil
}

// eachSource is EachSource with the conditions where (on current_articles
// ca and claim_sources cs) and their arguments.
func (db *DB) eachSource(ctx context.Context, where string, args []any, limit int, fn func(SourceStats) error) error {
	roles := map[int64]RoleCounts{}
	err := db.each(ctx, `SELECT cs.source_id, cs.role, COUNT(*) FROM current_articles ca
JOIN claim_sources cs ON cs.analysis_id = ca.analysis_id`+where+` GROUP BY cs.source_id, cs.role HAVING cs.role <> ''
ORDER BY cs.source_id, COUNT(*) DESC, cs.role`, args, func(r *sql.Rows) error {
		var id int64
		var rc RoleCount
		if err := r.Scan(&id, &rc.Role, &rc.Citations); err != nil {
			return err
		}
		roles[id] = append(roles[id], rc)
		return nil
	})
	if err != nil {
		return err
	}
	return db.each(ctx, `SELECT s.id, s.name, s.type, COUNT(*), SUM(CASE WHEN cs.depth = 0 THEN 1 ELSE 0 END),
COUNT(DISTINCT ca.article_id), COUNT(DISTINCT ca.outlet_id)
FROM current_articles ca JOIN claim_sources cs ON cs.analysis_id = ca.analysis_id JOIN sources s ON s.id = cs.source_id`+where+`
GROUP BY s.id, s.name, s.type ORDER BY COUNT(*) DESC, s.name, s.type`+Page{Limit: limit}.sql(), args, func(r *sql.Rows) error {
		var s SourceStats
		if err := r.Scan(&s.ID, &s.Name, &s.Type, &s.Citations, &s.Claims, &s.Articles, &s.Outlets); err != nil {
			return err
		}
		s.Roles = roles[s.ID]
		if s.Roles == nil {
			s.Roles = RoleCounts{}
		}
		return fn(s)
	})
}

// Citation is how often one outlet's articles rely on another outlet's
// reporting: the rows of 'audit export citations'.
type Citation struct {
	Citing    string `json:"citing_outlet"` // "" for articles of no known outlet
	Cited     string `json:"cited_outlet"`
	Citations int    `json:"citations"` // as a claim's source or in its chain
	Claims    int    `json:"claims"`    // claims it is the immediate source of
	Articles  int    `json:"articles"`
}

// Citations returns the citations between outlets, most first; the
// filter's outlet is the citing one.
func (db *DB) Citations(ctx context.Context, f Filter) ([]Citation, error) {
	where, args := f.where(false)
	return collect(ctx, db, `SELECT COALESCE(ca.outlet, ''), co.name, COUNT(*), SUM(CASE WHEN oc.depth = 0 THEN 1 ELSE 0 END), COUNT(DISTINCT oc.article_id)
FROM outlet_citations oc JOIN current_articles ca ON ca.article_id = oc.article_id JOIN outlets co ON co.id = oc.cited_outlet_id`+where+`
GROUP BY ca.outlet, co.name ORDER BY COUNT(*) DESC, 1, 2`, args, func(c *Citation) []any {
		return []any{&c.Citing, &c.Cited, &c.Citations, &c.Claims, &c.Articles}
	})
}

// AnonymousGroup counts the anonymous claims of an outlet that share a
// kind of source, affiliation, seniority and stated reason.
type AnonymousGroup struct {
	Outlet      string `json:"outlet"`
	Type        string `json:"type"` // unnamed_official, vague_group, ...
	Affiliation string `json:"affiliation"`
	Seniority   string `json:"seniority"`
	Reason      string `json:"anonymity_reason"` // "" when the article gives none
	Claims      int    `json:"claims"`
	People      int    `json:"people"` // the sources' stated counts added up ("two officials" is 2)
	Articles    int    `json:"articles"`
}

// Anonymous returns the anonymous claims grouped, by outlet then most
// claims first.
func (db *DB) Anonymous(ctx context.Context, f Filter) ([]AnonymousGroup, error) {
	where, args := f.where(true)
	return collect(ctx, db, `SELECT COALESCE(ca.outlet, ''), s.type, c.affiliation, c.seniority, c.anonymity_reason, COUNT(*), SUM(c.anon_count), COUNT(DISTINCT ca.article_id)
FROM current_articles ca JOIN claims c ON c.analysis_id = ca.analysis_id
JOIN sources s ON s.id = c.source_id
WHERE c.class = 'anonymous'`+where+`
GROUP BY ca.outlet, s.type, c.affiliation, c.seniority, c.anonymity_reason ORDER BY 1, COUNT(*) DESC, 2, 3, 4, 5`, args, func(g *AnonymousGroup) []any {
		return []any{&g.Outlet, &g.Type, &g.Affiliation, &g.Seniority, &g.Reason, &g.Claims, &g.People, &g.Articles}
	})
}

// RuleCount counts an outlet's findings of one rule.
type RuleCount struct {
	Outlet   string `json:"outlet"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Findings int    `json:"findings"`
	Articles int    `json:"articles"`
}

// Rules returns the findings counted by outlet and rule, most first
// within each outlet.
func (db *DB) Rules(ctx context.Context, f Filter) ([]RuleCount, error) {
	where, args := f.where(false)
	return collect(ctx, db, `SELECT COALESCE(ca.outlet, ''), fi.rule, fi.severity, COUNT(*), COUNT(DISTINCT ca.article_id)
FROM current_articles ca JOIN findings fi ON fi.analysis_id = ca.analysis_id`+where+`
GROUP BY ca.outlet, fi.rule, fi.severity ORDER BY 1, COUNT(*) DESC, 2, 3`, args, func(rc *RuleCount) []any {
		return []any{&rc.Outlet, &rc.Rule, &rc.Severity, &rc.Findings, &rc.Articles}
	})
}
