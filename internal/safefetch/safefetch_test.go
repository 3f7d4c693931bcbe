package safefetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"testing"
)

func TestRefusal(t *testing.T) {
	tests := []struct {
		addr   string
		refuse bool
	}{
		{"127.0.0.1", true}, {"127.8.9.10", true}, {"::1", true},
		{"10.0.0.1", true}, {"172.16.5.4", true}, {"192.168.1.1", true}, {"fd00::1", true},
		{"169.254.169.254", true}, {"fe80::1", true},
		{"0.0.0.0", true}, {"0.1.2.3", true}, {"::", true},
		{"224.0.0.1", true}, {"239.255.255.250", true}, {"ff02::1", true},
		{"100.64.0.1", true}, {"100.127.255.254", true},
		{"255.255.255.255", true}, {"198.18.0.1", true}, {"192.0.0.8", true},
		{"::ffff:127.0.0.1", true}, {"::ffff:10.1.2.3", true}, {"64:ff9b::a00:1", true}, {"::7f00:1", true},
		{"fec0::1", true},
		{"93.184.215.14", false}, {"8.8.8.8", false}, {"100.63.255.255", false}, {"100.128.0.0", false},
		{"172.32.0.1", false}, {"2606:4700::1111", false}, {"64:ff9b::808:808", false}, {"203.0.113.7", false},
	}
	for _, tc := range tests {
		why := Refusal(netip.MustParseAddr(tc.addr))
		if (why != "") != tc.refuse {
			t.Errorf("Refusal(%s) = %q, want refused %v", tc.addr, why, tc.refuse)
		}
	}
	if Refusal(netip.Addr{}) == "" {
		t.Error("the zero address is allowed")
	}
}

// fakeNet resolves names from a table and dials only the one public test
// address, onto a loopback listener; it records every dial.
type fakeNet struct {
	names  map[string][]string
	target string // the loopback address that stands for 203.0.113.7:80

	mu     sync.Mutex
	dialed []string
}

func (f *fakeNet) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	var out []netip.Addr
	for _, s := range f.names[host] {
		out = append(out, netip.MustParseAddr(s))
	}
	if out == nil {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return out, nil
}

func (f *fakeNet) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	f.mu.Lock()
	f.dialed = append(f.dialed, addr)
	f.mu.Unlock()
	if addr != "203.0.113.7:80" {
		return nil, fmt.Errorf("test dialer: no route to %s", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, f.target)
}

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
		io.WriteString(w, "article")
	}))
	defer srv.Close()
	fn := &fakeNet{target: srv.Listener.Addr().String(), names: map[string][]string{
		"news.example":     {"203.0.113.7"},
		"intranet.example": {"10.0.0.1"},
		"metadata.example": {"169.254.169.254"},
		"mixed.example":    {"203.0.113.7", "127.0.0.1"},
		"local6.example":   {"::1"},
		"mapped.example":   {"::ffff:192.168.0.1"},
	}}
	c := NewClient(Options{Resolver: fn, Dial: fn.Dial})

	resp, err := c.Get("http://news.example/story")
	if err != nil {
		t.Fatalf("a public address: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
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
			resp.Body.Close()
			t.Errorf("%s: fetched, want refused", u)
			continue
		}
		var re *RefusedError
		if !errors.As(err, &re) {
			t.Errorf("%s: %v, want a RefusedError", u, err)
			continue
		}
		if !strings.Contains(err.Error(), "refused to connect to") || re.Reason == "" {
			t.Errorf("%s: unclear error %q", u, err)
		}
	}
	for _, a := range fn.dialed {
		if a != "203.0.113.7:80" {
			t.Errorf("dialled %s", a)
		}
	}
}

// TestDefaultDialerChecks runs the default client against the loopback
// server: refused before dialling, and the dialer's Control refuses a
// loopback address on its own.
func TestDefaultDialerChecks(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t.Error("the loopback server was reached")
	}))
	defer srv.Close()
	c := NewClient(Options{})
	if resp, err := c.Get(srv.URL); err == nil {
		resp.Body.Close()
		t.Fatal("fetched a loopback address")
	}
	d := &dialer{opts: Options{Refuse: Refusal}}
	var re *RefusedError
	if err := d.control("tcp", srv.Listener.Addr().String(), nil); !errors.As(err, &re) {
		t.Errorf("control: %v, want a RefusedError", err)
	}
	if err := d.control("tcp", "203.0.113.7:443", nil); err != nil {
		t.Errorf("control refused a public address: %v", err)
	}
	// a resolver that lies after the check is caught by Control
	nd := &net.Dialer{Control: d.control}
	if conn, err := nd.DialContext(context.Background(), "tcp", srv.Listener.Addr().String()); err == nil {
		conn.Close()
		t.Error("the dialer connected to a loopback address")
	}
}
