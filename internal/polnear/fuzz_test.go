package polnear

import (
	"bytes"
	"testing"

	"github.com/auditnews/audit/article"
)

// FuzzParseAnn reads arbitrary bytes as an annotation file: an error is
// fine, a panic or a span outside the text is not.
func FuzzParseAnn(f *testing.F) {
	f.Add([]byte(ann), annText)
	f.Add([]byte("T1\tCue 0 1;2 3\tx\nE1\tAttribution:T9 Cue:T1 Source:T1\n"), "é’x")
	f.Add([]byte("E1\t\n\t\nT\t"), "")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		rels, err := ParseAnn(bytes.NewReader(data), "a.ann", text)
		if err != nil {
			return
		}
		for _, r := range rels {
			for _, ss := range [][]article.Span{r.Source, r.Cue, r.Content} {
				for _, s := range ss {
					if s.Start < 0 || s.End > len(text) || s.Start > s.End {
						t.Fatalf("span %v outside text of %d bytes", s, len(text))
					}
				}
			}
		}
	})
}
