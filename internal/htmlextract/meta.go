package htmlextract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/words"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"
)

// ldInfo is what the JSON-LD blocks of a page say about its article.
type ldInfo struct {
	headline, publisher, published, url, lang, body string
	authors                                         []string
	found                                           bool // an article object was found
}

// articleTypes are the schema.org types read as the article.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "report": true,
	"scholarlyarticle": true, "techarticle": true, "socialmediaposting": true,
	"liveblogposting": true, "posting": true, "medicalscholarlyarticle": true,
	"satiricalarticle": true, "advertisercontentarticle": true, "review": true,
	"creativework": true, "webpage": false,
}

func parseJSONLD(scripts []string) ldInfo {
	var info ldInfo
	var fallback []ldObject
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimPrefix(s, "<!--")
		s = strings.TrimSuffix(s, "-->")
		s = strings.TrimSpace(s)
		s = strings.TrimSuffix(s, ";")
		if s == "" {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			// Raw control characters inside strings are a common fault.
			if err := json.Unmarshal(stripControls(s), &v); err != nil {
				continue
			}
		}
		ids := map[string]map[string]any{}
		collectIDs(v, ids, 0)
		var objs, pages []map[string]any
		walkLD(v, &objs, &pages, 0)
		for _, o := range objs {
			info.take(o, ids)
		}
		for _, o := range pages {
			fallback = append(fallback, ldObject{o, ids})
		}
	}
	// Without an article object, a WebPage may still name the author and
	// the date.
	if !info.found {
		for _, f := range fallback {
			info.take(f.obj, f.ids)
		}
		info.body, info.headline = "", ""
	}
	return info
}

type ldObject struct {
	obj map[string]any
	ids map[string]map[string]any
}

func stripControls(s string) []byte {
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 {
			b[i] = ' '
		}
	}
	return b
}

func collectIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if id, ok := x["@id"].(string); ok && len(x) > 1 {
			ids[id] = x
		}
		for _, c := range x {
			collectIDs(c, ids, depth+1)
		}
	case []any:
		for _, c := range x {
			collectIDs(c, ids, depth+1)
		}
	}
}

// walkLD finds objects of the article types, outermost first.
func walkLD(v any, out, pages *[]map[string]any, depth int) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case map[string]any:
		if isArticleType(x["@type"]) {
			*out = append(*out, x)
		} else if isPageType(x["@type"]) {
			*pages = append(*pages, x)
		}
		for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"} {
			if c, ok := x[k]; ok {
				walkLD(c, out, pages, depth+1)
			}
		}
	case []any:
		for _, c := range x {
			walkLD(c, out, pages, depth+1)
		}
	}
}

func isPageType(v any) bool {
	switch x := v.(type) {
	case string:
		return strings.HasSuffix(strings.ToLower(x), "webpage")
	case []any:
		for _, y := range x {
			if isPageType(y) {
				return true
			}
		}
	}
	return false
}

