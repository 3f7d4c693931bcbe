package reports

import (
	"context"
	"io"
	"testing"
)

// discardSink counts a site's files and drops them.
type discardSink struct{}

func (discardSink) Create(string) (io.WriteCloser, error) { return nopCloser{io.Discard}, nil }

// BenchmarkWrite makes the test archive's site without writing it: the
// cost of the queries and the pages alone. The PolNeAR and synthetic
// archives are measured with the command, in cmd/audit.
func BenchmarkWrite(b *testing.B) {
	db := testArchive(b)
	b.ReportAllocs()
	pages := 0
	for b.Loop() {
		sum, err := Write(context.Background(), db, discardSink{}, Options{Now: fixedNow})
		if err != nil {
			b.Fatal(err)
		}
		pages = sum.Pages
	}
	b.ReportMetric(float64(pages), "pages")
}
