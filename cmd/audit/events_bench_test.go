package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/internal/bcubed"
)

// BenchmarkEventsSynthetic ingests synthetic corpora of 10,000 and
// 100,000 articles of events (synthEventArticle) with the built command,
// untimed, then times 'audit events --regroup --format json' on the
// archive as a process: one op is one whole grouping and listing. It
// reports the peak resident memory of that process, the events found,
// and their B-cubed precision, recall and F1 against the events the
// generator drew. Run it with -benchtime 1x.
func BenchmarkEventsSynthetic(b *testing.B) {
	bin := buildAudit(b)
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus")
			writeCorpus(b, corpus, 0, n, synthEventArticle)
			db := filepath.Join(dir, "events.db")
			if out, err := exec.Command(bin, "ingest", "--no-config", "--quiet", "--db", db, corpus).CombinedOutput(); err != nil {
				b.Fatalf("ingest: %v\n%s", err, out)
			}
			listing := filepath.Join(dir, "events.json")
			b.ResetTimer()
			for range b.N {
				out, err := os.Create(listing)
				if err != nil {
					b.Fatal(err)
				}
				cmd := exec.Command(bin, "events", "--regroup", "--format", "json", "--db", db)
				cmd.Stdout = out
				var stderr strings.Builder
				cmd.Stderr = &stderr
				peak, err := runPeak(cmd)
				if cerr := out.Close(); err == nil {
					err = cerr // the listing is read back below
				}
				if err != nil {
					b.Fatalf("events: %v\n%s", err, stderr.String())
				}
				b.StopTimer()
				b.ReportMetric(float64(peak)/1024, "peak-RSS-MiB")
				b.StartTimer()
			}
			b.StopTimer()
			reportSecondRuns(b, bin, db, listing)
			events, p, r, f := scoreSynthEvents(b, listing, n)
			b.ReportMetric(float64(events), "events")
			b.ReportMetric(p, "bcubed-P")
			b.ReportMetric(r, "bcubed-R")
			b.ReportMetric(f, "bcubed-F1")
		})
	}
}

// runPeak runs cmd and returns its peak resident memory in KiB, read
// from /proc every 20 ms as its VmHWM (the high-water mark of its own
// memory since exec). The rusage of the child is no measure here: Go
// starts a child with vfork, and Linux carries the parent's own high-water
// mark into the child's ru_maxrss at exec, so a benchmark that has held
// a large listing in memory would see that figure in every child after.
func runPeak(cmd *exec.Cmd) (int64, error) {
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	var peak int64
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		if data, err := os.ReadFile(status); err == nil {
			for _, line := range strings.Split(string(data), "\n") {
				if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
					if kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64); err == nil {
						peak = max(peak, kb)
					}
				}
			}
		}
		select {
		case err := <-done:
			return peak, err
		case <-tick.C:
		}
	}
}

// reportSecondRuns times what reads the stored grouping: listing the
// events again, and comparing the largest event of the listing (at most
// 50 articles), each as a process.
func reportSecondRuns(b *testing.B, bin, db, listing string) {
	data, err := os.ReadFile(listing)
	if err != nil {
		b.Fatal(err)
	}
	var doc struct {
		Events []struct {
			ID   int64 `json:"id"`
			Size int   `json:"size"`
		} `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		b.Fatal(err)
	}
	largest := doc.Events[0]
	for _, e := range doc.Events {
		if e.Size > largest.Size {
			largest = e
		}
	}
	for _, run := range []struct {
		metric string
		args   []string
	}{
		{"list-s", []string{"events", "--format", "json", "--db", db}},
		{"compare-largest-s", []string{"compare", "--format", "json", "--db", db, "--event", fmt.Sprint(largest.ID)}},
	} {
		start := time.Now()
		if out, err := exec.Command(bin, run.args...).CombinedOutput(); err != nil {
			b.Fatalf("%s: %v\n%.500s", strings.Join(run.args, " "), err, out)
		}
		b.ReportMetric(time.Since(start).Seconds(), run.metric)
	}
	b.ReportMetric(float64(largest.Size), "largest-event")
}

// scoreSynthEvents reads a listing of the synthetic corpus's events and
// scores it with B-cubed against the events the generator drew.
func scoreSynthEvents(tb testing.TB, path string, n int) (events int, p, r, f float64) {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var doc struct {
		Events []struct {
			ID       int64 `json:"id"`
			Articles []struct {
				Locator string `json:"locator"`
			} `json:"articles"`
		} `json:"events"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		tb.Fatal(err)
	}
	pred := make([]int64, n)
	for _, e := range doc.Events {
		for _, a := range e.Articles {
			i, err := strconv.Atoi(strings.TrimSuffix(filepath.Base(a.Locator), ".md"))
			if err != nil || i >= n {
				tb.Fatalf("locator %q", a.Locator)
			}
			pred[i] = e.ID
		}
	}
	gold := make([]int64, n)
	for i := range n {
		gold[i] = int64(synthEvent(i))
	}
	p, r, f = bcubed.Score(pred, gold)
	return len(doc.Events), p, r, f
}
