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
	"unicode/utf8"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
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
func (p *HTML) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	v := htmlArticleView(a, len(p.sections)+1, p.opts)
	var b strings.Builder
	writeArticle(&b, v)
	// writeArticle escapes every value as the template would.
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

// WriteHTMLArticle writes the section of one article as the HTML format
// shows it, without the page around it: for a page of one's own that
// links the stylesheet WriteHTMLStyle writes. Element ids start with
// "a1-".
func WriteHTMLArticle(w io.Writer, a *result.Article, opts Options) error {
	if a == nil {
		return errNilArticle
	}
	v := htmlArticleView(a, 1, opts)
	if b, ok := w.(*strings.Builder); ok {
		writeArticle(b, v) // straight into a page being built
		return nil
	}
	var b strings.Builder
	writeArticle(&b, v)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteHTMLLegend writes the section that explains the classes and the
// score, as the HTML format's page shows it above the articles.
func WriteHTMLLegend(w io.Writer) error {
	return executeTo(w, "legend", htmlLegend)
}

// WriteHTMLStyle writes the stylesheet of the HTML format's page (CSS,
// without the <style> element), for a page that serves it as a file.
func WriteHTMLStyle(w io.Writer) error {
	return executeTo(w, "style", nil)
}

// executeTo runs one of the report's templates into w, all or nothing.
func executeTo(w io.Writer, name string, data any) error {
	var b bytes.Buffer
	if err := reportTemplate.ExecuteTemplate(&b, name, data); err != nil {
		return fmt.Errorf("printer: html: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
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
	return executeTo(w, "page", page)
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

func htmlArticleView(a *result.Article, n int, opts Options) *htmlArticle {
	id := "a" + strconv.Itoa(n)
	v := &htmlArticle{
		ID:      id,
		Input:   a.Input,
		Title:   oneLine(a.Meta.Title),
		URL:     webURL(a.Meta.URL),
		Claims:  len(a.Claims),
		Checked: a.Summary.Checked,
	}
	v.ClaimsText = plural(v.Claims, "claim")
	v.InputURL = webURL(a.Input)
	if langTag.MatchString(a.Meta.Language) {
		v.Lang = a.Meta.Language
	}
	if a.Meta.Outlet != "" {
		v.Meta = append(v.Meta, a.Meta.Outlet)
	}
	if len(a.Meta.Authors) > 0 {
		v.Meta = append(v.Meta, "by "+strings.Join(a.Meta.Authors, ", "))
	}
	if a.Meta.Published != "" {
		v.Meta = append(v.Meta, a.Meta.Published)
	}
	ids := htmlIDs{article: id}
	byClaim := v.addFindings(a, ids, opts)
	v.addMix(a, ids)
	v.addBlocks(a, ids, byClaim)
	return v
}

// htmlIDs makes the page's element ids of one article's claims and
// findings.
type htmlIDs struct{ article string }

func (ids htmlIDs) claim(c int) string   { return ids.article + "-c" + strconv.Itoa(c) }
func (ids htmlIDs) finding(i int) string { return ids.article + "-f" + strconv.Itoa(i+1) }

// addFindings lists the findings, the most severe first, then in text
// order, and the rules passed; it returns the findings of each claim.
func (v *htmlArticle) addFindings(a *result.Article, ids htmlIDs, opts Options) map[int][]htmlRef {
	fs := ordered(a)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	byClaim := map[int][]htmlRef{}
	failed := map[string]bool{}
	for i, f := range fs {
		hf := htmlFinding{
			ID: ids.finding(i), Severity: f.Severity.String(), Rule: f.Rule, Message: f.Message,
			Position: fmt.Sprintf("%d:%d", f.At.Line, f.At.Column),
		}
		if r, ok := opts.rule(f.Rule); ok {
			hf.Title, hf.Why, hf.Standard = r.Title, r.Why, r.Standard
		}
		if f.Claim > 0 && f.Claim <= len(a.Claims) {
			hf.Claim = &htmlRef{ID: ids.claim(f.Claim), Label: "claim " + strconv.Itoa(f.Claim)}
			byClaim[f.Claim] = append(byClaim[f.Claim], htmlRef{ID: hf.ID, Label: f.Rule})
		} else {
			v.HasArticleFindings = true
		}
		failed[f.Rule] = true
		v.Findings = append(v.Findings, hf)
	}
	if !a.Summary.Checked {
		return byClaim
	}
	s := a.Summary
	v.Score = min(max(s.Score, 0), 100)
	v.Band = s.Band
	if v.Band == "" {
		v.Band = findings.Band(v.Score)
	}
	v.BandClass = BandClass(v.Band)
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
	return byClaim
}

// addMix sets the sourcing mix: each class's share of the claims, and
// links to its claims.
func (v *htmlArticle) addMix(a *result.Article, ids htmlIDs) {
	if !a.Summary.Analysed {
		return
	}
	refs := map[string][]htmlRef{}
	for _, c := range a.Claims {
		if c.Attribution != nil {
			refs[c.Class] = append(refs[c.Class], htmlRef{ID: ids.claim(c.ID), Label: strconv.Itoa(c.ID)})
		}
	}
	x := 0.0
	for _, k := range result.Classes() {
		count := len(refs[k])
		share := 0.0
		if len(a.Claims) > 0 {
			share = 100 * float64(count) / float64(len(a.Claims))
		}
		v.Mix = append(v.Mix, htmlMix{
			Class: k, Label: k, Count: count,
			Share: strconv.FormatFloat(math.Round(share), 'f', 0, 64) + "%",
			X:     strconv.FormatFloat(x, 'f', 2, 64), Width: strconv.FormatFloat(share, 'f', 2, 64),
			Claims: refs[k],
		})
		x += share
	}
}

// addBlocks sets the text, block by block, with claims highlighted.
func (v *htmlArticle) addBlocks(a *result.Article, ids htmlIDs, byClaim map[int][]htmlRef) {
	claimsOf := map[int][]*result.Claim{}
	for i := range a.Claims {
		c := &a.Claims[i]
		claimsOf[c.Block] = append(claimsOf[c.Block], c)
	}
	text := newRuneText(a.Text)
	for i, b := range a.Blocks {
		hb := htmlBlock{Kind: b.Kind, Muted: !b.GivesClaims()}
		if hb.Muted {
			hb.Label = strings.ReplaceAll(b.Kind, "_", " ")
		}
		if b.Kind == "list_item" {
			hb.OpenList = i == 0 || a.Blocks[i-1].Kind != "list_item"
			hb.CloseList = i == len(a.Blocks)-1 || a.Blocks[i+1].Kind != "list_item"
		}
		at := b.Start
		for _, c := range claimsOf[i] {
			if c.Start < at || c.End > b.End || c.End <= c.Start {
				continue
			}
			if c.Start > at {
				hb.Segs = append(hb.Segs, htmlSeg{Text: text.slice(at, c.Start)})
			}
			hb.Segs = append(hb.Segs, htmlSeg{Claim: htmlClaimView(text, c, ids, byClaim[c.ID])})
			at = c.End
		}
		if at < b.End {
			hb.Segs = append(hb.Segs, htmlSeg{Text: text.slice(at, b.End)})
		}
		v.Blocks = append(v.Blocks, hb)
	}
}

func htmlClaimView(text *runeText, c *result.Claim, ids htmlIDs, fs []htmlRef) *htmlClaim {
	hc := &htmlClaim{ID: ids.claim(c.ID), N: c.ID, Findings: fs}
	if c.Line > 0 {
		hc.Position = fmt.Sprintf("%d:%d", c.Line, c.Column)
	}
	claim := result.Span{Start: c.Start, End: c.End}
	if c.Attribution == nil {
		hc.Class, hc.Label = "none", "claim"
		hc.Parts = splitParts(text, claim, nil)
		return hc
	}
	hc.Class, hc.Label = c.Class, c.Class
	var marks []htmlMarkSpan
	if s := c.Source; s != nil {
		hc.Source, hc.Role, hc.Type, hc.Reason = s.Name, s.Role, strings.ReplaceAll(s.Type, "_", " "), s.AnonymityReason
		marks = append(marks, htmlMarkSpan{result.Span{Start: s.Start, End: s.End}, "src"})
	}
	if cue := c.Cue; cue != nil {
		hc.Cue, hc.Loaded = cue.Text, cue.Loaded
		marks = append(marks, htmlMarkSpan{result.Span{Start: cue.Start, End: cue.End}, "cue"})
	}
	if c.Quote != "" && c.Quote != "none" {
		hc.Quote = c.Quote
	}
	if c.InheritedFrom != nil && *c.InheritedFrom > 0 {
		hc.Inherited = &htmlRef{ID: ids.claim(*c.InheritedFrom), Label: "claim " + strconv.Itoa(*c.InheritedFrom)}
	}
	for _, s := range c.Chain {
		hc.Chain = append(hc.Chain, s.Name)
	}
	hc.Parts = splitParts(text, claim, marks)
	return hc
}

type htmlMarkSpan struct {
	result.Span
	kind string
}

// splitParts cuts a claim's text at the source and cue mentions that lie
// inside it; overlapping or outside mentions are left unmarked.
func splitParts(text *runeText, claim result.Span, marks []htmlMarkSpan) []htmlPart {
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
			parts = append(parts, htmlPart{Text: text.slice(at, m.Start)})
		}
		parts = append(parts, htmlPart{Text: text.slice(m.Start, m.End), Kind: m.kind})
		at = m.End
	}
	if at < claim.End {
		parts = append(parts, htmlPart{Text: text.slice(at, claim.End)})
	}
	return parts
}

// runeText slices a text by code point offsets. Offsets are looked up
// from the last one asked, so walking a text in order costs its length
// once.
type runeText struct {
	s      string
	byteAt int // a rune start of s
	runeAt int // the code point offset of byteAt
}

func newRuneText(s string) *runeText { return &runeText{s: s} }

// offset returns the byte offset of code point r, clamped to the text.
func (t *runeText) offset(r int) int {
	if r <= 0 {
		return 0
	}
	for t.runeAt < r && t.byteAt < len(t.s) {
		_, n := utf8.DecodeRuneInString(t.s[t.byteAt:])
		t.byteAt += n
		t.runeAt++
	}
	for t.runeAt > r && t.byteAt > 0 {
		_, n := utf8.DecodeLastRuneInString(t.s[:t.byteAt])
		t.byteAt -= n
		t.runeAt--
	}
	return t.byteAt
}

// slice returns the text of code points [start, end).
func (t *runeText) slice(start, end int) string {
	i := t.offset(start)
	j := t.offset(end)
	if j < i {
		return ""
	}
	return t.s[i:j]
}

// BandClass names the colour band of a score band, a class of the
// stylesheet (score-good, score-average, score-poor): pages of their own
// show scores in the same colours.
func BandClass(band string) string {
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
