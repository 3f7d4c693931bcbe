package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/auditnews/audit/internal/hostile"
)

// TestSignals runs the audit binary, sends it SIGINT or SIGTERM while it
// works, and checks that it stops with the signal's exit code and one line
// on stderr: while reading standard input that never ends, and while
// analysing a large page.
func TestSignals(t *testing.T) {
	if testing.Short() || runtime.GOOS == "windows" {
		t.Skip("builds the binary and sends it signals")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "audit")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil { //nolint:gosec // G204: a temporary folder of this test
		t.Fatalf("go build: %v\n%s", err, out)
	}
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, hostile.Make(hostile.OneLine, 16<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin bool // an open pipe that is never written to
		sig   syscall.Signal
		code  int
		line  string
	}{
		{"stdin, SIGINT", []string{"check", "-"}, true, syscall.SIGINT, 130, "audit: interrupted by SIGINT\n"},
		{"stdin, SIGTERM", []string{"check", "-"}, true, syscall.SIGTERM, 143, "audit: interrupted by SIGTERM\n"},
		{"large page, SIGINT", []string{"check", "--format", "json", page}, false, syscall.SIGINT, 130, "audit: interrupted by SIGINT\n"},
		{"large page, SIGTERM", []string{"check", "--format", "json", page}, false, syscall.SIGTERM, 143, "audit: interrupted by SIGTERM\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(bin, tt.args...) //nolint:gosec // G204: the binary this test built, on its own arguments
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if tt.stdin {
				w, err := cmd.StdinPipe()
				if err != nil {
					t.Fatal(err)
				}
				defer func() { _ = w.Close() }()
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond) // past start-up, into the work
			if err := cmd.Process.Signal(tt.sig); err != nil {
				t.Skipf("the run ended before the signal: %v", err)
			}
			exited := make(chan error, 1)
			go func() { exited <- cmd.Wait() }()
			var err error
			select {
			case err = <-exited:
			case <-time.After(time.Minute): // a guard against hanging, not a measure
				_ = cmd.Process.Kill()
				t.Fatalf("still running a minute after %v; stderr:\n%s", tt.sig, stderr.String())
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("exit: %v, want code %d; stderr:\n%s", err, tt.code, stderr.String())
			}
			if ee.ExitCode() != tt.code {
				t.Errorf("exit code %d, want %d", ee.ExitCode(), tt.code)
			}
			if got := stderr.String(); got != tt.line {
				t.Errorf("stderr %q, want %q", got, tt.line)
			}
			if strings.Count(stderr.String(), "\n") != 1 {
				t.Errorf("want one line on stderr")
			}
		})
	}
}
