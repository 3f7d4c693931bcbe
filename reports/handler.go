package reports

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/tabular"
)

// Handler serves the report's pages live from an open archive: the same
// paths, templates and bytes as Write, each page made when asked for, so
// that articles stored since show at once. It answers GET and HEAD, with
// 404 for a path the report has no page at.
func Handler(db *archive.DB, opts Options) (http.Handler, error) {
	s, err := newSite(db, opts)
	if err != nil {
		return nil, err
	}
	return &handler{s: s}, nil
}

type handler struct{ s *site }

// errNoPage is a path the report has no page or table at.
var errNoPage = errors.New("reports: no such page")

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := strings.TrimPrefix(r.URL.Path, "/")
	if p == "" {
		p = indexPath
	}
	// each answer gives the day it was made
	now := *h.s
	now.generated = now.opts.Now().UTC().Format(time.DateOnly)
	var b bytes.Buffer
	err := (&handler{s: &now}).serve(r.Context(), &b, p)
	switch {
	case errors.Is(err, errNoPage) || errors.Is(err, archive.ErrNotFound):
		http.NotFound(w, r)
		return
	case err != nil:
		http.Error(w, "the archive could not be read", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", contentType(p))
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodGet {
		_, _ = w.Write(b.Bytes())
	}
}

func contentType(p string) string {
	switch path.Ext(p) {
	case ".csv":
		return "text/csv; charset=utf-8"
	case ".json":
		return "application/json"
	case ".js":
		return "text/javascript; charset=utf-8"
	}
	return "text/html; charset=utf-8"
}

// serve writes the file at path p of the site.
func (h *handler) serve(ctx context.Context, w io.Writer, p string) error {
	s := h.s
	for _, pg := range s.opts.Pages {
		if pg.Path == p {
			return pg.Write(w)
		}
	}
	switch p {
	case scriptPath:
		a, err := assets()
		if err != nil {
			return err
		}
		_, err = w.Write(a.script)
		return err
	case indexPath, methodologyPath, outletsTable + ".csv", outletsTable + ".json":
		x, err := s.loadOutlets(ctx)
		if err != nil {
			return err
		}
		switch p {
		case indexPath:
			return s.indexPage(w, x)
		case methodologyPath:
			return s.methodologyPage(w, x)
		}
		return tabular.WriteAll(w, strings.TrimPrefix(path.Ext(p), "."), x.outlets)
	case sourcesTable + ".csv", sourcesTable + ".json":
		return tabular.WriteEach(w, strings.TrimPrefix(path.Ext(p), "."), func(fn func(archive.SourceStats) error) error {
			return s.db.EachSource(ctx, s.opts.Filter, 0, fn)
		})
	}
	dir, file := path.Split(p)
	switch dir {
	case "outlets/":
		return h.outlet(ctx, w, file)
	case "articles/":
		return h.article(ctx, w, file)
	case "sources/":
		return h.source(ctx, w, file)
	}
	return errNoPage
}

// splitExt cuts a file name into its stem and its extension: html, csv or
// json.
func splitExt(file string) (string, string, bool) {
	stem, ext, ok := strings.Cut(file, ".")
	if !ok || strings.Contains(ext, ".") {
		return "", "", false
	}
	switch ext {
	case "html", "csv", "json":
		return stem, ext, true
	}
	return "", "", false
}

// pageNumber reads the number of a later page: 2 or more, no leading zero.
func pageNumber(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 2 || strconv.Itoa(n) != s {
		return 0, false
	}
	return n, true
}

// outletTableNames are the tables of an outlet's page.
var outletTableNames = []string{"summary", "months", "sources", "relies-on", "relied-on-by", "anonymous", "findings", "claims", "articles"}

func (h *handler) outlet(ctx context.Context, w io.Writer, file string) error {
	s := h.s
	stem, ext, ok := splitExt(file)
	if !ok {
		return errNoPage
	}
	x, err := s.loadOutlets(ctx)
	if err != nil {
		return err
	}
	if ext == "html" {
		page := 1
		if i := strings.LastIndex(stem, "-articles-"); i > 0 {
			if n, ok := pageNumber(stem[i+len("-articles-"):]); ok {
				if _, known := x.bySlug[stem]; !known {
					stem, page = stem[:i], n
				}
			}
		}
		i, ok := x.bySlug[stem]
		if !ok {
			return errNoPage
		}
		return h.outletPage(ctx, w, x, i, page)
	}
	for _, table := range outletTableNames {
		slug, ok := strings.CutSuffix(stem, "-"+table)
		if i, known := x.bySlug[slug]; ok && known {
			return h.outletTable(ctx, w, x, i, table, ext)
		}
	}
	return errNoPage
}

func (h *handler) outletPage(ctx context.Context, w io.Writer, x *outletIndex, i, page int) error {
	s := h.s
	o := x.outlets[i]
	per := s.opts.ArticlesPerPage
	if page > pagesOf(o.Articles, per) {
		return errNoPage
	}
	rows, err := s.db.Articles(ctx, s.outletFilter(o.Outlet), archive.Page{Limit: per, Offset: (page - 1) * per})
	if err != nil {
		return err
	}
	if page > 1 {
		return s.articlesPage(w, x, i, page, rows, o.Articles)
	}
	t, err := s.loadOutletTables(ctx)
	if err != nil {
		return err
	}
	srcs, err := s.loadSources(ctx)
	if err != nil {
		return err
	}
	return s.outletPage(w, x, t, srcs, i, rows, o.Articles)
}

func (h *handler) outletTable(ctx context.Context, w io.Writer, x *outletIndex, i int, table, format string) error {
	s := h.s
	o := x.outlets[i]
	key := archive.MatchKey(o.Outlet)
	switch table {
	case "summary":
		return tabular.WriteAll(w, format, x.outlets[i:i+1])
	case "claims":
		return tabular.WriteEach(w, format, func(fn func(archive.ClaimRow) error) error {
			return s.db.EachClaim(ctx, s.outletFilter(o.Outlet), fn)
		})
	case "articles":
		return tabular.WriteEach(w, format, func(fn func(archive.ArticleInfo) error) error {
			return s.db.EachArticleInfo(ctx, s.outletFilter(o.Outlet), archive.Page{}, fn)
		})
	}
	t, err := s.loadOutletTables(ctx)
	if err != nil {
		return err
	}
	switch table {
	case "months":
		return tabular.WriteAll(w, format, nonNil(t.months[key]))
	case "relies-on":
		return tabular.WriteAll(w, format, nonNil(t.citing[key]))
	case "relied-on-by":
		return tabular.WriteAll(w, format, reliedOn(o.Outlet, t.cited[key]))
	case "anonymous":
		return tabular.WriteAll(w, format, nonNil(t.anonymous[key]))
	case "sources":
		return tabular.WriteAll(w, format, nonNil(t.top[key]))
	}
	return tabular.WriteAll(w, format, nonNil(t.rules[key]))
}

func (h *handler) article(ctx context.Context, w io.Writer, file string) error {
	s := h.s
	stem, ext, ok := splitExt(file)
	if !ok || ext != "html" {
		return errNoPage
	}
	id, err := strconv.ParseInt(stem, 10, 64)
	if err != nil || id <= 0 || strconv.FormatInt(id, 10) != stem {
		return errNoPage
	}
	info, err := s.db.ArticleInfo(ctx, id)
	if err != nil {
		return err
	}
	if !inFilter(s.opts.Filter, info) {
		return errNoPage
	}
	a, err := s.db.Article(ctx, id)
	if err != nil {
		return err
	}
	x, err := s.loadOutlets(ctx)
	if err != nil {
		return err
	}
	return s.articlePage(w, x, info, a)
}

// inFilter reports whether a filter sees an article.
func inFilter(f archive.Filter, a archive.ArticleInfo) bool {
	switch {
	case f.Outlet != "" && (a.Outlet == "" || archive.MatchKey(a.Outlet) != archive.MatchKey(f.Outlet)):
		return false
	case f.NoOutlet && a.Outlet != "":
		return false
	case f.Since != "" && (a.Published == "" || a.Published < f.Since):
		return false
	case f.Until != "" && (a.Published == "" || a.Published > f.Until):
		return false
	}
	return true
}

func (h *handler) source(ctx context.Context, w io.Writer, file string) error {
	stem, ext, ok := splitExt(file)
	if !ok {
		return errNoPage
	}
	if ext == "html" {
		if stem == "index" {
			return h.sources(ctx, w, 1)
		}
		if n, ok := strings.CutPrefix(stem, "page-"); ok {
			page, ok := pageNumber(n)
			if !ok {
				return errNoPage
			}
			return h.sources(ctx, w, page)
		}
	}
	if rest, ok := strings.CutPrefix(stem, "ids-"); ok {
		return h.shard(ctx, w, rest, ext)
	}
	idPart, rest, _ := strings.Cut(stem, "-")
	id, ok := positive(idPart)
	if !ok {
		return errNoPage
	}
	page := 1
	switch {
	case ext == "html" && rest != "":
		if page, ok = pageNumber(rest); !ok {
			return errNoPage
		}
	case ext != "html" && rest != "outlets" && rest != "citations":
		return errNoPage
	}
	return h.own(ctx, w, id, page, rest, ext)
}

// positive reads an id: 1 or more, no leading zero.
func positive(s string) (int64, bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil && n > 0 && strconv.FormatInt(n, 10) == s
}

// liveSink keeps what one page of a source needs: the citations of its
// page, if it has pages of its own, and the sources of a shared page.
type liveSink struct {
	per, page int
	rows      []archive.CitationRow
	n         int
	done      *sourceAcc
	shared    []*sourceAcc
}

func (k *liveSink) ownRow(_ *sourceAcc, c archive.CitationRow) error {
	if k.n/k.per == k.page-1 {
		k.rows = append(k.rows, c)
	}
	k.n++
	return nil
}

func (k *liveSink) source(a *sourceAcc) error { k.done = a; return nil }

func (k *liveSink) shard(_, _ int64, srcs []*sourceAcc) error { k.shared = srcs; return nil }

// own answers the pages and tables of a source with pages of its own.
func (h *handler) own(ctx context.Context, w io.Writer, id int64, page int, table, ext string) error {
	s := h.s
	if table == "citations" {
		// streamed, once the source is known to have pages of its own
		n := 0
		err := s.db.EachCitation(ctx, s.opts.Filter, id, func(archive.CitationRow) error { n++; return nil })
		if err != nil {
			return err
		}
		if !s.ownPage(n) {
			return errNoPage
		}
		return tabular.WriteEach(w, ext, func(fn func(archive.CitationRow) error) error {
			return s.db.EachCitation(ctx, s.opts.Filter, id, fn)
		})
	}
	k := &liveSink{per: s.opts.CitationsPerPage, page: page}
	if err := s.walk(ctx, id, id, k); err != nil {
		return err
	}
	if k.done == nil || !k.done.own || page > pagesOf(k.n, k.per) {
		return errNoPage
	}
	outlets := k.done.tally.rows()
	if table == "outlets" {
		return tabular.WriteAll(w, ext, outlets)
	}
	x, err := s.loadOutlets(ctx)
	if err != nil {
		return err
	}
	if page > 1 {
		return s.sourcePage(w, x, k.done.name, k.n, nil, nil, k.rows, page)
	}
	full := k.done.stats()
	return s.sourcePage(w, x, k.done.name, k.n, &full, outlets, k.rows, page)
}

// shard answers a shared page of sources, or one of its tables; rest is
// "LO-HI" or "LO-HI-TABLE".
func (h *handler) shard(ctx context.Context, w io.Writer, rest, ext string) error {
	s := h.s
	parts := strings.SplitN(rest, "-", 3)
	if len(parts) < 2 {
		return errNoPage
	}
	lo, ok1 := positive(parts[0])
	hi, ok2 := positive(parts[1])
	if !ok1 || !ok2 {
		return errNoPage
	}
	if l, hh := shardOf(lo); l != lo || hh != hi {
		return errNoPage
	}
	table := ""
	if len(parts) == 3 {
		table = parts[2]
	}
	if (ext == "html") != (table == "") || (table != "" && table != "outlets" && table != "citations") {
		return errNoPage
	}
	k := &liveSink{per: s.opts.CitationsPerPage, page: 1}
	if err := s.walk(ctx, lo, hi, k); err != nil {
		return err
	}
	if k.shared == nil {
		return errNoPage
	}
	outlets, cites := shardTables(k.shared)
	switch table {
	case "outlets":
		return tabular.WriteAll(w, ext, outlets)
	case "citations":
		return tabular.WriteAll(w, ext, cites)
	}
	x, err := s.loadOutlets(ctx)
	if err != nil {
		return err
	}
	return s.shardPage(w, x, lo, hi, k.shared)
}

func (h *handler) sources(ctx context.Context, w io.Writer, page int) error {
	s := h.s
	per := s.opts.SourcesPerPage
	var rows []archive.SourceStats
	n := 0
	err := s.db.EachSource(ctx, s.opts.Filter, 0, func(src archive.SourceStats) error {
		if n/per == page-1 {
			rows = append(rows, src)
		}
		n++
		return nil
	})
	if err != nil {
		return err
	}
	if page > pagesOf(n, per) {
		return errNoPage
	}
	return s.sourcesPage(w, rows, page, n)
}
