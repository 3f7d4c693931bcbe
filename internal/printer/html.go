package printer

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
)

//go:embed templates/report.html
var templateFS embed.FS

// reportTemplate is parsed once; html/template escapes every value by
// context, so article text, names and URLs are shown as text and never
// run.
var reportTemplate = template.Must(template.New("report.html").ParseFS(templateFS, "templates/report.html"))

// HTML prints one self-contained page for the run: every article in its
// own section, its text with each claim highlighted by class, the source
// and cue of a claim shown on hover and on keyboard focus, the findings
// beside the text with links to their claims, the sourcing score and the
// sourcing mix. The page has inline CSS and no script or external
// resource, so it works offline and with JavaScript off. It is written on
// Close; the same run gives the same bytes.
type HTML struct {
	w        io.Writer
	opts     Options
	sections []template.HTML
	toc      []htmlTOCEntry
	errors   []htmlInputError
}

// NewHTML returns an HTML printer writing to w.
func NewHTML(w io.Writer, opts Options) *HTML {
	return &HTML{w: w, opts: opts}
}

// Article implements Printer. The article is rendered at once, so the
// printer keeps only its HTML.
func (p *HTML) Article(a *pipeline.Article) error {
	if a == nil || a.Doc == nil {
		return errNilArticle
	}
	v := htmlArticleView(a, len(p.sections)+1, p.opts)
	var b bytes.Buffer
	if err := reportTemplate.ExecuteTemplate(&b, "article", v); err != nil {
		return fmt.Errorf("printer: html: %w", err)
	}
	// The section comes from the escaping template above.
	p.sections = append(p.sections, template.HTML(b.String())) // #nosec G203
	p.toc = append(p.toc, htmlTOCEntry{ID: v.ID, Title: v.Title, Input: v.Input, Checked: v.Checked,
		Score: v.Score, Band: v.Band, BandClass: v.BandClass, Claims: v.Claims, Findings: len(v.Findings),
		Summary: plural(v.Claims, "claim") + " · " + plural(len(v.Findings), "finding")})
	return nil
}

// InputError implements Printer: the page lists inputs that could not be
// read.
func (p *HTML) InputError(input string, err error) error {
	msg := "could not be read"
	if err != nil {
		msg = err.Error()
	}
	p.errors = append(p.errors, htmlInputError{Input: input, Error: msg})
	return nil
}

// Close implements Printer: it writes the page.
func (p *HTML) Close() error {
	page := newHTMLPage(p.opts, "Sourcing report", p.sections, p.errors)
	if len(p.toc) > 1 || len(p.errors) > 0 {
		page.TOC = p.toc
	}
	for _, e := range p.toc {
		page.Claims += e.Claims
		page.Findings += e.Findings
	}
	return writePage(p.w, page)
}

// WriteHTMLPage writes a self-contained page for one article, as the HTML
// format shows it in a run.
func WriteHTMLPage(w io.Writer, a *pipeline.Article, opts Options) error {
	if a == nil || a.Doc == nil {
		return errNilArticle
	}
	v := htmlArticleView(a, 1, opts)
	var b bytes.Buffer
	if err := reportTemplate.ExecuteTemplate(&b, "article", v); err != nil {
		return fmt.Errorf("printer: html: %w", err)
	}
	title := "Sourcing report"
	if v.Title != "" {
		title = v.Title + " — sourcing report"
	}
	// The section comes from the escaping template above.
	page := newHTMLPage(opts, title, []template.HTML{template.HTML(b.String())}, nil) // #nosec G203
	page.Claims, page.Findings = v.Claims, len(v.Findings)
	return writePage(w, page)
}

func newHTMLPage(opts Options, title string, sections []template.HTML, errs []htmlInputError) *htmlPage {
	name := opts.Tool.Name
	if name == "" {
		name = "audit"
	}
	return &htmlPage{
		Title: title, Tool: name, Version: opts.Tool.Version,
		Legend: htmlLegend, Sections: sections, Errors: errs, Articles: len(sections),
	}
}

