package config

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/lexicon"
)

// settings are the keys a configuration file may hold, each with the
// method that reads its value.
var settings = map[string]func(*decoder, *node) error{
	"fail_on":      (*decoder).failOn,
	"rules":        (*decoder).rules,
	"thresholds":   (*decoder).thresholds,
	"lexicons":     (*decoder).lexicons,
	"outlets":      (*decoder).outlets,
	"institutions": (*decoder).institutions,
	"officials":    (*decoder).officials,
}

// settingNames lists the settings for messages.
func settingNames() string {
	return strings.Join(slices.Sorted(maps.Keys(settings)), ", ")
}

// decoder checks the nodes of one file and fills its File.
type decoder struct {
	path string
	f    *File
}

// errorf returns an *Error at line.
func (d *decoder) errorf(line int, format string, args ...any) error {
	return &Error{Path: d.path, Line: line, Err: fmt.Errorf(format, args...)}
}

// decode checks the nodes of the file at path (nil for an empty file,
// which is the defaults).
func decode(path string, root *node) (*File, error) {
	d := &decoder{path: path, f: &File{Path: path}}
	if root == nil {
		return d.f, nil
	}
	if root.kind != table {
		return nil, d.errorf(root.line(), "want a mapping of settings (%s)", settingNames())
	}
	if err := d.unique("", root.keys); err != nil {
		return nil, err
	}
	for _, s := range root.keys {
		read, ok := settings[s.key]
		if !ok {
			return nil, d.errorf(s.line(), "unknown setting %q (want %s)", s.key, settingNames())
		}
		if err := read(d, s.val); err != nil {
			return nil, err
		}
	}
	return d.f, nil
}

// unique reports a key given twice in one table, which YAML allows.
func (d *decoder) unique(in string, keys []field) error {
	first := map[string]field{}
	for _, k := range keys {
		if f, ok := first[k.key]; ok {
			return d.errorf(k.line(), "%s%s given twice (first at line %d)", in, k.key, f.line())
		}
		first[k.key] = k
	}
	return nil
}

func (d *decoder) failOn(v *node) error {
	if v.kind != scalar {
		return d.errorf(v.line(), "fail_on: want a severity")
	}
	if v.text == "" {
		return nil
	}
	s, err := findings.ParseSeverity(v.text)
	if err != nil || s == findings.Off {
		return d.errorf(v.line(), "fail_on: want suggestion, warning or error, not %q", v.text)
	}
	d.f.Checker.FailOn = s
	return nil
}

// scalars checks that v is a table of single values, as rules and
// thresholds are.
func (d *decoder) scalars(name string, v *node) error {
	if v.kind != table {
		return d.errorf(v.line(), "%s: want a mapping", name)
	}
	for _, kv := range v.keys {
		if kv.val.kind != scalar {
			return d.errorf(kv.val.line(), "%s.%s: want a single value", name, kv.key)
		}
	}
	return d.unique(name+".", v.keys)
}

func (d *decoder) rules(v *node) error {
	if err := d.scalars("rules", v); err != nil {
		return err
	}
	for _, kv := range v.keys {
		if _, ok := findings.RuleByID(kv.key); !ok {
			return d.errorf(kv.line(), "unknown rule %q", kv.key)
		}
		s, err := findings.ParseSeverity(kv.val.text)
		if err != nil {
			return d.errorf(kv.line(), "rules.%s: %w", kv.key, err)
		}
		if d.f.Checker.Rules == nil {
			d.f.Checker.Rules = map[string]findings.Severity{}
		}
		d.f.Checker.Rules[kv.key] = s
	}
	return nil
}

