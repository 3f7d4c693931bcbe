package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/manifest"
	"github.com/auditnews/audit/internal/pipeline"
)

const ingestHelp = `
Analyse articles and store them in an archive (a SQLite database) that
'audit export' and 'audit stats' read.

Inputs are those of 'audit check': files, directories, "-" and URLs. An
article is identified by its canonical URL, else the absolute path of its
file; storing the same content again changes nothing, and a changed text
of an article already stored is kept as a new version beside the old
ones. Inputs stored already, analysed by this version of audit with the
same settings (configuration file, the lexicons it names, --lexicon,
--disable, --fail-on), are skipped before analysis; after the settings
change, ingesting again analyses the inputs they apply to again.

A manifest (--manifest FILE: CSV with a header, tab-separated, or JSON
Lines) gives metadata per input that wins over what extraction finds:
path or url, outlet, title, published (YYYY-MM-DD), authors (separated by
";" in CSV, a list in JSON) and section. Paths are relative to the
manifest's folder. With a manifest and no inputs, its rows are the inputs.

--reanalyze analyses again, from the input stored, every version analysed
by another version of audit (nothing is read or fetched again).

The archive is --db, else $AUDIT_DB, else audit.db in the working folder.

Exit codes:
  0  every input stored (or stored already)
  2  usage error, an input that could not be read (the others are stored),
     a refused database (not an audit archive, damaged, or of a newer
     schema: it is left as it was)
`

// ingestCmd is 'audit ingest'; analyzer is the version recorded with each
// analysis.
type ingestCmd struct {
	analyzer string
}

func runIngest(ctx context.Context, e *env, args []string) error {
	return ingestCmd{analyzer: analyzerVersion()}.run(ctx, e, args)
}

// analyzerVersion is audit's version with the build's revision, when the
// build records one: "0.1.0+4f2a9c1e0b3d".
func analyzerVersion() string {
	v := version
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	var rev string
	var dirty bool
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += "+" + rev
		if dirty {
			v += "-dirty"
		}
	}
	return v
}

// dbFlag registers --db on fs.
func dbFlag(fs interface {
	StringVar(*string, string, string, string)
}, p *string) {
	fs.StringVar(p, "db", "", "the archive (default $AUDIT_DB, else audit.db)")
}

// dbPath is the archive a command uses.
func dbPath(e *env, flag string) string {
	if flag != "" {
		return flag
	}
	if p := e.getenv("AUDIT_DB"); p != "" {
		return p
	}
	return "audit.db"
}

// openArchive opens the archive, mapping a refusal to exit code 2.
func openArchive(ctx context.Context, path string, create bool) (*archive.DB, error) {
	db, err := archive.Open(ctx, path, archive.Options{Create: create})
	if err != nil {
		return nil, &exitError{code: 2, err: err}
	}
	return db, nil
}

type ingestOptions struct {
	db, outlet, manifest, config string
	noConfig, reanalyze, quiet   bool
	in                           inputFlags
}

func (c ingestCmd) run(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "ingest", "[flags] INPUT...", ingestHelp)
	var o ingestOptions
	o.in.register(fs)
	dbFlag(fs, &o.db)
	fs.StringVar(&o.outlet, "outlet", "", "the outlet of inputs for which the manifest and the article name none")
	fs.StringVar(&o.manifest, "manifest", "", "metadata per input: CSV with a header, or JSON Lines (path or url, outlet, title, published, authors, section)")
	fs.StringVar(&o.config, "config", "", "configuration file (default: the nearest .audit.yaml, .audit.yml or .audit.toml)")
	fs.BoolVar(&o.noConfig, "no-config", false, "use no configuration file")
	fs.BoolVar(&o.reanalyze, "reanalyze", false, "analyse again, from the stored input, the versions analysed by another version of audit")
	fs.BoolVar(&o.quiet, "quiet", false, "print neither progress nor summary")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if o.reanalyze && (fs.NArg() > 0 || o.manifest != "") {
		return usageError("ingest: --reanalyze takes no inputs and no manifest")
	}
	if !o.reanalyze && fs.NArg() == 0 && o.manifest == "" {
		fs.Usage()
		return usageError("ingest: no inputs given")
	}
	reader, err := o.in.reader(e)
	if err != nil {
		return err
	}
	var man *manifest.Manifest
	if o.manifest != "" {
		if man, err = manifest.Load(o.manifest); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	db, err := openArchive(ctx, dbPath(e, o.db), true)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	s := &ingestSession{
		cmd: c, e: e, o: &o, db: db, reader: reader, man: man, start: time.Now(),
		prof: profiles{config.NewProfiles(config.Options{File: o.config, None: o.noConfig, Lexicons: o.in.lexicons})},
		out:  &lockedWriter{w: e.stderr},
	}
	if o.reanalyze {
		return s.reanalyse(ctx)
	}
	return s.ingest(ctx, fs.Args())
}

