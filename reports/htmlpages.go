package reports

import (
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/printer"
)

// The contents of the pages a report has by the thousand: each article's
// and the sources'. Their frame is page's.

// write writes an article's page: the HTML printer's section, the one
// renderer of 'audit check --format html', under its outlet and date.
func (v *articleView) write(b *strings.Builder) error {
	a, err := assets()
	if err != nil {
		return err
	}
	b.WriteString(`<h1 class="visually-hidden">`)
	esc(b, v.Name)
	b.WriteString("</h1>\n<p class=\"run\">")
	writeLink(b, v.OutletHref, v.Outlet)
	for _, s := range []string{v.Info.Published, v.Versions} {
		if s != "" {
			b.WriteString(" · ")
			esc(b, s)
		}
	}
	b.WriteString(" · analysed by audit ")
	esc(b, v.Info.AnalyzerVersion)
	b.WriteString("</p>\n")
	b.WriteString(a.legend)
	b.WriteString("\n")
	if err := printer.WriteHTMLArticle(b, v.Article, v.Printer); err != nil {
		return err
	}
	if v.Data.CSV != "" {
		b.WriteString("\n<section aria-labelledby=\"claims-data-h\">\n<h2 id=\"claims-data-h\">The claims as data</h2>\n<p>Every claim of ")
		esc(b, v.Outlet)
		b.WriteString("'s articles with its class, source, role, cue and position, as <code>audit export claims</code> writes them; " +
			"this article's have <code>article_id</code> " + strconv.FormatInt(v.Info.ID, 10) + ".</p>\n")
		writeData(b, v.Data)
		b.WriteString("\n</section>")
	}
	return nil
}

// write writes a page of a source's own: its figures and outlets on the
// first, its claims page by page.
func (v *sourceView) write(b *strings.Builder) error {
	b.WriteString("<h1>")
	esc(b, v.Name.Name)
	b.WriteString("</h1>")
	if v.Full {
		b.WriteString("\n")
		v.Section.writeFacts(b)
		b.WriteString("\n<section aria-labelledby=\"by-outlet-h\">\n<h2 id=\"by-outlet-h\">Which outlets cite it</h2>\n")
		v.Section.writeOutlets(b)
		b.WriteString("\n")
		writeData(b, v.OutData)
		b.WriteString("\n</section>")
	} else {
		b.WriteString("\n<p class=\"run\">")
		esc(b, v.Label)
		b.WriteString(" · cited ")
		esc(b, plural(v.Total, "time"))
		b.WriteString(` · <a href="`)
		writeURL(b, v.First)
		b.WriteString(`">its figures and outlets are on its first page</a></p>`)
	}
	b.WriteString("\n<section aria-labelledby=\"cites-h\">\n<h2 id=\"cites-h\">The claims that cite it</h2>\n")
	v.Section.writeCitations(b)
	b.WriteString("\n")
	writeData(b, v.CiteData)
	b.WriteString("\n")
	writePager(b, v.Pager)
	b.WriteString("\n</section>")
	return nil
}

// write writes a shared page of sources: each one's figures, outlets and
// claims, or a link to its own pages.
func (v *shardView) write(b *strings.Builder) error {
	b.WriteString("<h1>Sources " + strconv.FormatInt(v.Lo, 10) + " to " + strconv.FormatInt(v.Hi, 10) + "</h1>\n" +
		`<p class="lead">The sources of the archive by number, each with its figures, the outlets that cite it and the claims that cite it. ` +
		`A source cited more often has pages of its own, linked from its section.</p>`)
	for i := range v.Sections {
		sec := &v.Sections[i]
		b.WriteString("\n<section class=\"source\" id=\"")
		esc(b, sec.Anchor)
		b.WriteString(`" aria-labelledby="`)
		esc(b, sec.Anchor)
		b.WriteString("-h\">\n<h2 id=\"")
		esc(b, sec.Anchor)
		b.WriteString(`-h">`)
		esc(b, sec.Stats.Name)
		b.WriteString("</h2>\n")
		sec.writeFacts(b)
		b.WriteString("\n")
		sec.writeOutlets(b)
		if sec.Own != "" {
			b.WriteString("\n<p><a href=\"")
			writeURL(b, sec.Own)
			b.WriteString(`">The `)
			esc(b, num(sec.Stats.Citations))
			b.WriteString(" claims that cite ")
			esc(b, sec.Stats.Name)
			b.WriteString("</a>, on pages of their own.</p>")
		} else {
			b.WriteString("\n")
			sec.writeCitations(b)
		}
		b.WriteString("\n</section>")
	}
	b.WriteString("\n<section aria-labelledby=\"shard-data-h\">\n<h2 id=\"shard-data-h\">These sources as data</h2>\n" +
		"<p>The outlets that cite each source on this page:</p>\n")
	writeData(b, v.OutData)
	b.WriteString("\n<p>The claims shown on this page, with the source's number:</p>\n")
	writeData(b, v.CiteData)
	b.WriteString("\n</section>")
	return nil
}

