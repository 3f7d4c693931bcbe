package extract_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/extract"
)

var inputs = []struct {
	format article.Format
	raw    string
}{
	{article.HTML, "<html><body><article><h1>Bridge</h1><p>The bridge reopened on Monday, the mayor said.</p>" +
		"<p>Repairs cost “$2 million”, according to the city’s engineers.</p></article></body></html>"},
	{article.Text, "Bridge\n\nThe bridge reopened on Monday, the mayor said.\n\nRepairs cost “$2 million”, according to the city’s engineers.\n"},
	{article.Markdown, "---\ntitle: Bridge\n---\n# Bridge\n\nThe bridge reopened on **Monday**, the mayor said.\n\nRepairs cost “$2 million”, according to the city’s engineers.\n"},
}

// TestReadFinishes: every reader returns a document whose positions are
// indexed, so that reading it from several goroutines is safe.
func TestReadFinishes(t *testing.T) {
	for _, in := range inputs {
		doc, err := extract.Read(context.Background(), []byte(in.raw), in.format, "")
		if err != nil {
			t.Fatalf("%s: %v", in.format, err)
		}
		if !doc.Indexed() {
			t.Errorf("%s: document not indexed", in.format)
		}
	}
}

// TestConcurrentPositions places the claims of one document from several
// goroutines at once, as a server does; run with -race.
func TestConcurrentPositions(t *testing.T) {
	for _, in := range inputs {
		doc, err := extract.Read(context.Background(), []byte(in.raw), in.format, "")
		if err != nil {
			t.Fatalf("%s: %v", in.format, err)
		}
		want := positions(doc)
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := positions(doc); got != want {
					t.Errorf("%s: positions differ between goroutines:\n%s\n%s", in.format, got, want)
				}
			}()
		}
		wg.Wait()
	}
}

func positions(doc *article.Document) string {
	var b strings.Builder
	for _, s := range doc.Sentences {
		p := doc.Position(s.Start)
		fmt.Fprintf(&b, "%d:%d %d-%d\n", p.Line, p.Column, doc.Runes(s.Start), doc.Runes(s.End))
	}
	return b.String()
}

func TestReadDone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, in := range inputs {
		if _, err := extract.Read(ctx, []byte(in.raw), in.format, ""); !errors.Is(err, context.Canceled) {
			t.Errorf("%s: got %v, want context.Canceled", in.format, err)
		}
	}
}
