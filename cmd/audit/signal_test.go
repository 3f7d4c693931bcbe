package main

import (
	"bytes"
	"context"
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
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
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
			cmd := exec.Command(bin, tt.args...)
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

// TestSupervise follows a run and the signals sent to it: a signal stops a
// run with 128 plus its number and one line, unless the command ends
// gracefully, which a second signal then stops.
func TestSupervise(t *testing.T) {
	tests := []struct {
		name     string
		graceful bool
		signals  []os.Signal
		exit     int // the run's own exit code, sent once it is cancelled
		code     int
		line     string
	}{
		{"no signal", false, nil, 1, 1, ""},
		{"SIGINT", false, []os.Signal{os.Interrupt}, 2, 130, "audit: interrupted by SIGINT\n"},
		{"SIGTERM", false, []os.Signal{syscall.SIGTERM}, 2, 143, "audit: interrupted by SIGTERM\n"},
		{"graceful, SIGTERM", true, []os.Signal{syscall.SIGTERM}, 0, 0, ""},
		{"graceful, two signals", true, []os.Signal{os.Interrupt, os.Interrupt}, -1, 130, "audit: interrupted by SIGINT\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sigs := make(chan os.Signal, len(tt.signals))
			for _, s := range tt.signals {
				sigs <- s
			}
			done := make(chan int, 1)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			go func() {
				if len(tt.signals) > 0 {
					<-ctx.Done()
				}
				if tt.exit >= 0 {
					done <- tt.exit
				}
			}()
			var stderr bytes.Buffer
			g := &gate{w: &stderr}
			if code := supervise(sigs, done, cancel, g, tt.graceful); code != tt.code {
				t.Errorf("exit code %d, want %d", code, tt.code)
			}
			if stderr.String() != tt.line {
				t.Errorf("stderr %q, want %q", stderr.String(), tt.line)
			}
			if _, err := g.Write([]byte("late\n")); err != nil || len(tt.line) > 0 && strings.Contains(stderr.String(), "late") {
				t.Errorf("the run wrote to stderr after the line that ends it")
			}
		})
	}
}
