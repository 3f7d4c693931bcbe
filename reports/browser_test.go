package reports

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/archivetest"
	"github.com/auditnews/audit/internal/browsertest"
	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/server"
	"github.com/auditnews/audit/result"
)

// contrastScript lists the visible text of the page whose colour does not
// reach WCAG AA contrast (4.5:1, or 3:1 for large text) on the background
// it stands on.
const contrastScript = `(() => {
  const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
  const lum = c => {
    const l = c.slice(0, 3).map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c;
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg') || !el.getClientRects().length) continue;
    const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim() !== '');
    if (!own) continue;
    const st = getComputedStyle(el);
    if (st.visibility === 'hidden' || el.closest('.visually-hidden, .skip')) continue;
    const fg = rgb(st.color), bg = background(el);
    const a = lum(fg), b = lum(bg);
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(st.fontSize), heavy = parseInt(st.fontWeight, 10) >= 700;
    const need = size >= 24 || (heavy && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + el.textContent.trim().slice(0, 30) + '" ' + ratio.toFixed(2));
  }
  return bad;
})()`

// TestSiteInChromium opens the site from its folder in headless Chromium
// and follows every link from the index: every page opens with nothing
// on the console, every link leads to a file of the site, every page is
// reached, the hostile text never runs, the text's contrast passes AA,
// the league table shows the figures of 'audit export outlets', and
// claims and sorting work from the keyboard.
func TestSiteInChromium(t *testing.T) {
	db := testArchive(t)
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := WriteDir(context.Background(), db, dir, siteOptions()); err != nil {
		t.Fatal(err)
	}
	b := browsertest.New(t, true)
	root := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
	pages := crawl(t, b, root, func(t *testing.T, page string) {
		if got := browsertest.Get(t, b, chromedp.Evaluate[string](`typeof window.pwned`)); got != "undefined" {
			t.Errorf("%s: article text ran (window.pwned is %s)", page, got)
		}
		if page == extraPage.Path {
			return
		}
		if bad := browsertest.Get(t, b, chromedp.Evaluate[[]string](contrastScript)); len(bad) > 0 {
			t.Errorf("%s: text below AA contrast:\n%s", page, strings.Join(bad, "\n"))
		}
	})
	var want int
	if err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".html") {
			want++
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if len(pages) != want {
		t.Errorf("the crawl reached %d pages of %d", len(pages), want)
	}
	b.NoConsole(t)

	t.Run("league table", func(t *testing.T) {
		b.Do(t, chromedp.Navigate(root+"index.html"))
		checkLeague(t, b, filepath.Join(dir, "outlets.json"))
	})
	t.Run("keyboard", func(t *testing.T) {
		// a claim is reached with the Tab key and shows its source and cue
		b.Do(t, chromedp.Navigate(root+"articles/1.html"))
		tabTo(t, b, `document.activeElement.matches('mark.claim')`)
		if d := browsertest.Get(t, b, chromedp.Evaluate[string](`getComputedStyle(document.activeElement.querySelector('.tip')).display`)); d != "block" {
			t.Errorf("a claim reached from the keyboard hides its details (display %s)", d)
		}
		// "Why it matters" opens from the keyboard
		tabTo(t, b, `document.activeElement.matches('summary')`)
		b.Do(t, chromedp.KeyEvent("\r"))
		if open := browsertest.Get(t, b, chromedp.Evaluate[bool](`document.activeElement.parentElement.open`)); !open {
			t.Error("a summary does not open with Enter")
		}
		// the league table sorts from the keyboard
		b.Do(t, chromedp.Navigate(root+"index.html"))
		tabTo(t, b, `document.activeElement.matches('table.league button.sort') && document.activeElement.textContent.startsWith('Claims')`)
		first := `document.querySelector('table.league tbody tr th').textContent`
		b.Do(t, chromedp.KeyEvent("\r"))
		asc := browsertest.Get(t, b, chromedp.Evaluate[string](first))
		b.Do(t, chromedp.KeyEvent("\r"))
		desc := browsertest.Get(t, b, chromedp.Evaluate[string](first))
		sort := browsertest.Get(t, b, chromedp.Evaluate[string](`document.activeElement.parentElement.getAttribute('aria-sort')`))
		if !strings.HasPrefix(desc, "The Harbor Post") || asc == desc || sort != "descending" {
			t.Errorf("sorting by claims: %q first ascending, %q descending, aria-sort %q", asc, desc, sort)
		}
	})
	b.NoConsole(t)
}

