package printer

import (
	"html/template"
	"strconv"
	"strings"
)

// An article's section is written here in Go rather than by a template:
// a report site has a page for each of thousands of articles, and the
// template engine spent most of a page's time walking the blocks,
// findings and rules by reflection. The bytes are those the template
// gave: text and attribute values go through WriteEscaped, fragment links
// through fragment, and web addresses through the template engine itself
// (urlAttr), as html/template escapes each in its context.

// writeArticle writes the section of one article.
func writeArticle(b *strings.Builder, v *htmlArticle) {
	b.WriteString(`<section class="article" id="`)
	WriteEscaped(b, v.ID)
	b.WriteString(`" aria-labelledby="`)
	WriteEscaped(b, v.ID)
	b.WriteString("-title\">\n<header class=\"article-head\">\n<h2 id=\"")
	WriteEscaped(b, v.ID)
	b.WriteString(`-title">`)
	if v.Title != "" {
		WriteEscaped(b, v.Title)
	} else {
		WriteEscaped(b, v.Input)
	}
	b.WriteString("</h2>\n<p class=\"meta\">")
	if v.InputURL != "" {
		writeLink(b, v.InputURL, v.Input)
	} else {
		b.WriteString(`<code>`)
		WriteEscaped(b, v.Input)
		b.WriteString(`</code>`)
	}
	for _, m := range v.Meta {
		b.WriteString(" · ")
		WriteEscaped(b, m)
	}
	if v.URL != "" {
		b.WriteString(" · ")
		writeLink(b, v.URL, "original")
	}
	b.WriteString("</p>\n</header>\n<div class=\"overview\">")
	if v.Checked {
		writeGauge(b, v)
	}
	writeMix(b, v)
	b.WriteString("\n</div>\n<div class=\"columns\">\n<div class=\"text\" id=\"")
	WriteEscaped(b, v.ID)
	b.WriteString(`-text"`)
	if v.Lang != "" {
		b.WriteString(` lang="`)
		WriteEscaped(b, v.Lang)
		b.WriteString(`"`)
	}
	b.WriteString(">\n<h3>Text</h3>")
	for i := range v.Blocks {
		writeBlock(b, &v.Blocks[i])
	}
	b.WriteString("\n</div>\n<aside class=\"findings\" aria-labelledby=\"")
	WriteEscaped(b, v.ID)
	b.WriteString("-findings\">\n<h3 id=\"")
	WriteEscaped(b, v.ID)
	b.WriteString(`-findings">Findings <span class="n">(`)
	b.WriteString(strconv.Itoa(len(v.Findings)))
	b.WriteString(")</span></h3>")
	switch {
	case !v.Checked:
		b.WriteString("\n<p>Not checked.</p>")
	case len(v.Findings) == 0:
		b.WriteString("\n<p>No findings.</p>")
	default:
		b.WriteString("\n<ol class=\"flist\">")
		for i := range v.Findings {
			writeFinding(b, &v.Findings[i], v.ID)
		}
		b.WriteString("\n</ol>")
	}
	if len(v.Passed) > 0 {
		b.WriteString("\n<details class=\"passed\"><summary>Rules passed (")
		b.WriteString(strconv.Itoa(len(v.Passed)))
		b.WriteString(")</summary>\n<ul>")
		for _, r := range v.Passed {
			b.WriteString("\n<li><code>")
			WriteEscaped(b, r.ID)
			b.WriteString("</code>: ")
			WriteEscaped(b, r.Title)
			b.WriteString("</li>")
		}
		b.WriteString("\n</ul>\n</details>")
	}
	b.WriteString("\n</aside>\n</div>\n</section>")
}

// writeGauge writes the sourcing score as a gauge, word and note.
func writeGauge(b *strings.Builder, v *htmlArticle) {
	score := strconv.Itoa(v.Score)
	b.WriteString("\n<div class=\"score score-")
	WriteEscaped(b, v.BandClass)
	b.WriteString("\">\n<div class=\"gauge\" role=\"img\" aria-label=\"Sourcing score ")
	b.WriteString(score)
	b.WriteString(" out of 100: ")
	WriteEscaped(b, v.Band)
	b.WriteString("\">\n<svg viewBox=\"0 0 120 120\" width=\"120\" height=\"120\" aria-hidden=\"true\" focusable=\"false\">\n" +
		"<circle class=\"gauge-track\" cx=\"60\" cy=\"60\" r=\"54\"/>\n<circle class=\"gauge-arc\" cx=\"60\" cy=\"60\" r=\"54\" stroke-dasharray=\"")
	WriteEscaped(b, v.Dash)
	b.WriteString(" ")
	WriteEscaped(b, v.Gap)
	b.WriteString("\" transform=\"rotate(-90 60 60)\"/>\n</svg>\n<span class=\"gauge-num\" aria-hidden=\"true\">")
	b.WriteString(score)
	b.WriteString("</span>\n</div>\n<p class=\"score-word\">")
	WriteEscaped(b, v.Band)
	b.WriteString("</p>\n<p class=\"score-note\">sourcing score over ")
	WriteEscaped(b, v.ClaimsText)
	b.WriteString("<br>")
	WriteEscaped(b, v.SeverityCounts)
	b.WriteString("</p>\n</div>")
}

