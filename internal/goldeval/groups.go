package goldeval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
)

// Group is the score of the gold documents of one group: the articles of
// one outlet, say.
type Group struct {
	Name   string
	Docs   int // documents of the group in the gold file
	Report *Report
}

// ScoreGroups scores the documents of each group apart, with the same
// figures as Score. group names the group of a gold document; groups come
// back sorted by name.
func ScoreGroups(gold []Item, preds map[string][]Claim, group func(doc string) string, opts Options) []Group {
	byName := map[string][]Item{}
	docs := map[string]map[string]bool{}
	for _, g := range gold {
		name := group(g.Doc)
		byName[name] = append(byName[name], g)
		if docs[name] == nil {
			docs[name] = map[string]bool{}
		}
		docs[name][g.Doc] = true
	}
	out := make([]Group, 0, len(byName))
	for name, items := range byName {
		out = append(out, Group{Name: name, Docs: len(docs[name]), Report: Score(items, preds, opts)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// WriteGroups prints one line a group with the figures of the summary
// line, then their macro average over groups, so that a group that scores
// well cannot hide one that does not. A figure a group has no gold items
// for (source accuracy with no sourced claims, leakage with no bylines or
// boilerplate) is shown as "-" and left out of the average.
func WriteGroups(w io.Writer, groups []Group) error {
	bw := bufio.NewWriter(w)
	width := len("macro over outlets")
	for _, g := range groups {
		width = max(width, len([]rune(g.Name)))
	}
	printf(bw, "%-*s %5s %6s %8s %8s %8s %10s %7s\n", width, "outlet", "docs", "claims",
		"macro_f1", "accuracy", "coverage", "source_acc", "leakage")
	figure := func(v float64, n, width int) string {
		if n == 0 {
			return fmt.Sprintf("%*s", width, "-")
		}
		return fmt.Sprintf("%*.3f", width, v)
	}
	for _, g := range groups {
		s := g.Report.Summary()
		printf(bw, "%-*s %5d %6d %8.3f %8.3f %8.3f %s %s\n", width, g.Name, g.Docs, s.Claims,
			s.MacroF1, s.Accuracy, s.Coverage, figure(s.SourceAccuracy, g.Report.SourceTotal, 10), figure(s.Leakage, g.Report.LeakTotal, 7))
	}
	if len(groups) == 0 {
		return bw.Flush()
	}
	m := MacroGroups(groups)
	printf(bw, "%-*s %5s %6d %8.3f %8.3f %8.3f %10.3f %7.3f\n", width, "macro over outlets", "", m.Claims,
		m.MacroF1, m.Accuracy, m.Coverage, m.SourceAccuracy, m.Leakage)
	return bw.Flush()
}

// MacroGroups averages each figure of the summary over the groups that
// have gold items for it; Claims is their sum.
func MacroGroups(groups []Group) Summary {
	var m Summary
	var n, nSource, nLeak float64
	for _, g := range groups {
		s := g.Report.Summary()
		m.Claims += s.Claims
		if g.Report.Claims > 0 {
			m.MacroF1 += s.MacroF1
			m.Accuracy += s.Accuracy
			m.Coverage += s.Coverage
			n++
		}
		if g.Report.SourceTotal > 0 {
			m.SourceAccuracy += s.SourceAccuracy
			nSource++
		}
		if g.Report.LeakTotal > 0 {
			m.Leakage += s.Leakage
			nLeak++
		}
	}
	div := func(v *float64, n float64) {
		if n > 0 {
			*v /= n
		}
	}
	div(&m.MacroF1, n)
	div(&m.Accuracy, n)
	div(&m.Coverage, n)
	div(&m.SourceAccuracy, nSource)
	div(&m.Leakage, nLeak)
	return m
}
