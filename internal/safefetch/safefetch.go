package safefetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// Resolver looks up the addresses of a host; *net.Resolver is one.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// Options set up a client. The zero value resolves with the system's
// resolver, dials with a net.Dialer and lets only public addresses
// through.
type Options struct {
	// Resolver resolves host names; nil means net.DefaultResolver.
	Resolver Resolver
	// Dial connects to an address already checked, "IP:port". Nil means a
	// net.Dialer that checks the address again just before connecting.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Refuse says why an address must not be dialled, or "" to allow it;
	// nil means Refusal.
	Refuse func(netip.Addr) string
}

// RefusedError is a connection refused because of where it would go.
type RefusedError struct {
	Host   string     // the host name or address of the URL
	Addr   netip.Addr // the address refused
	Reason string     // "a private address"
}

func (e *RefusedError) Error() string {
	if e.Host == "" || e.Host == e.Addr.String() {
		return fmt.Sprintf("refused to connect to %s: %s", e.Addr, e.Reason)
	}
	return fmt.Sprintf("refused to connect to %s (%s): %s", e.Host, e.Addr, e.Reason)
}

// NewClient returns an HTTP client that connects only to addresses opts
// allow. It uses no proxy (a proxy would hide where a request goes). The
// client sets no time-out and no redirect policy: set them on it or on
// each request's context.
func NewClient(opts Options) *http.Client {
	d := &dialer{opts: opts}
	if d.opts.Resolver == nil {
		d.opts.Resolver = net.DefaultResolver
	}
	if d.opts.Refuse == nil {
		d.opts.Refuse = Refusal
	}
	if d.opts.Dial == nil {
		nd := &net.Dialer{Timeout: 10 * time.Second, Control: d.control}
		d.opts.Dial = nd.DialContext
	}
	tr := &http.Transport{
		Proxy:                  nil,
		DialContext:            d.dial,
		ForceAttemptHTTP2:      true,
		MaxIdleConns:           16,
		IdleConnTimeout:        30 * time.Second,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  30 * time.Second,
		MaxResponseHeaderBytes: 1 << 20,
	}
	return &http.Client{Transport: tr}
}

type dialer struct{ opts Options }

// dial resolves the host of addr, refuses the connection if any of its
// addresses is refused, and otherwise dials them in turn.
func (d *dialer) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		if ips, err = d.opts.Resolver.LookupNetIP(ctx, "ip", host); err != nil {
			return nil, err
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("%s: no address", host)
		}
	}
	// One refused answer refuses the host: an attacker's name server
	// should not win by mixing a public address with a private one.
	for _, ip := range ips {
		if why := d.opts.Refuse(ip.Unmap()); why != "" {
			return nil, &RefusedError{Host: host, Addr: ip.Unmap(), Reason: why}
		}
	}
	var errs []error
	for _, ip := range ips {
		c, err := d.opts.Dial(ctx, network, net.JoinHostPort(ip.Unmap().String(), port))
		if err == nil {
			return c, nil
		}
		errs = append(errs, err)
		if ctx.Err() != nil {
			break
		}
	}
	return nil, errors.Join(errs...)
}

// control checks the address a socket is about to connect to: the last
// check, after any resolution the dialer did itself.
func (d *dialer) control(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("safefetch: dial %q: %w", address, err)
	}
	if why := d.opts.Refuse(ap.Addr().Unmap()); why != "" {
		return &RefusedError{Addr: ap.Addr().Unmap(), Reason: why}
	}
	return nil
}

// special lists the ranges that are neither public nor covered by the
// netip predicates below.
var special = []struct {
	prefix netip.Prefix
	reason string
}{
	{netip.MustParsePrefix("0.0.0.0/8"), `a "this network" address`},
	{netip.MustParsePrefix("100.64.0.0/10"), "a carrier-grade NAT address"},
	{netip.MustParsePrefix("192.0.0.0/24"), "an IETF protocol address"},
	{netip.MustParsePrefix("198.18.0.0/15"), "a benchmarking address"},
	{netip.MustParsePrefix("240.0.0.0/4"), "a reserved or broadcast address"},
	{netip.MustParsePrefix("::/96"), "an IPv4-compatible address"},
	{netip.MustParsePrefix("fec0::/10"), "a site-local address"},
}

// nat64 is the well-known NAT64 prefix, whose last 32 bits are an IPv4
// address.
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// Refusal says why a connection to a must be refused: loopback, private,
// link-local, unspecified, multicast, carrier-grade NAT and other
// non-public addresses, IPv4 addresses mapped into IPv6 judged as IPv4.
// It returns "" for a public address.
func Refusal(a netip.Addr) string {
	a = a.Unmap()
	if nat64.Contains(a) {
		b := a.As16()
		a = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	switch {
	case !a.IsValid():
		return "not an address"
	case a.IsUnspecified():
		return "an unspecified address"
	case a.IsLoopback():
		return "a loopback address"
	case a.IsPrivate():
		return "a private address"
	case a.IsLinkLocalUnicast():
		return "a link-local address"
	case a.IsMulticast():
		return "a multicast address"
	}
	for _, s := range special {
		if s.prefix.Contains(a) {
			return s.reason
		}
	}
	return ""
}
