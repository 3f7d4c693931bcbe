package pipeline

import (
	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/result"
)

// Result converts an analysed article to the result type, with offsets
// in code points and positions in the input.
func (a *Article) Result() *result.Article {
	doc := a.Doc
	out := &result.Article{
		Input:  doc.Input,
		Format: string(doc.Format),
		Meta: result.Meta{
			Title: doc.Meta.Title, Outlet: doc.Meta.Outlet, Authors: doc.Meta.Authors,
			Published: doc.Meta.Published, URL: doc.Meta.URL, Language: doc.Meta.Language,
		},
		Text:       doc.Text,
		Blocks:     make([]result.Block, len(doc.Blocks)),
		Claims:     make([]result.Claim, len(a.Claims)),
		Quotations: make([]result.Span, len(doc.Quotations)),
		Findings:   []result.Finding{},
	}
	if out.Meta.Authors == nil {
		out.Meta.Authors = []string{}
	}
	for i, b := range doc.Blocks {
		pos := doc.Position(b.Start)
		out.Blocks[i] = result.Block{Kind: string(b.Kind), Start: doc.Runes(b.Start), End: doc.Runes(b.End), Line: pos.Line, Column: pos.Column}
	}
	for i, q := range doc.Quotations {
		out.Quotations[i] = result.Span{Start: doc.Runes(q.Start), End: doc.Runes(q.End)}
	}
	sum := &out.Summary
	sum.Claims = len(a.Claims)
	for i, c := range a.Claims {
		pos := doc.Position(c.Start)
		rc := result.Claim{
			ID: c.ID, Text: doc.Slice(c.Span), Start: doc.Runes(c.Start), End: doc.Runes(c.End),
			Block: c.Block, Line: pos.Line, Column: pos.Column,
		}
		if c.Class != "" {
			sum.Analysed = true
			switch c.Class {
			case attribution.Named:
				sum.Named++
			case attribution.Anonymous:
				sum.Anonymous++
			case attribution.Outlet:
				sum.Outlet++
			case attribution.Unsourced:
				sum.Unsourced++
			}
			rc.Attribution = attributionOf(doc, c)
		}
		out.Claims[i] = rc
	}
	if a.Checked {
		for _, f := range a.Findings {
			out.Findings = append(out.Findings, result.Finding{
				Rule: f.Rule, Severity: f.Severity.String(), Claim: f.Claim, Message: f.Message,
				Start: doc.Runes(f.Span.Start), End: doc.Runes(f.Span.End),
				Line: f.Start.Line, Column: f.Start.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
			})
		}
		s := a.Summary
		sum.Checked = true
		sum.Score, sum.Band = s.Score, s.Band
		sum.Errors, sum.Warnings, sum.Suggestions = s.Errors, s.Warnings, s.Suggestions
	}
	return out
}

func attributionOf(doc *article.Document, c attribution.Claim) *result.Attribution {
	ra := &result.Attribution{
		Class:      string(c.Class),
		Source:     sourceOf(doc, c.Source),
		Quote:      string(c.Quote),
		Chain:      []*result.Source{},
		Confidence: c.Confidence,
	}
	if ra.Quote == "" {
		ra.Quote = string(attribution.NoQuote)
	}
	if c.Cue != nil {
		ra.Cue = &result.Cue{Text: c.Cue.Text, Lemma: c.Cue.Lemma, Start: doc.Runes(c.Cue.Span.Start), End: doc.Runes(c.Cue.Span.End), Loaded: c.Cue.Loaded}
	}
	if c.InheritedFrom > 0 {
		id := c.InheritedFrom
		ra.InheritedFrom = &id
	}
	for i := range c.Chain {
		ra.Chain = append(ra.Chain, sourceOf(doc, &c.Chain[i]))
	}
	return ra
}

func sourceOf(doc *article.Document, s *attribution.Source) *result.Source {
	if s == nil {
		return nil
	}
	return &result.Source{
		Name: s.Name, Span: s.Mention, Start: doc.Runes(s.Span.Start), End: doc.Runes(s.Span.End),
		Type: string(s.Type), Role: s.Role, Official: s.Official,
		Count: s.Count, Affiliation: s.Affiliation, Seniority: s.Seniority,
		AnonymityReason: s.AnonymityReason, Exclusive: s.Exclusive, Confirmed: s.Confirmed,
	}
}
