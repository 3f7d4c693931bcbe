package sentences

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

// syntheticText builds about size bytes of news-like prose from the test
// cases of this package, repeated.
func syntheticText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		for _, tt := range splitTests {
			b.WriteString(strings.Join(tt.want, " "))
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// corpusTexts reads the PolNeAR train and dev texts from the shared
// development data, or skips.
func corpusTexts(b *testing.B) []string {
	shared := sharedDir(b)
	var texts []string
	for _, split := range []string{"train", "dev"} {
		files, _ := filepath.Glob(filepath.Join(shared, "corpus", "polnear", split, "text", "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			texts = append(texts, string(data))
		}
	}
	if len(texts) == 0 {
		b.Skip("no PolNeAR texts")
	}
	return texts
}

func benchTexts(b *testing.B, texts []string, fn func(string)) {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			fn(t)
		}
	}
}

func BenchmarkSplitSynthetic(b *testing.B) {
	benchTexts(b, []string{syntheticText(1 << 20)}, func(s string) { split(s) })
}

func BenchmarkSplitPolNeAR(b *testing.B) {
	benchTexts(b, corpusTexts(b), func(s string) { split(s) })
}

func BenchmarkQuotationsSynthetic(b *testing.B) {
	benchTexts(b, []string{syntheticText(1 << 20)}, func(s string) { quotations(s) })
}

func BenchmarkQuotationsPolNeAR(b *testing.B) {
	benchTexts(b, corpusTexts(b), func(s string) { quotations(s) })
}

// BenchmarkApplyPolNeAR runs Apply on documents whose blocks are the
// paragraphs of the texts, as the plain-text reader makes them.
func BenchmarkApplyPolNeAR(b *testing.B) {
	texts := corpusTexts(b)
	docs := make([]*article.Document, len(texts))
	for i, t := range texts {
		d := &article.Document{Text: t}
		for _, sp := range textBlocks(t) {
			d.Blocks = append(d.Blocks, article.Block{Kind: article.Paragraph, Span: sp, Source: sp.Start})
		}
		docs[i] = d
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Apply(d)
		}
	}
}
