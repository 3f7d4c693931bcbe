package extract

import (
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
	doc, err := htmlextract.Extract(raw, htmlextract.Options{URL: url})
	if err != nil {
		return nil, unwrap(err)
	}
	if doc.Meta.URL == "" {
		doc.Meta.URL = url
	}
	sentences.Apply(doc)
	return doc, nil
}

// Text reads a plain-text article. The analysed text is the file's own.
func Text(raw []byte) (*article.Document, error) {
	doc, err := plaintext.ParseText(raw)
	if err != nil {
		return nil, unwrap(err)
	}
	sentences.Apply(doc)
	return doc, nil
}

// Markdown reads a Markdown article: front matter gives metadata, syntax is
// stripped for analysis, and positions still map to the file's lines and
// columns.
func Markdown(raw []byte) (*article.Document, error) {
	doc, err := plaintext.ParseMarkdown(raw)
	if err != nil {
		return nil, unwrap(err)
	}
	sentences.Apply(doc)
	return doc, nil
}

// Read reads raw in the given format.
func Read(raw []byte, format article.Format, url string) (*article.Document, error) {
	switch format {
	case article.HTML:
		return HTML(raw, url)
	case article.Markdown:
		return Markdown(raw)
	default:
		return Text(raw)
	}
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
