package goldeval

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Outlets maps gold documents to the outlet that published them.
type Outlets struct {
	byKey map[string]string
}

// docColumns and outletColumns are the header names that mark the
// document and outlet columns of a mapping file.
var (
	docColumns    = map[string]bool{"doc": true, "document": true, "file": true, "filename": true, "path": true, "article": true}
	outletColumns = map[string]bool{"outlet": true, "publisher": true, "source": true, "site": true}
)

// ErrNoOutlets is returned for a mapping file with no rows.
var ErrNoOutlets = errors.New("no document and outlet rows")

// ReadOutlets reads a mapping from documents to outlets: one row a line,
// tab-separated when the first row holds a tab and comma-separated (CSV
// quoting) otherwise. Blank lines and lines starting with # are skipped.
// A first row naming a document column (doc, document, file, filename,
// path or article) and an outlet column (outlet, publisher, source or
// site) is a header, and those columns are read; otherwise the first two
// columns are the document and its outlet. Errors name the line.
func ReadOutlets(r io.Reader, name string) (*Outlets, error) {
	var lines []string
	var nums []int
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		lines, nums = append(lines, l), append(nums, n)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoOutlets)
	}
	split := splitCSV
	if strings.Contains(lines[0], "\t") {
		split = func(l string) ([]string, error) { return strings.Split(l, "\t"), nil }
	}
	docCol, outCol := 0, 1
	first, err := split(lines[0])
	if err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, nums[0], err)
	}
	if d, o := headerColumns(first); d >= 0 && o >= 0 {
		docCol, outCol = d, o
		lines, nums = lines[1:], nums[1:]
	}
	m := &Outlets{byKey: map[string]string{}}
	for i, l := range lines {
		cols, err := split(l)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, nums[i], err)
		}
		if len(cols) <= max(docCol, outCol) {
			return nil, fmt.Errorf("%s:%d: want a document and an outlet column, found %d column(s)", name, nums[i], len(cols))
		}
		doc, outlet := strings.TrimSpace(cols[docCol]), strings.TrimSpace(cols[outCol])
		if doc == "" || outlet == "" {
			return nil, fmt.Errorf("%s:%d: empty document or outlet", name, nums[i])
		}
		if prev, ok := m.byKey[doc]; ok && prev != outlet {
			return nil, fmt.Errorf("%s:%d: %q is mapped to %q and to %q", name, nums[i], doc, prev, outlet)
		}
		m.byKey[doc] = outlet
	}
	if len(m.byKey) == 0 {
		return nil, fmt.Errorf("%s: %w", name, ErrNoOutlets)
	}
	return m, nil
}

func splitCSV(l string) ([]string, error) {
	r := csv.NewReader(strings.NewReader(l))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	cols, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, pe.Err
		}
		return nil, err
	}
	return cols, nil
}

// headerColumns finds the document and outlet columns of a header row, or
// -1.
func headerColumns(row []string) (doc, outlet int) {
	doc, outlet = -1, -1
	for i, c := range row {
		c = strings.ToLower(strings.TrimSpace(c))
		switch {
		case docColumns[c] && doc < 0:
			doc = i
		case outletColumns[c] && outlet < 0:
			outlet = i
		}
	}
	return doc, outlet
}

// Lookup returns the outlet of a gold document: the row whose document is
// its path as the gold file gives it, else its file name, else its file
// name without extension.
func (m *Outlets) Lookup(doc string) (string, bool) {
	if m == nil {
		return "", false
	}
	base := path.Base(doc)
	for _, k := range []string{doc, base, strings.TrimSuffix(base, path.Ext(base))} {
		if o, ok := m.byKey[k]; ok {
			return o, true
		}
	}
	return "", false
}

// PathOutlet is the outlet a gold document's path implies where nothing
// else names one: its first folder ("harbor-post/2025/a.txt" is
// "harbor-post"), or "" for a document at the top of the corpus.
func PathOutlet(doc string) string {
	first, _, ok := strings.Cut(path.Clean(doc), "/")
	if !ok || first == "." || first == ".." {
		return ""
	}
	return first
}
