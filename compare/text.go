package compare

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// WriteJSON writes the comparison as an indented JSON document.
func WriteJSON(w io.Writer, c *Comparison) error { return writeJSON(w, c) }

func writeJSON(w io.Writer, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("compare: json: %w", err)
	}
	b = append(b, '\n')
	_, err = w.Write(b)
	return err
}

// WriteText writes a readable summary of the comparison.
func WriteText(w io.Writer, c *Comparison) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	labels := make([]string, len(c.Articles))
	width := 0
	for i, a := range c.Articles {
		labels[i] = a.Label
		width = max(width, utf8.RuneCountInString(a.Label))
	}
	pad := func(s string) string { return s + strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s))) }
	if c.Event != 0 {
		p("Event %d: ", c.Event)
	}
	p("Comparing %d articles\n", len(c.Articles))
	for _, a := range c.Articles {
		title := a.Title
		if title == "" {
			title = "(no title)"
		}
		date := ""
		if a.Published != "" {
			date = ", " + a.Published
		}
		p("  %s  %s (%d claims%s)\n", pad(a.Label), cut(title, 80), a.Claims, date)
	}
	for _, warn := range c.Warnings {
		p("warning: %s\n", warn)
	}

	p("\nSame event: similarity of each pair (%.2f or more: same event)\n", SameEvent)
	p("  %s", pad(""))
	for j := 1; j < len(labels); j++ {
		p("  %6s", cut(labels[j], 6))
	}
	p("\n")
	sim := map[[2]int]Pair{}
	for _, pr := range c.Pairs {
		sim[[2]int{pr.A, pr.B}] = pr
	}
	for i := 0; i+1 < len(labels); i++ {
		p("  %s", pad(labels[i]))
		for j := 1; j < len(labels); j++ {
			if j <= i {
				p("  %6s", "")
				continue
			}
			pr := sim[[2]int{i, j}]
			mark := " "
			if !pr.SameEvent {
				mark = "!"
			}
			p("  %5.2f%s", pr.Similarity, mark)
		}
		p("\n")
	}

	s := c.Syndication
	p("\nSyndication: %d independent %s, %d %s\n", s.Independent, plainPlural(s.Independent, "publisher", "publishers"),
		s.Pickups, plainPlural(s.Pickups, "pickup", "pickups"))
	for _, g := range s.Groups {
		var names []string
		for _, a := range g.Articles {
			names = append(names, labels[a])
		}
		wire := ""
		if g.Wire != "" {
			wire = ", " + g.Wire + " copy"
		}
		p("  one story: %s (%.0f%% of 5-word runs shared%s)\n", strings.Join(names, ", "), 100*g.Containment, wire)
	}
	for _, cr := range s.Credits {
		p("  %s credits %s (%q)\n", labels[cr.Article], cr.Wire, cr.Text)
	}

	writeRelays(p, c, labels)

	counts := map[string]int{}
	for _, r := range c.Rows {
		counts[r.Kind]++
	}
	p("\nAligned claims: %d shared by all, %d by some, %d in one article only\n", counts[Shared], counts[Partial], counts[Unique])
	for _, r := range c.Rows {
		if r.Kind == Unique {
			continue
		}
		p("  #%d %s\n", r.ID, r.Kind)
		for _, cell := range r.Cells {
			p("     %s  %-7s %s\n", pad(labels[cell.Article]), cell.Match, cell.Sourcing)
			p("     %s          %s\n", pad(""), cut(cell.Text, 100))
		}
	}
	if len(c.Omissions) > 0 {
		p("\nLeft out: claims most articles carry\n")
		for _, o := range c.Omissions {
			p("  %s leaves out #%d: %s\n", labels[o.Article], o.Row, cut(c.Rows[o.Row-1].Cells[0].Text, 80))
		}
	}

	if len(c.Numbers) > 0 {
		p("\nNumbers side by side\n")
		for _, slot := range c.Numbers {
			p("  %s (%s): %s\n", slot.Head, slot.Kind, slot.Verdict)
			for _, e := range slot.Entries {
				approx := ""
				if e.Number.Approx != "" {
					approx = e.Number.Approx + " "
				}
				p("     %s  %s%s = %s %s; %s\n", pad(labels[e.Article]), approx, e.Number.Text, figure(e.Number),
					joinNonEmpty(e.Number.Qualifier, e.Number.Noun), e.Sourcing)
			}
			p("     %s\n", slot.Note)
		}
	}

	if len(c.Speakers) > 0 {
		p("\nQuotations by speaker\n")
		for _, sp := range c.Speakers {
			var arts []string
			for _, a := range sp.Articles {
				arts = append(arts, labels[a])
			}
			p("  %s, quoted by %s\n", sp.Name, strings.Join(arts, ", "))
			for _, qi := range sp.Quotes {
				q := c.Quotes[qi]
				p("     %s  “%s”\n", pad(labels[q.Article]), cut(q.Text, 100))
			}
		}
	}
	if len(c.QuoteMatches) > 0 {
		p("\nThe same words in several articles\n")
		for _, m := range c.QuoteMatches {
			a, b := c.Quotes[m.A], c.Quotes[m.B]
			p("  %s / %s: %s", labels[a.Article], labels[b.Article], m.Class)
			if m.Class == QuoteOtherSpeaker {
				p(" (%s / %s; %s)", orNoOne(a.Speaker), orNoOne(b.Speaker), m.Wording)
			}
			p("\n     %s\n", cut(renderOps(m.Diff, a.Text), 200))
		}
	} else if len(c.Quotes) > 0 {
		p("\nNo quotation appears in two articles: each quotes different words.\n")
	}
	return bw.Flush()
}

