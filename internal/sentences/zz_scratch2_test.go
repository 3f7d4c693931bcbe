package sentences

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScratchQ(t *testing.T) {
	dir := os.Getenv("SXDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(dir + "/*.txt")
	out, _ := os.Create("/tmp/sx/quotes.tsv")
	defer out.Close()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		for _, sp := range Quotations(text) {
			s := strings.ReplaceAll(text[sp.Start:sp.End], "\n", "⏎")
			out.WriteString(filepath.Base(f) + "\t" + s + "\n")
		}
	}
}
