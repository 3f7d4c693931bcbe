package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
)

// checkRequest is one article to check, however it came.
type checkRequest struct {
	name   string         // the input's name in the output
	body   io.Reader      // the article, or nil to fetch url
	format article.Format // "" sniffs
	url    string         // the article's address: fetched when body is nil
	rules  map[string]findings.Severity
}

// checked is a check done: the article and the checker that found its
// findings.
type checked struct {
	article *pipeline.Article
	checker *findings.Checker
}

// failing counts the findings at or above the checker's fail_on.
func (c *checked) failing() int {
	n := 0
	for _, f := range c.article.Findings {
		if f.Severity >= c.checker.Options().FailOn {
			n++
		}
	}
	return n
}

// printerOptions describe the run to a printer, as `audit check` does.
func (s *Server) printerOptions(ch *findings.Checker) printer.Options {
	return printer.Options{
		Tool:  printer.Tool{Name: "audit", Version: s.cfg.Version},
		Rules: ch.Rules(), FailOn: ch.Options().FailOn,
	}
}

// outputTypes gives each output format of /v1/check its media type.
var outputTypes = map[string]string{
	"json":   "application/json",
	"sarif":  "application/sarif+json",
	"html":   "text/html; charset=utf-8",
	"line":   "text/plain; charset=utf-8",
	"text":   "text/plain; charset=utf-8",
	"github": "text/plain; charset=utf-8",
}

// check answers POST /v1/check: the article in the body, as text, or a
// JSON request; the answer is the output of `audit check --format F`.
func (s *Server) check(w http.ResponseWriter, r *http.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "json"
	}
	ctype, ok := outputTypes[format]
	if !ok {
		s.fail(w, r, badRequest("unknown format %q (want json, sarif, html, line, text or github)", format))
		return
	}
	req, err := s.apiRequest(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	c, err := s.analyze(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var b bytes.Buffer
	p, err := printer.New(format, &b, s.printerOptions(c.checker))
	if err == nil {
		err = p.Article(c.article.Result())
	}
	if cerr := p.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(b.Len()))
	h.Set("Audit-Failing", strconv.Itoa(c.failing()))
	h.Set("Audit-Fail-On", c.checker.Options().FailOn.String())
	if format == "html" {
		h.Set("Content-Security-Policy", reportCSP)
	}
	_, _ = w.Write(b.Bytes())
}

// badRequest is a 400 with a message.
func badRequest(format string, args ...any) *httpError {
	return &httpError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...)}
}

// apiRequest reads the check an API request asks for: a text body whose
// media type gives the format, or a JSON object.
func (s *Server) apiRequest(w http.ResponseWriter, r *http.Request) (*checkRequest, error) {
	if r.ContentLength > s.cfg.MaxBytes {
		return nil, &http.MaxBytesError{Limit: s.cfg.MaxBytes}
	}
	body := http.MaxBytesReader(w, r.Body, s.cfg.MaxBytes)
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		mt = ""
	}
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "-"
	}
	switch mt {
	case "text/plain":
		return &checkRequest{name: name, body: body, format: article.Text}, nil
	case "text/markdown", "text/x-markdown":
		return &checkRequest{name: name, body: body, format: article.Markdown}, nil
	case "text/html", "application/xhtml+xml":
		return &checkRequest{name: name, body: body, format: article.HTML}, nil
	case "application/json":
		return s.jsonRequest(body, name)
	}
	return nil, &httpError{status: http.StatusUnsupportedMediaType,
		msg: fmt.Sprintf("unsupported Content-Type %q: send text/plain, text/markdown, text/html or application/json", r.Header.Get("Content-Type"))}
}

// jsonCheck is the JSON form of a check.
type jsonCheck struct {
	Text   *string           `json:"text"`
	Format string            `json:"format"`
	URL    string            `json:"url"`
	Name   string            `json:"name"`
	Rules  map[string]string `json:"rules"`
}

func (s *Server) jsonRequest(body io.Reader, name string) (*checkRequest, error) {
	data, err := io.ReadAll(body)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var jc jsonCheck
	if err := dec.Decode(&jc); err != nil {
		return nil, badRequest("bad JSON: %v", err)
	}
	if dec.More() {
		return nil, badRequest("bad JSON: more than one value")
	}
	req := &checkRequest{name: name, url: jc.URL}
	if jc.Name != "" {
		req.name = jc.Name
	}
	if req.format, err = parseFormat(jc.Format); err != nil {
		return nil, err
	}
	if req.rules, err = parseRules(jc.Rules); err != nil {
		return nil, err
	}
	switch {
	case jc.Text != nil:
		req.body = strings.NewReader(*jc.Text)
		if jc.Name == "" && jc.URL != "" {
			req.name = jc.URL
		}
	case jc.URL == "":
		return nil, badRequest(`bad JSON: give "text" or "url"`)
	case s.cfg.Fetch == nil:
		return nil, &httpError{status: http.StatusForbidden, msg: "fetching URLs is off: send the article's text, or start the server with --allow-fetch"}
	default:
		req.name = jc.URL
	}
	return req, nil
}

// parseFormat reads an input format: auto (or ""), html, text or
// markdown.
func parseFormat(f string) (article.Format, error) {
	switch strings.ToLower(f) {
	case "", "auto":
		return "", nil
	case "html", "text", "markdown":
		return article.Format(strings.ToLower(f)), nil
	case "md":
		return article.Markdown, nil
	case "txt":
		return article.Text, nil
	}
	return "", badRequest("unknown input format %q (want auto, html, text or markdown)", f)
}

// parseRules reads severity overrides: rule id to suggestion, warning,
// error or off.
func parseRules(m map[string]string) (map[string]findings.Severity, error) {
	out := make(map[string]findings.Severity, len(m))
	for id, sev := range m {
		if _, ok := findings.RuleByID(id); !ok {
			return nil, badRequest("unknown rule %q (see GET /v1/rules)", id)
		}
		s, err := findings.ParseSeverity(sev)
		if err != nil {
			return nil, badRequest("rule %s: %v", id, err)
		}
		out[id] = s
	}
	return out, nil
}

// runCheck reads and analyses one article with the server's profile and
// the request's rule severities.
func (s *Server) runCheck(ctx context.Context, req *checkRequest) (c *checked, err error) {
	defer func() {
		if p := recover(); p != nil {
			c, err = nil, fmt.Errorf("panic in analysis: %v", p)
		}
	}()
	ch := s.cfg.Profile.Checker
	if len(req.rules) > 0 {
		opts := ch.Options()
		opts.Rules = maps.Clone(opts.Rules)
		if opts.Rules == nil {
			opts.Rules = map[string]findings.Severity{}
		}
		maps.Copy(opts.Rules, req.rules)
		ch = findings.NewChecker(opts)
	}
	rd := &input.Reader{Stdin: req.body, MaxBytes: s.cfg.MaxBytes, Format: req.format, Client: s.cfg.Fetch, Timeout: s.cfg.FetchTimeout}
	it := input.Item{Name: req.name, Kind: input.Stdin}
	if req.body == nil {
		it.Kind = input.URL
	}
	raw, err := rd.Read(ctx, it)
	if err != nil {
		return nil, err
	}
	if it.Kind == input.Stdin && req.url != "" {
		raw.URL = req.url
	}
	runner := &pipeline.Runner{Analyzer: s.cfg.Profile.Analyzer, Checker: ch}
	a, err := runner.AnalyzeRaw(ctx, raw)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &checked{article: a, checker: ch}, nil
}