// ingestSession is one run of ingest.
type ingestSession struct {
	cmd    ingestCmd
	e      *env
	o      *ingestOptions
	db     *archive.DB
	reader *input.Reader
	man    *manifest.Manifest
	prof   profiles
	out    *lockedWriter
	bar    *progressbar.ProgressBar
	start  time.Time
	run    *archive.Ingest
}

// errUnchanged skips an input stored already with this analyzer.
var errUnchanged = errors.New("stored already")

// wantBar reports whether ingest shows a progress bar: on a terminal,
// unless --quiet. The bar is github.com/schollz/progressbar/v3: pure Go,
// kept up to date, writing to any io.Writer with throttled redraws, and
// count, rate and time left built in; audit's own would be a hundred lines
// of terminal handling to maintain.
func (s *ingestSession) wantBar() bool { return !s.o.quiet && isTerminal(s.e.stderr) }

func (s *ingestSession) begin(ctx context.Context, total int) error {
	if s.wantBar() {
		s.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(s.out), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("articles"),
			progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionSetPredictTime(true))
	}
	var err error
	s.run, err = s.db.Ingest(ctx, archive.IngestOptions{
		ToolVersion: version, AnalyzerVersion: s.cmd.analyzer,
		OnStored: func(en *archive.Entry, st archive.Status, err error) {
			if err != nil {
				s.problem(fmt.Errorf("%s: not stored: %w", en.Article.Input, err))
			}
			s.tick()
		},
	})
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	return nil
}

func (s *ingestSession) tick() {
	if s.bar != nil {
		_ = s.bar.Add(1)
	}
}

// problem prints one line about one input, above the progress bar.
func (s *ingestSession) problem(err error) {
	if s.bar != nil {
		_ = s.bar.Clear()
	}
	tell(s.out, "audit: %v\n", err)
}

// finish closes the run, prints the summary and returns the exit error.
func (s *ingestSession) finish(ctx context.Context, runErr error) error {
	counts, err := s.run.Close(ctx)
	if s.bar != nil {
		_ = s.bar.Finish()
	}
	if err == nil {
		err = runErr
	}
	if !s.o.quiet {
		tell(s.out, "ingest: %d added, %d new versions, %d updated, %d unchanged, %d failed in %.1fs; %s\n",
			counts.Added, counts.NewVersions, counts.Updated, counts.Unchanged, counts.Failed, time.Since(s.start).Seconds(), s.db.Path())
	}
	if err != nil {
		var ie *input.Error
		if errors.As(err, &ie) && isConfigError(err) {
			err = ie.Err
		}
		if errors.Is(err, context.Canceled) {
			err = errors.New("interrupted; the articles counted above are stored")
		}
		return &exitError{code: 2, err: err}
	}
	if counts.Failed > 0 {
		return &exitError{code: 2}
	}
	return nil
}

// row is the metadata an input gets: its manifest row, with --outlet
// where neither the row nor the article name an outlet.
func (s *ingestSession) row(it input.Item) *manifest.Row {
	r := s.man.Lookup(it)
	if s.o.outlet == "" {
		return r
	}
	var out manifest.Row
	if r != nil {
		out = *r
	}
	if out.Outlet == "" {
		out.Outlet = s.o.outlet
	}
	return &out
}

