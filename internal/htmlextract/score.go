package htmlextract

import (
	"golang.org/x/net/html/atom"
)

const skipFlags = fDrop | fHidden | fRemoved

// inlineChars returns, for each element, the visible text held directly or
// through inline elements (not through nested blocks), and whether it has
// block children.
func (t *tree) inlineChars() ([]int32, []bool) {
	ns := t.nodes
	inl := make([]int32, len(ns))
	hasBlock := make([]bool, len(ns))
	for i := len(ns) - 1; i > 0; i-- {
		n := &ns[i]
		if n.flags&skipFlags != 0 {
			continue
		}
		p := n.parent
		if n.kind == textNode {
			inl[p] += n.chars
		} else if inlineTag(n.tag) {
			inl[p] += inl[i]
			if hasBlock[i] {
				hasBlock[p] = true
			}
		} else {
			hasBlock[p] = true
		}
	}
	return inl, hasBlock
}

// tagScore is the prior of a container by its tag.
func tagScore(n *node) float32 {
	var s float32
	switch n.tag {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		s = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		s = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		s = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		s = -5
	}
	return s
}

// classScore is the prior of a container by its class, id and role names.
func classScore(n *node) float32 {
	var s float32
	if n.flags&fPositive != 0 {
		s += 25
	}
	if n.flags&fArticleBody != 0 {
		s += 25
	}
	if n.flags&fNegative != 0 {
		s -= 25
	}
	return s
}

// candidates scores containers by the paragraphs they hold and returns the
// chosen main container and the list of subtrees to extract.
func (t *tree) candidates() []int32 {
	ns := t.nodes
	inl, _ := t.inlineChars()
	scored := make([]bool, len(ns))
	var cands []int32
	body := t.body
	bodyEnd := ns[body].end
	for i := body + 1; i < bodyEnd; i++ {
		n := &ns[i]
		if n.kind != elementNode {
			continue
		}
		if n.flags&skipFlags != 0 {
			i = n.end - 1
			continue
		}
		if inlineTag(n.tag) || inl[i] < 25 {
			continue
		}
		// A unit of text: score it and give the score to its ancestors.
		s := 1 + float32(n.commas) + float32(min(inl[i]/100, 3))
		if n.tag != atom.P && n.tag != atom.Pre && n.chars > 0 {
			// A container with direct text counts only that text's share.
			s *= float32(inl[i]) / float32(n.chars)
		}
		a := n.parent
		for level := 0; level < 5 && a > 0; level++ {
			an := &ns[a]
			if an.tag == atom.Body && a == body && level > 0 {
				break
			}
			if !scored[a] {
				scored[a] = true
				an.score = 0
				cands = append(cands, a)
			}
			div := float32(1)
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float32(level * 3)
			}
			an.score += s / div
			a = an.parent
		}
	}
	if len(cands) == 0 {
		return nil
	}
	var top int32 = -1
	var best float32
	for _, c := range cands {
		n := &ns[c]
		// Names count in full only for containers holding a few
		// paragraphs' worth of text.
		n.score += tagScore(n) + classScore(n)*min(1, n.score/15)
		n.score *= 1 - n.linkDensity()
		if top < 0 || n.score > best {
			top, best = c, n.score
		}
	}
	top = t.refineTop(top, cands)
	top = t.expand(top, inl)
	return t.siblings(top)
}

// expand climbs from the chosen container to its ancestors while what an
// ancestor adds is mostly good paragraphs: articles split over several
// containers (intro, body parts between embeds) come out whole.
func (t *tree) expand(top int32, inl []int32) int32 {
	ns := t.nodes
	good := make([]int32, len(ns))
	for i := i32(len(ns)) - 1; i > 0; i-- {
		n := &ns[i]
		if n.flags&skipFlags != 0 {
			continue
		}
		if n.kind == elementNode && !inlineTag(n.tag) && inl[i] >= 60 && inl[i]*5 >= n.chars*4 && n.linkDensity() < 0.25 {
			good[i] += inl[i]
		}
		good[n.parent] += good[i]
	}
	for {
		p := ns[top].parent
		if p <= 0 || p == t.body || ns[p].flags&skipFlags != 0 {
			return top
		}
		addedGood := good[p] - good[top]
		addedAll := ns[p].chars - ns[top].chars
		if addedAll > 0 && (addedGood*10 < addedAll*7 || addedGood == 0) {
			return top
		}
		top = p
	}
}

