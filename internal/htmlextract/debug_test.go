package htmlextract

import (
	"flag"
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
		doc, err := Extract(pg.html, Options{URL: pg.url})
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
