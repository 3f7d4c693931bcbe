package silver

import (
	"context"
	"fmt"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/goldeval"
	"github.com/auditnews/audit/internal/polnear"
)

// Doc is one article with the silver label of each of its claims.
type Doc struct {
	Name   string
	Outlet string
	Doc    *article.Document
	Claims []attribution.Claim // unanalysed: the sentences the analyzer will label
	Labels []Label             // one per claim
}

// Load reads the articles of a split of the corpus in dir and labels
// their sentences.
func Load(dir, split string, lb *Labeler) ([]Doc, error) {
	arts, err := polnear.Articles(dir, split)
	if err != nil {
		return nil, err
	}
	out := make([]Doc, 0, len(arts))
	for _, a := range arts {
		doc, rels, err := a.Load()
		if err != nil {
			return nil, err
		}
		claims := attribution.Claims(doc)
		spans := make([]article.Span, len(claims))
		for i, c := range claims {
			spans[i] = c.Span
		}
		out = append(out, Doc{Name: a.Split + "/" + a.Name, Outlet: a.Outlet, Doc: doc, Claims: claims, Labels: lb.Label(doc, rels, spans)})
	}
	return out, nil
}

// Items gives the silver labels as gold items, one per claim, so that
// goldeval scores them as it scores gold files.
func Items(docs []Doc) []goldeval.Item {
	var out []goldeval.Item
	for _, d := range docs {
		for i, c := range d.Claims {
			lb := d.Labels[i]
			out = append(out, goldeval.Item{Doc: d.Name, Text: d.Doc.Slice(c.Span), Class: lb.Class, Alt: lb.Alt, Source: lb.Source, Cue: lb.Cue})
		}
	}
	return out
}

// Preds turns analysed claims into what goldeval scores.
func Preds(doc *article.Document, claims []attribution.Claim) []goldeval.Claim {
	out := make([]goldeval.Claim, len(claims))
	for k, c := range claims {
		out[k] = goldeval.Claim{ID: c.ID, Text: doc.Slice(c.Span), Class: string(c.Class)}
		if c.Source != nil {
			out[k].SourceName, out[k].SourceSpan = c.Source.Name, c.Source.Mention
		}
	}
	return out
}

// Analyze runs an analyzer over docs and returns their claims by name.
func Analyze(ctx context.Context, an interface {
	Analyze(context.Context, *article.Document) ([]attribution.Claim, error)
}, docs []Doc) (map[string][]attribution.Claim, error) {
	out := make(map[string][]attribution.Claim, len(docs))
	for _, d := range docs {
		cs, err := an.Analyze(ctx, d.Doc)
		if err != nil {
			return nil, fmt.Errorf("silver: %s: %w", d.Name, err)
		}
		out[d.Name] = cs
	}
	return out, nil
}

// Result is the score of an analyzer on silver labels.
type Result struct {
	All     *goldeval.Report
	Outlets []goldeval.Group
}

// Score scores analysed claims against the silver labels of docs, overall
// and by outlet.
func Score(docs []Doc, claims map[string][]attribution.Claim) Result {
	items := Items(docs)
	preds := make(map[string][]goldeval.Claim, len(docs))
	outlet := make(map[string]string, len(docs))
	for _, d := range docs {
		preds[d.Name] = Preds(d.Doc, claims[d.Name])
		outlet[d.Name] = d.Outlet
	}
	return Result{
		All:     goldeval.Score(items, preds, goldeval.Options{}),
		Outlets: goldeval.ScoreGroups(items, preds, func(doc string) string { return outlet[doc] }, goldeval.Options{}),
	}
}

// Sourced gives precision, recall and F1 of "the claim has a source"
// (any class but unsourced), from a report's confusion matrix.
func Sourced(r *goldeval.Report) (p, rc, f float64) {
	var tp, fp, fn int
	for g, row := range r.Confusion {
		for c, n := range row {
			gs, ps := g != "unsourced", c != "unsourced" && c != "missing"
			switch {
			case gs && ps:
				tp += n
			case ps:
				fp += n
			case gs:
				fn += n
			}
		}
	}
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		rc = float64(tp) / float64(tp+fn)
	}
	if p+rc > 0 {
		f = 2 * p * rc / (p + rc)
	}
	return p, rc, f
}

// Table formats results side by side, one row an outlet, then the macro
// average over outlets and the figures over all sentences: macro-F1,
// accuracy, sourced F1 and source accuracy of each result.
func Table(names []string, results []Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-20s %6s", "outlet", "claims")
	for _, n := range names {
		fmt.Fprintf(&b, " | %-29s", n)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "%-20s %6s", "", "")
	for range names {
		fmt.Fprintf(&b, " | %6s %6s %8s %6s", "mF1", "acc", "srcd-F1", "src")
	}
	b.WriteString("\n")
	row := func(label string, claims int, reps []*goldeval.Report, sums []goldeval.Summary) {
		fmt.Fprintf(&b, "%-20s %6d", label, claims)
		for k := range reps {
			_, _, f := Sourced(reps[k])
			fmt.Fprintf(&b, " | %6.3f %6.3f %8.3f %6.3f", sums[k].MacroF1, sums[k].Accuracy, f, sums[k].SourceAccuracy)
		}
		b.WriteString("\n")
	}
	if len(results) == 0 {
		return b.String()
	}
	for gi, g := range results[0].Outlets {
		var reps []*goldeval.Report
		var sums []goldeval.Summary
		for _, r := range results {
			reps = append(reps, r.Outlets[gi].Report)
			sums = append(sums, r.Outlets[gi].Report.Summary())
		}
		row(g.Name, g.Report.Claims, reps, sums)
	}
	fmt.Fprintf(&b, "%-20s %6s", "macro over outlets", "")
	for _, r := range results {
		m := MacroGroups(r.Outlets)
		fmt.Fprintf(&b, " | %6.3f %6.3f %8.3f %6.3f", m.MacroF1, m.Accuracy, m.SourcedF1, m.SourceAccuracy)
	}
	b.WriteString("\n")
	var reps []*goldeval.Report
	var sums []goldeval.Summary
	for _, r := range results {
		reps = append(reps, r.All)
		sums = append(sums, r.All.Summary())
	}
	row("all sentences", results[0].All.Claims, reps, sums)
	return b.String()
}

// Macro is the average over outlets of the figures Table shows.
type Macro struct {
	MacroF1, Accuracy, SourcedF1, SourceAccuracy float64
}

// MacroGroups averages macro-F1, accuracy, sourced F1 and source accuracy
// over groups.
func MacroGroups(groups []goldeval.Group) Macro {
	var m Macro
	s := goldeval.MacroGroups(groups)
	m.MacroF1, m.Accuracy, m.SourceAccuracy = s.MacroF1, s.Accuracy, s.SourceAccuracy
	for _, g := range groups {
		_, _, f := Sourced(g.Report)
		m.SourcedF1 += f
	}
	if len(groups) > 0 {
		m.SourcedF1 /= float64(len(groups))
	}
	return m
}
