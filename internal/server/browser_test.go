package server

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds a headless-capable Chromium or Chrome, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is a headless Chromium with a fresh profile, JavaScript on or
// off, that notes every console message, uncaught exception and browser
// log entry of its tab (console.log included: the page logs nothing).
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string
}

func newBrowser(t *testing.T, bin string, js bool) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(1280, 900),
		chromedp.UserDataDir(filepath.Join(t.TempDir(), "profile")),
	}
	if !js {
		opts = append(opts, chromedp.Flag("blink-settings", "scriptEnabled=false"))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelBrowser := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	b := &browser{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		cancelTime()
		cancelBrowser()
		cancelAlloc()
		t.Skipf("cannot start %s: %v", bin, err)
	}
	messages := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.problems = append(b.problems, fmt.Sprintf("%s: %s %s", m.Type, m.Text, m.URL))
			b.mu.Unlock()
		}
	}()
	t.Cleanup(func() { cancelTime(); cancelBrowser(); cancelAlloc(); <-done })
	return b
}

func (b *browser) do(t *testing.T, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// get runs one action that returns a value.
func get[T any](t *testing.T, b *browser, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// seen returns what the browser reported so far.
func (b *browser) seen() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.Join(b.problems, "\n")
}

func (b *browser) noProblems(t *testing.T) {
	t.Helper()
	time.Sleep(100 * time.Millisecond) // let the last messages arrive
	if p := b.seen(); p != "" {
		t.Errorf("the browser reported:\n%s", p)
	}
}

// screenshot saves the page when AUDIT_SCREENSHOTS names a folder.
func (b *browser) screenshot(t *testing.T, name string) {
	dir := os.Getenv("AUDIT_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := get(t, b, chromedp.FullScreenshot(100))
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Error(err)
	}
}

// results reads the results the page shows.
func (b *browser) results(t *testing.T) (marks, findings int, text string) {
	t.Helper()
	doc := parseHTML(t, []byte(get(t, b, chromedp.OuterHTML(chromedp.CSS("#results")))))
	return doc.Find("mark.claim").Length(), doc.Find("li.finding").Length(), doc.Text()
}

// TestPageInChromium checks the editor's page in headless Chromium with
// JavaScript on (typing re-checks, debounced) and off (the form posts):
// a pasted draft comes back with highlights and findings, hostile text
// never runs, and nothing is logged to the console.
func TestPageInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	bin := chromium()
	if bin == "" {
		t.Skip("no chromium binary found")
	}

	t.Run("planted errors are seen", func(t *testing.T) {
		planted := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, `<!DOCTYPE html><title>x</title><link rel="icon" href="data:,"><script>console.error("planted error"); noSuchFunction();</script>`)
		}))
		defer planted.Close()
		b := newBrowser(t, bin, true)
		b.do(t, chromedp.Navigate(planted.URL), chromedp.Sleep(300*time.Millisecond))
		if got := b.seen(); !strings.Contains(got, "planted error") || !strings.Contains(got, "exception") {
			t.Fatalf("the listener misses a console error and an exception; got:\n%s", b.seen())
		}
	})

	var checks atomic.Int32
	_, ts := newServer(t, Config{}, func(s *Server) {
		next := s.analyze
		s.analyze = func(ctx context.Context, req *checkRequest) (*checked, error) {
			checks.Add(1)
			return next(ctx, req)
		}
	})

	t.Run("JavaScript on", func(t *testing.T) {
		b := newBrowser(t, bin, true)
		b.do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")))
		status := get(t, b, chromedp.Text(chromedp.CSS("#status")))
		if status != "Checks as you type." {
			t.Errorf("the script did not start: status %q", status)
		}
		checks.Store(0)
		b.do(t, chromedp.SendKeys(chromedp.CSS("#text"), draft),
			chromedp.WaitVisible(chromedp.CSS("#results section.article mark.claim")),
			chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent === 'Checked.'`))
		marks, findings, _ := b.results(t)
		if marks < 4 || findings == 0 {
			t.Errorf("%d highlighted claims and %d findings", marks, findings)
		}
		if n := checks.Load(); n < 1 || n > 10 {
			t.Errorf("%d checks for %d keystrokes: typing is not debounced", n, len(draft))
		}
		b.screenshot(t, "js-on")
		// typing on re-checks, and the text stays
		more := "\nThe ferry fare rose to $9 last week, the port authority said.\n"
		b.do(t, chromedp.SendKeys(chromedp.CSS("#text"), more),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('#results mark.claim').length > %d`, marks), chromedp.WithPollingTimeout(20*time.Second)))
		value := get(t, b, chromedp.Value(chromedp.CSS("#text")))
		if value != draft+more {
			t.Errorf("the text in the form changed: %q", value)
		}

		// hostile text: shown, never run
		b.do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), hostileDraft),
			chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent === 'Checked.'`, chromedp.WithPollingTimeout(20*time.Second)))
		_, _, text := b.results(t)
		if !strings.Contains(text, "<script>window.pwned = 2</script>") {
			t.Error("the hostile text is not shown")
		}
		pwned := get(t, b, chromedp.Evaluate[string](`typeof window.pwned`))
		if pwned != "undefined" {
			t.Errorf("article text ran: window.pwned is %s", pwned)
		}
		b.noProblems(t)
	})

	t.Run("JavaScript off", func(t *testing.T) {
		b := newBrowser(t, bin, false)
		b.do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), draft),
			chromedp.Click(chromedp.CSS("#check")),
			chromedp.WaitVisible(chromedp.CSS("#results section.article mark.claim")))
		marks, findings, _ := b.results(t)
		if marks < 4 || findings == 0 {
			t.Errorf("%d highlighted claims and %d findings", marks, findings)
		}
		html := get(t, b, chromedp.OuterHTML(chromedp.CSS("textarea")))
		if !strings.Contains(html, "Mayor Ana Ruiz said") {
			t.Error("the draft is not kept in the form")
		}
		status := get(t, b, chromedp.Text(chromedp.CSS("#status")))
		if status != "" {
			t.Errorf("the script ran with JavaScript off: status %q", status)
		}
		b.screenshot(t, "js-off")

		b.do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), hostileDraft),
			chromedp.Click(chromedp.CSS("#check")),
			chromedp.WaitVisible(chromedp.CSS("#results section.article")))
		html = get(t, b, chromedp.OuterHTML(chromedp.CSS("html")))
		doc := parseHTML(t, []byte(html))
		if doc.Find("script").Length() != 1 || doc.Find("img, [onerror]").Length() != 0 {
			t.Error("markup from the article reached the DOM")
		}
		if !bytes.Contains([]byte(doc.Find("#results").Text()), []byte("<script>window.pwned = 2</script>")) {
			t.Error("the hostile text is not shown")
		}
		b.noProblems(t)
	})
}
