package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// cliJSON is what `audit check --format json` prints for one article
// read as raw, with the default configuration.
func cliJSON(t *testing.T, name string, data []byte) []byte {
	t.Helper()
	pr := testProfile(t)
	raw, err := (&readerFor{name: name, data: data}).raw()
	if err != nil {
		t.Fatal(err)
	}
	a, err := (&pipeline.Runner{Analyzer: pr.Analyzer, Checker: pr.Checker}).AnalyzeRaw(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	p := printer.NewJSON(&b, printer.Options{Tool: printer.Tool{Name: "audit", Version: "0.0.0-test"}})
	if err := p.Article(a.Result()); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCheckSeedsAsCLI(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	seeds, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range seeds {
		want := cliJSON(t, s.Name, s.Data)
		got := call(t, ts, "POST", "/v1/check?name="+s.Name, "text/plain; charset=utf-8", bytes.NewReader(s.Data))
		if got.status != 200 || !bytes.Equal(got.body, want) {
			t.Errorf("%s: %d, JSON differs from the CLI's (%d bytes, want %d)", s.Name, got.status, len(got.body), len(want))
		}
		if got.header.Get("Content-Type") != "application/json" || got.header.Get("Audit-Fail-On") != "error" || got.header.Get("Audit-Failing") == "" {
			t.Errorf("%s: headers %v", s.Name, got.header)
		}
		// the JSON form of the same request
		body, _ := json.Marshal(map[string]any{"text": string(s.Data), "format": "text", "name": s.Name})
		got = call(t, ts, "POST", "/v1/check", "application/json", bytes.NewReader(body))
		if got.status != 200 || !bytes.Equal(got.body, want) {
			t.Errorf("%s as JSON: %d, JSON differs from the CLI's", s.Name, got.status)
		}
	}
}

func TestCheckFormats(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	for _, tc := range []struct{ format, ctype, want string }{
		{"json", "application/json", `"schema_version": 1`},
		{"sarif", "application/sarif+json", `"version": "2.1.0"`},
		{"html", "text/html; charset=utf-8", `<mark class="claim`},
		{"line", "text/plain; charset=utf-8", "draft.txt:3:"},
		{"text", "text/plain; charset=utf-8", "Bridge Toll Rises Again"},
		{"github", "text/plain; charset=utf-8", "::warning file=draft.txt"},
	} {
		got := call(t, ts, "POST", "/v1/check?name=draft.txt&format="+tc.format, "text/plain", strings.NewReader(draft))
		if got.status != 200 || got.header.Get("Content-Type") != tc.ctype || !strings.Contains(string(got.body), tc.want) {
			t.Errorf("format %s: %d %s, want %q in:\n%s", tc.format, got.status, got.header.Get("Content-Type"), tc.want, got.body)
		}
		if tc.format == "html" && got.header.Get("Content-Security-Policy") != reportCSP {
			t.Errorf("html: CSP %q", got.header.Get("Content-Security-Policy"))
		}
	}
}

func decodeReport(t *testing.T, data []byte) *result.Article {
	t.Helper()
	rep, err := result.Decode(bytes.NewReader(data))
	if err != nil || len(rep.Articles) != 1 {
		t.Fatalf("decode: %v (%d articles)\n%s", err, len(rep.Articles), data)
	}
	return &rep.Articles[0]
}

func TestCheckJSONRequest(t *testing.T) {
	_, ts := newServer(t, Config{}, nil)
	post := func(v any) *answer {
		body, _ := json.Marshal(v)
		return call(t, ts, "POST", "/v1/check", "application/json", bytes.NewReader(body))
	}
	md := "# Bridge Toll Rises\n\nThe toll rose to **$14** on Monday, the third rise in a year.\n\nOfficials admitted the plan was rushed.\n"
	got := post(map[string]any{"text": md, "format": "markdown", "name": "toll.md"})
	a := decodeReport(t, got.body)
	if a.Input != "toll.md" || a.Format != "markdown" || a.Meta.Title != "Bridge Toll Rises" {
		t.Errorf("input %q format %q title %q", a.Input, a.Format, a.Meta.Title)
	}
	rules := func(a *result.Article) map[string]bool {
		m := map[string]bool{}
		for _, f := range a.Findings {
			m[f.Rule+":"+f.Severity] = true
		}
		return m
	}
	if !rules(a)["loaded-cue:suggestion"] {
		t.Fatalf("no loaded-cue finding to turn off: %v", rules(a))
	}
	got = post(map[string]any{"text": md, "format": "markdown", "rules": map[string]string{"loaded-cue": "off", "unsourced-statistic": "error"}})
	a = decodeReport(t, got.body)
	if r := rules(a); r["loaded-cue:suggestion"] || !r["unsourced-statistic:error"] {
		t.Errorf("rules not applied: %v", r)
	}
	if got.header.Get("Audit-Failing") != "1" {
		t.Errorf("Audit-Failing %q, want 1 (the statistic made an error)", got.header.Get("Audit-Failing"))
	}
	// text with the article's address: named by it, not fetched
	got = post(map[string]any{"text": draft, "url": "https://news.example/toll"})
	if a = decodeReport(t, got.body); a.Input != "https://news.example/toll" {
		t.Errorf("input %q", a.Input)
	}
}

// TestRulesAndVersion checks the small GET routes.
func TestRulesAndVersion(t *testing.T) {
	pr := testProfile(t)
	_, ts := newServer(t, Config{}, nil)
	got := call(t, ts, "GET", "/v1/rules", "", nil)
	var want bytes.Buffer
	var rs []result.Rule
	for _, r := range findings.Rules() {
		rs = append(rs, r.Result())
	}
	enc := json.NewEncoder(&want)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rs); err != nil {
		t.Fatal(err)
	}
	if got.status != 200 || !bytes.Equal(got.body, want.Bytes()) {
		t.Errorf("/v1/rules differs from 'audit rules --format json':\n%s", got.body)
	}
	// a configuration's severities show
	opts := pr.Checker.Options()
	opts.Rules = map[string]findings.Severity{"loaded-cue": findings.Off}
	off := *pr
	off.Checker = findings.NewChecker(opts)
	_, ts2 := newServer(t, Config{Profile: &off}, nil)
	if got := call(t, ts2, "GET", "/v1/rules", "", nil); !strings.Contains(string(got.body), `"id": "loaded-cue",
    "severity": "off"`) {
		t.Errorf("the configuration's severity is not shown:\n%s", got.body)
	}

	got = call(t, ts, "GET", "/v1/version", "", nil)
	var v struct {
		Name, Version string
		Schema        int `json:"schema_version"`
	}
	if err := json.Unmarshal(got.body, &v); err != nil || v.Name != "audit" || v.Version != "0.0.0-test" || v.Schema != result.SchemaVersion {
		t.Errorf("/v1/version: %v %s", err, got.body)
	}
	if got := call(t, ts, "GET", "/healthz", "", nil); got.status != 200 || string(got.body) != "ok\n" {
		t.Errorf("/healthz: %s", got)
	}
	got = call(t, ts, "GET", "/v1/openapi.json", "", nil)
	if got.status != 200 || !strings.Contains(string(got.body), `"version": "0.0.0-test"`) {
		t.Errorf("/v1/openapi.json: %d, no version", got.status)
	}
}

// slowReader gives a few bytes, then nothing until the test ends.
type slowReader struct {
	head string // "" for the start of an article
	sent bool
	stop chan struct{}
}

func (r *slowReader) Read(p []byte) (int, error) {
	if !r.sent {
		r.sent = true
		if r.head == "" {
			r.head = "Headline\n\nThe mayor said"
		}
		return copy(p, r.head), nil
	}
	<-r.stop
	return 0, io.EOF
}

// TestCheckErrors covers every error status of POST /v1/check.
func TestCheckErrors(t *testing.T) {
	_, ts := newServer(t, Config{MaxBytes: 1 << 10}, nil)
	big := strings.Repeat("The mayor said the toll would rise. ", 60)
	tests := []struct {
		name, path, ctype, body string
		status                  int
		want                    string
	}{
		{"bad JSON", "/v1/check", "application/json", `{"text": "x`, 400, "bad JSON"},
		{"unknown field", "/v1/check", "application/json", `{"txt": "x"}`, 400, "unknown field"},
		{"two values", "/v1/check", "application/json", `{"text": "x"} {}`, 400, "more than one"},
		{"no text", "/v1/check", "application/json", `{"format": "text"}`, 400, `give "text" or "url"`},
		{"unknown rule", "/v1/check", "application/json", `{"text": "x", "rules": {"no-such-rule": "off"}}`, 400, "unknown rule"},
		{"bad severity", "/v1/check", "application/json", `{"text": "x", "rules": {"loaded-cue": "loud"}}`, 400, "unknown severity"},
		{"bad input format", "/v1/check", "application/json", `{"text": "x", "format": "pdf"}`, 400, "unknown input format"},
		{"bad output format", "/v1/check?format=xml", "text/plain", draft, 400, "unknown format"},
		{"fetch off", "/v1/check", "application/json", `{"url": "https://news.example/story"}`, 403, "--allow-fetch"},
		{"too large", "/v1/check", "text/plain", big, 413, "size cap of 1 KiB"},
		{"too large JSON", "/v1/check", "application/json", `{"text": "` + big + `"}`, 413, "size cap"},
		{"no content type", "/v1/check", "", draft, 415, "unsupported Content-Type"},
		{"binary type", "/v1/check", "application/octet-stream", draft, 415, "text/plain"},
		{"empty", "/v1/check", "text/plain", " \n ", 422, "empty"},
		{"binary", "/v1/check", "text/plain", "\x00\x01\x02\x03", 422, "binary"},
		{"no article body", "/v1/check", "text/html", "<html><body><nav>menu</nav></body></html>", 422, "-:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := call(t, ts, "POST", tc.path, tc.ctype, strings.NewReader(tc.body))
			var e struct {
				Status int
				Error  string
			}
			if err := json.Unmarshal(got.body, &e); err != nil {
				t.Fatalf("%s: not a JSON error: %s", tc.name, got)
			}
			if got.status != tc.status || e.Status != tc.status || !strings.Contains(e.Error, tc.want) {
				t.Errorf("got %s, want %d with %q", got, tc.status, tc.want)
			}
		})
	}
	t.Run("too large, streamed", func(t *testing.T) {
		// no Content-Length: the cap stops the read
		pr, pw := io.Pipe()
		go func() {
			for range 10 {
				if _, err := pw.Write([]byte(big)); err != nil {
					return
				}
			}
			pw.Close() //nolint:errcheck // closing a pipe's writer never fails
		}()
		if got := call(t, ts, "POST", "/v1/check", "text/plain", pr); got.status != 413 {
			t.Errorf("got %s, want 413", got)
		}
	})
	t.Run("method", func(t *testing.T) {
		if got := call(t, ts, "GET", "/v1/check", "", nil); got.status != 405 {
			t.Errorf("GET /v1/check: %s, want 405", got)
		}
	})
}

