package polnear

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/extract"
)

// Relation is one annotated attribution. Spans are byte offsets into the
// article's text; a discontinuous span gives several.
type Relation struct {
	Source, Cue, Content []article.Span
	// NoSource is set for PolNeAR's attributions without a source
	// ("is expected", "reportedly").
	NoSource bool
}

// ParseAnn reads a brat standoff file whose offsets count code points of
// text, and returns its attribution relations with byte offsets. Errors
// name the line.
func ParseAnn(r io.Reader, name, text string) ([]Relation, error) {
	// cp maps a code point offset to a byte offset of text
	cp := make([]int, 0, len(text)+1)
	for i := range text {
		cp = append(cp, i)
	}
	cp = append(cp, len(text))
	spans := map[string][]article.Span{}
	type event struct {
		line   int
		fields []string
	}
	var events []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for line := 1; sc.Scan(); line++ {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) < 2 || parts[0] == "" {
			continue
		}
		switch parts[0][0] {
		case 'T':
			ss, err := parseSpans(parts[1], cp)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", name, line, err)
			}
			spans[parts[0]] = ss
		case 'E':
			events = append(events, event{line, strings.Fields(parts[1])})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	rels := make([]Relation, 0, len(events))
	for _, ev := range events {
		var r Relation
		for i, f := range ev.fields {
			role, id, ok := strings.Cut(f, ":")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %q is not role:id", name, ev.line, f)
			}
			if i == 0 {
				r.NoSource = role == "Attribution-no-source"
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				r.Source = append(r.Source, spans[id]...)
			case "Cue":
				r.Cue = append(r.Cue, spans[id]...)
			case "Content":
				r.Content = append(r.Content, spans[id]...)
			}
		}
		rels = append(rels, r)
	}
	return rels, nil
}

// parseSpans reads "Type start end[;start end...]".
func parseSpans(s string, cp []int) ([]article.Span, error) {
	_, offs, ok := strings.Cut(s, " ")
	if !ok {
		return nil, errors.New("span without offsets")
	}
	var out []article.Span
	for _, part := range strings.Split(offs, ";") {
		f := strings.Fields(part)
		if len(f) != 2 {
			return nil, fmt.Errorf("bad offsets %q", part)
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad offsets %q", part)
		}
		if a < 0 || b < a || b >= len(cp) {
			return nil, fmt.Errorf("offsets %q out of the text's %d code points", part, len(cp)-1)
		}
		out = append(out, article.Span{Start: cp[a], End: cp[b]})
	}
	return out, nil
}

// Article is one article of a split.
type Article struct {
	Name   string // file name without extension
	Split  string // train or dev
	Outlet string // the publisher's code: nyt, wash-post, breitbart, ...
	Text   string // path of the text
	Ann    string // path of the annotation file read: the first annotator's in name order
}

// Articles lists the annotated articles of a split (train or dev) of the
// corpus in dir, in name order, with their outlets from metadata.tsv.
func Articles(dir, split string) ([]Article, error) {
	outlets, err := readOutlets(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	anns, err := filepath.Glob(filepath.Join(dir, split, "attributions", "*.ann"))
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	sort.Strings(anns)
	var out []Article
	seen := map[string]bool{}
	for _, ann := range anns {
		base := filepath.Base(ann)
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name := base[:i]
		if seen[name] {
			continue
		}
		seen[name] = true
		text := filepath.Join(dir, split, "text", name+".txt")
		if _, err := os.Stat(text); err != nil {
			continue
		}
		out = append(out, Article{Name: name, Split: split, Outlet: outlets[name], Text: text, Ann: ann})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("polnear: no annotated articles in %s", filepath.Join(dir, split))
	}
	return out, nil
}

// readOutlets reads the publisher of each article from metadata.tsv.
func readOutlets(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	out := map[string]string{}
	nameCol, pubCol := -1, -1
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if nameCol < 0 {
			for i, c := range cols {
				switch c {
				case "filename":
					nameCol = i
				case "publisher":
					pubCol = i
				}
			}
			if nameCol < 0 || pubCol < 0 {
				return nil, fmt.Errorf("polnear: %s: no filename and publisher columns", path)
			}
			continue
		}
		if len(cols) > max(nameCol, pubCol) {
			out[cols[nameCol]] = cols[pubCol]
		}
	}
	return out, sc.Err()
}

// Load reads the article's text as audit reads a plain-text file, split
// into sentences, and its attribution relations.
func (a Article) Load() (*article.Document, []Relation, error) {
	raw, err := os.ReadFile(a.Text)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %w", err)
	}
	doc, err := extract.Text(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %s: %w", a.Text, err)
	}
	doc.Input = a.Text
	f, err := os.Open(a.Ann)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %w", err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	rels, err := ParseAnn(f, a.Ann, doc.Text)
	if err != nil {
		return nil, nil, fmt.Errorf("polnear: %w", err)
	}
	return doc, rels, nil
}
