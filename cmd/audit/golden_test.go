package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenSeeds checks the output of check on the five sample articles
// against golden files; run with -update after a deliberate change.
func TestGoldenSeeds(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join("..", "..", "internal", "demo", "seeds", "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("want the five sample articles, got %v (%v)", seeds, err)
	}
	for _, format := range []string{"json", "text", "line", "sarif", "github", "html"} {
		t.Run(format, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"check", "--format", format, "--color", "never"}, seeds...)
			// the seeds have warnings and suggestions, no errors: exit 0
			if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, os.Getenv); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			golden.Check(t, filepath.Join("testdata", "golden", "seeds."+format), stdout.Bytes(), *update)
		})
	}
}

// TestGoldenDemo checks what the demo prints, and the pages of its site
// that hold its own figures (the index, the outlet page, the sources),
// against golden files.
func TestGoldenDemo(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	var stdout, stderr bytes.Buffer
	getenv := func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "1746100800"
		}
		return ""
	}
	if code := run(context.Background(), []string{"demo", "--color", "never", "--out", dir}, strings.NewReader(""), &stdout, &stderr, getenv); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	golden.Check(t, filepath.Join("testdata", "golden", "demo", "stdout.txt"), []byte(strings.ReplaceAll(stdout.String(), dir, "SITE")), *update)
	for _, p := range []string{"index.html", "outlets/no-outlet.html", "sources/index.html"} {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		golden.Check(t, filepath.Join("testdata", "golden", "demo", strings.ReplaceAll(p, "/", "_")), b, *update)
	}
}
