package plaintext

import (
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/auditnews/audit/article"
)

// finishMeta fills the defaults of the model: language "en" where unknown.
func finishMeta(m *article.Meta) {
	if m.Language == "" {
		m.Language = "en"
	}
}

// frontMatter finds YAML front matter at the start of a Markdown file:
// a "---" line, the YAML, a "---" or "..." line. It returns the offset just
// after the closing line, or 0 where there is none (or it is not a YAML
// mapping, in which case the lines are left to be read as Markdown).
func frontMatter(s string, m *article.Meta) int {
	if !strings.HasPrefix(s, "---") {
		return 0
	}
	first := strings.IndexByte(s, '\n')
	if first < 0 || strings.TrimRight(s[:first], " \t\r") != "---" {
		return 0
	}
	for i := first + 1; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		next := len(s)
		if j >= 0 {
			next = i + j + 1
		} else {
			j = len(s) - i
		}
		l := strings.TrimRight(s[i:i+j], " \t\r")
		if l == "---" || l == "..." {
			var fm map[string]any
			if err := yaml.Unmarshal([]byte(s[first+1:i]), &fm); err != nil {
				return 0 // not YAML: read the lines as Markdown
			}
			if fm == nil {
				return 0
			}
			readMeta(fm, m)
			return next
		}
		i = next
	}
	return 0
}

// readMeta copies the fields of a front matter mapping into m.
func readMeta(fm map[string]any, m *article.Meta) {
	get := func(keys ...string) any {
		for _, k := range keys {
			for fk, v := range fm {
				if strings.EqualFold(fk, k) && v != nil {
					return v
				}
			}
		}
		return nil
	}
	m.Title = str(get("title", "headline"))
	m.Outlet = str(get("outlet", "publisher", "site", "site_name", "sitename", "source", "publication"))
	m.URL = str(get("url", "canonical_url", "canonical", "link", "permalink"))
	m.Language = str(get("lang", "language", "locale"))
	m.Published = date(get("date", "published", "pubdate", "publishdate", "published_at", "publication_date"))
	switch v := get("authors", "author", "byline", "creator", "creators").(type) {
	case []any:
		for _, a := range v {
			if s := authorName(a); s != "" {
				m.Authors = append(m.Authors, s)
			}
		}
	case nil:
	default:
		m.Authors = append(m.Authors, splitNames(strings.ReplaceAll(authorName(v), ", ", " and "))...)
	}
}

// authorName reads an author entry: a string, or a mapping with a name.
func authorName(v any) string {
	if mp, ok := v.(map[string]any); ok {
		for _, k := range []string{"name", "display_name", "full_name"} {
			if s := str(mp[k]); s != "" {
				return s
			}
		}
		return ""
	}
	return str(v)
}

// str renders a scalar of front matter as a string.
func str(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return strings.TrimSpace(v)
	case time.Time:
		return v.Format(time.DateOnly)
	case []any, map[string]any:
		return ""
	}
	return strings.TrimSpace(fmt.Sprint(v))
}

// dateLayouts are the date forms read from front matter.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04",
	time.DateOnly, "2006/01/02", "January 2, 2006", "Jan 2, 2006", "2 January 2006",
	"2 Jan 2006", time.RFC1123, time.RFC1123Z,
}

// date renders a front matter date as YYYY-MM-DD, or "" if unreadable.
func date(v any) string {
	if t, ok := v.(time.Time); ok {
		return t.Format(time.DateOnly)
	}
	s := str(v)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return findDate(s)
}
