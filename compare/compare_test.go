package compare_test

import (
	"context"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

// seeds analyses the five embedded seed articles.
func seeds(t testing.TB) []*result.Article {
	t.Helper()
	raws, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
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

func seedComparison(t testing.TB) *compare.Comparison {
	t.Helper()
	c, err := compare.Compare(context.Background(), seeds(t), compare.Options{Tool: result.Tool{Name: "audit", Version: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}
