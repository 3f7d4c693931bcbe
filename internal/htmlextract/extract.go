package htmlextract

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
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
// body as blocks joined by article.BlockSeparator, and its metadata. It
// gives up with ctx's error once ctx is done.
func Extract(ctx context.Context, raw []byte, opts Options) (*article.Document, error) {
	if len(raw) >= math.MaxInt32 {
		return nil, fmt.Errorf("htmlextract: page of %d bytes is too large", len(raw))
	}
	t, err := parse(ctx, raw)
	if err != nil {
		return nil, err
	}
	ld := parseJSONLD(t.meta.jsonLD)
	t.stats(fDrop | fHidden)
	meta := t.metadata(opts, &ld)
	t.removeBoilerplate()
	t.stats(skipFlags)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	items := t.extractItems()
	items = t.clean(items, &meta, &ld)
	if alt, ok := useLDBody(&ld, items); ok {
		items = alt
	}

	var b article.Builder
	n, size := 0, 0
	for _, it := range items {
		if !it.gap {
			n, size = n+1, size+len(it.text)
		}
	}
	b.Grow(n, size)
	for _, it := range items {
		if !it.gap {
			b.Add(it.kind, it.text, int(it.src))
		}
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
	return e.texts()
}

// clean drops from the blocks the title, bylines, link lists, lone
// headings and boilerplate lines.
func (t *tree) clean(items []item, meta *article.Meta, ld *ldInfo) []item {
	items = dropLines(items, t.titles(meta, ld))
	items = dropTrailingDates(items)
	items = dropTrailingLinkList(items)
	return dropLoneHeadings(items)
}

// titles holds the page's titles (its title, JSON-LD headline and h1
// elements), normalised, to recognise a block that repeats one.
type titles []string

func (t *tree) titles(meta *article.Meta, ld *ldInfo) titles {
	ts := titles{normKey(meta.Title), normKey(ld.headline)}
	for _, i := range t.meta.h1 {
		ts = append(ts, normKey(t.plainText(i)))
	}
	return ts
}

// has reports whether s is one of the titles.
func (ts titles) has(s string) bool {
	k := normKey(s)
	return k != "" && slices.Contains(ts, k)
}

// dropLines drops link lists and boilerplate lines (leaving a gap where
// they were), and the title, bylines and date lines that open the text.
func dropLines(items []item, ts titles) []item {
	out := items[:0]
	seenText := 0
	for _, it := range items {
		switch {
		case it.gap:
			out = append(out, it)
		case isLinkList(&it):
			out = append(out, item{gap: true})
		case opensText(&it, seenText, ts):
		case isBoilerLine(it.text):
			out = append(out, item{gap: true})
		default:
			seenText++
			out = append(out, it)
		}
	}
	return out
}

// isLinkList reports a block that is mostly links.
func isLinkList(it *item) bool {
	if it.chars == 0 || it.kind == article.Heading {
		return false
	}
	ld := float32(it.link) / float32(it.chars)
	return ld > 0.5 && (it.chars < 300 || ld > 0.8)
}

// opensText reports a block that repeats the title, or a byline or date
// line among the first blocks of text (seen of them came before).
func opensText(it *item, seen int, ts titles) bool {
	switch {
	case seen < 3 && ts.has(it.text), it.tag == atom.H1 && ts.has(it.text):
		return true
	case seen < 4 && isByline(it.text):
		return true
	}
	return seen < 3 && it.kind != article.Heading && isDateLine(it.text)
}

// dropTrailingDates drops up to two date lines at the end ("Updated at
// 1:23 p.m.").
func dropTrailingDates(out []item) []item {
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
	return out
}

// dropLoneHeadings drops headings that introduce nothing: followed by a
// gap, another heading of no lower level, or the end.
func dropLoneHeadings(items []item) []item {
	out := items[:0]
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
