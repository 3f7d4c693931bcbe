package main

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/result"
)

// buildAudit builds the command into a temporary folder, for the tests
// that run it as a process.
func buildAudit(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the command; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "audit")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// checkWhole checks what crash safety promises: the archive opens, passes
// SQLite's integrity check, every analysis has all its claims, blocks and
// findings, and every article has its current version analysed. It
// returns the number of articles.
func checkWhole(t *testing.T, path string) int {
	t.Helper()
	ctx := context.Background()
	db, err := archive.Open(ctx, path, archive.Options{})
	if err != nil {
		t.Fatalf("the archive does not open: %v", err)
	}
	defer closeOK(t, db)
	decoded := 0
	if err := db.EachArticle(ctx, archive.Filter{}, func(archive.ArticleInfo, *result.Article) error {
		decoded++
		return nil
	}); err != nil {
		t.Fatalf("reading the articles back: %v", err)
	}
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, raw)
	var check string
	if err := raw.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %s %v", check, err)
	}
	for _, q := range []struct{ what, sql string }{
		{"analyses missing claims", `SELECT COUNT(*) FROM analyses an WHERE an.claims <> (SELECT COUNT(*) FROM claims c WHERE c.analysis_id = an.id)`},
		{"analyses missing findings", `SELECT COUNT(*) FROM analyses an WHERE an.errors + an.warnings + an.suggestions <> (SELECT COUNT(*) FROM findings f WHERE f.analysis_id = an.id)`},
		{"analyses without blocks", `SELECT COUNT(*) FROM analyses an WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.analysis_id = an.id)`},
		{"versions without analysis", `SELECT COUNT(*) FROM versions v WHERE NOT EXISTS (SELECT 1 FROM analyses an WHERE an.version_id = v.id)`},
		{"articles without a current version", `SELECT COUNT(*) FROM articles WHERE current_version_id IS NULL`},
	} {
		var bad int
		if err := raw.QueryRow(q.sql).Scan(&bad); err != nil {
			t.Fatal(err)
		}
		if bad != 0 {
			t.Errorf("%d %s", bad, q.what)
		}
	}
	var n int
	if err := raw.QueryRow(`SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != decoded {
		t.Errorf("%d articles, %d read back", n, decoded)
	}
	return n
}

// countVersions returns the number of versions and of distinct articles.
func countVersions(t *testing.T, path string) (versions, articles int) {
	t.Helper()
	if err := queryRO(path, `SELECT COUNT(*), COUNT(DISTINCT article_id) FROM versions`, &versions, &articles); err != nil {
		t.Fatal(err)
	}
	return versions, articles
}

// queryRO reads one row from an archive, read-only, with no archive
// checks: a process may be writing it.
func queryRO(path, q string, dest ...any) (err error) {
	raw, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, raw.Close()) }()
	return raw.QueryRow(q).Scan(dest...)
}

// processSetup builds the command and writes a synthetic corpus of n
// articles; it returns the command, the corpus and an archive's path.
func processSetup(t *testing.T, n int) (bin, corpus, db string) {
	bin = buildAudit(t)
	dir := t.TempDir()
	corpus = filepath.Join(dir, "corpus")
	writeSynth(t, corpus, 0, n)
	return bin, corpus, filepath.Join(dir, "audit.db")
}

// TestIngestKilled kills an ingest with SIGKILL part way: the archive
// must open and hold only whole articles, and running the same command
// again must complete the set with no duplicates.
func TestIngestKilled(t *testing.T) {
	const n = 3000
	bin, corpus, db := processSetup(t, n)
	args := []string{"ingest", "--no-config", "--quiet", "-j", "2", "--db", db, corpus}

	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// kill once some batches are committed
	deadline := time.Now().Add(60 * time.Second)
	for stored(db) < 100 {
		select {
		case err := <-done:
			t.Fatalf("the ingest ended before it could be killed: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			if err := cmd.Process.Kill(); err != nil {
				t.Errorf("kill: %v", err)
			}
			t.Fatal("nothing stored after a minute")
		}
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err == nil {
		t.Fatalf("the ingest ended by itself before the kill\n%s", stderr.String())
	}
	got := checkWhole(t, db)
	if got == 0 || got >= n {
		t.Fatalf("%d articles stored when killed; want part of %d", got, n)
	}
	t.Logf("killed with %d of %d articles stored", got, n)

	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("ingest again: %v\n%s", err, out)
	}
	if got := checkWhole(t, db); got != n {
		t.Errorf("%d articles after the second run, want %d", got, n)
	}
	if v, a := countVersions(t, db); v != n || a != n {
		t.Errorf("%d versions of %d articles, want one each of %d", v, a, n)
	}
}

// stored counts the articles in an archive being written, 0 when it
// cannot be read yet.
func stored(path string) int {
	var n int
	if queryRO(path, `SELECT COUNT(*) FROM articles`, &n) != nil {
		return 0
	}
	return n
}

// TestIngestConcurrent runs two ingests at once on one archive with
// overlapping inputs: no article lost, none twice, no "database is
// locked".
func TestIngestConcurrent(t *testing.T) {
	const n = 900
	bin, corpus, db := processSetup(t, n)
	var files []string
	err := filepath.WalkDir(corpus, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	runs := [][]string{files[:600], files[300:]} // 300 in common
	var wg sync.WaitGroup
	outs := make([]string, len(runs))
	errs := make([]error, len(runs))
	for i, in := range runs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"ingest", "--no-config", "-j", "2", "--db", db}, in...)
			out, err := exec.Command(bin, args...).CombinedOutput()
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()
	for i := range runs {
		if errs[i] != nil || strings.Contains(outs[i], "locked") {
			t.Errorf("ingest %d: %v\n%s", i, errs[i], outs[i])
		}
		t.Logf("ingest %d: %s", i, strings.TrimSpace(outs[i]))
	}
	if got := checkWhole(t, db); got != n {
		t.Errorf("%d articles, want %d", got, n)
	}
	if v, a := countVersions(t, db); v != n || a != n {
		t.Errorf("%d versions of %d articles, want one each of %d", v, a, n)
	}
}

// ingestAsVersion runs 'audit ingest' in-process as the analyzer version
// given, and returns its standard error and exit code.
func ingestAsVersion(analyzer string, args ...string) (string, int) {
	var stdout, stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	code := exitCode(&stderr, ingestCmd{analyzer: analyzer}.run(context.Background(), e, args))
	return stderr.String(), code
}

// TestIngestSettingsChanged ingests a corpus with its configuration, and
// again after the configuration changed: the articles are analysed again
// with the new settings, and once more changes nothing.
func TestIngestSettingsChanged(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeSynth(t, corpus, 0, 6)
	cfg := filepath.Join(corpus, ".audit.yaml")
	if err := os.WriteFile(cfg, []byte("fail_on: warning\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "audit.db")
	analyzer := "a1"
	ingest := func(want string, args ...string) {
		t.Helper()
		if len(args) == 0 {
			args = []string{corpus}
		}
		if out, code := ingestAsVersion(analyzer, append([]string{"--db", db}, args...)...); code != 0 || !strings.Contains(out, want) {
			t.Fatalf("exit %d: %s, want %q", code, out, want)
		}
	}
	statistics := func() int { // findings of unsourced-statistic in the archive
		t.Helper()
		a, err := archive.Open(context.Background(), db, archive.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer closeOK(t, a)
		rules, err := a.Rules(context.Background(), archive.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range rules {
			if r.Rule == "unsourced-statistic" {
				n += r.Findings
			}
		}
		return n
	}
	ingest("6 added")
	ingest("6 unchanged")
	if statistics() == 0 {
		t.Fatal("the corpus has no unsourced statistic to turn off")
	}
	if err := os.WriteFile(cfg, []byte("fail_on: warning\nrules:\n  unsourced-statistic: off\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ingest("6 updated")
	ingest("6 unchanged")
	if n := statistics(); n != 0 {
		t.Errorf("the rule turned off still has %d findings", n)
	}
	// a reanalysis (after an upgrade) uses the settings of the day and
	// records them: ingesting again after it changes nothing
	if err := os.WriteFile(cfg, []byte("fail_on: warning\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	analyzer = "a2"
	ingest("6 updated", "--reanalyze")
	ingest("6 unchanged")
	if statistics() == 0 {
		t.Error("the rule turned on again has no findings after reanalysis")
	}
}

// TestReanalyze stores articles with one analyzer version, removes the
// files, and analyses them again with another from what is stored.
func TestReanalyze(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	writeSynth(t, corpus, 0, 12)
	db := filepath.Join(dir, "audit.db")
	ingestAs := func(analyzer string, args ...string) (string, int) {
		return ingestAsVersion(analyzer, append([]string{"--no-config", "--db", db}, args...)...)
	}
	if out, code := ingestAs("a1", corpus); code != 0 || !strings.Contains(out, "12 added") {
		t.Fatalf("first ingest: exit %d: %s", code, out)
	}
	if out, code := ingestAs("a1", corpus); code != 0 || !strings.Contains(out, "12 unchanged") {
		t.Fatalf("ingest again: exit %d: %s", code, out)
	}
	if out, code := ingestAs("a2", "--reanalyze", corpus); code != 2 || !strings.Contains(out, "takes no inputs") {
		t.Errorf("--reanalyze with inputs: exit %d: %s", code, out)
	}
	if err := os.RemoveAll(corpus); err != nil {
		t.Fatal(err)
	}
	if out, code := ingestAs("a2", "--reanalyze"); code != 0 || !strings.Contains(out, "12 updated") {
		t.Fatalf("reanalyze: exit %d: %s", code, out)
	}
	if out, code := ingestAs("a2", "--reanalyze"); code != 0 || !strings.Contains(out, "0 updated") {
		t.Fatalf("reanalyze again: exit %d: %s", code, out)
	}
	a, err := archive.Open(context.Background(), db, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer closeOK(t, a)
	st, err := a.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 12 || st.Versions != 12 || len(st.Analyzers) != 1 || st.Analyzers[0].Version != "a2" {
		t.Errorf("stats after reanalysis: %+v", st)
	}
	if got := checkWhole(t, db); got != 12 {
		t.Errorf("%d articles", got)
	}
}
