package lexicon

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"slices"
	"strings"
)

//go:embed data/*.txt
var data embed.FS

// Set is a set of lexicons, ready to query. Build it with Default or New and
// Load or Add; after that it is read-only, and safe to query from many
// goroutines at once. Loading must not run concurrently with queries.
type Set struct {
	cues         table[Cue]
	outlets      table[Outlet]
	roles        table[Role]
	anonymous    table[AnonTerm]
	vague        table[VagueTerm]
	institutions table[Institution]
	domains      map[string]*Outlet
}

// New returns an empty set.
func New() *Set {
	return &Set{outlets: table[Outlet]{proper: true}, institutions: table[Institution]{proper: true}}
}

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
		merge(&s.cues, lx.Cues, func(c *Cue) string { return c.Lemma },
			func(c *Cue) ([]string, []string) { return c.Forms, nil })
	case Outlets:
		merge(&s.outlets, lx.Outlets, func(o *Outlet) string { return o.Name },
			func(o *Outlet) ([]string, []string) { return names(o.Name, o.Aliases, o.Weak) })
		s.domains = map[string]*Outlet{}
		for i := range s.outlets.entries {
			o := &s.outlets.entries[i]
			for _, d := range o.Domains {
				s.domains[d] = o
			}
		}
	case Roles:
		merge(&s.roles, lx.Roles, func(r *Role) string { return r.Name },
			func(r *Role) ([]string, []string) { return names(r.Name, r.Aliases, nil) })
	case Anonymous:
		merge(&s.anonymous, lx.Anonymous, func(a *AnonTerm) string { return a.Term },
			func(a *AnonTerm) ([]string, []string) { return a.Forms, nil })
	case Vague:
		merge(&s.vague, lx.Vague, func(v *VagueTerm) string { return v.Term },
			func(v *VagueTerm) ([]string, []string) { return v.Forms, nil })
	case Institutions:
		merge(&s.institutions, lx.Institutions, func(in *Institution) string { return in.Name },
			func(in *Institution) ([]string, []string) { return names(in.Name, in.Aliases, in.Weak) })
	}
}

// names returns the strong and weak phrases of a named entry: its name
// (unless listed as weak) and aliases, and its weak aliases.
func names(name string, aliases, weak []string) (strong, weakOut []string) {
	if slices.Contains(weak, name) {
		return aliases, weak
	}
	return append([]string{name}, aliases...), weak
}

// merge adds entries to t, replacing those with the same name, and rebuilds
// the trie.
func merge[E any](t *table[E], add []E, name func(*E) string, phrases func(*E) (strong, weak []string)) {
	all := make([]E, 0, len(t.entries)+len(add))
	index := map[string]int{}
	for _, list := range [][]E{t.entries, add} {
		for i := range list {
			k := strings.Join(keysOf(name(&list[i])), " ")
			if j, ok := index[k]; ok {
				all[j] = list[i]
				continue
			}
			index[k] = len(all)
			all = append(all, list[i])
		}
	}
	t.entries = all
	t.root = node[E]{}
	for i := range all {
		e := &all[i]
		strong, weak := phrases(e)
		for _, p := range strong {
			keys, c := phraseCase(p)
			t.add(keys, c, e, false)
		}
		for _, p := range weak {
			keys, c := phraseCase(p)
			t.add(keys, c, e, true)
		}
	}
}

func keysOf(s string) []string {
	keys, _ := phraseCase(s)
	return keys
}

// Len is the number of entries of kind k in s.
func (s *Set) Len(k Kind) int {
	switch k {
	case Cues:
		return len(s.cues.entries)
	case Outlets:
		return len(s.outlets.entries)
	case Roles:
		return len(s.roles.entries)
	case Anonymous:
		return len(s.anonymous.entries)
	case Vague:
		return len(s.vague.entries)
	case Institutions:
		return len(s.institutions.entries)
	}
	return 0
}

// CueAt returns the longest cue that starts at toks[i]: "said in a
// statement" rather than "said", and "as Rubio put it" with the gap
// holding "Rubio".
func (s *Set) CueAt(toks []Token, i int) (Match[Cue], bool) { return s.cues.at(toks, i) }

// Cue returns the cue one of whose forms is the word or phrase w.
func (s *Set) Cue(w string) (*Cue, bool) { return s.cues.lookup(w) }

// OutletAt returns the longest outlet name or alias that starts at toks[i].
// A weak alias ("the Times") gives a weak match naming its candidates.
func (s *Set) OutletAt(toks []Token, i int) (Match[Outlet], bool) { return s.outlets.at(toks, i) }

// Outlet returns the outlet whose name or (strong) alias is name, in any
// case.
func (s *Set) Outlet(name string) (*Outlet, bool) { return s.outlets.lookup(name) }

// OutletByDomain returns the outlet a host name or URL belongs to:
// "www.nytimes.com", "https://edition.cnn.com/2025/..." or "cnn.com".
func (s *Set) OutletByDomain(host string) (*Outlet, bool) {
	if strings.Contains(host, "://") {
		u, err := url.Parse(host)
		if err != nil {
			return nil, false
		}
		host = u.Hostname()
	} else if i := strings.IndexAny(host, "/:"); i >= 0 {
		host = host[:i]
	}
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for strings.Count(host, ".") >= 1 {
		if o, ok := s.domains[host]; ok {
			return o, true
		}
		_, host, _ = strings.Cut(host, ".")
	}
	return nil, false
}

// RoleAt returns the longest title or role that starts at toks[i]
// ("Secretary of State", "Lt. Gov.").
func (s *Set) RoleAt(toks []Token, i int) (Match[Role], bool) { return s.roles.at(toks, i) }

// Role returns the role whose name or alias is w, in any case.
func (s *Set) Role(w string) (*Role, bool) { return s.roles.lookup(w) }

// AnonymousAt returns the longest anonymous-source term that starts at
// toks[i]: a head ("officials"), seniority ("senior"), count ("two"),
// affiliation ("administration"), qualifier ("familiar with") or reason
// ("spoke on condition of anonymity").
func (s *Set) AnonymousAt(toks []Token, i int) (Match[AnonTerm], bool) {
	return s.anonymous.at(toks, i)
}

// Anonymous returns the anonymous-source term one of whose forms is w.
func (s *Set) Anonymous(w string) (*AnonTerm, bool) { return s.anonymous.lookup(w) }

// VagueAt returns the longest vague attribution that starts at toks[i]
// ("critics", "it is believed", "reportedly").
func (s *Set) VagueAt(toks []Token, i int) (Match[VagueTerm], bool) { return s.vague.at(toks, i) }

// Vague returns the vague term one of whose forms is w.
func (s *Set) Vague(w string) (*VagueTerm, bool) { return s.vague.lookup(w) }

// InstitutionAt returns the longest institution name or alias that starts
// at toks[i].
func (s *Set) InstitutionAt(toks []Token, i int) (Match[Institution], bool) {
	return s.institutions.at(toks, i)
}

// Institution returns the institution whose name or (strong) alias is name,
// in any case.
func (s *Set) Institution(name string) (*Institution, bool) { return s.institutions.lookup(name) }
