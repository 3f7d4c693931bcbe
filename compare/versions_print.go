package compare

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// WriteDiffJSON writes a version diff as an indented JSON document.
func WriteDiffJSON(w io.Writer, d *VersionDiff) error { return writeJSON(w, d) }

// WriteDiffText writes a version diff for reading: what changed in
// figures, the paragraphs that changed with [-deleted-] and {+inserted+}
// words, and the claims that changed.
func WriteDiffText(w io.Writer, d *VersionDiff) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { printf(bw, format, args...) }
	p("Article %d: %s", d.ArticleID, d.Locator)
	if d.Outlet != "" {
		p(" (%s)", d.Outlet)
	}
	p("\nversion %d (first seen %s) → version %d (first seen %s)\n", d.From.Version, d.From.FirstSeen, d.To.Version, d.To.FirstSeen)
	if !d.Changed {
		p("The two versions say the same: they differ only in spacing, quotation marks or dashes.\n")
	}
	if Changed(d.Title) {
		p("title: %s\n", markText(d.Title))
	}
	p("text: %d %s deleted, %d inserted\n", d.WordsDeleted, plainPlural(d.WordsDeleted, "word", "words"), d.WordsInserted)
	p("claims: %d → %d", d.From.Claims, d.To.Claims)
	for _, cls := range []string{"named", "anonymous", "outlet", "unsourced"} {
		if a, b := d.From.Classes[cls], d.To.Classes[cls]; a != b {
			p("; %s %d → %d", cls, a, b)
		}
	}
	if d.From.Score != nil && d.To.Score != nil && *d.From.Score != *d.To.Score {
		p("; score %d → %d", *d.From.Score, *d.To.Score)
	}
	p("\n")
	if Changed(d.Text) {
		p("\nChanged paragraphs ([-deleted-] {+inserted+}):\n")
		gap := false
		for i, para := range strings.Split(markText(d.Text), "\n\n") {
			if !strings.Contains(para, "[-") && !strings.Contains(para, "{+") && !strings.Contains(para, "-]") && !strings.Contains(para, "+}") {
				gap = true
				continue
			}
			if gap && i > 0 {
				p("\n  ⋮\n")
			}
			gap = false
			p("\n  %s\n", strings.Join(strings.Fields(para), " "))
		}
		if gap {
			p("\n  ⋮\n")
		}
	}
	if len(d.Claims) > 0 {
		p("\nClaims changed: %d added, %d removed, %d reworded, %d sourced differently\n",
			d.Counts[ClaimAdded], d.Counts[ClaimRemoved], d.Counts[ClaimReworded], d.Counts[ClaimResourced])
		for _, c := range d.Claims {
			switch c.Change {
			case ClaimAdded:
				p("  added      #%d %s\n             %s\n", c.To.Claim, c.To.Sourcing, cut(c.To.Text, 100))
			case ClaimRemoved:
				p("  removed    #%d %s\n             %s\n", c.From.Claim, c.From.Sourcing, cut(c.From.Text, 100))
			case ClaimReworded:
				p("  reworded   #%d → #%d %s\n             %s\n", c.From.Claim, c.To.Claim, sourcingChange(c), cut(markText(c.Diff), 200))
			case ClaimResourced:
				p("  resourced  #%d → #%d %s\n             %s\n", c.From.Claim, c.To.Claim, sourcingChange(c), cut(c.To.Text, 100))
			}
		}
	}
	return bw.Flush()
}

// sourcingChange is a change's sourcing, old → new where it differs.
func sourcingChange(c ClaimChange) string {
	if c.From.Sourcing == c.To.Sourcing {
		return c.To.Sourcing
	}
	return c.From.Sourcing + " ⇒ " + c.To.Sourcing
}

// markText writes a diff as text with [-deleted-] and {+inserted+}
// words, keeping its line breaks: a run over several paragraphs is
// marked in each.
func markText(ops []DiffOp) string {
	var b strings.Builder
	for _, o := range ops {
		if o.Op == Equal {
			b.WriteString(o.Text)
			continue
		}
		open, end := "[-", "-]"
		if o.Op == Insert {
			open, end = "{+", "+}"
		}
		for i, part := range strings.Split(o.Text, "\n\n") {
			if i > 0 {
				b.WriteString("\n\n")
			}
			words := strings.TrimSpace(part)
			if words == "" {
				b.WriteString(part)
				continue
			}
			lead := part[:len(part)-len(strings.TrimLeft(part, " \t\n"))]
			b.WriteString(lead + open + words + end)
		}
	}
	return b.String()
}