func TestAuth(t *testing.T) {
	_, ts := newServer(t, Config{Token: "s3cret-token"}, nil)
	for _, tc := range []struct {
		name, method, path string
		header             []string
		status             int
	}{
		{"no token", "POST", "/v1/check", nil, 401},
		{"wrong token", "POST", "/v1/check", []string{"Authorization", "Bearer s3cret-tokeN"}, 401},
		{"empty bearer", "GET", "/v1/rules", []string{"Authorization", "Bearer "}, 401},
		{"token", "POST", "/v1/check", []string{"Authorization", "Bearer s3cret-token"}, 200},
		{"lower-case scheme", "GET", "/v1/version", []string{"Authorization", "bearer s3cret-token"}, 200},
		{"basic", "GET", "/", []string{"Authorization", "Basic ZWRpdG9yOnMzY3JldC10b2tlbg=="}, 200},
		{"page without", "GET", "/", nil, 401},
		{"static without", "GET", "/static/app.js", nil, 401},
		{"openapi without", "GET", "/v1/openapi.json", nil, 401},
		{"healthz is open", "GET", "/healthz", nil, 200},
	} {
		got := call(t, ts, tc.method, tc.path, "text/plain", strings.NewReader(draft), tc.header...)
		if got.status != tc.status {
			t.Errorf("%s: %s, want %d", tc.name, got, tc.status)
		}
		if tc.status == 401 && !strings.Contains(got.header.Get("WWW-Authenticate"), "realm=") {
			t.Errorf("%s: no challenge", tc.name)
		}
	}
}

