package compare

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/lexicon"
	"github.com/auditnews/audit/result"
)

// Syndication tells original reporting from copies: wire stories run by
// several outlets and near-duplicates.
type Syndication struct {
	// Independent is the number of independent publishers: groups of
	// copies count once.
	Independent int `json:"independent"`
	// Pickups is the number of articles that are copies: wire stories
	// run under a credit line, or near-duplicates of an earlier input.
	Pickups int          `json:"pickups"`
	Groups  []CopyGroup  `json:"groups"` // groups of two or more
	Credits []WireCredit `json:"credits"`
}

// CopyGroup is a set of articles that are one story: near-duplicates or
// the same wire's copy.
type CopyGroup struct {
	Articles []int  `json:"articles"`
	Wire     string `json:"wire,omitempty"`
	// Containment is the largest share of the shorter article's word
	// 5-grams found in another of the group.
	Containment float64 `json:"containment"`
}

// WireCredit is a credit line naming a news agency.
type WireCredit struct {
	Article int    `json:"article"`
	Wire    string `json:"wire"`
	Text    string `json:"text"` // the credit as written
}

// nearDuplicate is the containment of word 5-grams at which two articles
// are one text.
const nearDuplicate = 0.5

// shingles returns the hashed word 5-grams of a text.
func shingles(text string) map[uint64]bool {
	var keys []string
	for _, t := range tokenize(text) {
		if isWordToken(t.Text) || isDigits(t.Key) {
			keys = append(keys, t.Key)
		}
	}
	set := map[uint64]bool{}
	for i := 0; i+5 <= len(keys); i++ {
		set[hash64(keys[i:i+5]...)] = true
	}
	return set
}

func containment(a, b map[uint64]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for h := range a {
		if b[h] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// wireCredit finds a credit line naming a news agency: "(AP)", "(Reuters)"
// or "— AFP" near the start, a byline or closing line naming the agency,
// or a wire as the article's outlet.
func wireCredit(a *result.Article, lex wires) (wire, text string) {
	if lex == nil {
		return "", ""
	}
	if w, ok := lex[wireKey(a.Meta.Outlet)]; ok {
		return w, a.Meta.Outlet
	}
	for _, au := range a.Meta.Authors {
		if w, ok := lex[wireKey(au)]; ok {
			return w, au
		}
	}
	head := prefixRunes(a.Text, 300)
	lines := strings.Split(a.Text, "\n")
	var tail string
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-3; i-- {
		tail = lines[i] + "\n" + tail
	}
	for _, part := range []string{head, tail} {
		for _, t := range creditTokens(part) {
			if w, ok := lex[wireKey(t)]; ok {
				return w, t
			}
		}
	}
	return "", ""
}

// creditTokens returns the candidates for a credit in a stretch of text:
// words in parentheses ("(AP)"), after "By" or "©", and whole short
// lines.
func creditTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			break
		}
		k := strings.IndexByte(s[i+j:], ')')
		if k < 0 {
			break
		}
		if inner := s[i+j+1 : i+j+k]; len(inner) <= 40 {
			out = append(out, strings.TrimSpace(inner))
		}
		i += j + k + 1
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		for _, p := range []string{"By ", "by ", "©", "Copyright ", "Source: ", "— ", "- "} {
			line = strings.TrimPrefix(line, p)
		}
		line = strings.TrimSpace(strings.TrimSuffix(line, "."))
		if line != "" && len(line) <= 40 {
			out = append(out, line)
		}
	}
	return out
}

func prefixRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return s[:i]
}

// syndication groups near-duplicate articles and those carrying the same
// wire's credit, and counts independent publishers and pickups.
func syndication(arts []*result.Article, lex wires) Syndication {
	n := len(arts)
	s := Syndication{Groups: []CopyGroup{}, Credits: []WireCredit{}}
	wires := make([]string, n)
	for i, a := range arts {
		if w, t := wireCredit(a, lex); w != "" {
			wires[i] = w
			s.Credits = append(s.Credits, WireCredit{Article: i, Wire: w, Text: t})
		}
	}
	sh := make([]map[uint64]bool, n)
	for i, a := range arts {
		sh[i] = shingles(a.Text)
	}
	sets := newUnionFind(n)
	best := make([]float64, n)
	for i := range n {
		for j := i + 1; j < n; j++ {
			c := containment(sh[i], sh[j])
			if c >= nearDuplicate || wires[i] != "" && wires[i] == wires[j] && c >= nearDuplicate/2 {
				sets.union(i, j)
				best[i], best[j] = max(best[i], c), max(best[j], c)
			}
		}
	}
	groups := map[int][]int{}
	for i := range n {
		r := sets.find(i)
		groups[r] = append(groups[r], i)
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	slices.Sort(roots)
	for _, r := range roots {
		g := groups[r]
		s.Independent++
		// the first of a group is the original unless it runs a
		// wire's story; every wire-credited article is a pickup
		for k, i := range g {
			if k > 0 || wires[i] != "" {
				s.Pickups++
			}
		}
		if len(g) < 2 {
			continue
		}
		cg := CopyGroup{Articles: g}
		for _, i := range g {
			if wires[i] != "" {
				cg.Wire = wires[i]
			}
			cg.Containment = max(cg.Containment, best[i])
		}
		cg.Containment = round3(cg.Containment)
		s.Groups = append(s.Groups, cg)
	}
	return s
}

// unionFind is a disjoint-set forest over 0..n-1; the root of a set is
// its smallest member.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	if ra, rb := u.find(a), u.find(b); ra != rb {
		u[max(ra, rb)] = min(ra, rb)
	}
}

// wires maps the names and aliases of news agencies, folded by wireKey,
// to their canonical names.
type wires map[string]string

// wiresOf indexes the wire services of a lexicon set.
func wiresOf(set *lexicon.Set) wires {
	w := wires{}
	for _, o := range set.Outlets() {
		if o.Type != lexicon.Wire {
			continue
		}
		w[wireKey(o.Name)] = o.Name
		for _, al := range o.Aliases {
			w[wireKey(al)] = o.Name
		}
	}
	return w
}

// wireKey folds a name for lookup: case and runs of white space.
func wireKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
