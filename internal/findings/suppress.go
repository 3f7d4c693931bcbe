package findings

import (
	"bytes"
	"strings"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
)

// An inline comment in Markdown or HTML silences rules for the next
// paragraph:
//
//	<!-- audit-ignore unsourced-statistic vague-attribution -->
//	<!-- audit-ignore -->   (every rule)

// inlineIgnore is one audit-ignore comment: the block it silences and
// the rules, nil for every rule.
type inlineIgnore struct {
	block int
	rules map[string]bool
}

// suppress drops the findings an inline comment silences.
func suppress(doc *article.Document, claims []attribution.Claim, fs []Finding) []Finding {
	if len(fs) == 0 || len(doc.Raw) == 0 || !bytes.Contains(doc.Raw, []byte("audit-ignore")) {
		return fs
	}
	ignores := inlineIgnores(doc)
	if len(ignores) == 0 {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		b := blockOf(doc, claims, f)
		silenced := false
		for _, ig := range ignores {
			if ig.block == b && (ig.rules == nil || ig.rules[f.Rule]) {
				silenced = true
				break
			}
		}
		if !silenced {
			out = append(out, f)
		}
	}
	return out
}

// inlineIgnores reads the audit-ignore comments of doc's source, each
// with the next block whose source starts after it.
func inlineIgnores(doc *article.Document) []inlineIgnore {
	var ignores []inlineIgnore
	raw := doc.Raw
	for off := 0; ; {
		i := bytes.Index(raw[off:], []byte("<!--"))
		if i < 0 {
			break
		}
		start := off + i
		j := bytes.Index(raw[start:], []byte("-->"))
		if j < 0 {
			break
		}
		end := start + j + 3
		body := strings.Fields(string(raw[start+4 : end-3]))
		off = end
		if len(body) == 0 || body[0] != "audit-ignore" {
			continue
		}
		b := -1
		for k, blk := range doc.Blocks {
			if blk.Source >= end {
				b = k
				break
			}
		}
		if b < 0 {
			continue
		}
		ig := inlineIgnore{block: b}
		if len(body) > 1 {
			ig.rules = map[string]bool{}
			for _, r := range body[1:] {
				ig.rules[r] = true
			}
		}
		ignores = append(ignores, ig)
	}
	return ignores
}

// blockOf is the block of f: its claim's, or the one its span starts in;
// -1 if none.
func blockOf(doc *article.Document, claims []attribution.Claim, f Finding) int {
	if f.Claim > 0 && f.Claim <= len(claims) {
		return claims[f.Claim-1].Block
	}
	for k, blk := range doc.Blocks {
		if blk.Start <= f.Span.Start && f.Span.Start < blk.End {
			return k
		}
	}
	return -1
}
