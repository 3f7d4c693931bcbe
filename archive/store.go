package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/auditnews/audit/result"
)

// The writer's statements, in the SQL PostgreSQL also reads (but for the
// ? placeholders).
const (
	qOutletGet   = `SELECT id FROM outlets WHERE match_key = ?`
	qOutletAdd   = `INSERT INTO outlets (name, match_key) VALUES (?, ?) RETURNING id`
	qSourceGet   = `SELECT id FROM sources WHERE match_key = ? AND type = ?`
	qSourceAdd   = `INSERT INTO sources (name, type, match_key, outlet_id) VALUES (?, ?, ?, ?) RETURNING id`
	qArticleGet  = `SELECT id, COALESCE(current_version_id, 0) FROM articles WHERE locator = ?`
	qArticleAdd  = `INSERT INTO articles (locator, outlet_id, first_seen) VALUES (?, ?, ?) RETURNING id`
	qArticleSet  = `UPDATE articles SET current_version_id = ?, outlet_id = COALESCE(?, outlet_id) WHERE id = ?`
	qVersionGet  = `SELECT v.id, v.input_hash, COALESCE(an.analyzer_version, '') FROM versions v LEFT JOIN analyses an ON an.version_id = v.id WHERE v.article_id = ? AND v.text_hash = ?`
	qVersionByID = `SELECT article_id, text_hash FROM versions WHERE id = ?`
	qVersionAdd  = `INSERT INTO versions (article_id, seq, text_hash, input_hash, input, format, fetched_url, title, published, authors, section, url, language, manifest, text, raw, first_seen, run_id)
VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM versions WHERE article_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	qVersionSet  = `UPDATE versions SET input_hash = ?, input = ?, format = ?, fetched_url = ?, title = ?, published = ?, authors = ?, section = ?, url = ?, language = ?, manifest = ?, raw = ? WHERE id = ?`
	qVersionRe   = `UPDATE versions SET text = ?, text_hash = ?, title = ?, published = ?, authors = ?, url = ?, language = ? WHERE id = ?`
	qAnalysisDel = `DELETE FROM analyses WHERE version_id = ?`
	qAnalysisAdd = `INSERT INTO analyses (version_id, run_id, analyzer_version, analysed_at, claims, named, anonymous, outlet, unsourced, score, band, errors, warnings, suggestions, result)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`
	qBlockAdd = `INSERT INTO blocks (analysis_id, n, kind, start_char, end_char, line, col) VALUES (?, ?, ?, ?, ?, ?, ?)`
	qClaimAdd = `INSERT INTO claims (analysis_id, n, block, start_char, end_char, line, col, class, quote, cue_text, cue_lemma, cue_start, cue_end, cue_loaded, inherited_from, confidence)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qCitationAdd = `INSERT INTO claim_sources (analysis_id, claim, depth, source_id, span, start_char, end_char, role, official, anon_count, affiliation, seniority, anonymity_reason, exclusive, confirmed)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qFindingAdd = `INSERT INTO findings (analysis_id, n, rule, severity, claim, message, start_char, end_char, line, col, end_line, end_col)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

var writerStatements = []string{
	qOutletGet, qOutletAdd, qSourceGet, qSourceAdd, qArticleGet, qArticleAdd, qArticleSet,
	qVersionGet, qVersionByID, qVersionAdd, qVersionSet, qVersionRe, qAnalysisDel, qAnalysisAdd,
	qBlockAdd, qClaimAdd, qCitationAdd, qFindingAdd,
}

// writer stores batches of entries on the archive's one write connection.
type writer struct {
	db       *DB
	run      int64
	analyzer string
	stmts    map[string]*sql.Stmt
	tx       map[string]*sql.Stmt // the statements bound to the open transaction
	outlets  map[string]int64     // match key to id, for this writer's life
	sources  map[sourceKey]int64
}

type sourceKey struct{ key, typ string }

// cacheLimit bounds the name caches, so memory stays flat however many
// distinct sources an archive holds.
const cacheLimit = 50000

func newWriter(db *DB, run int64, analyzer string) *writer {
	return &writer{db: db, run: run, analyzer: analyzer, outlets: map[string]int64{}, sources: map[sourceKey]int64{}}
}

func (w *writer) close() {
	for _, s := range w.stmts {
		s.Close()
	}
}

func (w *writer) prepareAll(ctx context.Context) error {
	if w.stmts != nil {
		return nil
	}
	w.stmts = map[string]*sql.Stmt{}
	for _, q := range writerStatements {
		s, err := w.db.rw.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		w.stmts[q] = s
	}
	return nil
}

// store writes a batch in one transaction, each entry inside a savepoint
// so that one entry's failure leaves the others stored. It returns each
// entry's status and error, and an error that stops the run.
func (w *writer) store(ctx context.Context, batch []*Entry) ([]Status, []error, error) {
	if err := w.prepareAll(ctx); err != nil {
		return nil, nil, err
	}
	tx, err := w.db.beginWrite(ctx)
	if err != nil {
		return nil, nil, err
	}
	w.tx = map[string]*sql.Stmt{}
	for q, s := range w.stmts {
		w.tx[q] = tx.StmtContext(ctx, s)
	}
	statuses := make([]Status, len(batch))
	errs := make([]error, len(batch))
	for i, e := range batch {
		if _, err := tx.ExecContext(ctx, "SAVEPOINT entry"); err != nil {
			tx.Rollback()
			w.forget()
			return nil, nil, err
		}
		statuses[i], errs[i] = w.storeOne(ctx, e)
		end := "RELEASE entry"
		if errs[i] != nil {
			if !isEntryError(errs[i]) {
				tx.Rollback()
				w.forget()
				return nil, nil, errs[i]
			}
			statuses[i] = Failed
			end = "ROLLBACK TO entry; RELEASE entry"
			w.forget()
		}
		if _, err := tx.ExecContext(ctx, end); err != nil {
			tx.Rollback()
			w.forget()
			return nil, nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		w.forget()
		return nil, nil, err
	}
	return statuses, errs, nil
}

// forget empties the caches, whose ids a rollback may have undone.
func (w *writer) forget() {
	clear(w.outlets)
	clear(w.sources)
}

// entryError is a problem with one entry, not with the archive.
type entryError struct{ err error }

func (e *entryError) Error() string { return e.err.Error() }
func (e *entryError) Unwrap() error { return e.err }

// isEntryError reports whether err concerns one entry only: a broken
// constraint, or a problem storeOne found.
func isEntryError(err error) bool {
	var ee *entryError
	if errors.As(err, &ee) {
		return true
	}
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT
}

func (w *writer) exec(ctx context.Context, q string, args ...any) error {
	_, err := w.tx[q].ExecContext(ctx, args...)
	return err
}

func (w *writer) id(ctx context.Context, q string, args ...any) (int64, error) {
	var id int64
	err := w.tx[q].QueryRowContext(ctx, args...).Scan(&id)
	return id, err
}

// storeOne writes one entry in the open transaction.
func (w *writer) storeOne(ctx context.Context, e *Entry) (Status, error) {
	if e.Version != 0 {
		return w.reanalysed(ctx, e)
	}
	a := e.Article
	outlet, err := w.outlet(ctx, a.Meta.Outlet)
	if err != nil {
		return Failed, err
	}
	var article, current int64
	created := false
	err = w.tx[qArticleGet].QueryRowContext(ctx, e.Locator).Scan(&article, &current)
	if errors.Is(err, sql.ErrNoRows) {
		article, err = w.id(ctx, qArticleAdd, e.Locator, outlet, w.db.stamp())
		created = true
	}
	if err != nil {
		return Failed, err
	}
	var version int64
	var inputHash, analyzer string
	err = w.tx[qVersionGet].QueryRowContext(ctx, article, e.textHash).Scan(&version, &inputHash, &analyzer)
	status := Unchanged
	switch {
	case errors.Is(err, sql.ErrNoRows):
		status = NewVersion
		if created {
			status = Added
		}
		version, err = w.id(ctx, qVersionAdd, article, article, e.textHash, e.InputHash, e.Input, a.Format, e.FetchedURL,
			a.Meta.Title, a.Meta.Published, marshalAuthors(a.Meta.Authors), e.Section, a.Meta.URL, a.Meta.Language,
			e.Manifest, a.Text, e.raw, w.db.stamp(), w.run)
		if err == nil {
			err = w.analysis(ctx, version, e)
		}
	case err != nil:
	case inputHash == e.InputHash && analyzer == w.analyzer:
		if current == version {
			return Unchanged, nil
		}
	default:
		status = Updated
		err = w.exec(ctx, qVersionSet, e.InputHash, e.Input, a.Format, e.FetchedURL, a.Meta.Title, a.Meta.Published,
			marshalAuthors(a.Meta.Authors), e.Section, a.Meta.URL, a.Meta.Language, e.Manifest, e.raw, version)
		if err == nil {
			err = w.replaceAnalysis(ctx, version, e)
		}
	}
	if err != nil {
		return Failed, err
	}
	return status, w.exec(ctx, qArticleSet, version, outlet, article)
}

// reanalysed replaces the analysis of a stored version.
func (w *writer) reanalysed(ctx context.Context, e *Entry) (Status, error) {
	var article int64
	var textHash string
	if err := w.tx[qVersionByID].QueryRowContext(ctx, e.Version).Scan(&article, &textHash); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return Failed, &entryError{fmt.Errorf("version %d is no longer in the archive", e.Version)}
		}
		return Failed, err
	}
	if textHash != e.textHash {
		var other int64
		var ih, an string
		err := w.tx[qVersionGet].QueryRowContext(ctx, article, e.textHash).Scan(&other, &ih, &an)
		if err == nil {
			return Failed, &entryError{fmt.Errorf("analysed again, the text of version %d is that of version %d; left as it was", e.Version, other)}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return Failed, err
		}
	}
	m := e.Article.Meta
	if err := w.exec(ctx, qVersionRe, e.Article.Text, e.textHash, m.Title, m.Published, marshalAuthors(m.Authors), m.URL, m.Language, e.Version); err != nil {
		return Failed, err
	}
	return Updated, w.replaceAnalysis(ctx, e.Version, e)
}

