// Command train trains the learned reviser of package learn on the silver
// labels of the PolNeAR training articles and measures it against the
// rules alone: leaving one outlet out (trained on six outlets, scored on
// the seventh, for each), then trained on every training article and
// scored on the silver labels of the dev articles and, with -gold, on a
// gold file. Run from the project root:
//
//	go run ./internal/train -corpus ../shared/corpus/polnear -gold ../shared/gold/polnear-dev.jsonl
//
// The figures are in BENCHMARKS.md ("attribution generalisation log").
// Training is deterministic, so every run prints the same figures.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/goldeval"
	"github.com/auditnews/audit/internal/learn"
	"github.com/auditnews/audit/internal/lexicon"
	"github.com/auditnews/audit/internal/silver"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "train:", err)
		}
		os.Exit(2)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	corpus := fs.String("corpus", "", "the PolNeAR corpus folder (holding metadata.tsv, train/ and dev/)")
	gold := fs.String("gold", "", "also score on this gold file, whose docs are relative to ../corpus beside it")
	veto := fs.Float64("veto", float64(learn.DefaultTrainOptions.VetoThreshold), "probability above which the veto model unsources a claim (above 1: off)")
	carry := fs.Float64("carry", float64(learn.DefaultTrainOptions.CarryThreshold), "probability above which the carry model carries an attribution (above 1: off)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *corpus == "" || fs.NArg() > 0 {
		return errors.New("want -corpus DIR and no arguments")
	}
	opts := learn.DefaultTrainOptions
	opts.VetoThreshold, opts.CarryThreshold = float32(*veto), float32(*carry)
	set, err := lexicon.Default()
	if err != nil {
		return err
	}
	rules, err := attribution.New()
	if err != nil {
		return err
	}
	lb := silver.NewLabeler(set)
	docs, claims, err := load(ctx, *corpus, "train", lb, rules)
	if err != nil {
		return err
	}
	if err := leaveOneOut(stdout, set, docs, claims, opts); err != nil {
		return err
	}
	m := learn.Train(set, examples(docs, claims), opts)
	dev, devClaims, err := load(ctx, *corpus, "dev", lb, rules)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(stdout, "\ntrained on the %d training articles, scored on the %d dev articles\n%s", len(docs), len(dev),
		silver.Table([]string{"rules", "rules + model"}, []silver.Result{silver.Score(dev, devClaims), silver.Score(dev, revised(set, m, dev, devClaims))})); err != nil {
		return err
	}
	if *gold != "" {
		return scoreGold(ctx, stdout, *gold, len(docs), rules, set, m)
	}
	return nil
}

// load reads and labels the articles of a split and runs the rules on
// them.
func load(ctx context.Context, dir, split string, lb *silver.Labeler, rules *attribution.Analyzer) ([]silver.Doc, map[string][]attribution.Claim, error) {
	docs, err := silver.Load(dir, split, lb)
	if err != nil {
		return nil, nil, err
	}
	claims, err := silver.Analyze(ctx, rules, docs)
	return docs, claims, err
}

// examples turns silver-labelled documents and the rules' claims into
// training examples.
func examples(docs []silver.Doc, claims map[string][]attribution.Claim) []learn.Example {
	out := make([]learn.Example, 0, len(docs))
	for _, d := range docs {
		acc := make([][]string, len(d.Labels))
		for i, lb := range d.Labels {
			acc[i] = append([]string{lb.Class}, lb.Alt...)
		}
		out = append(out, learn.Example{Text: d.Doc.Text, Claims: learn.View(claims[d.Name]), Accept: acc})
	}
	return out
}

// revised applies a model to copies of the rules' claims.
func revised(set *lexicon.Set, m *learn.Model, docs []silver.Doc, claims map[string][]attribution.Claim) map[string][]attribution.Claim {
	r := learn.NewReviser(learn.NewDecider(m, set))
	out := make(map[string][]attribution.Claim, len(docs))
	for _, d := range docs {
		cs := append([]attribution.Claim(nil), claims[d.Name]...)
		r.Revise(d.Doc, cs)
		out[d.Name] = cs
	}
	return out
}

// leaveOneOut trains on six outlets and scores on the seventh, for each
// outlet, and prints the rules alone beside rules and model.
func leaveOneOut(w io.Writer, set *lexicon.Set, docs []silver.Doc, claims map[string][]attribution.Claim, opts learn.TrainOptions) error {
	var outlets []string
	seen := map[string]bool{}
	for _, d := range docs {
		if !seen[d.Outlet] {
			seen[d.Outlet] = true
			outlets = append(outlets, d.Outlet)
		}
	}
	held := map[string][]attribution.Claim{}
	for _, o := range outlets {
		var train, test []silver.Doc
		for _, d := range docs {
			if d.Outlet == o {
				test = append(test, d)
			} else {
				train = append(train, d)
			}
		}
		m := learn.Train(set, examples(train, claims), opts)
		for k, v := range revised(set, m, test, claims) {
			held[k] = v
		}
	}
	rules := silver.Score(docs, claims)
	model := silver.Score(docs, held)
	_, err := fmt.Fprintf(w, "leave one outlet out: the %d training articles (veto above %.2f, carry above %.2f)\n%s", len(docs), opts.VetoThreshold, opts.CarryThreshold,
		silver.Table([]string{"rules", "rules + model (LOO)"}, []silver.Result{rules, model}))
	return err
}

// scoreGold scores the rules alone and the rules revised by m, trained on
// trained articles, on a gold file whose documents lie under ../corpus
// beside it.
func scoreGold(ctx context.Context, w io.Writer, path string, trained int, rules *attribution.Analyzer, set *lexicon.Set, m *learn.Model) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	items, err := goldeval.Read(f, path)
	f.Close()
	if err != nil {
		return err
	}
	root := filepath.Join(filepath.Dir(path), "..", "corpus")
	r := learn.NewReviser(learn.NewDecider(m, set))
	plain, revisedPreds := map[string][]goldeval.Claim{}, map[string][]goldeval.Claim{}
	for _, it := range items {
		if _, ok := plain[it.Doc]; ok {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(it.Doc)))
		if err != nil {
			return err
		}
		doc, err := extract.Text(raw)
		if err != nil {
			return fmt.Errorf("%s: %w", it.Doc, err)
		}
		cs, err := rules.Analyze(ctx, doc)
		if err != nil {
			return err
		}
		plain[it.Doc] = silver.Preds(doc, cs)
		r.Revise(doc, cs)
		revisedPreds[it.Doc] = silver.Preds(doc, cs)
	}
	text := fmt.Sprintf("\ntrained on the %d training articles, scored on %s\n", trained, filepath.Base(path))
	for _, x := range []struct {
		name  string
		preds map[string][]goldeval.Claim
	}{{"rules", plain}, {"rules + model", revisedPreds}} {
		s := goldeval.Score(items, x.preds, goldeval.Options{}).Summary()
		text += fmt.Sprintf("%-14s macro_f1=%.3f accuracy=%.3f coverage=%.3f source_acc=%.3f claims=%d\n", x.name,
			s.MacroF1, s.Accuracy, s.Coverage, s.SourceAccuracy, s.Claims)
	}
	_, err = io.WriteString(w, text)
	return err
}
