package main

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"
	"syscall"
	"testing"
)

// closeOK closes c and fails the test if that fails. It reports with
// Errorf, so that it may be deferred or run from Cleanup.
func closeOK(tb testing.TB, c io.Closer) {
	tb.Helper()
	if err := c.Close(); err != nil {
		tb.Errorf("close: %v", err)
	}
}

// openRoot opens dir as an os.Root, closed when the test ends.
func openRoot(t *testing.T, dir string) *os.Root {
	t.Helper()
	r, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { closeOK(t, r) })
	return r
}

// readBody reads a response's body to its end and closes it.
func readBody(t *testing.T, resp *http.Response) []byte {
	t.Helper()
	body, err := io.ReadAll(resp.Body)
	closeOK(t, resp.Body)
	if err != nil {
		t.Fatalf("reading the body: %v", err)
	}
	return body
}

// removeArchive removes an archive's files, those that are there.
func removeArchive(tb testing.TB, db string) {
	tb.Helper()
	for _, s := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db + s); err != nil && !errors.Is(err, fs.ErrNotExist) {
			tb.Fatal(err)
		}
	}
}

// reportCPU reports the CPU time (user and system) per op of who,
// syscall.RUSAGE_SELF or syscall.RUSAGE_CHILDREN, from when it is called
// to the end of the benchmark: a figure that other work on the machine
// disturbs less than wall time.
func reportCPU(b *testing.B, who int) {
	var start syscall.Rusage
	if err := syscall.Getrusage(who, &start); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		var end syscall.Rusage
		if err := syscall.Getrusage(who, &end); err != nil {
			b.Error(err)
			return
		}
		ns := end.Utime.Nano() + end.Stime.Nano() - start.Utime.Nano() - start.Stime.Nano()
		b.ReportMetric(float64(ns)/1e6/float64(b.N), "cpu-ms/op")
	})
}
