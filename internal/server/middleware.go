package server

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
)

// limiter bounds the checks run at once, with a queue of waiting ones:
// a request that finds the queue full is turned away at once.
type limiter struct {
	admit   chan struct{} // running or waiting
	slots   chan struct{} // running
	running atomic.Int64
}

func newLimiter(concurrent, queue int) *limiter {
	return &limiter{admit: make(chan struct{}, concurrent+queue), slots: make(chan struct{}, concurrent)}
}

// errBusy is a request turned away because the queue is full.
var errBusy = &httpError{status: http.StatusTooManyRequests, msg: "too many checks at once: try again shortly"}

// acquire waits for a turn; it fails at once when the queue is full and
// with ctx's error when ctx ends first.
func (l *limiter) acquire(ctx context.Context) (release func(), err error) {
	select {
	case l.admit <- struct{}{}:
	default:
		return nil, errBusy
	}
	select {
	case l.slots <- struct{}{}:
	case <-ctx.Done():
		<-l.admit
		return nil, ctx.Err()
	}
	l.running.Add(1)
	return func() {
		l.running.Add(-1)
		<-l.slots
		<-l.admit
	}, nil
}

// inFlight returns the number of checks running.
func (l *limiter) inFlight() int { return int(l.running.Load()) }

// limited runs h under the time-out of one check, reading the body
// included, once the limiter gives it a turn: 429 with Retry-After when
// the queue is full, 504 when the time runs out while it waits.
func (s *Server) limited(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		deadline := time.Now().Add(s.cfg.Timeout)
		ctx, cancel := context.WithDeadline(r.Context(), deadline)
		defer cancel()
		release, err := s.limit.acquire(ctx)
		if err != nil {
			if errors.Is(err, errBusy) {
				w.Header().Set("Retry-After", "1")
			}
			s.fail(w, r.WithContext(ctx), err)
			return
		}
		defer release()
		// a slow body ends with the check's deadline
		_ = http.NewResponseController(w).SetReadDeadline(deadline)
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}

// auth requires the token, when there is one, as a bearer token or as the
// password of basic authentication; scheme is the challenge sent with 401.
// The comparison takes the same time whatever the token given.
func (s *Server) auth(h http.Handler, scheme string) http.Handler {
	if s.cfg.Token == "" {
		return h
	}
	challenge := `Bearer realm="audit"`
	if scheme == "Basic" {
		challenge = `Basic realm="audit", charset="UTF-8"`
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		given := ""
		if a := r.Header.Get("Authorization"); len(a) > 7 && strings.EqualFold(a[:7], "bearer ") {
			given = strings.TrimSpace(a[7:])
		} else if _, pass, ok := r.BasicAuth(); ok {
			given = pass
		}
		sum := sha256.Sum256([]byte(given))
		if subtle.ConstantTimeCompare(sum[:], s.tokenHash[:]) != 1 {
			w.Header().Set("WWW-Authenticate", challenge)
			s.fail(w, r, &httpError{status: http.StatusUnauthorized, msg: "a valid token is required (Authorization: Bearer TOKEN)"})
			return
		}
		h.ServeHTTP(w, r)
	})
}

// cors lets the pages of the configured origins call the API, and
// answers their preflight requests; other origins get no CORS header, so
// their pages cannot read the answers.
func (s *Server) cors(h http.Handler) http.Handler {
	if len(s.cfg.CORS) == 0 {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Origin")
		origin := r.Header.Get("Origin")
		if origin == "" || !slices.Contains(s.cfg.CORS, origin) {
			h.ServeHTTP(w, r)
			return
		}
		hd := w.Header()
		hd.Set("Access-Control-Allow-Origin", origin)
		hd.Set("Access-Control-Expose-Headers", "Audit-Failing, Audit-Fail-On, Retry-After")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			hd.Set("Access-Control-Allow-Methods", "GET, POST")
			hd.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
			hd.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// localOnly refuses, when the server is on loopback, requests for a host
// that is not a loopback name or address: a web page whose own name
// resolves to 127.0.0.1 (DNS rebinding) cannot reach the server.
func (s *Server) localOnly(h http.Handler) http.Handler {
	if !s.cfg.LocalOnly {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !loopbackHost(r.Host) {
			s.fail(w, r, &httpError{status: http.StatusMisdirectedRequest, msg: "this server answers only for localhost, 127.0.0.1 and [::1]"})
			return
		}
		h.ServeHTTP(w, r)
	})
}

// loopbackHost reports whether a Host header names this machine's
// loopback interface.
func loopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// CSPs: the page runs its own script file and nothing else; answers of
// the API are data, or the HTML format's page, which has only inline
// styles.
const (
	pageCSP   = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	apiCSP    = "default-src 'none'; frame-ancestors 'none'; sandbox"
	reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
	// the archive's report pages: inline styles, their own script files,
	// links between them; a handler may set its own policy instead
	reportsCSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

// withCSP gives h's answers a Content-Security-Policy, which h may
// replace.
func withCSP(csp string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		h.ServeHTTP(w, r)
	})
}

// securityHeaders sets the headers every answer carries; handlers that
// serve a page replace the Content-Security-Policy.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", apiCSP)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// logged writes one access-log line a request: method, path (never the
// query or the body, which may name or hold the article), status, size
// and time taken.
func (s *Server) logged(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		defer func() {
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			if r.Context().Err() != nil && rec.bytes == 0 {
				status = statusClientGone
			}
			s.log.LogAttrs(r.Context(), levelOf(status), "request",
				slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.Int("status", status), slog.Int("bytes", int(rec.bytes)),
				slog.String("duration", strconv.FormatFloat(time.Since(start).Seconds()*1000, 'f', 2, 64)+"ms"),
				slog.String("remote", r.RemoteAddr))
		}()
		h.ServeHTTP(rec, r)
	})
}

// recorder notes the status and size of an answer.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(p)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// levelOf is the log level of an answer: errors of the server are
// errors, everything else information.
func levelOf(status int) slog.Level {
	if status >= 500 {
		return slog.LevelError
	}
	return slog.LevelInfo
}
