package reports

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/tabular"
	"github.com/auditnews/audit/result"
)

// Sink receives the files of a site. Create is called from several
// goroutines at once, never twice for one path; paths are slash-separated
// and relative ("outlets/politico.html").
type Sink interface {
	Create(path string) (io.WriteCloser, error)
}

// Summary counts what a report wrote.
type Summary struct {
	Outlets  int   // outlets with a page
	Articles int   // article pages
	Sources  int   // sources with a page
	Pages    int   // HTML pages in all, later pages of long lists included
	Files    int   // files in all: pages, tables, the script
	Bytes    int64 // their size
}

// Write writes the report of the archive into out: the index, a page for
// each outlet, article and source, the list of sources, the methodology,
// the pages of opts.Pages, and a CSV and a JSON file beside every table.
// The same archive and options give the same files, byte for byte.
func Write(ctx context.Context, db *archive.DB, out Sink, opts Options) (*Summary, error) {
	s, err := newSite(db, opts)
	if err != nil {
		return nil, err
	}
	x, err := s.loadOutlets(ctx)
	if err != nil {
		return nil, err
	}
	// The outlets' tables and the sources' counts are read first, on their
	// own: SQLite sorts and groups them in memory, and beside the streams
	// below their peaks would add up.
	t, err := s.outletTablesBut(ctx)
	if err != nil {
		return nil, err
	}
	srcs, err := s.countSources(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	w := &writer{s: s, x: x, t: t, srcs: srcs, out: out, ctx: ctx, cancel: cancel, jobs: make(chan func() error)}
	for range s.opts.Workers {
		w.wg.Go(w.work)
	}
	// Three producers stream the archive at once: the articles, whose
	// pages need only the outlets; the outlets' claims, as long a read,
	// written as they come; and the rest.
	var producers sync.WaitGroup
	for _, produce := range []func() error{w.articles, w.claims, w.all} {
		producers.Go(func() {
			if err := produce(); err != nil {
				w.fail(err)
			}
		})
	}
	producers.Wait()
	close(w.jobs)
	w.wg.Wait()
	if err := w.failed(); err != nil {
		return nil, err
	}
	w.sum.Files, w.sum.Pages, w.sum.Bytes = int(w.files.Load()), int(w.pages.Load()), w.bytes.Load()
	return &w.sum, nil
}

// writer is one run of Write: three producers stream the archive and hand
// pages to a few workers.
type writer struct {
	s      *site
	x      *outletIndex
	t      *outletTables
	srcs   *sourceIndex
	out    Sink
	ctx    context.Context
	cancel context.CancelFunc
	jobs   chan func() error
	wg     sync.WaitGroup

	mu  sync.Mutex
	err error // the first failure

	buffers sync.Pool // of *bufio.Writer, one for each file being written

	sum                 Summary // counted by the producers, each its own figures
	files, pages, bytes atomic.Int64
}

func (w *writer) work() {
	for job := range w.jobs {
		if w.ctx.Err() != nil {
			continue // drain
		}
		if err := job(); err != nil {
			w.fail(err)
		}
	}
}

// fail ends the run, unless it has failed already.
func (w *writer) fail(err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err == nil {
		w.err = err
		w.cancel()
	}
}

// failed returns the run's first failure.
func (w *writer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// submit hands a job to the workers; it returns an error once the run
// has failed.
func (w *writer) submit(job func() error) error {
	select {
	case w.jobs <- job:
		return nil
	case <-w.ctx.Done():
		if err := w.failed(); err != nil {
			return err
		}
		return w.ctx.Err()
	}
}

// buffer returns a buffer writing to c; release returns it once its file
// is written.
func (w *writer) buffer(c *counter) *bufio.Writer {
	b, _ := w.buffers.Get().(*bufio.Writer)
	if b == nil {
		return bufio.NewWriterSize(c, 32<<10)
	}
	b.Reset(c)
	return b
}

func (w *writer) release(b *bufio.Writer) {
	b.Reset(nil)
	w.buffers.Put(b)
}

// file writes one file of the site.
func (w *writer) file(p string, fill func(io.Writer) error) error {
	f, err := w.out.Create(p)
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	c := &counter{w: f}
	b := w.buffer(c)
	defer w.release(b)
	err = fill(b)
	if err == nil {
		err = b.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("reports: %s: %w", p, err)
	}
	w.files.Add(1)
	w.bytes.Add(c.n)
	return nil
}

// htmlPage writes one page with render.
func (w *writer) htmlPage(p string, render func(io.Writer) error) error {
	w.pages.Add(1)
	return w.file(p, render)
}

// table writes the CSV and JSON files of a table.
func table[T any](w *writer, p string, rows []T) error {
	for _, format := range dataFormats {
		if err := w.file(p+"."+format, func(out io.Writer) error { return tabular.WriteAll(out, format, rows) }); err != nil {
			return err
		}
	}
	return nil
}

// streamTable writes the CSV and JSON files of a table while its rows
// stream by: open returns the function that takes each row, and close
// ends the files.
type streamTable[T any] struct {
	w       *writer
	files   []io.WriteCloser
	buffers []*bufio.Writer
	tables  []*tabular.Writer[T]
	counts  []*counter
	paths   []string
}

func openTable[T any](w *writer, p string) (*streamTable[T], error) {
	st := &streamTable[T]{w: w}
	for _, format := range dataFormats {
		f, err := w.out.Create(p + "." + format)
		if err != nil {
			err = fmt.Errorf("reports: %w", err)
			st.abort(&err)
			return nil, err
		}
		c := &counter{w: f}
		b := w.buffer(c)
		t, err := tabular.New[T](b, format)
		if err != nil {
			st.files, st.buffers = append(st.files, f), append(st.buffers, b)
			st.abort(&err)
			return nil, err
		}
		st.files, st.buffers, st.tables, st.counts, st.paths = append(st.files, f), append(st.buffers, b), append(st.tables, t), append(st.counts, c), append(st.paths, p+"."+format)
	}
	return st, nil
}

func (st *streamTable[T]) write(row T) error {
	for _, t := range st.tables {
		if err := t.Write(row); err != nil {
			return err
		}
	}
	return nil
}

func (st *streamTable[T]) close(w *writer) error {
	var errs []error
	for i, t := range st.tables {
		err := t.Close()
		if err == nil {
			err = st.buffers[i].Flush()
		}
		errs = append(errs, err, st.files[i].Close())
		w.files.Add(1)
		w.bytes.Add(st.counts[i].n)
	}
	st.files = nil
	st.release()
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("reports: %s: %w", st.paths[0], err)
	}
	return nil
}

// abort closes the files of a table that close did not close, on a path
// that failed with *err (deferred as abort(&err), it does nothing after
// close): what they hold no longer matters, but an error closing them is
// joined to *err.
func (st *streamTable[T]) abort(err *error) {
	for _, f := range st.files {
		if cerr := f.Close(); cerr != nil {
			*err = errors.Join(*err, cerr)
		}
	}
	st.files = nil
	st.release()
}

// release returns the table's buffers.
func (st *streamTable[T]) release() {
	for _, b := range st.buffers {
		st.w.release(b)
	}
	st.buffers = nil
}

type counter struct {
	w io.Writer
	n int64
}

// WriteString writes a page larger than the buffer straight to its file.
func (c *counter) WriteString(s string) (int, error) {
	n, err := io.WriteString(c.w, s)
	c.n += int64(n)
	return n, err
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// all streams the archive but the articles: the pages of the whole report
// first, then each source's and each outlet's.
func (w *writer) all() error {
	s, x := w.s, w.x
	simple := []struct {
		path string
		fill func(io.Writer) error
	}{
		{indexPath, func(out io.Writer) error { return s.indexPage(out, x) }},
		{methodologyPath, func(out io.Writer) error { return s.methodologyPage(out, x) }},
	}
	for _, p := range simple {
		if err := w.submit(func() error { return w.htmlPage(p.path, p.fill) }); err != nil {
			return err
		}
	}
	for _, p := range s.opts.Pages {
		if err := w.submit(func() error { return w.htmlPage(p.Path, p.Write) }); err != nil {
			return err
		}
	}
	err := w.submit(func() error {
		a, err := assets()
		if err != nil {
			return err
		}
		if err := w.file(scriptPath, func(out io.Writer) error { _, err := out.Write(a.script); return err }); err != nil {
			return err
		}
		if err := w.file(markerPath, func(out io.Writer) error { _, err := io.WriteString(out, "a report written by audit\n"); return err }); err != nil {
			return err
		}
		return table(w, outletsTable, x.outlets)
	})
	if err != nil {
		return err
	}
	if err := w.sources(); err != nil {
		return err
	}
	for i := range x.outlets {
		if err := w.submit(func() error { return w.outlet(i) }); err != nil {
			return err
		}
		w.sum.Outlets++
	}
	return nil
}

// claims writes the table of each outlet's claims, which needs nothing
// the pass over the sources gathers.
func (w *writer) claims() error {
	s := w.s
	for i, o := range w.x.outlets {
		err := func() (err error) {
			claims, err := openTable[archive.ClaimRow](w, outletData(w.x.slugs[i], "claims"))
			if err != nil {
				return err
			}
			defer claims.abort(&err)
			if err := s.db.EachClaim(w.ctx, s.outletFilter(o.Outlet), claims.write); err != nil {
				return err
			}
			return claims.close(w)
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// outlet writes an outlet's page, the later pages of its articles, and
// its tables but the claims.
func (w *writer) outlet(i int) (err error) {
	s, x, t := w.s, w.x, w.t
	o, slug := x.outlets[i], x.slugs[i]
	key := archive.MatchKey(o.Outlet)
	for _, tb := range []error{
		table(w, outletData(slug, "summary"), x.outlets[i:i+1]),
		table(w, outletData(slug, "months"), nonNil(t.months[key])),
		table(w, outletData(slug, "sources"), nonNil(t.top[key])),
		table(w, outletData(slug, "relies-on"), nonNil(t.citing[key])),
		table(w, outletData(slug, "relied-on-by"), reliedOn(o.Outlet, t.cited[key])),
		table(w, outletData(slug, "anonymous"), nonNil(t.anonymous[key])),
		table(w, outletData(slug, "findings"), nonNil(t.rules[key])),
	} {
		if tb != nil {
			return tb
		}
	}
	list, err := openTable[archive.ArticleInfo](w, outletData(slug, "articles"))
	if err != nil {
		return err
	}
	defer list.abort(&err)
	per := s.opts.ArticlesPerPage
	var first, rows []archive.ArticleInfo
	page := 1
	flush := func() error {
		if page == 1 {
			first = rows
		} else if err := w.htmlPage(outletPath(slug, page), func(out io.Writer) error { return s.articlesPage(out, x, i, page, rows, o.Articles) }); err != nil {
			return err
		}
		rows = nil
		page++
		return nil
	}
	err = s.db.EachArticleInfo(w.ctx, s.outletFilter(o.Outlet), archive.Page{}, func(a archive.ArticleInfo) error {
		if err := list.write(a); err != nil {
			return err
		}
		rows = append(rows, a)
		if len(rows) == per {
			return flush()
		}
		return nil
	})
	if err == nil && (len(rows) > 0 || page == 1) {
		err = flush()
	}
	if err == nil {
		err = list.close(w)
	}
	if err != nil {
		return err
	}
	return w.htmlPage(outletPath(slug, 1), func(out io.Writer) error { return s.outletPage(out, x, t, w.srcs, i, first, o.Articles) })
}

// reliedOn are the citations of an outlet by others; none for the
// articles of no known outlet, which nobody can cite.
func reliedOn(outlet string, cs []archive.Citation) []archive.Citation {
	if outlet == "" {
		return []archive.Citation{}
	}
	return nonNil(cs)
}

func nonNil[T any](rows []T) []T {
	if rows == nil {
		return []T{}
	}
	return rows
}

// sources writes each source's pages and tables, in one pass over the
// citations, and gathers from it the figures of every source, the
// citations between outlets and each outlet's most-cited named sources;
// then it writes the list of sources and the sources table.
func (w *writer) sources() error {
	s := w.s
	k := &siteSink{w: w, top: map[string][]archive.SourceStats{}, cites: map[[2]string]*archive.Citation{}}
	if err := s.walk(w.ctx, 1, math.MaxInt64, k); err != nil {
		return err
	}
	// the orders of archive.Sources, Citations and TopSources
	sort.Slice(k.all, func(i, j int) bool {
		a, b := k.all[i], k.all[j]
		if a.Citations != b.Citations {
			return a.Citations > b.Citations
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Type < b.Type
	})
	var cites []archive.Citation
	for _, c := range k.cites {
		cites = append(cites, *c)
	}
	sort.Slice(cites, func(i, j int) bool {
		a, b := cites[i], cites[j]
		if a.Citations != b.Citations {
			return a.Citations > b.Citations
		}
		if a.Citing != b.Citing {
			return a.Citing < b.Citing
		}
		return a.Cited < b.Cited
	})
	w.t.addCitations(cites)
	w.t.top = k.top
	per := s.opts.SourcesPerPage
	total := len(k.all)
	for page := 1; page == 1 || (page-1)*per < total; page++ {
		rows := k.all[(page-1)*per : min(page*per, total)]
		err := w.submit(func() error {
			return w.htmlPage(sourcesPath(page), func(out io.Writer) error { return s.sourcesPage(out, rows, page, total) })
		})
		if err != nil {
			return err
		}
	}
	return w.submit(func() error { return table(w, sourcesTable, k.all) })
}

// siteSink writes the sources' pages and tables as walk reads their
// citations: a source's own pages as they fill, its first page and the
// shared pages once complete. It gathers the figures the other pages
// need.
type siteSink struct {
	w     *writer
	all   []archive.SourceStats
	top   map[string][]archive.SourceStats // by outlet key: its most-cited named sources
	cites map[[2]string]*archive.Citation  // by citing outlet key and cited outlet
}

// ownPages is what the sink keeps of a source with pages of its own.
type ownPages struct {
	table *streamTable[archive.CitationRow]
	page  int
	rows  []archive.CitationRow // of the page being filled
	first []archive.CitationRow
}

func (k *siteSink) ownRow(a *sourceAcc, c archive.CitationRow) error {
	w := k.w
	o, _ := a.state.(*ownPages)
	if o == nil {
		t, err := openTable[archive.CitationRow](w, sourceData(a.name.ID, "citations"))
		if err != nil {
			return err
		}
		o = &ownPages{table: t, page: 1}
		a.state = o
	}
	if err := o.table.write(c); err != nil {
		return err
	}
	o.rows = append(o.rows, c)
	if len(o.rows) == w.s.opts.CitationsPerPage {
		return k.flush(a, o)
	}
	return nil
}

// errChanged is a source whose citations changed between the count and
// the pass that writes its pages: an ingest ran meanwhile.
func errChanged(id int64) error {
	return fmt.Errorf("reports: source %d: its citations changed while the report was written; run it again", id)
}

// flush hands the page being filled to the workers; the first waits for
// the source's figures.
func (k *siteSink) flush(a *sourceAcc, o *ownPages) error {
	rows, page := o.rows, o.page
	o.rows = nil
	o.page++
	if page == 1 {
		o.first = rows
		return nil
	}
	w := k.w
	total, ok := w.srcs.own[a.name.ID]
	if !ok {
		return errChanged(a.name.ID)
	}
	return w.submit(func() error {
		return w.htmlPage(sourcePath(a.name.ID, page), func(out io.Writer) error {
			return w.s.sourcePage(out, w.x, a.name, total, nil, nil, rows, page)
		})
	})
}

func (k *siteSink) source(a *sourceAcc) error {
	w := k.w
	w.sum.Sources++
	st := a.stats()
	k.all = append(k.all, st)
	outlets := a.tally.rows()
	k.gather(a.name, outlets)
	o, _ := a.state.(*ownPages)
	if o == nil {
		return nil
	}
	if len(o.rows) > 0 {
		if err := k.flush(a, o); err != nil {
			return err
		}
	}
	if err := o.table.close(w); err != nil {
		return err
	}
	if w.srcs.own[a.name.ID] != st.Citations {
		return errChanged(a.name.ID)
	}
	return w.submit(func() error {
		if err := table(w, sourceData(a.name.ID, "outlets"), outlets); err != nil {
			return err
		}
		return w.htmlPage(sourcePath(a.name.ID, 1), func(out io.Writer) error {
			return w.s.sourcePage(out, w.x, a.name, st.Citations, &st, outlets, o.first, 1)
		})
	})
}

// gather adds a source's citations by outlet to the outlets' figures: the
// citations of an outlet's reporting, and the outlets' named sources.
func (k *siteSink) gather(n archive.SourceName, outlets []SourceOutlet) {
	if n.Type == "outlet" {
		k.w.srcs.outlets[archive.MatchKey(n.Name)] = n.ID
	}
	for _, o := range outlets {
		if n.Outlet != "" {
			key := [2]string{archive.MatchKey(o.Outlet), n.Outlet}
			c := k.cites[key]
			if c == nil {
				c = &archive.Citation{Citing: o.Outlet, Cited: n.Outlet}
				k.cites[key] = c
			}
			c.Citations += o.Citations
			c.Claims += o.Claims
			c.Articles += o.Articles
		}
		if namedType(n.Type) {
			src := archive.SourceStats{ID: n.ID, Name: n.Name, Type: n.Type, Citations: o.Citations, Claims: o.Claims, Articles: o.Articles, Roles: o.Roles}
			if o.Outlet != "" {
				src.Outlets = 1
			}
			key := archive.MatchKey(o.Outlet)
			k.top[key] = insertTop(k.top[key], src, topSources)
		}
	}
}

// insertTop puts a source into a list of at most n, most cited first,
// then by name and type, as archive.TopSources orders them.
func insertTop(list []archive.SourceStats, s archive.SourceStats, n int) []archive.SourceStats {
	i := sort.Search(len(list), func(i int) bool {
		l := list[i]
		if l.Citations != s.Citations {
			return l.Citations < s.Citations
		}
		if l.Name != s.Name {
			return l.Name > s.Name
		}
		return l.Type > s.Type
	})
	if i >= n {
		return list
	}
	list = append(list, archive.SourceStats{})
	copy(list[i+1:], list[i:])
	list[i] = s
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func (k *siteSink) shard(lo, hi int64, srcs []*sourceAcc) error {
	w := k.w
	return w.submit(func() error {
		outlets, cites := shardTables(srcs)
		if err := table(w, shardData(lo, hi, "outlets"), outlets); err != nil {
			return err
		}
		if err := table(w, shardData(lo, hi, "citations"), cites); err != nil {
			return err
		}
		return w.htmlPage(shardPath(lo, hi), func(out io.Writer) error { return w.s.shardPage(out, w.x, lo, hi, srcs) })
	})
}

// articles writes each article's page.
func (w *writer) articles() error {
	s := w.s
	return s.db.EachArticle(w.ctx, s.opts.Filter, func(info archive.ArticleInfo, a *result.Article) error {
		w.sum.Articles++
		return w.submit(func() error {
			return w.htmlPage(articlePath(info.ID), func(out io.Writer) error { return s.articlePage(out, w.x, info, a) })
		})
	})
}
