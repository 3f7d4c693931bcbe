package reports

import (
	"bytes"
	"embed"
	"html/template"
	"strings"
	"sync"

	"github.com/auditnews/audit/internal/printer"
)

//go:embed templates/*.html templates/site.css templates/report.js
var files embed.FS

// pageTemplates are the templates of the pages written by a template
// (page writes the frame around them); html/template escapes every value
// by its context, so article text, names and URLs from the archive are
// shown as text and never run.
var pageTemplates = template.Must(template.New("site").Funcs(template.FuncMap{
	"num":    num,
	"pct":    pct,
	"plural": plural,
	"people": func(n int) string {
		if n == 1 {
			return "1 person"
		}
		return num(n) + " people"
	},
	"type": typeLabel,
	"bar": func(segs []barSeg, w, h int) template.HTML {
		var b strings.Builder
		writeBar(&b, segs, w, h)
		return template.HTML(b.String()) // #nosec G203 -- writeBar escapes every value
	},
	"score":       fragment(writeScore),
	"data":        fragment(writeData),
	"pager":       fragment(writePager),
	"articlelist": fragment(writeArticleList),
}).ParseFS(files, "templates/*.html"))

// assets are the stylesheet every page holds (the HTML printer's, then
// the site's own), the patterns of its charts, the HTML printer's legend,
// and the script file.
var assets = sync.OnceValues(func() (*siteAssets, error) {
	var css bytes.Buffer
	if err := printer.WriteHTMLStyle(&css); err != nil {
		return nil, err
	}
	own, err := files.ReadFile("templates/site.css")
	if err != nil {
		return nil, err
	}
	css.Write(own)
	var legend, patterns strings.Builder
	if err := printer.WriteHTMLLegend(&legend); err != nil {
		return nil, err
	}
	if err := pageTemplates.ExecuteTemplate(&patterns, "patterns", nil); err != nil {
		return nil, err
	}
	script, err := files.ReadFile("templates/report.js")
	if err != nil {
		return nil, err
	}
	return &siteAssets{css: css.String(), legend: legend.String(), patterns: patterns.String(), script: script}, nil
})

// siteAssets are the parts every page or many pages hold as they are: the
// templates' own text.
type siteAssets struct {
	css      string
	legend   string
	patterns string
	script   []byte
}

type crumb struct{ Href, Label string }

// legend is the HTML printer's explanation of the classes and the score.
func legend() template.HTML {
	a, err := assets()
	if err != nil {
		return ""
	}
	return template.HTML(a.legend) // #nosec G203 -- the printer's template's text
}
