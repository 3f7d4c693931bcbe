package browsertest

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestConsoleSeen plants a console error and an exception in a page: a
// browser that missed them would let every page test pass.
func TestConsoleSeen(t *testing.T) {
	planted := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		if _, err := fmt.Fprint(w, `<!DOCTYPE html><title>x</title><link rel="icon" href="data:,"><p id="p">page</p><script>console.error("planted error"); noSuchFunction();</script>`); err != nil {
			t.Error(err)
		}
	}))
	defer planted.Close()
	b := New(t, true)
	b.Do(t, chromedp.Navigate(planted.URL), chromedp.Sleep(300*time.Millisecond))
	if got := b.Console(); !strings.Contains(got, "planted error") || !strings.Contains(got, "exception") {
		t.Fatalf("the console misses an error and an exception; got:\n%s", got)
	}
	if text := Get(t, b, chromedp.Text(chromedp.CSS("#p"))); text != "page" {
		t.Errorf("text %q", text)
	}
	// with JavaScript off the script does not run
	off := New(t, false)
	off.Do(t, chromedp.Navigate(planted.URL), chromedp.Sleep(300*time.Millisecond))
	off.NoConsole(t)
}
