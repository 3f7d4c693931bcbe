package compare

import (
	"context"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

func probeSeeds(t testing.TB) []*result.Article {
	raws, _ := demo.Articles()
	an, _ := attribution.New()
	r := &pipeline.Runner{Analyzer: an}
	var out []*result.Article
	for _, raw := range raws {
		a, err := r.AnalyzeRaw(context.Background(), raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a.Result())
	}
	return out
}
