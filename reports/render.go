package reports

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"sync"

	"github.com/auditnews/audit/internal/printer"
)

//go:embed templates/*.html templates/site.css templates/report.js
var files embed.FS

// pageTemplates are the site's templates, parsed once; html/template
// escapes every value by its context, so article text, names and URLs
// from the archive are shown as text and never run.
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
	"bar":  func(segs []barSeg, w, h int) barView { return barView{W: w, H: h, Segs: segs} },
}).ParseFS(files, "templates/*.html"))

// assets are the stylesheet every page holds (the HTML printer's, then
// the site's own), the HTML printer's legend, and the script file.
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
	var legend bytes.Buffer
	if err := printer.WriteHTMLLegend(&legend); err != nil {
		return nil, err
	}
	script, err := files.ReadFile("templates/report.js")
	if err != nil {
		return nil, err
	}
	// The stylesheet and legend are the templates' own text.
	return &siteAssets{css: template.CSS(css.String()), legend: template.HTML(legend.String()), script: script}, nil // #nosec G203
})

type siteAssets struct {
	css    template.CSS
	legend template.HTML
	script []byte
}

// barView is a stacked bar of w by h pixels.
type barView struct {
	W, H int
	Segs []barSeg
}

// layout is what every page holds around its body.
type layout struct {
	Title     string // the page's
	Site      string // the report's
	Root      string // from the page to the site's root
	Section   string // the part of the site the page is in: outlets, sources, methodology
	Crumbs    []crumb
	CSS       template.CSS
	Tool      string
	Version   string
	Generated string
	V         any // the body's values
}

type crumb struct{ Href, Label string }

// pageKinds are the templates of the pages' bodies.
var pageKinds = []string{"index", "methodology", "outlet", "articles", "article", "source", "shard", "sources"}

// kindTemplates are the layout with each kind of body in it, so that a
// page is written in one pass straight to its file.
var kindTemplates = sync.OnceValues(func() (map[string]*template.Template, error) {
	out := map[string]*template.Template{}
	for _, k := range pageKinds {
		t, err := pageTemplates.Clone()
		if err == nil {
			_, err = t.Parse(`{{define "body"}}{{template "` + k + `" .V}}{{end}}`)
		}
		if err != nil {
			return nil, err
		}
		out[k] = t
	}
	return out, nil
})

// page writes one page: the body template kind with v, inside the
// layout. The page at path p links to the others relatively.
func (s *site) page(w io.Writer, p, kind, title, section string, crumbs []crumb, v any) error {
	a, err := assets()
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	ts, err := kindTemplates()
	if err != nil {
		return fmt.Errorf("reports: %w", err)
	}
	t, ok := ts[kind]
	if !ok {
		return fmt.Errorf("reports: no page of kind %q", kind)
	}
	return t.ExecuteTemplate(w, "layout", layout{Title: title, Site: s.opts.Title, Root: rootOf(p), Section: section, Crumbs: crumbs,
		CSS: a.css, Tool: s.opts.Tool.Name, Version: s.opts.Tool.Version, Generated: s.generated, V: v})
}

// legend is the HTML printer's explanation of the classes and the score.
func legend() template.HTML {
	a, err := assets()
	if err != nil {
		return ""
	}
	return a.legend
}
