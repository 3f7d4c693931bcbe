package server

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// multipartForm encodes fields, and a file when fileName is set.
func multipartForm(t *testing.T, fields map[string]string, fileName, file string) (string, *bytes.Buffer) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		if err := mw.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if fileName != "" {
		fw, err := mw.CreateFormFile("file", fileName)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(fw, file); err != nil {
			t.Fatal(err)
		}
	}
	if err := mw.Close(); err != nil {
		t.Fatal(err)
	}
	return mw.FormDataContentType(), &b
}

func parseHTML(t *testing.T, data []byte) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestPage(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	got := call(t, ts, "GET", "/", "", nil)
	doc := parseHTML(t, got.body)
	if got.status != 200 || got.header.Get("Content-Security-Policy") != pageCSP || doc.Find("form#check-form textarea#text").Length() != 1 {
		t.Fatalf("GET /: %d, CSP %q", got.status, got.header.Get("Content-Security-Policy"))
	}
	if doc.Find("script:not([src])").Length() > 0 || doc.Find("#results section").Length() > 0 {
		t.Error("the empty page has inline script or results")
	}

	ctype, body := multipartForm(t, map[string]string{"text": strings.ReplaceAll(draft, "\n", "\r\n"), "format": "text"}, "", "")
	got = call(t, ts, "POST", "/", ctype, body)
	doc = parseHTML(t, got.body)
	if got.status != 200 {
		t.Fatalf("POST /: %s", got)
	}
	if v := doc.Find("textarea#text").Text(); v != draft {
		t.Errorf("the draft is not kept in the form: %q", v)
	}
	if doc.Find(`#results section.article mark.claim`).Length() < 4 || doc.Find("#results .finding").Length() == 0 || doc.Find("#results .legend").Length() != 1 {
		t.Errorf("no highlights, findings or legend in the results")
	}
	if doc.Find(`select#format option[value="text"][selected]`).Length() != 1 {
		t.Error("the format chosen is not kept")
	}
	// the section is the HTML format's
	var want bytes.Buffer
	if err := printer.WriteHTMLArticle(&want, decodeReport(t, call(t, ts, "POST", "/v1/check?name=draft", "text/plain", strings.NewReader(draft)).body), printer.Options{Tool: printer.Tool{Name: "audit", Version: "0.0.0-test"}, Rules: testProfile(t).Checker.Rules()}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got.body, want.Bytes()) {
		t.Error("the page's article section is not the HTML format's")
	}

	// the script's fragment: the results alone
	ctype, body = multipartForm(t, map[string]string{"text": draft}, "", "")
	got = call(t, ts, "POST", "/fragment", ctype, body)
	if got.status != 200 || bytes.Contains(got.body, []byte("<form")) || !bytes.Contains(got.body, []byte(`<section class="article"`)) {
		t.Errorf("fragment: %s", got)
	}
	// URL-encoded forms are read too
	got = call(t, ts, "POST", "/fragment", "application/x-www-form-urlencoded", strings.NewReader(url.Values{"text": {draft}, "format": {"auto"}}.Encode()))
	if got.status != 200 || !bytes.Contains(got.body, []byte("mark class=\"claim")) {
		t.Errorf("URL-encoded fragment: %s", got)
	}
}

func TestPageUpload(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	md := "# Toll Rises\n\nThe toll rose to **$14** on Monday, the mayor said.\n"
	ctype, body := multipartForm(t, map[string]string{"text": "", "format": "auto"}, "toll.md", md)
	got := call(t, ts, "POST", "/", ctype, body)
	doc := parseHTML(t, got.body)
	if got.status != 200 || doc.Find("textarea#text").Text() != md {
		t.Errorf("upload: %d, textarea %q", got.status, doc.Find("textarea#text").Text())
	}
	if h := doc.Find("#results section.article h2").Text(); h != "Toll Rises" {
		t.Errorf("the file was not read as Markdown: title %q", h)
	}
}

func TestPageErrors(t *testing.T) {
	_, ts := newServer(t, Config{MaxBytes: 1 << 10}, nil)
	for _, tc := range []struct {
		name, path string
		fields     map[string]string
		status     int
		want       string
	}{
		{"empty", "/", map[string]string{"text": "  "}, 422, "paste a draft"},
		{"empty fragment", "/fragment", map[string]string{"text": ""}, 422, "paste a draft"},
		{"binary", "/", map[string]string{"text": "\x00\x01\x02"}, 422, "binary"},
		{"bad format", "/", map[string]string{"text": draft, "format": "pdf"}, 400, "unknown input format"},
		{"too large", "/", map[string]string{"text": strings.Repeat("The mayor said so. ", 100)}, 413, "size cap"},
		{"long field", "/fragment", map[string]string{"text": draft, "format": strings.Repeat("x", 2000)}, 400, "longer than"},
	} {
		ctype, body := multipartForm(t, tc.fields, "", "")
		got := call(t, ts, "POST", tc.path, ctype, body)
		doc := parseHTML(t, got.body)
		if got.status != tc.status || !strings.Contains(doc.Find(".problem").Text(), tc.want) {
			t.Errorf("%s: %d %q, want %d with %q", tc.name, got.status, doc.Find(".problem").Text(), tc.status, tc.want)
		}
	}
	if got := call(t, ts, "POST", "/", "text/plain", strings.NewReader(draft)); got.status != 415 {
		t.Errorf("text/plain form: %s, want 415", got)
	}
	if got := call(t, ts, "POST", "/", "multipart/form-data", strings.NewReader(draft)); got.status != 400 {
		t.Errorf("multipart without boundary: %s, want 400", got)
	}
	// a form posted from another site is refused
	ctype, body := multipartForm(t, map[string]string{"text": draft}, "", "")
	if got := call(t, ts, "POST", "/", ctype, body, "Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"); got.status != 403 {
		t.Errorf("cross-site form: %s, want 403", got)
	}
}

