package main

import (
	"context"
	"fmt"

	"github.com/auditnews/audit/attribution"

	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
)

const demoHelp = `
Analyse the five sample articles embedded in audit (US-Mexico cartel
policy, 2025) as 'audit check' would, and print a readable summary. Runs
offline, with no files.
`

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "", demoHelp)
	color := fs.String("color", "auto", "colour: auto, always or never")
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
	runner := &pipeline.Runner{Analyzer: analyzer}
	p := printer.NewText(e.stdout, printer.Options{Color: useColor})
	for _, raw := range raws {
		a, err := runner.AnalyzeRaw(ctx, raw)
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		if err := p.Article(a); err != nil {
			return err
		}
	}
	return p.Close()
}
