package lexicon

import (
	"cmp"
	"slices"
	"strings"
)

// Outlets and institutions given in code rather than read from a lexicon
// file: a newsroom's own list from its configuration, say.

// NewOutlets returns a lexicon of outlets given in code, checked as Parse
// checks the lines of a file: a known type (newspaper where Type is
// empty), names and aliases made of words, domains that are host names, a
// two-letter country, and no name, alias or domain held by two entries.
// path names the list in errors and in each entry's Origin; lines[i] is
// the line entry i stands on there, and where lines is nil, the entry's
// number from 1 stands for its line.
func NewOutlets(path string, outlets []Outlet, lines []int) (*Lexicon, error) {
	recs := make([]record, len(outlets))
	for i, o := range outlets {
		recs[i] = record{name: o.Name, class: string(cmp.Or(o.Type, Newspaper)),
			lists: map[string][]string{"aliases": o.Aliases, "weak": o.Weak, "domains": o.Domains},
			one:   map[string]string{"country": o.Country}}
	}
	return given(Outlets, path, recs, lines)
}

// NewInstitutions is NewOutlets for institutions, whose type is agency
// where Type is empty.
func NewInstitutions(path string, insts []Institution, lines []int) (*Lexicon, error) {
	recs := make([]record, len(insts))
	for i, in := range insts {
		recs[i] = record{name: in.Name, class: string(cmp.Or(in.Type, GovAgency)),
			lists: map[string][]string{"aliases": in.Aliases, "weak": in.Weak},
			one:   map[string]string{"country": in.Country}}
	}
	return given(Institutions, path, recs, lines)
}

// given checks the records of entries given in code and builds their
// lexicon as Parse builds a file's.
func given(kind Kind, path string, recs []record, lines []int) (*Lexicon, error) {
	p := parser{path: path}
	sch := schemaOf(kind)
	for i := range recs {
		recs[i].line = i + 1
		if i < len(lines) {
			recs[i].line = lines[i]
		}
		if !slices.Contains(sch.classes, recs[i].class) {
			p.errorf(recs[i].line, "unknown %s %q (want one of %s)", sch.class, recs[i].class, strings.Join(sch.classes, ", "))
		}
	}
	lx := &Lexicon{Kind: kind, Path: path}
	switch kind {
	case Outlets:
		lx.Outlets = build(recs, p.claimOutlet, p.outlet)
	case Institutions:
		lx.Institutions = build(recs, p.claimNames, p.institution)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return lx, nil
}
