package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/auditnews/audit/internal/config"
)

// draft is a short article with a named, an anonymous and an unsourced
// claim, and a statistic.
const draft = `Bridge Toll Rises Again

The toll on the Harbor Bridge rose to $14 on Monday, the third rise in a year.

Mayor Ana Ruiz said the rise was needed to pay for repairs.

Officials, who asked not to be named, admitted the plan was rushed.

Critics say the toll is now too high for commuters.
`

// hostileDraft is article text that would run if it were not escaped.
const hostileDraft = `Council <script>window.pwned = 1</script> Vote

<script>window.pwned = 2</script> Officials said the plan was safe.

Mayor Ortiz said <img src=x onerror="window.pwned = 3"> was shown on the screen.

A reporter wrote </textarea><script>window.pwned = 4</script> in the draft, critics say.
`

var (
	profileOnce sync.Once
	profile     *config.Profile
	profileErr  error
)

// testProfile is the default configuration's profile, built once.
func testProfile(t testing.TB) *config.Profile {
	t.Helper()
	profileOnce.Do(func() { profile, profileErr = config.NewProfiles(config.Options{None: true}).Load("") })
	if profileErr != nil {
		t.Fatal(profileErr)
	}
	return profile
}

// newServer starts a server for cfg (the default profile filled in) on a
// loopback listener; change, when given, adjusts the server before it
// serves.
func newServer(t testing.TB, cfg Config, change func(*Server)) (*Server, *httptest.Server) {
	t.Helper()
	if cfg.Profile == nil {
		cfg.Profile = testProfile(t)
	}
	if cfg.Version == "" {
		cfg.Version = "0.0.0-test"
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if change != nil {
		change(s)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return s, ts
}

// answer is a response read whole.
type answer struct {
	status int
	header http.Header
	body   []byte
}

func (a *answer) String() string { return fmt.Sprintf("%d %s", a.status, bytes.TrimSpace(a.body)) }

// call sends a request and records its route and status for the
// OpenAPI check of TestMain.
func call(t testing.TB, ts *httptest.Server, method, path, ctype string, body io.Reader, header ...string) *answer {
	t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	for i := 0; i+1 < len(header); i += 2 {
		if strings.EqualFold(header[i], "Host") {
			req.Host = header[i+1]
			continue
		}
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close() //nolint:errcheck // the body is read to its end first: closing it loses nothing
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	record(method, req.URL.Path, resp.StatusCode)
	return &answer{resp.StatusCode, resp.Header, data}
}

// seen holds every operation and status the tests met.
var seen = struct {
	sync.Mutex
	m map[string]bool
}{m: map[string]bool{}}

func record(method, path string, status int) {
	seen.Lock()
	defer seen.Unlock()
	seen.m[method+" "+specPath(path)+" "+strconv.Itoa(status)] = true
}

// specPath gives the OpenAPI path that describes a request path.
func specPath(p string) string {
	switch {
	case strings.HasPrefix(p, "/static/"):
		return "/static/{name}"
	case strings.HasPrefix(p, "/reports/"):
		return "/reports/{path}"
	}
	return p
}

// readSpec reads openapi.json: operation ("GET /v1/rules") to the
// statuses it describes.
func readSpec() (map[string]map[string]bool, error) {
	data, err := os.ReadFile("openapi.json")
	if err != nil {
		return nil, err
	}
	var doc struct {
		OpenAPI string                                                   `json:"openapi"`
		Paths   map[string]map[string]struct{ Responses map[string]any } `json:"paths"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("openapi.json: %w", err)
	}
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		return nil, fmt.Errorf("openapi.json: version %q", doc.OpenAPI)
	}
	out := map[string]map[string]bool{}
	for path, ops := range doc.Paths {
		for method, op := range ops {
			st := map[string]bool{}
			for code := range op.Responses {
				st[code] = true
			}
			out[strings.ToUpper(method)+" "+path] = st
		}
	}
	return out, nil
}

// TestMain runs the tests, then checks that every route and status they
// met is described in openapi.json.
func TestMain(m *testing.M) {
	code := m.Run()
	if code != 0 {
		os.Exit(code)
	}
	spec, err := readSpec()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var missing []string
	seen.Lock()
	for key := range seen.m {
		f := strings.Fields(key)
		if f[2] == "405" {
			f[0] = "POST" // a method the path does not answer is described on the one it does
		}
		if !spec[f[0]+" "+f[1]][f[2]] {
			missing = append(missing, key)
		}
	}
	seen.Unlock()
	if len(missing) > 0 {
		sort.Strings(missing)
		fmt.Fprintf(os.Stderr, "FAIL: openapi.json does not describe these answers the tests met:\n  %s\n", strings.Join(missing, "\n  "))
		os.Exit(1)
	}
}
