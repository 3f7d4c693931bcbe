package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/manifest"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/internal/safefetch"
	"github.com/auditnews/audit/internal/server"
	"github.com/auditnews/audit/reports"
	"github.com/auditnews/audit/result"
)

const serveHelp = `
Serve a page where editors paste or upload a draft and see every claim
highlighted with its findings, and an HTTP API for newsroom tools:

  POST /v1/check      the article (text/plain, text/markdown, text/html, or
                      JSON {"text", "format", "url", "name", "rules"}); the
                      answer is what 'audit check --format json' prints
                      (?format=sarif|html|line|text|github for the others)
  GET  /v1/rules      the rules, with the configuration's severities
  GET  /v1/version    the version
  GET  /v1/openapi.json  the API's description (OpenAPI 3)
  GET  /healthz       liveness, without authentication
  GET  /              the editor's page
  GET  /reports/      with --db: the archive's report, as 'audit report'
                      writes it, made live from the archive

With --db FILE the page has a "Store in archive" button, which stores the
checked draft in the archive under the outlet named (a draft checked as
HTML is stored as its text), and the archive's report is served under
/reports/, up to date with every draft stored.

The configuration is read once, at start: --config FILE, or the nearest
.audit.yaml, .audit.yml or .audit.toml in the current folder or above it.

It listens on loopback unless told otherwise; any other address needs a
token (--token, or the AUDIT_TOKEN environment variable), which clients
send as "Authorization: Bearer TOKEN", or --insecure. Bodies larger than
--max-size get 413, checks slower than --timeout 504, and requests beyond
--max-concurrent running and --max-queue waiting 429. SIGINT or SIGTERM
stops it once the requests in flight are answered.

Exit codes:
  0  stopped by a signal after a clean shutdown
  2  usage error, a bad configuration, or an address that cannot be used
`

func runServe(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "serve", "[flags]", serveHelp)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, host:port")
	token := fs.String("token", "", "bearer token every request but /healthz must give (default $AUDIT_TOKEN)")
	insecure := fs.Bool("insecure", false, "serve a non-loopback address without a token")
	configPath := fs.String("config", "", "configuration file (default: the nearest .audit.yaml, .audit.yml or .audit.toml)")
	noConfig := fs.Bool("no-config", false, "use no configuration file")
	failOn := fs.String("fail-on", "", "severity counted in the Audit-Failing header: suggestion, warning or error (default: the configuration's fail_on, else error)")
	maxSize := fs.String("max-size", "32MiB", "largest article or request body, e.g. 500KiB, 32MiB")
	timeout := fs.Duration("timeout", 30*time.Second, "time-out of one check, reading the body (or fetching the URL) included")
	maxConcurrent := fs.Int("max-concurrent", 0, "checks run at once (0: 4 per CPU)")
	maxQueue := fs.Int("max-queue", 0, "checks waiting for a turn before 429 (0: 16 per CPU; -1: none)")
	allowFetch := fs.Bool("allow-fetch", false, `let a JSON check give a "url" to fetch (public addresses only)`)
	dbp := fs.String("db", "", "an archive: serve its report under /reports/ and store checked drafts in it (made when missing)")
	logFormat := fs.String("log", "text", "access log on standard error: text, json or off")
	var cors, lexicons, disable listFlag
	fs.Var(&cors, "cors", "an origin whose pages may call the API, e.g. https://cms.example.com; may be repeated")
	fs.Var(&lexicons, "lexicon", "a lexicon file of your own added to the built-in ones; may be repeated")
	fs.Var(&disable, "disable", "turn a rule off; may be repeated")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("serve: unexpected argument %q", fs.Arg(0))
	}
	if *token == "" {
		*token = e.getenv("AUDIT_TOKEN")
	}
	loopback, err := loopbackAddr(*addr)
	if err != nil {
		return usageError("--addr: %v", err)
	}
	if !loopback && *token == "" && !*insecure {
		return usageError("--addr %s is not a loopback address: give a token (--token or AUDIT_TOKEN) that clients must send, or --insecure to serve it to anyone who can reach it", *addr)
	}
	for _, o := range cors {
		if err := checkOrigin(o); err != nil {
			return usageError("--cors: %v", err)
		}
	}
	limit, err := parseSize(*maxSize)
	if err != nil {
		return usageError("--max-size: %v", err)
	}
	if *timeout <= 0 {
		return usageError("--timeout: want a positive duration, not %s", *timeout)
	}
	logger, err := accessLogger(*logFormat, e)
	if err != nil {
		return err
	}
	opts := config.Options{File: *configPath, None: *noConfig, Lexicons: lexicons}
	if err := ruleOptions(&opts, *failOn, disable); err != nil {
		return err
	}
	profile, err := config.NewProfiles(opts).For(".")
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	cfg := server.Config{
		Profile: profile, Version: version,
		MaxBytes: limit, Timeout: *timeout, MaxConcurrent: *maxConcurrent, MaxQueue: *maxQueue,
		Token: *token, CORS: cors, LocalOnly: loopback && *token == "",
		Logger: logger,
	}
	if *allowFetch {
		cfg.Fetch, cfg.FetchTimeout = safefetch.NewClient(safefetch.Options{}), *timeout
	}
	if *dbp != "" {
		var db *archive.DB
		if db, err = serveArchive(ctx, e, *dbp, &cfg); err != nil {
			return err
		}
		defer closeArchive(db, &err)
	}
	srv, err := server.New(cfg)
	if err != nil {
		return &exitError{code: 2, err: err}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("serve: %w", err)}
	}
	tell(e.stderr, "audit: serving on http://%s/ (the API under /v1/; Ctrl-C stops)\n", ln.Addr())
	if err := srv.Serve(ctx, ln); err != nil {
		return &exitError{code: 2, err: err}
	}
	return nil
}

