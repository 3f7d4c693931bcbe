package reports

import (
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/printer"
)

// The frame of every page, and the pages a report has by the thousand
// (each article's, the sources'), are written in Go rather than by
// html/template: the template engine spent a fifth of a report's time
// calling its escapers by reflection. The bytes are those the templates
// gave: every value is escaped as html/template escapes it where it
// stands, text and attribute values by esc and links by writeURL, each
// tested byte for byte against the template engine.

// esc writes s as text or as a quoted attribute's value.
func esc(b *strings.Builder, s string) { printer.WriteEscaped(b, s) }

// writeURL writes s at the start of a link's address (href="...") as
// html/template does: an address of a scheme other than http, https or
// mailto is replaced, the rest is normalised (bytes that may not stand
// in an address percent-encoded) and escaped for the attribute.
func writeURL(b *strings.Builder, s string) {
	if scheme, _, ok := strings.Cut(s, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		b.WriteString("#ZgotmplZ")
		return
	}
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var with string
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', strings.IndexByte("-._~!#$*,/:;=?@[]", c) >= 0:
			continue
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			continue
		case c == '&':
			with = "&amp;"
		case c == '+':
			with = "&#43;"
		default:
			with = string([]byte{'%', hex[c>>4], hex[c&15]})
		}
		b.WriteString(s[last:i])
		b.WriteString(with)
		last = i + 1
	}
	b.WriteString(s[last:])
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }

