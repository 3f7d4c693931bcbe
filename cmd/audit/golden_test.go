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

// TestConvertSeeds checks the seeds once as JSON and prints that report
// in every format with convert: the bytes are check's in that format, as
// the golden files hold them, and the exit code is check's, with
// --fail-on error (0) and suggestion (1).
func TestConvertSeeds(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join("..", "..", "internal", "demo", "seeds", "*.txt"))
	if err != nil || len(seeds) != 5 {
		t.Fatalf("want the five sample articles, got %v (%v)", seeds, err)
	}
	audit := func(t *testing.T, stdin []byte, args ...string) ([]byte, int) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), args, bytes.NewReader(stdin), &stdout, &stderr, os.Getenv)
		if code == 2 {
			t.Fatalf("audit %s: exit 2: %s", strings.Join(args, " "), stderr.String())
		}
		return stdout.Bytes(), code
	}
	report, _ := audit(t, nil, append([]string{"check", "--no-config", "--format", "json"}, seeds...)...)
	// the seeds have warnings and suggestions, no errors
	failOns := []string{"error", "suggestion"}
	checkCode := map[string]int{}
	for _, failOn := range failOns {
		_, checkCode[failOn] = audit(t, nil, append([]string{"check", "--no-config", "--format", "line", "--fail-on", failOn}, seeds...)...)
	}
	if checkCode["error"] != 0 || checkCode["suggestion"] != 1 {
		t.Fatalf("check exits %v; want 0 with --fail-on error, 1 with suggestion", checkCode)
	}
	for _, format := range []string{"json", "text", "line", "sarif", "github", "html"} {
		t.Run(format, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", "golden", "seeds."+format))
			if err != nil {
				t.Fatal(err)
			}
			for _, failOn := range failOns {
				got, code := audit(t, report, "convert", "--no-config", "--format", format, "--color", "never", "--fail-on", failOn, "-")
				if !bytes.Equal(got, want) {
					t.Errorf("--fail-on %s: convert's output is not check's (testdata/golden/seeds.%s)", failOn, format)
				}
				if code != checkCode[failOn] {
					t.Errorf("--fail-on %s: exit %d, check's %d", failOn, code, checkCode[failOn])
				}
			}
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
