package extract

import (
	"context"
	"errors"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/htmlextract"
	"github.com/auditnews/audit/internal/plaintext"
	"github.com/auditnews/audit/internal/sentences"
)

// Errors a caller can test for with errors.Is.
var (
	// ErrNoBody: an HTML page with no article text.
	ErrNoBody = htmlextract.ErrNoBody
	// ErrEmpty: text or Markdown with nothing in it.
	ErrEmpty = plaintext.ErrEmpty
)

// HTML reads an HTML page, already in UTF-8. url is where the page came
// from, or "": it names the outlet when the page does not.
func HTML(raw []byte, url string) (*article.Document, error) {
	return ReadContext(context.Background(), raw, article.HTML, url)
}

// Text reads a plain-text article. The analysed text is the file's own.
func Text(raw []byte) (*article.Document, error) {
	return ReadContext(context.Background(), raw, article.Text, "")
}

// Markdown reads a Markdown article: front matter gives metadata, syntax is
// stripped for analysis, and positions still map to the file's lines and
// columns.
func Markdown(raw []byte) (*article.Document, error) {
	return ReadContext(context.Background(), raw, article.Markdown, "")
}

// Read reads raw in the given format.
func Read(raw []byte, format article.Format, url string) (*article.Document, error) {
	return ReadContext(context.Background(), raw, format, url)
}

// ReadContext reads raw in the given format (HTML, Markdown, or else
// text), and gives up with ctx's error once ctx is done. The document it
// returns is finished: any number of goroutines may read it at once.
func ReadContext(ctx context.Context, raw []byte, format article.Format, url string) (*article.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var doc *article.Document
	var err error
	switch format {
	case article.HTML:
		doc, err = htmlextract.Extract(ctx, raw, htmlextract.Options{URL: url})
		if err == nil && doc.Meta.URL == "" {
			doc.Meta.URL = url
		}
	case article.Markdown:
		doc, err = plaintext.ParseMarkdown(raw)
	default:
		doc, err = plaintext.ParseText(raw)
	}
	if err != nil {
		return nil, unwrap(err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	sentences.Apply(doc)
	return doc, nil
}

// unwrap drops a package prefix from the errors users read next to the
// input's name: "no article body found" rather than "htmlextract: no
// article body found".
func unwrap(err error) error {
	for _, target := range []error{ErrNoBody, ErrEmpty} {
		if errors.Is(err, target) {
			return target
		}
	}
	return err
}