func isArticleType(v any) bool {
	switch x := v.(type) {
	case string:
		return articleTypes[strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(x, "http://schema.org/"), "https://schema.org/"))]
	case []any:
		for _, y := range x {
			if isArticleType(y) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	case map[string]any:
		if s, ok := x["@value"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

func (info *ldInfo) take(o map[string]any, ids map[string]map[string]any) {
	resolve := func(v any) any {
		if m, ok := v.(map[string]any); ok && len(m) == 1 {
			if id, ok := m["@id"].(string); ok {
				if r, ok := ids[id]; ok {
					return r
				}
			}
		}
		return v
	}
	first := !info.found
	info.found = true
	set := func(dst *string, v string) {
		if *dst == "" || first && v != "" {
			if v != "" {
				*dst = v
			}
		}
	}
	set(&info.headline, str(o["headline"]))
	if info.headline == "" {
		set(&info.headline, str(o["name"]))
	}
	set(&info.published, str(o["datePublished"]))
	if info.published == "" {
		set(&info.published, str(o["dateCreated"]))
	}
	set(&info.lang, str(o["inLanguage"]))
	if u := str(o["url"]); strings.HasPrefix(u, "http") {
		set(&info.url, u)
	}
	if b := str(o["articleBody"]); len(b) > len(info.body) {
		info.body = b
	}
	if p, ok := resolve(o["publisher"]).(map[string]any); ok {
		set(&info.publisher, str(p["name"]))
	} else if s, ok := o["publisher"].(string); ok {
		set(&info.publisher, strings.TrimSpace(s))
	}
	if len(info.authors) == 0 {
		var add func(v any, depth int)
		add = func(v any, depth int) {
			if depth > 3 {
				return
			}
			v = resolve(v)
			switch x := v.(type) {
			case string:
				info.authors = append(info.authors, x)
			case map[string]any:
				if n := str(x["name"]); n != "" {
					info.authors = append(info.authors, n)
				}
			case []any:
				for _, y := range x {
					add(y, depth+1)
				}
			}
		}
		add(o["author"], 0)
		if len(info.authors) == 0 {
			add(o["creator"], 0)
		}
	}
}

// metadata reads the page's metadata; body text blocks are read later.
func (t *tree) metadata(opts Options, ld *ldInfo) article.Meta {
	var m article.Meta
	metas := map[string]string{}
	var metaAuthors []string
	for _, mt := range t.meta.metas {
		switch mt.key {
		case "author", "article:author", "dc.creator", "dc:creator", "parsely-author",
			"sailthru.author", "byl", "dcterms.creator", "citation_author", "og:article:author", "twitter:creator:name":
			metaAuthors = append(metaAuthors, mt.content)
			continue
		}
		if _, ok := metas[mt.key]; !ok {
			metas[mt.key] = strings.TrimSpace(mt.content)
		}
	}
	base, _ := url.Parse(opts.URL)
	m.Outlet = outletName(metas, ld)
	m.URL = firstNonEmpty(resolveURL(base, t.meta.canonical), resolveURL(base, metas["og:url"]), resolveURL(base, ld.url), opts.URL)
	if m.Outlet == "" {
		host := ""
		if base != nil && base.Host != "" {
			host = base.Hostname()
		} else if u, err := url.Parse(m.URL); err == nil {
			host = u.Hostname()
		}
		m.Outlet = strings.TrimPrefix(host, "www.")
	}
	m.Title = t.chooseTitle(metas, ld, m.Outlet)
	m.Authors = cleanAuthors(t.authors(ld, metaAuthors), m.Outlet)
	m.Published = t.published(metas, ld)
	for _, l := range []string{t.meta.lang, metas["og:locale"], metas["content-language"],
		metas["language"], metas["dc.language"], ld.lang} {
		if tag := normLang(l); tag != "" {
			m.Language = tag
			break
		}
	}
	return m
}

// outletName is the site name the metadata gives, if it is not a URL.
func outletName(metas map[string]string, ld *ldInfo) string {
	outlet := firstNonEmpty(metas["og:site_name"], ld.publisher, metas["application-name"], metas["twitter:app:name:iphone"])
	if looksLikeURL(outlet) || strings.HasPrefix(outlet, "http") {
		outlet = ""
	}
	if i := strings.Index(outlet, " | "); i > 0 {
		outlet = strings.TrimSpace(outlet[:i])
	}
	return strings.TrimPrefix(outlet, "@")
}

// resolveURL resolves s against base; "" unless the result is absolute.
func resolveURL(base *url.URL, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	if base != nil && !u.IsAbs() {
		u = base.ResolveReference(u)
	}
	if !u.IsAbs() {
		return ""
	}
	return u.String()
}

// authors are the JSON-LD authors, else the meta tags' that are not URLs,
// else the byline's.
func (t *tree) authors(ld *ldInfo, metaAuthors []string) []string {
	if len(ld.authors) > 0 {
		return ld.authors
	}
	var authors []string
	for _, a := range metaAuthors {
		if !looksLikeURL(a) {
			authors = append(authors, a)
		}
	}
	if len(authors) == 0 {
		authors = t.bylineAuthors()
	}
	return authors
}

// published is the first date the JSON-LD or the meta tags give, else
// that of a <time> marked as the publication date, else of any <time>.
func (t *tree) published(metas map[string]string, ld *ldInfo) string {
	for _, d := range []string{ld.published, metas["article:published_time"], metas["og:published_time"],
		metas["itemprop:datepublished"], metas["datepublished"], metas["article.published"],
		metas["parsely-pub-date"], metas["sailthru.date"], metas["pubdate"], metas["publishdate"],
		metas["publish-date"], metas["publish_date"], metas["dc.date.issued"], metas["dc.date"],
		metas["dcterms.date"], metas["dcterms.created"], metas["date"], metas["citation_publication_date"],
		metas["article:modified_time"], metas["og:updated_time"]} {
		if day := normDate(d); day != "" {
			return day
		}
	}
	for _, pub := range []bool{true, false} {
		for _, tt := range t.meta.times {
			if tt.pub == pub {
				if day := normDate(tt.datetime); day != "" {
					return day
				}
			}
		}
	}
	return ""
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

func looksLikeURL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " « ", " » "}

// stripSite removes a " | Site" suffix (or "Site | " prefix) from a title.
func stripSite(title, outlet string) string {
	title = collapseSpace(title)
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && sameText(title[i+len(sep):], outlet) {
			return strings.TrimSpace(title[:i])
		}
		if j := strings.Index(title, sep); j > 0 && sameText(title[:j], outlet) {
			return strings.TrimSpace(title[j+len(sep):])
		}
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 {
			head, tail := title[:i], title[i+len(sep):]
			if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
				return strings.TrimSpace(head)
			}
		}
	}
	return title
}