// ingest stores the inputs args name, or the manifest's when there are
// none, a chunk at a time.
func (s *ingestSession) ingest(ctx context.Context, args []string) error {
	chunks := func(fn func([]input.Item) error, bad func(error)) error { return inputChunks(args, fn, bad) }
	if len(args) == 0 {
		chunks = func(fn func([]input.Item) error, _ func(error)) error {
			items := s.man.Items()
			for len(items) > 0 {
				n := min(len(items), chunkSize)
				if err := fn(items[:n]); err != nil {
					return err
				}
				items = items[n:]
			}
			return nil
		}
	}
	total := 0
	if s.wantBar() {
		_ = chunks(func(items []input.Item) error { total += len(items); return nil }, func(error) {})
	}
	if err := s.begin(ctx, total); err != nil {
		return err
	}
	n, err := s.db.CountArticles(ctx, archive.Filter{})
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	empty := n == 0
	setup := func(it input.Item) (pipeline.Analyzer, pipeline.Checker, error) {
		row := s.row(it)
		// A file is read here first: when it is stored already, with the
		// same settings, it is not analysed, and its profile is not even
		// built. (The runner reads it again otherwise; reading is cheap
		// next to analysis.) An archive empty when the run began holds
		// nothing to skip.
		if it.Kind == input.File && !empty {
			settings, err := s.prof.fingerprint(it)
			if err != nil {
				return nil, nil, err
			}
			if raw, err := s.reader.Read(ctx, it); err == nil {
				done, err := s.db.Analysed(ctx, archive.InputHash(inputName(it), string(raw.Format), row.Meta(), settings, raw.Data), s.cmd.analyzer)
				if err != nil {
					return nil, nil, err
				}
				if done {
					return nil, nil, errUnchanged
				}
			}
		}
		an, ch, err := s.prof.setup(it)
		if err != nil {
			return nil, nil, err
		}
		return withMeta{an, row}, ch, nil
	}
	runner := &pipeline.Runner{Reader: s.reader, Workers: s.o.in.jobs, Setup: setup}
	each := func(it input.Item, a *pipeline.Article, err error) error {
		if err != nil {
			if errors.Is(err, errUnchanged) {
				s.run.Unchanged()
				s.tick()
				return nil
			}
			if isConfigError(err) {
				return err
			}
			s.problem(err)
			s.run.Failed()
			s.tick()
			return nil
		}
		row := s.row(it)
		settings, err := s.prof.fingerprint(it) // made by setup already
		if err != nil {
			return err
		}
		res := a.Result()
		return s.run.Add(ctx, &archive.Entry{
			Article: res, Locator: locator(it, a), Input: inputName(it), FetchedURL: a.Raw.URL, Raw: a.Raw.Data,
			InputHash: archive.InputHash(inputName(it), string(a.Raw.Format), row.Meta(), settings, a.Raw.Data),
			Section:   sectionOf(row), Manifest: row.Meta(),
		})
	}
	err = chunks(func(items []input.Item) error { return runner.Each(ctx, items, each) }, func(err error) {
		s.problem(err)
		s.run.Failed()
	})
	return s.finish(ctx, err)
}

// reanalyse analyses again the stored versions that another analyzer
// version analysed, with -j workers.
func (s *ingestSession) reanalyse(ctx context.Context) error {
	ids, err := s.db.Stale(ctx, s.cmd.analyzer)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if err := s.begin(ctx, len(ids)); err != nil {
		return err
	}
	workers := s.o.in.jobs
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int64)
	var wg sync.WaitGroup
	var fatal error
	var once sync.Once
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range jobs {
				if err := s.reanalyseOne(ctx, id); err != nil {
					once.Do(func() { fatal = err; cancel() })
				}
			}
		}()
	}