func (w *writer) replaceAnalysis(ctx context.Context, version int64, e *Entry) error {
	if err := w.exec(ctx, qAnalysisDel, version); err != nil {
		return err
	}
	return w.analysis(ctx, version, e)
}

// analysis writes the analysis of a version and its rows.
func (w *writer) analysis(ctx context.Context, version int64, e *Entry) error {
	a := e.Article
	s := a.Summary
	var score any
	if s.Checked {
		score = s.Score
	}
	id, err := w.id(ctx, qAnalysisAdd, version, w.run, w.analyzer, w.db.stamp(), s.Claims, s.Named, s.Anonymous, s.Outlet, s.Unsourced,
		score, s.Band, s.Errors, s.Warnings, s.Suggestions, e.result)
	if err != nil {
		return err
	}
	for i, b := range a.Blocks {
		if err := w.exec(ctx, qBlockAdd, id, i, b.Kind, b.Start, b.End, b.Line, b.Column); err != nil {
			return err
		}
	}
	for _, c := range a.Claims {
		if err := w.claim(ctx, id, c); err != nil {
			return err
		}
	}
	for i, f := range a.Findings {
		if err := w.exec(ctx, qFindingAdd, id, i, f.Rule, f.Severity, f.Claim, f.Message, f.Start, f.End, f.Line, f.Column, f.EndLine, f.EndColumn); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) claim(ctx context.Context, analysis int64, c result.Claim) error {
	var class, quote string
	var cueText, cueLemma, cueStart, cueEnd, cueLoaded, inherited any
	var confidence float64
	if at := c.Attribution; at != nil {
		class, quote, confidence = at.Class, at.Quote, at.Confidence
		if at.Cue != nil {
			cueText, cueLemma, cueStart, cueEnd, cueLoaded = at.Cue.Text, at.Cue.Lemma, at.Cue.Start, at.Cue.End, bit(at.Cue.Loaded)
		}
		if at.InheritedFrom != nil {
			inherited = *at.InheritedFrom
		}
	}
	if err := w.exec(ctx, qClaimAdd, analysis, c.ID, c.Block, c.Start, c.End, c.Line, c.Column, class, quote,
		cueText, cueLemma, cueStart, cueEnd, cueLoaded, inherited, confidence); err != nil {
		return err
	}
	if c.Attribution == nil {
		return nil
	}
	sources := append([]*result.Source{c.Source}, c.Chain...)
	for depth, src := range sources {
		if src == nil {
			continue
		}
		sid, err := w.source(ctx, src)
		if err != nil {
			return err
		}
		if err := w.exec(ctx, qCitationAdd, analysis, c.ID, depth, sid, src.Span, src.Start, src.End, src.Role, bit(src.Official),
			src.Count, src.Affiliation, src.Seniority, src.AnonymityReason, bit(src.Exclusive), bit(src.Confirmed)); err != nil {
			return err
		}
	}
	return nil
}

// outlet returns the id of the outlet named name, adding it when new, or
// nil for no name.
func (w *writer) outlet(ctx context.Context, name string) (any, error) {
	key := MatchKey(name)
	if key == "" {
		return nil, nil
	}
	if id, ok := w.outlets[key]; ok {
		return id, nil
	}
	id, err := w.id(ctx, qOutletGet, key)
	if errors.Is(err, sql.ErrNoRows) {
		id, err = w.id(ctx, qOutletAdd, name, key)
	}
	if err != nil {
		return nil, err
	}
	if len(w.outlets) >= cacheLimit {
		clear(w.outlets)
	}
	w.outlets[key] = id
	return id, nil
}

// source returns the id of a source entity, adding it when new.
func (w *writer) source(ctx context.Context, s *result.Source) (int64, error) {
	k := sourceKey{MatchKey(s.Name), s.Type}
	if id, ok := w.sources[k]; ok {
		return id, nil
	}
	id, err := w.id(ctx, qSourceGet, k.key, k.typ)
	if errors.Is(err, sql.ErrNoRows) {
		var outlet any
		if s.Type == "outlet" {
			if outlet, err = w.outlet(ctx, s.Name); err != nil {
				return 0, err
			}
		}
		id, err = w.id(ctx, qSourceAdd, s.Name, s.Type, k.key, outlet)
	}
	if err != nil {
		return 0, err
	}
	if len(w.sources) >= cacheLimit {
		clear(w.sources)
	}
	w.sources[k] = id
	return id, nil
}

// Analysed reports whether an input of this fingerprint is stored as its
// article's current version, analysed by analyzer: reading it again would
// change nothing.
func (db *DB) Analysed(ctx context.Context, inputHash, analyzer string) (bool, error) {
	var one int
	err := db.ro.QueryRowContext(ctx, `SELECT 1 FROM versions v
JOIN articles ar ON ar.current_version_id = v.id
JOIN analyses an ON an.version_id = v.id
WHERE v.input_hash = ? AND an.analyzer_version = ? LIMIT 1`, inputHash, analyzer).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("archive: %w", err)
	}
	return true, nil
}