func orNoOne(s string) string {
	if s == "" {
		return "no one"
	}
	return s
}

// renderOps shows a diff in text: [-deleted-] {+inserted+}.
func renderOps(ops []DiffOp, same string) string {
	if len(ops) == 0 {
		return same
	}
	var b strings.Builder
	for _, o := range ops {
		switch o.Op {
		case Equal:
			b.WriteString(o.Text)
		case Delete:
			b.WriteString(" [-" + strings.TrimSpace(o.Text) + "-] ")
		case Insert:
			b.WriteString(" {+" + strings.TrimSpace(o.Text) + "+} ")
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

func plainPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// cut shortens s to n code points, with an ellipsis.
func cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// writeRelays lists, for each article, the claims it takes from other
// outlets or passes on from unnamed sources, with their chains.
func writeRelays(p func(string, ...any), c *Comparison, labels []string) {
	type relay struct {
		sourcing string
		claims   []int
	}
	per := make([][]*relay, len(c.Articles))
	for _, r := range c.Rows {
		for _, cell := range r.Cells {
			if cell.Class != "outlet" && len(cell.Chain) == 0 {
				continue
			}
			var found *relay
			for _, x := range per[cell.Article] {
				if x.sourcing == cell.Sourcing {
					found = x
				}
			}
			if found == nil {
				found = &relay{sourcing: cell.Sourcing}
				per[cell.Article] = append(per[cell.Article], found)
			}
			found.claims = append(found.claims, cell.Claim)
		}
	}
	any := false
	for _, rs := range per {
		any = any || len(rs) > 0
	}
	if !any {
		return
	}
	p("\nRelayed reporting: other outlets and chains of sources\n")
	for a, rs := range per {
		for _, r := range rs {
			slices.Sort(r.claims)
			var ids []string
			for _, id := range r.claims {
				ids = append(ids, fmt.Sprint(id))
			}
			p("  %s  %s (%s %s)\n", labels[a], r.sourcing, plainPlural(len(ids), "claim", "claims"), strings.Join(ids, ", "))
		}
	}
}
