package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
			golden := filepath.Join("testdata", "golden", "seeds."+format)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got := stdout.Bytes(); !bytes.Equal(got, want) {
				t.Errorf("output differs from %s; run go test ./cmd/audit -run Golden -update after checking the change\n%s", golden, firstDiff(string(want), string(got)))
			}
		})
	}
}

// firstDiff shows the first line where two texts differ.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) && i < len(gl); i++ {
		if wl[i] != gl[i] {
			return "line " + itoa(i+1) + ":\n  want: " + wl[i] + "\n  got:  " + gl[i]
		}
	}
	return "lengths differ: " + itoa(len(wl)) + " lines wanted, " + itoa(len(gl)) + " got"
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	for n >= 10 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	i--
	b[i] = byte('0' + n)
	return string(b[i:])
}
