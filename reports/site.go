package reports

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/printer"
)

// Options say what a report covers and how its pages are made. The zero
// Options report the whole archive.
type Options struct {
	// Filter narrows the report to some articles: one outlet's, or those
	// published in a range of days.
	Filter archive.Filter
	// Title heads the index; "Sourcing report" when empty.
	Title string
	// Tool names the program in the pages' footers.
	Tool printer.Tool
	// Now gives the date the pages say they were made (default
	// time.Now); the same archive and the same date give the same bytes.
	Now func() time.Time
	// ArticlesPerPage, SourcesPerPage and CitationsPerPage cut the long
	// lists into pages (defaults 100, 500 and 200). A source whose
	// citations fill more than one page has pages of its own; the others
	// share pages.
	ArticlesPerPage, SourcesPerPage, CitationsPerPage int
	// Pages are more pages of the site, listed on the index under "More":
	// the comparison 'audit demo' writes, and event pages over the archive.
	Pages []Page
	// Workers is how many pages are made at once (default one per CPU).
	Workers int
}

// Page is a page of the site that the report does not make itself.
type Page struct {
	// Path is the page's file in the site: letters, digits, "-", "_" and
	// ".", in at most one folder ("compare.html", "events/index.html"),
	// none of the report's own.
	Path  string
	Title string // the link's text on the index
	About string // one line under it
	// Write writes the page: a whole HTML document, self-contained.
	Write func(w io.Writer) error
}

// defaultTitle heads a report whose options give no title.
const defaultTitle = "Sourcing report"

// The low-N rule: an outlet with fewer articles or claims than these is
// marked, as its shares move by several points with one article.
const (
	lowArticles = 10
	lowClaims   = 100
)

// lowN reports whether an outlet's figures rest on too few articles or
// claims to compare.
func lowN(o archive.OutletStats) bool { return o.Articles < lowArticles || o.Claims < lowClaims }

// site makes the pages of one report.
type site struct {
	db        *archive.DB
	opts      Options
	generated string // the day the pages were made
}

