package main

import (
	"bytes"
	"context"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runOK runs audit in-process and returns what it printed, failing the
// test on an exit code other than 0.
func runOK(t *testing.T, getenv func(string) string, args ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, getenv); code != 0 {
		t.Fatalf("audit %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.String()
}

// TestReportIsExport: the CSV and JSON beside the report's tables are
// what 'audit export' writes, whole and filtered.
func TestReportIsExport(t *testing.T) {
	db := fixtureArchive(t)
	for _, filter := range [][]string{nil, {"--outlet", "valley times", "--since", "2025-03-01"}} {
		out := filepath.Join(t.TempDir(), "site")
		printed := runOK(t, noEnv, append([]string{"report", "--db", db, "--out", out}, filter...)...)
		if !strings.HasSuffix(printed, filepath.Join(out, "index.html")+"\n") {
			t.Errorf("report printed %q, want the index's path last", printed)
		}
		for _, c := range []struct {
			file   string
			export []string
		}{
			{"outlets", []string{"outlets"}},
			{"sources", []string{"sources"}},
			{"outlets/valley-times-articles", []string{"articles", "--outlet", "Valley Times"}},
			{"outlets/valley-times-relies-on", []string{"citations", "--outlet", "Valley Times"}},
			{"outlets/valley-times-summary", []string{"outlets", "--outlet", "Valley Times"}},
		} {
			for _, format := range []string{"csv", "json"} {
				args := append(append([]string{"export", "--db", db, "--format", format}, c.export...), filter...)
				want := runOK(t, noEnv, args...)
				got, err := os.ReadFile(filepath.Join(out, c.file+"."+format))
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != want {
					t.Errorf("%v: %s.%s differs from audit %s:\n%s\nwant\n%s", filter, c.file, format, strings.Join(args, " "), got, want)
				}
			}
		}
	}
}

// TestReportReproducible: the same archive and SOURCE_DATE_EPOCH give the
// same bytes; without it, the pages give today's date.
func TestReportReproducible(t *testing.T) {
	db := fixtureArchive(t)
	epoch := func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "1746100800"
		}
		return ""
	}
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	runOK(t, epoch, "report", "--db", db, "--out", a)
	runOK(t, epoch, "report", "--db", db, "--out", b)
	ra, rb := openRoot(t, a), openRoot(t, b)
	n := 0
	err := fs.WalkDir(ra.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		x, err := ra.ReadFile(p)
		if err != nil {
			return err
		}
		y, err := rb.ReadFile(p)
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs (%v)", p, err)
		}
		n++
		return nil
	})
	if err != nil || n < 50 {
		t.Fatalf("%d files (%v)", n, err)
	}
	index, _ := os.ReadFile(filepath.Join(a, "index.html"))
	if !bytes.Contains(index, []byte("on 2025-05-01 from its archive")) {
		t.Error("the index does not give the date SOURCE_DATE_EPOCH sets")
	}
	var stderr bytes.Buffer
	bad := func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "yesterday"
		}
		return ""
	}
	if code := run(context.Background(), []string{"report", "--db", db, "--out", a}, strings.NewReader(""), io.Discard, &stderr, bad); code != 2 ||
		!strings.Contains(stderr.String(), "SOURCE_DATE_EPOCH") {
		t.Errorf("a bad SOURCE_DATE_EPOCH: exit %d, %s", code, stderr.String())
	}
}

// madeOn is the date in the pages' footers, which may turn between two
// runs.
var madeOn = regexp.MustCompile(` on \d{4}-\d{2}-\d{2} from its archive`)

var storedAs = regexp.MustCompile(`Stored in the archive under The Ledger as article (\d+)\.`)

// TestServeReports runs 'audit serve --db' on a real archive: the report
// is served under /reports/ with the same bytes as 'audit report', a
// draft stored with the page's button shows in it at once, and the
// archive is closed on exit.
func TestServeReports(t *testing.T) {
	db := fixtureArchive(t)
	base, stop := startServe(t, "--no-config", "--log", "off", "--db", db)
	stopped := false
	defer func() {
		if !stopped {
			stop()
		}
	}()
	site := filepath.Join(t.TempDir(), "site")
	runOK(t, noEnv, "report", "--db", db, "--out", site)
	for _, p := range []string{"index.html", "outlets/valley-times.html", "sources/index.html", "outlets.csv", "articles/2.html", "assets/report.js"} {
		want, err := os.ReadFile(filepath.Join(site, p))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Get(base + "/reports/" + p)
		if err != nil {
			t.Fatal(err)
		}
		got := readBody(t, resp)
		if resp.StatusCode != 200 || !bytes.Equal(madeOn.ReplaceAll(got, nil), madeOn.ReplaceAll(want, nil)) {
			t.Errorf("/reports/%s: %d, %d bytes; 'audit report' wrote %d", p, resp.StatusCode, len(got), len(want))
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
			t.Errorf("/reports/%s: Content-Security-Policy %q", p, csp)
		}
	}
	form := url.Values{"text": {"Ferry Fares Rise\n\nThe ferry fare rose to $9, Mayor Tom Reyes said on Monday.\n"}, "outlet": {"The Ledger"}}
	resp, err := http.PostForm(base+"/store", form)
	if err != nil {
		t.Fatal(err)
	}
	page := readBody(t, resp)
	m := storedAs.FindSubmatch(page)
	if resp.StatusCode != 200 || m == nil {
		t.Fatalf("store: %d, no notice of the article stored:\n%s", resp.StatusCode, page)
	}
	for _, p := range []string{"/reports/", "/reports/outlets/the-ledger.html", "/reports/articles/" + string(m[1]) + ".html"} {
		resp, err := http.Get(base + p)
		if err != nil {
			t.Fatal(err)
		}
		body := readBody(t, resp)
		if resp.StatusCode != 200 || !bytes.Contains(body, []byte("The Ledger")) {
			t.Errorf("%s: %d, the stored draft's outlet is not shown", p, resp.StatusCode)
		}
	}
	// storing the same draft again is the same article
	resp, err = http.PostForm(base+"/store", form)
	if err != nil {
		t.Fatal(err)
	}
	again := readBody(t, resp)
	if m2 := storedAs.FindSubmatch(again); m2 == nil || string(m2[1]) != string(m[1]) {
		t.Errorf("the same draft stored again is another article: %s", again)
	}
	stopped = true
	if code := stop(); code != 0 {
		t.Errorf("serve exited with %d", code)
	}
	out := runOK(t, noEnv, "stats", "--db", db)
	if !strings.Contains(out, "articles   5 (5 versions)") {
		t.Errorf("after the store, stats says:\n%s", out)
	}
}