func writePage(w io.Writer, page *htmlPage) error {
	page.RunLine = plural(page.Articles, "article") + " · " + plural(page.Claims, "claim") + " · " + plural(page.Findings, "finding")
	if len(page.Errors) > 0 {
		page.RunLine += " · " + plural(len(page.Errors), "input") + " not read"
	}
	var b bytes.Buffer
	if err := reportTemplate.ExecuteTemplate(&b, "page", page); err != nil {
		return fmt.Errorf("printer: html: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// The values the template shows.
type (
	htmlPage struct {
		Title, Tool, Version string
		Legend               []htmlLegendEntry
		TOC                  []htmlTOCEntry
		Sections             []template.HTML
		Errors               []htmlInputError
		Articles             int
		Claims, Findings     int
		RunLine              string // "2 articles · 30 claims · 7 findings"
	}
	htmlLegendEntry struct {
		Class, Label, Means, Mark string
	}
	htmlTOCEntry struct {
		ID, Title, Input string
		Checked          bool
		Score            int
		Band, BandClass  string
		Claims, Findings int
		Summary          string // "12 claims · 3 findings"
	}
	htmlInputError struct {
		Input, Error string
	}
	htmlArticle struct {
		ID                 string
		Input              string
		InputURL           string // the input, when it is a web address
		Title              string
		Meta               []string
		URL                string // the canonical address the article gives
		Lang               string
		Claims             int
		ClaimsText         string // "12 claims"
		Mix                []htmlMix
		Checked            bool
		Score              int
		Band, BandClass    string
		Dash, Gap          string // the score gauge's arc
		SeverityCounts     string
		Errors             int
		Warnings           int
		Suggestions        int
		Blocks             []htmlBlock
		Findings           []htmlFinding
		Passed             []htmlRule
		HasArticleFindings bool
	}
	htmlMix struct {
		Class, Label string
		Count        int
		Share        string // "38%"
		X, Width     string // the bar segment, in percent of the bar
		Claims       []htmlRef
	}
	htmlRef struct {
		ID, Label string
	}
	htmlBlock struct {
		Kind      string
		Label     string // the kind as shown beside muted blocks
		Muted     bool
		OpenList  bool
		CloseList bool
		Position  string
		Segs      []htmlSeg
	}
	htmlSeg struct {
		Text  string
		Claim *htmlClaim
	}
	htmlClaim struct {
		ID        string
		N         int
		Class     string
		Label     string
		Position  string
		Parts     []htmlPart
		Source    string
		Role      string
		Type      string
		Cue       string
		Loaded    bool
		Quote     string
		Inherited *htmlRef
		Chain     []string
		Reason    string
		Findings  []htmlRef
	}
	htmlPart struct {
		Text, Kind string // Kind: "", "src" or "cue"
	}
	htmlFinding struct {
		ID, Severity, Rule, Title, Why, Standard, Message, Position string
		Claim                                                       *htmlRef
	}
	htmlRule struct {
		ID, Title, Why, Standard, Severity string
	}
)

// htmlLegend explains the classes, in their usual order.
var htmlLegend = []htmlLegendEntry{
	{Class: "named", Label: "named", Mark: "solid underline", Means: "an identified person or a specific institution, on the record"},
	{Class: "anonymous", Label: "anonymous", Mark: "dashed underline", Means: "unnamed officials, vague groups, agentless passives"},
	{Class: "outlet", Label: "outlet", Mark: "dotted underline", Means: "another news organisation's reporting"},
	{Class: "unsourced", Label: "unsourced", Mark: "double underline", Means: "nobody: the writer states it"},
}

var langTag = regexp.MustCompile(`^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

// gaugeCircumference is the length of the score gauge's circle (r = 54).
var gaugeCircumference = 2 * math.Pi * 54

func htmlArticleView(a *pipeline.Article, n int, opts Options) *htmlArticle {
	doc := a.Doc
	id := "a" + strconv.Itoa(n)
	v := &htmlArticle{
		ID:      id,
		Input:   doc.Input,
		Title:   oneLine(doc.Meta.Title),
		URL:     webURL(doc.Meta.URL),
		Claims:  len(a.Claims),
		Checked: a.Checked,
	}
	v.ClaimsText = plural(v.Claims, "claim")
	v.InputURL = webURL(doc.Input)
	if langTag.MatchString(doc.Meta.Language) {
		v.Lang = doc.Meta.Language
	}
	if doc.Meta.Outlet != "" {
		v.Meta = append(v.Meta, doc.Meta.Outlet)
	}
	if len(doc.Meta.Authors) > 0 {
		v.Meta = append(v.Meta, "by "+strings.Join(doc.Meta.Authors, ", "))
	}
	if doc.Meta.Published != "" {
		v.Meta = append(v.Meta, doc.Meta.Published)
	}

	claimID := func(c int) string { return id + "-c" + strconv.Itoa(c) }
	findingID := func(i int) string { return id + "-f" + strconv.Itoa(i+1) }

	// Findings: the most severe first, then in text order.
	fs := ordered(a)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	byClaim := map[int][]htmlRef{}
	failed := map[string]bool{}
	for i, f := range fs {
		hf := htmlFinding{
			ID: findingID(i), Severity: f.Severity.String(), Rule: f.Rule, Message: f.Message,
			Position: fmt.Sprintf("%d:%d", f.At.Line, f.At.Column),
		}
		if r, ok := opts.rule(f.Rule); ok {
			hf.Title, hf.Why, hf.Standard = r.Title, r.Why, r.Standard
		}
		if f.Claim > 0 && f.Claim <= len(a.Claims) {
			hf.Claim = &htmlRef{ID: claimID(f.Claim), Label: "claim " + strconv.Itoa(f.Claim)}
			byClaim[f.Claim] = append(byClaim[f.Claim], htmlRef{ID: hf.ID, Label: f.Rule})
		} else {
			v.HasArticleFindings = true
		}
		failed[f.Rule] = true
		v.Findings = append(v.Findings, hf)
	}
	if a.Checked {
		s := a.Summary
		v.Score = min(max(s.Score, 0), 100)
		v.Band = s.Band
		if v.Band == "" {
			v.Band = findings.Band(v.Score)
		}
		v.BandClass = bandClass(v.Band)
		arc := gaugeCircumference * float64(v.Score) / 100
		v.Dash = strconv.FormatFloat(arc, 'f', 2, 64)
		v.Gap = strconv.FormatFloat(gaugeCircumference-arc, 'f', 2, 64)
		v.Errors, v.Warnings, v.Suggestions = s.Errors, s.Warnings, s.Suggestions
		v.SeverityCounts = severityCounts(s.Errors, s.Warnings, s.Suggestions)
		for _, r := range opts.rules() {
			if failed[r.ID] || r.Severity == findings.Off {
				continue
			}
			v.Passed = append(v.Passed, htmlRule{ID: r.ID, Title: r.Title, Why: r.Why, Standard: r.Standard, Severity: r.Severity.String()})
		}
	}

	// The sourcing mix.
	refs := map[attribution.Class][]htmlRef{}
	analysed := false
	for _, c := range a.Claims {
		if c.Class != "" {
			analysed = true
			refs[c.Class] = append(refs[c.Class], htmlRef{ID: claimID(c.ID), Label: strconv.Itoa(c.ID)})
		}
	}
	if analysed {
		x := 0.0
		for _, k := range attribution.Classes {
			count := len(refs[k])
			share := 0.0
			if len(a.Claims) > 0 {
				share = 100 * float64(count) / float64(len(a.Claims))
			}
			v.Mix = append(v.Mix, htmlMix{
				Class: string(k), Label: string(k), Count: count,
				Share: strconv.FormatFloat(math.Round(share), 'f', 0, 64) + "%",
				X:     strconv.FormatFloat(x, 'f', 2, 64), Width: strconv.FormatFloat(share, 'f', 2, 64),
				Claims: refs[k],
			})
			x += share
		}
	}

	// The text, block by block, with claims highlighted.
	claimsOf := map[int][]attribution.Claim{}
	for _, c := range a.Claims {
		claimsOf[c.Block] = append(claimsOf[c.Block], c)
	}
	for i, b := range doc.Blocks {
		hb := htmlBlock{Kind: string(b.Kind), Muted: !b.Kind.GivesClaims()}
		if hb.Muted {
			hb.Label = strings.ReplaceAll(string(b.Kind), "_", " ")
		}
		if pos := doc.Position(b.Start); pos.Line > 0 {
			hb.Position = fmt.Sprintf("%d:%d", pos.Line, pos.Column)
		}
		if b.Kind == article.ListItem {
			hb.OpenList = i == 0 || doc.Blocks[i-1].Kind != article.ListItem
			hb.CloseList = i == len(doc.Blocks)-1 || doc.Blocks[i+1].Kind != article.ListItem
		}
		at := b.Start
		for _, c := range claimsOf[i] {
			if c.Start < at || c.End > b.End || c.End <= c.Start {
				continue
			}
			if c.Start > at {
				hb.Segs = append(hb.Segs, htmlSeg{Text: doc.Text[at:c.Start]})
			}
			hb.Segs = append(hb.Segs, htmlSeg{Claim: htmlClaimView(doc, c, claimID, byClaim[c.ID])})
			at = c.End
		}
		if at < b.End {
			hb.Segs = append(hb.Segs, htmlSeg{Text: doc.Text[at:b.End]})
		}
		v.Blocks = append(v.Blocks, hb)
	}
	return v
}

func htmlClaimView(doc *article.Document, c attribution.Claim, claimID func(int) string, fs []htmlRef) *htmlClaim {
	hc := &htmlClaim{ID: claimID(c.ID), N: c.ID, Class: string(c.Class), Label: string(c.Class), Findings: fs}
	if c.Class == "" {
		hc.Class, hc.Label = "none", "claim"
	}
	if pos := doc.Position(c.Start); pos.Line > 0 {
		hc.Position = fmt.Sprintf("%d:%d", pos.Line, pos.Column)
	}
	var marks []htmlMarkSpan
	if s := c.Source; s != nil {
		hc.Source, hc.Role, hc.Type, hc.Reason = s.Name, s.Role, strings.ReplaceAll(string(s.Type), "_", " "), s.AnonymityReason
		marks = append(marks, htmlMarkSpan{s.Span, "src"})
	}
	if cue := c.Cue; cue != nil {
		hc.Cue, hc.Loaded = cue.Text, cue.Loaded
		marks = append(marks, htmlMarkSpan{cue.Span, "cue"})
	}
	if c.Quote != "" && c.Quote != attribution.NoQuote {
		hc.Quote = string(c.Quote)
	}
	if c.InheritedFrom > 0 {
		hc.Inherited = &htmlRef{ID: claimID(c.InheritedFrom), Label: "claim " + strconv.Itoa(c.InheritedFrom)}
	}
	for _, s := range c.Chain {
		hc.Chain = append(hc.Chain, s.Name)
	}
	hc.Parts = splitParts(doc.Text, c.Span, marks)
	return hc
}

type htmlMarkSpan struct {
	article.Span
	kind string
}

// splitParts cuts a claim's text at the source and cue mentions that lie
// inside it; overlapping or outside mentions are left unmarked.
func splitParts(text string, claim article.Span, marks []htmlMarkSpan) []htmlPart {
	var in []htmlMarkSpan
	for _, m := range marks {
		if m.Start >= claim.Start && m.End <= claim.End && m.End > m.Start {
			in = append(in, m)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	var parts []htmlPart
	at := claim.Start
	for _, m := range in {
		if m.Start < at {
			continue
		}
		if m.Start > at {
			parts = append(parts, htmlPart{Text: text[at:m.Start]})
		}
		parts = append(parts, htmlPart{Text: text[m.Start:m.End], Kind: m.kind})
		at = m.End
	}
	if at < claim.End {
		parts = append(parts, htmlPart{Text: text[at:claim.End]})
	}
	return parts
}

// bandClass names the colour band of a score band.
func bandClass(band string) string {
	switch band {
	case "good":
		return "good"
	case "poor":
		return "poor"
	}
	return "average"
}

// webURL returns s when it is an http or https address, for a link, and
// "" otherwise.
func webURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return s
}