feed:
	for _, id := range ids {
		select {
		case jobs <- id:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if fatal == nil {
		fatal = ctx.Err()
	}
	return s.finish(ctx, fatal)
}

// reanalyseOne analyses one stored version again. Only the archive's
// errors are returned; an input that fails is reported and counted.
func (s *ingestSession) reanalyseOne(ctx context.Context, id int64) error {
	in, err := s.db.StoredInput(ctx, id)
	if err != nil {
		return err
	}
	it := input.Item{Name: in.Input, Kind: input.File}
	switch {
	case in.Input == "-":
		it.Kind = input.Stdin
	case strings.Contains(in.Input, "://"):
		it.Kind = input.URL
	}
	fail := func(err error) error {
		s.problem(&input.Error{Input: in.Input, Err: err})
		s.run.Failed()
		s.tick()
		return nil
	}
	row, err := manifest.ParseMeta(in.Manifest)
	if err != nil {
		return fail(err)
	}
	an, ch, err := s.prof.setup(it)
	if err != nil {
		return err
	}
	settings, err := s.prof.fingerprint(it)
	if err != nil {
		return err
	}
	raw := &input.Raw{Item: it, Data: in.Data, Format: article.Format(in.Format), URL: in.FetchedURL}
	a, err := (&pipeline.Runner{Analyzer: withMeta{an, row}, Checker: ch}).AnalyzeRaw(ctx, raw)
	if err != nil {
		return fail(err)
	}
	return s.run.Add(ctx, &archive.Entry{
		Article: a.Result(), Locator: in.Locator, Input: in.Input, FetchedURL: in.FetchedURL, Raw: in.Data,
		InputHash: archive.InputHash(in.Input, in.Format, in.Manifest, settings, in.Data), // with today's settings
		Section:   in.Section, Manifest: in.Manifest, Version: id,
	})
}

// withMeta applies a manifest row to a document's metadata before
// analysis, so that the analysis and the checks see it.
type withMeta struct {
	pipeline.Analyzer
	row *manifest.Row
}

func (w withMeta) Analyze(ctx context.Context, doc *article.Document) ([]attribution.Claim, error) {
	if r := w.row; r != nil {
		m := &doc.Meta
		if r.Outlet != "" {
			m.Outlet = r.Outlet
		}
		if r.Title != "" {
			m.Title = r.Title
		}
		if r.Published != "" {
			m.Published = r.Published
		}
		if len(r.Authors) > 0 {
			m.Authors = r.Authors
		}
		if r.URL != "" {
			m.URL = r.URL
		}
	}
	return w.Analyzer.Analyze(ctx, doc)
}

func sectionOf(r *manifest.Row) string {
	if r == nil {
		return ""
	}
	return r.Section
}

// inputName is where an input is read, as the archive records it: a
// file's absolute path, a URL as given, or "-".
func inputName(it input.Item) string {
	if it.Kind != input.File {
		return it.Name
	}
	if abs, err := filepath.Abs(it.Name); err == nil {
		return filepath.ToSlash(abs)
	}
	return it.Name
}

// locator identifies an article: its canonical URL (from the manifest or
// the article), else the URL it was fetched from, else its file's
// absolute path; text from standard input with no URL is identified by
// its text.
func locator(it input.Item, a *pipeline.Article) string {
	if u := a.Doc.Meta.URL; u != "" {
		return canonicalURL(u)
	}
	switch it.Kind {
	case input.URL:
		if a.Raw.URL != "" {
			return canonicalURL(a.Raw.URL)
		}
		return canonicalURL(it.Name)
	case input.Stdin:
		return "stdin:sha256:" + hashText(a.Doc.Text)
	}
	return inputName(it)
}

// canonicalURL lower-cases a URL's scheme and host and drops its
// fragment.
func canonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme, u.Host, u.Fragment, u.RawFragment = strings.ToLower(u.Scheme), strings.ToLower(u.Host), "", ""
	return u.String()
}

// lockedWriter serialises the lines of the writer goroutine, the
// workers and the progress bar.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
