package archive

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ApplicationID marks a SQLite file as an audit archive (PRAGMA
// application_id): "AUDT".
const ApplicationID = 0x41554454

// DB is an open archive. Its methods are safe for concurrent use; writing
// goes through Ingest.
type DB struct {
	path string
	rw   *sql.DB // one connection; transactions begin IMMEDIATE
	ro   *sql.DB // readers; query_only
	now  func() time.Time

	analysedOnce sync.Once
	analysed     *sql.Stmt // the query of Analysed
	analysedErr  error
}

// Options say how to open an archive.
type Options struct {
	// Create makes a new archive when the file does not exist; otherwise
	// a missing file is an error wrapping fs.ErrNotExist.
	Create bool
	// BusyTimeout is how long a statement waits for another process's
	// write lock (default 10 s); beginning a write transaction retries on
	// top of that.
	BusyTimeout time.Duration
	// Now gives the time recorded in the archive (default time.Now).
	Now func() time.Time
}

// RefusedError is a file Open will not touch: not SQLite, another
// application's database, a damaged one, or one of a newer schema.
type RefusedError struct {
	Path   string
	Reason string
}

func (e *RefusedError) Error() string { return e.Path + ": " + e.Reason }

// Open opens the archive at path, creating it when opts.Create is set, and
// migrates it to the newest schema. A file that is not an archive is
// refused with a *RefusedError before anything is written to it.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if opts.BusyTimeout <= 0 {
		opts.BusyTimeout = 10 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	exists, err := probe(ctx, path, abs, opts.BusyTimeout)
	if err != nil {
		return nil, err
	}
	if !exists && !opts.Create {
		return nil, fmt.Errorf("%s: no archive here (make one with 'audit ingest'): %w", path, fs.ErrNotExist)
	}
	ms := opts.BusyTimeout.Milliseconds()
	pragmas := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)", ms)
	rw, err := sql.Open("sqlite", fileURI(abs, pragmas+"&_txlock=immediate"))
	if err != nil {
		return nil, fmt.Errorf("archive: open %s: %w", path, err)
	}
	rw.SetMaxOpenConns(1)
	rw.SetConnMaxIdleTime(0)
	db := &DB{path: path, rw: rw, now: opts.Now}
	if err := db.migrate(ctx); err != nil {
		return nil, closeAfter(err, rw)
	}
	db.ro, err = sql.Open("sqlite", fileURI(abs, pragmas+"&_pragma=query_only(1)"))
	if err != nil {
		return nil, closeAfter(fmt.Errorf("archive: open %s: %w", path, err), rw)
	}
	return db, nil
}

// Close closes the archive.
func (db *DB) Close() error {
	// let SQLite refresh its statistics for the query planner
	_, _ = db.rw.ExecContext(context.Background(), "PRAGMA optimize")
	var errs []error
	if db.analysed != nil {
		errs = append(errs, db.analysed.Close())
	}
	return errors.Join(append(errs, db.ro.Close(), db.rw.Close())...)
}

// closeAfter closes c on a path that failed with err, and returns err,
// joined with the error of closing if that fails too.
func closeAfter(err error, c io.Closer) error {
	if cerr := c.Close(); cerr != nil {
		return errors.Join(err, cerr)
	}
	return err
}

// closeRows closes rows when the function that read them returns:
// deferred as closeRows(rows, &err), a failure to close becomes the
// function's error unless it failed already.
func closeRows(rows *sql.Rows, err *error) {
	if cerr := rows.Close(); cerr != nil && *err == nil {
		*err = fmt.Errorf("archive: %w", cerr)
	}
}

// closeStmt closes a prepared statement when the function that ran it
// returns: deferred as closeStmt(s, &err), a failure to close becomes the
// function's error, as it is (its caller adds the context), unless it
// failed already.
func closeStmt(s *sql.Stmt, err *error) {
	if cerr := s.Close(); cerr != nil && *err == nil {
		*err = cerr
	}
}

// Path returns the path the archive was opened with.
func (db *DB) Path() string { return db.path }

func fileURI(abs, query string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: query}
	return u.String()
}

// sqliteMagic opens every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// probe checks an existing file read-only: it must be empty, an empty
// SQLite database, or an archive of a schema this package knows. It
// reports whether the file exists.
func probe(ctx context.Context, path, abs string, busy time.Duration) (exists bool, err error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("archive: %w", err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	st, err := f.Stat()
	if err != nil {
		return false, fmt.Errorf("archive: %w", err)
	}
	if st.IsDir() {
		return true, &RefusedError{path, "is a folder, not an archive"}
	}
	if st.Size() == 0 {
		return true, nil // SQLite makes a database of an empty file
	}
	head := make([]byte, 100)
	if _, err := io.ReadFull(f, head); err != nil || !bytes.HasPrefix(head, sqliteMagic) {
		return true, &RefusedError{path, "not an audit archive (not a SQLite database)"}
	}
	db, err := sql.Open("sqlite", fileURI(abs, fmt.Sprintf("mode=ro&_pragma=busy_timeout(%d)", busy.Milliseconds())))
	if err != nil {
		return true, fmt.Errorf("archive: %w", err)
	}
	defer func() {
		if cerr := db.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("archive: %w", cerr)
		}
	}()
	// one statement, so one snapshot: read apart, another process's first
	// migration could commit between them, and a new archive would look
	// like tables without our application id
	var appID, version, tables int64
	err = db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id()),
(SELECT user_version FROM pragma_user_version()), (SELECT count(*) FROM sqlite_schema)`).Scan(&appID, &version, &tables)
	if err != nil {
		if isCorrupt(err) {
			return true, &RefusedError{path, "damaged SQLite database (" + sqliteMessage(err) + "); nothing was changed"}
		}
		return true, fmt.Errorf("archive: read %s: %w", path, err)
	}
	switch {
	case appID == 0 && version == 0 && tables == 0:
		return true, nil // an empty SQLite database
	case appID != ApplicationID:
		return true, &RefusedError{path, "not an audit archive (a SQLite database of another application)"}
	case version > int64(len(migrations)):
		return true, &RefusedError{path, fmt.Sprintf("archive of schema version %d, newer than %d, the newest this version of audit knows; use a newer audit", version, len(migrations))}
	}
	return true, nil
}

func isCorrupt(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		return true
	}
	return false
}

// sqliteMessage is the error's text without the driver's code in
// parentheses.
func sqliteMessage(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, " ("); i > 0 && strings.HasSuffix(msg, ")") {
		msg = msg[:i]
	}
	return msg
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_BUSY
}

// beginWrite begins an IMMEDIATE transaction, retrying while another
// process holds the write lock beyond the busy time-out.
func (db *DB) beginWrite(ctx context.Context) (*sql.Tx, error) {
	wait := 50 * time.Millisecond
	for attempt := 0; ; attempt++ {
		tx, err := db.rw.BeginTx(ctx, nil)
		if err == nil || !isBusy(err) || attempt == 20 {
			return tx, err
		}
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		wait = min(2*wait, 2*time.Second)
	}
}

func bit(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
