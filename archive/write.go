package archive

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/auditnews/audit/result"
)

// Entry is one analysed input to store.
type Entry struct {
	// Article is the analysis. Its Meta holds the manifest's values where
	// a manifest gave them.
	Article *result.Article
	// Locator identifies the article: its canonical URL, else the absolute
	// path of its file.
	Locator string
	// Input is where it was read: an absolute path, a URL, or "-".
	Input string
	// FetchedURL is the URL after redirects, for URL inputs.
	FetchedURL string
	// Raw is the input as read, in UTF-8: what --reanalyze reads again.
	Raw []byte
	// InputHash is the fingerprint of what was read (see InputHash).
	InputHash string
	// Section is the manifest's section, and Manifest the manifest's
	// metadata for this input as JSON ("" for none), kept so that
	// reanalysis applies it again.
	Section  string
	Manifest string
	// Version, when not 0, is the version whose analysis this entry
	// replaces (reanalysis from the stored input).
	Version int64

	// filled in by prepare, outside the writer
	textHash string
	result   []byte
	raw      []byte
	err      error         // prepare's
	ready    chan struct{} // closed once prepared
}

// InputHash returns the fingerprint of an input: where it was read, its
// format, the manifest's metadata for it, the digest of the settings it
// is analysed with ("" for the built-in settings; see
// config.Profiles.Fingerprint) and its bytes. Reading the same again with
// the same settings gives the same fingerprint, and Analysed tells
// whether it is stored already.
func InputHash(input, format, manifest, settings string, data []byte) string {
	h := sha256.New()
	for _, s := range []string{input, format, manifest} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	if settings != "" { // the built-in settings keep the fingerprints made before settings counted
		h.Write([]byte("settings " + settings))
		h.Write([]byte{0})
	}
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

func (e *Entry) prepare() error {
	if e.Article == nil {
		return errors.New("archive: entry with no article")
	}
	if e.Locator == "" {
		return fmt.Errorf("archive: %s: no locator", e.Article.Input)
	}
	sum := sha256.Sum256([]byte(e.Article.Text))
	e.textHash = hex.EncodeToString(sum[:])
	var err error
	if e.result, err = encodeResult(e.Article); err != nil {
		return err
	}
	if e.Raw != nil && string(e.Raw) != e.Article.Text {
		e.raw = pack(e.Raw)
	}
	return nil
}

// Status says what storing an entry did.
type Status int

// What storing an entry can do.
const (
	Added      Status = iota // a new article
	NewVersion               // a new text of an article already stored
	Updated                  // a version analysed again (another analyzer, other metadata)
	Unchanged                // stored already, with this analyzer
	Failed                   // not stored; the error says why
)

var statusNames = [...]string{"added", "new version", "updated", "unchanged", "failed"}

func (s Status) String() string { return statusNames[s] }

// Counts are the outcomes of an ingest run.
type Counts struct {
	Added, NewVersions, Updated, Unchanged, Failed int
}

func (c *Counts) add(s Status) {
	switch s {
	case Added:
		c.Added++
	case NewVersion:
		c.NewVersions++
	case Updated:
		c.Updated++
	case Unchanged:
		c.Unchanged++
	case Failed:
		c.Failed++
	}
}

// Total is the number of inputs counted.
func (c Counts) Total() int { return c.Added + c.NewVersions + c.Updated + c.Unchanged + c.Failed }

// IngestOptions describe an ingest run.
type IngestOptions struct {
	ToolVersion     string // audit's version
	AnalyzerVersion string // stored with each analysis; compared by Analysed and Stale
	// BatchSize is the most articles one transaction holds (default 64),
	// and BatchDelay the longest a batch waits for more (default 250 ms).
	BatchSize  int
	BatchDelay time.Duration
	// OnStored, when set, is called from the writer goroutine after each
	// entry's transaction commits (or fails).
	OnStored func(e *Entry, s Status, err error)
}

// Ingest stores entries from one writer goroutine, several articles a
// transaction, each article with all its rows or none of them.
type Ingest struct {
	db        *DB
	opts      IngestOptions
	run       int64
	adding    sync.Mutex  // keeps order and prep in step
	order     chan *Entry // every entry added, in order, to forward
	prep      chan *Entry // the same, to prepareEntries
	forwarded chan struct{}
	queue     chan *Entry // prepared, in order, to the writer
	done      chan struct{}

	err    error  // the writer's fatal error; read after done is closed
	counts Counts // the writer's; read after done is closed
	// inputs that failed or were skipped before storing, counted by the
	// caller
	failed, unchanged atomic.Int64
}

// Ingest starts an ingest run: it records the run and starts the writer.
// Close it to finish.
func (db *DB) Ingest(ctx context.Context, opts IngestOptions) (*Ingest, error) {
	if opts.BatchSize <= 0 {
		opts.BatchSize = 64
	}
	if opts.BatchDelay <= 0 {
		opts.BatchDelay = 250 * time.Millisecond
	}
	workers := runtime.GOMAXPROCS(0)
	in := &Ingest{db: db, opts: opts, prep: make(chan *Entry, 4*workers), order: make(chan *Entry, 4*workers),
		queue: make(chan *Entry, 4*opts.BatchSize), done: make(chan struct{}), forwarded: make(chan struct{})}
	err := db.inTx(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `INSERT INTO ingest_runs (started_at, tool_version, analyzer_version) VALUES (?, ?, ?) RETURNING id`,
			db.stamp(), opts.ToolVersion, opts.AnalyzerVersion).Scan(&in.run)
	})
	if err != nil {
		return nil, fmt.Errorf("archive: start run: %w", err)
	}
	for range workers {
		go in.prepareEntries()
	}
	go in.forward()
	go in.write(context.WithoutCancel(ctx))
	return in, nil
}

