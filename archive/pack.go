package archive

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"
)

// Compressed columns (versions.raw, analyses.result) are raw DEFLATE
// streams: JSON and article text shrink to a fifth or less, and
// compressing at the fastest level costs little next to analysis.

var flaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// pack compresses b.
func pack(b []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(b)/3 + 64)
	w := flaters.Get().(*flate.Writer)
	w.Reset(&out)
	_, _ = w.Write(b) // a bytes.Buffer does not fail
	_ = w.Close()
	flaters.Put(w)
	return out.Bytes()
}

// unpack decompresses what pack made.
func unpack(b []byte) ([]byte, error) {
	r := flate.NewReader(bytes.NewReader(b))
	out, err := io.ReadAll(r)
	if cerr := r.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, fmt.Errorf("archive: damaged compressed data: %w", err)
	}
	return out, nil
}
