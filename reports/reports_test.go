package reports

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/golden"
	"github.com/auditnews/audit/internal/tabular"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// extraPage is a page of Options.Pages, as the demo's comparison is one.
var extraPage = Page{Path: "more/extra.html", Title: "An extra page", About: "written by the caller",
	Write: func(w io.Writer) error {
		_, err := io.WriteString(w, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Extra</title></head><body><p><a href="../index.html">Back</a></p></body></html>`)
		return err
	}}

// writeSite writes the test archive's site into memory.
func writeSite(t testing.TB, db *archive.DB, opts Options) (*memSink, *Summary) {
	t.Helper()
	out := newMemSink()
	sum, err := Write(context.Background(), db, out, opts)
	if err != nil {
		t.Fatal(err)
	}
	return out, sum
}

func siteOptions() Options {
	o := testOptions()
	o.Pages = []Page{extraPage}
	return o
}

// TestSite checks the files of the test archive's site against golden
// files: the list of files, and one page of each kind.
func TestSite(t *testing.T) {
	db := testArchive(t)
	out, sum := writeSite(t, db, siteOptions())
	golden.Check(t, filepath.Join("testdata", "files.txt"), []byte(strings.Join(out.paths(), "\n")+"\n"), *update)
	for _, p := range []string{"index.html", "methodology.html", "outlets/valley-times.html", "outlets/the-harbor-post-articles-2.html",
		"outlets/no-outlet.html", "articles/3.html", "sources/index.html", "sources/1.html", "sources/1-2.html", "sources/ids-1-128.html", "outlets/valley-times-months.csv",
		"sources/1-outlets.json", "sources/ids-1-128-citations.csv", "outlets/valley-times-claims.csv"} {
		b, ok := out.files[p]
		if !ok {
			t.Errorf("no %s", p)
			continue
		}
		golden.Check(t, filepath.Join("testdata", "site", strings.ReplaceAll(p, "/", "_")), b.Bytes(), *update)
	}
	if sum.Outlets != 4 || sum.Articles != 6 || sum.Files != len(out.files) {
		t.Errorf("summary %+v for %d files", sum, len(out.files))
	}
	var pages int
	var bytes int64
	for p, b := range out.files {
		if strings.HasSuffix(p, ".html") {
			pages++
		}
		bytes += int64(b.Len())
	}
	if sum.Pages != pages || sum.Bytes != bytes {
		t.Errorf("summary counts %d pages and %d bytes, the site has %d and %d", sum.Pages, sum.Bytes, pages, bytes)
	}
}

// TestReproducible: the same archive gives the same bytes, however many
// pages are made at once.
func TestReproducible(t *testing.T) {
	db := testArchive(t)
	one := siteOptions()
	one.Workers = 1
	many := siteOptions()
	many.Workers = 8
	a, _ := writeSite(t, db, one)
	b, _ := writeSite(t, db, many)
	if strings.Join(a.paths(), " ") != strings.Join(b.paths(), " ") {
		t.Fatalf("the files differ:\n%v\n%v", a.paths(), b.paths())
	}
	for p, f := range a.files {
		if !bytes.Equal(f.Bytes(), b.files[p].Bytes()) {
			t.Errorf("%s differs between two runs", p)
		}
	}
}

// TestTables: the CSV and JSON beside the tables hold the figures of the
// archive's read methods, which 'audit export' writes.
func TestTables(t *testing.T) {
	ctx := context.Background()
	db := testArchive(t)
	out, _ := writeSite(t, db, siteOptions())
	outlets, err := db.Outlets(ctx, archive.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sources, err := db.Sources(ctx, archive.Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range dataFormats {
		checkTable(t, out, "outlets."+format, format, outlets)
		checkTable(t, out, "sources."+format, format, sources)
		one, err := db.Outlets(ctx, archive.Filter{Outlet: "Valley Times"})
		if err != nil {
			t.Fatal(err)
		}
		checkTable(t, out, "outlets/valley-times-summary."+format, format, one)
		arts, err := db.Articles(ctx, archive.Filter{Outlet: "Valley Times"}, archive.Page{})
		if err != nil {
			t.Fatal(err)
		}
		checkTable(t, out, "outlets/valley-times-articles."+format, format, arts)
		cites, err := db.Citations(ctx, archive.Filter{Outlet: "The Harbor Post"})
		if err != nil {
			t.Fatal(err)
		}
		checkTable(t, out, "outlets/the-harbor-post-relies-on."+format, format, cites)
		var claims []archive.ClaimRow
		if err := db.EachClaim(ctx, archive.Filter{Outlet: "Valley Times"}, func(c archive.ClaimRow) error { claims = append(claims, c); return nil }); err != nil {
			t.Fatal(err)
		}
		checkTable(t, out, "outlets/valley-times-claims."+format, format, claims)
	}
	// a source's citations by outlet add up to its figures
	var rows []SourceOutlet
	if err := json.Unmarshal(out.files[shardData(1, 128, "outlets")+".json"].Bytes(), &rows); err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		n, claims := 0, 0
		for _, r := range rows {
			if r.SourceID == s.ID {
				n += r.Citations
				claims += r.Claims
			}
		}
		if n != s.Citations || claims != s.Claims {
			t.Errorf("%s: by outlet %d citations, %d claims; Sources says %d, %d", s.Name, n, claims, s.Citations, s.Claims)
		}
		if own, ok := out.files[sourceData(s.ID, "outlets")+".json"]; ok != (s.Citations > 2) {
			t.Errorf("%s, %d citations: pages of its own %v", s.Name, s.Citations, ok)
		} else if ok {
			var mine []SourceOutlet
			if err := json.Unmarshal(own.Bytes(), &mine); err != nil {
				t.Fatal(err)
			}
			var shared []SourceOutlet
			for _, r := range rows {
				if r.SourceID == s.ID {
					shared = append(shared, r)
				}
			}
			if !reflect.DeepEqual(mine, shared) {
				t.Errorf("%s: its outlets %+v on its page, %+v on the shared page", s.Name, mine, shared)
			}
		}
	}
}

func checkTable[T any](t *testing.T, out *memSink, p, format string, rows []T) {
	t.Helper()
	var want bytes.Buffer
	if err := tabular.WriteAll(&want, format, rows); err != nil {
		t.Fatal(err)
	}
	got, ok := out.files[p]
	if !ok {
		t.Errorf("no %s", p)
		return
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("%s differs from the archive's rows:\n%s", p, golden.Diff(want.String(), got.String()))
	}
}

// TestLinks: every link and script of every page leads to a file of the
// site, and every #fragment to an element of its page; every page but
// the index is linked from another.
func TestLinks(t *testing.T) {
	db := testArchive(t)
	out, _ := writeSite(t, db, siteOptions())
	linked := map[string]bool{indexPath: true}
	for _, p := range out.paths() {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		doc := parse(t, out.files[p].Bytes())
		doc.Find("a[href], script[src], link[href]").Each(func(_ int, el *goquery.Selection) {
			ref := el.AttrOr("href", el.AttrOr("src", ""))
			u, err := url.Parse(ref)
			if err != nil {
				t.Errorf("%s: bad link %q", p, ref)
				return
			}
			if u.Scheme == "http" || u.Scheme == "https" || ref == "data:," {
				return
			}
			if u.Scheme != "" || u.Host != "" || strings.HasPrefix(u.Path, "/") {
				t.Errorf("%s: link %q leaves the site", p, ref)
				return
			}
			target := p
			if u.Path != "" {
				target = path.Join(path.Dir(p), u.Path)
			}
			if _, ok := out.files[target]; !ok {
				t.Errorf("%s: link %q leads nowhere (%s)", p, ref, target)
				return
			}
			linked[target] = true
			if u.Fragment != "" && strings.HasSuffix(target, ".html") {
				if parse(t, out.files[target].Bytes()).Find("#"+cssEscape(u.Fragment)).Length() == 0 {
					t.Errorf("%s: link %q: no element %q in %s", p, ref, u.Fragment, target)
				}
			}
		})
	}
	for _, p := range out.paths() {
		if strings.HasSuffix(p, ".html") && !linked[p] {
			t.Errorf("no page links to %s", p)
		}
	}
}

func cssEscape(id string) string { return strings.NewReplacer(".", `\.`, ":", `\:`).Replace(id) }

func parse(t testing.TB, b []byte) *goquery.Document {
	t.Helper()
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestHostileText: markup and script in the archive's text, titles, names
// and URLs are shown as text in every page, never put in as markup.
func TestHostileText(t *testing.T) {
	db := testArchive(t)
	out, _ := writeSite(t, db, siteOptions())
	shown := 0
	for _, p := range out.paths() {
		if !strings.HasSuffix(p, ".html") || p == extraPage.Path {
			continue
		}
		b := out.files[p].String()
		for _, bad := range []string{"<script>window.pwned", `onerror="window.pwned`, `href="javascript:`, "<b>News</b>"} {
			if strings.Contains(b, bad) {
				t.Errorf("%s holds %q as markup", p, bad)
			}
		}
		doc := parse(t, out.files[p].Bytes())
		if doc.Find("script").Length() != 1 || doc.Find("script[src]").Length() != 1 {
			t.Errorf("%s runs a script of its own making", p)
		}
		if strings.Contains(doc.Text(), "<script>window.pwned = 1</script>") {
			shown++
		}
	}
	if shown < 3 {
		t.Errorf("the hostile text shows as text in %d pages, want the index, its outlet and its article at least", shown)
	}
}

// TestHandler: the live handler answers every path of the site with the
// bytes Write wrote there, and 404 where the site has nothing.
func TestHandler(t *testing.T) {
	db := testArchive(t)
	out, _ := writeSite(t, db, siteOptions())
	h, err := Handler(db, siteOptions())
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.StripPrefix("/reports", h))
	defer ts.Close()
	for _, p := range out.paths() {
		if p == markerPath {
			continue
		}
		status, typ, body := get(t, ts.URL+"/reports/"+p)
		if status != 200 || !bytes.Equal(body, out.files[p].Bytes()) {
			t.Errorf("%s: %d, %d bytes, want the %d bytes Write wrote", p, status, len(body), out.files[p].Len())
		}
		if want := contentType(p); typ != want {
			t.Errorf("%s: Content-Type %q, want %q", p, typ, want)
		}
	}
	if status, _, body := get(t, ts.URL+"/reports/"); status != 200 || !bytes.Equal(body, out.files[indexPath].Bytes()) {
		t.Errorf("/reports/: %d", status)
	}
	for _, p := range []string{markerPath, "nothing.html", "outlets/nobody.html", "outlets/valley-times-articles-3.html", "outlets/valley-times-articles-02.html",
		"outlets/valley-times-people.csv", "outlets/valley-times.txt", "articles/99.html", "articles/1-claims.csv", "articles/01.html", "articles/x.html",
		"sources/999.html", "sources/1-9.html", "sources/1-people.csv", "sources/page-1.html", "sources/page-9.html", "assets/other.js", "../index.html",
		"outlets/valley-times.html.csv", "sources/2.html", "sources/2-outlets.csv", "sources/2-citations.json", "sources/ids-129-256.html", "sources/ids-2-129.html",
		"sources/ids-1-128-people.csv", "sources/ids-1-128.csv", "sources/ids-1-128-outlets.html", "sources/ids-01-128.html"} {
		if status, _, _ := get(t, ts.URL+"/reports/"+p); status != 404 {
			t.Errorf("%s: %d, want 404", p, status)
		}
	}
	res, err := http.Post(ts.URL+"/reports/index.html", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Body.Close(); err != nil {
		t.Error(err)
	}
	if res.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d, want 405", res.StatusCode)
	}
	// an article outside the report's filter is not served
	f, err := Handler(db, Options{Filter: archive.Filter{Outlet: "Valley Times"}, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	f.ServeHTTP(rec, httptest.NewRequest("GET", "/articles/1.html", nil))
	if rec.Code != 404 {
		t.Errorf("an article of another outlet: %d, want 404", rec.Code)
	}
}

func get(t *testing.T, u string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(res.Body)
	if cerr := res.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

// TestFilteredSite: a report of one outlet holds its articles only.
func TestFilteredSite(t *testing.T) {
	db := testArchive(t)
	o := testOptions()
	o.Filter = archive.Filter{Outlet: "harbor post", Since: "2025-03-10"}
	out, sum := writeSite(t, db, o)
	if sum.Outlets != 1 || sum.Articles != 1 {
		t.Errorf("summary %+v, want one outlet and one article", sum)
	}
	index := out.files[indexPath].String()
	if !strings.Contains(index, "only the articles of harbor post, published on or after 2025-03-10") || strings.Contains(index, "Valley Times</a>") {
		t.Errorf("the index does not say what it was narrowed to, or lists other outlets")
	}
}

func TestOptions(t *testing.T) {
	db := testArchive(t)
	write := func(w io.Writer) error { return nil }
	for _, p := range []Page{
		{Path: "index.html", Write: write}, {Path: "outlets/x.html", Write: write}, {Path: "../x.html", Write: write},
		{Path: "/x.html", Write: write}, {Path: "a/b/c.html", Write: write}, {Path: "x.html"}, {Path: ".hidden", Write: write},
		{Path: "sources.csv", Write: write}, {Path: "x y.html", Write: write}, {Path: "./x.html", Write: write},
	} {
		if _, err := Write(context.Background(), db, newMemSink(), Options{Pages: []Page{p}}); err == nil {
			t.Errorf("a page at %q was accepted", p.Path)
		}
	}
	two := []Page{{Path: "x.html", Write: write}, {Path: "x.html", Write: write}}
	if _, err := Handler(db, Options{Pages: two}); err == nil {
		t.Error("two pages at one path were accepted")
	}
	if _, err := Write(context.Background(), db, newMemSink(), Options{Filter: archive.Filter{Since: "May"}}); err == nil {
		t.Error("a bad date was accepted")
	}
	if _, err := Handler(nil, Options{}); err == nil {
		t.Error("no archive was accepted")
	}
}
