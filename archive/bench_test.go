package archive

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
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
