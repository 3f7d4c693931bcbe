package printer

import (
	"io"

	"github.com/auditnews/audit/result"
)

// SchemaVersion is the version of the JSON document printed.
const SchemaVersion = result.SchemaVersion

// JSON prints one JSON document holding every article: the result
// package's encoding. It streams: each article is written as soon as it
// is given.
type JSON struct {
	enc *result.Encoder
}

// NewJSON returns a JSON printer writing to w.
func NewJSON(w io.Writer, opts Options) *JSON {
	return &JSON{enc: result.NewEncoder(w, result.Tool(opts.Tool))}
}

// Article implements Printer.
func (p *JSON) Article(a *result.Article) error {
	if a == nil {
		return errNilArticle
	}
	return p.enc.Article(a)
}

// InputError implements Printer.
func (p *JSON) InputError(input string, err error) error {
	p.enc.InputError(result.InputError{Input: input, Error: err.Error()})
	return nil
}

// Close implements Printer.
func (p *JSON) Close() error { return p.enc.Close() }
