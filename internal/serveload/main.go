package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/server"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "serveload:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) (err error) {
	fs := flag.NewFlagSet("serveload", flag.ContinueOnError)
	requests := fs.Int("requests", 2000, "requests at each level of concurrency")
	clientList := fs.String("clients", "1,8,32", "levels of concurrency")
	sustain := fs.Int("sustain", 10000, "requests of the sustained run that measures memory (8 clients)")
	maxTime := fs.Duration("max-time", 60*time.Second, "time limit of each run")
	words := fs.Int("words", 1500, "words in the article")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var levels []int
	for _, f := range strings.Split(*clientList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 || n > 256 {
			return fmt.Errorf("-clients: bad level %q", f)
		}
		levels = append(levels, n)
	}
	if *requests < 1 || *requests > 1_000_000 || *sustain < 0 || *sustain > 1_000_000 {
		return errors.New("-requests and -sustain: at most 1,000,000")
	}

	prof, err := config.NewProfiles(config.Options{None: true}).Load("")
	if err != nil {
		return err
	}
	srv, err := server.New(server.Config{Profile: prof, Version: "load", LocalOnly: true})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0") // loopback only
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, ln) }()
	defer func() {
		stop()
		if serr := <-served; err == nil {
			err = serr
		}
	}()

	out := &report{w: w}
	body := []byte(article(*words))
	url := "http://" + ln.Addr().String() + "/v1/check?name=load.txt"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256, DisableCompression: true}, Timeout: 30 * time.Second}
	resp, err := post(client, url, body)
	if err != nil {
		return err
	}
	out.printf("article: %d words, %d bytes; answer: %d bytes of JSON\n", len(strings.Fields(string(body))), len(body), resp)
	out.printf("GOMAXPROCS=%d, %s, load average before: %s\n\n", runtime.GOMAXPROCS(0), runtime.Version(), loadAvg())
	out.printf("| clients | requests | 429 | errors | throughput (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | CPU per request (ms) |\n")
	out.printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	if _, err := load(client, url, body, 4, 200, *maxTime, nil); err != nil { // warm up
		return err
	}
	for _, c := range levels {
		cpu := cpuTime()
		r, err := load(client, url, body, c, *requests, *maxTime, nil)
		if err != nil {
			return err
		}
		perRequest := (cpuTime() - cpu) / time.Duration(r.n)
		out.printf("| %d | %d | %d | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", c, r.n, r.busy, r.errors, float64(r.n)/r.elapsed.Seconds(),
			ms(r.pct(50)), ms(r.pct(90)), ms(r.pct(99)), ms(r.pct(100)), ms(perRequest))
	}
	if *sustain == 0 {
		return out.err
	}
	out.printf("\nsustained: %d requests from 8 clients; memory after a GC, every %d requests\n\n", *sustain, max(*sustain/10, 1))
	out.printf("| requests | heap in use (MiB) | heap objects | runtime total (MiB) | RSS (MiB) | goroutines |\n")
	out.printf("|---:|---:|---:|---:|---:|---:|\n")
	every := max(*sustain/10, 1)
	sample := func(done int) {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		out.printf("| %d | %.1f | %d | %.1f | %s | %d |\n", done, mib(m.HeapInuse), m.HeapObjects, mib(m.Sys), rss(), runtime.NumGoroutine())
	}
	sample(0)
	r, err := load(client, url, body, 8, *sustain, 10**maxTime, func(done int) {
		if done%every == 0 {
			sample(done)
		}
	})
	if err != nil {
		return err
	}
	out.printf("\n%d requests, %d turned away (429), %d errors, %.0f req/s, p50 %.2f ms, p99 %.2f ms; load average after: %s\n", r.n, r.busy, r.errors,
		float64(r.n)/r.elapsed.Seconds(), ms(r.pct(50)), ms(r.pct(99)), loadAvg())
	return out.err
}

// report writes the tables, keeping the first write error for run to
// return.
type report struct {
	w   io.Writer
	err error
}

func (r *report) printf(format string, args ...any) {
	if r.err == nil {
		_, r.err = fmt.Fprintf(r.w, format, args...)
	}
}

// errBusy is a check the server turned away (429): it was saturated.
var errBusy = errors.New("429")

// post sends one check and returns the size of the answer.
func post(c *http.Client, url string, body []byte) (int, error) {
	resp, err := c.Post(url, "text/plain", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close() //nolint:errcheck // the body is read to its end first: closing it loses nothing
	n, err := io.Copy(io.Discard, resp.Body)
	if err != nil {
		return 0, err
	}
	switch resp.StatusCode {
	case http.StatusOK:
	case http.StatusTooManyRequests:
		return 0, errBusy
	default:
		return 0, fmt.Errorf("status %s", resp.Status)
	}
	return int(n), nil
}

// result is one run: the latency of each request.
type result struct {
	n, errors, busy int
	elapsed         time.Duration
	latencies       []time.Duration
}

func (r *result) pct(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.latencies)-1) * p / 100)
	return r.latencies[i]
}

// load sends n checks from c clients, or as many as fit in limit; each
// call of progress gets the count done so far.
func load(client *http.Client, url string, body []byte, c, n int, limit time.Duration, progress func(int)) (*result, error) {
	var next, done, errs, busy atomic.Int64
	deadline := time.Now().Add(limit)
	lat := make([][]time.Duration, c)
	var wg sync.WaitGroup
	var mu sync.Mutex
	start := time.Now()
	for w := range c {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) && time.Now().Before(deadline) {
				t := time.Now()
				_, err := post(client, url, body)
				lat[w] = append(lat[w], time.Since(t))
				switch {
				case errors.Is(err, errBusy):
					busy.Add(1)
				case err != nil:
					errs.Add(1)
				}
				d := done.Add(1)
				if progress != nil {
					mu.Lock()
					progress(int(d))
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	r := &result{elapsed: time.Since(start), errors: int(errs.Load()), busy: int(busy.Load())}
	for _, l := range lat {
		r.latencies = append(r.latencies, l...)
	}
	slices.Sort(r.latencies)
	r.n = len(r.latencies)
	if r.n == 0 {
		return nil, errors.New("no request finished in time")
	}
	return r, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
func mib(b uint64) float64       { return float64(b) / (1 << 20) }

// rss reads the resident set of this process, where /proc has it.
func rss() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, l := range strings.Split(string(data), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmRSS:" {
			kb, _ := strconv.Atoi(f[1])
			return fmt.Sprintf("%.1f", float64(kb)/1024)
		}
	}
	return "n/a"
}

// cpuTime is the processor time this process has used, user and
// system, server and clients together.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func loadAvg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "n/a"
	}
	return strings.Join(strings.Fields(string(data))[:3], " ")
}
