package printer

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/pipeline"
)

// SchemaVersion is the version of the JSON document printed.
const SchemaVersion = 1

// The JSON document, as documented for users. Offsets are Unicode code
// points into the article's text, half-open.
type (
	jsonDoc struct {
		SchemaVersion int           `json:"schema_version"`
		Tool          jsonTool      `json:"tool"`
		Articles      []jsonArticle `json:"articles"`
		Errors        []jsonError   `json:"errors"`
	}
	jsonTool struct {
		Name    string `json:"name"`
		Version string `json:"version"`
	}
	jsonError struct {
		Input string `json:"input"`
		Error string `json:"error"`
	}
	jsonArticle struct {
		Input     string         `json:"input"`
		Format    string         `json:"format"`
		Meta      jsonMeta       `json:"meta"`
		Text      string         `json:"text"`
		Blocks    []jsonBlock    `json:"blocks"`
		Claims    []jsonClaim    `json:"claims"`
		Quotation []jsonSpan     `json:"quotations"`
		Findings  []jsonFinding  `json:"findings"`
		Summary   map[string]any `json:"summary"`
	}
	jsonFinding struct {
		Rule      string `json:"rule"`
		Severity  string `json:"severity"`
		Claim     int    `json:"claim"`
		Message   string `json:"message"`
		Start     int    `json:"start"`
		End       int    `json:"end"`
		Line      int    `json:"line"`
		Column    int    `json:"column"`
		EndLine   int    `json:"end_line"`
		EndColumn int    `json:"end_column"`
	}
	jsonMeta struct {
		Title     string   `json:"title"`
		Outlet    string   `json:"outlet"`
		Authors   []string `json:"authors"`
		Published string   `json:"published"`
		URL       string   `json:"url"`
		Language  string   `json:"language"`
	}
	jsonBlock struct {
		Kind   string `json:"kind"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Line   int    `json:"line,omitempty"`
		Column int    `json:"column,omitempty"`
	}
	jsonSpan struct {
		Start int `json:"start"`
		End   int `json:"end"`
	}
	jsonClaim struct {
		ID     int    `json:"id"`
		Text   string `json:"text"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Block  int    `json:"block"`
		Line   int    `json:"line,omitempty"`
		Column int    `json:"column,omitempty"`
		*jsonAttribution
	}
	// jsonAttribution is absent until claims are analysed.
	jsonAttribution struct {
		Class         string        `json:"class"`
		Source        *jsonSource   `json:"source"`
		Cue           *jsonCue      `json:"cue"`
		Quote         string        `json:"quote"`
		InheritedFrom *int          `json:"inherited_from"`
		Chain         []*jsonSource `json:"chain"`
		Confidence    float64       `json:"confidence"`
	}
	jsonSource struct {
		Name            string `json:"name"`
		Span            string `json:"span"`
		Start           int    `json:"start"`
		End             int    `json:"end"`
		Type            string `json:"type"`
		Role            string `json:"role"`
		Official        bool   `json:"official"`
		Count           int    `json:"count,omitempty"`
		Affiliation     string `json:"affiliation,omitempty"`
		Seniority       string `json:"seniority,omitempty"`
		AnonymityReason string `json:"anonymity_reason,omitempty"`
		Exclusive       bool   `json:"exclusive,omitempty"`
		Confirmed       bool   `json:"confirmed,omitempty"`
	}
	jsonCue struct {
		Text   string `json:"text"`
		Lemma  string `json:"lemma"`
		Start  int    `json:"start"`
		End    int    `json:"end"`
		Loaded bool   `json:"loaded,omitempty"`
	}
)

// JSON prints one JSON document holding every article. It streams: each
// article is written as soon as it is given.
type JSON struct {
	w      *bufio.Writer
	opts   Options
	n      int
	errors []jsonError
	err    error
}

// NewJSON returns a JSON printer writing to w.
func NewJSON(w io.Writer, opts Options) *JSON {
	return &JSON{w: bufio.NewWriter(w), opts: opts}
}

func (p *JSON) start() {
	if p.n > 0 || p.err != nil {
		return
	}
	head, err := json.Marshal(jsonTool(p.opts.Tool))
	if err != nil {
		p.err = err
		return
	}
	_, p.err = io.WriteString(p.w, `{"schema_version": 1, "tool": `+string(head)+`, "articles": [`)
}

// Article implements Printer.
func (p *JSON) Article(a *pipeline.Article) error {
	if a == nil || a.Doc == nil {
		return errNilArticle
	}
	p.start()
	if p.err != nil {
		return p.err
	}
	b, err := json.MarshalIndent(ArticleJSON(a), "  ", "  ")
	if err != nil {
		return err
	}
	sep := "\n  "
	if p.n > 0 {
		sep = ",\n  "
	}
	p.n++
	if _, err := io.WriteString(p.w, sep); err != nil {
		p.err = err
		return err
	}
	_, p.err = p.w.Write(b)
	return p.err
}

