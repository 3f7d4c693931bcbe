package reports_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/reports"
	"github.com/auditnews/audit/result"
)

// Store an analysed article, then write the archive's report into a
// folder.
func ExampleWriteDir() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "reports")
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
	text := "The mayor said the toll rises."
	a := &result.Article{
		Input: "toll.txt", Format: "text", Text: text,
		Meta:   result.Meta{Title: "Toll Rises", Outlet: "The Harbor Post", Published: "2025-03-04", Authors: []string{}},
		Blocks: []result.Block{{Kind: "paragraph", Start: 0, End: len(text)}},
		Claims: []result.Claim{{ID: 1, Text: text, End: len(text), Attribution: &result.Attribution{
			Class: result.Named, Quote: "indirect", Chain: []*result.Source{}, Confidence: 0.9,
			Source: &result.Source{Name: "Ana Ruiz", Span: "The mayor", End: 9, Type: "person", Role: "Mayor", Official: true},
		}}},
		Quotations: []result.Span{}, Findings: []result.Finding{},
		Summary: result.Summary{Claims: 1, Analysed: true, Named: 1, Checked: true, Score: 100, Band: "good"},
	}
	err = in.Add(ctx, &archive.Entry{Article: a, Locator: "/corpus/toll.txt", Input: "/corpus/toll.txt", Raw: []byte(text),
		InputHash: archive.InputHash("/corpus/toll.txt", "text", "", "", []byte(text))})
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := in.Close(ctx); err != nil {
		fmt.Println(err)
		return
	}

	site := filepath.Join(dir, "site")
	day := func() time.Time { return time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC) }
	sum, err := reports.WriteDir(ctx, db, site, reports.Options{Now: day})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d outlet, %d article, %d source: %d pages\n", sum.Outlets, sum.Articles, sum.Sources, sum.Pages)
	for _, p := range []string{"index.html", "outlets.csv", "outlets/the-harbor-post.html", "articles/1.html", "sources/ids-1-128.html"} {
		if _, err := os.Stat(filepath.Join(site, p)); err == nil {
			fmt.Println(p)
		}
	}
	// Output:
	// 1 outlet, 1 article, 1 source: 6 pages
	// index.html
	// outlets.csv
	// outlets/the-harbor-post.html
	// articles/1.html
	// sources/ids-1-128.html
}
