package printer

import (
	"strconv"
	"strings"
)

// The claims of an article's text are written here in Go rather than by
// the template: an article has hundreds of them, each a score of values,
// and the template engine spent most of a page's time on them. The bytes
// are those the template gave: text is escaped as html/template escapes
// element content and quoted attributes, and fragment links as it
// escapes the end of a URL.

// htmlEscapes are the bytes html/template escapes in element content and
// in quoted attribute values, and what it writes for each.
var htmlEscapes = [256]string{0: "\uFFFD", '"': "&#34;", '&': "&amp;", '\'': "&#39;", '+': "&#43;", '<': "&lt;", '>': "&gt;"}

// WriteEscaped writes s to b escaped as html/template escapes element
// content and quoted attribute values: for pages of one's own written in
// Go that show the same bytes as a template. (A strings.Builder never
// fails to write.)
func WriteEscaped(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		if e := htmlEscapes[s[i]]; e != "" {
			b.WriteString(s[last:i])
			b.WriteString(e)
			last = i + 1
		}
	}
	b.WriteString(s[last:])
}

// writeSegs writes a block's text, its claims highlighted.
func writeSegs(b *strings.Builder, segs []htmlSeg) {
	for _, s := range segs {
		if s.Claim != nil {
			writeClaim(b, s.Claim)
		} else {
			WriteEscaped(b, s.Text)
		}
	}
}

// writeClaim writes a claim: its text with the source and cue marked, its
// class as a label, and the tooltip with its source, cue and findings.
func writeClaim(b *strings.Builder, c *htmlClaim) {
	b.WriteString(`<mark class="claim c-`)
	WriteEscaped(b, c.Class)
	b.WriteString(`" id="`)
	WriteEscaped(b, c.ID)
	b.WriteString(`" tabindex="0" aria-describedby="`)
	WriteEscaped(b, c.ID)
	b.WriteString(`-tip"><span class="tag">`)
	WriteEscaped(b, c.Label)
	b.WriteString(`</span> `)
	for _, p := range c.Parts {
		switch p.Kind {
		case "src", "cue":
			b.WriteString(`<span class="` + p.Kind + `">`)
			WriteEscaped(b, p.Text)
			b.WriteString(`</span>`)
		default:
			WriteEscaped(b, p.Text)
		}
	}
	b.WriteString(`<span class="tip" role="tooltip" id="`)
	WriteEscaped(b, c.ID)
	b.WriteString(`-tip"><span class="tip-head">Claim `)
	b.WriteString(strconv.Itoa(c.N))
	if c.Position != "" {
		b.WriteString(", line ")
		WriteEscaped(b, c.Position)
	}
	b.WriteString(": ")
	WriteEscaped(b, c.Label)
	b.WriteString(`</span>`)
	switch {
	case c.Source != "":
		b.WriteString(` <span class="tip-row">Source: `)
		WriteEscaped(b, c.Source)
		if c.Role != "" {
			b.WriteString(" (")
			WriteEscaped(b, c.Role)
			b.WriteString(")")
		}
		if c.Type != "" {
			b.WriteString(", ")
			WriteEscaped(b, c.Type)
		}
		b.WriteString(`</span>`)
	case c.Class == "unsourced":
		b.WriteString(` <span class="tip-row">Source: none; the writer states it</span>`)
	}
	if c.Cue != "" {
		b.WriteString(` <span class="tip-row">Cue: “`)
		WriteEscaped(b, c.Cue)
		b.WriteString(`”`)
		if c.Loaded {
			b.WriteString(" (loaded)")
		}
		b.WriteString(`</span>`)
	}
	for _, row := range []struct{ label, value string }{{"Quotation", c.Quote}, {"Anonymity", c.Reason}} {
		if row.value != "" {
			b.WriteString(` <span class="tip-row">` + row.label + `: `)
			WriteEscaped(b, row.value)
			b.WriteString(`</span>`)
		}
	}
	if c.Inherited != nil {
		b.WriteString(` <span class="tip-row">Carried from `)
		writeRef(b, *c.Inherited)
		b.WriteString(`</span>`)
	}
	if len(c.Chain) > 0 {
		b.WriteString(` <span class="tip-row">Relayed from: `)
		for i, s := range c.Chain {
			if i > 0 {
				b.WriteString("; ")
			}
			WriteEscaped(b, s)
		}
		b.WriteString(`</span>`)
	}
	if len(c.Findings) > 0 {
		b.WriteString(` <span class="tip-row">Findings: `)
		for i, f := range c.Findings {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRef(b, f)
		}
		b.WriteString(`</span>`)
	}
	b.WriteString(`</span></mark>`)
}

// writeRef writes a link to an element of the page.
func writeRef(b *strings.Builder, r htmlRef) {
	b.WriteString(`<a href="#`)
	b.WriteString(fragment(r.ID))
	b.WriteString(`">`)
	WriteEscaped(b, r.Label)
	b.WriteString(`</a>`)
}

// fragment escapes an element id for the end of a URL as html/template
// does: every byte but letters, digits and -._~ percent-encoded.
func fragment(id string) string {
	var b strings.Builder
	for i := 0; i < len(id); i++ {
		c := id[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteString("%" + strings.ToUpper(strconv.FormatUint(uint64(c)>>4, 16)) + strings.ToUpper(strconv.FormatUint(uint64(c)&15, 16)))
	}
	return b.String()
}
