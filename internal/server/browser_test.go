package server

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/auditnews/audit/internal/browsertest"
)

// results reads the results the page shows.
func results(t *testing.T, b *browsertest.Browser) (marks, findings int, text string) {
	t.Helper()
	doc := parseHTML(t, []byte(browsertest.Get(t, b, chromedp.OuterHTML(chromedp.CSS("#results")))))
	return doc.Find("mark.claim").Length(), doc.Find("li.finding").Length(), doc.Text()
}

// TestPageInChromium checks the editor's page in headless Chromium with
// JavaScript on (typing re-checks, debounced) and off (the form posts):
// a pasted draft comes back with highlights and findings, hostile text
// never runs, and nothing is logged to the console.
func TestPageInChromium(t *testing.T) {
	var checks atomic.Int32
	_, ts := newServer(t, Config{}, func(s *Server) {
		next := s.analyze
		s.analyze = func(ctx context.Context, req *checkRequest) (*checked, error) {
			checks.Add(1)
			return next(ctx, req)
		}
	})

	t.Run("JavaScript on", func(t *testing.T) {
		b := browsertest.New(t, true)
		b.Do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")))
		status := browsertest.Get(t, b, chromedp.Text(chromedp.CSS("#status")))
		if status != "Checks as you type." {
			t.Errorf("the script did not start: status %q", status)
		}
		checks.Store(0)
		b.Do(t, chromedp.SendKeys(chromedp.CSS("#text"), draft),
			chromedp.WaitVisible(chromedp.CSS("#results section.article mark.claim")),
			chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent === 'Checked.'`))
		marks, findings, _ := results(t, b)
		if marks < 4 || findings == 0 {
			t.Errorf("%d highlighted claims and %d findings", marks, findings)
		}
		if n := checks.Load(); n < 1 || n > 10 {
			t.Errorf("%d checks for %d keystrokes: typing is not debounced", n, len(draft))
		}
		b.Screenshot(t, "js-on")
		// typing on re-checks, and the text stays
		more := "\nThe ferry fare rose to $9 last week, the port authority said.\n"
		b.Do(t, chromedp.SendKeys(chromedp.CSS("#text"), more),
			chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.querySelectorAll('#results mark.claim').length > %d`, marks), chromedp.WithPollingTimeout(20*time.Second)))
		value := browsertest.Get(t, b, chromedp.Value(chromedp.CSS("#text")))
		if value != draft+more {
			t.Errorf("the text in the form changed: %q", value)
		}

		// hostile text: shown, never run
		b.Do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), hostileDraft),
			chromedp.Poll[chromedp.Void](`document.getElementById('status').textContent === 'Checked.'`, chromedp.WithPollingTimeout(20*time.Second)))
		_, _, text := results(t, b)
		if !strings.Contains(text, "<script>window.pwned = 2</script>") {
			t.Error("the hostile text is not shown")
		}
		pwned := browsertest.Get(t, b, chromedp.Evaluate[string](`typeof window.pwned`))
		if pwned != "undefined" {
			t.Errorf("article text ran: window.pwned is %s", pwned)
		}
		b.NoConsole(t)
	})

	t.Run("JavaScript off", func(t *testing.T) {
		b := browsertest.New(t, false)
		b.Do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), draft),
			chromedp.Click(chromedp.CSS("#check")),
			chromedp.WaitVisible(chromedp.CSS("#results section.article mark.claim")))
		marks, findings, _ := results(t, b)
		if marks < 4 || findings == 0 {
			t.Errorf("%d highlighted claims and %d findings", marks, findings)
		}
		html := browsertest.Get(t, b, chromedp.OuterHTML(chromedp.CSS("textarea")))
		if !strings.Contains(html, "Mayor Ana Ruiz said") {
			t.Error("the draft is not kept in the form")
		}
		status := browsertest.Get(t, b, chromedp.Text(chromedp.CSS("#status")))
		if status != "" {
			t.Errorf("the script ran with JavaScript off: status %q", status)
		}
		b.Screenshot(t, "js-off")

		b.Do(t, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#text")),
			chromedp.SendKeys(chromedp.CSS("#text"), hostileDraft),
			chromedp.Click(chromedp.CSS("#check")),
			chromedp.WaitVisible(chromedp.CSS("#results section.article")))
		html = browsertest.Get(t, b, chromedp.OuterHTML(chromedp.CSS("html")))
		doc := parseHTML(t, []byte(html))
		if doc.Find("script").Length() != 1 || doc.Find("img, [onerror]").Length() != 0 {
			t.Error("markup from the article reached the DOM")
		}
		if !bytes.Contains([]byte(doc.Find("#results").Text()), []byte("<script>window.pwned = 2</script>")) {
			t.Error("the hostile text is not shown")
		}
		b.NoConsole(t)
	})
}
