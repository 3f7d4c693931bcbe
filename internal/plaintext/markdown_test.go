package plaintext

import (
	"slices"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

func TestMarkdownInline(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"*a* **b** ***c*** _d_ __e__ ~~f~~ ~g~", "a b c d e f g"},
		{"**bold with [a link](https://example.com) inside**", "bold with a link inside"},
		{"snake_case_name and 2 * 3 * 4 stay", "snake_case_name and 2 * 3 * 4 stay"},
		{"Required fields are marked *", "Required fields are marked *"},
		{"**unbalanced* and a *lone star", "*unbalanced and a *lone star"},
		{"[text](http://example.com/a_b_c \"Title *x*\") after", "text after"},
		{"[text](<http://example.com/a b>) after", "text after"},
		{"[text](http://example.com/a_(b)_c) after", "text after"},
		{"![alt text](img.png) after", "after"},
		{"before [![logo](a.png)](https://example.com) after", "before  after"},
		{"see [a ref][1], [a collapsed][] and [shortcut] but not [undefined]\n\n[1]: https://example.com/1\n[a collapsed]: /c\n[Shortcut]: /s \"t\"",
			"see a ref, a collapsed and shortcut but not [undefined]"},
		{"`code *not emphasis*` and ``a ` tick``", "code *not emphasis* and a ` tick"},
		{"a <b>bold</b> word<br>next <span class=\"x\">in</span>line", "a bold word next inline"},
		{"x <!-- hidden --> y", "x  y"},
		{"&amp; &lt;tag&gt; &copy; &#8212; &#x41; &bogus; AT&T", "& <tag> © — A &bogus; AT&T"},
		{`\*not emphasis\* and a \[bracket\]`, "*not emphasis* and a [bracket]"},
		{"<https://example.com/x> and <jane@example.com>", "https://example.com/x and jane@example.com"},
		{"a claim[^1] with a note\n\n[^1]: The note.", "a claim with a note"},
		{"line one  \nline two\\\nline three", "line one\nline two\nline three"},
		{"un*frigging*believable and __init__ ok", "unfriggingbelievable and init ok"},
		{"“Quoted *words*,” she said.", "“Quoted words,” she said."},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc, err := ParseMarkdown([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, []byte(tt.in))
			if got := doc.Slice(doc.Blocks[0].Span); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "headings, byline, lists, quotes, tables, code, references",
			in: lines(
				"# Port Strike Ends After Three Days",
				"",
				"**By Jane Doe**",
				"March 5, 2024",
				"",
				"The strike at the harbour ended on Tuesday, the union said.",
				"",
				"Setext Subhead",
				"--------------",
				"",
				"> \"We are glad it is over,\" said a dock worker.",
				"> She added that pay was the main issue.",
				">",
				"> A second quoted paragraph.",
				"",
				"- First point",
				"  continues here.",
				"* Second point",
				"",
				"   Still the second point.",
				"",
				"1. Numbered item",
				"- [x] Task item",
				"",
				"| Port | Ships |",
				"|------|------:|",
				"| North | 12 |",
				"",
				"```go",
				"fmt.Println(\"code\")",
				"```",
				"",
				"***",
				"",
				"## Sources",
				"",
				"- Harbour Authority report, 2024",
				"- City council minutes",
				"",
				"Share this:"),
			want: []string{
				"heading: Port Strike Ends After Three Days",
				"byline: By Jane Doe",
				"byline: March 5, 2024",
				"paragraph: The strike at the harbour ended on Tuesday, the union said.",
				"heading: Setext Subhead",
				"quote: \"We are glad it is over,\" said a dock worker.\nShe added that pay was the main issue.",
				"quote: A second quoted paragraph.",
				"list_item: First point\ncontinues here.",
				"list_item: Second point",
				"list_item: Still the second point.",
				"list_item: Numbered item",
				"list_item: Task item",
				"heading: Port  Ships",
				"list_item: North  12",
				"boilerplate: fmt.Println(\"code\")",
				"references: Sources",
				"references: Harbour Authority report, 2024",
				"references: City council minutes",
				"boilerplate: Share this:",
			},
		},
		{
			name: "html blocks, comments and definitions are dropped",
			in: lines("# Title", "", "<div class=\"ad\">", "</div>", "", "<!--", "a comment", "-->", "", "<script>", "var x = 1;", "</script>", "",
				"[ref]: https://example.com", "", "Text with a [ref].", "", "<p>A paragraph in tags.</p>"),
			want: []string{"heading: Title", "paragraph: Text with a ref.", "paragraph: A paragraph in tags."},
		},
		{
			name: "one paragraph per long line",
			in:   lines("Council Backs Bigger Bus Network", "", para1, para2, para3),
			want: []string{
				"heading: Council Backs Bigger Bus Network",
				"paragraph: " + para1,
				"paragraph: " + para2,
				"paragraph: " + para3,
			},
		},
		{
			name: "hard-wrapped paragraph stays one block",
			in: lines("The city council voted on Tuesday to expand the bus network, a",
				"decision that officials said would add twelve routes by next",
				"spring.", "", "Transit advocates welcomed the plan on Wednesday morning."),
			want: []string{
				"paragraph: The city council voted on Tuesday to expand the bus network, a\ndecision that officials said would add twelve routes by next\nspring.",
				"paragraph: Transit advocates welcomed the plan on Wednesday morning.",
			},
		},
		{
			name: "indented text is a paragraph, not code",
			in:   lines("    The council voted on Tuesday.", "    It will add routes."),
			want: []string{"paragraph: The council voted on Tuesday.\nIt will add routes."},
		},
		{
			name: "image-only paragraphs vanish",
			in:   lines("Bus Plan", "", "![A bus](bus.jpg)", "", para1),
			want: []string{"heading: Bus Plan", "paragraph: " + para1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseMarkdown([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, []byte(tt.in))
			if got := kindsOf(doc); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want article.Meta
		text string // the first block
	}{
		{
			name: "full",
			in: "---\ntitle: \"Port Strike Ends\"\nauthors:\n  - Jane Doe\n  - name: John Roe\ndate: 2024-03-05\npublisher: Harbour Gazette\n" +
				"url: https://example.com/port\nlang: en-GB\n---\n\nThe strike ended on Tuesday.\n",
			want: article.Meta{Title: "Port Strike Ends", Authors: []string{"Jane Doe", "John Roe"}, Published: "2024-03-05",
				Outlet: "Harbour Gazette", URL: "https://example.com/port", Language: "en-GB"},
			text: "The strike ended on Tuesday.",
		},
		{
			name: "author string, date with time, site, dots end",
			in:   "\uFEFF---\r\nTitle: Port Strike\r\nauthor: Jane Doe and John Roe\r\ndate: 2024-03-05T10:30:00Z\r\nsite: Gazette\r\n...\r\nThe strike ended.\r\n",
			want: article.Meta{Title: "Port Strike", Authors: []string{"Jane Doe", "John Roe"}, Published: "2024-03-05", Outlet: "Gazette", Language: "en"},
			text: "The strike ended.",
		},
		{
			name: "date in words, outlet",
			in:   "---\ntitle: X\ndate: March 5, 2024\noutlet: Gazette\nlanguage: es\n---\nEl paro terminó.\n",
			want: article.Meta{Title: "X", Published: "2024-03-05", Outlet: "Gazette", Language: "es"},
			text: "El paro terminó.",
		},
		{
			name: "not YAML: read as Markdown",
			in:   "---\nThe strike: it ended: yes: no\n---\nMore text.\n",
			want: article.Meta{Language: "en"},
			text: "The strike: it ended: yes: no",
		},
		{
			name: "title repeated in the body is a heading",
			in:   "---\ntitle: Port Strike Ends\n---\nPort Strike Ends\n\nThe strike ended on Tuesday.\n",
			want: article.Meta{Title: "Port Strike Ends", Language: "en"},
			text: "Port Strike Ends",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseMarkdown([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, []byte(tt.in))
			m := doc.Meta
			if m.Title != tt.want.Title || !slices.Equal(m.Authors, tt.want.Authors) || m.Published != tt.want.Published ||
				m.Outlet != tt.want.Outlet || m.URL != tt.want.URL || m.Language != tt.want.Language {
				t.Errorf("meta %+v, want %+v", m, tt.want)
			}
			if got := doc.Slice(doc.Blocks[0].Span); got != tt.text {
				t.Errorf("first block %q, want %q", got, tt.text)
			}
			if doc.Format != article.Markdown {
				t.Errorf("format %q", doc.Format)
			}
		})
	}
	doc, _ := ParseMarkdown([]byte("---\ntitle: Port Strike Ends\n---\nPort Strike Ends\n\nThe strike ended on Tuesday.\n"))
	if doc.Blocks[0].Kind != article.Heading {
		t.Errorf("repeated title: %s", doc.Blocks[0].Kind)
	}
}

// TestMarkdownPositions checks that words of the stripped text report the
// line and column where they stand in the file.
func TestMarkdownPositions(t *testing.T) {
	in := lines(
		"---",                 // 1
		"title: Port Strike",  // 2
		"---",                 // 3
		"",                    // 4
		"# The *Strike* Ends", // 5
		"",                    // 6
		"Dock **workers** said the [strike](https://example.com/s \"x\") ended", // 7
		"on _Tuesday_, with ![img](a.png) pay &amp; hours agreed.",              // 8
		"",                           // 9
		"> Quoted **café** words",    // 10
		"> continue here.",           // 11
		"",                           // 12
		"- item `one`",               // 13
		"  - nested <b>item</b> two", // 14
		"",                           // 15
		"| Port | Ships |",           // 16
		"|---|---|",                  // 17
		"| North | 12 |",             // 18
		"",                           // 19
		"Ünïcödé ~~words~~ stay <!-- x --> put", // 20
	)
	wants := []struct {
		word      string
		line, col int
	}{
		{"The", 5, 3}, {"Strike", 5, 8}, {"Ends", 5, 16},
		{"Dock", 7, 1}, {"workers", 7, 8}, {"said", 7, 18}, {"strike", 7, 28}, {"ended", 7, 63},
		{"on", 8, 1}, {"Tuesday", 8, 5}, {"pay", 8, 34}, {"&", 8, 38}, {"hours", 8, 44}, {"agreed", 8, 50},
		{"Quoted", 10, 3}, {"café", 10, 12}, {"words", 10, 19}, {"continue", 11, 3},
		{"one", 13, 9}, {"nested", 14, 5}, {"item", 14, 15}, {"two", 14, 24},
		{"Port", 16, 3}, {"Ships", 16, 10}, {"North", 18, 3}, {"12", 18, 11},
		{"Ünïcödé", 20, 1}, {"words", 20, 11}, {"stay", 20, 19}, {"put", 20, 35},
	}
	for _, crlf := range []bool{false, true} {
		raw := in
		if crlf {
			raw = strings.ReplaceAll(in, "\n", "\r\n")
		}
		doc, err := ParseMarkdown([]byte(raw))
		if err != nil {
			t.Fatal(err)
		}
		checkDoc(t, doc, []byte(raw))
		from := 0
		for _, w := range wants {
			off := strings.Index(doc.Text[from:], w.word)
			if off < 0 {
				t.Fatalf("crlf=%v: %q not found after offset %d in %q", crlf, w.word, from, doc.Text)
			}
			off += from
			from = off + len(w.word)
			if p := doc.Position(off); p != (article.Position{Line: w.line, Column: w.col}) {
				t.Errorf("crlf=%v: Position(%q) = %d:%d, want %d:%d", crlf, w.word, p.Line, p.Column, w.line, w.col)
			}
			// The last byte of the word too.
			if p := doc.Position(off + len(w.word) - 1); p.Line != w.line {
				t.Errorf("crlf=%v: end of %q on line %d, want %d", crlf, w.word, p.Line, w.line)
			}
		}
		if strings.Contains(doc.Text, "\r") {
			t.Errorf("crlf=%v: carriage return in text %q", crlf, doc.Text)
		}
	}
}

// TestMarkdownExactEverywhere checks, over a document using all of the
// syntax, that every text byte under an exact anchor is the raw byte the
// anchor maps it to, and that synthetic text is only separators and
// decoded entities.
func TestMarkdownExactEverywhere(t *testing.T) {
	raw := []byte(lines("# Title *x*", "", "Para with **bold**, _it_, `code`, [link](u), ![i](p), <i>tag</i>, &amp; and \\*.",
		"> quote", "- item", "1. num", "", "|a|b|", "|-|-|", "|c|d|", "", "Final."))
	doc, err := ParseMarkdown(raw)
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, doc, raw)
	for i, a := range doc.Anchors {
		if a.Exact {
			continue
		}
		next := len(doc.Text)
		if i+1 < len(doc.Anchors) {
			next = doc.Anchors[i+1].Text
		}
		switch s := doc.Text[a.Text:next]; s {
		case article.BlockSeparator, "&", " ": // " " stands for a table pipe
		default:
			t.Errorf("synthetic text %q at %d", s, a.Text)
		}
	}
}
