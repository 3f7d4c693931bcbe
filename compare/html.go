package compare

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"
)

// WriteHTML writes the comparison as one self-contained page: outlets as
// columns, a row for each aligned claim with its sourcing in every
// outlet, the numbers and quotations tables, and word diffs inline. It
// has no scripts and loads nothing; article text is always escaped.
func WriteHTML(w io.Writer, c *Comparison) error {
	bw := bufio.NewWriter(w)
	if err := pageTemplate.Execute(bw, newPage(c)); err != nil {
		return fmt.Errorf("compare: html: %w", err)
	}
	return bw.Flush()
}

type htmlPage struct {
	C      *Comparison
	Labels []string
	Matrix [][]htmlSim
	Rows   []htmlRow
	Unique int
}

type htmlSim struct {
	Show bool
	Sim  float64
	Same bool
}

type htmlRow struct {
	Row
	Cells []*htmlCell // one per article, nil where it has no claim
	First string
}

type htmlCell struct {
	Cell
	Diff []DiffOp // against the row's first cell; nil for that cell, or where the two share too little to show
	Src  string   // the sourcing after the class
}

// readable reports whether a diff shows changes to a shared text rather
// than two different sentences: at least half the words are kept.
func readable(ops []DiffOp) bool {
	same, all := 0, 0
	for _, o := range ops {
		n := len(strings.Fields(o.Text))
		all += n
		if o.Op == Equal {
			same += 2 * n
		}
	}
	return all > 0 && same >= all
}

