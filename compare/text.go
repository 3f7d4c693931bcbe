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
	t := newTextWriter(w, c)
	t.articles()
	t.sameEvent()
	t.syndication()
	t.relays()
	t.aligned()
	t.omissions()
	t.numbers()
	t.speakers()
	t.quoteMatches()
	return t.w.Flush()
}

// textWriter writes a comparison as text, a section at a time, with the
// articles' labels padded to one width.
type textWriter struct {
	w      *bufio.Writer
	c      *Comparison
	labels []string
	width  int
}

func newTextWriter(w io.Writer, c *Comparison) *textWriter {
	t := &textWriter{w: bufio.NewWriter(w), c: c, labels: make([]string, len(c.Articles))}
	for i, a := range c.Articles {
		t.labels[i] = a.Label
		t.width = max(t.width, utf8.RuneCountInString(a.Label))
	}
	return t
}

func (t *textWriter) p(format string, args ...any) { printf(t.w, format, args...) }

// pad pads s with spaces to the width of the longest label.
func (t *textWriter) pad(s string) string {
	return s + strings.Repeat(" ", max(0, t.width-utf8.RuneCountInString(s)))
}

// printf formats to w, a bufio.Writer: it keeps the first write error
// and returns it from Flush, which every caller returns.
func printf(w *bufio.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, args...) //nolint:errcheck // w keeps the error for Flush
}

// articles lists the articles compared and the comparison's warnings.
func (t *textWriter) articles() {
	c := t.c
	if c.Event != 0 {
		t.p("Event %d: ", c.Event)
	}
	t.p("Comparing %d articles\n", len(c.Articles))
	for _, a := range c.Articles {
		title := a.Title
		if title == "" {
			title = "(no title)"
		}
		date := ""
		if a.Published != "" {
			date = ", " + a.Published
		}
		t.p("  %s  %s (%d claims%s)\n", t.pad(a.Label), cut(title, 80), a.Claims, date)
	}
	for _, warn := range c.Warnings {
		t.p("warning: %s\n", warn)
	}
}

// sameEvent writes the similarity of each pair of articles as the upper
// triangle of a table, a pair below SameEvent marked "!".
func (t *textWriter) sameEvent() {
	labels := t.labels
	t.p("\nSame event: similarity of each pair (%.2f or more: same event)\n", SameEvent)
	t.p("  %s", t.pad(""))
	for j := 1; j < len(labels); j++ {
		t.p("  %6s", cut(labels[j], 6))
	}
	t.p("\n")
	sim := map[[2]int]Pair{}
	for _, pr := range t.c.Pairs {
		sim[[2]int{pr.A, pr.B}] = pr
	}
	for i := 0; i+1 < len(labels); i++ {
		t.p("  %s", t.pad(labels[i]))
		for j := 1; j < len(labels); j++ {
			if j <= i {
				t.p("  %6s", "")
				continue
			}
			pr := sim[[2]int{i, j}]
			mark := " "
			if !pr.SameEvent {
				mark = "!"
			}
			t.p("  %5.2f%s", pr.Similarity, mark)
		}
		t.p("\n")
	}
}

// syndication writes the independent publishers, the stories several
// articles share and the wire credits.
func (t *textWriter) syndication() {
	s := t.c.Syndication
	t.p("\nSyndication: %d independent %s, %d %s\n", s.Independent, plainPlural(s.Independent, "publisher", "publishers"),
		s.Pickups, plainPlural(s.Pickups, "pickup", "pickups"))
	for _, g := range s.Groups {
		var names []string
		for _, a := range g.Articles {
			names = append(names, t.labels[a])
		}
		wire := ""
		if g.Wire != "" {
			wire = ", " + g.Wire + " copy"
		}
		t.p("  one story: %s (%.0f%% of 5-word runs shared%s)\n", strings.Join(names, ", "), 100*g.Containment, wire)
	}
	for _, cr := range s.Credits {
		t.p("  %s credits %s (%q)\n", t.labels[cr.Article], cr.Wire, cr.Text)
	}
}

