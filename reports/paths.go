package reports

import (
	"path"
	"strconv"
	"strings"
	"unicode"
)

// The site's files. Every page links to others by relative paths, so the
// site reads the same from a folder, a web server or under a prefix
// (/reports/ in 'audit serve'). Pages live at most one folder deep.
const (
	indexPath       = "index.html"
	methodologyPath = "methodology.html"
	scriptPath      = "assets/report.js"
	markerPath      = ".audit-report" // marks a folder as a report, which WriteDir may replace
)

// Tables at the root: the figures of 'audit export' with the same name.
const (
	outletsTable = "outlets"
	sourcesTable = "sources"
)

// Each table has a CSV and a JSON file; dataPath names them without the
// extension.
var dataFormats = []string{"csv", "json"}

func outletPath(slug string, page int) string {
	if page <= 1 {
		return "outlets/" + slug + ".html"
	}
	return "outlets/" + slug + "-articles-" + strconv.Itoa(page) + ".html"
}

func outletData(slug, table string) string { return "outlets/" + slug + "-" + table }

func articlePath(id int64) string { return "articles/" + strconv.FormatInt(id, 10) + ".html" }

// claimAnchor is the id of a claim's element on its article's page (the
// HTML printer's, for its one article).
func claimAnchor(claim int) string { return "a1-c" + strconv.Itoa(claim) }

func sourcePath(id int64, page int) string {
	if page <= 1 {
		return "sources/" + strconv.FormatInt(id, 10) + ".html"
	}
	return "sources/" + strconv.FormatInt(id, 10) + "-" + strconv.Itoa(page) + ".html"
}

func sourceData(id int64, table string) string {
	return "sources/" + strconv.FormatInt(id, 10) + "-" + table
}

func sourcesPath(page int) string {
	if page <= 1 {
		return "sources/index.html"
	}
	return "sources/page-" + strconv.Itoa(page) + ".html"
}

// rootOf is the relative path from a page to the site's root.
func rootOf(p string) string {
	return strings.Repeat("../", strings.Count(p, "/"))
}

// reserved reports whether a path belongs to the report's own pages, so
// that a page of Options.Pages may not take it.
func reserved(p string) bool {
	switch p {
	case indexPath, methodologyPath, markerPath:
		return true
	}
	for _, dir := range []string{"outlets/", "articles/", "sources/", "assets/"} {
		if strings.HasPrefix(p, dir) {
			return true
		}
	}
	for _, t := range []string{outletsTable, sourcesTable} {
		for _, ext := range dataFormats {
			if p == t+"."+ext {
				return true
			}
		}
	}
	return false
}

// validPagePath reports whether p is a path Options.Pages may use: clean,
// relative, inside the site, at most one folder deep, of plain characters.
func validPagePath(p string) bool {
	if p == "" || p != path.Clean(p) || path.IsAbs(p) || strings.HasPrefix(p, "../") || p == ".." ||
		strings.Count(p, "/") > 1 || strings.HasPrefix(path.Base(p), ".") {
		return false
	}
	for _, r := range p {
		plain := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./", r)
		if !plain {
			return false
		}
	}
	return true
}

// noOutletSlug names the page of the articles of no known outlet; an
// outlet whose name would give it gets "no-outlet-2".
const noOutletSlug = "no-outlet"

// slugs gives each outlet name a file name: letters and digits of any
// script in lower case, words joined by "-", and "-2", "-3" ... after a
// name another outlet's already gave. The names' order decides, so the
// same list always gives the same slugs.
func slugs(names []string) []string {
	out := make([]string, len(names))
	taken := map[string]bool{noOutletSlug: true}
	for i, name := range names {
		if name == "" {
			out[i] = noOutletSlug
			continue
		}
		base := slugOf(name)
		s := base
		for n := 2; taken[s] || laterPage(s); n++ {
			s = base + "-" + strconv.Itoa(n)
		}
		taken[s] = true
		out[i] = s
	}
	return out
}

// laterPage reports whether a slug would name another outlet's later
// page of articles ("x-articles-2").
func laterPage(slug string) bool {
	i := strings.LastIndex(slug, "-articles-")
	if i < 0 {
		return false
	}
	_, ok := pageNumber(slug[i+len("-articles-"):])
	return ok
}

func slugOf(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		if r != '\'' && r != '’' { // "Lloyd's" is "lloyds"
			dash = true
		}
	}
	if b.Len() == 0 {
		return "outlet"
	}
	s := b.String()
	if len(s) > 80 { // keep file names short: cut at a rune boundary
		cut := 80
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimRight(s[:cut], "-")
	}
	return s
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
