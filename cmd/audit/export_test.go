package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/golden"
	"github.com/auditnews/audit/result"
)

// fixtureArchive stores the archive package's four fixture articles (two
// outlets, written for its tests) in a new archive, at a fixed time.
func fixtureArchive(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "archive", "testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := result.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "audit.db")
	ctx := context.Background()
	now := func() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }
	db, err := archive.Open(ctx, path, archive.Options{Create: true, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: "test", AnalyzerVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range rep.Articles {
		a := &rep.Articles[i]
		loc := a.Meta.URL
		if loc == "" {
			loc = "/corpus/" + a.Input
		}
		e := &archive.Entry{Article: a, Locator: loc, Input: "/corpus/" + a.Input, Raw: []byte(a.Text),
			InputHash: archive.InputHash("/corpus/"+a.Input, a.Format, "", []byte(a.Text))}
		if err := in.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := in.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestExportGolden checks every table of export in every format against
// golden files, and a filtered export.
func TestExportGolden(t *testing.T) {
	db := fixtureArchive(t)
	type exportRun struct {
		name string
		args []string
	}
	var runs []exportRun
	for _, table := range exportTables {
		for _, format := range []string{"csv", "json", "jsonl"} {
			runs = append(runs, exportRun{table + "." + format, []string{"export", table, "--format", format}})
		}
	}
	runs = append(runs, exportRun{"claims-valley-march.csv", []string{"export", "claims", "--outlet", "valley times", "--since", "2025-03-01", "--until", "2025-03-31"}})
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(r.args, "--db", db)
			if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, os.Getenv); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			golden.Check(t, filepath.Join("testdata", "golden", "export", r.name), stdout.Bytes(), *update)
		})
	}
}

func TestStatsOutput(t *testing.T) {
	db := fixtureArchive(t)
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"stats", "--db", db}, strings.NewReader(""), &stdout, &stderr, os.Getenv); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"outlets    2\n", "articles   4 (4 versions)\n", "published  2025-03-04 to 2025-04-02 (0 undated)\n",
		"claims     20\n", "  named            8   40.0%\n", "  test ", "runs       1, last 2025-05-01T12:00:00Z\n"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stats lacks %q:\n%s", want, stdout.String())
		}
	}
}
