package plaintext

import (
	"strings"
	"unicode/utf8"
)

// line is one line of the input, by byte offsets into the text.
type line struct {
	start, end int // the line without its line break
	cs, ce     int // its content without surrounding white space; cs == ce when blank
	runes      int // rune count of the line up to the end of its content, at most wrapLimit+1
}

func (l line) blank() bool { return l.cs == l.ce }

// splitLines cuts s into lines at "\n", "\r\n" and lone "\r".
func splitLines(s string) []line {
	lines := make([]line, 0, strings.Count(s, "\n")+1)
	lone := hasLoneCR(s)
	for i := 0; i <= len(s); {
		var j, next int
		if lone {
			j = strings.IndexAny(s[i:], "\r\n")
		} else {
			j = strings.IndexByte(s[i:], '\n')
		}
		if j < 0 {
			j, next = len(s), len(s)+1
		} else {
			j += i
			next = j + 1
			if s[j] == '\r' && next < len(s) && s[next] == '\n' {
				next++
			}
		}
		end := j
		if end > i && s[end-1] == '\r' {
			end--
		}
		cs, ce := trimSpace(s, i, end)
		l := line{start: i, end: end, cs: cs, ce: ce}
		if cs < ce {
			l.runes = runesUpTo(s[i:ce], wrapLimit+1) // indentation included, as wrapping counts it
		}
		if i == len(s) && len(lines) > 0 {
			break // no empty last line after a final line break
		}
		lines = append(lines, l)
		i = next
	}
	return lines
}

// hasLoneCR reports whether s has a carriage return not followed by a line
// feed (old Mac line ends).
func hasLoneCR(s string) bool {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '\r')
		if j < 0 {
			return false
		}
		i += j + 1
		if i >= len(s) || s[i] != '\n' {
			return true
		}
	}
}

// layout says how the lines of a file make paragraphs.
type layout struct {
	// perLine: every non-blank line is a paragraph of its own (prose
	// lines far longer than any wrap width).
	perLine bool
	// width is the wrap width of hard-wrapped text, in runes.
	width int
	// narrow: perLine because the lines are too short to be wrapped
	// text, rather than too long.
	narrow bool
}

// wrapLimit is the longest line a hard-wrapped text is taken to have, and
// minWrap the shortest wrap width.
const (
	wrapLimit = 110
	minWrap   = 40
)

// detectLayout decides, for the whole file, whether paragraphs are
// hard-wrapped over several lines or written one to a line. Files whose
// lines are mostly longer than any usual wrap width are one paragraph per
// line; otherwise a line break inside a run of lines is a paragraph break
// only where the line before it ended short of the wrap width.
func detectLayout(lines []line, content func(i int) bool) layout {
	var hist [wrapLimit + 2]int
	n, long := 0, 0
	for i, l := range lines {
		if l.blank() || !content(i) {
			continue
		}
		n++
		if l.runes > wrapLimit {
			long++
		}
	}
	if n == 0 {
		return layout{perLine: true}
	}
	if long*10 > n {
		return layout{perLine: true}
	}
	// The wrap width: a high percentile of the lengths of lines that are
	// followed by another line of the same run (these were wrapped).
	m := 0
	for i := 0; i+1 < len(lines); i++ {
		l := lines[i]
		if l.blank() || lines[i+1].blank() || !content(i) || !content(i+1) {
			continue
		}
		hist[min(l.runes, wrapLimit+1)]++
		m++
	}
	if m == 0 {
		return layout{perLine: true}
	}
	want := m * 4 / 5 // 80th percentile
	acc, width := 0, wrapLimit
	for w, c := range hist {
		acc += c
		if acc > want {
			width = w
			break
		}
	}
	if width < minWrap {
		// Nobody wraps text this narrow: these are short lines.
		return layout{perLine: true, narrow: true}
	}
	return layout{width: width}
}

// runesUpTo counts the runes of s, stopping at limit.
func runesUpTo(s string, limit int) int {
	n := 0
	for i := 0; i < len(s) && n < limit; n++ {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// firstWordRunes is the rune length of the first word of s.
func firstWordRunes(s string) int {
	n := 0
	for _, r := range s {
		if isSpaceRune(r) {
			break
		}
		n++
	}
	return n
}