// writeFacts writes a source's figures.
func (sec *sourceSection) writeFacts(b *strings.Builder) {
	s := &sec.Stats
	b.WriteString(`<p class="run">`)
	esc(b, sec.Label)
	b.WriteString(" · cited ")
	esc(b, plural(s.Citations, "time"))
	b.WriteString(" in ")
	esc(b, plural(s.Articles, "article"))
	if len(s.Roles) > 0 {
		b.WriteString(" · as ")
		esc(b, s.Roles.String())
	}
	b.WriteString("</p>\n<p class=\"note\">A citation is a claim this source is the source of (")
	esc(b, num(s.Claims))
	b.WriteString("), or one that reaches the reader through it, relayed by another source (“according to a report citing …”).</p>")
}

// writeOutlets writes the table of the outlets that cite a source.
func (sec *sourceSection) writeOutlets(b *strings.Builder) {
	b.WriteString("<table class=\"sortable\">\n<caption>Citations by the citing article's outlet</caption>\n" +
		`<thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Citations</th><th scope="col" class="num">As the source</th>` +
		`<th scope="col" class="num">Articles</th><th scope="col">Roles</th></tr></thead>` + "\n<tbody>")
	for _, o := range sec.Outlets {
		b.WriteString("\n<tr><th scope=\"row\">")
		writeLink(b, o.Href, o.Name)
		b.WriteString(`</th><td class="num">`)
		esc(b, num(o.Citations))
		b.WriteString(`</td><td class="num">`)
		esc(b, num(o.Claims))
		b.WriteString(`</td><td class="num">`)
		esc(b, num(o.Articles))
		b.WriteString("</td><td>")
		esc(b, o.Roles.String())
		b.WriteString("</td></tr>")
	}
	b.WriteString("\n</tbody>\n</table>")
}

// writeCitations writes the table of the claims that cite a source.
func (sec *sourceSection) writeCitations(b *strings.Builder) {
	b.WriteString("<table class=\"sortable filterable list\">\n<caption>Citations in the order the archive stored them")
	if sec.Stats.Citations > len(sec.Citations) {
		b.WriteString("; this page only is sorted and filtered")
	}
	b.WriteString("</caption>\n" +
		`<thead><tr><th scope="col">Published</th><th scope="col">Outlet</th><th scope="col">Claim</th><th scope="col">Class</th>` +
		`<th scope="col">How</th><th scope="col">Role</th></tr></thead>` + "\n<tbody>")
	writeCitationRows(b, sec.Citations)
	b.WriteString("\n</tbody>\n</table>")
}

// write writes a page of the list of sources.
func (v *sourcesView) write(b *strings.Builder) error {
	b.WriteString("<h1>Sources</h1>\n<p class=\"run\">")
	esc(b, plural(v.Total, "source"))
	b.WriteString(": people, institutions, documents, outlets and unnamed sources, the most cited first</p>\n" +
		"<p>A source is one name and type however many articles cite it, as the archive merges them: " +
		"“the State Department” and “State Department” are one; “Trump” and “Donald Trump” are one only when the analyzer resolved the first to the second.</p>\n" +
		"<table class=\"sortable filterable list\">\n<caption>Sources <span class=\"n\">(N = ")
	esc(b, num(v.Total))
	b.WriteString(")</span>")
	if v.Pager != nil {
		b.WriteString("; this page only is sorted and filtered")
	}
	b.WriteString("</caption>\n" +
		`<thead><tr><th scope="col">Source</th><th scope="col">Type</th><th scope="col" class="num">Citations</th><th scope="col" class="num">Claims</th>` +
		`<th scope="col" class="num">Articles</th><th scope="col" class="num">Outlets</th><th scope="col">Roles</th></tr></thead>` + "\n<tbody>")
	for _, r := range v.Rows {
		b.WriteString("\n<tr><th scope=\"row\">")
		writeLink(b, r.Href, r.Name)
		b.WriteString("</th><td>")
		esc(b, r.Label)
		for _, n := range []int{r.Citations, r.Claims, r.Articles, r.Outlets} {
			b.WriteString(`</td><td class="num">`)
			esc(b, num(n))
		}
		b.WriteString("</td><td>")
		esc(b, r.Roles.String())
		b.WriteString("</td></tr>")
	}
	endTable(b, len(v.Rows), 7, "No claim cites a source.", v.Data)
	b.WriteString("\n<p class=\"note\">The CSV and JSON hold every source, as <code>audit export sources</code> writes them.</p>\n")
	writePager(b, v.Pager)
	return nil
}
