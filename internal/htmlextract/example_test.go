package htmlextract_test

import (
	"context"
	"fmt"

	"github.com/auditnews/audit/internal/htmlextract"
)

func ExampleExtract() {
	page := []byte(`<html lang="en"><head><title>Bridge reopens | Example News</title>
<meta property="og:site_name" content="Example News"></head>
<body><nav><a href="/">Home</a></nav>
<article><h1>Bridge reopens</h1><p class="byline">By Jane Doe</p>
<p>The old bridge reopened on Monday after two years of repairs, the city said.</p>
<p>&ldquo;It is good to have it back,&rdquo; said a cyclist.</p></article>
<footer>&copy; Example News</footer></body></html>`)
	doc, err := htmlextract.Extract(context.Background(), page, htmlextract.Options{URL: "https://example.com/bridge"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Meta.Title, "/", doc.Meta.Outlet, "/", doc.Meta.Language)
	for _, b := range doc.Blocks {
		fmt.Printf("%s at byte %d: %s\n", b.Kind, b.Source, doc.Slice(b.Span))
	}
	// Output:
	// Bridge reopens / Example News / en
	// paragraph at byte 232: The old bridge reopened on Monday after two years of repairs, the city said.
	// paragraph at byte 316: “It is good to have it back,” said a cyclist.
}
