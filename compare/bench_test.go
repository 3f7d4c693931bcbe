package compare_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/result"
)

// twenty returns 20 analysed articles: the five seeds four times over,
// each copy under its own name (the copies also exercise syndication).
func twenty(b *testing.B) []*result.Article {
	s := seeds(b)
	var out []*result.Article
	for k := range 4 {
		for _, a := range s {
			c := *a
			c.Input = fmt.Sprintf("%d/%s", k, a.Input)
			out = append(out, &c)
		}
	}
	return out
}

// BenchmarkCompare20 compares 20 analysed articles (analysis not
// included; see BENCHMARKS.md for the command end to end).
func BenchmarkCompare20(b *testing.B) {
	arts := twenty(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := compare.Compare(context.Background(), arts, compare.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// stream yields n synthetic articles in date order: events of 1 to 12
// articles over a year, each event with its own names, words and figures
// drawn beside a Zipf-distributed background vocabulary of 30,000 words.
func stream(n int) func(func(compare.Doc, error) bool) {
	return func(yield func(compare.Doc, error) bool) {
		r := rand.New(rand.NewPCG(7, 7))
		g := &streamGen{r: r, zipf: rand.NewZipf(r, 1.1, 1, 29999)}
		for i := range n {
			if !yield(g.article(i), nil) {
				return
			}
		}
	}
}

// streamGen draws the articles of stream, keeping the events still open.
type streamGen struct {
	r    *rand.Rand
	zipf *rand.Zipf
	open []*streamEvent
	b    strings.Builder
}

// streamEvent is an event of stream: its names, words and figures, and
// how many articles it has still to come.
type streamEvent struct {
	names, words []string
	nums         []int
	left         int
}

const perDay = 274 // stream's articles a day: 100,000 a year

// article draws the i-th article: of a new event, one time in three (or
// when none is open), else of one of the 20 latest events.
func (g *streamGen) article(i int) compare.Doc {
	r := g.r
	if len(g.open) == 0 || r.IntN(3) == 0 {
		g.startEvent(i)
	}
	// an event's articles come within days of each other
	k := max(0, len(g.open)-1-r.IntN(20))
	e := g.open[k]
	text := g.text(e)
	d := compare.Doc{ID: fmt.Sprint(i), Outlet: fmt.Sprintf("outlet%d", r.IntN(40)),
		Date:  time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/perDay).Format("2006-01-02"),
		Title: e.names[0] + " " + e.words[0], Text: text}
	e.left--
	if e.left == 0 {
		g.open[k] = g.open[len(g.open)-1]
		g.open = g.open[:len(g.open)-1]
	}
	return d
}

// startEvent opens an event of 1 to 12 articles with its own names,
// words and figures.
func (g *streamGen) startEvent(i int) {
	r := g.r
	e := &streamEvent{left: 1 + r.IntN(12)}
	for range 4 {
		e.names = append(e.names, fmt.Sprintf("Name%dq%d", i, r.IntN(1000)))
	}
	for range 12 {
		e.words = append(e.words, fmt.Sprintf("topic%dx%d", i, r.IntN(1000)))
	}
	e.nums = []int{r.IntN(5000), r.IntN(100)}
	g.open = append(g.open, e)
	if len(g.open) > 20 {
		// events drawn no more are over: the generator keeps nothing of
		// them
		g.open = append(g.open[:0:0], g.open[len(g.open)-20:]...)
	}
}

// text draws 15 sentences of an event's article, half of its words the
// event's and half background words, a figure in every fifth.
func (g *streamGen) text(e *streamEvent) string {
	r, b := g.r, &g.b
	b.Reset()
	for s := range 15 {
		b.WriteString("Officials told ")
		b.WriteString(e.names[r.IntN(4)])
		for range 20 {
			b.WriteString(" ")
			if r.IntN(2) == 0 {
				b.WriteString(e.words[r.IntN(12)])
			} else {
				fmt.Fprintf(b, "w%d", g.zipf.Uint64())
			}
		}
		if s%5 == 0 {
			fmt.Fprintf(b, " %d", e.nums[r.IntN(2)])
		}
		b.WriteString(".\n\n")
	}
	return b.String()
}

// BenchmarkGroupStream groups a synthetic stream of 20,000 articles and
// reports the time per article and the largest live heap (measured after
// a collection every 5,000 articles). Run with -benchtime 1x; set
// -stream for another size.
func BenchmarkGroupStream(b *testing.B) {
	n := *streamSize
	for b.Loop() {
		var peak uint64
		var ms runtime.MemStats
		count, events := 0, 0
		docs := func(yield func(compare.Doc, error) bool) {
			for d, err := range stream(n) {
				count++
				if count%5000 == 0 {
					runtime.GC()
					runtime.ReadMemStats(&ms)
					peak = max(peak, ms.HeapAlloc)
				}
				if !yield(d, err) {
					return
				}
			}
		}
		err := compare.NewGrouper(compare.GroupOptions{}, func(compare.Event) error { events++; return nil }).Run(context.Background(), docs)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(peak)/(1<<20), "live-heap-MiB")
		b.ReportMetric(float64(events), "events")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
}
