package plaintext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

// synthetic builds an article of about n bytes from the fixtures of this
// package's tests: titles, bylines, prose, subheads, lists and boilerplate.
func synthetic(n int, markdown bool) []byte {
	var b strings.Builder
	unit := []string{
		"Council Backs Bigger Bus Network", "", "By Maria Lopez", "", para1, "", para2, "",
		"What Happens Next", "", para3, "", "- twelve new routes", "- longer evening service", "",
		"Advertisement", "", para1 + " " + para2, "", "Share this:", "",
	}
	if markdown {
		unit = []string{
			"## Council Backs *Bigger* Bus Network", "", "**By Maria Lopez**", "",
			"The city council voted on **Tuesday** to expand the [bus network](https://example.com/bus), a decision that officials said would add _twelve_ routes by next spring.", "",
			para2, "", "> " + para3, "", "- twelve `new` routes", "- longer evening service", "",
			"![A bus](bus.jpg)", "", "Fares &amp; passes stay the same<!-- note -->.", "",
		}
	}
	for b.Len() < n {
		for _, l := range unit {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

func benchParse(b *testing.B, parse func([]byte) (*article.Document, error), inputs [][]byte) {
	total := 0
	for _, in := range inputs {
		total += len(in)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	n := 0
	for b.Loop() {
		for _, in := range inputs {
			if _, err := parse(in); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	// CPU time, unlike wall time, does not count time lost to other
	// processes on a shared machine.
	if d := cpuTime() - cpu0; d > 0 {
		b.ReportMetric(float64(total*n)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkSynthetic measures throughput on synthetic articles of growing
// size: MB/s should stay flat (linear time).
func BenchmarkSynthetic(b *testing.B) {
	for _, md := range []bool{false, true} {
		parse, name := ParseText, "text"
		if md {
			parse, name = ParseMarkdown, "markdown"
		}
		for _, size := range []int{64 << 10, 1 << 20, 4 << 20} {
			in := synthetic(size, md)
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				benchParse(b, parse, [][]byte{in})
			})
		}
	}
}

// BenchmarkPolNeAR measures throughput on the PolNeAR articles, when the
// team's development data is present.
func BenchmarkPolNeAR(b *testing.B) {
	needShared(b)
	files, _ := filepath.Glob(filepath.Join(sharedDir, "corpus/polnear/*/text/*.txt"))
	if len(files) == 0 {
		b.Skip("no PolNeAR texts")
	}
	var inputs [][]byte
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, raw)
	}
	b.Run("text", func(b *testing.B) { benchParse(b, ParseText, inputs) })
	b.Run("markdown", func(b *testing.B) { benchParse(b, ParseMarkdown, inputs) })
}