// page writes one page: the frame every page has (head, navigation,
// breadcrumbs, footer) around what body writes. The page at path p links
// to the others relatively.
func (s *site) page(w io.Writer, p, title, section string, crumbs []crumb, body func(b *strings.Builder) error) error {
	a, err := assets()
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	root := rootOf(p)
	var b strings.Builder
	b.Grow(len(a.css) + 32<<10)
	b.WriteString(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<meta name="generator" content="`)
	s.writeTool(&b)
	b.WriteString("\">\n<title>")
	esc(&b, title)
	if title != s.opts.Title {
		b.WriteString(" · ")
		esc(&b, s.opts.Title)
	}
	b.WriteString("</title>\n<style>\n")
	b.WriteString(a.css)
	b.WriteString("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<header class=\"site-head\">\n" +
		"<nav class=\"site-nav\" aria-label=\"Report\">\n<a class=\"site-name\" href=\"")
	writeURL(&b, root)
	b.WriteString(`index.html">`)
	esc(&b, s.opts.Title)
	b.WriteString("</a>\n<ul>")
	for _, l := range siteNav {
		b.WriteString("\n<li><a href=\"")
		writeURL(&b, root)
		b.WriteString(l.path)
		b.WriteString(`"`)
		if section == l.section {
			b.WriteString(` aria-current="true"`)
		}
		b.WriteString(">")
		b.WriteString(l.label)
		b.WriteString("</a></li>")
	}
	b.WriteString("\n</ul>\n</nav>")
	if len(crumbs) > 0 {
		b.WriteString("\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\"><ol>")
		for _, c := range crumbs {
			b.WriteString("<li>")
			writeLink(&b, c.Href, c.Label)
			b.WriteString("</li>")
		}
		b.WriteString(`<li aria-current="page">`)
		esc(&b, title)
		b.WriteString("</li></ol></nav>")
	}
	b.WriteString("\n</header>\n")
	b.WriteString(a.patterns)
	b.WriteString("\n<main id=\"main\">\n")
	if err := body(&b); err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	b.WriteString("\n</main>\n<footer class=\"page-foot\">\n<p>Made by ")
	s.writeTool(&b)
	b.WriteString(" on ")
	esc(&b, s.generated)
	b.WriteString(" from its archive. Every figure links to the claims behind it; <a href=\"")
	writeURL(&b, root)
	b.WriteString("methodology.html\">the methodology</a> says how they are counted and what the analyzer gets wrong. " +
		"Classes are shown by colour, by pattern and by label.</p>\n</footer>\n<script src=\"")
	writeURL(&b, root)
	b.WriteString("assets/report.js\"></script>\n</body>\n</html>\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// siteNav are the parts of the site every page links to.
var siteNav = []struct{ path, section, label string }{
	{indexPath, "outlets", "Outlets"},
	{sourcesPath(1), "sources", "Sources"},
	{methodologyPath, "methodology", "Methodology"},
}

// writeTool names the program that made the pages, and its version.
func (s *site) writeTool(b *strings.Builder) {
	esc(b, s.opts.Tool.Name)
	if v := s.opts.Tool.Version; v != "" {
		b.WriteString(" ")
		esc(b, v)
	}
}

// body is a page's content written by the template kind with v.
func body(kind string, v any) func(*strings.Builder) error {
	return func(b *strings.Builder) error { return pageTemplates.ExecuteTemplate(b, kind, v) }
}

// writeLink writes a link to href with text, or the text alone when
// href is "".
func writeLink(b *strings.Builder, href, text string) {
	if href == "" {
		esc(b, text)
		return
	}
	b.WriteString(`<a href="`)
	writeURL(b, href)
	b.WriteString(`">`)
	esc(b, text)
	b.WriteString("</a>")
}

// endTable closes the body of a table of rows rows and cols columns,
// with a row saying empty (plain text) when there are none, and writes
// the links to the table's data files after it.
func endTable(b *strings.Builder, rows, cols int, empty string, d dataLinks) {
	if rows == 0 {
		b.WriteString("\n<tr><td colspan=\"" + strconv.Itoa(cols) + "\">" + empty + "</td></tr>")
	}
	b.WriteString("\n</tbody>\n</table>\n")
	writeData(b, d)
}

// writeData links a table's CSV and JSON files.
func writeData(b *strings.Builder, d dataLinks) {
	b.WriteString(`<p class="data">Data: <a href="`)
	writeURL(b, d.CSV)
	b.WriteString(`" type="text/csv">CSV</a> · <a href="`)
	writeURL(b, d.JSON)
	b.WriteString(`" type="application/json">JSON</a></p>`)
}

// writePager links the pages of a long list; nothing for a list of one
// page.
func writePager(b *strings.Builder, p *pager) {
	if p == nil {
		return
	}
	b.WriteString("\n<nav class=\"pager\" aria-label=\"")
	esc(b, p.Label)
	b.WriteString("\">\n<p>")
	esc(b, p.Label)
	b.WriteString("</p>\n<ul>")
	if p.Prev != "" {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Prev)
		b.WriteString(`" rel="prev">Previous</a></li>`)
	}
	for _, r := range p.Pages {
		switch {
		case r.Gap:
			b.WriteString(`<li class="gap">…</li>`)
		case r.Current:
			b.WriteString(`<li><span aria-current="page">` + strconv.Itoa(r.N) + `</span></li>`)
		default:
			b.WriteString(`<li><a href="`)
			writeURL(b, r.Href)
			b.WriteString(`">` + strconv.Itoa(r.N) + `</a></li>`)
		}
	}
	if p.Next != "" {
		b.WriteString(`<li><a href="`)
		writeURL(b, p.Next)
		b.WriteString(`" rel="next">Next</a></li>`)
	}
	b.WriteString("\n</ul>\n</nav>")
}

// fragment returns what write writes, for a template.
func fragment[T any](write func(*strings.Builder, T)) func(T) template.HTML {
	return func(v T) template.HTML {
		var b strings.Builder
		write(&b, v)
		return template.HTML(b.String()) // #nosec G203 -- written by the escaping writers above
	}
}

// writeBar writes a stacked bar of w by h pixels, each class's segment
// filled with its pattern.
func writeBar(b *strings.Builder, segs []barSeg, w, h int) {
	ws, hs := strconv.Itoa(w), strconv.Itoa(h)
	b.WriteString(`<svg class="mixbar" viewBox="0 0 ` + ws + " " + hs + `" width="` + ws + `" height="` + hs +
		`" aria-hidden="true" focusable="false">` + "\n" + `<rect class="bar-bg" width="` + ws + `" height="` + hs + `"/>`)
	for _, s := range segs {
		b.WriteString(`<rect fill="url(#p-`)
		esc(b, s.Class)
		b.WriteString(`)" x="`)
		esc(b, s.X)
		b.WriteString(`" width="`)
		esc(b, s.W)
		b.WriteString(`" height="` + hs + `"/>`)
	}
	b.WriteString("</svg>")
}

// writeScore writes a score as number and word in its colour band.
func writeScore(b *strings.Builder, s scoreView) {
	b.WriteString(`<span class="score-badge score-`)
	esc(b, s.BandClass)
	b.WriteString(`"><span class="score-num">`)
	esc(b, s.Value)
	b.WriteString(`</span> <span class="score-band">`)
	esc(b, s.Band)
	b.WriteString(`</span></span>`)
}

// writeArticleList writes a page of a list of articles, with its data
// files and the links to its other pages.
func writeArticleList(b *strings.Builder, l articleList) {
	b.WriteString("<table class=\"sortable filterable list\">\n<caption>Articles <span class=\"n\">(N = ")
	esc(b, num(l.Total))
	b.WriteString(")</span>, by date of publication")
	if l.Pager != nil {
		b.WriteString("; this page only is sorted and filtered")
	}
	b.WriteString("</caption>\n" +
		`<thead><tr><th scope="col">Published</th><th scope="col">Article</th><th scope="col" class="num">Claims</th><th scope="col">Mix</th>` +
		`<th scope="col" class="num">Named</th><th scope="col" class="num">Anon.</th><th scope="col" class="num">Outlet</th>` +
		`<th scope="col" class="num">Unsrc.</th><th scope="col" class="num">Score</th><th scope="col">Findings</th></tr></thead>` + "\n<tbody>")
	for i := range l.Rows {
		r := &l.Rows[i]
		b.WriteString("\n<tr><td>")
		if r.Published == "" {
			b.WriteString("undated")
		}
		esc(b, r.Published)
		b.WriteString("</td><td>")
		writeLink(b, r.Href, r.Name)
		b.WriteString(`</td><td class="num">` + strconv.Itoa(r.Claims) + "</td><td>")
		writeBar(b, r.Bar, 80, 10)
		for _, n := range []int{r.Named, r.Anonymous, r.OutletClaims, r.Unsourced} {
			b.WriteString(`</td><td class="num">` + strconv.Itoa(n))
		}
		b.WriteString(`</td><td class="num" data-v="`)
		esc(b, r.Score.Value) // a number, or "-" that sorts last
		b.WriteString(`">`)
		writeScore(b, r.Score)
		b.WriteString("</td><td>")
		esc(b, r.Findings)
		b.WriteString("</td></tr>")
	}
	endTable(b, len(l.Rows), 10, "No articles.", l.Data)
	b.WriteString("\n")
	writePager(b, l.Pager)
}