func newSite(db *archive.DB, opts Options) (*site, error) {
	if db == nil {
		return nil, errors.New("reports: no archive")
	}
	if err := opts.Filter.Check(); err != nil {
		return nil, fmt.Errorf("reports: %w", err)
	}
	seen := map[string]bool{}
	for _, p := range opts.Pages {
		if !validPagePath(p.Path) || reserved(p.Path) || seen[p.Path] || p.Write == nil {
			return nil, fmt.Errorf("reports: page %q: want a path of its own in the site, one folder deep at most, and a writer", p.Path)
		}
		seen[p.Path] = true
	}
	if opts.Title == "" {
		opts.Title = defaultTitle
	}
	if opts.Tool.Name == "" {
		opts.Tool.Name = "audit"
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ArticlesPerPage <= 0 {
		opts.ArticlesPerPage = 100
	}
	if opts.SourcesPerPage <= 0 {
		opts.SourcesPerPage = 500
	}
	if opts.CitationsPerPage <= 0 {
		opts.CitationsPerPage = 200
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	return &site{db: db, opts: opts, generated: opts.Now().UTC().Format(time.DateOnly)}, nil
}

// outletFilter is the report's filter narrowed to one outlet ("" for the
// articles of no known outlet).
func (s *site) outletFilter(name string) archive.Filter {
	f := s.opts.Filter
	if name == "" {
		f.Outlet, f.NoOutlet = "", true
	} else {
		f.Outlet, f.NoOutlet = name, false
	}
	return f
}

// outletIndex is the report's outlets: their figures, in name order, and
// the file name of each one's page.
type outletIndex struct {
	cov     *archive.Coverage
	outlets []archive.OutletStats
	slugs   []string
	byName  map[string]int // by archive.MatchKey of the name; "" for no outlet
	bySlug  map[string]int
}

func (s *site) loadOutlets(ctx context.Context) (*outletIndex, error) {
	cov, err := s.db.Coverage(ctx, s.opts.Filter)
	if err != nil {
		return nil, err
	}
	outlets, err := s.db.Outlets(ctx, s.opts.Filter)
	if err != nil {
		return nil, err
	}
	names := make([]string, len(outlets))
	for i, o := range outlets {
		names[i] = o.Outlet
	}
	x := &outletIndex{cov: cov, outlets: outlets, slugs: slugs(names), byName: map[string]int{}, bySlug: map[string]int{}}
	for i, o := range outlets {
		x.byName[archive.MatchKey(o.Outlet)] = i
		x.bySlug[x.slugs[i]] = i
	}
	return x, nil
}

// page returns the path of an outlet's page, or "" when the report has
// none for it.
func (x *outletIndex) page(name string) string {
	if i, ok := x.byName[archive.MatchKey(name)]; ok {
		return outletPath(x.slugs[i], 1)
	}
	return ""
}

// href links an outlet's page from a page at root, or is "".
func (x *outletIndex) href(root, name string) string {
	if p := x.page(name); p != "" {
		return root + p
	}
	return ""
}

// outletTables are the tables of the outlet pages, read for every outlet
// at once and kept by outlet.
type outletTables struct {
	months    map[string][]archive.MonthStats
	citing    map[string][]archive.Citation // by the citing outlet's key
	cited     map[string][]archive.Citation // by the cited outlet's key
	anonymous map[string][]archive.AnonymousGroup
	rules     map[string][]archive.RuleCount
	top       map[string][]archive.SourceStats // the most-cited named sources
}

func (s *site) loadOutletTables(ctx context.Context) (*outletTables, error) {
	t, err := s.outletTablesBut(ctx)
	if err != nil {
		return nil, err
	}
	f := s.opts.Filter
	cites, err := s.db.Citations(ctx, f)
	if err != nil {
		return nil, err
	}
	t.addCitations(cites)
	top, err := s.db.TopSources(ctx, f, topSources, "person", "institution", "document")
	if err != nil {
		return nil, err
	}
	for _, o := range top {
		t.top[archive.MatchKey(o.Outlet)] = o.Sources
	}
	return t, nil
}

// outletTablesBut reads the outlets' tables but the citations and the
// top sources, which Write gathers from its pass over the citations.
func (s *site) outletTablesBut(ctx context.Context) (*outletTables, error) {
	t := &outletTables{months: map[string][]archive.MonthStats{}, citing: map[string][]archive.Citation{},
		cited: map[string][]archive.Citation{}, anonymous: map[string][]archive.AnonymousGroup{},
		rules: map[string][]archive.RuleCount{}, top: map[string][]archive.SourceStats{}}
	f := s.opts.Filter
	months, err := s.db.Months(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, m := range months {
		k := archive.MatchKey(m.Outlet)
		t.months[k] = append(t.months[k], m)
	}
	anon, err := s.db.Anonymous(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, g := range anon {
		t.anonymous[archive.MatchKey(g.Outlet)] = append(t.anonymous[archive.MatchKey(g.Outlet)], g)
	}
	rules, err := s.db.Rules(ctx, f)
	if err != nil {
		return nil, err
	}
	for _, r := range rules {
		t.rules[archive.MatchKey(r.Outlet)] = append(t.rules[archive.MatchKey(r.Outlet)], r)
	}
	return t, nil
}

// addCitations files the citations between outlets, in the order
// archive.Citations gives them, by the citing and the cited outlet.
func (t *outletTables) addCitations(cites []archive.Citation) {
	for _, c := range cites {
		t.citing[archive.MatchKey(c.Citing)] = append(t.citing[archive.MatchKey(c.Citing)], c)
		t.cited[archive.MatchKey(c.Cited)] = append(t.cited[archive.MatchKey(c.Cited)], c)
	}
}
