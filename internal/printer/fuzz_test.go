package printer

import (
	"context"
	"io"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
)

// FuzzCheck runs arbitrary text through the whole check, as text,
// Markdown and HTML, and prints it in every format: nothing may panic.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Toll\n\nThe toll rose to $14, the mayor admitted. Critics say it is too high. “We will not be rushed into anything.”",
		"# Head\n\n<!-- audit-ignore -->\nOfficials said 40% agreed.\n",
		"<html><body><article><p>Reuters reported that <script>alert(1)</script> 3,000 left.</p></article></body></html>",
		"", "\x00\xff", "“", "::error::%0A",
	} {
		f.Add(s)
	}
	a, err := attribution.New()
	if err != nil {
		f.Fatal(err)
	}
	c := findings.NewChecker(findings.Options{})
	opts := Options{Tool: Tool{Name: "audit", Version: "test"}, Rules: c.Rules(), FailOn: findings.Error}
	f.Fuzz(func(t *testing.T, text string) {
		for _, format := range []article.Format{article.Text, article.Markdown, article.HTML} {
			doc, err := extract.Read(context.Background(), []byte(text), format, "")
			if err != nil {
				continue
			}
			doc.Input = "fuzz.txt"
			claims, err := a.Analyze(context.Background(), doc)
			if err != nil {
				t.Fatal(err)
			}
			fs, sum := c.Check(doc, claims)
			art := &pipeline.Article{Doc: doc, Claims: claims, Findings: fs, Summary: sum, Checked: true,
				Raw: &input.Raw{Item: input.Item{Name: "fuzz.txt"}}}
			for _, name := range Formats {
				p, err := New(name, io.Discard, opts)
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Article(art.Result()); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if err := p.InputError("bad.txt", io.ErrUnexpectedEOF); err != nil {
					t.Fatalf("%s: input error: %v", name, err)
				}
				if err := p.Close(); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
		}
	})
}
