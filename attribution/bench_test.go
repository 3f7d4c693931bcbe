package attribution_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// polnearTexts loads the PolNeAR articles when they are found beside the
// project.
func polnearTexts(b *testing.B) []*article.Document {
	var files []string
	for _, split := range []string{"train", "dev"} {
		f, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "polnear", split, "text", "*.txt"))
		files = append(files, f...)
	}
	if len(files) == 0 {
		b.Skip("PolNeAR texts not present")
	}
	var docs []*article.Document
	for _, f := range files {
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
	return docs
}

// BenchmarkAnalyzePolNeAR measures attribution alone (documents already
// split) over 924 real articles; bytes are bytes of text.
func BenchmarkAnalyzePolNeAR(b *testing.B) {
	docs := polnearTexts(b)
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
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
			if _, err := a.Analyze(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// seedText returns the five sample articles joined, from the demo corpus
// the project ships.
func seedText(b testing.TB) string {
	files, _ := filepath.Glob(filepath.Join("..", "internal", "demo", "seeds", "*.txt"))
	var sb strings.Builder
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// benchSize analyses one article of about size bytes made of the sample
// articles repeated: time should grow in step with size.
func benchSize(b *testing.B, size int) {
	seed := seedText(b)
	var sb strings.Builder
	sb.WriteString("A long article\n\n")
	for sb.Len() < size {
		sb.WriteString(seed)
	}
	benchText(b, sb.String())
}

// benchText analyses text as one plain-text article; bytes are bytes of
// the analysed text.
func benchText(b *testing.B, text string) {
	doc, err := extract.Text([]byte(text))
	if err != nil {
		b.Fatal(err)
	}
	a, err := attribution.New()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := a.Analyze(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyze64KB(b *testing.B)  { benchSize(b, 64<<10) }
func BenchmarkAnalyze256KB(b *testing.B) { benchSize(b, 256<<10) }
func BenchmarkAnalyze1MB(b *testing.B)   { benchSize(b, 1<<20) }

// noPunctuation returns about size bytes of words from a small vocabulary
// with no sentence punctuation: one sentence as long as the text, the worst
// case for scans that read back from a cue.
func noPunctuation(size int) string {
	words := strings.Fields("many people say the officials report critics believe Trump told experts " +
		"The New York Times Sen. John Smith the President said ( after which")
	var sb strings.Builder
	for i := uint32(1); sb.Len() < size; i = i*1664525 + 1013904223 {
		sb.WriteString(words[int(i>>16)%len(words)])
		sb.WriteByte(' ')
	}
	return sb.String()
}

// benchNoPunctuation analyses a text of about size bytes with no sentence
// punctuation: time should grow in step with size.
func benchNoPunctuation(b *testing.B, size int) { benchText(b, noPunctuation(size)) }

func BenchmarkAnalyzeNoPunctuation256KB(b *testing.B) { benchNoPunctuation(b, 256<<10) }
func BenchmarkAnalyzeNoPunctuation1MB(b *testing.B)   { benchNoPunctuation(b, 1<<20) }
