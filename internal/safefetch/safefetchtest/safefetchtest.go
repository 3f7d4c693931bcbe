// Package safefetchtest gives tests a network they control, for clients
// of package safefetch: host names resolve from a table, and the only
// address that can be dialled is one public test address, which leads to
// a server on loopback. Every dial is recorded, and no packet leaves the
// machine.
package safefetchtest

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"sync"
)

// PublicAddr is the address that stands for a public web server: it is
// in TEST-NET-3 (RFC 5737), never routed, and safefetch lets it through.
const PublicAddr = "203.0.113.7"

// Net resolves Names and dials PublicAddr, port 80, onto Target.
type Net struct {
	Names  map[string][]string // host name to addresses
	Target string              // the loopback address PublicAddr:80 leads to

	mu     sync.Mutex
	dialed []string
}

// LookupNetIP resolves a host from Names.
func (n *Net) LookupNetIP(_ context.Context, _, host string) ([]netip.Addr, error) {
	var out []netip.Addr
	for _, s := range n.Names[host] {
		a, err := netip.ParseAddr(s)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	if out == nil {
		return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
	}
	return out, nil
}

// Dial connects PublicAddr:80 to Target and refuses any other address.
func (n *Net) Dial(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	n.dialed = append(n.dialed, addr)
	n.mu.Unlock()
	if addr != PublicAddr+":80" {
		return nil, fmt.Errorf("safefetchtest: no route to %s", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, network, n.Target)
}

// Dialed returns the addresses dialled so far.
func (n *Net) Dialed() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.dialed...)
}
