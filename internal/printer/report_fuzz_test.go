package printer

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

// FuzzReport prints arbitrary JSON reports, as 'audit convert' reads
// them, in every format: what result.Decode accepts, no printer may
// panic on.
func FuzzReport(f *testing.F) {
	run, err := os.ReadFile(filepath.Join("testdata", "run.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(run)
	f.Add([]byte(`{"schema_version": 1, "tool": {"name": "audit"}, "articles": [], "errors": [{"input": "a.txt", "error": "empty file"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rep, err := result.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		printAll(t, rep.Articles, rep.Errors)
	})
}

// FuzzArticleOffsets prints, in every format, an article whose offsets,
// indexes, ids and severity are arbitrary, as a hand-made or damaged
// JSON report may have them: nothing may panic.
func FuzzArticleOffsets(f *testing.F) {
	f.Add("Toll Rises\n\nThe toll rose to $14, the mayor said.", 0, 10, 1, "warning")
	f.Add("“é”", 5, -2, 7, "fatal")
	f.Add("", -1, 1<<40, -3, "")
	f.Fuzz(func(t *testing.T, text string, a, b, n int, severity string) {
		src := &result.Source{Name: text, Span: text, Start: a, End: b}
		claim := result.Claim{ID: n, Text: text, Start: a, End: b, Block: n, Line: n, Column: a,
			Attribution: &result.Attribution{Class: result.Named, Source: src, Cue: &result.Cue{Text: text, Start: b, End: a},
				InheritedFrom: &n, Chain: []*result.Source{src}}}
		art := result.Article{
			Input: "fuzz.txt", Format: "text", Text: text,
			Blocks:     []result.Block{{Kind: "paragraph", Start: a, End: b, Line: n, Column: n}, {Kind: "headline", Start: b, End: a}},
			Claims:     []result.Claim{claim, {ID: 1, Text: text, Start: b, End: a, Block: -n}},
			Quotations: []result.Span{{Start: a, End: b}, {Start: b, End: a}},
			Findings: []result.Finding{{Rule: "unsourced-statistic", Severity: severity, Claim: n, Start: a, End: b, Line: n, Column: a, EndLine: b, EndColumn: n},
				{Rule: text, Severity: "error", Claim: a, Start: b, End: a}},
			Summary: result.Summary{Claims: n, Analysed: true, Named: a, Anonymous: b, Checked: true, Score: n, Band: severity, Errors: a},
		}
		printAll(t, []result.Article{art}, nil)
	})
}

func printAll(t *testing.T, arts []result.Article, errs []result.InputError) {
	t.Helper()
	opts := Options{Tool: Tool{Name: "audit", Version: "test"}, Rules: findings.NewChecker(findings.Options{}).Rules(), FailOn: findings.Error}
	for _, name := range Formats {
		p, err := New(name, io.Discard, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, ie := range errs {
			if err := p.InputError(ie.Input, io.ErrUnexpectedEOF); err != nil {
				t.Fatalf("%s: input error: %v", name, err)
			}
		}
		for i := range arts {
			if err := p.Article(&arts[i]); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if err := p.Close(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}