// aligned counts the rows of each kind and lists those of more than one
// article, cell by cell.
func (t *textWriter) aligned() {
	counts := map[string]int{}
	for _, r := range t.c.Rows {
		counts[r.Kind]++
	}
	t.p("\nAligned claims: %d shared by all, %d by some, %d in one article only\n", counts[Shared], counts[Partial], counts[Unique])
	for _, r := range t.c.Rows {
		if r.Kind == Unique {
			continue
		}
		t.p("  #%d %s\n", r.ID, r.Kind)
		for _, cell := range r.Cells {
			t.p("     %s  %-7s %s\n", t.pad(t.labels[cell.Article]), cell.Match, cell.Sourcing)
			t.p("     %s          %s\n", t.pad(""), cut(cell.Text, 100))
		}
	}
}

// omissions lists the rows most articles carry that an article leaves
// out.
func (t *textWriter) omissions() {
	c := t.c
	if len(c.Omissions) == 0 {
		return
	}
	t.p("\nLeft out: claims most articles carry\n")
	for _, o := range c.Omissions {
		t.p("  %s leaves out #%d: %s\n", t.labels[o.Article], o.Row, cut(c.Rows[o.Row-1].Cells[0].Text, 80))
	}
}

// numbers writes each slot of figures with every article's figure and
// the verdict.
func (t *textWriter) numbers() {
	if len(t.c.Numbers) == 0 {
		return
	}
	t.p("\nNumbers side by side\n")
	for _, slot := range t.c.Numbers {
		t.p("  %s (%s): %s\n", slot.Head, slot.Kind, slot.Verdict)
		for _, e := range slot.Entries {
			approx := ""
			if e.Number.Approx != "" {
				approx = e.Number.Approx + " "
			}
			t.p("     %s  %s%s = %s %s; %s\n", t.pad(t.labels[e.Article]), approx, e.Number.Text, figure(e.Number),
				joinNonEmpty(e.Number.Qualifier, e.Number.Noun), e.Sourcing)
		}
		t.p("     %s\n", slot.Note)
	}
}

// speakers writes the quotations of each speaker and the articles that
// quote them.
func (t *textWriter) speakers() {
	c := t.c
	if len(c.Speakers) == 0 {
		return
	}
	t.p("\nQuotations by speaker\n")
	for _, sp := range c.Speakers {
		var arts []string
		for _, a := range sp.Articles {
			arts = append(arts, t.labels[a])
		}
		t.p("  %s, quoted by %s\n", sp.Name, strings.Join(arts, ", "))
		for _, qi := range sp.Quotes {
			q := c.Quotes[qi]
			t.p("     %s  “%s”\n", t.pad(t.labels[q.Article]), cut(q.Text, 100))
		}
	}
}

// quoteMatches writes the quotations found in two articles, how they
// differ, or that there are none.
func (t *textWriter) quoteMatches() {
	c := t.c
	if len(c.QuoteMatches) == 0 {
		if len(c.Quotes) > 0 {
			t.p("\nNo quotation appears in two articles: each quotes different words.\n")
		}
		return
	}
	t.p("\nThe same words in several articles\n")
	for _, m := range c.QuoteMatches {
		a, b := c.Quotes[m.A], c.Quotes[m.B]
		t.p("  %s / %s: %s", t.labels[a.Article], t.labels[b.Article], m.Class)
		if m.Class == QuoteOtherSpeaker {
			t.p(" (%s / %s; %s)", orNoOne(a.Speaker), orNoOne(b.Speaker), m.Wording)
		}
		t.p("\n     %s\n", cut(renderOps(m.Diff, a.Text), 200))
	}
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

// relays lists, for each article, the claims it takes from other
// outlets or passes on from unnamed sources, with their chains.
func (t *textWriter) relays() {
	c := t.c
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
	t.p("\nRelayed reporting: other outlets and chains of sources\n")
	for a, rs := range per {
		for _, r := range rs {
			slices.Sort(r.claims)
			var ids []string
			for _, id := range r.claims {
				ids = append(ids, fmt.Sprint(id))
			}
			t.p("  %s  %s (%s %s)\n", t.labels[a], r.sourcing, plainPlural(len(ids), "claim", "claims"), strings.Join(ids, ", "))
		}
	}
}
