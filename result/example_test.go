package result_test

import (
	"fmt"
	"strings"

	"github.com/auditnews/audit/result"
)

// Decode reads what 'audit check --format json' prints; a script can then
// walk the claims of each article.
func ExampleDecode() {
	doc := `{"schema_version": 1, "tool": {"name": "audit", "version": "0.1.0"}, "articles": [
  {"input": "draft.txt", "format": "text", "meta": {"title": "", "outlet": "", "authors": [], "published": "", "url": "", "language": ""},
   "text": "The mayor said the toll rises. It is too high.",
   "blocks": [{"kind": "paragraph", "start": 0, "end": 46, "line": 1, "column": 1}],
   "claims": [
     {"id": 1, "text": "The mayor said the toll rises.", "start": 0, "end": 30, "block": 0, "class": "named",
      "source": {"name": "the mayor", "span": "The mayor", "start": 0, "end": 9, "type": "person", "role": "Mayor", "official": true},
      "cue": {"text": "said", "lemma": "say", "start": 10, "end": 14}, "quote": "indirect", "inherited_from": null, "chain": [], "confidence": 0.9},
     {"id": 2, "text": "It is too high.", "start": 31, "end": 46, "block": 0, "class": "unsourced",
      "source": null, "cue": null, "quote": "none", "inherited_from": null, "chain": [], "confidence": 0.6}],
   "quotations": [], "findings": [],
   "summary": {"claims": 2, "named": 1, "anonymous": 0, "outlet": 0, "unsourced": 1}}],
 "errors": []}`
	rep, err := result.Decode(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range rep.Articles {
		for _, c := range a.Claims {
			who := "no one"
			if c.Source != nil {
				who = c.Source.Name
			}
			fmt.Printf("%d %s: %s\n", c.ID, c.Class, who)
		}
		fmt.Println(a.Summary.Count(result.Unsourced), "unsourced of", a.Summary.Claims)
	}
	// Output:
	// 1 named: the mayor
	// 2 unsourced: no one
	// 1 unsourced of 2
}
