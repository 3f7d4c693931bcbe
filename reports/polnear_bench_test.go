package reports

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/archive"
)

func BenchmarkScratchPolNEAR(b *testing.B) {
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
	for range b.N {
		dir := filepath.Join(b.TempDir(), "site")
		sum, err := WriteDir(ctx, db, dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(sum.Pages), "pages")
	}
}

type discardSink struct{}

func (discardSink) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

func BenchmarkScratchPolNEARDiscard(b *testing.B) {
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
	for range b.N {
		sum, err := Write(ctx, db, discardSink{}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(sum.Pages), "pages")
	}
}