func newPage(c *Comparison) *htmlPage {
	p := &htmlPage{C: c}
	for _, a := range c.Articles {
		p.Labels = append(p.Labels, a.Label)
	}
	n := len(c.Articles)
	p.Matrix = make([][]htmlSim, n)
	for i := range p.Matrix {
		p.Matrix[i] = make([]htmlSim, n)
	}
	for _, pr := range c.Pairs {
		s := htmlSim{Show: true, Sim: pr.Similarity, Same: pr.SameEvent}
		p.Matrix[pr.A][pr.B], p.Matrix[pr.B][pr.A] = s, s
	}
	for _, r := range c.Rows {
		if r.Kind == Unique {
			p.Unique++
			continue
		}
		hr := htmlRow{Row: r, Cells: make([]*htmlCell, n), First: p.Labels[r.Cells[0].Article]}
		for k, cell := range r.Cells {
			hc := &htmlCell{Cell: cell, Src: strings.TrimPrefix(strings.TrimPrefix(cell.Sourcing, cell.Class), " ")}
			if k > 0 && k-1 < len(r.Diffs) && readable(r.Diffs[k-1].Ops) {
				hc.Diff = r.Diffs[k-1].Ops
			}
			hr.Cells[cell.Article] = hc
		}
		p.Rows = append(p.Rows, hr)
	}
	return p
}

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"label": func(p *htmlPage, i int) string { return p.Labels[i] },
	"quote": func(p *htmlPage, i int) Quote { return p.C.Quotes[i] },
	"pct":   func(x float64) string { return fmt.Sprintf("%.0f%%", 100*x) },
	"sim":   func(x float64) string { return fmt.Sprintf("%.2f", x) },
	"lower": strings.ToLower,
	"fig":   figure,
	"join":  func(s []string) string { return strings.Join(s, ", ") },
	"class": func(cls string) string {
		switch cls {
		case "named", "anonymous", "outlet", "unsourced":
			return cls
		}
		return "none"
	},
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>audit compare: {{len .C.Articles}} articles</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse}th,td{vertical-align:top;text-align:left;padding:.35rem .5rem;border:1px solid #ddd}
th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
.warn{background:#fff4e0;border-left:4px solid #c77700;padding:.4rem .7rem}
.diff{color:#b3161b;font-weight:bold}.same{color:#0b6b2e}
.cls{display:inline-block;font-size:.8em;padding:0 .3em;border-radius:3px;border:1px solid}
.named{border-color:#1f5fa8;color:#1f5fa8}.anonymous{border-color:#9a4a00;color:#9a4a00}
.outlet{border-color:#6b3fa0;color:#6b3fa0}.unsourced,.none{border-color:#666;color:#555}
.src{font-size:.85em;color:#333}.claim{max-width:28rem}
del{background:#fde2e2;text-decoration:line-through}ins{background:#ddf5df;text-decoration:none}
.shared{background:#f1f8f2}.partial{background:#fff}
</style></head><body>
<h1>Coverage compared: {{if .C.Event}}event {{.C.Event}}, {{end}}{{len .C.Articles}} articles</h1>
<table><thead><tr><th>#</th><th>Article</th><th>Title</th><th>Date</th><th class="n">Claims</th></tr></thead><tbody>
{{range $i, $a := .C.Articles}}<tr><td>{{$i}}</td><td>{{$a.Label}}</td><td>{{if $a.Title}}{{$a.Title}}{{else}}(no title){{end}}</td><td>{{$a.Published}}</td><td class="n">{{$a.Claims}}</td></tr>
{{end}}</tbody></table>
{{range .C.Warnings}}<p class="warn">{{.}}</p>
{{end}}
<h2>Same event</h2>
<p>Similarity of each pair, 0 to 1; pairs below the line of a same event are marked.</p>
<table><thead><tr><th></th>{{range .Labels}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{$p := .}}{{range $i, $row := .Matrix}}<tr><th>{{label $p $i}}</th>{{range $row}}<td class="n">{{if .Show}}{{if .Same}}<span class="same">{{sim .Sim}}</span>{{else}}<span class="diff">{{sim .Sim}} not same</span>{{end}}{{end}}</td>{{end}}</tr>
{{end}}</tbody></table>
<h2>Syndication</h2>
<p>{{.C.Syndication.Independent}} independent publishers, {{.C.Syndication.Pickups}} pickups.</p>
{{if .C.Syndication.Groups}}<ul>{{range .C.Syndication.Groups}}<li>One story: {{range $k, $a := .Articles}}{{if $k}}, {{end}}{{label $p $a}}{{end}} ({{pct .Containment}} of 5-word runs shared{{if .Wire}}; {{.Wire}} copy{{end}})</li>{{end}}</ul>{{end}}
{{if .C.Syndication.Credits}}<ul>{{range .C.Syndication.Credits}}<li>{{label $p .Article}} credits {{.Wire}} (“{{.Text}}”)</li>{{end}}</ul>{{end}}
<h2>Aligned claims</h2>
<p>Each row is a claim two or more articles carry, with how each sourced it; {{.Unique}} claims appear in one article only. Differences from the row's first claim: <del>left out</del>, <ins>added</ins>.</p>
<table><thead><tr><th>#</th>{{range .Labels}}<th>{{.}}</th>{{end}}</tr></thead><tbody>
{{range .Rows}}<tr class="{{.Kind}}" id="row-{{.ID}}"><td>{{.ID}}<br><small>{{.Kind}}</small></td>{{$first := .First}}{{range .Cells}}<td class="claim">{{if .}}<span class="cls {{class .Class}}">{{.Class}}</span> <span class="src">{{.Src}}</span><br>{{if .Diff}}{{range .Diff}}{{if eq .Op "equal"}}{{.Text}}{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}<del>{{.Text}}</del>{{end}}{{end}}{{else}}{{.Text}}{{end}}<br><small>{{.Match}} match, {{sim .Similarity}}</small>{{else}}—{{end}}</td>{{end}}</tr>
{{end}}</tbody></table>
{{if .C.Omissions}}<h2>Left out</h2><ul>{{range .C.Omissions}}<li>{{label $p .Article}} leaves out <a href="#row-{{.Row}}">claim #{{.Row}}</a>, which most articles carry.</li>{{end}}</ul>{{end}}
<h2>Numbers side by side</h2>
{{if .C.Numbers}}<table><thead><tr><th>What</th><th>Article</th><th>As written</th><th>Value</th><th>Qualifier</th><th>Who</th><th>Sourcing</th></tr></thead><tbody>
{{range .C.Numbers}}{{$slot := .}}{{range $k, $e := .Entries}}<tr>{{if not $k}}<td rowspan="{{len $slot.Entries}}">{{$slot.Head}}<br><small>{{$slot.Verdict}}</small></td>{{end}}<td>{{label $p $e.Article}}</td><td>{{$e.Number.Text}}</td><td class="n">{{fig $e.Number}}</td><td>{{$e.Number.Qualifier}} {{$e.Number.Noun}}</td><td>{{join $e.Actors}}</td><td class="src">{{$e.Sourcing}}</td></tr>
{{end}}<tr><td colspan="7"><small>{{$slot.Note}}</small></td></tr>
{{end}}</tbody></table>{{else}}<p>No figure counts the same kind of thing in two articles.</p>{{end}}
<h2>Quotations</h2>
{{if .C.Speakers}}<table><thead><tr><th>Speaker</th><th>Article</th><th>Quotation</th></tr></thead><tbody>
{{range .C.Speakers}}{{$sp := .}}{{range $k, $qi := .Quotes}}{{$q := quote $p $qi}}<tr>{{if not $k}}<td rowspan="{{len $sp.Quotes}}">{{$sp.Name}}</td>{{end}}<td>{{label $p $q.Article}}</td><td>“{{$q.Text}}”</td></tr>
{{end}}{{end}}</tbody></table>{{else}}<p>No quotation with a speaker.</p>{{end}}
{{if .C.QuoteMatches}}<h3>The same words in several articles</h3><table><thead><tr><th>Articles</th><th>Class</th><th>Words (<del>first only</del>, <ins>second only</ins>)</th></tr></thead><tbody>
{{range .C.QuoteMatches}}{{$a := quote $p .A}}{{$b := quote $p .B}}<tr><td>{{label $p $a.Article}} / {{label $p $b.Article}}</td><td>{{.Class}}{{if eq .Class "other_speaker"}}<br><small>{{$a.Speaker}} / {{$b.Speaker}}</small>{{end}}</td><td>{{if .Diff}}{{range .Diff}}{{if eq .Op "equal"}}{{.Text}}{{else if eq .Op "insert"}}<ins>{{.Text}}</ins>{{else}}<del>{{.Text}}</del>{{end}}{{end}}{{else}}{{$a.Text}}{{end}}</td></tr>
{{end}}</tbody></table>{{else if .C.Quotes}}<p>No quotation appears in two articles: each quotes different words.</p>{{end}}
</body></html>
`))
