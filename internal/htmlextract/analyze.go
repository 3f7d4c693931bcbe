package htmlextract

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// inlineTag reports elements that flow inside a block of text.
func inlineTag(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data,
		atom.Dfn, atom.Em, atom.Font, atom.I, atom.Kbd, atom.Mark, atom.Q, atom.S,
		atom.Samp, atom.Small, atom.Span, atom.Strong, atom.Sub, atom.Sup, atom.Time,
		atom.U, atom.Var, atom.Big, atom.Tt, atom.Strike, atom.Del, atom.Ins, atom.Label,
		atom.Nobr, atom.Img, atom.Br, atom.Wbr, atom.Acronym, atom.Blink, atom.Rb,
		atom.Rp, atom.Rt, atom.Rtc, atom.Ruby, atom.Output, atom.Picture, atom.Source:
		return true
	}
	return false
}

// countChars counts the non-space bytes of s and its commas.
func countChars(s []byte) (chars, commas int32) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isSpaceByte(c) {
				chars++
				if c == ',' {
					commas++
				}
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(s[i:])
		if !unicode.IsSpace(r) {
			chars += i32(n)
			if r == '，' || r == '、' || r == '،' {
				commas++
			}
		}
		i += n
	}
	return chars, commas
}

// stats computes, bottom-up, the visible text of every subtree, leaving out
// dropped, hidden and removed subtrees. It also sets end.
func (t *tree) stats(skip uint32) {
	ns := t.nodes
	for i := range ns {
		ns[i].end = int32(i + 1)
		ns[i].linkChars, ns[i].pChars = 0, 0
		if ns[i].kind == elementNode {
			ns[i].chars, ns[i].commas = 0, 0
		}
	}
	for i := len(ns) - 1; i > 0; i-- {
		n := &ns[i]
		if n.kind == textNode {
			if n.flags&fSpace == 0 && n.chars == 0 && n.tLen > 0 {
				n.chars, n.commas = countChars(t.text[n.tOff : n.tOff+n.tLen])
				if n.chars == 0 {
					n.flags |= fSpace
				}
			}
			if n.flags&fLinkish != 0 {
				n.linkChars = n.chars
			}
		} else if n.tag == atom.P || n.tag == atom.Pre {
			n.pChars = n.chars
		}
		p := &ns[n.parent]
		if n.end > p.end {
			p.end = n.end
		}
		if n.flags&skip != 0 {
			continue
		}
		p.chars += n.chars
		p.linkChars += n.linkChars
		p.pChars += n.pChars
		p.commas += n.commas
	}
}

// firstChild returns the first child of element i, or -1. Children follow
// their parent in t.nodes, up to its end (set by stats).
func (t *tree) firstChild(i int32) int32 {
	if i+1 < t.nodes[i].end {
		return i + 1
	}
	return -1
}

// nextSibling returns the sibling after node c, or -1.
func (t *tree) nextSibling(c int32) int32 {
	next := t.nodes[c].end
	if p := t.nodes[c].parent; p >= 0 && next < t.nodes[p].end {
		return next
	}
	return -1
}

// linkDensity is the share of a subtree's text inside links.
func (n *node) linkDensity() float32 {
	if n.chars == 0 {
		return 0
	}
	return float32(n.linkChars) / float32(n.chars)
}

// removeBoilerplate marks as fRemoved the subtrees that their tag, class, id
// or role names as boilerplate, unless the subtree holds most of the page's
// paragraphs or a marked article body.
func (t *tree) removeBoilerplate() {
	ns := t.nodes
	// Which subtrees contain an explicit article-body marker.
	hasBody := make([]bool, len(ns))
	for i := len(ns) - 1; i > 0; i-- {
		if ns[i].flags&fArticleBody != 0 && ns[i].chars > 200 {
			hasBody[i] = true
		}
		if hasBody[i] {
			hasBody[ns[i].parent] = true
		}
	}
	total := ns[t.body].pChars
	if total == 0 {
		total = ns[t.body].chars
	}
	for i := 1; i < len(ns); {
		n := &ns[i]
		if n.kind != elementNode || n.flags&(fDrop|fHidden) != 0 {
			i++
			continue
		}
		if t.isBoiler(n, hasBody[i], total) {
			n.flags |= fRemoved
			// A boilerplate heading that opens its container ("Related
			// stories") names the whole container.
			if isHeading(n.tag) && n.flags&fStrongBoiler != 0 {
				p := n.parent
				pn := &ns[p]
				if p != t.body && pn.flags&fArticleBody == 0 && !hasBody[p] && t.firstTextChild(p) == i32(i) {
					pn.flags |= fRemoved
					i = int(pn.end)
					continue
				}
			}
			i = int(n.end)
			continue
		}
		i++
	}
}

func (t *tree) isBoiler(n *node, holdsBody bool, total int32) bool {
	f := n.flags
	big := total > 0 && n.pChars*2 > total
	if holdsBody && f&fArticleBody == 0 {
		// Wraps the marked body: keep unless it is a hard drop.
		return false
	}
	if f&fArticleBody != 0 || f&fEmbed != 0 && n.linkDensity() < 0.5 {
		return false
	}
	switch n.tag {
	case atom.Nav, atom.Aside, atom.Footer, atom.Menu:
		return !big
	case atom.Header:
		// A header may hold the standfirst under the title.
		return n.pChars < 100 || !big && n.pChars*5 < n.chars*2
	case atom.Form:
		return !big && n.pChars < 400
	case atom.Figure, atom.Figcaption:
		return n.pChars < 800
	}
	if f&fStrongBoiler != 0 {
		return !big
	}
	if f&fBoiler != 0 {
		return !big
	}
	if f&fByline != 0 && (n.chars < 300 || n.chars < 1000 && n.pChars < 500 && !big) {
		return true
	}
	if f&fCaption != 0 && f&fPositive == 0 && n.pChars < 300 && n.chars < 400 {
		return true
	}
	return false
}

// firstTextChild returns the first child of i with visible text, or -1.
func (t *tree) firstTextChild(i int32) int32 {
	ns := t.nodes
	for c := t.firstChild(i); c >= 0; c = t.nextSibling(c) {
		if ns[c].flags&(fDrop|fHidden) == 0 && ns[c].chars > 0 {
			return c
		}
	}
	return -1
}