func TestLocalOnly(t *testing.T) {
	_, ts := newServer(t, Config{LocalOnly: true}, nil)
	for host, status := range map[string]int{"localhost:8080": 200, "127.0.0.1": 200, "[::1]:80": 200, "LOCALHOST": 200,
		"evil.example": 421, "evil.example:8080": 421, "10.0.0.1": 421, "127.0.0.1.nip.example": 421} {
		if got := call(t, ts, "GET", "/healthz", "", nil, "Host", host); got.status != status {
			t.Errorf("Host %s: %s, want %d", host, got, status)
		}
	}
}

func TestCORS(t *testing.T) {
	_, off := newServer(t, Config{}, nil)
	got := call(t, off, "POST", "/v1/check", "text/plain", strings.NewReader(draft), "Origin", "https://cms.example.com")
	if got.status != 200 || got.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS off: %d, Allow-Origin %q", got.status, got.header.Get("Access-Control-Allow-Origin"))
	}
	_, on := newServer(t, Config{CORS: []string{"https://cms.example.com"}, Token: "t"}, nil)
	got = call(t, on, "OPTIONS", "/v1/check", "", nil, "Origin", "https://cms.example.com", "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type")
	if got.status != 204 || got.header.Get("Access-Control-Allow-Origin") != "https://cms.example.com" ||
		!strings.Contains(got.header.Get("Access-Control-Allow-Headers"), "Authorization") {
		t.Errorf("preflight: %d %v", got.status, got.header)
	}
	got = call(t, on, "POST", "/v1/check", "text/plain", strings.NewReader(draft), "Origin", "https://cms.example.com", "Authorization", "Bearer t")
	if got.status != 200 || got.header.Get("Access-Control-Allow-Origin") != "https://cms.example.com" || !strings.Contains(got.header.Get("Access-Control-Expose-Headers"), "Audit-Failing") {
		t.Errorf("allowed origin: %d %v", got.status, got.header)
	}
	got = call(t, on, "OPTIONS", "/v1/check", "", nil, "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
	if got.header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("another origin allowed: %v", got.header)
	}
}