func (t *tree) chooseTitle(metas map[string]string, ld *ldInfo, outlet string) string {
	og := stripSiteIfOutlet(collapseSpace(metas["og:title"]), outlet)
	tw := stripSiteIfOutlet(collapseSpace(metas["twitter:title"]), outlet)
	head := collapseSpace(ld.headline)
	title := stripSite(t.meta.title, outlet)
	var h1 string
	for _, i := range t.meta.h1 {
		if s := t.plainText(i); s != "" {
			h1 = s
			break
		}
	}
	for _, c := range []string{head, og, tw, title} {
		if c != "" && h1 != "" && sameText(c, h1) {
			return h1
		}
	}
	return firstNonEmpty(head, og, tw, title, h1)
}

func stripSiteIfOutlet(s, outlet string) string {
	if outlet == "" {
		return s
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(s, sep); i > 0 && sameText(s[i+len(sep):], outlet) {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// sameText compares two strings ignoring case, punctuation and spacing.
func sameText(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return normKey(a) == normKey(b)
}

func normKey(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			sb.WriteRune(unicode.ToLower(r))
		}
	}
	return sb.String()
}

func collapseSpace(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// plainText is the collapsed visible text of a subtree.
func (t *tree) plainText(i int32) string {
	var sb strings.Builder
	ns := t.nodes
	end := ns[i].end
	if end <= i {
		end = i32(len(ns))
	}
	for j := i + 1; j < end && sb.Len() < 1000; j++ {
		n := &ns[j]
		if n.kind == textNode && n.flags&(fHidden) == 0 {
			if n.flags&fSpace != 0 {
				sb.WriteByte(' ')
			} else {
				sb.Write(t.text[n.tOff : n.tOff+n.tLen])
			}
		} else if n.kind == elementNode && n.tag == atom.Br {
			sb.WriteByte(' ')
		}
	}
	return collapseSpace(sb.String())
}

// bylineAuthors reads author names from elements marked as bylines.
func (t *tree) bylineAuthors() []string {
	var out []string
	for _, i := range t.meta.authorRefs {
		n := &t.nodes[i]
		if n.flags&(fDrop|fHidden) != 0 || t.inCommentsOrForm(i) {
			continue
		}
		s := t.plainText(i)
		if s == "" || len(s) > 120 {
			continue
		}
		out = append(out, s)
		if len(out) >= 4 {
			break
		}
	}
	return out
}

// inCommentsOrForm reports an element inside a form or a strongly
// boilerplate container (comments, related links).
func (t *tree) inCommentsOrForm(i int32) bool {
	for a := t.nodes[i].parent; a > 0; a = t.nodes[a].parent {
		if t.nodes[a].tag == atom.Form || t.nodes[a].flags&fStrongBoiler != 0 {
			return true
		}
	}
	return false
}

func cleanAuthors(in []string, outlet string) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range in {
		a = collapseSpace(a)
		for _, part := range splitAuthors(a) {
			part = cleanAuthor(part)
			if part == "" || len(part) > 60 || looksLikeURL(part) || strings.Contains(part, "@") || sameText(part, outlet) {
				continue
			}
			k := normKey(part)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, part)
		}
	}
	return out
}

