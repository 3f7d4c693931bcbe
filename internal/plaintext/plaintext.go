package plaintext

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
)

// ErrEmpty is returned, wrapped, for input with no text: empty, white space
// only, or (for Markdown) nothing but front matter and markup.
var ErrEmpty = errors.New("no text")

const bom = "\uFEFF"

// ParseText reads a plain-text article. raw must already be UTF-8. The
// document's Text is the file's own text (a leading byte order mark
// dropped, line ends kept as they are), so a single exact anchor maps it to
// raw; every block's Source is its byte offset in raw.
func ParseText(raw []byte) (*article.Document, error) {
	off := 0
	if len(raw) >= len(bom) && string(raw[:len(bom)]) == bom {
		off = len(bom)
	}
	text := string(raw[off:])
	units := segmentText(text)
	if len(units) == 0 {
		return nil, fmt.Errorf("plaintext: %w", ErrEmpty)
	}
	doc := &article.Document{
		Format:  article.Text,
		Text:    text,
		Raw:     raw,
		Anchors: []article.Anchor{{Text: 0, Raw: off, Exact: true}},
	}
	doc.Blocks = classify(text, units, &doc.Meta)
	for i := range doc.Blocks {
		doc.Blocks[i].Source = doc.Blocks[i].Start + off
	}
	finishMeta(&doc.Meta)
	doc.Index()
	return doc, nil
}

// segmentText cuts plain text into candidate blocks: runs of lines between
// blank lines, further cut where the file's layout says a line is a
// paragraph of its own, and at list items and quotation lines.
func segmentText(text string) []unit {
	lines := splitLines(text)
	marks := make([]marker, len(lines))
	nonBlank := 0
	for i, l := range lines {
		if !l.blank() {
			marks[i] = textMarker(text, l)
			nonBlank++
		}
	}
	lay := detectLayout(lines, func(i int) bool { return marks[i].kind == "" })
	units := make([]unit, 0, nonBlank)
	cur := -1 // index into units of the open unit
	gap := true
	for i, l := range lines {
		m := marks[i]
		if l.blank() || m.kind == article.Quote && m.content >= l.ce {
			// A blank line, or a bare ">" inside a quotation, ends a block.
			cur = -1
			gap = true
			continue
		}
		if cur >= 0 && continues(text, lines[i-1], l, m, units[cur], lay) {
			units[cur].End = l.ce
			units[cur].lines++
			continue
		}
		if cur >= 0 && breaks(text, lines[i-1], l, m, units[cur]) {
			units[cur].End = l.ce
			units[cur].lines++
			units[cur].broken++
			continue
		}
		u := unit{Span: article.Span{Start: l.cs, End: l.ce}, kind: article.Paragraph, lines: 1, gap: gap}
		if m.kind != "" {
			u.kind = m.kind
			u.Start = m.content
			u.marker = m.sym
			if u.Start >= u.End {
				// A bare marker: keep the marker itself as the block.
				u.Start = l.cs
			}
		}
		units = append(units, u)
		cur = len(units) - 1
		gap = false
	}
	return units
}

// continues reports whether line l continues the open unit u rather than
// starting a block of its own.
func continues(text string, prev, l line, m marker, u unit, lay layout) bool {
	if m.kind == article.Quote {
		return u.kind == article.Quote && u.marker == '>'
	}
	if lay.perLine {
		return false
	}
	full := prev.runes+1+firstWordRunes(text[l.cs:l.ce]) > lay.width
	switch {
	case m.kind != "":
		return false
	case u.kind == article.ListItem:
		return full || l.cs > l.start
	case l.cs > l.start && prev.cs == prev.start:
		return false // an indented first line opens a paragraph
	}
	return full
}

// breaks reports whether line l continues the open paragraph u though the
// layout would start a block: the line break falls inside a sentence, as
// in a post or pull quote set in short lines, or a note pasted with its
// line breaks ("... who has" / "repeatedly pledged ...").
func breaks(text string, prev, l line, m marker, u unit) bool {
	return m.kind == "" && u.kind == article.Paragraph && brokenAt(text, prev, l)
}

// brokenAt reports whether the line break between prev and l falls inside
// a sentence: prev ends in a letter, a digit or a comma, and l opens with a
// lower-case letter. No paragraph ends so; a post or pull quote set in
// short lines, or a note pasted with its line breaks, does.
func brokenAt(text string, prev, l line) bool {
	last, _ := utf8.DecodeLastRuneInString(text[prev.cs:prev.ce])
	first, _ := utf8.DecodeRuneInString(text[l.cs:l.ce])
	return (last == ',' || unicode.IsLetter(last) || unicode.IsDigit(last)) && unicode.IsLower(first)
}

// marker is a list or quotation marker at the start of a line.
type marker struct {
	kind    article.BlockKind // ListItem or Quote; "" for none
	sym     byte              // '-' for bullets, '1' for numbers, '>' for quotes
	content int               // where the item's text starts
}

// textMarker finds a list bullet, list number or quotation mark opening a
// plain-text line.
func textMarker(s string, l line) marker {
	i := l.cs
	c := s[i]
	if strings.Trim(s[i:l.ce], "-*_•·=~ \t") == "" {
		return marker{} // a separator line: "* * *", "- - -"
	}
	switch {
	case c == '>':
		j := i + 1
		for j < l.ce && s[j] == '>' {
			j++
		}
		cs, _ := trimSpace(s, j, l.ce)
		return marker{kind: article.Quote, sym: '>', content: cs}
	case c == '-' || c == '*' || c == '+':
		if i+1 < l.ce && (s[i+1] == ' ' || s[i+1] == '\t') {
			cs, _ := trimSpace(s, i+1, l.ce)
			return marker{kind: article.ListItem, sym: '-', content: cs}
		}
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRuneInString(s[i:l.ce])
		switch r {
		case '•', '·', '▪', '◦', '‣', '●', '▸', '►', '➤', '✓', '✔':
			if i+n < l.ce {
				cs, _ := trimSpace(s, i+n, l.ce)
				return marker{kind: article.ListItem, sym: '-', content: cs}
			}
		}
	case '0' <= c && c <= '9' || c == '(' || c == '[':
		if j, ok := numberMarker(s, i, l.ce); ok {
			cs, _ := trimSpace(s, j, l.ce)
			return marker{kind: article.ListItem, sym: '1', content: cs}
		}
	}
	return marker{}
}

// numberMarker matches "1. ", "1) ", "(1) " or "[1] " at s[i:] and returns
// the offset after it.
func numberMarker(s string, i, end int) (int, bool) {
	open := byte(0)
	if s[i] == '(' || s[i] == '[' {
		open = s[i]
		i++
	}
	j := i
	for j < end && j-i < 3 && '0' <= s[j] && s[j] <= '9' {
		j++
	}
	if j == i || j >= end {
		return 0, false
	}
	switch {
	case open == '(' && s[j] == ')', open == '[' && s[j] == ']':
	case open == 0 && (s[j] == '.' || s[j] == ')'):
	default:
		return 0, false
	}
	j++
	if j >= end || s[j] != ' ' && s[j] != '\t' {
		return 0, false
	}
	return j, true
}
