package manifest

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/auditnews/audit/internal/input"
)

// Row is one input's metadata. Empty fields were not given.
type Row struct {
	Line      int      `json:"-"`             // 1-based line in the manifest
	Path      string   `json:"-"`             // as written: relative to the manifest's folder, or absolute
	URL       string   `json:"url,omitempty"` // where the article lives: its identity in the archive
	Outlet    string   `json:"outlet,omitempty"`
	Title     string   `json:"title,omitempty"`
	Published string   `json:"published,omitempty"` // YYYY-MM-DD
	Authors   []string `json:"authors,omitempty"`
	Section   string   `json:"section,omitempty"`
}

// Meta returns the row's metadata as JSON (what the archive keeps), or
// "" when the row gives none.
func (r *Row) Meta() string {
	if r == nil || (r.Outlet == "" && r.Title == "" && r.Published == "" && len(r.Authors) == 0 && r.Section == "" && r.URL == "") {
		return ""
	}
	b, _ := json.Marshal(r) // strings only
	return string(b)
}

// ParseMeta reads what Meta wrote.
func ParseMeta(s string) (*Row, error) {
	if s == "" {
		return nil, nil
	}
	var r Row
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return &r, nil
}

// Manifest is a parsed manifest, ready to match inputs.
type Manifest struct {
	Name string // the file as given
	Dir  string // its folder, absolute: relative paths start there
	Rows []Row

	byPath map[string]int // match key of an absolute path to row index
	byStem map[string]int // the same without the file extension; -1 when ambiguous
	byURL  map[string]int
}

// Load reads a manifest file.
func Load(name string) (*Manifest, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	rows, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s:%w", name, err)
	}
	dir, err := filepath.Abs(filepath.Dir(name))
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return New(name, dir, rows)
}

// New indexes rows whose relative paths start at dir. A path or URL
// listed twice is an error naming both lines.
func New(name, dir string, rows []Row) (*Manifest, error) {
	m := &Manifest{Name: name, Dir: dir, Rows: rows, byPath: map[string]int{}, byStem: map[string]int{}, byURL: map[string]int{}}
	for i, r := range rows {
		if r.Path != "" {
			k := pathKey(m.abs(r.Path))
			if j, ok := m.byPath[k]; ok {
				return nil, fmt.Errorf("%s:%d: path %s is listed twice (line %d)", name, r.Line, r.Path, rows[j].Line)
			}
			m.byPath[k] = i
			s := stem(k)
			if _, ok := m.byStem[s]; ok {
				m.byStem[s] = -1
			} else {
				m.byStem[s] = i
			}
			continue
		}
		k := urlKey(r.URL)
		if j, ok := m.byURL[k]; ok {
			return nil, fmt.Errorf("%s:%d: url %s is listed twice (line %d)", name, r.Line, r.URL, rows[j].Line)
		}
		m.byURL[k] = i
	}
	return m, nil
}

func (m *Manifest) abs(p string) string {
	p = filepath.FromSlash(p)
	if !filepath.IsAbs(p) {
		p = filepath.Join(m.Dir, p)
	}
	return filepath.Clean(p)
}

// Lookup returns the row of an input, or nil. A file matches the row
// whose path, made absolute from the manifest's folder, is the file's
// absolute path (both cleaned and in Unicode NFC, so that names written
// on another system match); failing that, the one row whose path is the
// file's without its extension and any .gz ("a1" for a1.txt). A URL
// matches a row's url with the scheme and host in lower case and no
// #fragment.
func (m *Manifest) Lookup(it input.Item) *Row {
	if m == nil {
		return nil
	}
	switch it.Kind {
	case input.File:
		abs, err := filepath.Abs(it.Name)
		if err != nil {
			return nil
		}
		k := pathKey(abs)
		if i, ok := m.byPath[k]; ok {
			return &m.Rows[i]
		}
		if i, ok := m.byStem[stem(k)]; ok && i >= 0 {
			return &m.Rows[i]
		}
		if i, ok := m.byPath[stem(k)]; ok {
			return &m.Rows[i]
		}
	case input.URL:
		if i, ok := m.byURL[urlKey(it.Name)]; ok {
			return &m.Rows[i]
		}
	}
	return nil
}

// Items returns the manifest's inputs, in its order: each row's file, or
// its URL where it gives no path. A path with no extension names the one
// file beside it with an extension audit reads ("a1" for a1.txt), when
// there is no file of that very name.
func (m *Manifest) Items() []input.Item {
	items := make([]input.Item, len(m.Rows))
	for i, r := range m.Rows {
		if r.Path != "" {
			items[i] = input.Item{Name: withExtension(m.abs(r.Path)), Kind: input.File}
		} else {
			items[i] = input.Item{Name: r.URL, Kind: input.URL}
		}
	}
	return items
}

