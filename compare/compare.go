package compare

import (
	"context"
	"fmt"
	"math"
	"path"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/auditnews/audit/internal/lexicon"
	"github.com/auditnews/audit/result"
)

// SchemaVersion is the version of the comparison document.
const SchemaVersion = 1

// Comparison is what the articles say alike and apart. Indexes named
// "article", "a" and "b" point into Articles, in input order; offsets are
// code points into that article's text.
type Comparison struct {
	SchemaVersion int         `json:"schema_version"`
	Tool          result.Tool `json:"tool"`
	// Event is the archive's id of the event compared, when the articles
	// are one event of an archive.
	Event    int64         `json:"event,omitempty"`
	Articles []ArticleInfo `json:"articles"`
	// OneEvent is false when some pair of articles is judged not to report
	// the same event; Warnings then says which.
	OneEvent bool `json:"one_event"`
	// Events groups the articles that report the same event (joined by
	// same-event pairs): one group when they are one event.
	Events       [][]int      `json:"events"`
	Warnings     []string     `json:"warnings"`
	Pairs        []Pair       `json:"pairs"`
	Syndication  Syndication  `json:"syndication"`
	Rows         []Row        `json:"rows"`
	Omissions    []Omission   `json:"omissions"`
	Numbers      []NumberSlot `json:"numbers"`
	Quotes       []Quote      `json:"quotes"`
	QuoteMatches []QuoteMatch `json:"quote_matches"`
	Speakers     []Speaker    `json:"speakers"`
}

// ArticleInfo describes one compared article.
type ArticleInfo struct {
	// ArticleID is the archive's id of the article, when it was read from
	// an archive.
	ArticleID int64  `json:"article_id,omitempty"`
	Input     string `json:"input"`
	Label     string `json:"label"` // short name for columns: the outlet, else the file's name
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Language  string `json:"language"`
	Claims    int    `json:"claims"`
}

// Pair is the same-event judgment of two articles.
type Pair struct {
	A          int      `json:"a"`
	B          int      `json:"b"`
	Similarity float64  `json:"similarity"`
	SameEvent  bool     `json:"same_event"`
	Features   Features `json:"features"`
}

// Row is one aligned claim: the claims of different articles that say
// the same thing, at most one an article.
type Row struct {
	ID int `json:"id"`
	// Kind is shared (every article carries it), partial (more than one
	// but not all) or unique (one article only).
	Kind  string     `json:"kind"`
	Cells []Cell     `json:"cells"`
	Diffs []CellDiff `json:"diffs"`
}

// Row kinds.
const (
	Shared  = "shared"
	Partial = "partial"
	Unique  = "unique"
)

// Cell is one article's claim in a row, with how that article sourced it.
type Cell struct {
	Article int    `json:"article"`
	Claim   int    `json:"claim"` // the claim's ID in its article
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Match is "same" when the claim says what another of the row says,
	// "partial" when it says part of it; Similarity is its best cosine
	// with another cell.
	Match      string   `json:"match"`
	Similarity float64  `json:"similarity"`
	Class      string   `json:"class"`
	Source     string   `json:"source"`
	Chain      []string `json:"chain"`
	// Sourcing is the class, source and chain in one line:
	// "outlet (NBC News) → anonymous (two current and two former US officials)".
	Sourcing string `json:"sourcing"`
}

// CellDiff is the word-level difference between the first cell of a row
// and another.
type CellDiff struct {
	A   int      `json:"a"` // article indexes
	B   int      `json:"b"`
	Ops []DiffOp `json:"ops"`
}

// Omission is a claim most articles carry that one leaves out.
type Omission struct {
	Row     int `json:"row"`
	Article int `json:"article"`
}

// Cell match strengths.
const (
	MatchSame    = "same"
	MatchPartial = "partial"
)

// Alignment thresholds: the cosine of two claims' words at which they say
// the same thing, and part of the same thing.
const (
	alignSame    = 0.35
	alignPartial = 0.18
)

// Options tune a comparison.
type Options struct {
	Tool result.Tool
	// DocFreq, when set, gives word frequencies from a larger collection
	// (an archive) for same-event similarity; otherwise the compared
	// articles are the collection.
	DocFreq *DocFreq
}

// InputError is a comparison that cannot be made from its inputs: fewer
// than two articles with text, or articles in different languages.
type InputError struct{ Problem string }

func (e *InputError) Error() string { return "compare: " + e.Problem }

// defaultLexicon is the built-in lexicon set, read once and never
// changed.
var defaultWires = sync.OnceValues(func() (wires, error) {
	set, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	return wiresOf(set), nil
})

