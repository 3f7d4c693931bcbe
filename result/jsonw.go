package result

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonWriter appends JSON as json.MarshalIndent(v, prefix, "  ") writes
// it, byte for byte, without reflection: the encoder writes long
// articles a claim at a time with it. Its output is checked against
// encoding/json by tests and a fuzz target.
type jsonWriter struct {
	b      []byte
	prefix string
	depth  int
	empty  []bool // per open object or array: nothing written in it yet
	// compact writes no white space, as json.Marshal does.
	compact bool
	// flush, when set, takes what b holds between list elements once it
	// passes 32 KiB.
	flush func()
}

func (w *jsonWriter) article(a *Article) {
	w.open('{')
	w.str("input", a.Input)
	w.str("format", a.Format)
	w.key("meta")
	w.meta(&a.Meta)
	w.str("text", a.Text)
	if w.flush != nil {
		w.flush()
	}
	w.key("blocks")
	each(w, a.Blocks, w.block)
	w.key("claims")
	each(w, a.Claims, w.claim)
	w.key("quotations")
	each(w, a.Quotations, w.span)
	w.key("findings")
	each(w, a.Findings, w.finding)
	w.key("summary")
	w.summary(&a.Summary)
	w.close('}')
}

// each writes a list, element by element, flushing as it goes.
func each[T any](w *jsonWriter, xs []T, write func(*T)) {
	if xs == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for i := range xs {
		w.next()
		write(&xs[i])
		if w.flush != nil && len(w.b) >= 32<<10 {
			w.flush()
		}
	}
	w.close(']')
}

func (w *jsonWriter) reset(prefix string) {
	w.b, w.prefix, w.depth, w.empty = w.b[:0], prefix, 0, w.empty[:0]
}

func (w *jsonWriter) newline() {
	if w.compact {
		return
	}
	w.b = append(w.b, '\n')
	w.b = append(w.b, w.prefix...)
	for range w.depth {
		w.b = append(w.b, "  "...)
	}
}

// next starts a member or element: a comma after the one before, then a
// new line.
func (w *jsonWriter) next() {
	if n := len(w.empty); n > 0 {
		if !w.empty[n-1] {
			w.b = append(w.b, ',')
		}
		w.empty[n-1] = false
		w.newline()
	}
}

func (w *jsonWriter) open(c byte) {
	w.b = append(w.b, c)
	w.depth++
	w.empty = append(w.empty, true)
}

func (w *jsonWriter) close(c byte) {
	n := len(w.empty)
	wasEmpty := w.empty[n-1]
	w.empty = w.empty[:n-1]
	w.depth--
	if !wasEmpty {
		w.newline()
	}
	w.b = append(w.b, c)
}

func (w *jsonWriter) key(k string) {
	w.next()
	w.b = appendString(w.b, k)
	w.b = append(w.b, ':')
	if !w.compact {
		w.b = append(w.b, ' ')
	}
}

func (w *jsonWriter) str(k, v string) { w.key(k); w.b = appendString(w.b, v) }
func (w *jsonWriter) num(k string, v int) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(v), 10)
}
func (w *jsonWriter) boolean(k string, v bool) { w.key(k); w.b = strconv.AppendBool(w.b, v) }
func (w *jsonWriter) null(k string)            { w.key(k); w.b = append(w.b, "null"...) }

func (w *jsonWriter) float(k string, f float64) {
	w.key(k)
	w.b = appendFloat(w.b, f)
}

func (w *jsonWriter) strings(k string, vs []string) {
	w.key(k)
	if vs == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, v := range vs {
		w.next()
		w.b = appendString(w.b, v)
	}
	w.close(']')
}

func (w *jsonWriter) meta(m *Meta) {
	w.open('{')
	w.str("title", m.Title)
	w.str("outlet", m.Outlet)
	w.strings("authors", m.Authors)
	w.str("published", m.Published)
	w.str("url", m.URL)
	w.str("language", m.Language)
	w.close('}')
}

func (w *jsonWriter) block(b *Block) {
	w.open('{')
	w.str("kind", b.Kind)
	w.num("start", b.Start)
	w.num("end", b.End)
	if b.Line != 0 {
		w.num("line", b.Line)
	}
	if b.Column != 0 {
		w.num("column", b.Column)
	}
	w.close('}')
}

func (w *jsonWriter) span(s *Span) {
	w.open('{')
	w.num("start", s.Start)
	w.num("end", s.End)
	w.close('}')
}

func (w *jsonWriter) claim(c *Claim) {
	w.open('{')
	w.num("id", c.ID)
	w.str("text", c.Text)
	w.num("start", c.Start)
	w.num("end", c.End)
	w.num("block", c.Block)
	if c.Line != 0 {
		w.num("line", c.Line)
	}
	if c.Column != 0 {
		w.num("column", c.Column)
	}
	if a := c.Attribution; a != nil {
		w.str("class", a.Class)
		w.key("source")
		w.source(a.Source)
		w.key("cue")
		w.cue(a.Cue)
		w.str("quote", a.Quote)
		if a.InheritedFrom == nil {
			w.null("inherited_from")
		} else {
			w.num("inherited_from", *a.InheritedFrom)
		}
		w.key("chain")
		if a.Chain == nil {
			w.b = append(w.b, "null"...)
		} else {
			w.open('[')
			for _, s := range a.Chain {
				w.next()
				w.source(s)
			}
			w.close(']')
		}
		w.float("confidence", a.Confidence)
	}
	w.close('}')
}

func (w *jsonWriter) source(s *Source) {
	if s == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('{')
	w.str("name", s.Name)
	w.str("span", s.Span)
	w.num("start", s.Start)
	w.num("end", s.End)
	w.str("type", s.Type)
	w.str("role", s.Role)
	w.boolean("official", s.Official)
	if s.Count != 0 {
		w.num("count", s.Count)
	}
	if s.Affiliation != "" {
		w.str("affiliation", s.Affiliation)
	}
	if s.Seniority != "" {
		w.str("seniority", s.Seniority)
	}
	if s.AnonymityReason != "" {
		w.str("anonymity_reason", s.AnonymityReason)
	}
	if s.Exclusive {
		w.boolean("exclusive", true)
	}
	if s.Confirmed {
		w.boolean("confirmed", true)
	}
	w.close('}')
}

func (w *jsonWriter) cue(c *Cue) {
	if c == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('{')
	w.str("text", c.Text)
	w.str("lemma", c.Lemma)
	w.num("start", c.Start)
	w.num("end", c.End)
	if c.Loaded {
		w.boolean("loaded", true)
	}
	w.close('}')
}

func (w *jsonWriter) finding(f *Finding) {
	w.open('{')
	w.str("rule", f.Rule)
	w.str("severity", f.Severity)
	w.num("claim", f.Claim)
	w.str("message", f.Message)
	w.num("start", f.Start)
	w.num("end", f.End)
	w.num("line", f.Line)
	w.num("column", f.Column)
	w.num("end_line", f.EndLine)
	w.num("end_column", f.EndColumn)
	w.close('}')
}

func (w *jsonWriter) summary(s *Summary) {
	w.open('{')
	for _, f := range s.fields() {
		w.key(f.key)
		if f.isString {
			w.b = appendString(w.b, f.s)
		} else {
			w.b = strconv.AppendInt(w.b, int64(f.n), 10)
		}
	}
	w.close('}')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string the way encoding/json does:
// HTML characters, U+2028 and U+2029 escaped, invalid UTF-8 replaced.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat appends f as encoding/json writes a float64.
func appendFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...) // encoding/json refuses these; an analyzer never gives them
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
