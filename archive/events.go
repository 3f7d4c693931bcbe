package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ArticleText is what grouping articles into events reads of one: its
// metadata and text, without the analysis.
type ArticleText struct {
	ID        int64
	Outlet    string
	Published string
	Title     string
	Language  string
	Text      string
}

// EachArticleText calls fn with the current version of every article a
// filter sees, by date of publication (unknown dates first), then by id.
// It reads one row at a time in one statement, so it sees the archive as
// it was when it began and holds one article in memory.
func (db *DB) EachArticleText(ctx context.Context, f Filter, fn func(ArticleText) error) error {
	// versions first (CROSS JOIN keeps SQLite to that order), walked by
	// the index versions_published: rows come sorted, where sorting them
	// would hold every text in memory at once
	where, args := f.where(true)
	where = strings.NewReplacer("ca.outlet_id", "a.outlet_id", "ca.published", "v.published").Replace(where)
	return db.each(ctx, `SELECT a.id, COALESCE(o.name, ''), v.published, v.title, v.language, v.text
FROM versions v CROSS JOIN articles a
JOIN analyses an ON an.version_id = v.id
LEFT JOIN outlets o ON o.id = a.outlet_id
WHERE a.id = v.article_id AND a.current_version_id = v.id`+where+` ORDER BY v.published, v.article_id`, args,
		func(r *sql.Rows) error {
			var a ArticleText
			if err := r.Scan(&a.ID, &a.Outlet, &a.Published, &a.Title, &a.Language, &a.Text); err != nil {
				return err
			}
			return fn(a)
		})
}

// Fingerprint describes what the archive holds, so that a grouping made
// from it can tell when it is out of date: the ingest runs (how many,
// how many finished and what they stored) and the highest ids and
// counts of versions and analyses. Any ingest that stores or analyses
// anything changes it.
func (db *DB) Fingerprint(ctx context.Context) (string, error) {
	var runs, finished, maxRun, stored, versions, maxVersion, analyses, maxAnalysis int64
	err := db.ro.QueryRowContext(ctx, `SELECT
(SELECT COUNT(*) FROM ingest_runs), (SELECT COUNT(finished_at) FROM ingest_runs), (SELECT COALESCE(MAX(id), 0) FROM ingest_runs),
(SELECT COALESCE(SUM(added + new_versions + updated), 0) FROM ingest_runs),
(SELECT COUNT(*) FROM versions), (SELECT COALESCE(MAX(id), 0) FROM versions),
(SELECT COUNT(*) FROM analyses), (SELECT COALESCE(MAX(id), 0) FROM analyses)`).
		Scan(&runs, &finished, &maxRun, &stored, &versions, &maxVersion, &analyses, &maxAnalysis)
	if err != nil {
		return "", fmt.Errorf("archive: %w", err)
	}
	return fmt.Sprintf("runs %d/%d/%d stored %d versions %d/%d analyses %d/%d",
		finished, runs, maxRun, stored, versions, maxVersion, analyses, maxAnalysis), nil
}

// Grouping is one grouping of the archive's articles into events.
type Grouping struct {
	ID          int64  `json:"id"`
	StartedAt   string `json:"started_at"`
	FinishedAt  string `json:"finished_at"`
	ToolVersion string `json:"tool_version"`
	Options     string `json:"options"`     // the settings, as the grouper wrote them
	Fingerprint string `json:"fingerprint"` // Fingerprint when it began
	Articles    int    `json:"articles"`
	Events      int    `json:"events"`
}

// CurrentGrouping returns the grouping the events are read from: the
// finished one of the highest id. It returns an error wrapping
// ErrNotFound when the archive has none.
func (db *DB) CurrentGrouping(ctx context.Context) (*Grouping, error) {
	var g Grouping
	err := db.ro.QueryRowContext(ctx, `SELECT id, started_at, finished_at, tool_version, options, fingerprint, articles, events
FROM event_groupings WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1`).
		Scan(&g.ID, &g.StartedAt, &g.FinishedAt, &g.ToolVersion, &g.Options, &g.Fingerprint, &g.Articles, &g.Events)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: no grouping into events", ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	return &g, nil
}