// WriteDiffHTML writes a version diff as one self-contained page: the
// figures of both versions, the text with deleted and inserted words
// marked, and the claims that changed. It has no scripts and loads
// nothing; article text is always escaped.
func WriteDiffHTML(w io.Writer, d *VersionDiff) error {
	bw := bufio.NewWriter(w)
	if err := diffTemplate.Execute(bw, d); err != nil {
		return fmt.Errorf("compare: html: %w", err)
	}
	return bw.Flush()
}

var diffTemplate = template.Must(template.New("diff").Funcs(template.FuncMap{
	"score": func(s *int) string {
		if s == nil {
			return "–"
		}
		return fmt.Sprint(*s)
	},
	"changed":  Changed,
	"sourcing": sourcingChange,
	"count":    func(m map[string]int, k string) int { return m[k] },
	"classes":  func() []string { return []string{"named", "anonymous", "outlet", "unsourced"} },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>audit: article {{.ArticleID}}, version {{.From.Version}} against {{.To.Version}}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;max-width:60rem}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse}th,td{vertical-align:top;text-align:left;padding:.35rem .5rem;border:1px solid #ddd}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.text{white-space:pre-wrap}.src{font-size:.85em;color:#333}
del{background:#fde2e2;text-decoration:line-through}ins{background:#ddf5df;text-decoration:none}
</style></head><body>
<h1>{{if .To.Title}}{{.To.Title}}{{else}}Article {{.ArticleID}}{{end}}</h1>
<p>Article {{.ArticleID}}: {{.Locator}}{{if .Outlet}} ({{.Outlet}}){{end}}. {{if not .Changed}}The two versions say the same: they differ only in spacing, quotation marks or dashes.{{end}}</p>
<table><thead><tr><th></th><th>Version {{.From.Version}}</th><th>Version {{.To.Version}}</th></tr></thead><tbody>
<tr><th>First seen</th><td>{{.From.FirstSeen}}</td><td>{{.To.FirstSeen}}</td></tr>
<tr><th>Published</th><td>{{.From.Published}}</td><td>{{.To.Published}}</td></tr>
<tr><th>Claims</th><td class="n">{{.From.Claims}}</td><td class="n">{{.To.Claims}}</td></tr>
{{$d := .}}{{range $cls := classes}}<tr><th>{{$cls}}</th><td class="n">{{count $d.From.Classes $cls}}</td><td class="n">{{count $d.To.Classes $cls}}</td></tr>
{{end}}<tr><th>Sourcing score</th><td class="n">{{score .From.Score}}</td><td class="n">{{score .To.Score}}</td></tr>
<tr><th>Analysed by</th><td>{{.From.AnalyzerVersion}}</td><td>{{.To.AnalyzerVersion}}</td></tr>
</tbody></table>
{{if changed .Title}}<h2>Title</h2>
<p>{{range .Title}}{{if eq .Op "equal"}}{{.Text}}{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}<del>{{.Text}}</del>{{end}}{{end}}</p>{{end}}
<h2>Text</h2>
<p>{{.WordsDeleted}} words <del>deleted</del>, {{.WordsInserted}} <ins>inserted</ins>.</p>
<div class="text">{{range .Text}}{{if eq .Op "equal"}}{{.Text}}{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}<del>{{.Text}}</del>{{end}}{{end}}</div>
<h2>Claims</h2>
{{if .Claims}}<p>{{count .Counts "added"}} added, {{count .Counts "removed"}} removed, {{count .Counts "reworded"}} reworded, {{count .Counts "resourced"}} sourced differently.</p>
<table><thead><tr><th>Change</th><th>Version {{.From.Version}}</th><th>Version {{.To.Version}}</th></tr></thead><tbody>
{{range .Claims}}<tr><td>{{.Change}}</td><td>{{with .From}}#{{.Claim}} <span class="src">{{.Sourcing}}</span><br>{{.Text}}{{else}}—{{end}}</td><td>{{with .To}}#{{.Claim}} <span class="src">{{.Sourcing}}</span><br>{{end}}{{if .Diff}}{{range .Diff}}{{if eq .Op "equal"}}{{.Text}}{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}<del>{{.Text}}</del>{{end}}{{end}}{{else}}{{with .To}}{{.Text}}{{else}}—{{end}}{{end}}</td></tr>
{{end}}</tbody></table>{{else}}<p>Every claim is in both versions, in the same words and sourced the same.</p>{{end}}
</body></html>
`))
