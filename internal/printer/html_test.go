package printer

import (
	"bytes"
	"context"
	"errors"
	"html/template"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/browsertest"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

// hostileText is article text that would run, load or break out of its
// element if it were not escaped.
const hostileText = `<script>alert(1)</script> Officials said the plan was safe.

Mayor Ortiz said <img src=x onerror=alert(1)> was shown on the screen.

Read [more](javascript:alert(2)) or javascript:alert(3), critics say.

A reporter wrote </style><script>alert(4)</script> in the draft.

The text {{.Title}} and {{template "page" .}} appeared, the clerk said.

<a href="javascript:alert(5)" onclick="alert(6)">click</a> and <svg onload=alert(7)>, said Ortiz.
`

// hostilePage is the same as an HTML page: entities in the source become
// markup-like text in the article, and a real script is in the page.
const hostilePage = `<!DOCTYPE html><html><head><title>&lt;/title&gt;&lt;script&gt;alert(8)&lt;/script&gt;</title>
<script>alert(9)</script></head><body><article>
<h1>&lt;script&gt;alert(1)&lt;/script&gt; headline</h1>
<p>&lt;script&gt;alert(1)&lt;/script&gt; The council met on Monday to debate the plan, officials said afterwards.</p>
<p>Mayor Ortiz said &lt;img src=x onerror=alert(1)&gt; was shown on the screen of the council chamber on Monday.</p>
<p>Read javascript:alert(3) and &lt;/style&gt;&lt;script&gt;alert(4)&lt;/script&gt;, critics say, in the long draft of the plan.</p>
<p>The text {{.Title}} and {{template "page" .}} appeared in the minutes, the clerk said on Tuesday evening.</p>
<p onclick="alert(6)">Officials said the plan was safe <a href="javascript:alert(5)">here</a> and would go ahead next year.</p>
</article></body></html>`

// hostileArticle reads a hostile input and makes its metadata, a source,
// a cue and a finding hostile too.
func hostileArticle(t testing.TB, format article.Format, text string) *pipeline.Article {
	t.Helper()
	a := analyse(t, `evil"><script>alert(10)</script>.txt`, format, text)
	a.Doc.Meta = article.Meta{
		Title:     `</title><script>alert(11)</script>`,
		Outlet:    `"><img src=x onerror=alert(12)>`,
		Authors:   []string{`<b onmouseover="alert(13)">Eve</b>`},
		Published: `2025-01-01"><script>alert(14)</script>`,
		URL:       "javascript:alert(15)",
		Language:  `en" onmouseover="alert(16)`,
	}
	if len(a.Claims) == 0 {
		t.Fatal("no claims")
	}
	c := &a.Claims[0]
	c.Class = attribution.Named
	c.Source = &attribution.Source{Name: `<script>alert(17)</script>`, Role: `<i onclick=alert(18)>`, Type: attribution.Person}
	c.Cue = &attribution.Cue{Text: `"><svg onload=alert(19)>`}
	c.InheritedFrom = 1
	a.Findings = []findings.Finding{
		{Rule: `x" onclick="alert(20)`, Severity: findings.Error, Claim: c.ID, Message: `<script>alert(21)</script> {{.Message}}`},
		{Rule: "unsourced-share", Severity: findings.Warning, Message: `javascript:alert(22)`},
	}
	a.Summary = findings.Summary{Score: 40, Band: `poor"><script>alert(23)</script>`, Errors: 1, Warnings: 1}
	a.Checked = true
	return a
}

// assertInert fails unless page has no script, no event handler, no
// script URL and nothing loaded from elsewhere, and shows every want as
// text.
func assertInert(t *testing.T, page []byte, want []string) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := doc.Find("script").Length(); n > 0 {
		t.Errorf("%d script elements", n)
	}
	for _, tag := range []string{"img", "iframe", "object", "embed", "form", "base", "link", "frame", "input", "button", "video", "audio"} {
		if n := doc.Find(tag).Length(); n > 0 {
			t.Errorf("%d %s elements", n, tag)
		}
	}
	if n := doc.Find("style").Length(); n != 1 {
		t.Errorf("%d style elements, want our own only", n)
	}
	if n := doc.Find("svg").Length(); n != doc.Find("svg.bar, .gauge svg").Length() {
		t.Errorf("%d svg elements, not all ours", n)
	}
	doc.Find("*").Each(func(_ int, s *goquery.Selection) {
		for _, at := range s.Nodes[0].Attr {
			name, val := strings.ToLower(at.Key), strings.ToLower(strings.TrimSpace(at.Val))
			if strings.HasPrefix(name, "on") {
				t.Errorf("<%s> has an event handler %s=%q", goquery.NodeName(s), at.Key, at.Val)
			}
			switch name {
			case "href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "background":
				if !strings.HasPrefix(val, "#") && !strings.HasPrefix(val, "https://") && !strings.HasPrefix(val, "http://") {
					t.Errorf("<%s %s=%q> points to neither the page nor the web", goquery.NodeName(s), at.Key, at.Val)
				}
			case "style":
				t.Errorf("<%s> has a style attribute %q", goquery.NodeName(s), at.Val)
			}
			if strings.Contains(val, "javascript:") && name != "content" {
				t.Errorf("<%s %s=%q> holds a script URL", goquery.NodeName(s), at.Key, at.Val)
			}
		}
	})
	if lang, _ := doc.Find("html").Attr("lang"); lang != "en" {
		t.Errorf("html lang %q", lang)
	}
	csp, _ := doc.Find(`meta[http-equiv="Content-Security-Policy"]`).Attr("content")
	if !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("content security policy %q", csp)
	}
	text := doc.Text()
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the page does not show %q as text", w)
		}
	}
	return doc
}

