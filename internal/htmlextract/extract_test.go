package htmlextract

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// render lists the blocks of a document, one per line with its kind, for
// golden files.
func render(doc *article.Document) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "title: %s\noutlet: %s\nauthors: %s\npublished: %s\nurl: %s\nlanguage: %s\n\n",
		doc.Meta.Title, doc.Meta.Outlet, strings.Join(doc.Meta.Authors, "; "), doc.Meta.Published, doc.Meta.URL, doc.Meta.Language)
	for _, b := range doc.Blocks {
		fmt.Fprintf(&sb, "[%s] %q\n", b.Kind, doc.Text[b.Start:b.End])
	}
	return sb.String()
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Extract(context.Background(), raw, Options{URL: "https://www.example.com/path/" + name})
			var got string
			if err != nil {
				got = "error: " + err.Error() + "\n"
			} else {
				got = render(doc)
			}
			golden.Check(t, filepath.Join("testdata", "golden", name+".txt"), []byte(got), *update)
		})
	}
}

func extractFile(t *testing.T, name string, opts Options) *article.Document {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), raw, opts)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestBoilerplateRemoved(t *testing.T) {
	doc := extractFile(t, "basic.html", Options{})
	for _, want := range []string{
		"The city council approved a budget of €12 million",
		"“This is the most important investment in a generation,” said Mayor Ana Ruiz",
		"Café owners",
		"What the money buys",
		"Sixty new mooring posts",
		"We have waited twenty years",
		"Work is due to start in June.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	for _, bad := range []string{
		"Council Approves Harbor Budget", // the title
		"Jane Doe", "By ",                // the byline
		"cookies", "Accept", "News", "Sport", "Share", "Advertisement", "harbor at dawn",
		"morning briefing", "newsletter", "Subscribe", "Harbor plan faces delay", "Comments",
		"Great news", "Most read", "Storm warning", "rights reserved", "Privacy",
		"tracking", "color", "loadAd",
	} {
		if strings.Contains(doc.Text, bad) {
			t.Errorf("text has %q:\n%s", bad, doc.Text)
		}
	}
}

func TestBlockKinds(t *testing.T) {
	doc := extractFile(t, "basic.html", Options{})
	var kinds []article.BlockKind
	for _, b := range doc.Blocks {
		kinds = append(kinds, b.Kind)
	}
	want := []article.BlockKind{article.Paragraph, article.Paragraph, article.Heading, article.Paragraph,
		article.ListItem, article.ListItem, article.Quote, article.Paragraph}
	if !reflect.DeepEqual(kinds, want) {
		t.Errorf("kinds = %v, want %v", kinds, want)
	}
	last := doc.Blocks[len(doc.Blocks)-1]
	if got := doc.Slice(last.Span); !strings.Contains(got, "schedule.\nWork is due") {
		t.Errorf("<br> should break the line: %q", got)
	}
}

func TestSourceOffsets(t *testing.T) {
	for _, name := range []string{"basic.html", "graph.html", "plain.html", "array.html"} {
		doc := extractFile(t, name, Options{})
		if len(doc.Anchors) != len(doc.Blocks) {
			t.Errorf("%s: %d anchors for %d blocks", name, len(doc.Anchors), len(doc.Blocks))
		}
		prev := -1
		for _, b := range doc.Blocks {
			if b.Source < 0 {
				t.Errorf("%s: block %q has no source", name, doc.Slice(b.Span))
				continue
			}
			if b.Source <= prev {
				t.Errorf("%s: sources not increasing at %q", name, doc.Slice(b.Span))
			}
			prev = b.Source
			// The source is the start tag of the block's element, or the
			// text itself for text directly in a container.
			rest := string(doc.Raw[b.Source:])
			words := strings.Fields(doc.Slice(b.Span))
			if !strings.HasPrefix(rest, "<") && !strings.HasPrefix(strings.TrimSpace(rest), words[0]) {
				t.Errorf("%s: source of %q points at %.30q", name, doc.Slice(b.Span), rest)
			}
			if strings.HasPrefix(rest, "<") && !strings.Contains(rest[:min(len(rest), 400)], words[len(words)-1][:1]) {
				t.Errorf("%s: source of %q points at %.30q", name, doc.Slice(b.Span), rest)
			}
		}
		if pos := doc.Position(doc.Blocks[0].Start); pos.Line < 2 {
			t.Errorf("%s: first block at %+v", name, pos)
		}
	}
}

