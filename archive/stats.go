package archive

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// Stats summarise an archive: what 'audit stats' prints.
type Stats struct {
	SchemaVersion int
	Outlets       int // outlets with articles
	Articles      int
	Versions      int
	// Claims of the current versions, and of each class.
	Claims, Named, Anonymous, Outlet, Unsourced int
	// FirstPublished and LastPublished bound the known dates; Undated
	// counts articles of unknown date.
	FirstPublished, LastPublished string
	Undated                       int
	Analyzers                     []AnalyzerCount // analyzer versions of the stored analyses, newest run first
	Runs                          int
	LastRun                       string // when the last ingest run started
	Bytes                         int64  // the database file with its write-ahead log
}

// AnalyzerCount is how many versions one analyzer version analysed.
type AnalyzerCount struct {
	Version  string
	Analyses int
}

// Stats returns the archive's summary.
func (db *DB) Stats(ctx context.Context) (*Stats, error) {
	s := &Stats{}
	row := db.ro.QueryRowContext(ctx, `SELECT
(SELECT COUNT(DISTINCT outlet_id) FROM articles),
(SELECT COUNT(*) FROM articles),
(SELECT COUNT(*) FROM versions),
(SELECT COUNT(*) FROM ingest_runs),
(SELECT COALESCE(MAX(started_at), '') FROM ingest_runs),
COALESCE(SUM(ca.claims), 0), COALESCE(SUM(ca.named), 0), COALESCE(SUM(ca.anonymous), 0), COALESCE(SUM(ca.outlet_claims), 0), COALESCE(SUM(ca.unsourced), 0),
COALESCE(MIN(CASE WHEN ca.published <> '' THEN ca.published END), ''), COALESCE(MAX(ca.published), ''),
SUM(CASE WHEN ca.published = '' THEN 1 ELSE 0 END)
FROM current_articles ca`)
	var undated sql.NullInt64
	if err := row.Scan(&s.Outlets, &s.Articles, &s.Versions, &s.Runs, &s.LastRun, &s.Claims, &s.Named, &s.Anonymous, &s.Outlet, &s.Unsourced,
		&s.FirstPublished, &s.LastPublished, &undated); err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	s.Undated = int(undated.Int64)
	if err := db.ro.QueryRowContext(ctx, "PRAGMA user_version").Scan(&s.SchemaVersion); err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	err := db.each(ctx, `SELECT analyzer_version, COUNT(*) FROM analyses GROUP BY analyzer_version ORDER BY MAX(run_id) DESC, 1`, nil,
		func(r *sql.Rows) error {
			var a AnalyzerCount
			if err := r.Scan(&a.Version, &a.Analyses); err != nil {
				return err
			}
			s.Analyzers = append(s.Analyzers, a)
			return nil
		})
	if err != nil {
		return nil, err
	}
	for _, suffix := range []string{"", "-wal"} {
		if st, err := os.Stat(db.path + suffix); err == nil {
			s.Bytes += st.Size()
		}
	}
	return s, nil
}
