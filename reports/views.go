package reports

import (
	"html/template"
	"math"
	"sort"
	"strings"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// The values the templates show. Paths in them are relative to the page
// that shows them.

// dataLinks are the CSV and JSON files of a table.
type dataLinks struct{ CSV, JSON string }

func data(root, p string) dataLinks {
	return dataLinks{CSV: root + p + ".csv", JSON: root + p + ".json"}
}

// pager links the pages of a long list.
type pager struct {
	Label      string // "Articles 101–200 of 1,234"
	Prev, Next string
	Pages      []pageRef
}

type pageRef struct {
	N       int
	Href    string
	Current bool
	Gap     bool // "…" in place of pages left out
}

// newPager links page cur of pages, from a page at root; nil when the list
// fits one page. It shows the first and last pages and three either side
// of the current one.
func newPager(root string, cur, pages, per, total int, noun string, at func(int) string) *pager {
	if pages <= 1 {
		return nil
	}
	from, to := (cur-1)*per+1, min(cur*per, total)
	p := &pager{Label: noun + " " + num(from) + "–" + num(to) + " of " + num(total)}
	if cur > 1 {
		p.Prev = root + at(cur-1)
	}
	if cur < pages {
		p.Next = root + at(cur+1)
	}
	gap := false
	for n := 1; n <= pages; n++ {
		if n != 1 && n != pages && (n < cur-3 || n > cur+3) {
			if !gap {
				p.Pages = append(p.Pages, pageRef{Gap: true})
				gap = true
			}
			continue
		}
		gap = false
		p.Pages = append(p.Pages, pageRef{N: n, Href: root + at(n), Current: n == cur})
	}
	return p
}

func pagesOf(total, per int) int { return max(1, (total+per-1)/per) }

// outletRow is an outlet in the league table.
type outletRow struct {
	archive.OutletStats
	Name        string
	Href        string
	Bar         []barSeg
	NamedPct    string // shares, "42.3%"
	AnonPct     string
	OutletPct   string
	UnsrcPct    string
	Reason      string // anonymous claims with a stated reason: "9 of 130"
	ReasonShare string
	Per100      string // unsourced statistics per 100 claims
	Score       scoreView
	LowN        bool
}

func newOutletRow(root string, o archive.OutletStats, slug string) outletRow {
	m := mix{o.Named, o.Anonymous, o.OutletClaims, o.Unsourced}
	return outletRow{
		OutletStats: o, Name: shownName(o.Outlet), Href: root + outletPath(slug, 1), Bar: m.bar(120),
		NamedPct: pct(o.NamedShare), AnonPct: pct(o.AnonymousShare), OutletPct: pct(o.OutletShare), UnsrcPct: pct(o.UnsourcedShare),
		Reason: num(o.AnonymousWithReason) + " of " + num(o.Anonymous), ReasonShare: pct(ratio(o.AnonymousWithReason, o.Anonymous)),
		Per100: dec(100*ratio(o.UnsourcedStatistics, o.Claims), 1), Score: newScore(o.MeanScore, o.Articles > 0),
		LowN: lowN(o),
	}
}

// coverageView says what the report covers.
type coverageView struct {
	Outlets, Articles, Claims string
	NoOutlet                  bool   // some articles name no outlet
	Dates                     string // "2015-11-08 to 2016-10-07", or ""
	Undated                   int
	Filter                    string // "", or what the report was narrowed to
}

func newCoverage(c *archive.Coverage, outlets []archive.OutletStats, f archive.Filter) coverageView {
	v := coverageView{Outlets: num(c.Outlets), Articles: num(c.Articles), Claims: num(c.Claims), Undated: c.Undated}
	for _, o := range outlets {
		v.NoOutlet = v.NoOutlet || o.Outlet == ""
	}
	if c.FirstPublished != "" {
		v.Dates = c.FirstPublished + " to " + c.LastPublished
	}
	var parts []string
	if f.Outlet != "" {
		parts = append(parts, "the articles of "+f.Outlet)
	}
	if f.NoOutlet {
		parts = append(parts, "the articles of no known outlet")
	}
	if f.Since != "" {
		parts = append(parts, "published on or after "+f.Since)
	}
	if f.Until != "" {
		parts = append(parts, "published on or before "+f.Until)
	}
	v.Filter = strings.Join(parts, ", ")
	return v
}

type indexView struct {
	Title     string
	LowArts   int
	LowClaims int
	Coverage  coverageView
	Rows      []outletRow
	Data      dataLinks
	Sources   dataLinks
	Pages     []Page
}

// sourceRow is a source in a list.
type sourceRow struct {
	archive.SourceStats
	Href  string
	Label string // its type, in words
}

func newSourceRow(root string, s archive.SourceStats, own bool) sourceRow {
	return sourceRow{SourceStats: s, Href: sourceHref(root, s.ID, own), Label: typeLabel(s.Type)}
}

// citeRow is an outlet another relies on, or one relying on it.
type citeRow struct {
	Name                       string
	Href                       string // its page, or its page as a source; "" for none
	Citations, Claims, Article int
}

// anonView is an outlet's anonymous sourcing.
type anonView struct {
	Claims, WithReason, People int
	Share, ReasonShare         string
	Groups                     []anonRow
}

type anonRow struct {
	archive.AnonymousGroup
	Label string // the source type, in words
}

// ruleRow is how often an outlet's articles broke a rule.
type ruleRow struct {
	findings.Rule
	Severity     string
	Findings     int
	Articles     int
	ArticleShare string // of the outlet's articles
	Per100       string // findings per 100 claims
}

// articleRow is an article in a list.
type articleRow struct {
	archive.ArticleInfo
	Href     string
	Name     string // title, else the input's name
	Bar      []barSeg
	Score    scoreView
	Findings string // "1 error, 2 warnings"
}

func newArticleRow(root string, a archive.ArticleInfo) articleRow {
	m := mix{a.Named, a.Anonymous, a.OutletClaims, a.Unsourced}
	var fs []string
	for _, c := range []struct {
		n    int
		word string
	}{{a.Errors, "error"}, {a.Warnings, "warning"}, {a.Suggestions, "suggestion"}} {
		if c.n > 0 {
			fs = append(fs, plural(c.n, c.word))
		}
	}
	if len(fs) == 0 {
		fs = append(fs, "none")
	}
	return articleRow{ArticleInfo: a, Href: root + articlePath(a.ID), Name: articleTitle(a.Title, a.Locator), Bar: m.bar(80),
		Score: articleScore(a.Score), Findings: strings.Join(fs, ", ")}
}

// articleList is one page of a list of articles.
type articleList struct {
	Rows  []articleRow
	Total int
	Pager *pager
	Data  dataLinks
}

type outletView struct {
	Row       outletRow
	LowArts   int
	LowClaims int
	Mix       []mixRow
	Bar       []barSeg
	Summary   dataLinks
	Months    []monthRow
	Chart     *monthChart
	MonthData dataLinks
	Sources   []sourceRow
	SrcData   dataLinks
	ReliesOn  []citeRow
	ReliedOn  []citeRow
	RelyData  dataLinks
	ByData    dataLinks
	Anon      anonView
	AnonData  dataLinks
	Failed    []ruleRow
	Passed    []findings.Rule
	RuleData  dataLinks
	Articles  articleList
}

// articlesView is a later page of an outlet's articles.
type articlesView struct {
	Name     string
	Href     string // the outlet's page
	Articles articleList
}

// monthRow is one month of an outlet's sourcing.
type monthRow struct {
	archive.MonthStats
	Label string // "2016-03", or "undated"
	Score scoreView
	LowN  bool
}

type articleView struct {
	Info       archive.ArticleInfo
	Name       string
	Outlet     string
	OutletHref string
	Versions   string          // "version 2 of 2 stored", or ""
	Article    *result.Article // as the page shows it
	Printer    printer.Options // for the HTML printer's section
	Data       dataLinks
}

type methodologyView struct {
	Coverage  coverageView
	Analyzers []archive.AnalyzerCount
	Rules     []ruleDoc
	Legend    template.HTML
	LowArts   int
	LowClaims int
	Generated string
}

type ruleDoc struct {
	findings.Rule
	Severity string
}

// monthChart is the trend of an outlet's sourcing mix by month: a column
// of class shares for each month with articles of known date.
type monthChart struct {
	Width, Height int
	Label         string
	Cols          []monthCol
	Ticks         []chartTick
}

type monthCol struct {
	X, W       string
	Label      string // shown under every few columns
	LabelX     string
	Segs       []colSeg
	Title      string // for a tooltip: "2016-03: 40 articles, 1,200 claims"
	LabelShown bool
}

type colSeg struct {
	Class string
	Y, H  string
}

type chartTick struct {
	Y     string
	Label string
}

// The chart's geometry, in pixels.
const (
	chartLeft   = 44
	chartTop    = 8
	chartPlot   = 160
	chartBottom = 40
	chartCol    = 18
	chartGap    = 6
)

func newMonthChart(months []archive.MonthStats) *monthChart {
	var dated []archive.MonthStats
	for _, m := range months {
		if m.Month != "" && m.Claims > 0 {
			dated = append(dated, m)
		}
	}
	if len(dated) == 0 {
		return nil
	}
	// a label every few columns, so that they do not run into each other
	// ("2016-03" is some 48 pixels wide), and at most a dozen
	every := max(int(math.Ceil(float64(len(dated))/12)), int(math.Ceil(56.0/(chartCol+chartGap))))
	c := &monthChart{Width: chartLeft + len(dated)*(chartCol+chartGap) + chartGap, Height: chartTop + chartPlot + chartBottom,
		Label: "Sourcing mix by month of publication, " + plural(len(dated), "month") + "; the table below gives the figures"}
	c.Width = max(c.Width, 240)
	for _, p := range []int{0, 50, 100} {
		c.Ticks = append(c.Ticks, chartTick{Y: dec(float64(chartTop+chartPlot)-float64(chartPlot*p)/100, 1), Label: dec(float64(p), 0) + "%"})
	}
	for i, m := range dated {
		x := float64(chartLeft + chartGap + i*(chartCol+chartGap))
		col := monthCol{X: dec(x, 1), W: dec(chartCol, 1), Label: m.Month, LabelX: dec(x+chartCol/2, 1),
			LabelShown: i%every == 0, Title: m.Month + ": " + plural(m.Articles, "article") + ", " + plural(m.Claims, "claim")}
		y := float64(chartTop)
		counts := mix{m.Named, m.Anonymous, m.OutletClaims, m.Unsourced}
		for j, k := range []string{"named", "anonymous", "outlet", "unsourced"} {
			h := float64(chartPlot) * float64(counts[j]) / float64(m.Claims)
			if counts[j] > 0 {
				col.Segs = append(col.Segs, colSeg{Class: k, Y: dec(y, 2), H: dec(h, 2)})
			}
			y += h
		}
		c.Cols = append(c.Cols, col)
	}
	return c
}

// namedType reports whether a source type is a named source: a person,
// an institution or a document.
func namedType(t string) bool { return t == "person" || t == "institution" || t == "document" }

// ruleRows lists the rules an outlet's articles broke, most findings
// first, and the rules they never broke.
func ruleRows(counts []archive.RuleCount, articles, claims int) ([]ruleRow, []findings.Rule) {
	byRule := map[string]int{}
	var out []ruleRow
	for _, c := range counts {
		i, ok := byRule[c.Rule]
		if !ok {
			rule, _ := findings.RuleByID(c.Rule)
			if rule.ID == "" {
				rule = findings.Rule{ID: c.Rule, Title: c.Rule}
			}
			i = len(out)
			byRule[c.Rule] = i
			out = append(out, ruleRow{Rule: rule, Severity: c.Severity})
		}
		// a rule found at two severities (analyses under different
		// configurations) counts its findings once each, its articles
		// at least once
		out[i].Findings += c.Findings
		out[i].Articles = max(out[i].Articles, c.Articles)
	}
	for i := range out {
		out[i].ArticleShare = pct(ratio(out[i].Articles, articles))
		out[i].Per100 = dec(100*ratio(out[i].Findings, claims), 1)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Findings > out[j].Findings })
	var passed []findings.Rule
	for _, r := range findings.Rules() {
		if _, ok := byRule[r.ID]; !ok {
			passed = append(passed, r)
		}
	}
	return out, passed
}
