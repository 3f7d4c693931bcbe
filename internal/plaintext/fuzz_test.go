package plaintext

import (
	"bytes"
	"errors"
	"testing"

	"github.com/auditnews/audit/article"
)

var fuzzSeeds = []string{
	"",
	"Title\n\nBy Jane Doe\n\nA paragraph.\n",
	"Title\r\n\r\nFirst **bold** paragraph\r\nsecond line.\r\n",
	"\uFEFFA line\rAnother\r",
	"- item\n* item\n1. item\n> quote\n>\n> more\n",
	"Sources: 1. a 2. b\nReferences:\n[1] x http://e.com\n",
	"---\ntitle: T\nauthors: [A, B]\ndate: 2024-01-02\n---\n# H\n\ntext\n",
	"[a](b) ![c](d) [e][f] <g> &amp; `h` **i** _j_ ~~k~~ \\* <!-- l -->\n\n[f]: /x\n",
	"| a | b |\n|---|---|\n| c | d |\n\n```\ncode\n```\n",
	"*a **b* c** _d __e_ f__ [g [h](i) j](k)\n",
	"\xff\xfe invalid \xc3\n\n\xe2\x80 text\n",
	"Setext\n===\n\nAlso\n---\n\n***\n",
	"<div>\n<p>x</p>\n</div>\n<script>\ny\n</script>\n",
	"> - quoted item\n> # quoted head\n- [ ] task\n  continued\n\n   para of item\n",
	"Leave a Reply\n\nA comment after it.\n",
}

func FuzzParseText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		doc := fuzzParse(t, raw, ParseText)
		if doc == nil {
			return
		}
		if want := string(bytes.TrimPrefix(raw, []byte(bom))); doc.Text != want {
			t.Fatalf("Text is not the file's text")
		}
	})
}

func FuzzParseMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		fuzzParse(t, raw, ParseMarkdown)
	})
}

// fuzzParse runs parse on raw and checks what holds for any input: only
// ErrEmpty as error, the input untouched, a consistent document with
// blocks. It returns the document, or nil for an empty input.
func fuzzParse(t *testing.T, raw []byte, parse func([]byte) (*article.Document, error)) *article.Document {
	t.Helper()
	in := bytes.Clone(raw)
	doc, err := parse(raw)
	if err != nil {
		if !errors.Is(err, ErrEmpty) {
			t.Fatalf("unexpected error %v", err)
		}
		return nil
	}
	if !bytes.Equal(raw, in) {
		t.Fatal("input modified")
	}
	checkDoc(t, doc, raw)
	if len(doc.Blocks) == 0 {
		t.Fatal("no blocks")
	}
	return doc
}
