package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
)

const demoHelp = `
Check the five sample articles embedded in audit (US-Mexico cartel policy,
2025) as 'audit check' would, print a readable summary, and write an
annotated HTML page of each article (every claim highlighted by how it is
sourced, the findings beside it) into a folder, whose path it prints: open
it in a browser. Runs offline, with no files. The folder is a new one of
your own in the system's temporary folder unless --out names one; audit
refuses a folder or page there that is a symbolic link.
`

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "[--out DIR]", demoHelp)
	color := fs.String("color", "auto", "colour: auto, always or never")
	out := fs.String("out", "", "folder for the annotated pages (default: a new folder in the system's temporary folder)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("demo: takes no arguments")
	}
	useColor, err := colorWanted(*color, e)
	if err != nil {
		return err
	}
	raws, err := demo.Articles()
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	analyzer, err := attribution.New()
	if err != nil {
		return err
	}
	checker := findings.NewChecker(findings.Options{})
	opts := printer.Options{Tool: printer.Tool{Name: "audit", Version: version}, Color: useColor,
		Rules: checker.Rules(), FailOn: checker.Options().FailOn}
	runner := &pipeline.Runner{Analyzer: analyzer, Checker: checker}
	dir, err := demoFolder(*out)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	p := printer.NewText(e.stdout, opts)
	type page struct {
		File, Title  string
		Score        int
		Band         string
		Claims       int
		Findings     int
		Named, Anon  int
		Outlet, None int
	}
	var pages []page
	for _, raw := range raws {
		a, err := runner.AnalyzeRaw(ctx, raw)
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		ra := a.Result()
		if err := p.Article(ra); err != nil {
			return err
		}
		name := strings.TrimSuffix(filepath.Base(raw.Name), filepath.Ext(raw.Name)) + ".html"
		if err := writeFile(filepath.Join(dir, name), func(w *bufio.Writer) error {
			return printer.WriteHTMLPage(w, ra, opts)
		}); err != nil {
			return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
		}
		s := a.Summary
		pages = append(pages, page{name, a.Doc.Meta.Title, s.Score, s.Band, s.Claims, len(a.Findings),
			s.Named, s.Anonymous, s.Outlet, s.Unsourced})
	}
	if err := p.Close(); err != nil {
		return err
	}
	index := filepath.Join(dir, "index.html")
	if err := writeFile(index, func(w *bufio.Writer) error { return demoIndex.Execute(w, pages) }); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	fmt.Fprintf(e.stdout, "\nAnnotated pages: %s\nOpen %s in a browser.\n", dir, index)
	return nil
}

// demoFolder returns the folder the demo writes into: out, created if
// need be, or, when out is "", a new private folder in the system's
// temporary folder (a fixed name there could be another user's, or a link
// planted for us to follow). A symbolic link is refused, and so is
// anything else than a folder.
func demoFolder(out string) (string, error) {
	if out == "" {
		return os.MkdirTemp("", "audit-demo-")
	}
	st, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(out, 0o755); err != nil {
			return "", err
		}
		return out, nil
	case err != nil:
		return "", err
	case st.Mode()&fs.ModeSymlink != 0:
		return "", fmt.Errorf("%s is a symbolic link; give the folder itself", out)
	case !st.IsDir():
		return "", fmt.Errorf("%s is not a folder", out)
	}
	return out, nil
}

// writeFile writes a file through a buffer, replacing it only when the
// whole content was written. A symbolic link at path is refused, never
// followed: the file is renamed into place, which replaces a name and
// writes through none.
func writeFile(path string, fill func(*bufio.Writer) error) error {
	if st, err := os.Lstat(path); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		return fmt.Errorf("%s is a symbolic link; not writing through it", path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".audit-*.tmp")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(tmp)
	if err := fill(w); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

var demoIndex = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>audit demo: five sample articles</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #ddd}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.good{color:#0b6b2e}.needs{color:#9a4a00}.poor{color:#b3161b}
</style></head><body>
<h1>audit demo</h1>
<p>Five real articles on US-Mexico cartel policy (2025), checked by audit. Each page shows the article with every claim
highlighted by how it is sourced, and what a standards editor would flag.</p>
<table><thead><tr><th>Article</th><th>Score</th><th class="n">Claims</th><th class="n">Named</th><th class="n">Anonymous</th><th class="n">Outlet</th><th class="n">Unsourced</th><th class="n">Findings</th></tr></thead><tbody>
{{range .}}<tr><td><a href="{{.File}}">{{if .Title}}{{.Title}}{{else}}{{.File}}{{end}}</a></td>
<td class="{{if eq .Band "good"}}good{{else if eq .Band "poor"}}poor{{else}}needs{{end}}">{{.Score}} {{.Band}}</td>
<td class="n">{{.Claims}}</td><td class="n">{{.Named}}</td><td class="n">{{.Anon}}</td><td class="n">{{.Outlet}}</td><td class="n">{{.None}}</td><td class="n">{{.Findings}}</td></tr>
{{end}}</tbody></table>
</body></html>
`))
