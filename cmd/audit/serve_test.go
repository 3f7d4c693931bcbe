package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/auditnews/audit/internal/demo"
)

// takenAddr returns a loopback address that a listener holds until the
// test ends.
func takenAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, ln) })
	return ln.Addr().String()
}

// lockedBuffer is a buffer a command writes while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var servingOn = regexp.MustCompile(`serving on (http://\S+)/ `)

// startServe runs `audit serve` in-process on a free loopback port and
// returns its base URL and a function that stops it (as SIGINT would) and
// returns its exit code.
func startServe(t *testing.T, args ...string) (string, func() int) {
	t.Helper()
	ctx, stop := context.WithCancel(context.Background())
	stderr := &lockedBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), io.Discard, stderr, func(string) string { return "" })
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if m := servingOn.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], func() int { stop(); return <-done }
		}
		select {
		case code := <-done:
			stop()
			t.Fatalf("serve exited with %d: %s", code, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatal("serve did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestServeJSONIsCheckJSON posts the five seed articles to `audit serve`
// and compares each answer with what `audit check --format json` prints
// for the same file: the same bytes. The server stops cleanly, exit 0.
func TestServeJSONIsCheckJSON(t *testing.T) {
	base, stop := startServe(t, "--no-config", "--log", "off")
	seeds, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, s := range seeds {
		path := filepath.Join(dir, filepath.Base(s.Name))
		if err := os.WriteFile(path, s.Data, 0o600); err != nil {
			t.Fatal(err)
		}
		var want, stderr bytes.Buffer
		if code := run(context.Background(), []string{"check", "--no-config", "--format", "json", path}, strings.NewReader(""), &want, &stderr, func(string) string { return "" }); code != 0 {
			t.Fatalf("check %s: exit %d: %s", path, code, stderr.String())
		}
		for _, format := range []string{"json", "sarif", "line"} {
			if format != "json" {
				want.Reset()
				run(context.Background(), []string{"check", "--no-config", "--format", format, path}, strings.NewReader(""), &want, &stderr, func(string) string { return "" })
			}
			resp, err := http.Post(base+"/v1/check?format="+format+"&name="+path, "text/plain", bytes.NewReader(s.Data))
			if err != nil {
				t.Fatal(err)
			}
			got := readBody(t, resp)
			if resp.StatusCode != 200 || !bytes.Equal(got, want.Bytes()) {
				t.Errorf("%s, %s: the server's answer (%d, %d bytes) differs from check's (%d bytes)", s.Name, format, resp.StatusCode, len(got), want.Len())
			}
		}
	}
	if code := stop(); code != 0 {
		t.Errorf("serve exited with %d after the signal, want 0", code)
	}
}