// GroupingDocFreq returns the document frequencies a grouping kept, as
// they were given to Finish (nil when none were).
func (db *DB) GroupingDocFreq(ctx context.Context, grouping int64) ([]byte, error) {
	var blob []byte
	err := db.ro.QueryRowContext(ctx, `SELECT doc_freq FROM event_groupings WHERE id = ?`, grouping).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%w: grouping %d", ErrNotFound, grouping)
	}
	if err != nil || blob == nil {
		return nil, err
	}
	return unpack(blob)
}

// ErrGroupingReplaced is returned by a GroupingWriter whose grouping was
// deleted by another, begun later and finished first: that one is the
// current grouping.
var ErrGroupingReplaced = errors.New("archive: the grouping was replaced by a newer one")

// GroupingInfo describes a grouping about to be made.
type GroupingInfo struct {
	ToolVersion string
	Options     string
	Fingerprint string
}

// NewEvent is an event to store: its id (the id of its first article)
// and its articles in the order they joined.
type NewEvent struct {
	ID       int64
	Articles []EventArticle
}

// GroupingWriter stores the events of a new grouping, a batch at a time,
// so that a grouping of any size is written with little memory. The
// events become visible to readers only when Finish makes the grouping
// current.
type GroupingWriter struct {
	db       *DB
	id       int64
	pending  []NewEvent
	rows     int // articles in pending
	articles int
	events   int
}

// groupingBatch is how many articles' rows a write transaction of a
// grouping holds.
const groupingBatch = 4096

