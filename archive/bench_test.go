package archive

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/auditnews/audit/result"
)

// BenchmarkStore measures the writer alone: storing the four fixture
// articles again and again under new locators (one op is one article).
func BenchmarkStore(b *testing.B) {
	arts := fixtures(b)
	db, err := Open(context.Background(), filepath.Join(b.TempDir(), "audit.db"), Options{Create: true})
	if err != nil {
		b.Fatal(err)
	}
	closeAtEnd(b, db)
	ctx := context.Background()
	in, err := db.Ingest(ctx, IngestOptions{ToolVersion: "bench", AnalyzerVersion: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		a := arts[i%len(arts)]
		e := entryOf(&a)
		e.Locator = fmt.Sprintf("%s#%d", e.Locator, i)
		if err := in.Add(ctx, e); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := in.Close(ctx); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkStoreArchive measures the writer alone on real articles: it
// reads every article of the archive named by $AUDIT_BENCH_ARCHIVE (not
// timed), then each op stores them all into a new archive, as ingest
// would. It skips when the variable is not set.
func BenchmarkStoreArchive(b *testing.B) {
	src := os.Getenv("AUDIT_BENCH_ARCHIVE")
	if src == "" {
		b.Skip("AUDIT_BENCH_ARCHIVE not set")
	}
	ctx := context.Background()
	from, err := Open(ctx, src, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var arts []*result.Article
	err = from.EachArticle(ctx, Filter{}, func(_ ArticleInfo, a *result.Article) error {
		arts = append(arts, a)
		return nil
	})
	must(b, errors.Join(err, from.Close()))
	dir := b.TempDir()
	var start syscall.Rusage
	must(b, syscall.Getrusage(syscall.RUSAGE_SELF, &start))
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("%d.db", i))
		db, err := Open(ctx, path, Options{Create: true})
		must(b, err)
		entries := make([]*Entry, len(arts))
		for j, a := range arts {
			entries[j] = entryOf(a)
			entries[j].Raw = nil
		}
		b.StartTimer()
		in, err := db.Ingest(ctx, IngestOptions{ToolVersion: "bench", AnalyzerVersion: "bench"})
		must(b, err)
		for _, e := range entries {
			must(b, in.Add(ctx, e))
		}
		_, err = in.Close(ctx)
		must(b, errors.Join(err, db.Close()))
	}
	b.StopTimer()
	var end syscall.Rusage
	must(b, syscall.Getrusage(syscall.RUSAGE_SELF, &end))
	cpu := time.Duration(end.Utime.Nano()+end.Stime.Nano()-start.Utime.Nano()-start.Stime.Nano()) / time.Duration(b.N)
	b.ReportMetric(float64(cpu.Milliseconds()), "cpu-ms/op")
	b.ReportMetric(float64(len(arts)), "articles")
}
