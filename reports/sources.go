package reports

import (
	"context"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/auditnews/audit/archive"
)

// Sources have pages of two kinds. Most sources of an archive are cited
// once or twice: they share pages, 128 sources by id to a page, each
// source a section of its own with its figures, the outlets that cite it
// and its claims. A source whose claims fill more than a page
// (Options.CitationsPerPage) has pages of its own, and its section on
// the shared page links to them. So the site has a few dozen pages of
// sources rather than a file for each of thousands: on a disk where
// making a file costs a millisecond, the files, not their bytes, take
// the time.
const shardSize = 128

// shardOf returns the first and last id of the shared page of source id.
func shardOf(id int64) (lo, hi int64) {
	lo = (id-1)/shardSize*shardSize + 1
	return lo, lo + shardSize - 1
}

func shardPath(lo, hi int64) string {
	return "sources/ids-" + strconv.FormatInt(lo, 10) + "-" + strconv.FormatInt(hi, 10) + ".html"
}

func shardData(lo, hi int64, table string) string {
	return "sources/ids-" + strconv.FormatInt(lo, 10) + "-" + strconv.FormatInt(hi, 10) + "-" + table
}

func sourceAnchor(id int64) string { return "s" + strconv.FormatInt(id, 10) }

// ownPage reports whether a source of so many citations has pages of its
// own.
func (s *site) ownPage(citations int) bool { return citations > s.opts.CitationsPerPage }

// sourceHref links a source: its own page, or its section on the shared
// page.
func sourceHref(root string, id int64, own bool) string {
	if own {
		return root + sourcePath(id, 1)
	}
	lo, hi := shardOf(id)
	return root + shardPath(lo, hi) + "#" + sourceAnchor(id)
}

// sourceIndex is what the pages that link to sources need to know of
// them all.
type sourceIndex struct {
	total   int
	own     map[int64]int    // the sources with pages of their own, and their citations
	outlets map[string]int64 // sources of type outlet, by archive.MatchKey
}

func newSourceIndex() *sourceIndex {
	return &sourceIndex{own: map[int64]int{}, outlets: map[string]int64{}}
}

// loadSources reads the sources' figures, for a page made live.
func (s *site) loadSources(ctx context.Context) (*sourceIndex, error) {
	x := newSourceIndex()
	err := s.db.EachSource(ctx, s.opts.Filter, 0, func(src archive.SourceStats) error {
		x.total++
		if s.ownPage(src.Citations) {
			x.own[src.ID] = src.Citations
		}
		if src.Type == "outlet" {
			x.outlets[archive.MatchKey(src.Name)] = src.ID
		}
		return nil
	})
	return x, err
}

// countSources counts the sources' citations, in one pass that sorts
// nothing, for Write; the sources of type outlet are added as Write
// reads them.
func (s *site) countSources(ctx context.Context) (*sourceIndex, error) {
	x := newSourceIndex()
	err := s.db.EachCitationCount(ctx, s.opts.Filter, func(id int64, n int) error {
		x.total++
		if s.ownPage(n) {
			x.own[id] = n
		}
		return nil
	})
	return x, err
}

func (x *sourceIndex) href(root string, id int64) string {
	_, own := x.own[id]
	return sourceHref(root, id, own)
}

// SourceOutlet is how often one outlet's articles cite a source: a row of
// the table on a source's page.
type SourceOutlet struct {
	SourceID  int64              `json:"source_id"`
	Outlet    string             `json:"outlet"` // "" for articles of no known outlet
	Citations int                `json:"citations"`
	Claims    int                `json:"claims"` // as the claim's immediate source
	Articles  int                `json:"articles"`
	Roles     archive.RoleCounts `json:"roles"`
}

// sourceTally adds up a source's citations by outlet, as they stream by:
// an article's citations come together (archive.EachCitations), so its
// articles are counted as they change, and the tally holds no more than
// a row and the roles of each outlet.
type sourceTally struct {
	order    []string
	byOutlet map[string]*tallied
	article  int64 // of the last citation
}

type tallied struct {
	row   SourceOutlet
	roles map[string]int
}

func newSourceTally() *sourceTally { return &sourceTally{byOutlet: map[string]*tallied{}} }