// serveArchive opens the archive of --db, made when missing, and serves
// its report and stores checked drafts in it.
func serveArchive(ctx context.Context, e *env, path string, cfg *server.Config) (*archive.DB, error) {
	now, err := clock(e)
	if err != nil {
		return nil, err
	}
	db, err := openArchive(ctx, path, true)
	if err != nil {
		return nil, err
	}
	if cfg.Reports, err = reports.Handler(db, reports.Options{Now: now, Tool: printer.Tool{Name: "audit", Version: version}}); err != nil {
		_ = db.Close() // the error to tell is the report's
		return nil, &exitError{code: 2, err: err}
	}
	cfg.Store = storeDraft(db, analyzerVersion())
	return db, nil
}

// loopbackAddr reports whether a listen address is on loopback only; an
// empty host listens on every interface.
func loopbackAddr(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if strings.EqualFold(host, "localhost") {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}

// checkOrigin accepts an origin as browsers send it: scheme, host and
// port, nothing else.
func checkOrigin(o string) error {
	u, err := url.Parse(o)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.User != nil {
		return fmt.Errorf("%q is not an origin (want scheme://host[:port], e.g. https://cms.example.com)", o)
	}
	return nil
}

// accessLogger makes the access log: text or JSON lines on stderr.
func accessLogger(format string, e *env) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(e.stderr, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(e.stderr, nil)), nil
	case "off":
		return nil, nil
	}
	return nil, usageError("--log: want text, json or off, not %q", format)
}

// storeDraft is the page's "Store in archive": a checked draft is stored
// as 'audit ingest' would store it, under the outlet the editor names,
// identified by its canonical URL or else by its text.
func storeDraft(db *archive.DB, analyzer string) func(ctx context.Context, outlet string, a *result.Article) (string, error) {
	return func(ctx context.Context, outlet string, a *result.Article) (string, error) {
		stored := *a
		stored.Meta.Outlet = strings.TrimSpace(outlet)
		if stored.Format == "html" {
			stored.Format = "text" // the archive keeps the extracted text, which --reanalyze reads as text
		}
		loc := "draft:sha256:" + hashText(stored.Text)
		if stored.Meta.URL != "" {
			loc = canonicalURL(stored.Meta.URL)
		}
		meta := (&manifest.Row{Outlet: stored.Meta.Outlet}).Meta()
		var storeErr error
		in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: version, AnalyzerVersion: analyzer, BatchSize: 1, BatchDelay: time.Millisecond,
			OnStored: func(_ *archive.Entry, _ archive.Status, err error) { storeErr = err }})
		if err != nil {
			return "", err
		}
		err = in.Add(ctx, &archive.Entry{Article: &stored, Locator: loc, Input: stored.Input, Raw: []byte(stored.Text), Manifest: meta,
			InputHash: archive.InputHash(stored.Input, stored.Format, meta, "", []byte(stored.Text))})
		if _, cerr := in.Close(ctx); err == nil {
			err = cerr
		}
		if err == nil {
			err = storeErr
		}
		if err != nil {
			return "", err
		}
		id, err := db.ArticleID(ctx, loc)
		if err != nil {
			return "", err
		}
		return "article " + strconv.FormatInt(id, 10), nil
	}
}

func hashText(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