func TestHTMLHostileText(t *testing.T) {
	// Shown whatever the input format: metadata, sources, cues and findings.
	always := []string{
		"javascript:alert(3)", "{{.Title}}", `{{template "page" .}}`,
		`</title><script>alert(11)</script>`, `"><img src=x onerror=alert(12)>`, `<b onmouseover="alert(13)">Eve</b>`,
		`<script>alert(17)</script>`, `"><svg onload=alert(19)>`, `<script>alert(21)</script> {{.Message}}`, `x" onclick="alert(20)`,
		`evil"><script>alert(10)</script>.txt`,
	}
	// Article text as the readers keep it (the Markdown reader drops raw
	// HTML tags, so their text is not there to show).
	markup := []string{"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</style><script>alert(4)</script>"}
	const inputError = `<script>alert(30)</script>: <img src=x onerror=alert(31)>`
	for _, tc := range []struct {
		name   string
		format article.Format
		text   string
		shown  []string
	}{
		{"text", article.Text, hostileText, append(append(markup, always...), `<a href="javascript:alert(5)" onclick="alert(6)">click</a>`, "[more](javascript:alert(2))")},
		{"markdown", article.Markdown, hostileText, always},
		{"html", article.HTML, hostilePage, append(markup, always...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := hostileArticle(t, tc.format, tc.text)
			var b bytes.Buffer
			p := NewHTML(&b, testOptions())
			if err := p.Article(res(a)); err != nil {
				t.Fatal(err)
			}
			if err := p.InputError(`<script>alert(30)</script>`, errors.New(`<img src=x onerror=alert(31)>`)); err != nil {
				t.Fatal(err)
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			doc := assertInert(t, b.Bytes(), append(tc.shown, inputError))
			if _, ok := doc.Find("#a1-text").Attr("lang"); ok {
				t.Error("a hostile language tag was kept")
			}
			if s := doc.Find("section.article").Length(); s != 1 {
				t.Errorf("%d article sections", s)
			}
			assertInert(t, htmlPageOf(t, res(a)), tc.shown)
		})
	}
}

// TestHTMLStructure checks the page of the fixture run: every claim is a
// focusable, labelled highlight with its tooltip, every fragment link
// leads somewhere, ids are unique.
func TestHTMLStructure(t *testing.T) {
	page := printRun(t, "html", testOptions())
	doc := assertInert(t, page, []string{"Council Delays Vote on Riverton Transit Levy", "Ferry service resumes after storm",
		"drafts/missing.txt", "58", "needs work", "Sourcing mix", "Rules passed (1)"})
	ids := map[string]int{}
	doc.Find("[id]").Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		ids[id]++
	})
	for id, n := range ids {
		if n > 1 {
			t.Errorf("id %q used %d times", id, n)
		}
	}
	doc.Find(`a[href^="#"]`).Each(func(_ int, s *goquery.Selection) {
		href, _ := s.Attr("href")
		if ids[href[1:]] == 0 {
			t.Errorf("link to %s leads nowhere", href)
		}
	})
	if n := doc.Find("section.article").Length(); n != 2 {
		t.Errorf("%d article sections, want 2", n)
	}
	claims := doc.Find("mark.claim")
	if claims.Length() != 13 {
		t.Errorf("%d claims highlighted, want 13", claims.Length())
	}
	claims.Each(func(_ int, s *goquery.Selection) {
		id, _ := s.Attr("id")
		if tab, _ := s.Attr("tabindex"); tab != "0" {
			t.Errorf("claim %s is not focusable", id)
		}
		tip, _ := s.Attr("aria-describedby")
		if doc.Find("#"+tip+"[role=tooltip]").Length() != 1 || s.Find("#"+tip).Length() != 1 {
			t.Errorf("claim %s has no tooltip inside it", id)
		}
		class := strings.TrimPrefix(strings.Fields(s.AttrOr("class", ""))[1], "c-")
		if tag := s.Find(".tag").First().Text(); tag != class {
			t.Errorf("claim %s of class %s labelled %q", id, class, tag)
		}
	})
	for _, sel := range []string{"#a1 .gauge[role=img]", "#a1 .mix table caption", "#a1 aside.findings li.finding",
		"#a1 h4.block.muted", "#a1 p.block.muted", "#a2 blockquote.block", "#a2 ul li.block", "header .legend",
		`nav a[href="#errors"]`, "#errors li", "#a1-f1 details"} {
		if doc.Find(sel).Length() == 0 {
			t.Errorf("no %s", sel)
		}
	}
	if got := doc.Find("#a1-c7 .src").Length(); got != 0 {
		t.Errorf("an unsourced claim has %d sources marked", got)
	}
	if got := doc.Find("#a1-c1 .src").Text(); got != "Mayor Elena Ortiz" {
		t.Errorf("claim 1 source %q", got)
	}
	if got := doc.Find("#a1-c1 .cue").Text(); got != "said" {
		t.Errorf("claim 1 cue %q", got)
	}
	if got := doc.Find(".finding").First().Find(".sev").Text(); got != "error" {
		t.Errorf("first finding is %q, want the error", got)
	}
}

