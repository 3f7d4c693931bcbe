package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/goldeval"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
)

const evalHelp = `
Score the attribution analyzer on labelled articles. The gold file holds one
JSON object a line: {"doc", "text", "class", "alt", "source", "kind"}, where
doc is the article's path relative to the corpus folder, text a sentence of
it and class one of named, anonymous, outlet, unsourced or none (with kind
headline, byline, boilerplate or references). See README.md.

Each gold sentence is matched to the claim that covers most of its words (at
least 60%). The report gives per-class precision, recall and F1, the
confusion matrix, and a last line with macro_f1, accuracy, coverage (gold
sentences found as claims), source_acc (right source where the class is
right) and leakage (bylines, boilerplate and reference lists reported as
claims).

The corpus folder defaults to ../corpus beside the gold file's folder, or
else the gold file's own folder.

--by-outlet adds the same figures for each outlet, and their macro average
over outlets. A document's outlet is, in this order: its row in the
--outlets file (TSV or CSV, document then outlet, or a header naming a
doc/filename column and an outlet/publisher column; a row matches the doc
path, its file name, or its file name without extension); the outlet the
article names in its metadata (HTML site name, Markdown front matter), or
its URL's host; the first folder of its doc path; else "(unknown)".

Exit codes:
  0  scored
  2  usage error, unreadable gold file or article
`

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "--gold FILE [--corpus DIR] [flags]", evalHelp)
	gold := fs.String("gold", "", "gold file (JSON Lines)")
	corpus := fs.String("corpus", "", "folder the gold file's doc paths are relative to")
	showErrors := fs.Bool("show-errors", false, "list every disagreement with the gold file")
	format := fs.String("format", "text", "output format: text or json")
	minOverlap := fs.Float64("min-overlap", 0.6, "share of a gold sentence's words a claim must cover to match it")
	byOutlet := fs.Bool("by-outlet", false, "add the figures of each outlet")
	outletsFile := fs.String("outlets", "", "file mapping gold documents to outlets (TSV or CSV); implies --by-outlet")
	var in inputFlags
	in.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gold == "" || fs.NArg() > 0 {
		fs.Usage()
		return usageError("eval: want --gold FILE and no other arguments")
	}
	if *format != "text" && *format != "json" {
		return usageError("--format: want text or json, not %q", *format)
	}
	f, err := os.Open(*gold)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("%s: %w", *gold, unwrapPath(err))}
	}
	items, err := goldeval.Read(f, *gold)
	f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	var outlets *goldeval.Outlets
	if *outletsFile != "" {
		*byOutlet = true
		if outlets, err = readOutlets(*outletsFile); err != nil {
			return &exitError{code: 2, err: err}
		}
	}
	dir := *corpus
	if dir == "" {
		dir = defaultCorpus(*gold, items[0].Doc)
	}
	reader, err := in.reader(e)
	if err != nil {
		return err
	}
	var docs []string
	seen := map[string]bool{}
	for _, it := range items {
		if !seen[it.Doc] {
			seen[it.Doc] = true
			docs = append(docs, it.Doc)
		}
	}
	itemsOf := make([]input.Item, len(docs))
	for i, d := range docs {
		itemsOf[i] = input.Item{Name: filepath.Join(dir, filepath.FromSlash(d)), Kind: input.File}
	}
	analyzer, err := in.analyzer()
	if err != nil {
		return err
	}
	runner := &pipeline.Runner{Reader: reader, Analyzer: analyzer, Workers: in.jobs}
	preds := map[string][]goldeval.Claim{}
	metaOutlet := map[string]string{}
	failed := false
	i := 0
	err = runner.Each(ctx, itemsOf, func(it input.Item, a *pipeline.Article, err error) error {
		doc := docs[i]
		i++
		if err != nil {
			failed = true
			tell(e.stderr, "audit: %v\n", err)
			return nil
		}
		cs := make([]goldeval.Claim, len(a.Claims))
		for k, c := range a.Claims {
			cs[k] = goldeval.Claim{ID: c.ID, Text: a.Doc.Slice(c.Span), Class: string(c.Class)}
			if c.Source != nil {
				cs[k].SourceName, cs[k].SourceSpan = c.Source.Name, c.Source.Mention
			}
		}
		preds[doc] = cs
		metaOutlet[doc] = articleOutlet(a.Doc.Meta)
		return nil
	})
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	opts := goldeval.Options{MinOverlap: *minOverlap}
	report := goldeval.Score(items, preds, opts)
	if *byOutlet {
		report.Groups = goldeval.ScoreGroups(items, preds, func(doc string) string {
			return outletOf(doc, outlets, metaOutlet[doc])
		}, opts)
	}
	if *format == "json" {
		err = writeEvalJSON(e, report, *showErrors)
	} else {
		err = report.Write(e.stdout, *showErrors)
	}
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	if failed {
		return &exitError{code: 2}
	}
	return nil
}

