package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"syscall"
	"time"
)

// grace is how long an interrupted run has to stop (it stops at the next
// look at its context, and removes what it half wrote) before the process
// exits anyway.
const grace = 500 * time.Millisecond

// supervise waits for the run to send its exit code on done, or for a
// signal. A signal stops the run (see interrupted), unless the command is
// graceful: then it only cancels the run and waits for its own exit code,
// and a second signal stops it.
func supervise(sigs <-chan os.Signal, done <-chan int, cancel context.CancelFunc, stderr *gate, graceful bool) int {
	select {
	case code := <-done:
		return code
	case sig := <-sigs:
		if graceful {
			cancel()
			select {
			case code := <-done:
				return code
			case sig = <-sigs:
			}
		}
		return interrupted(sig, cancel, stderr, done, sigs)
	}
}

// interrupted ends a run stopped by sig: it says so in one line on stderr,
// cancels the run, waits for it to stop (at most grace, or until a second
// signal) and returns the exit code of a process the signal ended: 130 for
// SIGINT, 143 for SIGTERM.
func interrupted(sig os.Signal, cancel context.CancelFunc, stderr *gate, done <-chan int, sigs <-chan os.Signal) int {
	// the run's own complaints about being cancelled would only repeat it
	stderr.close(fmt.Sprintf("audit: interrupted by %s\n", signalName(sig)))
	cancel()
	select {
	case <-done:
	case <-sigs:
	case <-time.After(grace):
	}
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 130
}

func signalName(sig os.Signal) string {
	switch sig {
	case os.Interrupt:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return sig.String()
}

// gate passes writes through to w until it is closed, then drops them.
type gate struct {
	mu     sync.Mutex
	w      io.Writer
	closed bool
}

func (g *gate) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.closed {
		return len(p), nil
	}
	return g.w.Write(p)
}

// close writes a last line and closes the gate.
func (g *gate) close(last string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.closed {
		tell(g.w, "%s", last)
		g.closed = true
	}
}