// htmlPageOf is the HTML format's page of one article.
func htmlPageOf(t *testing.T, a *result.Article) []byte {
	t.Helper()
	var b bytes.Buffer
	p := NewHTML(&b, testOptions())
	if err := p.Article(a); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestHTMLOneArticle: the page of one article is the same on every run,
// and has no list of articles.
func TestHTMLOneArticle(t *testing.T) {
	a, b := htmlPageOf(t, res(levyArticle(t))), htmlPageOf(t, res(levyArticle(t)))
	if !bytes.Equal(a, b) {
		t.Error("the same article gives different pages")
	}
	doc := assertInert(t, a, []string{"Council Delays Vote on Riverton Transit Levy"})
	if doc.Find("section.article").Length() != 1 || doc.Find("nav").Length() != 0 {
		t.Error("want one article and no list of articles")
	}
	if err := NewHTML(io.Discard, Options{}).Article(nil); err == nil {
		t.Error("a nil article gave no error")
	}
}

// runChromium loads a page in headless Chromium and returns the DOM it
// built and what it logged.
func runChromium(t *testing.T, bin, page string) (dom, log string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "page.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0",
		"--dump-dom", "file://"+filepath.ToSlash(path))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.String(), stderr.String()
}

// consoleProblems picks from Chromium's log what the page caused: console
// messages (Chromium logs them all at INFO, console.error included, so any
// is taken as a fault: the page has no script to log anything), uncaught
// exceptions, and resources refused or not found.
func consoleProblems(log string) []string {
	var out []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "CONSOLE") || strings.Contains(l, "Uncaught") || strings.Contains(l, "Refused to") ||
			strings.Contains(l, "Content Security Policy") || strings.Contains(l, "Failed to load resource") {
			out = append(out, l)
		}
	}
	return out
}