// writeMix writes the sourcing mix: a table with links to the claims of
// each class, and a bar.
func writeMix(b *strings.Builder, v *htmlArticle) {
	if len(v.Mix) == 0 {
		b.WriteString("\n<p class=\"mix\">")
		WriteEscaped(b, v.ClaimsText)
		b.WriteString(", not analysed.</p>")
		return
	}
	b.WriteString("\n<div class=\"mix\">\n<table>\n<caption>Sourcing mix <span class=\"n\">(N = ")
	WriteEscaped(b, v.ClaimsText)
	b.WriteString(")</span></caption>\n" +
		`<thead><tr><th scope="col">Class</th><th scope="col" class="num">Claims</th><th scope="col" class="num">Share</th><th scope="col">Which claims</th></tr></thead>` +
		"\n<tbody>")
	for _, m := range v.Mix {
		b.WriteString("\n<tr><th scope=\"row\"><span class=\"swatch sw-")
		WriteEscaped(b, m.Class)
		b.WriteString(`" aria-hidden="true"></span>`)
		WriteEscaped(b, m.Label)
		b.WriteString(`</th><td class="num">`)
		b.WriteString(strconv.Itoa(m.Count))
		b.WriteString(`</td><td class="num">`)
		WriteEscaped(b, m.Share)
		b.WriteString(`</td><td class="refs">`)
		for i, r := range m.Claims {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRef(b, r)
		}
		if len(m.Claims) == 0 {
			b.WriteString("none")
		}
		b.WriteString("</td></tr>")
	}
	b.WriteString("\n</tbody>\n</table>\n<svg class=\"bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">")
	for _, m := range v.Mix {
		b.WriteString(`<rect class="sw-`)
		WriteEscaped(b, m.Class)
		b.WriteString(`" x="`)
		WriteEscaped(b, m.X)
		b.WriteString(`" y="0" width="`)
		WriteEscaped(b, m.Width)
		b.WriteString(`" height="6"/>`)
	}
	b.WriteString("</svg>\n</div>")
}

// writeBlock writes a block of the text: a paragraph, a heading, a
// quotation or an item of a list, muted when it gives no claims.
func writeBlock(b *strings.Builder, hb *htmlBlock) {
	if hb.OpenList {
		b.WriteString("\n<ul>")
	}
	var open, closing string
	switch {
	case hb.Muted && hb.Kind == "heading":
		open, closing = "\n<h4 class=\"block muted\">", "</h4>"
	case hb.Muted:
		open, closing = "\n<p class=\"block muted\">", "</p>"
	case hb.Kind == "quote":
		open, closing = "\n<blockquote class=\"block\"><p>", "</p></blockquote>"
	case hb.Kind == "list_item":
		open, closing = "\n<li class=\"block\">", "</li>"
	default:
		open, closing = "\n<p class=\"block\">", "</p>"
	}
	b.WriteString(open)
	if hb.Muted {
		b.WriteString(`<span class="kind">`)
		WriteEscaped(b, hb.Label)
		b.WriteString(`</span> `)
	}
	writeSegs(b, hb.Segs)
	b.WriteString(closing)
	if hb.CloseList {
		b.WriteString("\n</ul>")
	}
}

// writeFinding writes one finding of the article whose element id is
// article.
func writeFinding(b *strings.Builder, f *htmlFinding, article string) {
	b.WriteString("\n<li class=\"finding f-")
	WriteEscaped(b, f.Severity)
	b.WriteString(`" id="`)
	WriteEscaped(b, f.ID)
	b.WriteString("\">\n<p><span class=\"sev\">")
	WriteEscaped(b, f.Severity)
	b.WriteString("</span> <code>")
	WriteEscaped(b, f.Rule)
	b.WriteString("</code></p>\n<p>")
	WriteEscaped(b, f.Message)
	b.WriteString("</p>\n<p class=\"where\">")
	if f.Claim != nil {
		writeRef(b, *f.Claim)
	} else {
		b.WriteString(`<a href="#`)
		b.WriteString(fragment(article))
		b.WriteString(`-text">whole article</a>`)
	}
	b.WriteString(" · line ")
	WriteEscaped(b, f.Position)
	b.WriteString("</p>")
	if f.Why != "" {
		b.WriteString("\n<details><summary>Why it matters</summary><p>")
		if f.Title != "" {
			WriteEscaped(b, f.Title)
			b.WriteString(". ")
		}
		WriteEscaped(b, f.Why)
		b.WriteString("</p>")
		if f.Standard != "" {
			b.WriteString(`<p class="std">`)
			WriteEscaped(b, f.Standard)
			b.WriteString("</p>")
		}
		b.WriteString("</details>")
	}
	b.WriteString("\n</li>")
}

// urlTemplate escapes a web address in a link as html/template does: a
// safe address normalised, any other replaced.
var urlTemplate = template.Must(template.New("url").Parse(`<a href="{{.}}" rel="noreferrer">`))

// writeLink writes a link to a web address, opening in no context of the
// page's (rel="noreferrer"), with text as its text.
func writeLink(b *strings.Builder, href, text string) {
	// A strings.Builder never fails to write, and the template has no
	// value that could fail to print.
	_ = urlTemplate.Execute(b, href)
	WriteEscaped(b, text)
	b.WriteString(`</a>`)
}
