package htmlextract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b, "https://example.com/a")
		}
	}
	f.Add([]byte(""), "")
	f.Add([]byte("<p>"), "::")
	f.Add([]byte("<table><td><p>cell text that is long enough to be a paragraph<td>more</table>"), "")
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"x"}},{"@id":"x","name":"A"}]}</script><p>text text text text text text text</p>`), "")
	f.Add([]byte("<svg><p/><path/></svg><math><mi>x</mi></math><p>Some words after foreign content here.</p>"), "")
	f.Add([]byte("<a href=x><div><a>nested links</a> text text text text text text</div>"), "")
	f.Fuzz(func(t *testing.T, raw []byte, u string) {
		doc, err := Extract(context.Background(), raw, Options{URL: u})
		if err != nil {
			if !errors.Is(err, ErrNoBody) {
				t.Fatalf("unexpected error %v", err)
			}
			return
		}
		if doc.Text == "" || len(doc.Blocks) == 0 {
			t.Fatalf("document without text")
		}
		prev := 0
		for _, b := range doc.Blocks {
			if b.Start < prev || b.End <= b.Start || b.End > len(doc.Text) {
				t.Fatalf("bad span %+v in text of %d bytes", b.Span, len(doc.Text))
			}
			prev = b.End
			if b.Source < -1 || b.Source >= len(raw) {
				t.Fatalf("bad source %d for input of %d bytes", b.Source, len(raw))
			}
		}
		if utf8.Valid(raw) && !utf8.ValidString(doc.Text) {
			t.Fatalf("invalid UTF-8 in text from valid input")
		}
		_ = doc.Position(len(doc.Text) - 1)
	})
}

// FuzzTagName checks that the names read from a tag's raw bytes are the
// tokenizer's own.
func FuzzTagName(f *testing.F) {
	for _, s := range []string{"<p>", "</P >", "<DiV class=x>", "<br/>", "<a\x00b>", "</x-y\tz>", "<svg:path d=1/>", "<p", "</>", "<!-- c -->"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		z := html.NewTokenizer(bytes.NewReader(raw))
		var b builder
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt != html.StartTagToken && tt != html.EndTagToken && tt != html.SelfClosingTagToken {
				continue
			}
			got := string(b.tagName(z.Raw()))
			want, _ := z.TagName()
			if got != string(want) {
				t.Fatalf("tagName(%q) = %q, TagName %q", z.Raw(), got, want)
			}
		}
	})
}