// Compare compares articles about one event. Articles with no text are
// left out with a warning; fewer than two left, or articles in different
// languages, is an *InputError.
func Compare(ctx context.Context, arts []*result.Article, opts Options) (*Comparison, error) {
	c := &Comparison{SchemaVersion: SchemaVersion, Tool: opts.Tool, OneEvent: true, Warnings: []string{}}
	var kept []*result.Article
	var empty []string
	for _, a := range arts {
		if a == nil || strings.TrimSpace(a.Text) == "" || len(a.Claims) == 0 {
			name := "an article"
			if a != nil {
				name = a.Input
			}
			empty = append(empty, name)
			c.Warnings = append(c.Warnings, fmt.Sprintf("%s: no text to compare; left out", name))
			continue
		}
		kept = append(kept, a)
	}
	if len(kept) < 2 {
		msg := "need at least two articles with text to compare"
		if len(kept) == 1 {
			msg += fmt.Sprintf(", got one (%s)", kept[0].Input)
		}
		if len(empty) > 0 {
			msg += "; no text in " + strings.Join(empty, ", ")
		}
		return nil, &InputError{Problem: msg}
	}
	arts = kept
	profiles := make([]*Profile, len(arts))
	df := opts.DocFreq
	if df == nil {
		df = NewDocFreq()
	}
	own := opts.DocFreq == nil
	for i, a := range arts {
		profiles[i] = NewProfile(DocOf(a.Input, a))
		if own {
			df.Add(profiles[i])
		}
		lang := profiles[i].Language
		if lang == "" {
			lang = a.Meta.Language
		}
		c.Articles = append(c.Articles, ArticleInfo{Input: a.Input, Label: label(a), Outlet: a.Meta.Outlet, Title: a.Meta.Title,
			Published: a.Meta.Published, Language: lang, Claims: len(a.Claims)})
	}
	if err := sameLanguage(c.Articles); err != nil {
		return nil, err
	}
	uniqueLabels(c.Articles)
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			f := Measure(profiles[i], profiles[j], df)
			f = f.rounded()
			s := round3(f.Score())
			c.Pairs = append(c.Pairs, Pair{A: i, B: j, Similarity: s, SameEvent: s >= SameEvent, Features: f})
		}
	}
	c.eventWarnings()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	lex, err := defaultWires()
	if err != nil {
		return nil, fmt.Errorf("compare: %w", err)
	}
	c.Syndication = syndication(arts, lex)
	c.Rows = align(arts)
	c.Omissions = omissions(c.Rows, len(arts))
	c.Numbers = numberSlots(arts, c.Rows)
	c.Quotes = []Quote{}
	for i, a := range arts {
		c.Quotes = append(c.Quotes, quotesOf(i, a)...)
	}
	c.QuoteMatches = matchQuotes(c.Quotes)
	if c.QuoteMatches == nil {
		c.QuoteMatches = []QuoteMatch{}
	}
	c.Speakers = speakers(c.Quotes)
	if c.Speakers == nil {
		c.Speakers = []Speaker{}
	}
	return c, ctx.Err()
}

// eventWarnings groups the articles into events by their same-event
// pairs and warns when they are not one event.
func (c *Comparison) eventWarnings() {
	n := len(c.Articles)
	sets := newUnionFind(n)
	var apart []Pair
	for _, p := range c.Pairs {
		if p.SameEvent {
			sets.union(p.A, p.B)
		} else {
			apart = append(apart, p)
		}
	}
	index := map[int]int{}
	for i := range n {
		r := sets.find(i)
		k, ok := index[r]
		if !ok {
			k = len(c.Events)
			index[r] = k
			c.Events = append(c.Events, nil)
		}
		c.Events[k] = append(c.Events[k], i)
	}
	c.OneEvent = len(apart) == 0
	if len(c.Events) > 1 {
		var groups []string
		for _, ev := range c.Events {
			var names []string
			for _, a := range ev {
				names = append(names, c.Articles[a].Label)
			}
			groups = append(groups, strings.Join(names, ", "))
		}
		c.Warnings = append(c.Warnings, fmt.Sprintf("the articles may not report one event: they fall into %d groups: %s",
			len(c.Events), strings.Join(groups, " | ")))
		return
	}
	for k, p := range apart {
		if k == 5 {
			c.Warnings = append(c.Warnings, fmt.Sprintf("and %d more pairs may not report the same event", len(apart)-k))
			break
		}
		c.Warnings = append(c.Warnings, fmt.Sprintf("%s and %s may not report the same event (similarity %.2f)",
			c.Articles[p.A].Label, c.Articles[p.B].Label, p.Similarity))
	}
}