func splitAuthors(s string) []string {
	for _, sep := range []string{" and ", " And ", " & ", ";", "|", " y ", " und ", " et "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	parts := strings.Split(s, ",")
	// "Smith, John" is one name; keep comma parts only when each has a space.
	if len(parts) == 2 && !strings.Contains(strings.TrimSpace(parts[0]), " ") && !strings.Contains(strings.TrimSpace(parts[1]), " ") {
		return []string{s}
	}
	return parts
}

// authorNoise are words that, alone or inside a part, show it is not a
// name: roles, dates and labels around bylines.
var authorNoise = map[string]bool{
	"writer": true, "correspondent": true, "editor": true, "reporter": true, "contributor": true,
	"columnist": true, "updated": true, "published": true, "posted": true, "by": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "comments": true, "comment": true,
	"share": true, "follow": true, "email": true, "twitter": true, "facebook": true,
}

// isAuthorNoise reports whether w, in lower case, shows that a part of a
// byline is no name: authorNoise, or the name of a month other than May,
// which is a surname too.
func isAuthorNoise(w string) bool {
	if m := words.Month(w); m > 0 && w != "may" && words.MonthName(m) == w {
		return true
	}
	return authorNoise[w]
}

func cleanAuthor(s string) string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, p := range []string{"by:", "by ", "written by ", "story by ", "words by ", "posted by ", "von ", "por ", "par "} {
		if strings.HasPrefix(lower, p) {
			s = strings.TrimSpace(s[len(p):])
			lower = strings.ToLower(s)
		}
	}
	// A one-word label before a colon: "Text: Jane Doe".
	if i := strings.IndexByte(s, ':'); i > 0 && !strings.Contains(s[:i], " ") {
		s = strings.TrimSpace(s[i+1:])
	}
	// Cut at what follows a name: a date, a role, a parenthesis.
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsDigit(r) || r == '(' || r == '|' || r == '\n' }); i >= 0 {
		s = s[:i]
	}
	s = strings.Trim(s, " .,:;-–—/")
	if s == "" {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > 5 {
		return ""
	}
	for _, w := range words {
		if isAuthorNoise(strings.ToLower(strings.Trim(w, ".,"))) {
			return ""
		}
	}
	// Credentials after a comma ("RDN") and domains ("example.com").
	if len(words) == 1 && len(s) <= 4 && strings.ToUpper(s) == s && len(s) > 1 {
		return ""
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 && i < len(s)-1 && !strings.Contains(s, " ") {
		return ""
	}
	return s
}

// normDate reads a date in the usual machine and English forms and returns
// YYYY-MM-DD, or "".
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 100 {
		return ""
	}
	if d, ok := isoDate(s); ok {
		return d
	}
	// Unix time in seconds or milliseconds.
	if n, ok := digitsValue(s); ok && len(s) >= 9 && len(s) <= 13 {
		if len(s) == 13 {
			n /= 1000
		}
		tm := time.Unix(int64(n), 0).UTC()
		return validDate(tm.Year(), int(tm.Month()), tm.Day())
	}
	return wordDate(s)
}

// digitsValue returns the value of x when it is all ASCII digits, and
// whether it is.
func digitsValue(x string) (int, bool) {
	n := 0
	for _, c := range []byte(x) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(x) > 0
}

// validDate returns the date y-mo-d as YYYY-MM-DD, or "" when it is out of
// range.
func validDate(y, mo, d int) string {
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return ""
	}
	return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
}

// isoDate reads ISO 8601 dates and their relatives at the start of s:
// 2019-11-19, 2019/11/19, 2019.11.19, 20191119. It reports false where s
// starts with none of them.
func isoDate(s string) (string, bool) {
	if len(s) >= 10 {
		if y, ok := digitsValue(s[:4]); ok && (s[4] == '-' || s[4] == '/' || s[4] == '.') && s[7] == s[4] {
			mo, ok1 := digitsValue(s[5:7])
			d, ok2 := digitsValue(s[8:10])
			if ok1 && ok2 {
				return validDate(y, mo, d), true
			}
		}
	}
	if len(s) >= 8 {
		if y, ok := digitsValue(s[:8]); ok && (len(s) == 8 || s[8] == 'T' || s[8] == ' ') {
			return validDate(y/10000, y/100%100, y%100), true
		}
	}
	return "", false
}

// wordDate reads a date written with the month's name: "Tue, 19 Nov 2019",
// "November 19, 2019", "19 November 2019".
func wordDate(s string) string {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '/' || r == '-' })
	y, mo, d := 0, 0, 0
	for _, f := range fields {
		lf := strings.ToLower(f)
		if len(lf) >= 3 {
			if m := words.Month(lf[:3]); m > 0 && mo == 0 && strings.IndexFunc(lf, unicode.IsDigit) < 0 {
				mo = m
				continue
			}
		}
		f = strings.TrimRight(lf, "stndrh")
		if n, ok := digitsValue(f); ok {
			switch {
			case len(f) == 4 && y == 0:
				y = n
			case len(f) <= 2 && d == 0 && n >= 1 && n <= 31:
				d = n
			}
		}
	}
	if y != 0 && mo != 0 && d != 0 {
		return validDate(y, mo, d)
	}
	return ""
}

// normLang returns a BCP 47 tag such as "en" or "en-US" for a language
// value, or "".
func normLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "" || len(s) > 35 {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil {
		return ""
	}
	base, conf := tag.Base()
	if conf == language.No || base.String() == "und" {
		return ""
	}
	out := base.String()
	if reg, conf := tag.Region(); conf == language.Exact {
		out += "-" + reg.String()
	}
	return out
}
