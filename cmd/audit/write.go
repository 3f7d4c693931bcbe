package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/auditnews/audit/archive"
)

// tell writes a message for the person running audit (a problem, the
// progress, a summary) to w, the standard error. A failure to write there
// has nowhere else to be told; the exit code still tells of the problem.
func tell(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...) //nolint:errcheck // standard error: nowhere else to tell of a failure to write to it
}

// printf formats to w, a bufio.Writer: it keeps the first write error
// and returns it from Flush, which every caller returns.
func printf(w *bufio.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...) //nolint:errcheck // w keeps the error for Flush
}

// closeArchive closes db once a command is done with it. A failure
// becomes the command's error, exit code 2, when it has none: an archive
// that does not close may not have kept what was written to it.
func closeArchive(db *archive.DB, err *error) {
	if cerr := db.Close(); cerr != nil {
		keepFirst(err, fmt.Errorf("archive: close %s: %w", db.Path(), cerr))
	}
}

// keepFirst makes e, when not nil, the command's error *err with exit
// code 2, unless the command failed already: the first error is the one
// to tell.
func keepFirst(err *error, e error) {
	if e != nil && *err == nil {
		*err = &exitError{code: 2, err: e}
	}
}
