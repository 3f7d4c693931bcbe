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
