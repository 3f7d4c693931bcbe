package sentences

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

type block struct {
	kind article.BlockKind
	text string
}

func buildDoc(blocks ...block) *article.Document {
	var b article.Builder
	for _, bl := range blocks {
		b.Add(bl.kind, bl.text, -1)
	}
	d := &article.Document{Format: article.Text}
	b.Fill(d)
	return d
}

func TestApply(t *testing.T) {
	d := buildDoc(
		block{article.Heading, "Mayor Rejects U.S. Plan? Council Says No"},
		block{article.Byline, "By Jo Park. Staff writer."},
		block{article.Paragraph, "Mayor Ana Ruiz rejected the plan on Tuesday. “It will never pass,” she said."},
		block{article.Paragraph, "“We have seen this before. The city pays and Washington takes the credit."},
		block{article.Quote, "“We will not accept it,” Ruiz added."},
		block{article.ListItem, "Cost: $2.5 billion over 10 yrs. in total"},
		block{article.Boilerplate, "Share this article. Leave a reply."},
		block{article.References, "Sources: 1. City Hall. 2. Gov. Lee."},
		block{article.Paragraph, "Sen. Tom Cotton (R-Ark.) did not comment."},
	)
	Apply(d)
	type sent struct {
		text  string
		block int
	}
	want := []sent{
		{"Mayor Rejects U.S. Plan?", 0},
		{"Council Says No", 0},
		{"Mayor Ana Ruiz rejected the plan on Tuesday.", 2},
		{"“It will never pass,” she said.", 2},
		{"“We have seen this before.", 3},
		{"The city pays and Washington takes the credit.", 3},
		{"“We will not accept it,” Ruiz added.", 4},
		{"Cost: $2.5 billion over 10 yrs. in total", 5},
		{"Sen. Tom Cotton (R-Ark.) did not comment.", 8},
	}
	var got []sent
	for _, s := range d.Sentences {
		got = append(got, sent{d.Slice(s.Span), s.Block})
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("sentences\n got %v\nwant %v", got, want)
	}
	wantQ := []string{
		"“It will never pass,”",
		"“We have seen this before. The city pays and Washington takes the credit.\n\n“We will not accept it,”",
	}
	var gotQ []string
	for _, q := range d.Quotations {
		gotQ = append(gotQ, d.Slice(q))
	}
	if fmt.Sprint(gotQ) != fmt.Sprint(wantQ) {
		t.Errorf("quotations\n got %q\nwant %q", gotQ, wantQ)
	}
	if n := len(d.Claims()); n != 7 {
		t.Errorf("Claims() = %d sentences, want 7 (headings give none)", n)
	}

	// Apply replaces what a previous run filled in.
	Apply(d)
	if len(d.Sentences) != len(want) || len(d.Quotations) != len(wantQ) {
		t.Errorf("second Apply: %d sentences, %d quotations", len(d.Sentences), len(d.Quotations))
	}
}

func TestApplyQuotationBreaks(t *testing.T) {
	for _, tt := range []struct {
		name   string
		blocks []block
		want   []string
	}{
		{"heading stops a quotation", []block{
			{article.Paragraph, "“We will fight."},
			{article.Heading, "“Next” Steps"},
			{article.Paragraph, "“We will win,” he said."},
		}, []string{"“We will fight.", "“Next”", "“We will win,”"}},
		{"boilerplate stops a quotation", []block{
			{article.Paragraph, "“We will fight."},
			{article.Boilerplate, "Advertisement"},
			{article.Paragraph, "“We will win,” he said."},
		}, []string{"“We will fight.", "“We will win,”"}},
		{"paragraph without opening mark", []block{
			{article.Paragraph, "“We will fight."},
			{article.Paragraph, "The crowd cheered."},
		}, []string{"“We will fight."}},
		{"list items carry", []block{
			{article.ListItem, "“First, lower taxes."},
			{article.ListItem, "“Second, build roads.”"},
		}, []string{"“First, lower taxes.\n\n“Second, build roads.”"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := buildDoc(tt.blocks...)
			Apply(d)
			checkSpans(t, d.Text, d.Quotations)
			var got []string
			for _, q := range d.Quotations {
				got = append(got, d.Slice(q))
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestApplyBadBlocks(t *testing.T) {
	d := &article.Document{
		Text: "One. Two.",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Span: article.Span{Start: 0, End: 4}},
			{Kind: article.Paragraph, Span: article.Span{Start: 3, End: 100}}, // past the end
			{Kind: article.Paragraph, Span: article.Span{Start: 2, End: 1}},   // reversed
			{Kind: article.Paragraph, Span: article.Span{Start: 5, End: 9}},
		},
	}
	Apply(d)
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Slice(s.Span))
	}
	if fmt.Sprint(got) != "[One. Two.]" {
		t.Errorf("got %q", got)
	}
}

// TestGolden splits the articles under testdata/golden (*.txt, one block a
// paragraph) and compares sentences and quotations with the .golden files
// beside them. Run with -update to rewrite the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(data)
			d := &article.Document{Text: text}
			for _, sp := range textBlocks(text) {
				kind := article.Paragraph
				if len(d.Blocks) == 0 {
					kind = article.Heading
				}
				d.Blocks = append(d.Blocks, article.Block{Kind: kind, Span: sp, Source: sp.Start})
			}
			Apply(d)
			var out bytes.Buffer
			for _, s := range d.Sentences {
				fmt.Fprintf(&out, "S %d %d-%d %s\n", s.Block, s.Start, s.End, oneLine(d.Slice(s.Span)))
			}
			for _, q := range d.Quotations {
				fmt.Fprintf(&out, "Q %d-%d %s\n", q.Start, q.End, oneLine(d.Slice(q)))
			}
			golden.Check(t, strings.TrimSuffix(f, ".txt")+".golden", out.Bytes(), *update)
		})
	}
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }
