package compare

import (
	"fmt"
	"slices"
	"strings"

	"github.com/auditnews/audit/result"
)

// Number slot verdicts.
const (
	SlotAgree     = "agree"     // the articles give the same figure
	SlotConflict  = "conflict"  // the same thing counted, different figures
	SlotDifferent = "different" // different figures of different things: not one slot
)

// NumberSlot is the figures the articles give for one kind of thing
// ("cartels"), side by side, and whether they disagree.
type NumberSlot struct {
	Head    string        `json:"head"` // the singular key of what is counted
	Kind    string        `json:"kind"`
	Verdict string        `json:"verdict"`
	Note    string        `json:"note"` // what differs, in words
	Entries []NumberEntry `json:"entries"`
}

// NumberEntry is one figure in one article's claim.
type NumberEntry struct {
	Article int    `json:"article"`
	Claim   int    `json:"claim"`
	Row     int    `json:"row"`    // the aligned row of its claim
	Number  Number `json:"number"` // Start and End in code points of the article's text
	// Actors are the names the claim gives as who did or said what the
	// figure is about: its first name and the nearest before the figure.
	Actors   []string `json:"actors"`
	Sourcing string   `json:"sourcing"`
}

// numberSlots gathers the figures of every claim and puts side by side
// those that count the same kind of thing in two or more articles.
func numberSlots(arts []*result.Article, rows []Row) []NumberSlot {
	rowOf := map[[2]int]int{}
	for _, r := range rows {
		for _, c := range r.Cells {
			rowOf[[2]int{c.Article, c.Claim}] = r.ID
		}
	}
	type key struct{ kind, head string }
	slots := map[key]*NumberSlot{}
	var order []key
	for ai, a := range arts {
		for ci := range a.Claims {
			cl := &a.Claims[ci]
			for _, n := range Numbers(cl.Text) {
				if n.Head == "" || n.Kind == KindYear || n.Kind == KindDate {
					continue
				}
				k := key{n.Kind, n.Head}
				s := slots[k]
				if s == nil {
					s = &NumberSlot{Head: n.Head, Kind: n.Kind}
					slots[k] = s
					order = append(order, k)
				}
				var cell Cell
				sourcing(cl, &cell)
				actors := actorsBefore(cl.Text, n.Start)
				n.Start += cl.Start
				n.End += cl.Start
				e := NumberEntry{Article: ai, Claim: cl.ID, Row: rowOf[[2]int{ai, cl.ID}], Number: n, Actors: actors, Sourcing: cell.Sourcing}
				// one figure an article: a repeat of the same figure adds nothing
				if slices.ContainsFunc(s.Entries, func(x NumberEntry) bool {
					return x.Article == ai && x.Number.Value == n.Value && x.Number.Qualifier == n.Qualifier
				}) {
					continue
				}
				s.Entries = append(s.Entries, e)
			}
		}
	}
	out := []NumberSlot{}
	for _, k := range order {
		s := slots[k]
		articles := map[int]bool{}
		for _, e := range s.Entries {
			articles[e.Article] = true
		}
		if len(articles) < 2 {
			continue
		}
		s.Verdict, s.Note = judgeSlot(s, arts)
		out = append(out, *s)
	}
	return out
}

// judgeSlot says whether a slot's figures agree, conflict, or count
// different things, and what differs.
func judgeSlot(s *NumberSlot, arts []*result.Article) (string, string) {
	values := map[string]bool{}
	quals := map[string]bool{}
	for _, e := range s.Entries {
		values[figure(e.Number)] = true
		quals[strings.ToLower(e.Number.Qualifier)] = true
	}
	if len(values) == 1 {
		return SlotAgree, fmt.Sprintf("every article gives %s %s", figure(s.Entries[0].Number), s.Entries[0].Number.Noun)
	}
	var parts []string
	for _, e := range s.Entries {
		who := label(arts[e.Article])
		desc := fmt.Sprintf("%s: %s", who, strings.TrimSpace(e.Number.Text+" "+joinNonEmpty(e.Number.Qualifier, e.Number.Noun)))
		if e.Number.Approx != "" {
			desc = fmt.Sprintf("%s: %s %s", who, e.Number.Approx, strings.TrimPrefix(desc, who+": "))
		}
		if len(e.Actors) > 0 {
			desc += " (" + strings.Join(e.Actors, ", ") + ")"
		}
		parts = append(parts, desc)
	}
	if len(quals) > 1 || actorsDiffer(s.Entries) {
		what := []string{}
		if len(quals) > 1 {
			what = append(what, "what is counted")
		}
		if actorsDiffer(s.Entries) {
			what = append(what, "who did it")
		}
		return SlotDifferent, fmt.Sprintf("not one figure: %s differ%s; %s", strings.Join(what, " and "), plural(len(what)), strings.Join(parts, "; "))
	}
	return SlotConflict, "the articles give different figures for the same thing: " + strings.Join(parts, "; ")
}

func plural(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}

func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// figure is a number's value as one key: "8", "200000-750000", "25%".
func figure(n Number) string {
	s := formatValue(n.Value)
	if n.Upper > 0 {
		s += "-" + formatValue(n.Upper)
	}
	if n.Approx != "" {
		s = n.Approx + " " + s
	}
	return s
}

// actorsDiffer reports whether the entries name no actor in common.
func actorsDiffer(es []NumberEntry) bool {
	var sets []map[string]bool
	for _, e := range es {
		if len(e.Actors) == 0 {
			continue
		}
		m := map[string]bool{}
		for _, a := range e.Actors {
			for _, k := range quoteKeys(a) {
				if !stopwords[k] || k == "us" {
					m[k] = true
				}
			}
		}
		sets = append(sets, m)
	}
	for i := range sets {
		for j := i + 1; j < len(sets); j++ {
			shared := false
			for k := range sets[i] {
				if sets[j][k] {
					shared = true
					break
				}
			}
			if !shared {
				return true
			}
		}
	}
	return false
}

// actorsBefore returns the names of a claim that say who acts in it: the
// first name of the claim and the nearest before the figure at code
// point off.
func actorsBefore(text string, off int) []string {
	ws := words(text)
	conv := newRuneCounter(text)
	var runs []string
	var cur []string
	lastEnd := -1
	nearest := ""
	for _, w := range ws {
		if conv.at(w.Start) >= off {
			break
		}
		if w.name {
			if len(cur) > 0 && w.Start-lastEnd > 1 {
				runs = append(runs, strings.Join(cur, " "))
				cur = nil
			}
			cur = append(cur, w.Text)
			lastEnd = w.End
			continue
		}
		if len(cur) > 0 {
			runs = append(runs, strings.Join(cur, " "))
			cur = nil
		}
	}
	if len(cur) > 0 {
		runs = append(runs, strings.Join(cur, " "))
	}
	if len(runs) == 0 {
		return []string{}
	}
	nearest = runs[len(runs)-1]
	if runs[0] == nearest {
		return []string{nearest}
	}
	return []string{runs[0], nearest}
}