// prepareEntries encodes and compresses entries for the writer, several
// at a time, so that the one writer only writes.
func (in *Ingest) prepareEntries() {
	for e := range in.prep {
		e.err = e.prepare()
		close(e.ready)
	}
}

// forward hands prepared entries to the writer in the order they were
// added, so that a run stores articles in input order.
func (in *Ingest) forward() {
	defer close(in.forwarded)
	for e := range in.order {
		<-e.ready
		select {
		case in.queue <- e:
		case <-in.done: // the writer stopped
		}
	}
}

// Add queues an analysed entry for storing; it blocks while the queue is
// full. It returns the writer's error once the writer has stopped. It may
// be called from several goroutines.
func (in *Ingest) Add(ctx context.Context, e *Entry) error {
	e.ready = make(chan struct{})
	in.adding.Lock()
	defer in.adding.Unlock()
	select {
	case in.order <- e:
	case <-in.done:
		return in.err
	case <-ctx.Done():
		return ctx.Err()
	}
	in.prep <- e // never blocks long: the preparers wait for nothing else
	return nil
}

// Failed counts an input that could not be read or analysed.
func (in *Ingest) Failed() { in.failed.Add(1) }

// Unchanged counts an input skipped because Analysed said it is stored
// already.
func (in *Ingest) Unchanged() { in.unchanged.Add(1) }

// Close stores what is queued, records the run's counts and returns them.
func (in *Ingest) Close(ctx context.Context) (Counts, error) {
	in.adding.Lock()
	close(in.order)
	close(in.prep)
	in.adding.Unlock()
	<-in.forwarded
	close(in.queue)
	<-in.done
	c := in.counts
	c.Failed += int(in.failed.Load())
	c.Unchanged += int(in.unchanged.Load())
	ctx = context.WithoutCancel(ctx)
	err := in.db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE ingest_runs SET finished_at = ?, added = ?, new_versions = ?, updated = ?, unchanged = ?, failed = ? WHERE id = ?`,
			in.db.stamp(), c.Added, c.NewVersions, c.Updated, c.Unchanged, c.Failed, in.run)
		return err
	})
	return c, errors.Join(in.err, err)
}

// write is the writer goroutine.
func (in *Ingest) write(ctx context.Context) {
	defer close(in.done)
	w := newWriter(in.db, in.run, in.opts.AnalyzerVersion)
	defer func() {
		if err := w.Close(); err != nil && in.err == nil {
			in.err = fmt.Errorf("archive: store: %w", err)
		}
	}()
	for {
		first, ok := <-in.queue
		if !ok {
			return
		}
		batch := []*Entry{first}
		timer := time.NewTimer(in.opts.BatchDelay)
	fill:
		for len(batch) < in.opts.BatchSize {
			select {
			case e, ok := <-in.queue:
				if !ok {
					break fill
				}
				batch = append(batch, e)
			case <-timer.C:
				break fill
			}
		}
		timer.Stop()
		ready := batch[:0]
		for _, e := range batch {
			if e.err != nil {
				in.report(e, Failed, e.err)
			} else {
				ready = append(ready, e)
			}
		}
		batch = ready
		if len(batch) == 0 {
			continue
		}
		statuses, errs, err := w.store(ctx, batch)
		if err != nil {
			in.err = fmt.Errorf("archive: store: %w", err)
			for _, e := range batch {
				in.report(e, Failed, in.err)
			}
			// drain, so that Add does not block
			go func() {
				for range in.queue {
				}
			}()
			return
		}
		for i, e := range batch {
			in.report(e, statuses[i], errs[i])
		}
	}
}

func (in *Ingest) report(e *Entry, s Status, err error) {
	in.counts.add(s)
	if in.opts.OnStored != nil {
		in.opts.OnStored(e, s, err)
	}
}

// inTx runs fn in a write transaction.
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

func (db *DB) stamp() string { return db.now().UTC().Format(time.RFC3339) }

// marshalAuthors is the authors column: a JSON array.
func marshalAuthors(authors []string) string {
	if len(authors) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(authors) // strings always marshal
	return string(b)
}
