package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"

	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/safefetch"
)

// httpError is a request answered with an error status and a message.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// statusClientGone is logged for requests whose client went away.
const statusClientGone = 499

// asHTTPError gives err, met while serving a request whose context is
// ctx, its status and a message for the client.
func (s *Server) asHTTPError(ctx context.Context, err error) *httpError {
	var he *httpError
	var mbe *http.MaxBytesError
	var re *safefetch.RefusedError
	switch {
	case errors.As(err, &he):
		return he
	case errors.As(err, &mbe), errors.Is(err, input.ErrTooLarge):
		return &httpError{http.StatusRequestEntityTooLarge, fmt.Sprintf("the article is larger than the size cap of %s", sizeString(s.cfg.MaxBytes))}
	case errors.Is(ctx.Err(), context.DeadlineExceeded), errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return &httpError{http.StatusGatewayTimeout, fmt.Sprintf("the check took longer than the time-out of %s", s.cfg.Timeout)}
	case errors.Is(err, context.Canceled):
		return &httpError{statusClientGone, "the client went away"}
	case errors.As(err, &re):
		return &httpError{http.StatusForbidden, "fetch refused: " + re.Error()}
	}
	var ie *input.Error
	if errors.As(err, &ie) {
		return &httpError{http.StatusUnprocessableEntity, ie.Error()}
	}
	s.log.Error("internal error", slog.String("error", err.Error()))
	return &httpError{http.StatusInternalServerError, "internal error"}
}

// fail answers a request with an error: JSON for the API, a page or a
// fragment of one for the page's own requests.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	he := s.asHTTPError(r.Context(), err)
	if he.status == statusClientGone {
		return
	}
	switch r.URL.Path {
	case "/", "/store":
		if r.Method == http.MethodPost {
			s.writePage(w, he.status, &pageView{Error: he.msg})
			return
		}
	case "/fragment":
		s.writeFragment(w, he.status, &resultsView{Error: he.msg})
		return
	}
	writeJSON(w, he.status, struct {
		Status int    `json:"status"`
		Error  string `json:"error"`
	}{he.status, he.msg})
}

// writeJSON answers with v as indented JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}

// sizeString writes a byte count in the largest binary unit it is a
// whole number of.
func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
