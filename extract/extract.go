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
// from, or "": it names the outlet when the page does not. It gives up with
// ctx's error once ctx is done: extracting a large page takes a while,
// reading text (Text, Markdown) does not.
func HTML(ctx context.Context, raw []byte, url string) (*article.Document, error) {
	doc, err := htmlextract.Extract(ctx, raw, htmlextract.Options{URL: url})
	if err == nil && doc.Meta.URL == "" {
		doc.Meta.URL = url
	}
	return finish(doc, err)
}

// Text reads a plain-text article. The analysed text is the file's own.
func Text(raw []byte) (*article.Document, error) {
	doc, err := plaintext.ParseText(raw)
	return finish(doc, err)
}

// Markdown reads a Markdown article: front matter gives metadata, syntax is
// stripped for analysis, and positions still map to the file's lines and
// columns.
func Markdown(raw []byte) (*article.Document, error) {
	doc, err := plaintext.ParseMarkdown(raw)
	return finish(doc, err)
}

// Read reads raw in the given format (HTML, Markdown, or else text), and
// gives up with ctx's error once ctx is done. The document it returns is
// finished: any number of goroutines may read it at once.
func Read(ctx context.Context, raw []byte, format article.Format, url string) (*article.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var doc *article.Document
	var err error
	switch format {
	case article.HTML:
		return HTML(ctx, raw, url)
	case article.Markdown:
		doc, err = Markdown(raw)
	default:
		doc, err = Text(raw)
	}
	if err == nil {
		err = ctx.Err() // reading text is quick: looked at once done
	}
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// finish splits a document read into sentences, or returns the reader's
// error as users read it.
func finish(doc *article.Document, err error) (*article.Document, error) {
	if err != nil {
		return nil, unwrap(err)
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
