package plaintext

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// TestGolden parses the fixtures under testdata/golden (.txt as plain text,
// .md as Markdown) and compares the blocks, kinds, positions and metadata
// with the .golden file beside each. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		ext := filepath.Ext(path)
		if ext != ".txt" && ext != ".md" {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			parse := ParseText
			if ext == ".md" {
				parse = ParseMarkdown
			}
			doc, err := parse(raw)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, raw)
			got := dump(doc)
			golden.Check(t, strings.TrimSuffix(path, ext)+ext+".golden", []byte(got), *update)
		})
	}
	if n == 0 {
		t.Fatal("no fixtures")
	}
}