// TestHTMLInChromium loads the fixture run's page and the hostile
// articles in headless Chromium: nothing may be logged, and the DOM must
// hold every article section with no script in it.
func TestHTMLInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	bin := browsertest.Find()
	if bin == "" {
		t.Skip("no chromium binary found")
	}

	t.Run("planted errors are seen", func(t *testing.T) {
		_, log := runChromium(t, bin, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>`+
			`<body><p>x</p><script>console.error("planted error"); noSuchFunction();</script></body></html>`)
		got := strings.Join(consoleProblems(log), "\n")
		if !strings.Contains(got, "planted error") || !strings.Contains(got, "Uncaught") {
			t.Fatalf("the log check misses a console error and an exception; Chromium logged:\n%s", log)
		}
	})

	t.Run("report", func(t *testing.T) {
		var b bytes.Buffer
		p := NewHTML(&b, testOptions())
		for _, a := range []*pipeline.Article{levyArticle(t), ferryArticle(t), hostileArticle(t, article.Text, hostileText), hostileArticle(t, article.HTML, hostilePage)} {
			if err := p.Article(res(a)); err != nil {
				t.Fatal(err)
			}
		}
		if err := p.InputError("drafts/missing.txt", errors.New("no such file")); err != nil {
			t.Fatal(err)
		}
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
		dom, log := runChromium(t, bin, b.String())
		if problems := consoleProblems(log); len(problems) > 0 {
			t.Errorf("Chromium logged:\n%s", strings.Join(problems, "\n"))
		}
		doc, err := goquery.NewDocumentFromReader(strings.NewReader(dom))
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"a1", "a2", "a3", "a4"} {
			if doc.Find("section.article#"+id+" mark.claim").Length() == 0 {
				t.Errorf("the DOM has no section %s with claims", id)
			}
		}
		if n := doc.Find("script").Length(); n > 0 {
			t.Errorf("the DOM has %d script elements", n)
		}
		if !strings.Contains(doc.Find("#a3").Text(), "<script>alert(1)</script>") {
			t.Error("the hostile text is not shown")
		}
	})
}

// TestHTMLParts checks that the article section, the legend and the
// stylesheet written alone are those of the whole page.
func TestHTMLParts(t *testing.T) {
	a := res(levyArticle(t))
	page := string(htmlPageOf(t, a))
	var section, legend, style bytes.Buffer
	if err := WriteHTMLArticle(&section, a, testOptions()); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTMLLegend(&legend); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTMLStyle(&style); err != nil {
		t.Fatal(err)
	}
	for name, part := range map[string]string{"section": section.String(), "legend": legend.String(), "style": "<style>\n" + style.String() + "</style>"} {
		if len(part) < 100 || !strings.Contains(page, part) {
			t.Errorf("the page does not hold the %s written alone (%d bytes)", name, len(part))
		}
	}
	if strings.Contains(style.String(), "<") {
		t.Error("the stylesheet holds markup")
	}
	if err := WriteHTMLArticle(&section, nil, Options{}); err == nil {
		t.Error("a nil article gave no error")
	}
}

// TestHTMLStates: an article not analysed shows no sourcing mix, one
// checked with no findings says so, one not checked says that.
func TestHTMLStates(t *testing.T) {
	base := res(levyArticle(t))
	for _, tc := range []struct {
		name   string
		change func(a *result.Article)
		want   []string
		not    []string
	}{
		{"not analysed", func(a *result.Article) { a.Summary.Analysed = false },
			[]string{"\n<p class=\"mix\">" + plural(len(base.Claims), "claim") + ", not analysed.</p>\n</div>"}, []string{`<div class="mix">`}},
		{"no findings", func(a *result.Article) { a.Findings = nil },
			[]string{"</span></h3>\n<p>No findings.</p>\n<details class=\"passed\">"}, []string{`<ol class="flist">`}},
		{"not checked", func(a *result.Article) { a.Summary.Checked = false },
			[]string{"\n<p>Not checked.</p>\n</aside>"}, []string{`class="gauge"`, "Rules passed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := *base
			tc.change(&a)
			var b bytes.Buffer
			if err := WriteHTMLArticle(&b, &a, testOptions()); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("no %q", w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(b.String(), n) {
					t.Errorf("has %q", n)
				}
			}
		})
	}
}

// TestWriteEscaped: text is escaped as html/template escapes element
// content, a quoted attribute's value and a title, every byte and invalid
// UTF-8 included.
func TestWriteEscaped(t *testing.T) {
	inputs := []string{"", "plain", `"quoted" & 'single' <b>+1</b>`, "nul\x00byte", "naïve “smart” \ufdd0\uffff", "bad \xff\xfe utf-8 <"}
	for c := range 256 {
		inputs = append(inputs, "a"+string([]byte{byte(c)})+"b")
	}
	for _, ctx := range []struct{ open, close string }{{"", ""}, {`<p class="`, `">`}, {"<title>", "</title>"}} {
		tmpl := template.Must(template.New("").Parse(ctx.open + `{{.}}` + ctx.close))
		for _, in := range inputs {
			var want bytes.Buffer
			if err := tmpl.Execute(&want, in); err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			got.WriteString(ctx.open)
			WriteEscaped(&got, in)
			got.WriteString(ctx.close)
			if got.String() != want.String() {
				t.Errorf("WriteEscaped(%q) = %q, want %q", in, got.String(), want.String())
			}
		}
	}
}
