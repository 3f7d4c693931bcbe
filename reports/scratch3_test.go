package reports

import (
	"context"
	"io"
	"os"
	"testing"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

func BenchmarkScratchPrinter(b *testing.B) {
	p := os.Getenv("REPORT_DB")
	if p == "" {
		b.Skip()
	}
	ctx := context.Background()
	db, err := archive.Open(ctx, p, archive.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var arts []*result.Article
	db.EachArticle(ctx, archive.Filter{}, func(_ archive.ArticleInfo, a *result.Article) error { arts = append(arts, a); return nil })
	b.ResetTimer()
	for range b.N {
		for _, a := range arts[:200] {
			if err := printer.WriteHTMLArticle(io.Discard, a, printer.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
