package reports

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/internal/archivetest"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// fixedNow is the clock of the tests.
func fixedNow() time.Time { return archivetest.Now() }

// hostile is text that would run if a page put it in as markup.
const hostile = `<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"><a href="javascript:window.pwned = 3">x</a>`

// testArchive stores the archive package's four fixture articles (two
// outlets, written for its tests), a copy of one with no outlet and no
// date, and one of a hostile outlet whose title, text and source names
// carry markup and script, at a fixed time.
func testArchive(t testing.TB) *archive.DB {
	t.Helper()
	arts := archivetest.Articles(t, filepath.Join("..", "archive", "testdata", "articles.json"))
	loose := arts[0]
	loose.Input, loose.Meta.Outlet, loose.Meta.Published, loose.Meta.URL = "loose.md", "", "", ""
	arts = append(arts, loose, hostileArticle(arts[0]))
	return openArchive(t, arts)
}

// openArchive stores arts in a new archive and opens it, closed when the
// test ends.
func openArchive(t testing.TB, arts []result.Article) *archive.DB {
	t.Helper()
	db, err := archive.Open(context.Background(), archivetest.New(t, arts), archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	return db
}

// hostileArticle is a copy of a with markup and script in its outlet,
// title, URL, text and source names.
func hostileArticle(a result.Article) result.Article {
	h := a
	h.Input = "hostile.md"
	h.Meta.Outlet = `Evil <b>News</b>` + hostile
	h.Meta.Title = "Toll " + hostile
	h.Meta.URL = "javascript:window.pwned=4"
	h.Meta.Authors = []string{hostile}
	// the first claim's text becomes hostile; offsets stay valid as the
	// claims are rebuilt over the new text
	var text strings.Builder
	h.Blocks = nil
	h.Claims = append([]result.Claim(nil), a.Claims...)
	for i := range h.Claims {
		c := &h.Claims[i]
		start := len([]rune(text.String()))
		body := hostile + " " + c.Text
		text.WriteString(body)
		end := start + len([]rune(body))
		text.WriteString("\n\n")
		h.Blocks = append(h.Blocks, result.Block{Kind: "paragraph", Start: start, End: end, Line: 1 + 2*i, Column: 1})
		c.Text, c.Start, c.End, c.Block, c.Line, c.Column = body, start, end, i, 1+2*i, 1
		if at := c.Attribution; at != nil {
			cp := *at
			if cp.Source != nil {
				src := *cp.Source
				src.Name = hostile + src.Name
				src.Start, src.End = start, start // no mention in the text
				cp.Source = &src
			}
			cp.Cue = nil
			cp.Chain = []*result.Source{}
			c.Attribution = &cp
		}
		c.InheritedFrom = nil
	}
	h.Text = text.String()
	h.Quotations = []result.Span{}
	h.Findings = []result.Finding{}
	return h
}

// memSink keeps a site's files in memory.
type memSink struct {
	mu    sync.Mutex
	files map[string]*bytes.Buffer
}

func newMemSink() *memSink { return &memSink{files: map[string]*bytes.Buffer{}} }

func (m *memSink) Create(p string) (io.WriteCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.files[p]; ok {
		panic("created twice: " + p)
	}
	b := &bytes.Buffer{}
	m.files[p] = b
	return nopCloser{b}, nil
}

func (m *memSink) paths() []string {
	var out []string
	for p := range m.files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// testOptions are options with the tests' clock and small pages, so
// that lists run to several pages.
func testOptions() Options {
	return Options{Now: fixedNow, Tool: toolForTests, ArticlesPerPage: 1, SourcesPerPage: 5, CitationsPerPage: 2}
}

var toolForTests = printer.Tool{Name: "audit", Version: "test"}