// hold wraps a server's checks so that each waits for release (or its
// context) after saying it started.
func hold(s *Server, started chan<- struct{}, release <-chan struct{}) {
	next := s.analyze
	s.analyze = func(ctx context.Context, req *checkRequest) (*checked, error) {
		started <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return next(ctx, req)
	}
}

func TestTooManyRequests(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	_, ts := newServer(t, Config{MaxConcurrent: 1, MaxQueue: -1}, func(s *Server) { hold(s, started, release) })
	first := make(chan *answer, 1)
	go func() { first <- call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft)) }()
	<-started
	got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft))
	if got.status != 429 || got.header.Get("Retry-After") == "" {
		t.Errorf("second check: %s, Retry-After %q; want 429 with Retry-After", got, got.header.Get("Retry-After"))
	}
	// the page says so too
	got = call(t, ts, "POST", "/fragment", "application/x-www-form-urlencoded", strings.NewReader("text=x"))
	if got.status != 429 || !strings.Contains(string(got.body), `class="problem"`) {
		t.Errorf("fragment: %s", got)
	}
	close(release)
	if got := <-first; got.status != 200 {
		t.Errorf("first check: %s", got)
	}
	if got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft)); got.status != 200 {
		t.Errorf("after: %s", got)
	}
}