func readOutlets(name string) (*goldeval.Outlets, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, unwrapPath(err))
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	return goldeval.ReadOutlets(f, name)
}

// articleOutlet is the outlet an article names in its metadata, or the
// host of its URL.
func articleOutlet(m article.Meta) string {
	if o := strings.TrimSpace(m.Outlet); o != "" {
		return o
	}
	if u, err := url.Parse(m.URL); err == nil && u.Hostname() != "" {
		return strings.TrimPrefix(u.Hostname(), "www.")
	}
	return ""
}

// outletOf is the outlet a gold document is scored under: its row in the
// --outlets file, the outlet its article names, the first folder of its
// path, or "(unknown)".
func outletOf(doc string, m *goldeval.Outlets, meta string) string {
	if o, ok := m.Lookup(doc); ok {
		return o
	}
	if meta != "" {
		return meta
	}
	if o := goldeval.PathOutlet(doc); o != "" {
		return o
	}
	return "(unknown)"
}

// defaultCorpus finds the folder a gold file's paths are relative to.
func defaultCorpus(gold, firstDoc string) string {
	base := filepath.Dir(gold)
	for _, d := range []string{filepath.Join(base, "..", "corpus"), base, "."} {
		if _, err := os.Stat(filepath.Join(d, filepath.FromSlash(firstDoc))); err == nil {
			return d
		}
	}
	return base
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func writeEvalJSON(e *env, r *goldeval.Report, showErrors bool) error {
	type cls struct {
		Class     string  `json:"class"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		F1        float64 `json:"f1"`
		Gold      int     `json:"gold"`
	}
	type errItem struct {
		Kind      string   `json:"kind"`
		Doc       string   `json:"doc"`
		Text      string   `json:"text"`
		Gold      string   `json:"gold"`
		Alt       []string `json:"alt,omitempty"`
		Source    string   `json:"gold_source,omitempty"`
		Got       string   `json:"got,omitempty"`
		GotSource string   `json:"got_source,omitempty"`
		Claim     int      `json:"claim,omitempty"`
	}
	// figures are the summary line's, shared by the whole file and each
	// outlet
	type figures struct {
		MacroF1   float64 `json:"macro_f1"`
		Accuracy  float64 `json:"accuracy"`
		Coverage  float64 `json:"coverage"`
		SourceAcc float64 `json:"source_acc"`
		Leakage   float64 `json:"leakage"`
		Claims    int     `json:"claims"`
	}
	figuresOf := func(s goldeval.Summary) figures {
		return figures{s.MacroF1, s.Accuracy, s.Coverage, s.SourceAccuracy, s.Leakage, s.Claims}
	}
	type outlet struct {
		Outlet string `json:"outlet"`
		Docs   int    `json:"docs"`
		figures
		Classes []cls `json:"classes"`
	}
	classes := func(r *goldeval.Report) []cls {
		var out []cls
		for _, c := range r.PerClass() {
			out = append(out, cls{c.Class, c.Precision, c.Recall, c.F1, c.Gold})
		}
		return out
	}
	out := struct {
		figures
		Classes     []cls                     `json:"classes"`
		Confusion   map[string]map[string]int `json:"confusion"`
		MissingDocs []string                  `json:"missing_docs"`
		Outlets     []outlet                  `json:"outlets,omitempty"`
		Errors      []errItem                 `json:"errors,omitempty"`
	}{figures: figuresOf(r.Summary()), Classes: classes(r), Confusion: r.Confusion, MissingDocs: r.MissingDocs}
	for _, g := range r.Groups {
		out.Outlets = append(out.Outlets, outlet{Outlet: g.Name, Docs: g.Docs, figures: figuresOf(g.Report.Summary()), Classes: classes(g.Report)})
	}
	if out.MissingDocs == nil {
		out.MissingDocs = []string{}
	}
	if showErrors {
		for _, x := range r.Errors {
			ei := errItem{Kind: x.Kind, Doc: x.Gold.Doc, Text: x.Gold.Text, Gold: x.Gold.Class, Alt: x.Gold.Alt, Source: x.Gold.Source}
			if x.Claim != nil {
				ei.Got, ei.GotSource, ei.Claim = x.Claim.Class, x.Claim.SourceName, x.Claim.ID
			}
			out.Errors = append(out.Errors, ei)
		}
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
