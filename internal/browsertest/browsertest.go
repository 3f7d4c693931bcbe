// Package browsertest drives a headless Chromium for tests of pages:
// Debian's chromium (or another Chromium or Chrome found on PATH),
// started with a fresh profile, JavaScript on or off, noting every
// console message, uncaught exception and browser log entry of its tab.
// Tests skip where no browser can be found or started.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Find returns the path of a headless-capable Chromium or Chrome, or "".
func Find() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Browser is one headless browser with one tab.
type Browser struct {
	ctx context.Context

	mu       sync.Mutex
	messages []string
}

// New starts a browser for the test, or skips the test when there is
// none (or with -short). It stops when the test ends.
func New(t testing.TB, js bool) *Browser {
	t.Helper()
	if testing.Short() {
		t.Skip("no browser in -short mode")
	}
	bin := Find()
	if bin == "" {
		t.Skip("no chromium binary found")
	}
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
	stop := func() { cancelTime(); cancelBrowser(); cancelAlloc() }
	if err := chromedp.Do(ctx); err != nil {
		stop()
		t.Skipf("cannot start %s: %v", bin, err)
	}
	b := &Browser{ctx: ctx}
	messages := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.messages = append(b.messages, fmt.Sprintf("%s: %s %s", m.Type, m.Text, m.URL))
			b.mu.Unlock()
		}
	}()
	t.Cleanup(func() { stop(); <-done })
	return b
}

// Do runs steps in the tab, failing the test on an error.
func (b *Browser) Do(t testing.TB, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

// Get runs one action that gives a value.
func Get[T any](t testing.TB, b *Browser, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Console returns the console messages, exceptions and log entries seen
// so far, one a line.
func (b *Browser) Console() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return strings.Join(b.messages, "\n")
}

// NoConsole fails the test if the page logged anything: pages under test
// log nothing, so any message is a fault.
func (b *Browser) NoConsole(t testing.TB) {
	t.Helper()
	time.Sleep(100 * time.Millisecond) // let the last messages arrive
	if m := b.Console(); m != "" {
		t.Errorf("the browser reported:\n%s", m)
	}
}

// Screenshot saves the page as NAME.png in the folder
// $AUDIT_SCREENSHOTS, when it is set, for a person to look at.
func (b *Browser) Screenshot(t testing.TB, name string) {
	dir := os.Getenv("AUDIT_SCREENSHOTS")
	if dir == "" {
		return
	}
	png := Get(t, b, chromedp.FullScreenshot(100))
	//nolint:gosec // G306, G703: a picture for a person to look at, in the folder they named
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Error(err)
	}
}
