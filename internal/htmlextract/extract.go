package htmlextract

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"golang.org/x/net/html/atom"
)

// ErrNoBody is returned (wrapped) when a page has no article text.
var ErrNoBody = errors.New("no article body found")

// Options tell Extract about the page.
type Options struct {
	// URL is where the page came from; it may be empty. It is the fallback
	// for the outlet (its host) and the base for a relative canonical link.
	URL string
}

// Extract reads one HTML page, already UTF-8, and returns the article: its
// body as blocks joined by article.BlockSeparator, and its metadata.
func Extract(raw []byte, opts Options) (*article.Document, error) {
	if len(raw) >= math.MaxInt32 {
		return nil, fmt.Errorf("htmlextract: page of %d bytes is too large", len(raw))
	}
	t := parse(raw)
	ld := parseJSONLD(t.meta.jsonLD)
	t.stats(fDrop | fHidden)
	meta := t.metadata(opts, &ld)
	t.removeBoilerplate()
	t.stats(skipFlags)

	items := t.extractItems()
	items = t.clean(items, &meta, &ld)
	if alt, ok := useLDBody(&ld, items); ok {
		items = alt
	}

	var b article.Builder
	for _, it := range items {
		if it.gap {
			continue
		}
		b.Add(it.kind, it.text, int(it.src))
	}
	if b.Len() == 0 {
		return nil, fmt.Errorf("htmlextract: %w", ErrNoBody)
	}
	doc := &article.Document{Format: article.HTML, Meta: meta, Raw: raw}
	b.Fill(doc)
	return doc, nil
}

// extractItems picks the main container and emits its blocks.
func (t *tree) extractItems() []item {
	roots := t.candidates()
	e := newEmitter(t)
	if len(roots) == 0 {
		roots = []int32{t.body}
	}
	for _, r := range roots {
		e.walk(r, article.Paragraph)
		e.flush()
		e.gap()
	}
	return e.items
}

// clean drops from the blocks the title, bylines, link lists, lone
// headings and boilerplate lines.
func (t *tree) clean(items []item, meta *article.Meta, ld *ldInfo) []item {
	titles := []string{normKey(meta.Title), normKey(ld.headline)}
	for _, i := range t.meta.h1 {
		titles = append(titles, normKey(t.plainText(i)))
	}
	isTitle := func(s string) bool {
		k := normKey(s)
		if k == "" {
			return false
		}
		for _, x := range titles {
			if x == k {
				return true
			}
		}
		return false
	}
	out := items[:0]
	seenText := 0
	for _, it := range items {
		if it.gap {
			out = append(out, it)
			continue
		}
		if it.chars > 0 && it.kind != article.Heading {
			ld := float32(it.link) / float32(it.chars)
			if ld > 0.5 && (it.chars < 300 || ld > 0.8) {
				out = append(out, item{gap: true})
				continue
			}
		}
		if seenText < 3 && isTitle(it.text) {
			continue
		}
		if it.tag == atom.H1 && isTitle(it.text) {
			continue
		}
		if seenText < 4 && isByline(it.text) {
			continue
		}
		if seenText < 3 && it.kind != article.Heading && isDateLine(it.text) {
			continue
		}
		if isBoilerLine(it.text) {
			out = append(out, item{gap: true})
			continue
		}
		seenText++
		out = append(out, it)
	}
	items = out
	// Date lines at the end ("Updated at 1:23 p.m.").
	for k := 0; k < 2; k++ {
		n := len(out)
		for n > 0 && out[n-1].gap {
			n--
		}
		if n == 0 || out[n-1].kind == article.Heading || !isDateLine(out[n-1].text) {
			break
		}
		out = out[:n-1]
	}
	items = dropTrailingLinkList(out)
	// Headings that introduce nothing: followed by a gap, another heading of
	// no lower level, or the end.
	out = items[:0]
	for i, it := range items {
		if !it.gap && it.kind == article.Heading {
			j := i + 1
			if j >= len(items) || items[j].gap || items[j].kind == article.Heading && items[j].tag <= it.tag {
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

// dropTrailingLinkList drops a list at the end of the text whose every item
// holds a link ("More stories" lists with partly linked items), and the
// short line that introduces it.
func dropTrailingLinkList(items []item) []item {
	end := len(items)
	for end > 0 && items[end-1].gap {
		end--
	}
	start := end
	for start > 0 && !items[start-1].gap && items[start-1].kind == article.ListItem {
		it := items[start-1]
		if it.link == 0 || len(it.text) > 200 {
			return items
		}
		start--
	}
	if end-start < 3 {
		return items
	}
	if start > 0 && !items[start-1].gap {
		prev := items[start-1]
		last, _ := utf8.DecodeLastRuneInString(prev.text)
		if len(prev.text) < 60 && last != '.' {
			start--
		}
	}
	return items[:start]
}

// isByline reports a short line such as "By Jane Doe" or "By Jane Doe and
// John Roe, Reuters".
func isByline(s string) bool {
	if len(s) > 120 {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range []string{"by ", "by:", "written by ", "posted by ", "story by ", "words by "} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// isDateLine reports a short line that is mostly a date or a time, such as
// "Published November 20th, 2019 - 07:50 GMT".
func isDateLine(s string) bool {
	if len(s) > 80 || strings.ContainsRune(s, '@') || strings.HasPrefix(s, "—") || strings.HasPrefix(s, "-") {
		return false
	}
	var digits, other int
	year, clock := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			if i+3 < len(s) && (c == '1' && s[i+1] == '9' || c == '2' && s[i+1] == '0') &&
				isDigit(s[i+2]) && isDigit(s[i+3]) && (i+4 == len(s) || !isDigit(s[i+4])) && (i == 0 || !isDigit(s[i-1])) {
				year = true
			}
			if i+2 < len(s) && s[i+1] == ':' && isDigit(s[i+2]) {
				clock = true
			}
		case c != ' ':
			other++
		}
	}
	if !year && !clock {
		return false
	}
	return digits*100 >= (digits+other)*15 && len(strings.Fields(s)) <= 10
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// boilerLines are whole lines that are never article text.
var boilerLines = map[string]bool{
	"advertisement": true, "advertisements": true, "ad": true, "sponsored": true,
	"sponsoredcontent": true, "storycontinuesbelowadvertisement": true,
	"continuereadingthemainstory": true, "readmore": true, "continuereading": true,
	"relatedarticles": true, "related": true, "relatedstories": true, "relatedcoverage": true,
	"skipadvertisement": true, "share": true, "sharethis": true, "sharethisarticle": true,
	"sharethisstory": true, "comments": true, "tweet": true, "email": true, "print": true,
	"articlecontinuesbelow": true, "adclosing": true, "closead": true, "scrolltocontinuewithcontent": true,
	"advertisementscrolltocontinuewithcontent": true, "signupfornewsletter": true,
	"thisarticleisclosedforcomments": true, "loading": true, "playvideo": true, "watch": true,
	"listen": true, "listentothisarticle": true, "image": true, "photo": true, "video": true,
	"enlarge": true, "enlargethisimage": true, "toggle caption": true, "togglecaption": true,
	"hidecaption": true, "showcaption": true, "facebook": true, "twitter": true,
	"linkedin": true, "pinterest": true, "whatsapp": true, "reddit": true, "anzeige": true,
	"publicidad": true, "publicité": true, "publicidade": true, "реклама": true, "광고": true,
}

func isBoilerLine(s string) bool {
	if len(s) > 60 {
		return false
	}
	return boilerLines[normKey(s)]
}
