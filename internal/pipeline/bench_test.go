package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/input"
)

// devPages loads the extraction development pages, found beside the
// project when present.
func devPages(b *testing.B) [][]byte {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "extraction-dev", "html", "*.html.gz"))
	if len(files) == 0 {
		b.Skip("extraction-dev pages not present")
	}
	var pages [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		z, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		page, err := io.ReadAll(z)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, page)
	}
	return pages
}

// BenchmarkHTMLToClaims measures the whole path from an HTML page to
// attributed claims: extraction, sentence splitting and attribution.
// Bytes are bytes of HTML.
func BenchmarkHTMLToClaims(b *testing.B) {
	pages := devPages(b)
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	r := &Runner{Analyzer: a}
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			raw := &input.Raw{Item: input.Item{Name: "page.html"}, Data: p, Format: article.HTML}
			if _, err := r.AnalyzeRaw(ctx, raw); err != nil && !isNoBody(err) {
				b.Fatal(err)
			}
		}
	}
}

func isNoBody(err error) bool {
	return err != nil && bytes.Contains([]byte(err.Error()), []byte("no article body"))
}