func (d *decoder) thresholds(v *node) error {
	if err := d.scalars("thresholds", v); err != nil {
		return err
	}
	for _, kv := range v.keys {
		if err := d.threshold(kv); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) threshold(kv field) error {
	f, err := strconv.ParseFloat(kv.val.text, 64)
	if err != nil {
		return d.errorf(kv.line(), "thresholds.%s: want a number, not %q", kv.key, kv.val.text)
	}
	c := &d.f.Checker
	switch kv.key {
	case "max_anonymous_share", "max_unsourced_share":
		if f <= 0 || f > 1 {
			return d.errorf(kv.line(), "thresholds.%s: want a share between 0 and 1, not %v", kv.key, f)
		}
		if kv.key == "max_anonymous_share" {
			c.MaxAnonymousShare = f
		} else {
			c.MaxUnsourcedShare = f
		}
	case "min_claims":
		if f < 1 || f > 1e9 || f != float64(int(f)) {
			return d.errorf(kv.line(), "thresholds.min_claims: want a whole number of at least 1, not %v", f)
		}
		c.MinClaims = int(f)
	default:
		return d.errorf(kv.line(), "unknown threshold %q (want max_anonymous_share, max_unsourced_share, min_claims)", kv.key)
	}
	return nil
}

// lexicons checks that the lexicon files exist, relative to the
// configuration's folder.
func (d *decoder) lexicons(v *node) error {
	if v.kind != list {
		return d.errorf(v.line(), "lexicons: want a list of files")
	}
	dir := filepath.Dir(d.path)
	for _, e := range v.items {
		if e.kind != scalar {
			return d.errorf(e.line(), "lexicons: want a list of files")
		}
		p := e.text
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if _, err := os.Stat(p); err != nil {
			return d.errorf(e.line(), "lexicon %q: no such file", e.text)
		}
		d.f.Lexicons = append(d.f.Lexicons, p)
	}
	return nil
}

// entry is an item of outlets, institutions or officials: a name, or a
// table of name, type (or role), aliases and domains.
type entry struct {
	line             int
	name, typ        string
	aliases, domains []string
}

// entries reads the list of entries of a setting, which may hold the
// fields want besides name.
func (d *decoder) entries(setting string, v *node, want ...string) ([]entry, error) {
	if v.kind != list {
		return nil, d.errorf(v.line(), "%s: want a list", setting)
	}
	out := make([]entry, 0, len(v.items))
	for _, n := range v.items {
		e, err := d.entry(setting, n, want)
		if err != nil {
			return nil, err
		}
		if e.name == "" {
			return nil, d.errorf(e.line, "%s: an entry has no name", setting)
		}
		out = append(out, e)
	}
	return out, nil
}

func (d *decoder) entry(setting string, n *node, want []string) (entry, error) {
	e := entry{line: n.line()}
	switch n.kind {
	case scalar:
		e.name = strings.TrimSpace(n.text)
		return e, nil
	case table:
	default:
		return e, d.errorf(n.line(), "%s: want a name or {%s}", setting, strings.Join(append([]string{"name"}, want...), ", "))
	}
	if err := d.unique(setting+": ", n.keys); err != nil {
		return e, err
	}
	for _, kv := range n.keys {
		if kv.key != "name" && !slices.Contains(want, kv.key) {
			return e, d.errorf(kv.line(), "%s: unknown field %q (want name, %s)", setting, kv.key, strings.Join(want, ", "))
		}
		if err := d.entryField(setting, &e, kv); err != nil {
			return e, err
		}
	}
	return e, nil
}

func (d *decoder) entryField(setting string, e *entry, kv field) error {
	if kv.key == "aliases" || kv.key == "domains" {
		l, err := d.names(setting, kv)
		if kv.key == "aliases" {
			e.aliases = l
		} else {
			e.domains = l
		}
		return err
	}
	if kv.val.kind != scalar {
		return d.errorf(kv.line(), "%s: %s: want a single value", setting, kv.key)
	}
	if kv.key == "name" {
		e.name = strings.TrimSpace(kv.val.text)
	} else { // type or role
		e.typ = strings.TrimSpace(kv.val.text)
	}
	return nil
}

// names reads a list of aliases or domains: a list, or one value of
// names separated by commas.
func (d *decoder) names(setting string, kv field) ([]string, error) {
	var l []string
	switch kv.val.kind {
	case scalar:
		l = strings.Split(kv.val.text, ",")
	case list:
		for _, a := range kv.val.items {
			if a.kind != scalar {
				return nil, d.errorf(a.line(), "%s: %s: want a list of names", setting, kv.key)
			}
			l = append(l, a.text)
		}
	default:
		return nil, d.errorf(kv.line(), "%s: %s: want a list of names", setting, kv.key)
	}
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

func (d *decoder) outlets(v *node) error {
	es, err := d.entries("outlets", v, "type", "role", "aliases", "domains")
	if err != nil {
		return err
	}
	list := make([]lexicon.Outlet, len(es))
	for i, e := range es {
		list[i] = lexicon.Outlet{Name: e.name, Type: lexicon.OutletType(e.typ), Aliases: e.aliases, Domains: e.domains}
		d.f.Outlets = append(d.f.Outlets, attribution.KnownOutlet{Name: e.name, Type: e.typ, Aliases: e.aliases, Domains: e.domains})
	}
	_, err = lexicon.NewOutlets(d.path, list, lines(es))
	return d.lexiconError("outlets", err)
}

func (d *decoder) institutions(v *node) error {
	es, err := d.entries("institutions", v, "type", "role", "aliases")
	if err != nil {
		return err
	}
	list := make([]lexicon.Institution, len(es))
	for i, e := range es {
		list[i] = lexicon.Institution{Name: e.name, Type: lexicon.InstitutionType(e.typ), Aliases: e.aliases}
		d.f.Institutions = append(d.f.Institutions, attribution.KnownInstitution{Name: e.name, Type: e.typ, Aliases: e.aliases})
	}
	_, err = lexicon.NewInstitutions(d.path, list, lines(es))
	return d.lexiconError("institutions", err)
}

func (d *decoder) officials(v *node) error {
	es, err := d.entries("officials", v, "role", "type")
	if err != nil {
		return err
	}
	for _, e := range es {
		d.f.Officials = append(d.f.Officials, attribution.KnownPerson{Name: e.name, Role: e.typ, Official: true})
	}
	return nil
}

func lines(es []entry) []int {
	out := make([]int, len(es))
	for i, e := range es {
		out[i] = e.line
	}
	return out
}

// lexiconError turns the first problem the lexicon package found in the
// entries of a setting into an *Error at its line.
func (d *decoder) lexiconError(setting string, err error) error {
	if err == nil {
		return nil
	}
	var le *lexicon.Error
	if errors.As(err, &le) {
		return &Error{Path: d.path, Line: le.Line, Err: fmt.Errorf("%s: %w", setting, le.Err)}
	}
	return &Error{Path: d.path, Err: err}
}
