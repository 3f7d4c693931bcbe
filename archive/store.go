package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/auditnews/audit/result"
)

// The writer's statements, in the SQL PostgreSQL also reads (but for the
// ? placeholders).
const (
	qOutletGet   = `SELECT id FROM outlets WHERE match_key = ?`
	qOutletAdd   = `INSERT INTO outlets (name, match_key) VALUES (?, ?)`
	qSourceGet   = `SELECT id FROM sources WHERE match_key = ? AND type = ?`
	qSourceAdd   = `INSERT INTO sources (name, type, match_key, outlet_id) VALUES (?, ?, ?, ?) ON CONFLICT (match_key, type) DO NOTHING`
	qArticleGet  = `SELECT id, COALESCE(current_version_id, 0) FROM articles WHERE locator = ?`
	qArticleAdd  = `INSERT INTO articles (locator, outlet_id, first_seen) VALUES (?, ?, ?)`
	qArticleSet  = `UPDATE articles SET current_version_id = ?, outlet_id = COALESCE(?, outlet_id) WHERE id = ?`
	qVersionGet  = `SELECT v.id, v.input_hash, COALESCE(an.analyzer_version, '') FROM versions v LEFT JOIN analyses an ON an.version_id = v.id WHERE v.article_id = ? AND v.text_hash = ?`
	qVersionByID = `SELECT article_id, text_hash FROM versions WHERE id = ?`
	qVersionAdd  = `INSERT INTO versions (article_id, seq, text_hash, input_hash, input, format, fetched_url, title, published, authors, section, url, language, manifest, text, raw, first_seen, run_id)
VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM versions WHERE article_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qVersionSet  = `UPDATE versions SET input_hash = ?, input = ?, format = ?, fetched_url = ?, title = ?, published = ?, authors = ?, section = ?, url = ?, language = ?, manifest = ?, raw = ? WHERE id = ?`
	qVersionRe   = `UPDATE versions SET text = ?, text_hash = ?, input_hash = ?, title = ?, published = ?, authors = ?, url = ?, language = ? WHERE id = ?`
	qAnalysisDel = `DELETE FROM analyses WHERE version_id = ?`
	qAnalysisAdd = `INSERT INTO analyses (version_id, run_id, analyzer_version, analysed_at, claims, named, anonymous, outlet, unsourced, score, band, errors, warnings, suggestions, result)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
)

// The rows of an analysis are inserted many at a time (INSERT ... VALUES
// (...), (...)): one statement per table and article costs far less than
// one per row.
var (
	blockTable   = bulkTable{"blocks", []string{"analysis_id", "n", "kind", "start_char", "end_char", "line", "col"}}
	claimTable   = bulkTable{"claims", []string{"analysis_id", "n", "block", "start_char", "end_char", "line", "col", "class", "quote", "cue_text", "cue_lemma", "cue_start", "cue_end", "cue_loaded", "inherited_from", "confidence", "source_id", mentionColumns}}
	chainTable   = bulkTable{"claim_chain", []string{"analysis_id", "claim", "depth", "source_id", mentionColumns}}
	findingTable = bulkTable{"findings", []string{"analysis_id", "n", "rule", "severity", "claim", "message", "start_char", "end_char", "line", "col", "end_line", "end_col"}}
	// bulkTables in the order their rows are written (claims before the
	// chains that refer to them)
	bulkTables = []bulkTable{blockTable, claimTable, chainTable, findingTable}
)

// mentionColumns are how a claim cites a source, in claims and claim_chain.
const mentionColumns = "span, span_start, span_end, role, official, anon_count, affiliation, seniority, anonymity_reason, exclusive, confirmed"

// writer stores batches of entries on the archive's one write connection.
type writer struct {
	db       *DB
	run      int64
	analyzer string
	stmts    map[string]*sql.Stmt // prepared on the write connection
	tx       map[string]*sql.Stmt // the same, bound to the open transaction
	txn      *sql.Tx
	pending  [4][]any         // rows of bulkTables not written yet, several articles' at a time
	outlets  map[string]int64 // match key to id, for this writer's life
	sources  map[sourceKey]int64
}

type sourceKey struct{ key, typ string }

// cacheLimit bounds the name caches, so memory stays flat however many
// distinct sources an archive holds.
const cacheLimit = 50000

func newWriter(db *DB, run int64, analyzer string) *writer {
	return &writer{db: db, run: run, analyzer: analyzer, outlets: map[string]int64{}, sources: map[sourceKey]int64{}}
}