// refineTop moves the choice up when the best-scored containers share an
// ancestor, or when the parent scores well.
func (t *tree) refineTop(top int32, cands []int32) int32 {
	ns := t.nodes
	best := ns[top].score
	// Top five alternatives within 75% of the best.
	var alts []int32
	for _, c := range cands {
		if c != top && ns[c].score >= best*0.75 {
			alts = append(alts, c)
		}
	}
	if len(alts) >= 3 {
		for p := ns[top].parent; p > 0 && p != t.body; p = ns[p].parent {
			cnt := 0
			for _, a := range alts {
				if a > p && a < ns[p].end {
					cnt++
				}
			}
			if cnt >= 3 {
				top = p
				break
			}
		}
	}
	// Climb while the parent scores better.
	last := ns[top].score
	threshold := last / 3
	for p := ns[top].parent; p > 0 && p != t.body; p = ns[p].parent {
		if ns[p].score == 0 {
			continue
		}
		if ns[p].score < threshold {
			break
		}
		if ns[p].score > last {
			top = p
			break
		}
		last = ns[p].score
	}
	// Climb through only children.
	for {
		p := ns[top].parent
		if p <= 0 || p == t.body {
			break
		}
		if t.onlyChild(top) {
			top = p
			continue
		}
		break
	}
	return top
}

func (t *tree) onlyChild(i int32) bool {
	ns := t.nodes
	for c := t.firstChild(ns[i].parent); c >= 0; c = t.nextSibling(c) {
		if c == i {
			continue
		}
		if ns[c].flags&skipFlags != 0 {
			continue
		}
		if ns[c].kind == textNode && ns[c].flags&fSpace != 0 {
			continue
		}
		if ns[c].chars == 0 {
			continue
		}
		return false
	}
	return true
}

// siblings returns top and the siblings that belong to the article with it.
func (t *tree) siblings(top int32) []int32 {
	ns := t.nodes
	p := ns[top].parent
	if p < 0 {
		return []int32{top}
	}
	threshold := max(10, ns[top].score*0.2)
	var out []int32
	for c := t.firstChild(p); c >= 0; c = t.nextSibling(c) {
		if c == top {
			out = append(out, c)
			continue
		}
		n := &ns[c]
		if n.kind != elementNode || n.flags&skipFlags != 0 || n.chars == 0 {
			continue
		}
		if n.flags&(fBoiler|fNegative) != 0 && n.flags&fArticleBody == 0 || n.linkDensity() > 0.5 {
			continue
		}
		var bonus float32
		if n.clsHash != 0 && n.clsHash == ns[top].clsHash {
			bonus = ns[top].score * 0.2
		}
		if n.score != 0 && n.score+bonus >= threshold {
			out = append(out, c)
			continue
		}
		if n.tag == atom.P {
			ld := n.linkDensity()
			if n.chars > 80 && ld < 0.25 {
				out = append(out, c)
			} else if n.chars <= 80 && n.chars > 0 && ld == 0 && t.endsWithPeriod(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

func (t *tree) endsWithPeriod(i int32) bool {
	ns := t.nodes
	for j := ns[i].end - 1; j > i; j-- {
		n := &ns[j]
		if n.kind == textNode && n.flags&fSpace == 0 {
			s := t.text[n.tOff : n.tOff+n.tLen]
			for k := len(s) - 1; k >= 0; k-- {
				if !isSpaceByte(s[k]) {
					return s[k] == '.'
				}
			}
		}
	}
	return false
}
