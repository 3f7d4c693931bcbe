package server

import (
	"bytes"
	"embed"
	"html/template"
	"net/http"
	"strings"

	"github.com/auditnews/audit/internal/printer"
)

//go:embed templates/page.html
var pageFS embed.FS

// pageTemplate is the editor's page; the article itself is the HTML
// format's section, written by package printer.
var pageTemplate = template.Must(template.New("page.html").Funcs(template.FuncMap{
	"errorResults": func(msg string) *resultsView { return &resultsView{Error: msg} },
}).ParseFS(pageFS, "templates/page.html"))

// pageView is what the page shows.
type pageView struct {
	Version  string
	Text     string // the draft, kept in the form
	Formats  []formatOption
	Outlet   string
	CanStore bool
	Reports  bool
	Error    string // shown instead of results
	Notice   string // shown above the results: "Stored as ..."
	Results  *resultsView
}

// resultsView is the part of the page the script replaces as the editor
// types: the legend and the article, or an error.
type resultsView struct {
	Error    string
	Legend   template.HTML // from package printer's templates
	Article  template.HTML
	Failing  int
	FailOn   string
	Findings int
}

type formatOption struct {
	Value, Label string
	Selected     bool
}

func (s *Server) newPageView(f *draftForm) *pageView {
	v := &pageView{Version: s.cfg.Version, CanStore: s.cfg.Store != nil, Reports: s.cfg.Reports != nil}
	format := "auto"
	if f != nil {
		v.Text, v.Outlet = f.Text, f.Outlet
		if _, err := parseFormat(f.Format); err == nil && f.Format != "" {
			format = strings.ToLower(f.Format)
		}
	}
	for _, o := range []formatOption{{Value: "auto", Label: "detect"}, {Value: "text", Label: "plain text"}, {Value: "markdown", Label: "Markdown"}, {Value: "html", Label: "HTML"}} {
		o.Selected = o.Value == format
		v.Formats = append(v.Formats, o)
	}
	return v
}

// index answers GET /: the empty form.
func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	s.writePage(w, http.StatusOK, s.newPageView(nil))
}

// submit answers the form posted with JavaScript off: the page again,
// the draft kept in it and the results below.
func (s *Server) submit(w http.ResponseWriter, r *http.Request) {
	f, res, status := s.checkForm(w, r)
	v := s.newPageView(f)
	v.Results = res
	s.writePage(w, status, v)
}

// fragment answers the page's script: the results alone.
func (s *Server) fragment(w http.ResponseWriter, r *http.Request) {
	_, res, status := s.checkForm(w, r)
	s.writeFragment(w, status, res)
}

// store answers the "Store in archive" button: the draft is checked and
// handed to Config.Store under the outlet named.
func (s *Server) store(w http.ResponseWriter, r *http.Request) {
	f, err := s.readForm(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := s.newPageView(f)
	if f.Outlet == "" {
		v.Error = "name the outlet to store the draft under"
		s.writePage(w, http.StatusUnprocessableEntity, v)
		return
	}
	res, c, status := s.checkDraft(r, f)
	v.Results = res
	if c != nil {
		id, err := s.cfg.Store(r.Context(), f.Outlet, c.article.Result())
		if err != nil {
			s.log.Error("store", "error", err.Error())
			v.Error, status = "the archive could not store the draft: "+err.Error(), http.StatusInternalServerError
		} else {
			v.Notice = "Stored in the archive under " + f.Outlet + " as " + id + "."
		}
	}
	s.writePage(w, status, v)
}

// checkForm reads the form and checks the draft in it.
func (s *Server) checkForm(w http.ResponseWriter, r *http.Request) (*draftForm, *resultsView, int) {
	f, err := s.readForm(w, r)
	if err != nil {
		he := s.asHTTPError(r.Context(), err)
		return nil, &resultsView{Error: he.msg}, he.status
	}
	res, _, status := s.checkDraft(r, f)
	return f, res, status
}

// checkDraft checks the draft of a form and renders the results; when a
// file was sent, its text goes into the form.
func (s *Server) checkDraft(r *http.Request, f *draftForm) (*resultsView, *checked, int) {
	req, err := f.request()
	if err == nil {
		var c *checked
		if c, err = s.analyze(r.Context(), req); err == nil {
			if len(f.File) > 0 {
				f.Text = string(c.article.Raw.Data)
			}
			return s.results(c), c, http.StatusOK
		}
	}
	he := s.asHTTPError(r.Context(), err)
	return &resultsView{Error: he.msg}, nil, he.status
}

// results renders a checked article with the HTML format's templates.
func (s *Server) results(c *checked) *resultsView {
	var legend, section bytes.Buffer
	if err := printer.WriteHTMLLegend(&legend); err != nil {
		return &resultsView{Error: err.Error()}
	}
	if err := printer.WriteHTMLArticle(&section, c.article.Result(), s.printerOptions(c.checker)); err != nil {
		return &resultsView{Error: err.Error()}
	}
	return &resultsView{
		// Both come from package printer's escaping templates.
		Legend: template.HTML(legend.String()), Article: template.HTML(section.String()), // #nosec G203
		Failing: c.failing(), FailOn: c.checker.Options().FailOn.String(), Findings: len(c.article.Findings),
	}
}

func (s *Server) writePage(w http.ResponseWriter, status int, v *pageView) {
	s.render(w, status, "page", v)
}

func (s *Server) writeFragment(w http.ResponseWriter, status int, v *resultsView) {
	s.render(w, status, "results", v)
}

// render runs a template of the page, with the page's security policy.
func (s *Server) render(w http.ResponseWriter, status int, name string, v any) {
	var b bytes.Buffer
	if err := pageTemplate.ExecuteTemplate(&b, name, v); err != nil {
		s.log.Error("page", "error", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}
