package events_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/events"
	"github.com/auditnews/audit/result"
)

// Group an archive's articles into events, list those of two articles or
// more, and compare one.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "events")
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
	store(ctx, db, []story{
		{"The Harbor Post", "2025-03-04", "Council Raises Harbor Bridge Toll", "The Westport council voted on Tuesday to raise the Harbor Bridge toll to $4, Mayor Ana Ruiz said."},
		{"Valley Times", "2025-03-04", "Westport Raises Harbor Bridge Toll", "Mayor Ana Ruiz said the Westport council voted on Tuesday to raise the Harbor Bridge toll to $4."},
		{"Valley Times", "2025-03-10", "Fire at the Docks", "A fire destroyed a grain warehouse at the Westport docks, Fire Chief Luis Ortega said."},
	})

	tool := result.Tool{Name: "audit", Version: "0.1.0"}
	g, grouped, err := events.Update(ctx, db, events.Options{Tool: tool})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("grouped: %v; %d articles, %d events\n", grouped, g.Articles, g.Events)
	err = db.EachEvent(ctx, archive.EventFilter{MinSize: 2}, func(e archive.Event) error {
		fmt.Printf("event %d: %d articles, %v, %s\n", e.ID, e.Size, e.Outlets, e.Headline)
		c, err := events.Compare(ctx, db, e.ID, events.CompareOptions{Tool: tool})
		if err != nil {
			return err
		}
		fmt.Printf("same event: %v (similarity %.2f)\n", c.Pairs[0].SameEvent, c.Pairs[0].Similarity)
		return nil
	})
	if err != nil {
		fmt.Println(err)
	}
	_, grouped, _ = events.Update(ctx, db, events.Options{Tool: tool})
	fmt.Println("grouped again:", grouped)
	// Output:
	// grouped: true; 3 articles, 2 events
	// event 1: 2 articles, [The Harbor Post Valley Times], Council Raises Harbor Bridge Toll
	// same event: true (similarity 1.00)
	// grouped again: false
}

type story struct{ outlet, date, title, text string }

// store puts articles of one claim each into the archive, as ingest
// would after analysing them; an article's title names its file.
func store(ctx context.Context, db *archive.DB, stories []story) {
	in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: "0.1.0", AnalyzerVersion: "0.1.0"})
	if err != nil {
		panic(err)
	}
	for _, s := range stories {
		n := len([]rune(s.text))
		a := &result.Article{
			Input: strings.ReplaceAll(strings.ToLower(s.title), " ", "-") + ".txt", Format: "text", Text: s.text,
			Meta:   result.Meta{Title: s.title, Outlet: s.outlet, Published: s.date, Authors: []string{}, Language: "en"},
			Blocks: []result.Block{{Kind: "paragraph", Start: 0, End: n}},
			Claims: []result.Claim{{ID: 1, Text: s.text, End: n, Attribution: &result.Attribution{
				Class: result.Unsourced, Quote: "none", Chain: []*result.Source{}, Confidence: 0.5}}},
			Quotations: []result.Span{}, Findings: []result.Finding{},
			Summary: result.Summary{Claims: 1, Analysed: true, Unsourced: 1},
		}
		path := "/corpus/" + a.Input
		err := in.Add(ctx, &archive.Entry{Article: a, Locator: path, Input: path, Raw: []byte(s.text),
			InputHash: archive.InputHash(path, "text", "", "", []byte(s.text))})
		if err != nil {
			panic(err)
		}
	}
	if _, err := in.Close(ctx); err != nil {
		panic(err)
	}
}