func TestQueueWaits(t *testing.T) {
	started, release := make(chan struct{}, 4), make(chan struct{})
	_, ts := newServer(t, Config{MaxConcurrent: 1, MaxQueue: 1}, func(s *Server) { hold(s, started, release) })
	answers := make(chan *answer, 2)
	for range 2 {
		go func() { answers <- call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft)) }()
	}
	<-started // one runs, the other waits in the queue
	time.Sleep(50 * time.Millisecond)
	if got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft)); got.status != 429 {
		t.Errorf("third check: %s, want 429", got)
	}
	close(release)
	for range 2 {
		if got := <-answers; got.status != 200 {
			t.Errorf("queued check: %s", got)
		}
	}
}

func TestTimeout(t *testing.T) {
	started := make(chan struct{}, 4)
	_, ts := newServer(t, Config{Timeout: 100 * time.Millisecond}, func(s *Server) { hold(s, started, make(chan struct{})) })
	got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft))
	if got.status != 504 || !strings.Contains(string(got.body), "time-out of 100ms") {
		t.Errorf("slow check: %s, want 504", got)
	}
	// a body that stops coming
	_, ts = newServer(t, Config{Timeout: 100 * time.Millisecond}, nil)
	stop := make(chan struct{})
	defer close(stop)
	if got := call(t, ts, "POST", "/v1/check", "text/plain", &slowReader{stop: stop}); got.status != 504 {
		t.Errorf("slow body: %s, want 504", got)
	}
	// the page's form
	if got := call(t, ts, "POST", "/", "multipart/form-data; boundary=x", &slowReader{head: "--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHeadline", stop: stop}); got.status != 504 || !strings.Contains(string(got.body), "<!DOCTYPE html>") {
		t.Errorf("slow form: %d, want 504 and a page: %s", got.status, got.body)
	}
}

func TestInternalError(t *testing.T) {
	var logged bytes.Buffer
	_, ts := newServer(t, Config{Logger: slog.New(slog.NewJSONHandler(&logged, nil))}, func(s *Server) {
		s.analyze = func(context.Context, *checkRequest) (*checked, error) { return nil, errors.New("disk on fire") }
	})
	got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft))
	if got.status != 500 || strings.Contains(string(got.body), "disk on fire") {
		t.Errorf("got %s, want 500 without the cause", got)
	}
	if !strings.Contains(logged.String(), "disk on fire") {
		t.Error("the cause is not logged")
	}
	// a panic in analysis is an error too
	_, ts = newServer(t, Config{}, func(s *Server) {
		s.cfg.Profile = nil // runCheck dereferences it
	})
	if got := call(t, ts, "POST", "/v1/check", "text/plain", strings.NewReader(draft)); got.status != 500 {
		t.Errorf("panic: %s, want 500", got)
	}
}

// TestAccessLog checks that the log names each request and holds no
// article text, no article name and no token.
func TestAccessLog(t *testing.T) {
	var logged bytes.Buffer
	_, ts := newServer(t, Config{Logger: slog.New(slog.NewJSONHandler(&logged, nil)), Token: "tok-123"}, nil)
	secret := "Zanzibar-Quartermaine"
	call(t, ts, "POST", "/v1/check?name="+secret+".txt", "text/plain", strings.NewReader("Headline\n\n"+secret+" said the toll would rise.\n"), "Authorization", "Bearer tok-123")
	call(t, ts, "POST", "/", "application/x-www-form-urlencoded", strings.NewReader("text="+secret), "Authorization", "Bearer tok-123")
	log := logged.String()
	if strings.Contains(log, secret) || strings.Contains(log, "tok-123") {
		t.Errorf("the log holds article text, its name or the token:\n%s", log)
	}
	var line struct {
		Msg, Method, Path string
		Status            int
	}
	if err := json.Unmarshal([]byte(strings.SplitN(log, "\n", 2)[0]), &line); err != nil || line.Msg != "request" || line.Method != "POST" || line.Path != "/v1/check" || line.Status != 200 {
		t.Errorf("log line: %v %+v\n%s", err, line, log)
	}
}
