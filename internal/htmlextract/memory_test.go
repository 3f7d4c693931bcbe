package htmlextract

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/auditnews/audit/internal/hostile"
)

// TestExtractMemory bounds the bytes Extract allocates for each byte of
// hostile pages: the tree costs a fixed size per element, nothing is sized
// from a guess that can be a multiple of the need, and a page nested a
// million elements deep keeps no entry per element beyond the tree. The
// bounds hold with room to spare; the code before these measures
// allocated 17 to 70 bytes per byte of these pages.
func TestExtractMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates some hundred megabytes")
	}
	const size = 2 << 20
	pureDeep := func() []byte {
		n := size / 11
		return []byte("<html><body>" + string(bytes.Repeat([]byte("<div>"), n)) +
			"<p>The mayor said the bridge would open on Monday.</p>" + string(bytes.Repeat([]byte("</div>"), n)))
	}
	tests := []struct {
		name    string
		page    []byte
		perByte float64 // bytes allocated per byte of input, at most
	}{
		{"one line", hostile.Make(hostile.OneLine, size), 8},
		{"deep nesting", hostile.Make(hostile.DeepNesting, size), 10},
		{"tags only, deep", pureDeep(), 9},
		{"tiny paragraphs", hostile.Make(hostile.TinyBlocks, size), 32},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			doc, err := Extract(context.Background(), tt.page, Options{})
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			per := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(tt.page))
			t.Logf("%d blocks, %.1f bytes allocated per byte of input", len(doc.Blocks), per)
			if per > tt.perByte {
				t.Errorf("allocated %.1f bytes per byte of input, want at most %.0f", per, tt.perByte)
			}
		})
	}
}
