package htmlextract

import "strings"

// classify reads a class or id attribute value and returns node flags: what
// the names suggest about the element. Values are split into lower-case
// words at non-alphanumeric characters and camelCase humps.
func classify(v string) uint32 {
	if len(v) > 512 {
		v = v[:512]
	}
	var buf [512]byte
	lower := buf[:0]
	var words [48]string
	nw := 0
	start := 0
	flush := func(end int) {
		if end > start && nw < len(words) {
			words[nw] = string(lower[start:end])
			nw++
		}
		start = end
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case 'A' <= c && c <= 'Z':
			if i > 0 && 'a' <= v[i-1] && v[i-1] <= 'z' {
				flush(len(lower))
			}
			lower = append(lower, c+'a'-'A')
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			lower = append(lower, c)
		default:
			flush(len(lower))
			lower = append(lower, ' ')
			start = len(lower)
		}
	}
	flush(len(lower))
	whole := string(lower)
	var f uint32
	for _, name := range strings.Fields(v) {
		if hiddenClasses[strings.ToLower(name)] {
			f |= fHidden
		}
	}
	for _, w := range words[:nw] {
		f |= classifyWord(w)
	}
	for _, p := range strongPhrases {
		if strings.Contains(whole, p) {
			f |= fStrongBoiler | fBoiler | fNegative
		}
	}
	for _, p := range bodyPhrases {
		if strings.Contains(whole, p) {
			f |= fArticleBody | fPositive
		}
	}
	return f
}

// hiddenClasses are whole class names that hide an element.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "invisible": true, "sr-only": true, "visually-hidden": true,
	"visuallyhidden": true, "screen-reader-text": true, "screen-reader-only": true,
	"is-hidden": true, "u-hidden": true, "d-none": true, "offscreen": true, "element-invisible": true,
	"screenreader-only": true, "a11y-hidden": true, "sr-text": true, "hidden-text": true,
}

// Phrases over several words (joined by a space after splitting).
var strongPhrases = []string{
	"more stories", "read next", "most popular", "most read", "you may like",
	"also like", "might like", "sign up", "further reading", "read more", "see also",
	"more from", "around the web", "up next", "next article", "top stories",
	"about the author", "author bio", "author info", "image credit", "photo credit",
	"next prev", "prev next", "next post", "previous post", "next article", "next story",
	"prev post", "post navigation", "post nav", "article nav", "page bottom",
}

var bodyPhrases = []string{
	"article body", "articlebody", "story body", "storybody", "post body", "postbody",
	"entry content", "post content", "article content", "articlecontent", "story content",
	"body text", "article text", "story text", "main content", "maincontent",
	"content body", "article main", "post entry", "blog post", "rich text", "richtext",
	"td post content", "text content", "article wrap", "story wrap",
}

func classifyWord(w string) uint32 {
	switch w {
	case "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
		"adunit", "adsbygoogle", "dfp", "gpt", "sponsored", "sponsor", "sponsors",
		"share", "shares", "sharing", "sharebar", "sharethis", "addthis", "social", "socials",
		"related", "recommended", "recommendations", "recirc", "recirculation", "outbrain", "taboola",
		"zergnet", "trending", "newsletter", "newsletters", "subscribe", "subscription",
		"signup", "promo", "promos", "promotion", "cookie", "cookies", "consent", "gdpr",
		"popup", "modal", "breadcrumb", "breadcrumbs", "sidebar", "skyscraper", "disqus",
		"respond", "comments", "comment", "commentlist", "reply", "replies", "taglist",
		"tagcloud", "tags", "tag", "keywords", "topics", "widget", "widgets", "pagination",
		"pager", "pagenav", "login", "signin", "register", "rss", "follow", "print", "email",
		"donate", "donation", "offer", "banner", "masthead", "toolbar",
		"shoutbox", "relatedposts", "related_posts", "crosslinks", "playlist", "carousel",
		"slideshow", "gallery", "marketing", "partner", "partners", "affiliate", "alert",
		"alerts", "notification", "feedback", "survey", "poll", "rating", "ratings",
		"newsfeed", "ticker", "copyright", "disclaimer", "prevnext",
		"nextprev", "prev", "previous", "postnav", "pagenavi", "tooltip", "popover", "hovercard", "flyout":
		return fStrongBoiler | fBoiler | fNegative
	case "header", "footer", "menu", "nav", "navbar", "navigation", "extra",
		"supplemental", "aside", "skip", "jump", "links", "meta", "tools", "utility",
		"utilities", "toc":
		return fBoiler | fNegative
	case "byline", "bylines", "author", "authors", "dateline", "timestamp", "date",
		"dates", "published", "posted", "pubdate", "contributor", "contributors", "writer",
		"writers", "time", "updated", "reporter":
		return fByline | fNegative
	case "caption", "captions", "figcaption", "credit", "credits", "wp-caption-text",
		"photo", "photos", "image", "img", "media", "figure", "picture", "video":
		return fCaption | fNegative
	case "article", "body", "content", "entry", "main", "post", "story", "text", "blog",
		"hentry", "prose", "paragraph", "copy", "column", "page", "detail", "details":
		return fPositive
	case "tweet", "tweets":
		return fEmbed
	case "contact", "shopping", "scroll", "combx", "com", "more", "teaser", "teasers":
		return fNegative
	}
	if strings.HasPrefix(w, "comment") && !strings.HasPrefix(w, "commentary") ||
		strings.HasPrefix(w, "advert") || strings.HasPrefix(w, "sponsor") ||
		strings.HasPrefix(w, "newsletter") || strings.HasPrefix(w, "subscri") ||
		strings.HasPrefix(w, "share") || strings.HasPrefix(w, "social") ||
		strings.HasPrefix(w, "related") || strings.HasPrefix(w, "recommend") ||
		strings.HasPrefix(w, "outbrain") || strings.HasPrefix(w, "taboola") ||
		strings.HasPrefix(w, "breadcrumb") || strings.HasPrefix(w, "sidebar") ||
		strings.HasPrefix(w, "cookie") || strings.HasPrefix(w, "popup") {
		return fStrongBoiler | fBoiler | fNegative
	}
	if strings.HasPrefix(w, "byline") || strings.HasPrefix(w, "author") {
		return fByline | fNegative
	}
	if strings.HasPrefix(w, "caption") {
		return fCaption | fNegative
	}
	return 0
}