// TestPageEscapes checks that hostile text comes back as text: no script
// or event handler from the article reaches the page.
func TestPageEscapes(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	ctype, body := multipartForm(t, map[string]string{"text": hostileDraft, "format": "text"}, "", "")
	got := call(t, ts, "POST", "/", ctype, body)
	doc := parseHTML(t, got.body)
	if n := doc.Find("script").Length(); n != 1 || doc.Find("script").AttrOr("src", "") != "static/app.js" {
		t.Errorf("%d script elements", n)
	}
	if doc.Find("[onerror], img, textarea ~ script").Length() > 0 {
		t.Error("markup from the article reached the page")
	}
	if doc.Find("textarea#text").Text() != hostileDraft {
		t.Error("the hostile draft is not kept as text in the form")
	}
	if !strings.Contains(doc.Find("#results").Text(), "<script>window.pwned = 2</script>") {
		t.Error("the hostile text is not shown as text")
	}
}

func TestStatic(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	var css bytes.Buffer
	if err := printer.WriteHTMLStyle(&css); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{"/static/app.js": "text/javascript", "/static/page.css": "text/css", "/static/report.css": "text/css"} {
		got := call(t, ts, "GET", path, "", nil)
		if got.status != 200 || !strings.HasPrefix(got.header.Get("Content-Type"), want) || len(got.body) < 200 {
			t.Errorf("%s: %d %s", path, got.status, got.header.Get("Content-Type"))
		}
		if path == "/static/report.css" && !bytes.Equal(got.body, css.Bytes()) {
			t.Error("report.css is not the HTML format's stylesheet")
		}
	}
	if got := call(t, ts, "GET", "/static/none.js", "", nil); got.status != 404 {
		t.Errorf("missing file: %s", got)
	}
}

// TestArchiveHooks checks where the archive plugs in: the report pages
// under /reports/ and the "Store in archive" button.
func TestArchiveHooks(t *testing.T) {
	var stored []string
	var reportPath string
	cfg := Config{
		Reports: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			reportPath = r.URL.Path
			if r.URL.Path == "/missing.html" {
				http.NotFound(w, r)
				return
			}
			if _, err := io.WriteString(w, "<p>report</p>"); err != nil {
				t.Error(err)
			}
		}),
		Store: func(_ context.Context, outlet string, a *result.Article) (string, error) {
			if outlet == "Broken Times" {
				return "", errors.New("disk full")
			}
			stored = append(stored, outlet+": "+a.Meta.Title)
			return "article 7", nil
		},
	}
	_, ts := newServer(t, cfg, nil)
	page := parseHTML(t, call(t, ts, "GET", "/", "", nil).body)
	if page.Find(`button#store[formaction="store"]`).Length() != 1 || page.Find(`a[href="reports/"]`).Length() != 1 {
		t.Error("the page has no store button or no link to the reports")
	}
	if got := call(t, ts, "GET", "/reports/outlets/harbor.html", "", nil); got.status != 200 || reportPath != "/outlets/harbor.html" ||
		got.header.Get("Content-Security-Policy") != reportsCSP {
		t.Errorf("reports: %s, path %q, CSP %q", got, reportPath, got.header.Get("Content-Security-Policy"))
	}
	if got := call(t, ts, "GET", "/reports/missing.html", "", nil); got.status != 404 {
		t.Errorf("missing report: %s", got)
	}
	ctype, body := multipartForm(t, map[string]string{"text": draft, "outlet": "Harbor Post"}, "", "")
	got := call(t, ts, "POST", "/store", ctype, body)
	if got.status != 200 || !strings.Contains(string(got.body), "Stored in the archive under Harbor Post as article 7.") ||
		len(stored) != 1 || stored[0] != "Harbor Post: Bridge Toll Rises Again" {
		t.Errorf("store: %d, stored %v", got.status, stored)
	}
	for outlet, status := range map[string]int{"": 422, "Broken Times": 500} {
		ctype, body := multipartForm(t, map[string]string{"text": draft, "outlet": outlet}, "", "")
		if got := call(t, ts, "POST", "/store", ctype, body); got.status != status {
			t.Errorf("store under %q: %d, want %d", outlet, got.status, status)
		}
	}
	// without an archive, neither route exists
	_, plain := newServer(t, Config{}, nil)
	page = parseHTML(t, call(t, plain, "GET", "/", "", nil).body)
	if page.Find("button#store").Length() != 0 || page.Find(`a[href="reports/"]`).Length() != 0 {
		t.Error("the page offers the archive without one")
	}
}
