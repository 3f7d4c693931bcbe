package article

import (
	"bytes"
	"math"
	"strings"
	"unicode/utf8"
)

// index holds the marks of a document's text and of its raw input.
type index struct {
	text, raw marks
}

// markStride is the distance in bytes between two marks: Runes and
// Position count at most this many bytes (plus one code point) from the
// mark before the offset they are asked about. The marks take 16 bytes per
// stride, an eighth of the string's size.
const markStride = 128

// mark records what lies before the first code point that starts at or
// after a multiple of markStride.
type mark struct {
	pos   int32 // byte offset of that code point
	runes int32 // code points before pos
	line  int32 // line breaks ('\n') before pos
	col   int32 // code points between the start of pos's line and pos
}

// marks is the table of one string: marks[k] is the mark at or after byte
// k*markStride, the last one at the end of the string.
type marks struct {
	size int // length of the string the marks were taken of
	m    []mark
}

// newMarks takes the marks of s; count counts the code points and line
// breaks of a piece of s, and finds its last line break. A string too long
// for 32-bit offsets gets none, and is then counted from the start.
func newMarks[S string | []byte](s S, count func(S) (runes, lines, lastNL int)) marks {
	if len(s) >= math.MaxInt32 {
		return marks{size: -1}
	}
	m := make([]mark, len(s)/markStride+1)
	for k := 1; k < len(m); k++ {
		prev := m[k-1]
		pos := runeStartFrom(s, k*markStride)
		seg := s[prev.pos:pos]
		runes, lines, nl := count(seg)
		col := prev.col + small(runes)
		if nl >= 0 {
			r, _, _ := count(seg[nl+1:])
			col = small(r)
		}
		m[k] = mark{pos: small(pos), runes: prev.runes + small(runes), line: prev.line + small(lines), col: col}
	}
	return marks{size: len(s), m: m}
}

// small converts a count or offset within a string newMarks took, shorter
// than math.MaxInt32, to the marks' int32.
func small(n int) int32 {
	return int32(n) //nolint:gosec // G115: n <= len(s) < math.MaxInt32, checked in newMarks
}

// runeStartFrom returns the first offset at or after b where a code point
// of s starts (or len(s)): b itself unless a valid multi-byte sequence
// starting up to three bytes before runs over it. Invalid bytes are code
// points of their own, as for range and utf8.RuneCount.
func runeStartFrom[S string | []byte](s S, b int) int {
	if b >= len(s) {
		return len(s)
	}
	for p := b - 1; p >= 0 && p >= b-(utf8.UTFMax-1); p-- {
		if utf8.RuneStart(s[p]) {
			var buf [utf8.UTFMax]byte
			_, size := utf8.DecodeRune(buf[:copy(buf[:], s[p:])])
			return max(b, p+size)
		}
	}
	return b
}

func countString(s string) (runes, lines, lastNL int) {
	return utf8.RuneCountInString(s), strings.Count(s, "\n"), strings.LastIndexByte(s, '\n')
}

func countBytes(b []byte) (runes, lines, lastNL int) {
	return utf8.RuneCount(b), bytes.Count(b, []byte{'\n'}), bytes.LastIndexByte(b, '\n')
}

// covers reports whether the marks were taken of a string of s's length.
func (ms *marks) covers(n int) bool { return ms.size == n }

// at returns the last mark at or before byte off (0 <= off <= size).
func (ms *marks) at(off int) mark {
	k := off / markStride
	if int(ms.m[k].pos) > off {
		// off lies inside the code point that straddles k*markStride; the
		// mark before is at most 3 bytes past (k-1)*markStride.
		k--
	}
	return ms.m[k]
}

// runes counts the code points of text[:off]. A code point that off cuts
// counts a code point per byte before off, as utf8.RuneCountInString does.
func (ms *marks) runes(text string, off int) int {
	m := ms.at(off)
	return int(m.runes) + utf8.RuneCountInString(text[m.pos:off])
}

// position returns the line and column of byte off of raw.
func (ms *marks) position(raw []byte, off int) Position {
	m := ms.at(off)
	seg := raw[m.pos:off]
	line := int(m.line) + 1
	if nl := bytes.LastIndexByte(seg, '\n'); nl >= 0 {
		line += bytes.Count(seg, []byte{'\n'})
		return Position{Line: line, Column: utf8.RuneCount(seg[nl+1:]) + 1}
	}
	return Position{Line: line, Column: int(m.col) + utf8.RuneCount(seg) + 1}
}

// naivePosition is position without marks: it counts from the start.
func naivePosition(raw []byte, off int) Position {
	seg := raw[:off]
	start := bytes.LastIndexByte(seg, '\n') + 1
	return Position{Line: bytes.Count(seg, []byte{'\n'}) + 1, Column: utf8.RuneCount(seg[start:]) + 1}
}
