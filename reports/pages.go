package reports

import (
	"io"
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
	return s.page(w, indexPath, s.opts.Title, "outlets", nil, body("index", v))
}

func (s *site) methodologyPage(w io.Writer, x *outletIndex) error {
	v := methodologyView{Coverage: newCoverage(x.cov, x.outlets, s.opts.Filter), Analyzers: x.cov.Analyzers,
		Legend: legend(), LowArts: lowArticles, LowClaims: lowClaims, Generated: s.generated}
	for _, r := range findings.Rules() {
		v.Rules = append(v.Rules, ruleDoc{Rule: r, Severity: r.Severity.String()})
	}
	return s.page(w, methodologyPath, "Methodology", "methodology", nil, body("methodology", v))
}

// outletPage writes the first page of outlet i: its figures, tables and
// the first articles of its list.
func (s *site) outletPage(w io.Writer, x *outletIndex, t *outletTables, srcs *sourceIndex, i int, first []archive.ArticleInfo, total int) error {
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
	for _, src := range t.top[key] {
		_, own := srcs.own[src.ID]
		v.Sources = append(v.Sources, newSourceRow(root, src, own))
	}
	for _, c := range t.citing[key] {
		v.ReliesOn = append(v.ReliesOn, citeRow{Name: c.Cited, Href: outletHref(root, x, srcs, c.Cited), Citations: c.Citations, Claims: c.Claims, Article: c.Articles})
	}
	for _, c := range t.cited[key] {
		if o.Outlet == "" {
			break // no outlet is cited by no name
		}
		v.ReliedOn = append(v.ReliedOn, citeRow{Name: shownName(c.Citing), Href: outletHref(root, x, srcs, c.Citing), Citations: c.Citations, Claims: c.Claims, Article: c.Articles})
	}
	v.Anon = anonView{Claims: o.Anonymous, WithReason: o.AnonymousWithReason, Share: pct(o.AnonymousShare), ReasonShare: pct(ratio(o.AnonymousWithReason, o.Anonymous))}
	for _, g := range t.anonymous[key] {
		v.Anon.People += g.People
		v.Anon.Groups = append(v.Anon.Groups, anonRow{AnonymousGroup: g, Label: typeLabel(g.Type)})
	}
	v.Failed, v.Passed = ruleRows(t.rules[key], o.Articles, o.Claims)
	v.Articles = s.articleList(root, slug, 1, first, total)
	return s.page(w, p, shownName(o.Outlet), "outlets", []crumb{{root + indexPath, "Outlets"}}, body("outlet", v))
}

// topSources is how many named sources an outlet's page lists.
const topSources = 20

// outletHref links an outlet: its page in the report, else its section
// as a source, else nothing.
func outletHref(root string, x *outletIndex, srcs *sourceIndex, name string) string {
	if h := x.href(root, name); h != "" {
		return h
	}
	if id, ok := srcs.outlets[archive.MatchKey(name)]; ok && name != "" {
		return srcs.href(root, id)
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
	return s.page(w, p, shownName(o.Outlet)+": articles, page "+strconv.Itoa(page), "outlets",
		[]crumb{{root + indexPath, "Outlets"}, {v.Href, v.Name}}, body("articles", v))
}

// articlePage writes an article: the HTML printer's section for it, the
// one renderer of 'audit check --format html', in the site's page.
func (s *site) articlePage(w io.Writer, x *outletIndex, info archive.ArticleInfo, a *result.Article) error {
	p := articlePath(info.ID)
	root := rootOf(p)
	shown := *a
	shown.Input = shownInput(a.Input)
	v := articleView{Info: info, Name: articleTitle(info.Title, info.Locator), Outlet: shownName(info.Outlet),
		Article: &shown, Printer: printer.Options{Tool: s.opts.Tool}, OutletHref: x.href(root, info.Outlet)}
	if i, ok := x.byName[archive.MatchKey(info.Outlet)]; ok {
		v.Data = data(root, outletData(x.slugs[i], "claims"))
	}
	if info.Versions > 1 {
		v.Versions = "version " + strconv.Itoa(info.Version) + " of " + strconv.Itoa(info.Versions) + " stored"
	}
	crumbs := []crumb{{root + indexPath, "Outlets"}}
	if v.OutletHref != "" {
		crumbs = append(crumbs, crumb{v.OutletHref, v.Outlet})
	}
	return s.page(w, p, v.Name, "outlets", crumbs, v.write)
}
