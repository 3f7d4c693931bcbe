package archive_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/result"
)

// Store two analysed articles, then read an outlet's figures and the
// most-cited sources back.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "archive")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err := os.RemoveAll(dir); err != nil {
			fmt.Println(err)
		}
	}()
	db, err := archive.Open(ctx, filepath.Join(dir, "audit.db"), archive.Options{Create: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer func() {
		if err := db.Close(); err != nil {
			fmt.Println(err)
		}
	}()

	in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: "0.1.0", AnalyzerVersion: "0.1.0"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, text := range []string{"The mayor said the toll rises.", "The mayor said the bridge reopens."} {
		a := &result.Article{
			Input: fmt.Sprintf("a%d.txt", i), Format: "text", Text: text,
			Meta:   result.Meta{Outlet: "The Harbor Post", Published: "2025-03-04", Authors: []string{}},
			Blocks: []result.Block{{Kind: "paragraph", Start: 0, End: len(text)}},
			Claims: []result.Claim{{ID: 1, Text: text, End: len(text), Attribution: &result.Attribution{
				Class: result.Named, Quote: "indirect", Chain: []*result.Source{}, Confidence: 0.9,
				Source: &result.Source{Name: "Ana Ruiz", Span: "The mayor", End: 9, Type: "person", Role: "Mayor", Official: true},
			}}},
			Quotations: []result.Span{}, Findings: []result.Finding{},
			Summary: result.Summary{Claims: 1, Analysed: true, Named: 1, Checked: true, Score: 100, Band: "good"},
		}
		path := "/corpus/" + a.Input
		err := in.Add(ctx, &archive.Entry{Article: a, Locator: path, Input: path, Raw: []byte(text),
			InputHash: archive.InputHash(path, "text", "", "", []byte(text))})
		if err != nil {
			fmt.Println(err)
			return
		}
	}
	counts, err := in.Close(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(counts.Added, "added")

	outlets, _ := db.Outlets(ctx, archive.Filter{})
	for _, o := range outlets {
		fmt.Printf("%s: %d articles, %d claims, named share %.2f, mean score %.0f\n", o.Outlet, o.Articles, o.Claims, o.NamedShare, o.MeanScore)
	}
	sources, _ := db.Sources(ctx, archive.Filter{Outlet: "harbor post"}, 5)
	for _, s := range sources {
		fmt.Printf("%s (%s): %d citations as %s\n", s.Name, s.Type, s.Citations, s.Roles)
	}
	// Output:
	// 2 added
	// The Harbor Post: 2 articles, 2 claims, named share 1.00, mean score 100
	// Ana Ruiz (person): 2 citations as Mayor (2)
}
