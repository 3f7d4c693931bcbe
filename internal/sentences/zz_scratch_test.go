package sentences

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestScratch(t *testing.T) {
	dir := os.Getenv("SXDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(dir + "/*.txt")
	out, _ := os.Create("/tmp/sx/sents.tsv")
	defer out.Close()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		for _, blk := range textBlocks(text) {
			bt := text[blk.Start:blk.End]
			for _, sp := range Split(bt) {
				s := strings.ReplaceAll(bt[sp.Start:sp.End], "\n", "⏎")
				out.WriteString(filepath.Base(f) + "\t" + s + "\n")
			}
		}
	}
}
