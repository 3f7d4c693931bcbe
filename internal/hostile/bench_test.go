package hostile

import (
	"context"
	"fmt"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// BenchmarkHostile reads each hostile input, attributes its claims and
// places every claim on a line and column, as `audit check --format json`
// does; bytes are bytes of input. Time and allocations per byte should not
// grow from 1 MB to 4 MB.
func BenchmarkHostile(b *testing.B) {
	an, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, k := range Kinds {
		for _, mb := range []int{1, 4} {
			raw := Make(k, mb<<20)
			format := article.HTML
			if k == Unpunctuated {
				format = article.Text
			}
			b.Run(fmt.Sprintf("%s/%dMB", k, mb), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					doc, err := extract.Read(ctx, raw, format, "")
					if err != nil {
						b.Fatal(err)
					}
					claims, err := an.Analyze(ctx, doc)
					if err != nil {
						b.Fatal(err)
					}
					for _, c := range claims {
						doc.Position(c.Start)
						doc.Runes(c.End)
					}
				}
			})
		}
	}
}