// StartGrouping records a new grouping and returns its writer.
func (db *DB) StartGrouping(ctx context.Context, info GroupingInfo) (*GroupingWriter, error) {
	w := &GroupingWriter{db: db}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO event_groupings (started_at, tool_version, options, fingerprint) VALUES (?, ?, ?, ?) RETURNING id`,
			db.stamp(), info.ToolVersion, info.Options, info.Fingerprint).Scan(&w.id)
	})
	if err != nil {
		return nil, fmt.Errorf("archive: start grouping: %w", err)
	}
	return w, nil
}

// Add stores one event (in a batch with others).
func (w *GroupingWriter) Add(ctx context.Context, e NewEvent) error {
	if len(e.Articles) == 0 {
		return fmt.Errorf("archive: event %d has no articles", e.ID)
	}
	w.pending = append(w.pending, e)
	w.rows += len(e.Articles)
	if w.rows >= groupingBatch {
		return w.flush(ctx)
	}
	return nil
}

func (w *GroupingWriter) flush(ctx context.Context) error {
	if len(w.pending) == 0 {
		return nil
	}
	err := w.db.inTx(ctx, func(tx *sql.Tx) (err error) {
		if err := w.exists(ctx, tx); err != nil {
			return err
		}
		ev, err := tx.PrepareContext(ctx, `INSERT INTO events (grouping_id, id, articles, outlets, first_published, last_published, headline) VALUES (?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer closeStmt(ev, &err)
		mem, err := tx.PrepareContext(ctx, `INSERT INTO event_articles (grouping_id, event_id, n, article_id) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer closeStmt(mem, &err)
		for _, e := range w.pending {
			s := summarise(e.Articles)
			if _, err := ev.ExecContext(ctx, w.id, e.ID, int64(len(e.Articles)), int64(s.outlets), s.first, s.last, s.headline); err != nil {
				return fmt.Errorf("event %d: %w", e.ID, err)
			}
			for n, a := range e.Articles {
				if _, err := mem.ExecContext(ctx, w.id, e.ID, int64(n), a.ID); err != nil {
					return fmt.Errorf("event %d: article %d: %w", e.ID, a.ID, err)
				}
			}
		}
		return nil
	})
	if errors.Is(err, ErrGroupingReplaced) {
		return err
	}
	if err != nil {
		return fmt.Errorf("archive: store events: %w", err)
	}
	for _, e := range w.pending {
		w.articles += len(e.Articles)
		w.events++
	}
	clear(w.pending)
	w.pending, w.rows = w.pending[:0], 0
	return nil
}

type eventSummary struct {
	outlets               int
	first, last, headline string
}

func summarise(arts []EventArticle) eventSummary {
	var s eventSummary
	seen := map[string]bool{}
	for _, a := range arts {
		if !seen[a.Outlet] {
			seen[a.Outlet] = true
			if a.Outlet != "" {
				s.outlets++
			}
		}
		if a.Published != "" {
			if s.first == "" || a.Published < s.first {
				s.first = a.Published
			}
			s.last = max(s.last, a.Published)
		}
		if s.headline == "" {
			s.headline = a.Title
		}
	}
	return s
}

// Finish stores the events still pending and the document frequencies
// (any bytes; nil for none), makes the grouping current and deletes the
// groupings made before it.
func (w *GroupingWriter) Finish(ctx context.Context, docFreq []byte) (*Grouping, error) {
	if err := w.flush(ctx); err != nil {
		return nil, err
	}
	var blob []byte
	if docFreq != nil {
		blob = pack(docFreq)
	}
	err := w.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE event_groupings SET finished_at = ?, articles = ?, events = ?, doc_freq = ? WHERE id = ?`,
			w.db.stamp(), int64(w.articles), int64(w.events), blob, w.id)
		if err != nil {
			return err
		}
		if n, err := res.RowsAffected(); err != nil || n != 1 {
			return ErrGroupingReplaced
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM event_groupings WHERE id < ?`, w.id)
		return err
	})
	if errors.Is(err, ErrGroupingReplaced) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("archive: finish grouping: %w", err)
	}
	return w.db.CurrentGrouping(ctx)
}

// exists returns ErrGroupingReplaced when the writer's grouping is gone.
func (w *GroupingWriter) exists(ctx context.Context, tx *sql.Tx) error {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM event_groupings WHERE id = ?`, w.id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrGroupingReplaced
	}
	return err
}

// Abort deletes what the writer stored, when a grouping is given up.
func (w *GroupingWriter) Abort(ctx context.Context) error {
	return w.db.inTx(context.WithoutCancel(ctx), func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM event_groupings WHERE id = ? AND finished_at IS NULL`, w.id)
		return err
	})
}

// Event is a group of stored articles judged to report one event.
type Event struct {
	ID       int64          `json:"id"` // the id of its first article
	Size     int            `json:"size"`
	Outlets  []string       `json:"outlets"` // distinct, in the order of the articles
	First    string         `json:"first_published"`
	Last     string         `json:"last_published"`
	Headline string         `json:"headline"`
	Articles []EventArticle `json:"articles"`
}

// EventArticle is one article of an event.
type EventArticle struct {
	ID        int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Title     string `json:"title"`
	Locator   string `json:"locator"`
}

// EventFilter chooses events of the current grouping.
type EventFilter struct {
	// Filter keeps the events with an article of the outlet, and those
	// whose dates meet the range (events of unknown date are then left
	// out).
	Filter
	// MinSize keeps the events of at least this many articles.
	MinSize int
}

// EachEvent calls fn with each event of the current grouping a filter
// keeps, by the date of its first article, then by id, with its
// articles. It returns an error wrapping ErrNotFound when the archive has
// no grouping.
func (db *DB) EachEvent(ctx context.Context, f EventFilter, fn func(Event) error) error {
	g, err := db.CurrentGrouping(ctx)
	if err != nil {
		return err
	}
	conds, args := []string{"e.grouping_id = ?", "ea.grouping_id = e.grouping_id", "ea.event_id = e.id"}, []any{g.ID}
	if f.MinSize > 1 {
		conds = append(conds, "e.articles >= ?")
		args = append(args, int64(f.MinSize))
	}
	if f.Since != "" {
		conds = append(conds, "e.last_published <> '' AND e.last_published >= ?")
		args = append(args, f.Since)
	}
	if f.Until != "" {
		conds = append(conds, "e.first_published <> '' AND e.first_published <= ?")
		args = append(args, f.Until)
	}
	if f.Outlet != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM event_articles x JOIN articles xa ON xa.id = x.article_id
JOIN outlets xo ON xo.id = xa.outlet_id WHERE x.grouping_id = e.grouping_id AND x.event_id = e.id AND xo.match_key = ?)`)
		args = append(args, MatchKey(f.Outlet))
	}
	return db.eachEvent(ctx, `WHERE `+strings.Join(conds, " AND "), args, fn)
}