// InputError implements Printer.
func (p *JSON) InputError(input string, err error) error {
	p.errors = append(p.errors, jsonError{Input: input, Error: err.Error()})
	return nil
}

// Close implements Printer.
func (p *JSON) Close() error {
	if p.n == 0 {
		p.start()
		p.n = -1 // no leading newline before the closing bracket
	}
	if p.err != nil {
		return p.err
	}
	errs := p.errors
	if errs == nil {
		errs = []jsonError{}
	}
	b, err := json.MarshalIndent(errs, "", "  ")
	if err != nil {
		return err
	}
	closing := "\n], \"errors\": "
	if p.n < 0 {
		closing = "], \"errors\": "
	}
	if _, err := io.WriteString(p.w, closing+string(b)+"}\n"); err != nil {
		return err
	}
	return p.w.Flush()
}

// ArticleJSON converts an analysed article to its JSON form.
func ArticleJSON(a *pipeline.Article) any {
	doc := a.Doc
	out := jsonArticle{
		Input:  doc.Input,
		Format: string(doc.Format),
		Meta: jsonMeta{
			Title: doc.Meta.Title, Outlet: doc.Meta.Outlet, Authors: doc.Meta.Authors,
			Published: doc.Meta.Published, URL: doc.Meta.URL, Language: doc.Meta.Language,
		},
		Text:      doc.Text,
		Blocks:    make([]jsonBlock, len(doc.Blocks)),
		Claims:    make([]jsonClaim, len(a.Claims)),
		Quotation: make([]jsonSpan, len(doc.Quotations)),
	}
	if out.Meta.Authors == nil {
		out.Meta.Authors = []string{}
	}
	for i, b := range doc.Blocks {
		pos := doc.Position(b.Start)
		out.Blocks[i] = jsonBlock{Kind: string(b.Kind), Start: doc.Runes(b.Start), End: doc.Runes(b.End), Line: pos.Line, Column: pos.Column}
	}
	for i, q := range doc.Quotations {
		out.Quotation[i] = jsonSpan{doc.Runes(q.Start), doc.Runes(q.End)}
	}
	analysed := false
	summary := map[string]any{"claims": len(a.Claims)}
	counts := map[string]int{}
	for i, c := range a.Claims {
		pos := doc.Position(c.Start)
		jc := jsonClaim{
			ID: c.ID, Text: doc.Slice(c.Span), Start: doc.Runes(c.Start), End: doc.Runes(c.End),
			Block: c.Block, Line: pos.Line, Column: pos.Column,
		}
		if c.Class != "" {
			analysed = true
			counts[string(c.Class)]++
			jc.jsonAttribution = attributionJSON(doc, c)
		}
		out.Claims[i] = jc
	}
	if analysed {
		for _, k := range attribution.Classes {
			summary[string(k)] = counts[string(k)]
		}
	}
	out.Findings = []jsonFinding{}
	if a.Checked {
		for _, f := range a.Findings {
			out.Findings = append(out.Findings, jsonFinding{
				Rule: f.Rule, Severity: f.Severity.String(), Claim: f.Claim, Message: f.Message,
				Start: doc.Runes(f.Span.Start), End: doc.Runes(f.Span.End),
				Line: f.Start.Line, Column: f.Start.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
			})
		}
		s := a.Summary
		summary["score"] = s.Score
		summary["band"] = s.Band
		summary["errors"] = s.Errors
		summary["warnings"] = s.Warnings
		summary["suggestions"] = s.Suggestions
	}
	out.Summary = summary
	return out
}

func attributionJSON(doc *article.Document, c attribution.Claim) *jsonAttribution {
	ja := &jsonAttribution{
		Class:      string(c.Class),
		Source:     sourceJSON(doc, c.Source),
		Quote:      string(c.Quote),
		Chain:      []*jsonSource{},
		Confidence: c.Confidence,
	}
	if ja.Quote == "" {
		ja.Quote = string(attribution.NoQuote)
	}
	if c.Cue != nil {
		ja.Cue = &jsonCue{Text: c.Cue.Text, Lemma: c.Cue.Lemma, Start: doc.Runes(c.Cue.Span.Start), End: doc.Runes(c.Cue.Span.End), Loaded: c.Cue.Loaded}
	}
	if c.InheritedFrom > 0 {
		id := c.InheritedFrom
		ja.InheritedFrom = &id
	}
	for i := range c.Chain {
		ja.Chain = append(ja.Chain, sourceJSON(doc, &c.Chain[i]))
	}
	return ja
}

func sourceJSON(doc *article.Document, s *attribution.Source) *jsonSource {
	if s == nil {
		return nil
	}
	return &jsonSource{
		Name: s.Name, Span: s.Mention, Start: doc.Runes(s.Span.Start), End: doc.Runes(s.Span.End),
		Type: string(s.Type), Role: s.Role, Official: s.Official,
		Count: s.Count, Affiliation: s.Affiliation, Seniority: s.Seniority,
		AnonymityReason: s.AnonymityReason, Exclusive: s.Exclusive, Confirmed: s.Confirmed,
	}
}
