package result

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Encoder writes one report as a stream: each article is written as soon
// as it is given, and the input errors at the end. The bytes are those of
// 'audit check --format json'.
type Encoder struct {
	w      *bufio.Writer
	tool   Tool
	n      int // articles written; -1 once closed with none
	errors []InputError
	err    error
	jw     jsonWriter
}

// NewEncoder returns an encoder writing a report by tool to w.
func NewEncoder(w io.Writer, tool Tool) *Encoder {
	return &Encoder{w: bufio.NewWriter(w), tool: tool}
}

func (e *Encoder) start() {
	if e.n > 0 || e.err != nil {
		return
	}
	head, err := json.Marshal(e.tool)
	if err != nil {
		e.err = err
		return
	}
	_, e.err = fmt.Fprintf(e.w, `{"schema_version": %d, "tool": %s, "articles": [`, SchemaVersion, head)
}

// Article writes one article.
func (e *Encoder) Article(a *Article) error {
	if a == nil {
		return errors.New("result: encode: nil article")
	}
	e.start()
	if e.err != nil {
		return e.err
	}
	sep := "\n  "
	if e.n > 0 {
		sep = ",\n  "
	}
	e.n++
	if _, e.err = io.WriteString(e.w, sep); e.err != nil {
		return e.err
	}
	if err := e.article(a); err != nil {
		if e.err == nil {
			e.err = fmt.Errorf("result: encode %s: %w", a.Input, err)
		}
		return e.err
	}
	return nil
}

// AppendArticle appends an article's JSON to b, the bytes json.Marshal
// gives, at a fraction of its cost: the form to store an article in.
func AppendArticle(b []byte, a *Article) []byte {
	w := &jsonWriter{b: b, compact: true}
	w.article(a)
	return w.b
}

// article writes an article as json.MarshalIndent(a, "  ", "  ") would,
// byte for byte, but without reflection and a list element at a time, so
// that a long article is never held again in memory as JSON.
func (e *Encoder) article(a *Article) error {
	e.jw.reset("  ")
	e.jw.flush = e.flush
	e.jw.article(a)
	e.flush()
	return e.err
}

// flush writes what the JSON writer holds.
func (e *Encoder) flush() {
	if e.err == nil {
		_, e.err = e.w.Write(e.jw.b)
	}
	e.jw.b = e.jw.b[:0]
}

// InputError records an input that could not be read; errors are written
// after the articles.
func (e *Encoder) InputError(ie InputError) {
	e.errors = append(e.errors, ie)
}

// Close writes what follows the last article and flushes.
func (e *Encoder) Close() error {
	if e.n == 0 {
		e.start()
		e.n = -1 // no leading newline before the closing bracket
	}
	if e.err != nil {
		return e.err
	}
	errs := e.errors
	if errs == nil {
		errs = []InputError{}
	}
	b, err := json.MarshalIndent(errs, "", "  ")
	if err != nil {
		return err
	}
	closing := "\n], \"errors\": "
	if e.n < 0 {
		closing = "], \"errors\": "
	}
	if _, err := io.WriteString(e.w, closing+string(b)+"}\n"); err != nil {
		return err
	}
	return e.w.Flush()
}

// VersionError is a document of a schema version this package cannot
// read.
type VersionError struct{ Version int }

func (e *VersionError) Error() string {
	return fmt.Sprintf("result: schema version %d is newer than %d, the newest this version of audit reads", e.Version, SchemaVersion)
}

// Decode reads a report written by an Encoder (or 'audit check --format
// json'). It refuses a document of a newer schema version with a
// *VersionError.
func Decode(r io.Reader) (*Report, error) {
	dec := json.NewDecoder(r)
	var rep Report
	if err := dec.Decode(&rep); err != nil {
		switch {
		case errors.Is(err, io.EOF):
			return nil, errors.New("result: decode: empty: no report")
		case errors.Is(err, io.ErrUnexpectedEOF):
			return nil, fmt.Errorf("result: decode: the document ends before the report does: %w", err)
		}
		return nil, fmt.Errorf("result: decode: %w", err)
	}
	if rep.SchemaVersion > SchemaVersion {
		return nil, &VersionError{rep.SchemaVersion}
	}
	if rep.SchemaVersion < 1 {
		return nil, errors.New("result: decode: not an audit report (no schema_version)")
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errors.New("result: decode: data after the report")
	}
	return &rep, nil
}

// DecodeArticle reads one article, as Encoder writes each (and as
// json.Marshal writes an Article).
func DecodeArticle(data []byte) (*Article, error) {
	var a Article
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("result: decode article: %w", err)
	}
	return &a, nil
}
