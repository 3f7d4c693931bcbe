package htmlextract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// BenchmarkExtractDev extracts every development page; MB/s is over their
// total size.
func BenchmarkExtractDev(b *testing.B) {
	pages := loadDev(b)
	var n int64
	for _, p := range pages {
		n += int64(len(p.html))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := Extract(context.Background(), p.html, Options{URL: p.url}); err != nil && !errors.Is(err, ErrNoBody) {
				b.Fatalf("%s: %v", p.id, err)
			}
		}
	}
}

// syntheticPage builds a page of about size bytes: navigation, an article
// of many paragraphs with links and inline markup, related links and a
// footer.
func syntheticPage(size int) []byte {
	var sb bytes.Buffer
	sb.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A long story | Example News</title>
<meta property="og:site_name" content="Example News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"A long story","datePublished":"2024-05-01T10:00:00Z","author":{"@type":"Person","name":"Jane Doe"}}</script>
<style>body{font-family:serif}</style></head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><article><h1>A long story</h1><p class="byline">By Jane Doe</p><div class="article-body">`)
	para := `<p>The council said on Tuesday that the <a href="/budget">budget</a> would grow by 3.5%, according to <em>officials</em> who spoke on condition of anonymity &amp; declined to give details. &ldquo;We are not done,&rdquo; said one.</p>` + "\n"
	footer := `</div></article></main><aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li></ul></aside><footer><p>&copy; Example News</p></footer></body></html>`
	i := 0
	for sb.Len() < size-len(footer) {
		if i%20 == 19 {
			fmt.Fprintf(&sb, `<h2>Section %d</h2><div class="ad-slot"><script>var x=%d;</script></div>`, i, i)
		}
		sb.WriteString(para)
		i++
	}
	sb.WriteString(footer)
	return sb.Bytes()
}

func BenchmarkExtractSynthetic1MB(b *testing.B) {
	page := syntheticPage(1 << 20)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Extract(context.Background(), page, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLargePage extracts a synthetic 20 MB page and logs the allocation
// and heap figures.
func TestLargePage(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	page := syntheticPage(20 << 20)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	// Sample the live heap while extracting, for its peak.
	stop := make(chan struct{})
	peak := make(chan uint64)
	go func() {
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		var max uint64
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > max {
				max = v
			}
			select {
			case <-stop:
				peak <- max
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	doc, err := Extract(context.Background(), page, Options{})
	close(stop)
	peakHeap := <-peak
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "according to officials") {
		t.Errorf("article text missing")
	}
	t.Logf("20 MB page: %d blocks, %d bytes of text, allocated %d MB in %d objects, peak heap %d MB (input included), heap in use after %d MB",
		len(doc.Blocks), len(doc.Text), (after.TotalAlloc-before.TotalAlloc)>>20, after.Mallocs-before.Mallocs, peakHeap>>20, after.HeapInuse>>20)
}

// BenchmarkHTMLParseDev is the reference: html.Parse alone over the
// development pages.
func BenchmarkHTMLParseDev(b *testing.B) {
	pages := loadDev(b)
	var n int64
	for _, p := range pages {
		n += int64(len(p.html))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p.html)); err != nil {
				b.Fatal(err)
			}
		}
	}
}
