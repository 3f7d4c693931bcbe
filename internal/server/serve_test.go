package server

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/internal/safefetch"
	"github.com/auditnews/audit/internal/safefetch/safefetchtest"
	"github.com/auditnews/audit/result"
)

// TestFetchRefusesPrivateAddresses checks --allow-fetch: a public page is
// fetched and checked; URLs at loopback, private and link-local
// addresses, redirects to them and names resolving to them are refused
// with a clear error, and no connection is made to any of them.
func TestFetchRefusesPrivateAddresses(t *testing.T) {
	news := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if to := r.URL.Query().Get("to"); to != "" {
			http.Redirect(w, r, to, http.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if _, err := io.WriteString(w, draft); err != nil {
			t.Error(err)
		}
	}))
	defer news.Close()
	tn := &safefetchtest.Net{Target: news.Listener.Addr().String(), Names: map[string][]string{
		"news.example": {safefetchtest.PublicAddr}, "intranet.example": {"10.0.0.1"}, "metadata.example": {"169.254.169.254"}, "self.example": {"127.0.0.1"},
	}}
	_, ts := newServer(t, Config{Fetch: safefetch.NewClient(safefetch.Options{Resolver: tn, Dial: tn.Dial})}, nil)
	post := func(u string) *answer {
		body, _ := json.Marshal(map[string]string{"url": u})
		return call(t, ts, "POST", "/v1/check", "application/json", bytes.NewReader(body))
	}
	got := post("http://news.example/toll")
	if got.status != 200 {
		t.Fatalf("a public page: %s", got)
	}
	if a := decodeReport(t, got.body); a.Input != "http://news.example/toll" || len(a.Claims) < 4 {
		t.Errorf("fetched article: input %q, %d claims", a.Input, len(a.Claims))
	}
	refused := []string{
		"http://127.0.0.1/", "http://" + news.Listener.Addr().String() + "/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
		"http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0:8080/",
		"http://intranet.example/", "http://metadata.example/", "http://self.example/",
	}
	for _, to := range []string{"http://127.0.0.1/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://intranet.example/"} {
		refused = append(refused, "http://news.example/?to="+to)
	}
	for _, u := range refused {
		got := post(u)
		var e struct{ Error string }
		_ = json.Unmarshal(got.body, &e)
		if got.status != 403 || !strings.HasPrefix(e.Error, "fetch refused: refused to connect to ") {
			t.Errorf("%s: %s, want 403 fetch refused", u, got)
		}
	}
	for _, tc := range []struct {
		url    string
		status int
		want   string
	}{
		{"ftp://news.example/x", 422, "unsupported URL scheme"},
		{"http://unknown.example/", 422, "no such host"},
	} {
		if got := post(tc.url); got.status != tc.status || !strings.Contains(string(got.body), tc.want) {
			t.Errorf("%s: %s, want %d with %q", tc.url, got, tc.status, tc.want)
		}
	}
	for _, a := range tn.Dialed() {
		if a != safefetchtest.PublicAddr+":80" {
			t.Errorf("dialled %s", a)
		}
	}
}

// TestGracefulShutdown stops a server while a check is in flight: the
// check is answered, then Serve returns nil and the port is closed.
func TestGracefulShutdown(t *testing.T) {
	s, err := New(Config{Profile: testProfile(t), Version: "t"})
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}, 1), make(chan struct{})
	hold(s, started, release)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	answer := make(chan int, 1)
	go func() {
		resp, err := http.Post(base+"/v1/check", "text/plain", strings.NewReader(draft))
		if err != nil {
			answer <- 0
			return
		}
		_, err = io.Copy(io.Discard, resp.Body)
		if cerr := resp.Body.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			answer <- 0
			return
		}
		answer <- resp.StatusCode
	}()
	<-started
	stop()
	time.Sleep(100 * time.Millisecond)
	select {
	case err := <-served:
		t.Fatalf("Serve returned with a check in flight: %v", err)
	default:
	}
	if c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		c.Close() //nolint:errcheck // the test has failed already
		t.Error("the server still accepts connections after the signal")
	}
	close(release)
	if code := <-answer; code != 200 {
		t.Errorf("the check in flight got %d", code)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// TestOpenAPIDescribesEveryRoute checks openapi.json against the routes
// of a server with every option on, both ways; TestMain checks the
// statuses the tests met.
func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	spec, err := readSpec()
	if err != nil {
		t.Fatal(err)
	}
	s, _ := newServer(t, Config{
		CORS: []string{"https://cms.example.com"}, Reports: http.NotFoundHandler(),
		Store: func(context.Context, string, *result.Article) (string, error) { return "", nil },
	}, nil)
	routes := map[string]bool{}
	for _, r := range s.routes() {
		method, path, _ := strings.Cut(r.pattern, " ")
		switch path {
		case "/{$}":
			path = "/"
		case "/reports/":
			path = "/reports/{path}"
		case "/v1/": // CORS preflight, for the route that takes a body
			path = "/v1/check"
		}
		op := method + " " + path
		routes[op] = true
		if spec[op] == nil {
			t.Errorf("openapi.json does not describe %s", op)
		}
	}
	for op, statuses := range spec {
		if !routes[op] {
			t.Errorf("openapi.json describes %s, which the server does not answer", op)
		}
		if len(statuses) == 0 {
			t.Errorf("%s: no responses described", op)
		}
	}
}
