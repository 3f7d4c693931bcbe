package safefetch_test

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/safefetch"
	"github.com/auditnews/audit/internal/safefetch/safefetchtest"
)

// TestClientRefuses fetches through a client whose resolver and dialer
// the test controls: the only address dialled is the public test
// address, which the dialer sends to a loopback server. Every URL that
// names, resolves to or redirects to a loopback, private, link-local or
// otherwise non-public address is refused before any connection.
func TestClientRefuses(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u := r.URL.Query().Get("to"); u != "" {
			http.Redirect(w, r, u, http.StatusFound)
			return
		}
		if _, err := io.WriteString(w, "article"); err != nil {
			t.Error(err)
		}
	}))
	defer srv.Close()
	fn := &safefetchtest.Net{Target: srv.Listener.Addr().String(), Names: map[string][]string{
		"news.example":     {safefetchtest.PublicAddr},
		"intranet.example": {"10.0.0.1"},
		"metadata.example": {"169.254.169.254"},
		"mixed.example":    {safefetchtest.PublicAddr, "127.0.0.1"},
		"local6.example":   {"::1"},
		"mapped.example":   {"::ffff:192.168.0.1"},
	}}
	c := safefetch.NewClient(safefetch.Options{Resolver: fn, Dial: fn.Dial})

	resp, err := c.Get("http://news.example/story")
	if err != nil {
		t.Fatalf("a public address: %v", err)
	}
	body, err := io.ReadAll(resp.Body)
	if cerr := resp.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	if string(body) != "article" {
		t.Fatalf("body %q", body)
	}

	refused := []string{
		"http://" + srv.Listener.Addr().String() + "/story", // the real loopback server
		"http://127.0.0.1/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
		"http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/", "http://[fe80::1%25eth0]/",
		"http://intranet.example/", "http://metadata.example/", "http://mixed.example/", "http://local6.example/",
		"http://mapped.example:8080/",
	}
	for _, to := range []string{"http://127.0.0.1/admin", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://intranet.example/"} {
		refused = append(refused, "http://news.example/?to="+to)
	}
	for _, u := range refused {
		resp, err := c.Get(u)
		if err == nil {
			resp.Body.Close() //nolint:errcheck // the test has failed already
			t.Errorf("%s: fetched, want refused", u)
			continue
		}
		var re *safefetch.RefusedError
		if !errors.As(err, &re) {
			t.Errorf("%s: %v, want a RefusedError", u, err)
			continue
		}
		if !strings.Contains(err.Error(), "refused to connect to") || re.Reason == "" {
			t.Errorf("%s: unclear error %q", u, err)
		}
	}
	for _, a := range fn.Dialed() {
		if a != safefetchtest.PublicAddr+":80" {
			t.Errorf("dialled %s", a)
		}
	}
}
