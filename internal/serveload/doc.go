// Command serveload measures `audit serve` under load: it starts the
// server in-process on a loopback port, posts a 1,500-word article of its
// own making to POST /v1/check from 1, 8 and 32 concurrent clients, and
// prints throughput, latency percentiles and the processor time each
// request took (server and clients together: a figure that other
// programs on the machine disturb less than latency), then the memory
// across a sustained run. Every run is bounded in requests and in time,
// and sends traffic to the loopback address only.
//
//	go run ./internal/serveload [-requests 2000] [-clients 1,8,32] [-sustain 10000] [-max-time 60s]
package main
