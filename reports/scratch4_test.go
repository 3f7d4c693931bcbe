package reports

import (
	"io"
	"testing"
)

func BenchmarkScratchLayout(b *testing.B) {
	s, _ := newSite(nil, Options{})
	_ = s
	s = &site{opts: Options{Title: "x"}}
	for range b.N {
		if err := s.page(io.Discard, "sources/1.html", "sources", "t", "sources", nil, sourcesView{}); err != nil {
			b.Fatal(err)
		}
	}
}
