// Package htmlextract turns a raw HTML news page into an article.Document:
// the article body as paragraphs, subheadings, quotations and list items,
// without the title, bylines, navigation, share and subscription prompts,
// related links, advertisements, captions and comment sections, plus the
// page's metadata (title, outlet, authors, publication date, canonical URL and
// language) read from JSON-LD, Open Graph and other meta tags. The page is
// tokenized once with golang.org/x/net/html into a compact tree that keeps the
// byte offset of every element, the main content container is found by
// scoring paragraphs for text and link density (readability-style) and
// checked against a JSON-LD articleBody when the page has one, and each
// block's Source is the offset of its element's start tag in the input.
package htmlextract