func (f Features) rounded() Features {
	return Features{Words: round3(f.Words), Names: round3(f.Names), Title: round3(f.Title), Nums: round3(f.Nums),
		Quotes: round3(f.Quotes), Days: round3(f.Days)}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

func sameLanguage(arts []ArticleInfo) error {
	langs := map[string][]string{}
	var order []string
	for _, a := range arts {
		l := a.Language
		if l == "" {
			continue
		}
		l = strings.ToLower(strings.SplitN(l, "-", 2)[0])
		if _, ok := langs[l]; !ok {
			order = append(order, l)
		}
		langs[l] = append(langs[l], a.Input)
	}
	if len(langs) < 2 {
		return nil
	}
	var parts []string
	for _, l := range order {
		parts = append(parts, fmt.Sprintf("%s (%s)", l, strings.Join(langs[l], ", ")))
	}
	return &InputError{Problem: "the articles are in different languages: " + strings.Join(parts, "; ") + "; compare articles in one language"}
}

// label names an article in a column: its outlet, else its file's name
// without extension (and without a trailing hash, as in "003_4757155f").
func label(a *result.Article) string {
	if a.Meta.Outlet != "" {
		return a.Meta.Outlet
	}
	base := path.Base(strings.ReplaceAll(a.Input, "\\", "/"))
	for _, ext := range []string{".gz", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".markdown"} {
		base = strings.TrimSuffix(base, ext)
	}
	if i := strings.IndexByte(base, '_'); i > 0 && len(base)-i-1 >= 8 && isHex(base[i+1:]) {
		base = base[:i]
	}
	if base == "" || base == "-" || base == "." {
		return "stdin"
	}
	return base
}

func isHex(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", r) {
			return false
		}
	}
	return true
}

// uniqueLabels numbers labels that repeat ("CNN", "CNN (2)").
func uniqueLabels(arts []ArticleInfo) {
	seen := map[string]int{}
	for i := range arts {
		seen[arts[i].Label]++
		if n := seen[arts[i].Label]; n > 1 {
			arts[i].Label = fmt.Sprintf("%s (%d)", arts[i].Label, n)
		}
	}
}

// claimVec is a claim reduced to weighted terms for alignment.
type claimVec struct {
	article, index int
	terms          []term
	content        int
}

// align groups the claims of the articles into rows of claims that say
// the same thing.
func align(arts []*result.Article) []Row {
	vecs := claimVecs(arts)
	u := unite(vecs, links(vecs))
	var rows []Row
	for _, ms := range u.members {
		rows = append(rows, u.row(arts, ms))
	}
	// rows carried by most articles first, then in the order of the
	// first article's text
	slices.SortFunc(rows, func(x, y Row) int {
		if len(x.Cells) != len(y.Cells) {
			return len(y.Cells) - len(x.Cells)
		}
		if x.Cells[0].Article != y.Cells[0].Article {
			return x.Cells[0].Article - y.Cells[0].Article
		}
		return x.Cells[0].Claim - y.Cells[0].Claim
	})
	for i := range rows {
		rows[i].ID = i + 1
	}
	return rows
}

// claimVecs reduces every claim of the articles to its content words,
// weighted by their frequency among the claims.
func claimVecs(arts []*result.Article) []claimVec {
	var vecs []claimVec
	df := NewDocFreq()
	for ai, a := range arts {
		for ci := range a.Claims {
			counts := map[uint64]int{}
			n := 0
			for _, w := range words(a.Claims[ci].Text) {
				if content(&w) {
					counts[hash64(alignKey(w.stem))]++
					n++
				}
			}
			v := claimVec{article: ai, index: ci, terms: terms(counts), content: n}
			df.Add(&Profile{words: v.terms})
			vecs = append(vecs, v)
		}
	}
	for i := range vecs {
		vecs[i].terms = unit(vecs[i].terms, df)
	}
	return vecs
}

// link is two claims of different articles alike enough to share a row.
type link struct {
	a, b int // indexes of claim vectors
	s    float64
}

// links returns the pairs of claims of different articles, each of three
// content words or more, at least partly alike: the most alike first.
func links(vecs []claimVec) []link {
	var out []link
	for i := range vecs {
		if vecs[i].content < 3 {
			continue
		}
		for j := i + 1; j < len(vecs); j++ {
			if vecs[j].article == vecs[i].article || vecs[j].content < 3 {
				continue
			}
			if s := dot(vecs[i].terms, vecs[j].terms); s >= alignPartial {
				out = append(out, link{i, j, s})
			}
		}
	}
	sort.SliceStable(out, func(x, y int) bool { return out[x].s > out[y].s })
	return out
}

// union is the claims put into rows.
type union struct {
	vecs    []claimVec
	members map[int][]int // the claims of each row, by its first claim
	best    []float64     // each claim's highest similarity in its row
}