// store writes a batch in one transaction. When one entry fails on its
// own (a broken constraint), the transaction is rolled back and the batch
// written again without it, so that the others are stored whole. It
// returns each entry's status and error, and an error that stops the run.
func (w *writer) store(ctx context.Context, batch []*Entry) ([]Status, []error, error) {
	if err := w.prepareAll(ctx); err != nil {
		return nil, nil, err
	}
	statuses := make([]Status, len(batch))
	errs := make([]error, len(batch))
	for {
		bad, err := w.storeBatch(ctx, batch, statuses, errs)
		if err != nil || bad < 0 {
			return statuses, errs, err
		}
		statuses[bad] = Failed
	}
}

// storeBatch writes the entries not failed yet in one transaction. It
// returns the index of an entry that failed on its own (and rolls back),
// or -1 once committed.
func (w *writer) storeBatch(ctx context.Context, batch []*Entry, statuses []Status, errs []error) (int, error) {
	tx, err := w.db.beginWrite(ctx)
	if err != nil {
		return -1, err
	}
	w.txn, w.tx = tx, map[string]*sql.Stmt{}
	for i, e := range batch {
		if errs[i] != nil {
			continue
		}
		statuses[i], err = w.storeOne(ctx, e)
		if err != nil {
			tx.Rollback()
			w.forget()
			if isEntryError(err) {
				errs[i] = err
				return i, nil
			}
			return -1, err
		}
	}
	if err := w.flush(ctx); err != nil {
		tx.Rollback()
		w.forget()
		return -1, err
	}
	if err := tx.Commit(); err != nil {
		w.forget()
		return -1, err
	}
	return -1, nil
}

// forget empties the caches, whose ids a rollback may have undone.
func (w *writer) forget() {
	clear(w.outlets)
	clear(w.sources)
	for i := range w.pending {
		clear(w.pending[i])
		w.pending[i] = w.pending[i][:0]
	}
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

// prepareAll prepares the writer's statements on the write connection,
// once: SQLite parses each statement once for the whole run.
func (w *writer) prepareAll(ctx context.Context) error {
	if w.stmts != nil {
		return nil
	}
	w.stmts = map[string]*sql.Stmt{}
	qs := []string{qOutletGet, qOutletAdd, qSourceGet, qSourceAdd, qArticleGet, qArticleAdd, qArticleSet, qVersionGet,
		qVersionByID, qVersionAdd, qVersionSet, qVersionRe, qAnalysisDel, qAnalysisAdd}
	for _, t := range bulkTables {
		for n := bulkRows; n > 0; n /= 2 {
			qs = append(qs, t.insert(n))
		}
	}
	for _, q := range qs {
		s, err := w.db.rw.PrepareContext(ctx, q) //nolint:sqlclosecheck // the writer's, for its life: writer.Close closes it
		if err != nil {
			return closeAfter(fmt.Errorf("prepare: %w", err), w)
		}
		w.stmts[q] = s
	}
	return nil
}

// Close closes the writer's statements.
func (w *writer) Close() error {
	var errs []error
	for _, s := range w.stmts {
		errs = append(errs, s.Close())
	}
	w.stmts = nil
	return errors.Join(errs...)
}

// stmt returns the statement q bound to the open transaction: the
// writer's, closed with the transaction; callers do not close it.
func (w *writer) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	if s, ok := w.tx[q]; ok {
		return s, nil
	}
	s, ok := w.stmts[q]
	if !ok {
		return nil, fmt.Errorf("archive: statement not prepared: %.40s", q)
	}
	ts := w.txn.StmtContext(ctx, s)
	w.tx[q] = ts
	return ts, nil
}

func (w *writer) exec(ctx context.Context, q string, args ...any) error {
	_, err := w.result(ctx, q, args...)
	return err
}

// result runs the statement q and returns its result.
func (w *writer) result(ctx context.Context, q string, args ...any) (sql.Result, error) {
	s, err := w.stmt(ctx, q) //nolint:sqlclosecheck // the writer's statement, closed with the transaction
	if err != nil {
		return nil, err
	}
	return s.ExecContext(ctx, args...)
}

func (w *writer) row(ctx context.Context, q string, args ...any) *sql.Row {
	s, err := w.stmt(ctx, q) //nolint:sqlclosecheck // the writer's statement, closed with the transaction
	if err != nil {
		return w.txn.QueryRowContext(ctx, q, args...) // reports the same error on Scan
	}
	return s.QueryRowContext(ctx, args...)
}