func TestMeta(t *testing.T) {
	tests := []struct {
		file string
		url  string
		want article.Meta
	}{
		{"basic.html", "", article.Meta{
			Title: "Council Approves Harbor Budget", Outlet: "The Daily Example", Authors: []string{"Jane Doe"},
			Published: "2024-03-05", URL: "https://news.example.com/2024/03/harbor-budget", Language: "en-US"}},
		{"graph.html", "", article.Meta{
			Title: "Rail strike called off at the last minute", Outlet: "Example Wire",
			Authors: []string{"Tom Field", "Lena Marsh"}, Published: "2023-11-20",
			URL: "https://wire.example.org/rail-strike", Language: "en-GB"}},
		{"array.html", "https://www.beispiel.de/a/1", article.Meta{
			Title: "Neue Brücke eröffnet", Outlet: "Beispiel Zeitung", Authors: []string{"Anna Schmidt", "Jonas Weber"},
			Published: "2022-06-01", URL: "https://www.beispiel.de/a/1", Language: "de"}},
		{"plain.html", "https://www.smallplot.example/2021/garlic", article.Meta{
			Title: "Garden notes: planting garlic in autumn", Outlet: "smallplot.example",
			Published: "2021-10-02", URL: "https://www.smallplot.example/2021/garlic", Language: "en"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc := extractFile(t, tc.file, Options{URL: tc.url})
			if !reflect.DeepEqual(doc.Meta, tc.want) {
				t.Errorf("meta:\n got %+v\nwant %+v", doc.Meta, tc.want)
			}
		})
	}
}

func TestNoBody(t *testing.T) {
	nobody, err := os.ReadFile("testdata/nobody.html")
	if err != nil {
		t.Fatal(err)
	}
	for name, page := range map[string][]byte{
		"empty":       nil,
		"spaces":      []byte("   \n\t "),
		"nav only":    nobody,
		"script only": []byte("<script>var a = 'some long text that is not an article, really not';</script>"),
		"comment":     []byte("<!-- a comment that holds a lot of text but is no article at all -->"),
	} {
		_, err := Extract(context.Background(), page, Options{})
		if !errors.Is(err, ErrNoBody) {
			t.Errorf("%s: err = %v, want ErrNoBody", name, err)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "htmlextract: ") {
			t.Errorf("%s: error %q lacks the package prefix", name, err)
		}
	}
}

func TestTextOnlyPage(t *testing.T) {
	doc, err := Extract(context.Background(), []byte("Just one line of text, with no markup at all, long enough to count as a paragraph."), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Just one line") {
		t.Errorf("text = %q", doc.Text)
	}
}

func TestDeepNesting(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("<html><body>")
	for i := 0; i < 20000; i++ {
		b.WriteString("<div>")
	}
	b.WriteString("<p>Deep inside many containers there is still a paragraph of text, and it should be found.</p>")
	for i := 0; i < 20000; i++ {
		b.WriteString("</div>")
	}
	b.WriteString("<p>After the deep part comes another paragraph, which also belongs to the article text.</p></body></html>")
	doc, err := Extract(context.Background(), b.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "Deep inside") {
		t.Errorf("text = %q", doc.Text)
	}
}

