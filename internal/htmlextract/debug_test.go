package htmlextract

import (
	"context"
	"flag"
	"fmt"
	"strings"
	"testing"
)

var debugPage = flag.String("page", "", "log the blocks of the development pages whose id starts with this, marking text the ground truth lacks")

// TestDevPageDebug shows, for one development page, each extracted block
// with the share of its shingles found in the ground truth, and the ground
// truth paragraphs that were missed.
func TestDevPageDebug(t *testing.T) {
	if *debugPage == "" {
		t.Skip("no -page given")
	}
	for _, pg := range loadDev(t) {
		if !strings.HasPrefix(pg.id, *debugPage) {
			continue
		}
		doc, err := Extract(context.Background(), pg.html, Options{URL: pg.url})
		if err != nil {
			t.Logf("%s: %v", pg.id, err)
			continue
		}
		t.Logf("%s %s\nmeta: %+v", pg.id, pg.url, doc.Meta)
		truth := shingles(pg.truth)
		for _, b := range doc.Blocks {
			s := doc.Text[b.Start:b.End]
			sh := shingles(s)
			in, all := 0, 0
			for k, n := range sh {
				all += n
				if truth[k] > 0 {
					in += n
				}
			}
			mark := "  "
			if in*2 < all {
				mark = "XX"
			}
			t.Logf("%s %-9s %4d %3d/%-3d %.160q", mark, b.Kind, b.Source, in, all, s)
		}
		pred := shingles(doc.Text)
		for _, para := range strings.Split(pg.truth, "\n") {
			sh := shingles(para)
			in, all := 0, 0
			for k, n := range sh {
				all += n
				if pred[k] > 0 {
					in += n
				}
			}
			if all > 0 && in*2 < all {
				t.Logf("MISSED %.160q", para)
			}
		}
	}
}

var debugFind = flag.String("find", "", "with -page: log the ancestors of the first text containing this")

func TestDevPageFind(t *testing.T) {
	if *debugPage == "" || *debugFind == "" {
		t.Skip("no -page and -find given")
	}
	for _, pg := range loadDev(t) {
		if !strings.HasPrefix(pg.id, *debugPage) {
			continue
		}
		tr, _ := parse(context.Background(), pg.html)
		ld := parseJSONLD(tr.meta.jsonLD)
		tr.stats(fDrop | fHidden)
		tr.metadata(Options{}, &ld)
		tr.removeBoilerplate()
		tr.stats(skipFlags)
		roots := tr.candidates()
		t.Logf("roots: %v", roots)
		for _, r := range roots {
			t.Logf("root %d %s", r, tr.describe(r))
		}
		for i := range tr.nodes {
			n := &tr.nodes[i]
			if n.kind != textNode || !strings.Contains(string(tr.text[n.tOff:n.tOff+n.tLen]), *debugFind) {
				continue
			}
			for a := n.parent; a >= 0; a = tr.nodes[a].parent {
				t.Logf("  %d %s", a, tr.describe(a))
			}
			break
		}
	}
}

func (t *tree) describe(i int32) string {
	n := &t.nodes[i]
	end := min(int(n.pos)+160, len(t.raw))
	tagText := string(t.raw[n.pos:end])
	if j := strings.IndexByte(tagText, '>'); j >= 0 {
		tagText = tagText[:j+1]
	}
	return fmt.Sprintf("flags=%#x chars=%d link=%d p=%d score=%.1f %s", n.flags, n.chars, n.linkChars, n.pChars, n.score, tagText)
}
