package lexicon

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

//go:embed data/*.txt
var data embed.FS

// Set is a set of lexicons: the entries of each kind after every file's
// additions and replacements. Build it with Default or New and Load or Add;
// after that it is read-only, and safe to read from many goroutines at once.
// Loading must not run concurrently with reading.
type Set struct {
	cues         []Cue
	outlets      []Outlet
	roles        []Role
	anonymous    []AnonTerm
	vague        []VagueTerm
	institutions []Institution
	words        []Word
}

// New returns an empty set.
func New() *Set { return &Set{} }

// Default returns the lexicons that ship with audit, parsed anew on each
// call; callers keep the *Set.
func Default() (*Set, error) {
	s := New()
	for _, k := range Kinds() {
		if err := s.Load(data, "data/"+k.String()+".txt"); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Load parses the lexicon file name of fsys and adds it to s. Its kind is
// the one an "@kind" line names, or else the one its file name stands for.
func (s *Set) Load(fsys fs.FS, name string) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	lx, err := Parse(0, bytes.NewReader(b), name)
	if err != nil {
		return err
	}
	s.Add(lx)
	return nil
}

// LoadFile is Load for a file of the operating system.
func (s *Set) LoadFile(path string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	lx, err := Parse(0, bytes.NewReader(b), path)
	if err != nil {
		return err
	}
	s.Add(lx)
	return nil
}

// Add adds the entries of lx to s. An entry whose name (or lemma, or term)
// is already in s replaces the earlier entry; other entries are added, and
// where one of their names or forms was another entry's, it is theirs now.
// That is how a user's file extends and corrects the default lexicons.
func (s *Set) Add(lx *Lexicon) {
	switch lx.Kind {
	case Cues:
		s.cues = merge(s.cues, lx.Cues, func(c *Cue) string { return nameKey(c.Lemma) })
	case Outlets:
		s.outlets = merge(s.outlets, lx.Outlets, func(o *Outlet) string { return nameKey(o.Name) })
	case Roles:
		s.roles = merge(s.roles, lx.Roles, func(r *Role) string { return nameKey(r.Name) })
	case Anonymous:
		s.anonymous = merge(s.anonymous, lx.Anonymous, func(a *AnonTerm) string { return nameKey(a.Term) })
	case Vague:
		s.vague = merge(s.vague, lx.Vague, func(v *VagueTerm) string { return nameKey(v.Term) })
	case Institutions:
		s.institutions = merge(s.institutions, lx.Institutions, func(in *Institution) string { return nameKey(in.Name) })
	case Words:
		s.words = merge(s.words, lx.Words, func(w *Word) string { return string(w.List) + " " + wordKey(w.Word) })
	}
}

// merge returns the entries of have and add, where an entry of add replaces
// the one of have with the same key.
func merge[E any](have, add []E, key func(*E) string) []E {
	all := make([]E, 0, len(have)+len(add))
	index := map[string]int{}
	for _, list := range [][]E{have, add} {
		for i := range list {
			k := key(&list[i])
			if j, ok := index[k]; ok {
				all[j] = list[i]
				continue
			}
			index[k] = len(all)
			all = append(all, list[i])
		}
	}
	return all
}

// nameKey returns the key an entry's name is compared by: its keys joined
// by spaces.
func nameKey(s string) string { return strings.Join(keysOf(s), " ") }

// wordKey returns the key of a word of the word lists, which are matched as
// written, in lower case.
func wordKey(s string) string { return strings.ToLower(s) }

// keysOf returns the keys a name is compared by: its folded tokens, periods
// dropped.
func keysOf(s string) []string {
	var keys []string
	for _, t := range Tokenize(s) {
		if t.Key != "." {
			keys = append(keys, t.Key)
		}
	}
	return keys
}
