package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// reportLine reads the figures 'audit report' prints.
var reportLine = regexp.MustCompile(`report: (\d+) articles of (\d+) outlets, (\d+) sources: (\d+) pages, (\d+) files, ([\d.]+) MB`)

// timeReport runs 'audit report' with the built command on db into a new
// folder of dir for each op, and reports pages a second, the part of the
// CPU time spent in the kernel, the site's size and files, the index's
// size and the peak resident memory of the process (its VmHWM, see
// runPeak).
//
// The sites stay until the benchmark ends rather than being removed
// between ops: on a file system that skips the inodes freed in the last
// minute when it makes a file (ext4 without a journal, as on the machine
// of BENCHMARKS.md), a site of a thousand files removed just before makes
// each file of the next cost up to a millisecond of kernel time more, a
// cost no report run on its own pays.
func timeReport(b *testing.B, bin, db, dir string) {
	b.Helper()
	var pages, files, mb float64
	var rss int64
	var elapsed, sys time.Duration
	for i := range b.N {
		out := filepath.Join(dir, fmt.Sprint("site", i))
		cmd := exec.Command(bin, "report", "--db", db, "--out", out)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1746100800")
		var printed bytes.Buffer
		cmd.Stdout, cmd.Stderr = &printed, &printed
		start := time.Now()
		peak, err := runPeak(cmd)
		elapsed += time.Since(start)
		if err != nil {
			b.Fatalf("report: %v\n%s", err, printed.String())
		}
		m := reportLine.FindStringSubmatch(printed.String())
		if m == nil {
			b.Fatalf("report printed %q", printed.String())
		}
		pages, _ = strconv.ParseFloat(m[4], 64)
		files, _ = strconv.ParseFloat(m[5], 64)
		mb, _ = strconv.ParseFloat(m[6], 64)
		rss = max(rss, peak)
		sys += cmd.ProcessState.SystemTime()
		b.StopTimer()
		if st, err := os.Stat(filepath.Join(out, "index.html")); err == nil {
			b.ReportMetric(float64(st.Size())/1024, "index-KB")
		}
		b.StartTimer()
	}
	b.ReportMetric(pages*float64(b.N)/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(sys.Milliseconds())/float64(b.N), "sys-ms/op")
	b.ReportMetric(pages, "pages")
	b.ReportMetric(files, "files")
	b.ReportMetric(mb, "site-MB")
	b.ReportMetric(float64(rss)/1024, "peak-RSS-MiB")
}

// BenchmarkReportPolNEAR writes the report of the 924 PolNeAR articles,
// ingested with a manifest made from the corpus's metadata.tsv at the
// start (never committed), with the built command. One op is the whole
// site.
func BenchmarkReportPolNEAR(b *testing.B) {
	dir := b.TempDir()
	man, _ := polnearManifest(b, dir)
	bin := buildAudit(b)
	db := filepath.Join(dir, "polnear.db")
	if out, err := exec.Command(bin, "ingest", "--no-config", "--quiet", "--db", db, "--manifest", man).CombinedOutput(); err != nil {
		b.Fatalf("ingest: %v\n%s", err, out)
	}
	b.ResetTimer()
	reportCPU(b, syscall.RUSAGE_CHILDREN)
	timeReport(b, bin, db, dir)
}

// BenchmarkReportSynthetic writes the reports of synthetic archives of
// 10,000, 30,000 and 100,000 articles of 50 outlets (see synthArticleOf),
// each ingested at the start with the built command. Run it with
// -benchtime 1x; the corpora, archives and sites take some 6 GB at
// 100,000. The corpus stays until the end, like the sites (see
// timeReport): removing its files just before the report would make the
// report's own files slower to create.
func BenchmarkReportSynthetic(b *testing.B) {
	bin := buildAudit(b)
	outlets := synthOutletNames(50)
	for _, n := range []int{10000, 30000, 100000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			dir := b.TempDir()
			corpus := filepath.Join(dir, "corpus")
			writeSynthOf(b, corpus, 0, n, outlets)
			db := filepath.Join(dir, "synth.db")
			if out, err := exec.Command(bin, "ingest", "--no-config", "--quiet", "--db", db, corpus).CombinedOutput(); err != nil {
				b.Fatalf("ingest: %v\n%s", err, out)
			}
			b.ResetTimer()
			reportCPU(b, syscall.RUSAGE_CHILDREN)
			timeReport(b, bin, db, dir)
		})
	}
}