// eachEvent reads events with their articles, one event in memory at a
// time.
func (db *DB) eachEvent(ctx context.Context, where string, args []any, fn func(Event) error) error {
	var cur *Event
	// events first (CROSS JOIN keeps SQLite to that order), by the index
	// events_published, then each one's articles by its key: rows come
	// sorted, where sorting them would hold the whole listing
	err := db.each(ctx, `SELECT e.id, e.articles, e.first_published, e.last_published, e.headline,
ea.article_id, COALESCE(o.name, ''), v.published, v.title, a.locator
FROM events e
CROSS JOIN event_articles ea
JOIN articles a ON a.id = ea.article_id
JOIN versions v ON v.id = a.current_version_id
LEFT JOIN outlets o ON o.id = a.outlet_id
`+where+` ORDER BY e.first_published, e.id, ea.n`, args, func(r *sql.Rows) error {
		var e Event
		var m EventArticle
		if err := r.Scan(&e.ID, &e.Size, &e.First, &e.Last, &e.Headline, &m.ID, &m.Outlet, &m.Published, &m.Title, &m.Locator); err != nil {
			return err
		}
		if cur != nil && cur.ID != e.ID {
			if err := fn(*cur); err != nil {
				return err
			}
			cur = nil
		}
		if cur == nil {
			e.Outlets = []string{}
			cur = &e
		}
		cur.Articles = append(cur.Articles, m)
		if m.Outlet != "" && !contains(cur.Outlets, m.Outlet) {
			cur.Outlets = append(cur.Outlets, m.Outlet)
		}
		return nil
	})
	if err != nil || cur == nil {
		return err
	}
	return fn(*cur)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Event returns one event of the current grouping with its articles, or
// an error wrapping ErrNotFound.
func (db *DB) Event(ctx context.Context, id int64) (*Event, error) {
	g, err := db.CurrentGrouping(ctx)
	if err != nil {
		return nil, err
	}
	var out *Event
	err = db.eachEvent(ctx, `WHERE e.grouping_id = ? AND e.id = ? AND ea.grouping_id = e.grouping_id AND ea.event_id = e.id`, []any{g.ID, id}, func(e Event) error {
		out = &e
		return nil
	})
	if err != nil {
		return nil, err
	}
	if out == nil {
		return nil, fmt.Errorf("%w: event %d", ErrNotFound, id)
	}
	return out, nil
}

// EventOf returns the id of the event of the current grouping that an
// article belongs to, or an error wrapping ErrNotFound.
func (db *DB) EventOf(ctx context.Context, article int64) (int64, error) {
	var id int64
	err := db.ro.QueryRowContext(ctx, `SELECT ea.event_id FROM event_articles ea
JOIN event_groupings g ON g.id = ea.grouping_id
WHERE ea.article_id = ? AND g.finished_at IS NOT NULL ORDER BY g.id DESC LIMIT 1`, article).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("%w: no event of article %d", ErrNotFound, article)
	}
	if err != nil {
		return 0, fmt.Errorf("archive: %w", err)
	}
	return id, nil
}

// ParseID reads an article, version or event id as written on a command
// line: a positive decimal integer.
func ParseID(s string) (int64, error) {
	id, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || id <= 0 {
		return 0, fmt.Errorf("want a positive whole number, not %q", s)
	}
	return id, nil
}
