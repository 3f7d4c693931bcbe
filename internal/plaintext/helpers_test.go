package plaintext

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

var kinds = map[article.BlockKind]bool{
	article.Paragraph: true, article.Heading: true, article.Quote: true,
	article.ListItem: true, article.Byline: true, article.Boilerplate: true,
	article.References: true,
}

// checkDoc asserts the invariants every parsed document keeps: blocks in
// order, not overlapping, non-empty, trimmed, on rune boundaries and
// inside the text; Source the raw offset of the block's start; anchors in
// order, inside the text and the input, and exact ones true to the input
// byte for byte.
func checkDoc(t testing.TB, doc *article.Document, raw []byte) {
	t.Helper()
	if !bytes.Equal(doc.Raw, raw) {
		t.Fatalf("Raw is not the input")
	}
	checkBlocks(t, doc, raw)
	checkAnchors(t, doc, raw)
	text := doc.Text
	for off := 0; off < len(text); off += 1 + len(text)/200 {
		if p := doc.Position(off); p.Line < 1 || p.Column < 1 {
			t.Fatalf("Position(%d) = %+v", off, p)
		}
	}
}

// checkBlocks checks that the blocks of doc are known kinds, in order,
// trimmed, on rune boundaries, with their offsets in raw.
func checkBlocks(t testing.TB, doc *article.Document, raw []byte) {
	t.Helper()
	text := doc.Text
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	prev := 0
	for i, b := range doc.Blocks {
		if !kinds[b.Kind] {
			t.Fatalf("block %d: kind %q", i, b.Kind)
		}
		if b.Start < prev || b.End <= b.Start || b.End > len(text) {
			t.Fatalf("block %d: span %v out of order or outside text of %d bytes (previous end %d)", i, b.Span, len(text), prev)
		}
		if !boundary[b.Start] || !boundary[b.End] {
			t.Fatalf("block %d: span %v not on rune boundaries", i, b.Span)
		}
		s := text[b.Start:b.End]
		if s0, e0 := trimSpace(s, 0, len(s)); s0 != 0 || e0 != len(s) {
			t.Fatalf("block %d: %q not trimmed", i, s)
		}
		if got := doc.RawOffset(b.Start); b.Source != got || got < 0 || got > len(raw) {
			t.Fatalf("block %d: Source %d, RawOffset %d, raw of %d bytes", i, b.Source, got, len(raw))
		}
		prev = b.End
	}
}

// checkAnchors checks that the anchors of doc start at 0, increase, lie in
// the text and raw, and that exact ones copy raw.
func checkAnchors(t testing.TB, doc *article.Document, raw []byte) {
	t.Helper()
	text := doc.Text
	if len(doc.Anchors) == 0 {
		t.Fatalf("no anchors")
	}
	for i, a := range doc.Anchors {
		if a.Text < 0 || a.Text > len(text) || a.Raw < 0 || a.Raw > len(raw) {
			t.Fatalf("anchor %d %+v outside text (%d) or raw (%d)", i, a, len(text), len(raw))
		}
		next := len(text)
		if i+1 < len(doc.Anchors) {
			next = doc.Anchors[i+1].Text
			if next <= a.Text {
				t.Fatalf("anchors %d and %d not increasing: %+v %+v", i, i+1, a, doc.Anchors[i+1])
			}
		}
		if i == 0 && a.Text != 0 {
			t.Fatalf("first anchor at %d, want 0", a.Text)
		}
		if a.Exact && (a.Raw+next-a.Text > len(raw) || text[a.Text:next] != string(raw[a.Raw:a.Raw+next-a.Text])) {
			t.Fatalf("exact anchor %d %+v: text %q differs from raw", i, a, text[a.Text:next])
		}
	}
}

// dump renders a document's blocks one a line, for golden files and
// failure messages.
func dump(doc *article.Document) string {
	var b strings.Builder
	m := doc.Meta
	fmt.Fprintf(&b, "title: %s\nauthors: %s\npublished: %s\noutlet: %s\nurl: %s\nlanguage: %s\n\n",
		m.Title, strings.Join(m.Authors, "; "), m.Published, m.Outlet, m.URL, m.Language)
	for _, bl := range doc.Blocks {
		p := doc.Position(bl.Start)
		fmt.Fprintf(&b, "%d:%d %s %q\n", p.Line, p.Column, bl.Kind, doc.Slice(bl.Span))
	}
	return b.String()
}

// kindsOf lists the blocks as "kind: text" lines.
func kindsOf(doc *article.Document) []string {
	out := make([]string, len(doc.Blocks))
	for i, b := range doc.Blocks {
		out[i] = string(b.Kind) + ": " + doc.Slice(b.Span)
	}
	return out
}