// crawl follows every link inside the site from its index, checks that
// each leads to a file, runs check on each page, and returns the pages
// reached, relative to the root.
func crawl(t *testing.T, b *browsertest.Browser, root string, check func(t *testing.T, page string)) map[string]bool {
	t.Helper()
	seen := map[string]bool{"index.html": true}
	queue := []string{"index.html"}
	for len(queue) > 0 {
		page := queue[0]
		queue = queue[1:]
		b.Do(t, chromedp.Navigate(root+page))
		check(t, page)
		links := browsertest.Get(t, b, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a[href], script[src]'), e => e.href || e.src)`))
		for _, l := range links {
			if !strings.HasPrefix(l, root) {
				if strings.HasPrefix(l, "file:") {
					t.Errorf("%s: link %s leaves the site", page, l)
				}
				continue
			}
			rel, _, _ := strings.Cut(strings.TrimPrefix(l, root), "#")
			file, err := url.PathUnescape(rel)
			if err != nil {
				t.Errorf("%s: link %s", page, l)
				continue
			}
			p, _ := url.Parse(root)
			if _, err := os.Stat(filepath.Join(filepath.FromSlash(p.Path), filepath.FromSlash(file))); err != nil {
				t.Errorf("%s: broken link %s", page, l)
				continue
			}
			if strings.HasSuffix(file, ".html") && !seen[file] {
				seen[file] = true
				queue = append(queue, rel)
			}
		}
	}
	return seen
}

// tabTo presses Tab until the condition holds, at most 200 times.
func tabTo(t *testing.T, b *browsertest.Browser, cond string) {
	t.Helper()
	for range 200 {
		if browsertest.Get(t, b, chromedp.Evaluate[bool](cond)) {
			return
		}
		b.Do(t, chromedp.KeyEvent("\t"))
	}
	t.Fatalf("Tab never reached %s", cond)
}

// checkLeague compares the league table the page shows with the outlets
// table (the rows of 'audit export outlets').
func checkLeague(t *testing.T, b *browsertest.Browser, table string) {
	t.Helper()
	data, err := os.ReadFile(table)
	if err != nil {
		t.Fatal(err)
	}
	var want []archive.OutletStats
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	rows := browsertest.Get(t, b, chromedp.Evaluate[[][]string](`Array.from(document.querySelectorAll('table.league tbody tr'),
		tr => Array.from(tr.cells, c => [c.querySelector('a') ? c.querySelector('a').textContent : c.textContent.trim(), c.getAttribute('data-v') || '']).flat())`))
	if len(rows) != len(want) {
		t.Fatalf("the table shows %d outlets, the export %d", len(rows), len(want))
	}
	for i, w := range want {
		r := rows[i]
		name := w.Outlet
		if name == "" {
			name = "No outlet named"
		}
		got := []string{r[0], r[3], r[5], r[9], r[11], r[13], r[15], r[17], r[19], r[21]}
		exp := []string{name, num(w.Articles), num(w.Claims), fv(w.NamedShare), fv(w.AnonymousShare), fv(w.OutletShare), fv(w.UnsourcedShare),
			strconv.Itoa(w.AnonymousWithReason), dec(100*ratio(w.UnsourcedStatistics, w.Claims), 1), fv(w.MeanScore)}
		if strings.Join(got, "|") != strings.Join(exp, "|") {
			t.Errorf("row %d shows %v\nthe export has %v", i+1, got, exp)
		}
		shown := []string{r[8], r[10], r[12], r[14]}
		if s := strings.Join(shown, " "); s != strings.Join([]string{pct(w.NamedShare), pct(w.AnonymousShare), pct(w.OutletShare), pct(w.UnsourcedShare)}, " ") {
			t.Errorf("row %d shows the shares %s", i+1, s)
		}
	}
}

// fv writes a figure as the page's data-v attribute holds it.
func fv(f float64) string { return fmt.Sprint(f) }

// TestSiteWithJavaScriptOff: the pages read whole with scripts off.
func TestSiteWithJavaScriptOff(t *testing.T) {
	db := testArchive(t)
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := WriteDir(context.Background(), db, dir, siteOptions()); err != nil {
		t.Fatal(err)
	}
	b := browsertest.New(t, false)
	root := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/"}).String()
	b.Do(t, chromedp.Navigate(root+"index.html"))
	checkLeague(t, b, filepath.Join(dir, "outlets.json"))
	if n := browsertest.Get(t, b, chromedp.Evaluate[int](`document.querySelectorAll('button.sort').length`)); n != 0 {
		t.Errorf("%d sort buttons with scripts off", n)
	}
	b.Do(t, chromedp.Navigate(root+"outlets/the-harbor-post.html"))
	if n := browsertest.Get(t, b, chromedp.Evaluate[int](`document.querySelectorAll('table.list tbody tr').length`)); n != 1 {
		t.Errorf("the outlet's first page lists %d articles, want 1", n)
	}
	b.NoConsole(t)
}

// TestServedInChromium opens the live pages through the server of 'audit serve',
// under its Content-Security-Policy: the script runs, nothing is
// refused or logged, and every link leads to a page.
func TestServedInChromium(t *testing.T) {
	db := testArchive(t)
	h, err := Handler(db, siteOptions())
	if err != nil {
		t.Fatal(err)
	}
	profile, err := config.NewProfiles(config.Options{None: true}).Load("")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(server.Config{Profile: profile, Version: "test", Reports: h})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	b := browsertest.New(t, true)
	root := ts.URL + "/reports/"
	seen := map[string]bool{}
	queue := []string{""}
	for len(queue) > 0 && len(seen) < 60 {
		page := queue[0]
		queue = queue[1:]
		b.Do(t, chromedp.Navigate(root+page))
		if n := browsertest.Get(t, b, chromedp.Evaluate[int](`document.querySelectorAll('button.sort').length`)); n == 0 && page == "" {
			t.Error("the script did not run on the index")
		}
		title := browsertest.Get(t, b, chromedp.Evaluate[string](`document.title`))
		if strings.Contains(title, "404") || title == "" {
			t.Errorf("%s: %q", page, title)
		}
		for _, l := range browsertest.Get(t, b, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('a[href]'), a => a.href)`)) {
			rel, _, _ := strings.Cut(strings.TrimPrefix(l, root), "#")
			if strings.HasPrefix(l, root) && strings.HasSuffix(rel, ".html") && !seen[rel] {
				seen[rel] = true
				queue = append(queue, rel)
			}
		}
	}
	b.NoConsole(t)
}

// TestArticleListSortsByScore sorts an outlet's list of articles by its
// score column, which sorts by number with unchecked articles last.
func TestArticleListSortsByScore(t *testing.T) {
	base := archivetest.Articles(t, filepath.Join("..", "archive", "testdata", "articles.json"))[0]
	var arts []result.Article
	for i, score := range []int{60, -1, 7, 95} {
		a := base
		a.Input, a.Meta.URL = fmt.Sprintf("copy-%d.md", i), fmt.Sprintf("https://harbor.example/copy-%d", i)
		a.Summary.Checked, a.Summary.Score = score >= 0, max(score, 0)
		arts = append(arts, a)
	}
	db := openArchive(t, arts)
	dir := filepath.Join(t.TempDir(), "site")
	opts := testOptions()
	opts.ArticlesPerPage = 10
	if _, err := WriteDir(context.Background(), db, dir, opts); err != nil {
		t.Fatal(err)
	}
	b := browsertest.New(t, true)
	page := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dir) + "/outlets/" + slugOf(base.Meta.Outlet) + ".html"}).String()
	b.Do(t, chromedp.Navigate(page))
	scores := `Array.from(document.querySelectorAll('table.list tbody tr'), tr => tr.cells[8].getAttribute('data-v'))`
	click := `(() => { Array.from(document.querySelectorAll('table.list button.sort')).find(x => x.textContent.startsWith('Score')).click(); return true })()`
	browsertest.Get(t, b, chromedp.Evaluate[bool](click))
	if got := strings.Join(browsertest.Get(t, b, chromedp.Evaluate[[]string](scores)), " "); got != "7 60 95 -" {
		t.Errorf("sorted by score, ascending: %s", got)
	}
	browsertest.Get(t, b, chromedp.Evaluate[bool](click))
	if got := strings.Join(browsertest.Get(t, b, chromedp.Evaluate[[]string](scores)), " "); got != "95 60 7 -" {
		t.Errorf("sorted by score, descending: %s", got)
	}
	b.NoConsole(t)
}