func (t *sourceTally) add(c archive.CitationRow) {
	k := archive.MatchKey(c.Outlet)
	o, ok := t.byOutlet[k]
	if !ok {
		o = &tallied{row: SourceOutlet{SourceID: c.SourceID, Outlet: c.Outlet}, roles: map[string]int{}}
		t.byOutlet[k] = o
		t.order = append(t.order, k)
	}
	o.row.Citations++
	if c.Depth == 0 {
		o.row.Claims++
	}
	if c.Role != "" {
		o.roles[c.Role]++
	}
	if c.ArticleID != t.article {
		t.article = c.ArticleID
		o.row.Articles++
	}
}

// rows returns the outlets, most citations first, then by name, each with
// its roles most frequent first, as archive.SourceStats gives them.
func (t *sourceTally) rows() []SourceOutlet {
	out := make([]SourceOutlet, 0, len(t.order))
	for _, k := range t.order {
		o := t.byOutlet[k]
		r := o.row // a copy: pages of one source may be made at once
		r.Roles = roleCounts(o.roles)
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Citations != out[j].Citations {
			return out[i].Citations > out[j].Citations
		}
		return out[i].Outlet < out[j].Outlet
	})
	return out
}

// stats are the source's figures, as archive.Sources gives them: an
// article has one outlet, so its articles are the outlets' added up.
func (t *sourceTally) stats(n archive.SourceName) archive.SourceStats {
	st := archive.SourceStats{ID: n.ID, Name: n.Name, Type: n.Type}
	roles := map[string]int{}
	for _, k := range t.order {
		o := t.byOutlet[k]
		st.Citations += o.row.Citations
		st.Claims += o.row.Claims
		st.Articles += o.row.Articles
		if o.row.Outlet != "" {
			st.Outlets++
		}
		for r, c := range o.roles {
			roles[r] += c
		}
	}
	st.Roles = roleCounts(roles)
	return st
}

func roleCounts(m map[string]int) archive.RoleCounts {
	rs := archive.RoleCounts{}
	for role, n := range m {
		rs = append(rs, archive.RoleCount{Role: role, Citations: n})
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Citations != rs[j].Citations {
			return rs[i].Citations > rs[j].Citations
		}
		return rs[i].Role < rs[j].Role
	})
	return rs
}

// sourceAcc is one source's citations as they stream by.
type sourceAcc struct {
	name  archive.SourceName
	tally *sourceTally
	rows  []archive.CitationRow // while it may still share a page: all of them
	own   bool                  // it has pages of its own
	state any                   // the citationSink's
}

func (a *sourceAcc) stats() archive.SourceStats { return a.tally.stats(a.name) }

// citationSink takes the citations of sources as walk streams them.
type citationSink interface {
	// ownRow takes each citation of a source with pages of its own, in
	// order; those read before the source was known to have them come
	// all at once.
	ownRow(a *sourceAcc, c archive.CitationRow) error
	// source takes a source once its citations are all read.
	source(a *sourceAcc) error
	// shard takes the sources of a shared page once all are read.
	shard(lo, hi int64, sources []*sourceAcc) error
}