func (w *writer) id(ctx context.Context, q string, args ...any) (int64, error) {
	var id int64
	err := w.row(ctx, q, args...).Scan(&id)
	return id, err
}

// errNoInsert is an insert that did nothing (ON CONFLICT DO NOTHING).
var errNoInsert = errors.New("no row inserted")

// insert runs an INSERT of one row and returns the row's id. (SQLite's
// last insert id costs less than RETURNING, which PostgreSQL would use.)
func (w *writer) insert(ctx context.Context, q string, args ...any) (int64, error) {
	r, err := w.result(ctx, q, args...)
	if err != nil {
		return 0, err
	}
	if n, err := r.RowsAffected(); err == nil && n == 0 {
		return 0, errNoInsert
	}
	return r.LastInsertId()
}

// bulkTable is a table whose rows are inserted many at a time.
type bulkTable struct {
	name    string
	columns []string
}

// inserts holds the INSERT of each bulk table for each power of two rows.
var inserts = func() map[string][]string {
	m := map[string][]string{}
	for _, t := range bulkTables {
		qs := make([]string, bulkRows+1)
		for n := 1; n <= bulkRows; n *= 2 {
			qs[n] = t.insert(n)
		}
		m[t.name] = qs
	}
	return m
}()

// bulkRows is the most rows one insert holds; inserts hold a power of
// two rows, so that a few prepared statements serve every article.
const bulkRows = 64

// width is the number of columns.
func (t bulkTable) width() int { return len(strings.Split(strings.Join(t.columns, ", "), ", ")) }

// insert returns INSERT for n rows.
func (t bulkTable) insert(n int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", t.width()), ", ") + ")"
	return "INSERT INTO " + t.name + " (" + strings.Join(t.columns, ", ") + ") VALUES " +
		strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
}

// bulk inserts the rows whose values args holds one after the other.
func (w *writer) bulk(ctx context.Context, t bulkTable, args []any) error {
	width := t.width()
	for len(args) > 0 {
		n := bulkRows
		for n > len(args)/width {
			n /= 2
		}
		if err := w.exec(ctx, inserts[t.name][n], args[:n*width]...); err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		args = args[n*width:]
	}
	return nil
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
	err = w.row(ctx, qArticleGet, e.Locator).Scan(&article, &current)
	if errors.Is(err, sql.ErrNoRows) {
		article, err = w.insert(ctx, qArticleAdd, e.Locator, outlet, w.db.stamp())
		created = true
	}
	if err != nil {
		return Failed, err
	}
	var version int64
	var inputHash, analyzer string
	err = w.row(ctx, qVersionGet, article, e.textHash).Scan(&version, &inputHash, &analyzer)
	status := Unchanged
	switch {
	case errors.Is(err, sql.ErrNoRows):
		status = NewVersion
		if created {
			status = Added
		}
		version, err = w.insert(ctx, qVersionAdd, article, article, e.textHash, e.InputHash, e.Input, a.Format, e.FetchedURL,
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
	if err := w.row(ctx, qVersionByID, e.Version).Scan(&article, &textHash); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return Failed, &entryError{fmt.Errorf("version %d is no longer in the archive", e.Version)}
		}
		return Failed, err
	}
	if textHash != e.textHash {
		var other int64
		var ih, an string
		err := w.row(ctx, qVersionGet, article, e.textHash).Scan(&other, &ih, &an)
		if err == nil {
			return Failed, &entryError{fmt.Errorf("analysed again, the text of version %d is that of version %d; left as it was", e.Version, other)}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return Failed, err
		}
	}
	m := e.Article.Meta
	if err := w.exec(ctx, qVersionRe, e.Article.Text, e.textHash, e.InputHash, m.Title, m.Published, marshalAuthors(m.Authors), m.URL, m.Language, e.Version); err != nil {
		return Failed, err
	}
	return Updated, w.replaceAnalysis(ctx, e.Version, e)
}

