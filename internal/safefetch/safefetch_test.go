package safefetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
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
		resp.Body.Close() //nolint:errcheck // the test has failed already
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
		conn.Close() //nolint:errcheck // the test has failed already
		t.Error("the dialer connected to a loopback address")
	}
}
