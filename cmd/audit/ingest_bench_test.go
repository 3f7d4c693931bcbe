package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// polnearDir is the PolNeAR corpus beside the project, when present.
var polnearDir = filepath.Join("..", "..", "..", "shared", "corpus", "polnear")

// polnearOutlets names PolNeAR's publishers.
var polnearOutlets = map[string]string{
	"breitbart": "Breitbart News", "nyt": "The New York Times", "wash-post": "The Washington Post",
	"politico": "Politico", "usa-today": "USA Today", "huff-post": "HuffPost", "west-journal": "Western Journal",
}

// polnearManifest writes a manifest of the 924 PolNeAR articles from the
// corpus's metadata.tsv into dir and returns its path and the text
// folders; it skips when the corpus is absent.
func polnearManifest(tb testing.TB, dir string) (string, []string) {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join(polnearDir, "metadata.tsv"))
	if err != nil {
		tb.Skip("PolNeAR corpus not present")
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma, r.LazyQuotes = '\t', true
	recs, err := r.ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	abs, err := filepath.Abs(polnearDir)
	if err != nil {
		tb.Fatal(err)
	}
	rows := [][]string{{"path", "outlet", "title", "published", "authors"}}
	for _, rec := range recs[1:] {
		get := func(k string) string { return rec[col[k]] }
		path := filepath.Join(abs, get("compartment"), "text", get("filename")+".txt")
		rows = append(rows, []string{path, polnearOutlets[get("publisher")], get("title"), get("publication_date"), strings.ReplaceAll(get("author"), " and ", "; ")})
	}
	var b bytes.Buffer
	if err := csv.NewWriter(&b).WriteAll(rows); err != nil {
		tb.Fatal(err)
	}
	name := filepath.Join(dir, "polnear.csv")
	if err := os.WriteFile(name, b.Bytes(), 0o600); err != nil {
		tb.Fatal(err)
	}
	return name, []string{filepath.Join(abs, "dev", "text"), filepath.Join(abs, "train", "text")}
}

// runQuiet runs audit in-process with output discarded.
func runQuiet(tb testing.TB, args ...string) {
	var stderr bytes.Buffer
	if code := run(context.Background(), args, strings.NewReader(""), io.Discard, &stderr, func(string) string { return "" }); code > 1 {
		tb.Fatalf("audit %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
}

// BenchmarkPolNEAR compares, on the 924 PolNeAR articles, 'check --format
// json', a first ingest with the manifest into a new archive, and an
// ingest of the same corpus again. One op is the whole corpus.
func BenchmarkPolNEAR(b *testing.B) {
	dir := b.TempDir()
	man, folders := polnearManifest(b, dir)
	b.Run("check-json", func(b *testing.B) {
		reportCPU(b, syscall.RUSAGE_SELF)
		for range b.N {
			runQuiet(b, append([]string{"check", "--no-config", "--format", "json"}, folders...)...)
		}
	})
	b.Run("ingest", func(b *testing.B) {
		reportCPU(b, syscall.RUSAGE_SELF)
		for i := range b.N {
			db := filepath.Join(dir, "first.db")
			b.StopTimer()
			removeArchive(b, db)
			b.StartTimer()
			runQuiet(b, "ingest", "--no-config", "--quiet", "--db", db, "--manifest", man)
			if i == 0 {
				b.StopTimer()
				if st, err := os.Stat(db); err == nil {
					b.ReportMetric(float64(st.Size())/924, "db-bytes/article")
				}
				b.StartTimer()
			}
		}
	})
	b.Run("reingest", func(b *testing.B) {
		db := filepath.Join(dir, "again.db")
		runQuiet(b, "ingest", "--no-config", "--quiet", "--db", db, "--manifest", man)
		b.ResetTimer()
		reportCPU(b, syscall.RUSAGE_SELF)
		for range b.N {
			runQuiet(b, "ingest", "--no-config", "--quiet", "--db", db, "--manifest", man)
		}
	})
}

// BenchmarkIngestSynthetic ingests synthetic corpora of 10,000 and
// 100,000 articles (see synthArticleOf) with the built command, and reports
// its peak resident memory and the archive's bytes per article. Run it
// with -benchtime 1x: one op is one whole ingest.
func BenchmarkIngestSynthetic(b *testing.B) {
	bin := buildAudit(b)
	for _, n := range []int{10000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus")
			writeSynth(b, corpus, 0, n)
			b.ResetTimer()
			for range b.N {
				db := filepath.Join(dir, "synth.db")
				removeArchive(b, db)
				cmd := exec.Command(bin, "ingest", "--no-config", "--quiet", "--db", db, corpus)
				if out, err := cmd.CombinedOutput(); err != nil {
					b.Fatalf("ingest: %v\n%s", err, out)
				}
				b.StopTimer()
				if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
					b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MiB")
				}
				if st, err := os.Stat(db); err == nil {
					b.ReportMetric(float64(st.Size())/float64(n), "db-bytes/article")
				}
				b.StartTimer()
			}
		})
	}
}
