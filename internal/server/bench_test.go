package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// benchArticle is a 1,500-word article: the draft's paragraphs, repeated
// with their figures changed.
func benchArticle() string {
	var b strings.Builder
	b.WriteString("Bridge Toll Rises Again\n\n")
	for i := 0; b.Len() < 9000; i++ {
		b.WriteString(strings.ReplaceAll(strings.SplitN(draft, "\n\n", 2)[1], "$14", "$"+string(rune('1'+i%9))+"4"))
		b.WriteString("\n")
	}
	return b.String()
}

// BenchmarkCheck measures one POST /v1/check of a 1,500-word article
// through the server's handler, without the network: reading, analysis,
// checks and the JSON answer.
func BenchmarkCheck(b *testing.B) {
	s, _ := newServer(b, Config{}, nil)
	h := s.Handler()
	body := benchArticle()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if code := serveCheck(h, body); code != http.StatusOK {
			b.Fatal(code)
		}
	}
}

// BenchmarkCheckParallel runs BenchmarkCheck's request from several
// goroutines at once (-cpu sets how many run).
func BenchmarkCheckParallel(b *testing.B) {
	s, _ := newServer(b, Config{MaxConcurrent: 64}, nil)
	h := s.Handler()
	body := benchArticle()
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if code := serveCheck(h, body); code != http.StatusOK {
				b.Error(code)
				return
			}
		}
	})
}

// serveCheck posts body to /v1/check through h and returns the status.
func serveCheck(h http.Handler, body string) int {
	req := httptest.NewRequest("POST", "/v1/check", strings.NewReader(body))
	req.Header.Set("Content-Type", "text/plain")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w.Code
}