func (w *writer) replaceAnalysis(ctx context.Context, version int64, e *Entry) error {
	if err := w.flush(ctx); err != nil { // the rows pending may be this analysis's
		return err
	}
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
	id, err := w.insert(ctx, qAnalysisAdd, version, w.run, w.analyzer, w.db.stamp(), s.Claims, s.Named, s.Anonymous, s.Outlet, s.Unsourced,
		score, s.Band, s.Errors, s.Warnings, s.Suggestions, e.result)
	if err != nil {
		return err
	}
	for i, b := range a.Blocks {
		w.pending[0] = append(w.pending[0], id, int64(i), b.Kind, int64(b.Start), int64(b.End), int64(b.Line), int64(b.Column))
	}
	for _, c := range a.Claims {
		var sid any
		var src *result.Source
		if c.Attribution != nil && c.Source != nil {
			n, err := w.source(ctx, c.Source)
			if err != nil {
				return err
			}
			sid, src = n, c.Source
		}
		w.pending[1] = appendMention(appendClaim(w.pending[1], id, c), sid, src)
		if c.Attribution == nil {
			continue
		}
		for depth, src := range c.Chain {
			sid, err := w.source(ctx, src)
			if err != nil {
				return err
			}
			w.pending[2] = appendMention(append(w.pending[2], id, int64(c.ID), int64(depth+1)), sid, src)
		}
	}
	for i, f := range a.Findings {
		w.pending[3] = append(w.pending[3], id, int64(i), f.Rule, f.Severity, int64(f.Claim), f.Message, int64(f.Start), int64(f.End),
			int64(f.Line), int64(f.Column), int64(f.EndLine), int64(f.EndColumn))
	}
	if len(w.pending[1]) >= bulkRows*claimTable.width() {
		return w.flush(ctx)
	}
	return nil
}

// errWrite marks a failure to write pending rows, which may be several
// articles': it stops the run rather than failing one entry.
type errWrite struct{ err error }

func (e errWrite) Error() string { return "write rows: " + e.err.Error() }

// flush writes the pending rows.
func (w *writer) flush(ctx context.Context) error {
	for i, t := range bulkTables {
		err := w.bulk(ctx, t, w.pending[i])
		clear(w.pending[i]) // let the strings go
		w.pending[i] = w.pending[i][:0]
		if err != nil {
			return errWrite{err}
		}
	}
	return nil
}

// appendMention appends the values of how a claim cites a source (a nil
// source gives empty values).
func appendMention(rows []any, sid any, s *result.Source) []any {
	if s == nil {
		return append(rows, sid, "", int64(0), int64(0), "", int64(0), int64(0), "", "", "", int64(0), int64(0))
	}
	return append(rows, sid, s.Span, int64(s.Start), int64(s.End), s.Role, bit(s.Official), int64(s.Count), s.Affiliation, s.Seniority,
		s.AnonymityReason, bit(s.Exclusive), bit(s.Confirmed))
}

// appendClaim appends the values of a claims row.
func appendClaim(rows []any, analysis int64, c result.Claim) []any {
	var class, quote string
	var cueText, cueLemma, cueStart, cueEnd, cueLoaded, inherited any
	var confidence float64
	if at := c.Attribution; at != nil {
		class, quote, confidence = at.Class, at.Quote, at.Confidence
		if at.Cue != nil {
			cueText, cueLemma, cueStart, cueEnd, cueLoaded = at.Cue.Text, at.Cue.Lemma, int64(at.Cue.Start), int64(at.Cue.End), bit(at.Cue.Loaded)
		}
		if at.InheritedFrom != nil {
			inherited = int64(*at.InheritedFrom)
		}
	}
	return append(rows, analysis, int64(c.ID), int64(c.Block), int64(c.Start), int64(c.End), int64(c.Line), int64(c.Column), class, quote,
		cueText, cueLemma, cueStart, cueEnd, cueLoaded, inherited, confidence)
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
		id, err = w.insert(ctx, qOutletAdd, name, key)
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
	var outlet any
	var err error
	if s.Type == "outlet" {
		if outlet, err = w.outlet(ctx, s.Name); err != nil {
			return 0, err
		}
	}
	// most sources a writer has not seen yet are new
	id, err := w.insert(ctx, qSourceAdd, s.Name, s.Type, k.key, outlet)
	if errors.Is(err, errNoInsert) {
		id, err = w.id(ctx, qSourceGet, k.key, k.typ)
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
	db.analysedOnce.Do(func() {
		db.analysed, db.analysedErr = db.ro.PrepareContext(ctx, `SELECT 1 FROM versions v
JOIN articles ar ON ar.id = v.article_id AND ar.current_version_id = v.id
JOIN analyses an ON an.version_id = v.id
WHERE v.input_hash = ? AND an.analyzer_version = ? LIMIT 1`)
	})
	if db.analysedErr != nil {
		return false, fmt.Errorf("archive: %w", db.analysedErr)
	}
	var one int
	err := db.analysed.QueryRowContext(ctx, inputHash, analyzer).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("archive: %w", err)
	}
	return true, nil
}
