package compare

import (
	"slices"
	"strings"

	"github.com/auditnews/audit/result"
)

// Version is one stored text of an article and its analysis, as
// DiffVersions reads it.
type Version struct {
	Article         *result.Article
	Version         int   // 1 for the first text seen
	ID              int64 // the archive's version id
	FirstSeen       string
	AnalyzerVersion string
}

// VersionDiff is what changed from one version of an article to another:
// the title and text word by word, and the claims added, removed,
// reworded or sourced differently. Cells of From claims have article 0,
// of To claims article 1; their offsets are code points into that
// version's text.
type VersionDiff struct {
	SchemaVersion int         `json:"schema_version"`
	Tool          result.Tool `json:"tool"`
	ArticleID     int64       `json:"article_id"`
	Locator       string      `json:"locator"`
	Outlet        string      `json:"outlet"`
	From          VersionInfo `json:"from"`
	To            VersionInfo `json:"to"`
	// Changed is false when the two texts differ only in what WordDiff
	// does not count (spacing, quotation marks, dashes).
	Changed       bool           `json:"changed"`
	Title         []DiffOp       `json:"title"`
	Text          []DiffOp       `json:"text"`
	WordsDeleted  int            `json:"words_deleted"`
	WordsInserted int            `json:"words_inserted"`
	Claims        []ClaimChange  `json:"claims"`
	Counts        map[string]int `json:"counts"` // claim changes of each kind
}

// VersionInfo describes one side of a VersionDiff.
type VersionInfo struct {
	Version         int            `json:"version"`
	ID              int64          `json:"version_id"`
	FirstSeen       string         `json:"first_seen"`
	AnalyzerVersion string         `json:"analyzer_version"`
	Title           string         `json:"title"`
	Published       string         `json:"published"`
	Claims          int            `json:"claims"`
	Classes         map[string]int `json:"classes"` // claims of each class
	Score           *int           `json:"score"`   // nil when not checked
}

// ClaimChange is one claim that is not the same in both versions.
type ClaimChange struct {
	// Change is added, removed, reworded (other words; the sourcing may
	// differ too) or resourced (the same words, sourced differently).
	Change string   `json:"change"`
	From   *Cell    `json:"from"` // nil for an added claim
	To     *Cell    `json:"to"`   // nil for a removed claim
	Diff   []DiffOp `json:"diff"` // the words, for a reworded claim
}

// Claim changes.
const (
	ClaimAdded     = "added"
	ClaimRemoved   = "removed"
	ClaimReworded  = "reworded"
	ClaimResourced = "resourced"
)

// DiffVersions compares two versions of one article.
func DiffVersions(from, to Version, tool result.Tool) *VersionDiff {
	a, b := from.Article, to.Article
	d := &VersionDiff{SchemaVersion: SchemaVersion, Tool: tool, Outlet: b.Meta.Outlet,
		From: versionInfo(from), To: versionInfo(to), Claims: []ClaimChange{}, Counts: map[string]int{}}
	d.Title = orEmpty(WordDiff(a.Meta.Title, b.Meta.Title))
	d.Text = orEmpty(WordDiff(a.Text, b.Text))
	for _, o := range d.Text {
		switch o.Op {
		case Delete:
			d.WordsDeleted += len(strings.Fields(o.Text))
		case Insert:
			d.WordsInserted += len(strings.Fields(o.Text))
		}
	}
	d.Changed = Changed(d.Title) || Changed(d.Text)
	d.Claims = claimChanges(a, b)
	for _, c := range d.Claims {
		d.Counts[c.Change]++
	}
	return d
}

func orEmpty(ops []DiffOp) []DiffOp {
	if ops == nil {
		return []DiffOp{}
	}
	return ops
}

func versionInfo(v Version) VersionInfo {
	a := v.Article
	info := VersionInfo{Version: v.Version, ID: v.ID, FirstSeen: v.FirstSeen, AnalyzerVersion: v.AnalyzerVersion,
		Title: a.Meta.Title, Published: a.Meta.Published, Claims: len(a.Claims), Classes: map[string]int{}}
	for _, c := range a.Claims {
		if c.Attribution != nil {
			info.Classes[c.Class]++
		}
	}
	if a.Summary.Checked {
		score := a.Summary.Score
		info.Score = &score
	}
	return info
}

// claimChanges pairs the claims of two versions: first those of the same
// words, then the rest by alignment, as Compare aligns the claims of
// different articles.
func claimChanges(a, b *result.Article) []ClaimChange {
	var out []ClaimChange
	byText := map[string][]int{}
	for j := range b.Claims {
		k := claimKey(b.Claims[j].Text)
		byText[k] = append(byText[k], j)
	}
	matchedB := make([]bool, len(b.Claims))
	var restA, restB []result.Claim
	for i := range a.Claims {
		k := claimKey(a.Claims[i].Text)
		if js := byText[k]; len(js) > 0 {
			j := js[0]
			byText[k] = js[1:]
			matchedB[j] = true
			from, to := cellOf(0, &a.Claims[i]), cellOf(1, &b.Claims[j])
			if from.Sourcing != to.Sourcing {
				out = append(out, ClaimChange{Change: ClaimResourced, From: from, To: to, Diff: []DiffOp{}})
			}
			continue
		}
		restA = append(restA, a.Claims[i])
	}
	for j := range b.Claims {
		if !matchedB[j] {
			restB = append(restB, b.Claims[j])
		}
	}
	ra, rb := *a, *b
	ra.Claims, rb.Claims = restA, restB
	for _, r := range align([]*result.Article{&ra, &rb}) {
		ch := ClaimChange{Diff: []DiffOp{}}
		for k := range r.Cells {
			c := &r.Cells[k]
			if c.Article == 0 {
				ch.From = c
			} else {
				ch.To = c
			}
		}
		switch {
		case ch.From == nil:
			ch.Change = ClaimAdded
		case ch.To == nil:
			ch.Change = ClaimRemoved
		default:
			ch.Change = ClaimReworded
			ch.Diff = orEmpty(WordDiff(ch.From.Text, ch.To.Text))
		}
		for _, c := range []*Cell{ch.From, ch.To} {
			if c != nil {
				c.Match, c.Similarity = "", 0
			}
		}
		out = append(out, ch)
	}
	// in the order of the newer text; a removed claim after the claim
	// that came before it
	slices.SortStableFunc(out, func(x, y ClaimChange) int {
		kx, ky := changeKey(x), changeKey(y)
		if kx[0] != ky[0] {
			return kx[0] - ky[0]
		}
		return kx[1] - ky[1]
	})
	return out
}

// changeKey places a change in the newer text: its claim's start there,
// or for a removed claim its start in the older text.
func changeKey(c ClaimChange) [2]int {
	if c.To != nil {
		return [2]int{c.To.Start, 1}
	}
	return [2]int{c.From.Start, 0}
}

// claimKey is a claim's words as WordDiff compares them: spacing,
// quotation marks and dashes make no difference.
func claimKey(s string) string {
	var b strings.Builder
	for _, t := range diffTokens(s) {
		b.WriteString(t.key)
		b.WriteByte(0)
	}
	return b.String()
}

func cellOf(article int, cl *result.Claim) *Cell {
	c := &Cell{Article: article, Claim: cl.ID, Text: cl.Text, Start: cl.Start, End: cl.End, Chain: []string{}}
	sourcing(cl, c)
	return c
}
