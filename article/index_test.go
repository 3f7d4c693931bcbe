package article

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// refPosition is the position of raw byte off counted from the start: the
// reference the marks must agree with.
func refPosition(raw []byte, off int) Position {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		if raw[i] == '\n' {
			line, start = line+1, i+1
		}
	}
	return Position{Line: line, Column: utf8.RuneCount(raw[start:off]) + 1}
}

// offsets are the offsets of a string of n bytes worth checking: all of
// them for short strings; for long ones, those around each mark and a
// sample between.
func offsets(n int) []int {
	var out []int
	for off := 0; off <= n; off++ {
		if n < 2000 || off%markStride < 5 || off%markStride == markStride-1 || off%61 == 0 || off == n {
			out = append(out, off)
		}
	}
	return out
}

// indexTexts are strings whose code points straddle the marks: multi-byte
// characters at every phase of the stride, invalid bytes, line breaks next
// to marks, and one long line.
func indexTexts() []string {
	texts := []string{"", "a", "\n", "é", "\xff", "\xe2\x80", "ab\n\ncd\r\nef"}
	var b strings.Builder
	for i := 0; b.Len() < 5*markStride; i++ {
		b.WriteString([]string{"a", "é", "漢", "🙂", "\xff", "\xe2\x80", "\n", " said "}[i%8])
	}
	texts = append(texts, b.String())
	for shift := 0; shift < 4; shift++ {
		texts = append(texts, strings.Repeat("x", markStride-shift)+"🙂漢é\nz"+strings.Repeat("€", markStride))
	}
	line := strings.Repeat("The mayor said “no” — 漢字 🙂 again. ", 400) // one line of 17 kB
	return append(texts, line, line+"\n"+line)
}

func TestIndexRunes(t *testing.T) {
	for _, text := range indexTexts() {
		d := &Document{Text: text}
		d.Index()
		for _, off := range append(offsets(len(text)), len(text)+1) {
			want := utf8.RuneCountInString(text[:min(off, len(text))])
			if got := d.Runes(off); got != want {
				t.Fatalf("Runes(%d) of %.40q = %d, want %d", off, text, got, want)
			}
		}
	}
}

func TestIndexPosition(t *testing.T) {
	for _, text := range indexTexts() {
		raw := []byte("<p>" + text)
		// one exact anchor: every offset maps to raw
		d := &Document{Text: text, Raw: raw, Anchors: []Anchor{{Text: 0, Raw: 3, Exact: true}}}
		d.Index()
		for _, off := range offsets(len(text)) {
			if got, want := d.Position(off), refPosition(raw, off+3); got != want {
				t.Fatalf("Position(%d) of %.40q = %v, want %v", off, text, got, want)
			}
		}
	}
}

// TestPositionLongLine places claims on a page of one line, as minified
// HTML is: every element anchor, answered from the marks, agrees with
// counting from the start of the line.
func TestPositionLongLine(t *testing.T) {
	var raw strings.Builder
	var b Builder
	for i := 0; i < 1000; i++ {
		src := raw.Len()
		p := []string{"Prices rose 3% — said “officials”.", "漢字 🙂 reported.", "Plain words here."}[i%3]
		raw.WriteString(`<p class="x">` + p + `</p>`)
		b.Add(Paragraph, p, src)
	}
	d := &Document{Raw: []byte(raw.String())}
	b.Fill(d)
	if !d.Indexed() {
		t.Fatal("Fill left the document unindexed")
	}
	for _, bl := range d.Blocks {
		for _, off := range []int{bl.Start, bl.Start + 1, bl.End} {
			raw := d.RawOffset(off)
			if got, want := d.Position(off), refPosition(d.Raw, raw); got != want {
				t.Fatalf("Position(%d) = %v, want %v", off, got, want)
			}
		}
	}
	last := d.Position(d.Blocks[len(d.Blocks)-1].Start)
	if last.Line != 1 || last.Column < 1000*20 {
		t.Errorf("last block at %v, want line 1 far along", last)
	}
}

// TestIndexStale: a document whose text changes length after Index is
// answered by counting, not from stale marks.
func TestIndexStale(t *testing.T) {
	d := &Document{Text: "abc", Raw: []byte("abc"), Anchors: []Anchor{{Exact: true}}}
	d.Index()
	d.Text, d.Raw = "é\né", []byte("é\né")
	if d.Indexed() {
		t.Error("Indexed() after Text and Raw changed")
	}
	if got := d.Runes(len(d.Text)); got != 3 {
		t.Errorf("Runes = %d, want 3", got)
	}
	if got := d.Position(len(d.Text)); got != (Position{2, 2}) {
		t.Errorf("Position = %v, want 2:2", got)
	}
}

// TestConcurrentReads reads one document from several goroutines, as a
// server answering many requests does; run with -race.
func TestConcurrentReads(t *testing.T) {
	var b Builder
	var raw strings.Builder
	for i := 0; i < 200; i++ {
		src := raw.Len()
		raw.WriteString("<p>Line é 漢 " + strings.Repeat("w ", i%7) + "said.</p>\n")
		b.Add(Paragraph, "Line é 漢 said.", src)
	}
	d := &Document{Raw: []byte(raw.String())}
	b.Fill(d)
	var wg sync.WaitGroup
	results := make([][]int, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for off := 0; off <= len(d.Text); off += 7 {
				p := d.Position(off)
				results[g] = append(results[g], d.Runes(off), p.Line, p.Column)
			}
		}()
	}
	wg.Wait()
	for g := 1; g < len(results); g++ {
		if len(results[g]) != len(results[0]) {
			t.Fatalf("goroutine %d read %d values, goroutine 0 %d", g, len(results[g]), len(results[0]))
		}
		for i := range results[g] {
			if results[g][i] != results[0][i] {
				t.Fatalf("goroutine %d disagrees at %d", g, i)
			}
		}
	}
}

func FuzzIndex(f *testing.F) {
	for _, s := range indexTexts()[:8] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		raw := []byte(text)
		d := &Document{Text: text, Raw: raw, Anchors: []Anchor{{Exact: true}}}
		d.Index()
		for off := 0; off <= len(text); off++ {
			if got, want := d.Runes(off), utf8.RuneCountInString(text[:off]); got != want {
				t.Fatalf("Runes(%d) = %d, want %d", off, got, want)
			}
			if got, want := d.Position(off), refPosition(raw, off); got != want {
				t.Fatalf("Position(%d) = %v, want %v", off, got, want)
			}
		}
	})
}
