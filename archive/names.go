package archive

import "strings"

// MatchKey is how outlet and source names are matched: lower-cased,
// white space collapsed, a leading "the " dropped ("The New York Times"
// and "new york  times" are one outlet).
func MatchKey(name string) string {
	k := strings.ToLower(strings.Join(strings.Fields(name), " "))
	return strings.TrimPrefix(k, "the ")
}
