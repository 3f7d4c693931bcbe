package reports

import (
	"bytes"
	"context"
	"html/template"
	"io"
	"sort"
	"strconv"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// The pages, each made from what the archive gives: the static writer
// and the live handler call the same functions.

func (s *site) indexPage(w io.Writer, x *outletIndex) error {
	v := indexView{Title: s.opts.Title, Coverage: newCoverage(x.cov, x.outlets, s.opts.Filter),
		Data: data("", outletsTable), Sources: data("", sourcesTable), Pages: s.opts.Pages,
		LowArts: lowArticles, LowClaims: lowClaims}
	for i, o := range x.outlets {
		v.Rows = append(v.Rows, newOutletRow("", o, x.slugs[i]))
	}
	return s.page(w, indexPath, "index", s.opts.Title, "outlets", nil, v)
}

func (s *site) methodologyPage(w io.Writer, x *outletIndex) error {
	v := methodologyView{Coverage: newCoverage(x.cov, x.outlets, s.opts.Filter), Analyzers: x.cov.Analyzers,
		Legend: legend(), LowArts: lowArticles, LowClaims: lowClaims, Generated: s.generated}
	for _, r := range findings.Rules() {
		v.Rules = append(v.Rules, ruleDoc{Rule: r, Severity: r.Severity.String()})
	}
	return s.page(w, methodologyPath, "methodology", "Methodology", "methodology", nil, v)
}

// outletPage writes the first page of outlet i: its figures, tables and
// the first articles of its list.
func (s *site) outletPage(ctx context.Context, w io.Writer, x *outletIndex, t *outletTables, i int, first []archive.ArticleInfo, total int) error {
	o, slug := x.outlets[i], x.slugs[i]
	p := outletPath(slug, 1)
	root := rootOf(p)
	key := archive.MatchKey(o.Outlet)
	m := mix{o.Named, o.Anonymous, o.OutletClaims, o.Unsourced}
	v := outletView{Row: newOutletRow(root, o, slug), LowArts: lowArticles, LowClaims: lowClaims, Mix: m.rows(), Bar: m.bar(320),
		Summary: data(root, outletData(slug, "summary")), MonthData: data(root, outletData(slug, "months")),
		SrcData: data(root, outletData(slug, "sources")), RelyData: data(root, outletData(slug, "relies-on")),
		ByData: data(root, outletData(slug, "relied-on-by")), AnonData: data(root, outletData(slug, "anonymous")),
		RuleData: data(root, outletData(slug, "findings"))}
	for _, ms := range t.months[key] {
		r := monthRow{MonthStats: ms, Label: ms.Month, Score: newScore(ms.MeanScore, ms.Articles > 0), LowN: ms.Articles < lowArticles}
		if r.Label == "" {
			r.Label = "undated"
		}
		v.Months = append(v.Months, r)
	}
	v.Chart = newMonthChart(t.months[key])
	sources, err := s.outletSources(ctx, o.Outlet)
	if err != nil {
		return err
	}
	for _, src := range sources {
		v.Sources = append(v.Sources, newSourceRow(root, src))
	}
	for _, c := range t.citing[key] {
		v.ReliesOn = append(v.ReliesOn, citeRow{Name: c.Cited, Href: t.outletHref(root, x, c.Cited), Citations: c.Citations, Claims: c.Claims, Article: c.Articles})
	}
	for _, c := range t.cited[key] {
		if o.Outlet == "" {
			break // no outlet is cited by no name
		}
		v.ReliedOn = append(v.ReliedOn, citeRow{Name: shownName(c.Citing), Href: t.outletHref(root, x, c.Citing), Citations: c.Citations, Claims: c.Claims, Article: c.Articles})
	}
	v.Anon = anonView{Claims: o.Anonymous, WithReason: o.AnonymousWithReason, Share: pct(o.AnonymousShare), ReasonShare: pct(ratio(o.AnonymousWithReason, o.Anonymous))}
	for _, g := range t.anonymous[key] {
		v.Anon.People += g.People
		v.Anon.Groups = append(v.Anon.Groups, anonRow{AnonymousGroup: g, Label: typeLabel(g.Type)})
	}
	v.Failed, v.Passed = ruleRows(t.rules[key], o.Articles, o.Claims)
	v.Articles = s.articleList(root, slug, 1, first, total)
	return s.page(w, p, "outlet", shownName(o.Outlet), "outlets", []crumb{{root + indexPath, "Outlets"}}, v)
}

// topSources is how many named sources an outlet's page lists.
const topSources = 20

func (s *site) outletSources(ctx context.Context, outlet string) ([]archive.SourceStats, error) {
	var all []archive.SourceStats
	err := s.db.EachSource(ctx, s.outletFilter(outlet), 0, func(src archive.SourceStats) error {
		if len(all) < topSources && namedType(src.Type) {
			all = append(all, src)
		}
		return nil
	})
	return all, err
}

// outletHref links an outlet: its page in the report, else its page as a
// source, else nothing.
func (t *outletTables) outletHref(root string, x *outletIndex, name string) string {
	if p := x.page(name); p != "" {
		return root + p
	}
	if id, ok := t.outletSources[archive.MatchKey(name)]; ok && name != "" {
		return root + sourcePath(id, 1)
	}
	return ""
}

func (s *site) articleList(root, slug string, page int, rows []archive.ArticleInfo, total int) articleList {
	per := s.opts.ArticlesPerPage
	l := articleList{Total: total, Data: data(root, outletData(slug, "articles")),
		Pager: newPager(root, page, pagesOf(total, per), per, total, "Articles", func(n int) string { return outletPath(slug, n) })}
	for _, a := range rows {
		l.Rows = append(l.Rows, newArticleRow(root, a))
	}
	return l
}

// articlesPage writes a later page of an outlet's list of articles.
func (s *site) articlesPage(w io.Writer, x *outletIndex, i, page int, rows []archive.ArticleInfo, total int) error {
	o, slug := x.outlets[i], x.slugs[i]
	p := outletPath(slug, page)
	root := rootOf(p)
	v := articlesView{Name: shownName(o.Outlet), Href: root + outletPath(slug, 1), Articles: s.articleList(root, slug, page, rows, total)}
	return s.page(w, p, "articles", shownName(o.Outlet)+": articles, page "+strconv.Itoa(page), "outlets",
		[]crumb{{root + indexPath, "Outlets"}, {v.Href, v.Name}}, v)
}

// articlePage writes an article: the HTML printer's section for it, the
// one renderer of 'audit check --format html', in the site's page.
func (s *site) articlePage(w io.Writer, x *outletIndex, info archive.ArticleInfo, a *result.Article) error {
	p := articlePath(info.ID)
	root := rootOf(p)
	shown := *a
	shown.Input = shownInput(a.Input)
	var section bytes.Buffer
	if err := printer.WriteHTMLArticle(&section, &shown, printer.Options{Tool: s.opts.Tool}); err != nil {
		return err
	}
	v := articleView{Info: info, Name: articleTitle(info.Title, info.Locator), Outlet: shownName(info.Outlet),
		Legend: legend(), Section: template.HTML(section.String()), // #nosec G203 -- the printer's escaping template
		Data: data(root, articleData(info.ID))}
	if op := x.page(info.Outlet); op != "" {
		v.OutletHref = root + op
	}
	if info.Versions > 1 {
		v.Versions = "version " + strconv.Itoa(info.Version) + " of " + strconv.Itoa(info.Versions) + " stored"
	}
	crumbs := []crumb{{root + indexPath, "Outlets"}}
	if v.OutletHref != "" {
		crumbs = append(crumbs, crumb{v.OutletHref, v.Outlet})
	}
	return s.page(w, p, "article", v.Name, "outlets", crumbs, v)
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

// sourceTally adds up a source's citations by outlet, as they stream by.
type sourceTally struct {
	order    []string
	byOutlet map[string]*tallied
}

type tallied struct {
	row      SourceOutlet
	roles    map[string]int
	articles map[int64]bool
}

func newSourceTally() *sourceTally { return &sourceTally{byOutlet: map[string]*tallied{}} }

func (t *sourceTally) add(c archive.CitationRow) {
	k := archive.MatchKey(c.Outlet)
	o, ok := t.byOutlet[k]
	if !ok {
		o = &tallied{row: SourceOutlet{SourceID: c.SourceID, Outlet: c.Outlet}, roles: map[string]int{}, articles: map[int64]bool{}}
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
	o.articles[c.ArticleID] = true
}

// rows returns the outlets, most citations first, then by name; roles
// most frequent first, as archive.SourceStats gives them.
func (t *sourceTally) rows() []SourceOutlet {
	out := make([]SourceOutlet, 0, len(t.order))
	for _, k := range t.order {
		o := t.byOutlet[k]
		o.row.Articles = len(o.articles)
		o.row.Roles = archive.RoleCounts{}
		for role, n := range o.roles {
			o.row.Roles = append(o.row.Roles, archive.RoleCount{Role: role, Citations: n})
		}
		sortRoles(o.row.Roles)
		out = append(out, o.row)
	}
	sortOutlets(out)
	return out
}

// sourcePage writes page n of a source's citations; its figures and the
// table by outlet head every page.
func (s *site) sourcePage(w io.Writer, x *outletIndex, t *outletTables, st archive.SourceStats, outlets []SourceOutlet,
	rows []archive.CitationRow, page int) error {
	p := sourcePath(st.ID, page)
	root := rootOf(p)
	per := s.opts.CitationsPerPage
	v := sourceView{Stats: st, Label: typeLabel(st.Type), OutData: data(root, sourceData(st.ID, "outlets")),
		CiteData: data(root, sourceData(st.ID, "citations")),
		Pager:    newPager(root, page, pagesOf(st.Citations, per), per, st.Citations, "Citations", func(n int) string { return sourcePath(st.ID, n) })}
	for _, o := range outlets {
		v.Outlets = append(v.Outlets, sourceOutletRow{SourceOutlet: o, Name: shownName(o.Outlet), Href: t.outletHref(root, x, o.Outlet)})
	}
	for _, c := range rows {
		r := citationRow{CitationRow: c, ArticleHref: root + articlePath(c.ArticleID), Name: articleTitle(c.Title, ""),
			Outlet: shownName(c.Outlet), OutletHref: t.outletHref(root, x, c.Outlet), Relayed: c.Depth > 0, Excerpt: excerpt(c.Text, 240)}
		r.Href = r.ArticleHref + "#" + claimAnchor(c.Claim)
		if r.Name == "" {
			r.Name = "article " + strconv.FormatInt(c.ArticleID, 10)
		}
		v.Citations = append(v.Citations, r)
	}
	title := st.Name
	if page > 1 {
		title += ", page " + strconv.Itoa(page)
	}
	return s.page(w, p, "source", title, "sources", []crumb{{root + sourcesPath(1), "Sources"}}, v)
}

// sourcesPage writes page n of the list of sources.
func (s *site) sourcesPage(w io.Writer, rows []archive.SourceStats, page, total int) error {
	p := sourcesPath(page)
	root := rootOf(p)
	per := s.opts.SourcesPerPage
	v := sourcesView{Total: total, Data: data(root, sourcesTable),
		Pager: newPager(root, page, pagesOf(total, per), per, total, "Sources", sourcesPath)}
	for _, r := range rows {
		v.Rows = append(v.Rows, newSourceRow(root, r))
	}
	title := "Sources"
	if page > 1 {
		title += ", page " + strconv.Itoa(page)
	}
	return s.page(w, p, "sources", title, "sources", nil, v)
}

func sortRoles(rs archive.RoleCounts) {
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Citations != rs[j].Citations {
			return rs[i].Citations > rs[j].Citations
		}
		return rs[i].Role < rs[j].Role
	})
}

func sortOutlets(os []SourceOutlet) {
	sort.SliceStable(os, func(i, j int) bool {
		if os[i].Citations != os[j].Citations {
			return os[i].Citations > os[j].Citations
		}
		return os[i].Outlet < os[j].Outlet
	})
}
