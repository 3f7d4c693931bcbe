package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/archivetest"
	"github.com/auditnews/audit/internal/golden"
)

// fixtureArchive stores the archive package's four fixture articles (two
// outlets, written for its tests) in a new archive, at a fixed time.
func fixtureArchive(t *testing.T) string {
	t.Helper()
	return archivetest.New(t, archivetest.Articles(t, filepath.Join("..", "..", "archive", "testdata", "articles.json")))
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