// withExtension returns the file a path names: itself when it exists,
// else the one file of the path with an extension audit reads.
func withExtension(p string) string {
	if _, err := os.Stat(p); err == nil {
		return p
	}
	matches, _ := filepath.Glob(globEscape(p) + ".*")
	var found []string
	for _, f := range matches {
		if _, ok := input.FormatOf(f); ok && stem(f) == p {
			found = append(found, f)
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return p
}

// globEscape escapes the characters filepath.Match reads specially.
func globEscape(p string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(p)
}

func pathKey(abs string) string { return norm.NFC.String(filepath.ToSlash(abs)) }

// stem drops a trailing .gz and one extension audit reads.
func stem(k string) string {
	s := strings.TrimSuffix(k, ".gz")
	if _, ok := input.FormatOf(s); ok {
		return strings.TrimSuffix(s, filepath.Ext(s))
	}
	return s
}

// urlKey is a URL for matching: scheme and host lower-cased, no fragment.
func urlKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme, u.Host, u.Fragment, u.RawFragment = strings.ToLower(u.Scheme), strings.ToLower(u.Host), "", ""
	return u.String()
}

// Parse reads a manifest: JSON Lines when its first non-blank character is
// "{", else CSV with a header (tab-separated when the header holds a tab
// and no comma). Errors begin with the line number.
func Parse(data []byte) ([]Row, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) > 0 && t[0] == '{' {
		return parseJSONL(data)
	}
	return parseCSV(data)
}

// fields are the columns a manifest may have; others are ignored.
var fields = []string{"path", "url", "outlet", "title", "published", "authors", "section"}

func parseCSV(data []byte) ([]Row, error) {
	header, _, _ := bytes.Cut(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	if bytes.Contains(header, []byte("\t")) && !bytes.Contains(header, []byte(",")) {
		r.Comma = '\t'
		r.LazyQuotes = true
	}
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if errors.Is(err, io.EOF) {
		return nil, errors.New("1: empty manifest")
	}
	if err != nil {
		return nil, csvError(err)
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := col[h]; dup && h != "" {
			return nil, fmt.Errorf("1: column %q given twice", h)
		}
		col[h] = i
	}
	_, hasPath := col["path"]
	_, hasURL := col["url"]
	if !hasPath && !hasURL {
		return nil, fmt.Errorf("1: no path or url column (the header reads %q)", strings.Join(head, string(r.Comma)))
	}
	var rows []Row
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, csvError(err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // a blank line
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		vals := map[string]string{}
		for _, f := range fields {
			vals[f] = get(f)
		}
		row, err := newRow(line, vals, splitAuthors(vals["authors"]))
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
}

func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%d: %w", pe.Line, pe.Err)
	}
	return fmt.Errorf("1: %w", err)
}

func parseJSONL(data []byte) ([]Row, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	var rows []Row
	for line := 1; sc.Scan(); line++ {
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(text, &obj); err != nil {
			return nil, fmt.Errorf("%d: not a JSON object: %w", line, err)
		}
		vals := map[string]string{}
		var authors []string
		for _, f := range fields {
			raw, ok := obj[f]
			if !ok || string(raw) == "null" {
				continue
			}
			if f == "authors" {
				var list []string
				if err := json.Unmarshal(raw, &list); err == nil {
					for _, a := range list {
						if a = strings.TrimSpace(a); a != "" {
							authors = append(authors, a)
						}
					}
					continue
				}
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return nil, fmt.Errorf("%d: %s: want a string", line, f)
			}
			vals[f] = strings.TrimSpace(s)
		}
		if authors == nil {
			authors = splitAuthors(vals["authors"])
		}
		row, err := newRow(line, vals, authors)
		if err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%d: %w", len(rows)+1, err)
	}
	return rows, nil
}

func newRow(line int, v map[string]string, authors []string) (Row, error) {
	r := Row{Line: line, Path: v["path"], URL: v["url"], Outlet: v["outlet"], Title: v["title"], Section: v["section"], Authors: authors}
	if r.Path == "" && r.URL == "" {
		return r, fmt.Errorf("%d: no path or url", line)
	}
	if r.URL != "" {
		u, err := url.Parse(r.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return r, fmt.Errorf("%d: url %q is not an http or https URL", line, r.URL)
		}
	}
	if strings.ContainsRune(r.Path, 0) {
		return r, fmt.Errorf("%d: path holds a NUL byte", line)
	}
	d, err := Date(v["published"])
	if err != nil {
		return r, fmt.Errorf("%d: published: %w", line, err)
	}
	r.Published = d
	return r, nil
}

// splitAuthors reads a list of names separated by semicolons.
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = strings.TrimSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

var dateLayouts = []string{time.DateOnly, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006/01/02"}

// Date reads a date of publication as YYYY-MM-DD: a day, or a time in
// RFC 3339 and a few near forms (the day as written, whatever the zone).
func Date(s string) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("unreadable date %q (want YYYY-MM-DD)", s)
}
