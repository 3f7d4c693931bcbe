package learn

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/lexicon"
	"github.com/auditnews/audit/internal/polnear"
)

// polnearTexts loads the PolNeAR articles when they are found beside the
// project.
func polnearTexts(b *testing.B) []*article.Document {
	dir := filepath.Join("..", "..", "..", "shared", "corpus", "polnear")
	var docs []*article.Document
	for _, split := range []string{"train", "dev"} {
		arts, err := polnear.Articles(dir, split)
		if err != nil {
			b.Skip("PolNeAR corpus not present")
		}
		for _, a := range arts {
			doc, _, err := a.Load()
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, doc)
		}
	}
	return docs
}

// benchPolNeAR measures attribution over the PolNeAR texts, revised by
// the models when revise is set; the weights are zero (the cost does not
// depend on them).
func benchPolNeAR(b *testing.B, revise bool) {
	docs := polnearTexts(b)
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	set, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	o := DefaultTrainOptions
	m := &Model{Bits: o.Bits, Veto: make([]float32, 1<<o.Bits), Carry: make([]float32, 1<<o.Bits),
		VetoThreshold: o.VetoThreshold, CarryThreshold: o.CarryThreshold}
	r := NewReviser(NewDecider(m, set))
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	ctx := context.Background()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			cs, err := a.Analyze(ctx, d)
			if err != nil {
				b.Fatal(err)
			}
			if revise {
				r.Revise(d, cs)
			}
		}
	}
}

func BenchmarkRulesPolNeAR(b *testing.B)        { benchPolNeAR(b, false) }
func BenchmarkRulesRevisedPolNeAR(b *testing.B) { benchPolNeAR(b, true) }
