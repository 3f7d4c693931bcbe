package printer

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/pipeline"
)

// Text prints one readable block per article.
type Text struct {
	w    *bufio.Writer
	opts Options
	n    int
}

// NewText returns a text printer writing to w.
func NewText(w io.Writer, opts Options) *Text {
	return &Text{w: bufio.NewWriter(w), opts: opts}
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
)

var classColor = map[attribution.Class]string{
	attribution.Named:     "\x1b[32m", // green
	attribution.Anonymous: "\x1b[33m", // yellow
	attribution.Outlet:    "\x1b[36m", // cyan
	attribution.Unsourced: "\x1b[31m", // red
}

func (p *Text) paint(code, s string) string {
	if !p.opts.Color || code == "" {
		return s
	}
	return code + s + ansiReset
}

// Article implements Printer.
func (p *Text) Article(a *pipeline.Article) error {
	doc := a.Doc
	if p.n > 0 {
		p.w.WriteString("\n")
	}
	p.n++
	fmt.Fprintf(p.w, "%s\n", p.paint(ansiBold, doc.Input))
	if doc.Meta.Title != "" {
		fmt.Fprintf(p.w, "  %s\n", doc.Meta.Title)
	}
	var meta []string
	if doc.Meta.Outlet != "" {
		meta = append(meta, doc.Meta.Outlet)
	}
	if len(doc.Meta.Authors) > 0 {
		meta = append(meta, "by "+strings.Join(doc.Meta.Authors, ", "))
	}
	if doc.Meta.Published != "" {
		meta = append(meta, doc.Meta.Published)
	}
	if len(meta) > 0 {
		fmt.Fprintf(p.w, "  %s\n", p.paint(ansiDim, strings.Join(meta, " · ")))
	}
	counts := map[attribution.Class]int{}
	analysed := false
	for _, c := range a.Claims {
		if c.Class != "" {
			analysed = true
			counts[c.Class]++
		}
	}
	line := fmt.Sprintf("%d claims in %d blocks", len(a.Claims), len(doc.Blocks))
	if analysed {
		var parts []string
		for _, k := range attribution.Classes {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
		}
		line += ": " + strings.Join(parts, ", ")
	}
	fmt.Fprintf(p.w, "  %s\n\n", line)
	for _, c := range a.Claims {
		pos := doc.Position(c.Start)
		loc := ""
		if pos.Line > 0 {
			loc = fmt.Sprintf("%d:%d", pos.Line, pos.Column)
		}
		text := clip(doc.Slice(c.Span), 100)
		if !analysed {
			fmt.Fprintf(p.w, "  %3d %-8s %s\n", c.ID, loc, text)
			continue
		}
		label := fmt.Sprintf("%-9s", c.Class)
		fmt.Fprintf(p.w, "  %3d %-8s %s %s\n", c.ID, loc, p.paint(classColor[c.Class], label), text)
		if c.Source != nil {
			src := c.Source.Name
			if c.Cue != nil {
				src += " — " + c.Cue.Text
			}
			if c.InheritedFrom > 0 {
				src += fmt.Sprintf(" (carried from claim %d)", c.InheritedFrom)
			}
			for _, ch := range c.Chain {
				src += " ← " + ch.Name
			}
			fmt.Fprintf(p.w, "  %3s %-8s %s %s\n", "", "", strings.Repeat(" ", 9), p.paint(ansiDim, "source: "+src))
		}
	}
	return nil
}

// InputError implements Printer. Errors go to stderr from the command;
// the text format does not repeat them.
func (p *Text) InputError(string, error) error { return nil }

// Close implements Printer.
func (p *Text) Close() error { return p.w.Flush() }

// clip shortens s to at most n runes on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
