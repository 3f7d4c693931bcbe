package server

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"time"

	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/result"
)

// Config is what a server is made of. Profile is required; every other
// field has a default.
type Config struct {
	// Profile is the configuration every check uses: its analyzer and
	// checker. A request may change rule severities, not the analyzer.
	Profile *config.Profile
	// Version is the program's version, shown in outputs and /v1/version.
	Version string

	MaxBytes      int64         // largest request body; 0: input.DefaultMaxBytes
	Timeout       time.Duration // time-out of one check, reading included; 0: 30s
	MaxConcurrent int           // checks run at once; 0: 4 per CPU
	MaxQueue      int           // checks waiting for a turn (before reading their body); beyond it 429; 0: 16 per CPU, -1: none

	// Token, when set, is required of every request but /healthz, as
	// "Authorization: Bearer TOKEN" (or as the password of HTTP basic
	// authentication, for browsers).
	Token string
	// CORS lists the origins whose pages may call the API; none by default.
	CORS []string
	// LocalOnly refuses requests whose Host is not a loopback name or
	// address (421), against DNS rebinding: for a server on loopback.
	LocalOnly bool

	// Fetch, when set, lets a check name a URL to fetch instead of its
	// text. Use a client that reaches public addresses only
	// (safefetch.NewClient).
	Fetch        *http.Client
	FetchTimeout time.Duration // 0: 20s

	// Logger receives the access log and errors; nil logs nothing.
	Logger *slog.Logger
	// ShutdownTimeout bounds how long Serve waits for requests in flight
	// once asked to stop; 0: 30s.
	ShutdownTimeout time.Duration

	// Reports, when set, serves the archive's report pages under
	// /reports/ (the prefix stripped), behind the same authentication,
	// with a Content-Security-Policy for pages with inline styles and
	// script files of their own, which the handler may replace.
	Reports http.Handler
	// Store, when set, adds a "Store in archive" button to the page: the
	// checked draft is stored under an outlet name, and Store returns how
	// the archive names what it stored.
	Store func(ctx context.Context, outlet string, a *result.Article) (string, error)
}

// Server answers the API and the editor's page.
type Server struct {
	cfg       Config
	log       *slog.Logger
	tokenHash [sha256.Size]byte
	limit     *limiter
	static    map[string]staticFile
	openAPI   []byte

	// analyze runs one check; tests wrap it to hold or slow a check.
	analyze func(ctx context.Context, req *checkRequest) (*checked, error)
}

// New returns a server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Profile == nil {
		return nil, errors.New("server: no profile")
	}
	if cfg.MaxBytes <= 0 {
		cfg.MaxBytes = input.DefaultMaxBytes
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 30 * time.Second
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 4 * runtime.GOMAXPROCS(0)
	}
	switch {
	case cfg.MaxQueue == 0:
		cfg.MaxQueue = 16 * runtime.GOMAXPROCS(0)
	case cfg.MaxQueue < 0:
		cfg.MaxQueue = 0
	}
	if cfg.FetchTimeout <= 0 {
		cfg.FetchTimeout = 20 * time.Second
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 30 * time.Second
	}
	s := &Server{cfg: cfg, log: cfg.Logger, limit: newLimiter(cfg.MaxConcurrent, cfg.MaxQueue)}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if cfg.Token != "" {
		s.tokenHash = sha256.Sum256([]byte(cfg.Token))
	}
	var err error
	if s.static, err = staticFiles(); err != nil {
		return nil, err
	}
	if s.openAPI, err = openAPIDocument(cfg.Version); err != nil {
		return nil, err
	}
	s.analyze = s.runCheck
	return s, nil
}

// Serve answers requests on ln until ctx is done, then stops accepting
// connections and waits for the requests in flight (at most
// Config.ShutdownTimeout) before it returns. It returns nil after a
// clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// a check's own deadline covers reading its body; this bounds
		// the rest, a slow reader of the answer included
		ReadTimeout:    s.cfg.Timeout + 10*time.Second,
		WriteTimeout:   2*s.cfg.Timeout + 10*time.Second,
		IdleTimeout:    60 * time.Second,
		MaxHeaderBytes: 64 << 10,
		ErrorLog:       slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "in_flight", s.limit.inFlight())
	sctx, cancel := context.WithTimeout(context.Background(), s.cfg.ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("server: shutdown: %w", err)
	}
	return nil
}

// route is one pattern the server answers.
type route struct {
	pattern string // a ServeMux pattern: "POST /v1/check"
	handler http.Handler
}

// routes lists what the server answers, with the middleware of each.
func (s *Server) routes() []route {
	api := func(h http.Handler) http.Handler { return s.cors(s.auth(h, "Bearer")) }
	page := func(h http.Handler) http.Handler { return s.auth(h, "Basic") }
	form := func(h http.Handler) http.Handler {
		// forms change nothing but Store's archive; still, only the page
		// itself may post them
		return page(http.NewCrossOriginProtection().Handler(s.limited(h)))
	}
	rs := []route{
		{"GET /healthz", http.HandlerFunc(s.healthz)},
		{"GET /v1/version", api(http.HandlerFunc(s.version))},
		{"GET /v1/rules", api(http.HandlerFunc(s.rules))},
		{"GET /v1/openapi.json", api(http.HandlerFunc(s.openapi))},
		{"POST /v1/check", api(s.limited(http.HandlerFunc(s.check)))},
		{"GET /{$}", page(http.HandlerFunc(s.index))},
		{"POST /{$}", form(http.HandlerFunc(s.submit))},
		{"POST /fragment", form(http.HandlerFunc(s.fragment))},
		{"GET /static/{name}", page(http.HandlerFunc(s.serveStatic))},
	}
	if len(s.cfg.CORS) > 0 {
		rs = append(rs, route{"OPTIONS /v1/", s.cors(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusNoContent)
		}))})
	}
	if s.cfg.Store != nil {
		rs = append(rs, route{"POST /store", form(http.HandlerFunc(s.store))})
	}
	if s.cfg.Reports != nil {
		rs = append(rs, route{"GET /reports/", page(withCSP(reportsCSP, http.StripPrefix("/reports", s.cfg.Reports)))})
	}
	return rs
}

// Handler returns the server's handler: its routes behind the access log,
// the host check and the security headers.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, r := range s.routes() {
		mux.Handle(r.pattern, r.handler)
	}
	return s.logged(s.localOnly(securityHeaders(mux)))
}
