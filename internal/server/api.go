package server

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"net/http"
	"runtime"

	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

//go:embed static/app.js static/page.css openapi.json
var assets embed.FS

// staticFile is a file the page loads.
type staticFile struct {
	contentType string
	data        []byte
}

// staticFiles gathers the page's script and stylesheets; report.css is
// the HTML format's own stylesheet.
func staticFiles() (map[string]staticFile, error) {
	out := map[string]staticFile{}
	for name, ct := range map[string]string{"app.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"} {
		data, err := assets.ReadFile("static/" + name)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		out[name] = staticFile{ct, data}
	}
	var css bytes.Buffer
	if err := printer.WriteHTMLStyle(&css); err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	out["report.css"] = staticFile{"text/css; charset=utf-8", css.Bytes()}
	return out, nil
}

func (s *Server) serveStatic(w http.ResponseWriter, r *http.Request) {
	f, ok := s.static[r.PathValue("name")]
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", f.contentType)
	w.Header().Set("Cache-Control", "no-cache")
	_, _ = w.Write(f.data)
}

// openAPIDocument is the API's description, with the version filled in.
func openAPIDocument(version string) ([]byte, error) {
	data, err := assets.ReadFile("openapi.json")
	if err != nil {
		return nil, fmt.Errorf("server: %w", err)
	}
	var doc map[string]any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("server: openapi.json: %w", err)
	}
	if info, ok := doc["info"].(map[string]any); ok && version != "" {
		info["version"] = version
	}
	out, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("server: openapi.json: %w", err)
	}
	return append(out, '\n'), nil
}

func (s *Server) openapi(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(s.openAPI)
}

// healthz answers load balancers and monitors, without authentication.
func (s *Server) healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

func (s *Server) version(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, struct {
		Name          string `json:"name"`
		Version       string `json:"version"`
		SchemaVersion int    `json:"schema_version"`
		Go            string `json:"go"`
	}{"audit", s.cfg.Version, result.SchemaVersion, runtime.Version()})
}

// rules answers GET /v1/rules: the rules with the severities the
// server's configuration gives them, as `audit rules --format json`
// lists them.
func (s *Server) rules(w http.ResponseWriter, _ *http.Request) {
	rs := s.cfg.Profile.Checker.Rules()
	out := make([]result.Rule, len(rs))
	for i, r := range rs {
		out[i] = r.Result()
	}
	writeJSON(w, http.StatusOK, out)
}