func TestEntitiesAndSpace(t *testing.T) {
	page := `<html><body><article><p>  Fish&nbsp;&amp;&nbsp;chips   cost &pound;5 &mdash; &#8220;cheap&#8221;, said&#x20;the <b>owner</b>&#39;s son.
	He   laughed. Zero&#8203;width and soft&shy;hyphen vanish from the text.</p></article></body></html>`
	doc, err := Extract(context.Background(), []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Fish & chips cost £5 — “cheap”, said the owner's son. He laughed. Zerowidth and softhyphen vanish from the text."
	if doc.Text != want {
		t.Errorf("text = %q\nwant   %q", doc.Text, want)
	}
}

func TestNormDate(t *testing.T) {
	for in, want := range map[string]string{
		"2019-11-19T10:00:00Z":          "2019-11-19",
		"2019/11/19":                    "2019-11-19",
		"20191119":                      "2019-11-19",
		"Tue, 19 Nov 2019 10:00:00 GMT": "2019-11-19",
		"November 19, 2019":             "2019-11-19",
		"19th November 2019":            "2019-11-19",
		"1574157600":                    "2019-11-19",
		"yesterday":                     "",
		"2019-13-45":                    "",
		"":                              "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNormLang(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "en_US": "en-US", "EN-gb": "en-GB", "pt-BR": "pt-BR", "de, en": "de", "": "", "xx-!!": "",
	} {
		if got := normLang(in); got != want {
			t.Errorf("normLang(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	got := cleanAuthors([]string{"By Jane Doe and John Roe", "jane doe", "https://example.com/staff/x", "Example News"}, "Example News")
	want := []string{"Jane Doe", "John Roe"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestStripSite(t *testing.T) {
	for in, want := range map[string]string{
		"Council approves budget | The Daily Example": "Council approves budget",
		"The Daily Example | Council approves budget": "Council approves budget",
		"Council approves budget - Example":           "Council approves budget",
		"Single":                                      "Single",
	} {
		if got := stripSite(in, "The Daily Example"); got != want {
			t.Errorf("stripSite(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestManyUnclosed(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("<p>Before the flood of tags, a paragraph with enough text to count.</p>")
	for i := 0; i < 50000; i++ {
		b.WriteString("<div><span>")
	}
	for i := 0; i < 50000; i++ {
		b.WriteString("</em></i>")
	}
	done := make(chan error, 1)
	go func() { _, err := Extract(context.Background(), b.Bytes(), Options{}); done <- err }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("too slow")
	}
}

func TestJSONLDVariants(t *testing.T) {
	tests := []struct {
		name, src string
		want      ldInfo
	}{
		{"webpage fallback", `{"@graph":[{"@type":"WebPage","name":"Page | Site","author":{"@id":"#p"},"datePublished":"2019-11-20T09:22:35+00:00"},{"@type":["Person"],"@id":"#p","name":"Anna Example"}]}`,
			ldInfo{published: "2019-11-20T09:22:35+00:00", authors: []string{"Anna Example"}, found: true}},
		{"array of types and authors", `[{"@type":["BlogPosting"],"headline":"H","author":["A One",{"name":"B Two"}],"publisher":"Pub"}]`,
			ldInfo{headline: "H", publisher: "Pub", authors: []string{"A One", "B Two"}, found: true}},
		{"raw newline in string", "{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\"}",
			ldInfo{headline: "Two lines", found: true}},
		{"html comment wrapper and trailing semicolon", `<!-- {"@type":"Article","headline":"C","inLanguage":"fr"}; -->`,
			ldInfo{headline: "C", lang: "fr", found: true}},
		{"broken", `{"@type":"Article",`, ldInfo{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parseJSONLD([]string{tc.src})
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

// pollCtx is a context that is done after its Err has been asked a given
// number of times.
type pollCtx struct {
	context.Context
	polls, doneAfter int
}

func (c *pollCtx) Err() error {
	c.polls++
	if c.polls > c.doneAfter {
		return context.Canceled
	}
	return nil
}

// TestExtractHonoursContext: parsing looks at the context as it goes, not
// only before and after, so a long page stops soon after it is done.
func TestExtractHonoursContext(t *testing.T) {
	page := []byte("<html><body>" + strings.Repeat("<p>The council said the budget grew.</p>", 50000) + "</body></html>")
	ctx := &pollCtx{Context: context.Background(), doneAfter: 5}
	if _, err := Extract(ctx, page, Options{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v, want context.Canceled", err)
	}
	if ctx.polls != 6 {
		t.Errorf("context asked %d times, want 6 (stopped at the first answer that it is done)", ctx.polls)
	}
	ctx = &pollCtx{Context: context.Background(), doneAfter: 1 << 30}
	if _, err := Extract(ctx, page, Options{}); err != nil {
		t.Fatal(err)
	}
	if tokens := 2*50000 + 4; ctx.polls < tokens/checkEvery {
		t.Errorf("context asked %d times for %d tokens, want one look every %d", ctx.polls, tokens, checkEvery)
	}
}

// TestTreeLimit checks that parse gives up on a page whose tree passes
// its limit, so that the tree's int32 offsets never wrap round.
func TestTreeLimit(t *testing.T) {
	page := []byte("<p>one</p><p>two</p><p>three</p>")
	if _, err := parseWithin(context.Background(), page, 64); err != nil {
		t.Fatalf("within the limit: %v", err)
	}
	for _, limit := range []int{3, 8} { // nodes, then bytes of text
		if _, err := parseWithin(context.Background(), page, limit); err == nil || !strings.Contains(err.Error(), "too large") {
			t.Errorf("limit %d: got %v, want a page too large", limit, err)
		}
	}
}
