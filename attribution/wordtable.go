package attribution

import (
	"fmt"
	"slices"
	"strings"
)

// wordTable is the lexicons' words and what they are, for the one lookup
// every token makes. It is built once and only read: open addressing over
// a power-of-two array of small slots, at most half full, so that a word
// the lexicons lack (most words) usually costs a hash and one slot, in an
// array small enough to stay in the processor's cache. The keys are cut
// from one string, so that comparing them reads memory close together.
type wordTable struct {
	// slots hold 1 + an index into keys and vals, shifted left by 8 bits
	// above the top 8 bits of the key's hash; 0 for an empty slot
	slots []uint32
	keys  []string
	vals  []wordInfo
	mask  uint32
}

// maxTableWords bounds a word table; lexicons hold a few thousand words.
const maxTableWords = 1 << 22

// newWordTable indexes the words of m.
func newWordTable(m map[string]wordInfo) (*wordTable, error) {
	if len(m) > maxTableWords {
		return nil, fmt.Errorf("attribution: %d lexicon words, more than %d", len(m), maxTableWords)
	}
	size := 16
	for size < 2*len(m) {
		size *= 2
	}
	t := &wordTable{slots: make([]uint32, size), mask: uint32(size - 1)} //nolint:gosec // G115: size ≤ 2*maxTableWords
	keys := make([]string, 0, len(m))
	for w := range m {
		keys = append(keys, w)
	}
	slices.Sort(keys) // the same layout on every run
	arena, off := strings.Join(keys, ""), 0
	for _, w := range keys {
		t.keys = append(t.keys, arena[off:off+len(w)])
		off += len(w)
		t.vals = append(t.vals, m[w])
		h := wordHash(w)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = uint32(len(t.keys))<<8 | h>>24 //nolint:gosec // G115: len(t.keys) ≤ maxTableWords < 1<<24
	}
	return t, nil
}

// get returns what the lexicons say of w, the zero wordInfo for a word
// they do not hold.
func (t *wordTable) get(w string) wordInfo {
	h := wordHash(w)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return wordInfo{}
		}
		if s&0xff == h>>24 && t.keys[s>>8-1] == w {
			return t.vals[s>>8-1]
		}
	}
}

// getTitle is get for the lower case of w, an ASCII word whose only
// capital is its first letter ("The", "Officials"), without making that
// lower case: it returns the table's own copy of it, and false when the
// table does not hold it.
func (t *wordTable) getTitle(w string) (string, wordInfo, bool) {
	first := w[0] | 0x20
	h := hashMore((fnvOffset^uint32(first))*fnvPrime, w[1:])
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return "", wordInfo{}, false
		}
		if s&0xff == h>>24 {
			if k := t.keys[s>>8-1]; len(k) == len(w) && k[0] == first && k[1:] == w[1:] {
				return k, t.vals[s>>8-1], true
			}
		}
	}
}

// wordHash is FNV-1a: words are short, and this is cheaper for them than
// the runtime's map hash and probe.
func wordHash(w string) uint32 { return hashMore(fnvOffset, w) }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

// hashMore adds the bytes of w to the hash h.
func hashMore(h uint32, w string) uint32 {
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= fnvPrime
	}
	return h
}

// wordFilter is a set of words that may answer yes for a word it does not
// hold, never no for one it holds: 4,096 bits set by a word's length and
// its first, second and last bytes. It spares most words a map lookup.
type wordFilter [64]uint64

func (f *wordFilter) add(w string) {
	b := filterBit(w)
	f[b/64] |= 1 << (b % 64)
}

func (f *wordFilter) mayHold(w string) bool { return f.hasBit(filterBit(w)) }

func (f *wordFilter) hasBit(b uint32) bool { return f[b/64]&(1<<(b%64)) != 0 }

func filterBit(w string) uint32 {
	n := len(w)
	return filterBitOf(w[0], w[min(1, n-1)], w[n-1], n)
}

// filterBitOf is filterBit for a word of n bytes with these first,
// second and last bytes.
func filterBitOf(first, second, last byte, n int) uint32 {
	x := uint32(first) | uint32(last)<<8 | uint32(second)<<16 | uint32(n&0xff)<<24
	return (x * 0x9e3779b1) >> 20
}
