package htmlextract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"golang.org/x/net/html"
)

// A JSON-LD articleBody is the publisher's own copy of the text. It is often
// truncated or flattened into one paragraph, so it does not replace the
// blocks read from the page; it takes over only when the page gave nothing or
// when what the page gave shares little of it (the wrong container).

// ldParagraphs turns an articleBody (plain text, or HTML in some CMSs) into
// paragraphs.
func ldParagraphs(body string) []string {
	if strings.ContainsRune(body, '<') {
		body = stripTags(body)
	} else if strings.ContainsRune(body, '&') {
		body = html.UnescapeString(body)
	}
	var out []string
	for _, p := range strings.Split(body, "\n") {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// stripTags keeps the text of an HTML fragment, with a line break for each
// block element.
func stripTags(s string) string {
	var sb strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "tr", "section":
				sb.WriteByte('\n')
			}
		}
	}
}

// wordShingles hashes the runs of four lower-cased words of a text.
func wordShingles(s string, fn func(uint64)) {
	var win [4]uint64
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_') {
			i += size
			continue
		}
		h := uint64(14695981039346656037)
		for i < len(s) {
			r, size = utf8.DecodeRuneInString(s[i:])
			if !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_') {
				break
			}
			h ^= uint64(unicode.ToLower(r)) //nolint:gosec // G115: r is a letter, digit or _, so 0 <= r <= unicode.MaxRune
			h *= 1099511628211
			i += size
		}
		win[0], win[1], win[2], win[3] = win[1], win[2], win[3], h
		n++
		if n >= 4 {
			fn(win[0]*31*31*31 + win[1]*31*31 + win[2]*31 + win[3])
		}
	}
}

// ldCoverage is the share of the articleBody's shingles found in the
// extracted blocks.
func ldCoverage(ldText string, items []item) float64 {
	have := map[uint64]bool{}
	for _, it := range items {
		if !it.gap {
			wordShingles(it.text, func(h uint64) { have[h] = true })
		}
	}
	var all, in int
	wordShingles(ldText, func(h uint64) {
		all++
		if have[h] {
			in++
		}
	})
	if all == 0 {
		return 1
	}
	return float64(in) / float64(all)
}

// useLDBody decides whether the articleBody should replace the blocks.
func useLDBody(ld *ldInfo, items []item) ([]item, bool) {
	if len(ld.body) < 200 {
		return nil, false
	}
	paras := ldParagraphs(ld.body)
	total := 0
	for _, p := range paras {
		total += len(p)
	}
	if total < 200 {
		return nil, false
	}
	got := 0
	for _, it := range items {
		if !it.gap {
			got += len(it.text)
		}
	}
	if got > 0 {
		if c := ldCoverage(ld.body, items); c >= 0.5 || c >= 0.3 && got > 2*total {
			return nil, false
		}
	}
	out := make([]item, 0, len(paras))
	for _, p := range paras {
		out = append(out, item{kind: article.Paragraph, text: p, src: -1, chars: i32(len(p))})
	}
	return out, true
}
