package findings

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// thousandArticles loads 1,000 real articles (the PolNeAR texts, repeated
// to a thousand) when they are found beside the project.
func thousandArticles(b *testing.B) []*article.Document {
	var files []string
	for _, split := range []string{"train", "dev"} {
		f, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "polnear", split, "text", "*.txt"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		b.Skip("PolNeAR texts not present")
	}
	var docs []*article.Document
	for len(docs) < 1000 {
		for _, f := range files {
			if len(docs) == 1000 {
				break
			}
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			doc, err := extract.Text(raw)
			if err != nil {
				continue
			}
			docs = append(docs, doc)
		}
	}
	return docs
}

// BenchmarkAnalyze1000 is the analyzer's own time on 1,000 articles;
// BenchmarkCheck1000 adds the rules. The difference is what checking costs.
func BenchmarkAnalyze1000(b *testing.B) { benchCheck(b, false) }
func BenchmarkCheck1000(b *testing.B)   { benchCheck(b, true) }

func benchCheck(b *testing.B, check bool) {
	docs := thousandArticles(b)
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	c := NewChecker(Options{})
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			claims, err := a.Analyze(ctx, d)
			if err != nil {
				b.Fatal(err)
			}
			if check {
				c.Check(d, claims)
			}
		}
	}
}

// BenchmarkRulesOnly times the rules alone on 1,000 analysed articles.
func BenchmarkRulesOnly(b *testing.B) {
	docs := thousandArticles(b)
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	c := NewChecker(Options{})
	all := make([][]attribution.Claim, len(docs))
	for i, d := range docs {
		if all[i], err = a.Analyze(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, d := range docs {
			c.Check(d, all[k])
		}
	}
}