// walk streams the citations of the sources from id from to id to, in
// one pass, source by source and shared page by shared page.
func (s *site) walk(ctx context.Context, from, to int64, sink citationSink) error {
	var cur *sourceAcc
	var shared []*sourceAcc
	lo, hi := int64(0), int64(-1)
	names := map[int64]archive.SourceName{}
	endSource := func() error {
		if cur == nil {
			return nil
		}
		a := cur
		cur = nil
		shared = append(shared, a)
		return sink.source(a)
	}
	endShard := func() error {
		if len(shared) == 0 {
			return nil
		}
		srcs := shared
		shared = nil
		return sink.shard(lo, hi, srcs)
	}
	err := s.db.EachCitations(ctx, s.opts.Filter, from, to, func(c archive.CitationRow) error {
		if cur != nil && c.SourceID != cur.name.ID {
			if err := endSource(); err != nil {
				return err
			}
		}
		if c.SourceID > hi {
			if err := endShard(); err != nil {
				return err
			}
			lo, hi = shardOf(c.SourceID)
			list, err := s.db.SourceNames(ctx, lo, hi)
			if err != nil {
				return err
			}
			clear(names)
			for _, n := range list {
				names[n.ID] = n
			}
		}
		if cur == nil {
			n, ok := names[c.SourceID]
			if !ok {
				n = archive.SourceName{ID: c.SourceID, Name: "source " + strconv.FormatInt(c.SourceID, 10)}
			}
			cur = &sourceAcc{name: n, tally: newSourceTally()}
		}
		cur.tally.add(c)
		if cur.own {
			return sink.ownRow(cur, c)
		}
		cur.rows = append(cur.rows, c)
		if !s.ownPage(len(cur.rows)) {
			return nil
		}
		cur.own = true
		rows := cur.rows
		cur.rows = nil
		for _, r := range rows {
			if err := sink.ownRow(cur, r); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil {
		err = endSource()
	}
	if err == nil {
		err = endShard()
	}
	return err
}

// The pages.

// sourceSection is one source on a page: its figures, the outlets that
// cite it, and its claims (on a shared page, all of them; on its own
// pages, those of the page).
type sourceSection struct {
	Stats     archive.SourceStats
	Label     string
	Anchor    string
	Outlets   []sourceOutletRow
	Citations []citationRow
	Own       string // its own pages, from a shared page
}

type sourceOutletRow struct {
	SourceOutlet
	Name string
	Href string
}

type citationRow struct {
	archive.CitationRow
	Href        string // the claim on its article's page
	Name        string // the article's
	Outlet      string
	OutletHref  string
	Relayed     bool
	Excerpt     string
	ArticleHref string
}

func (s *site) section(root string, x *outletIndex, st archive.SourceStats, outlets []SourceOutlet, rows []archive.CitationRow) sourceSection {
	sec := sourceSection{Stats: st, Label: typeLabel(st.Type), Anchor: sourceAnchor(st.ID)}
	for _, o := range outlets {
		sec.Outlets = append(sec.Outlets, sourceOutletRow{SourceOutlet: o, Name: shownName(o.Outlet), Href: x.href(root, o.Outlet)})
	}
	for _, c := range rows {
		r := citationRow{CitationRow: c, ArticleHref: root + articlePath(c.ArticleID), Name: articleTitle(c.Title, ""),
			Outlet: shownName(c.Outlet), OutletHref: x.href(root, c.Outlet), Relayed: c.Depth > 0, Excerpt: excerpt(c.Text, 240)}
		r.Href = r.ArticleHref + "#" + claimAnchor(c.Claim)
		if r.Name == "" {
			r.Name = "article " + strconv.FormatInt(c.ArticleID, 10)
		}
		sec.Citations = append(sec.Citations, r)
	}
	return sec
}

// writeCitationRows writes the rows of a table of citations; every value
// is escaped (by template.HTMLEscapeString, as they always were: a "+"
// stays as it is, as it may in text).
func writeCitationRows(b *strings.Builder, rows []citationRow) {
	esc := func(s string) { b.WriteString(template.HTMLEscapeString(s)) }
	link := func(href, text string) {
		if href == "" {
			esc(text)
			return
		}
		b.WriteString(`<a href="`)
		esc(href)
		b.WriteString(`">`)
		esc(text)
		b.WriteString(`</a>`)
	}
	for _, r := range rows {
		b.WriteString("\n<tr><td>")
		if r.Published == "" {
			b.WriteString("undated")
		}
		esc(r.Published)
		b.WriteString("</td><td>")
		link(r.OutletHref, r.Outlet)
		b.WriteString("</td><td>")
		link(r.Href, r.Excerpt)
		b.WriteString(` <span class="n">(`)
		link(r.ArticleHref, r.Name)
		b.WriteString(", claim " + strconv.Itoa(r.Claim) + `)</span></td><td><span class="cls cls-`)
		esc(r.Class)
		b.WriteString(`">`)
		esc(r.Class)
		b.WriteString("</span></td><td>")
		if r.Relayed {
			b.WriteString("relayed (" + strconv.Itoa(r.Depth) + ")")
		} else {
			b.WriteString("source")
		}
		if r.Span != "" {
			b.WriteString(": “")
			esc(r.Span)
			b.WriteString("”")
		}
		b.WriteString("</td><td>")
		esc(r.Role)
		b.WriteString("</td></tr>")
	}
}

type sourceView struct {
	Name     archive.SourceName
	Label    string
	Total    int
	Section  sourceSection
	Full     bool // the first page: the figures and the outlets
	OutData  dataLinks
	CiteData dataLinks
	Pager    *pager
	First    string // its first page
	Shared   string // the shared page it also has a section on
}

// sourcePage writes page n of a source's own pages: its figures and the
// outlets on the first (full, with outlets; nil on the others, which may
// be written before the source's citations are all read), its claims
// page by page, total in all.
func (s *site) sourcePage(w io.Writer, x *outletIndex, name archive.SourceName, total int, full *archive.SourceStats, outlets []SourceOutlet,
	rows []archive.CitationRow, page int) error {
	id := name.ID
	p := sourcePath(id, page)
	root := rootOf(p)
	per := s.opts.CitationsPerPage
	lo, hi := shardOf(id)
	st := archive.SourceStats{ID: id, Name: name.Name, Type: name.Type, Citations: total}
	if full != nil {
		st = *full
	}
	v := sourceView{Name: name, Label: typeLabel(name.Type), Total: total, Full: full != nil, Section: s.section(root, x, st, outlets, rows),
		OutData: data(root, sourceData(id, "outlets")), CiteData: data(root, sourceData(id, "citations")),
		Shared: root + shardPath(lo, hi) + "#" + sourceAnchor(id), First: root + sourcePath(id, 1),
		Pager: newPager(root, page, pagesOf(total, per), per, total, "Citations", func(n int) string { return sourcePath(id, n) })}
	title := name.Name
	if page > 1 {
		title += ", page " + strconv.Itoa(page)
	}
	return s.page(w, p, title, "sources", []crumb{{root + sourcesPath(1), "Sources"}}, v.write)
}

type shardView struct {
	Lo, Hi   int64
	Sections []sourceSection
	OutData  dataLinks
	CiteData dataLinks
}

// shardPage writes the shared page of the sources from lo to hi.
func (s *site) shardPage(w io.Writer, x *outletIndex, lo, hi int64, srcs []*sourceAcc) error {
	p := shardPath(lo, hi)
	root := rootOf(p)
	v := shardView{Lo: lo, Hi: hi, OutData: data(root, shardData(lo, hi, "outlets")), CiteData: data(root, shardData(lo, hi, "citations"))}
	for _, a := range srcs {
		sec := s.section(root, x, a.stats(), a.tally.rows(), a.rows)
		if a.own {
			sec.Own = root + sourcePath(a.name.ID, 1)
		}
		v.Sections = append(v.Sections, sec)
	}
	return s.page(w, p, "Sources "+strconv.FormatInt(lo, 10)+" to "+strconv.FormatInt(hi, 10), "sources",
		[]crumb{{root + sourcesPath(1), "Sources"}}, v.write)
}

// shardTables are the rows of a shared page's tables: the outlets of
// every source on it, and the claims of those that have no pages of
// their own.
func shardTables(srcs []*sourceAcc) ([]SourceOutlet, []archive.CitationRow) {
	outlets := []SourceOutlet{}
	cites := []archive.CitationRow{}
	for _, a := range srcs {
		outlets = append(outlets, a.tally.rows()...)
		cites = append(cites, a.rows...)
	}
	return outlets, cites
}

type sourcesView struct {
	Rows  []sourceRow
	Total int
	Pager *pager
	Data  dataLinks
}

// sourcesPage writes page n of the list of sources.
func (s *site) sourcesPage(w io.Writer, rows []archive.SourceStats, page, total int) error {
	p := sourcesPath(page)
	root := rootOf(p)
	per := s.opts.SourcesPerPage
	v := sourcesView{Total: total, Data: data(root, sourcesTable),
		Pager: newPager(root, page, pagesOf(total, per), per, total, "Sources", sourcesPath)}
	for _, r := range rows {
		v.Rows = append(v.Rows, newSourceRow(root, r, s.ownPage(r.Citations)))
	}
	title := "Sources"
	if page > 1 {
		title += ", page " + strconv.Itoa(page)
	}
	return s.page(w, p, title, "sources", nil, v.write)
}