// unite puts claims into rows, the most alike links first, with at most
// one claim of an article in a row.
func unite(vecs []claimVec, ls []link) *union {
	group := make([]int, len(vecs))
	u := &union{vecs: vecs, members: map[int][]int{}, best: make([]float64, len(vecs))}
	for i := range vecs {
		group[i] = i
		u.members[i] = []int{i}
	}
	for _, l := range ls {
		ga, gb := group[l.a], group[l.b]
		if ga != gb && u.clash(ga, gb) {
			continue
		}
		u.best[l.a], u.best[l.b] = max(u.best[l.a], l.s), max(u.best[l.b], l.s)
		if ga == gb {
			continue
		}
		for _, y := range u.members[gb] {
			group[y] = ga
		}
		u.members[ga] = append(u.members[ga], u.members[gb]...)
		delete(u.members, gb)
	}
	return u
}

// clash reports whether two rows hold claims of one article.
func (u *union) clash(ga, gb int) bool {
	for _, x := range u.members[ga] {
		for _, y := range u.members[gb] {
			if u.vecs[x].article == u.vecs[y].article {
				return true
			}
		}
	}
	return false
}

// row makes the row of claims ms: its cells in article order, its kind
// and the word diffs of each cell against the first.
func (u *union) row(arts []*result.Article, ms []int) Row {
	vecs := u.vecs
	slices.SortFunc(ms, func(x, y int) int {
		if vecs[x].article != vecs[y].article {
			return vecs[x].article - vecs[y].article
		}
		return vecs[x].index - vecs[y].index
	})
	row := Row{Diffs: []CellDiff{}}
	for _, m := range ms {
		v := vecs[m]
		cl := &arts[v.article].Claims[v.index]
		cell := Cell{Article: v.article, Claim: cl.ID, Text: cl.Text, Start: cl.Start, End: cl.End, Similarity: round3(u.best[m]), Chain: []string{}}
		cell.Match = MatchPartial
		if u.best[m] >= alignSame {
			cell.Match = MatchSame
		}
		sourcing(cl, &cell)
		row.Cells = append(row.Cells, cell)
	}
	switch {
	case len(row.Cells) == 1:
		row.Kind = Unique
		row.Cells[0].Match = ""
	case len(row.Cells) == len(arts):
		row.Kind = Shared
	default:
		row.Kind = Partial
	}
	for k := 1; k < len(row.Cells); k++ {
		row.Diffs = append(row.Diffs, CellDiff{A: row.Cells[0].Article, B: row.Cells[k].Article, Ops: WordDiff(row.Cells[0].Text, row.Cells[k].Text)})
	}
	return row
}

// unit returns a term list weighted by idf and scaled to length 1, so
// that the cosine of two is their dot product.
func unit(ts []term, df *DocFreq) []term {
	out := make([]term, len(ts))
	var norm float64
	for i, t := range ts {
		w := float64(t.w) * df.idf(t.h)
		out[i] = term{t.h, float32(w)}
		norm += w * w
	}
	if norm > 0 {
		inv := 1 / math.Sqrt(norm)
		for i := range out {
			out[i].w = float32(float64(out[i].w) * inv)
		}
	}
	return out
}

// dot is the dot product of two term lists sorted by hash.
func dot(a, b []term) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].h < b[j].h:
			i++
		case a[i].h > b[j].h:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// alignKey cuts a stem to its first six letters, so that words of one
// family meet: deploy, deployment; intervene, intervention.
func alignKey(stem string) string {
	n := 0
	for i := range stem {
		if n == 6 {
			return stem[:i]
		}
		n++
	}
	return stem
}

// sourcing fills a cell's class, source and chain from its claim.
func sourcing(cl *result.Claim, cell *Cell) {
	if cl.Attribution == nil {
		cell.Class = ""
		cell.Sourcing = "not analysed"
		return
	}
	cell.Class = cl.Class
	parts := []string{cl.Class}
	if cl.Source != nil {
		cell.Source = cl.Source.Name
		parts[0] = fmt.Sprintf("%s (%s)", cl.Class, cl.Source.Name)
	}
	for _, s := range cl.Chain {
		if s == nil {
			continue
		}
		cell.Chain = append(cell.Chain, s.Name)
		parts = append(parts, fmt.Sprintf("%s (%s)", sourceClass(s), s.Name))
	}
	cell.Sourcing = strings.Join(parts, " → ")
}

// sourceClass is the class a relayed source would have as the immediate
// one.
func sourceClass(s *result.Source) string {
	switch s.Type {
	case "outlet":
		return result.Outlet
	case "unnamed_official", "vague_group":
		return result.Anonymous
	}
	return result.Named
}

// omissions lists, for each row most articles carry, the articles that
// leave it out.
func omissions(rows []Row, n int) []Omission {
	out := []Omission{}
	if n < 3 {
		return out
	}
	for _, r := range rows {
		if 2*len(r.Cells) <= n || len(r.Cells) == n {
			continue
		}
		has := map[int]bool{}
		for _, c := range r.Cells {
			has[c.Article] = true
		}
		for a := range n {
			if !has[a] {
				out = append(out, Omission{Row: r.ID, Article: a})
			}
		}
	}
	return out
}
