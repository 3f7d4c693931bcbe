package lexicon

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/words"
)

// Limits on what a lexicon file may hold.
const (
	// maxTokens is the most tokens a name, alias or form may have.
	maxTokens = 16
	// maxErrors is the most errors Parse reports for one file.
	maxErrors = 20
	// maxLine is the longest line Parse reads, in bytes.
	maxLine = 64 << 10
)

// Lexicon is one parsed lexicon file. Only the slice of its Kind is filled.
type Lexicon struct {
	Kind Kind
	Path string

	Cues         []Cue
	Outlets      []Outlet
	Roles        []Role
	Anonymous    []AnonTerm
	Vague        []VagueTerm
	Institutions []Institution
	Words        []Word
}

// Cue is an attribution cue: a verb with its forms, a nominal cue or a
// fixed phrase. A phrase may hold one gap, written "..." ("as ... put it").
type Cue struct {
	Lemma    string
	Category CueCategory
	// Forms are every form the cue matches, the lemma first.
	Forms  []string
	Source SourceSlot
	// Loaded cues suggest the writer's judgement of the statement
	// (claimed, admitted, insisted, slammed), where "said" is neutral.
	Loaded bool
	// Ambiguous cues often have a sense that is no attribution ("called a
	// meeting", "showed up"); a rule should want more evidence, such as a
	// that-clause, a quotation or a colon.
	Ambiguous bool
	// Noun cues are nouns ("his assertion that", "the allegations").
	Noun   bool
	Origin string // file:line of the entry
}

// Outlet is a news organisation.
type Outlet struct {
	Name    string // canonical name: "The New York Times"
	Type    OutletType
	Country string // ISO 3166-1 alpha-2 code, or "" for none
	// Aliases are other names that always mean this outlet.
	Aliases []string
	// Weak aliases name this outlet only where the article's context
	// establishes it ("the Times"); several outlets may share one.
	Weak    []string
	Domains []string // web domains: "nytimes.com"
	Origin  string
}

// Role is a title or role of a person.
type Role struct {
	Name    string // canonical form: "Senator"
	Type    RoleType
	Aliases []string // abbreviations and other spellings: "Sen.", "senador"
	// Ambiguous roles are words common in other senses ("general",
	// "major"); a rule should see a name next to them.
	Ambiguous bool
	Origin    string
}

// AnonTerm is a word or phrase of an unnamed-source description.
type AnonTerm struct {
	Term     string
	Category AnonCategory
	Forms    []string // every form, the term first: "official", "officials"
	Origin   string
}

// VagueTerm is a vague group, an agentless passive or an unnamed media
// report.
type VagueTerm struct {
	Term     string
	Category VagueCategory
	Forms    []string // every form, the term first
	// Party marks members of a political party taken as a group
	// ("Democrats", "Republicans").
	Party  bool
	Origin string
}

// Institution is a named body that speaks publicly.
type Institution struct {
	Name    string // canonical name: "Department of State"
	Type    InstitutionType
	Country string // ISO 3166-1 alpha-2 code, or "" for international bodies
	Aliases []string
	Weak    []string // aliases that need context: "the Department"
	Origin  string
}

// Word is a word of one of the analyzer's open word lists, with its other
// forms.
type Word struct {
	Word   string
	List   WordList
	Forms  []string // every form, the word first
	Origin string
}

// Error is a problem at a line of a lexicon file. Line is 0 for a problem
// with the whole file.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("lexicon: %s: %v", e.Path, e.Err)
	}
	return fmt.Sprintf("lexicon: %s:%d: %v", e.Path, e.Line, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// schema is what the fields of one kind's lines may hold.
type schema struct {
	name    string   // what field 1 is called in messages
	class   string   // what field 2 is called in messages
	classes []string // the values field 2 may take
	lists   []string // keys whose value is a comma-separated list
	singles []string // keys whose value is one word
	flags   []string // bare words
	gaps    bool     // names and forms may hold a "..." gap
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

func schemaOf(k Kind) schema {
	switch k {
	case Cues:
		return schema{name: "lemma", class: "category", classes: strs(cueCategories),
			lists: []string{"forms"}, singles: []string{"source"},
			flags: []string{"loaded", "ambiguous", "noun"}, gaps: true}
	case Outlets:
		return schema{name: "canonical name", class: "type", classes: strs(outletTypes),
			lists: []string{"aliases", "weak", "domains"}, singles: []string{"country"}}
	case Roles:
		return schema{name: "canonical name", class: "type", classes: strs(roleTypes),
			lists: []string{"aliases"}, flags: []string{"ambiguous"}}
	case Anonymous:
		return schema{name: "term", class: "category", classes: strs(anonCategories),
			lists: []string{"forms"}}
	case Vague:
		return schema{name: "term", class: "category", classes: strs(vagueCategories),
			lists: []string{"forms"}, flags: []string{"party"}}
	case Institutions:
		return schema{name: "canonical name", class: "type", classes: strs(institutionTypes),
			lists: []string{"aliases", "weak"}, singles: []string{"country"}}
	case Words:
		return schema{name: "word", class: "list", classes: strs(wordLists), lists: []string{"forms"}}
	}
	return schema{}
}

// record is one entry line split into its fields.
type record struct {
	line  int
	name  string
	class string
	lists map[string][]string
	one   map[string]string
	flags map[string]bool
}

// Parse reads a lexicon file. The kind is kind, or where kind is 0, the one
// an "@kind" line names, or else the one the file name stands for
// ("outlets.txt", "outlets-mx.txt"). path names the file in errors. Every
// problem is reported as an *Error naming path and line; Parse reports up
// to 20 of them, joined.
func Parse(kind Kind, r io.Reader, path string) (*Lexicon, error) {
	p := parser{path: path}
	lx := &Lexicon{Path: path}
	header := 0 // line of the @kind directive
	var sch schema
	var recs []record
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Bytes()
		if !utf8.Valid(text) {
			p.errorf(line, "not valid UTF-8")
			continue
		}
		s := stripComment(string(text))
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "@") {
			k, ok := p.directive(line, s)
			switch {
			case !ok:
			case header != 0:
				p.errorf(line, "@kind given twice (first at line %d)", header)
			case len(recs) > 0 || p.failed():
				p.errorf(line, "@kind must come before the first entry")
			case kind != 0 && k != kind:
				p.errorf(line, "@kind %s in a file read as %s", k, kind)
			default:
				kind = k
			}
			header = line
			continue
		}
		if kind == 0 {
			if kind = p.kindOfPath(line, header); kind == 0 {
				return nil, p.err()
			}
		}
		if sch.name == "" {
			sch = schemaOf(kind)
		}
		if rec, ok := p.record(line, s, sch); ok {
			recs = append(recs, rec)
		}
	}
	if err := sc.Err(); err != nil {
		if !errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("lexicon: read %s: %w", path, err)
		}
		p.errorf(line+1, "line longer than %d bytes", maxLine)
	}
	if kind == 0 {
		if kind = p.kindOfPath(0, header); kind == 0 {
			return nil, p.err()
		}
	}
	lx.Kind = kind
	switch kind {
	case Cues:
		lx.Cues = build(recs, p.claimForms(true), p.cue)
	case Outlets:
		lx.Outlets = build(recs, p.claimOutlet, p.outlet)
	case Roles:
		lx.Roles = build(recs, p.claimNames, p.role)
	case Anonymous:
		lx.Anonymous = build(recs, p.claimForms(false), p.anonTerm)
	case Vague:
		lx.Vague = build(recs, p.claimForms(false), p.vagueTerm)
	case Institutions:
		lx.Institutions = build(recs, p.claimNames, p.institution)
	case Words:
		lx.Words = build(recs, p.claimListForms, p.word)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return lx, nil
}

// parser collects the errors of one file.
type parser struct {
	path string
	errs []error
	more bool // errors beyond maxErrors were dropped
}

func (p *parser) errorf(line int, format string, args ...any) {
	if len(p.errs) == maxErrors {
		p.more = true
		return
	}
	p.errs = append(p.errs, &Error{Path: p.path, Line: line, Err: fmt.Errorf(format, args...)})
}

func (p *parser) failed() bool { return len(p.errs) > 0 }

func (p *parser) err() error {
	if p.more {
		return errors.Join(append(p.errs, fmt.Errorf("lexicon: %s: more errors not shown", p.path))...)
	}
	return errors.Join(p.errs...)
}

func (p *parser) origin(line int) string { return p.path + ":" + strconv.Itoa(line) }

// kindOfPath returns the kind the file name stands for, or reports at line
// that the kind cannot be told, unless a wrong @kind line (at header) was
// reported already.
func (p *parser) kindOfPath(line, header int) Kind {
	if k, ok := kindOfPath(p.path); ok {
		return k
	}
	if header == 0 {
		p.errorf(line, "cannot tell the kind of lexicon: start the file with a line such as \"@kind outlets\" or name it after its kind (%s.txt)",
			strings.Join(kindNames[1:], ".txt, "))
	}
	return 0
}

// stripComment removes a comment (a "#" at the start of the line or after
// white space) and the white space around what is left.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			s = s[:i]
			break
		}
	}
	return strings.TrimSpace(s)
}

func (p *parser) directive(line int, s string) (Kind, bool) {
	words := append(strings.Fields(s[1:]), "")
	if words[0] != "kind" {
		p.errorf(line, "unknown directive @%s (want @kind)", words[0])
		return 0, false
	}
	arg := strings.TrimSpace(strings.Join(words[1:], " "))
	for _, k := range Kinds() {
		if arg == kindNames[k] {
			return k, true
		}
	}
	p.errorf(line, "unknown kind %q (want one of %s)", arg, strings.Join(kindNames[1:], ", "))
	return 0, false
}

// record splits an entry line: name | class | key: list | flag ...
func (p *parser) record(line int, s string, sc schema) (record, bool) {
	fields := strings.Split(s, "|")
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	r := record{line: line, name: fields[0]}
	ok := true
	bad := func(format string, args ...any) {
		p.errorf(line, format, args...)
		ok = false
	}
	if r.name == "" {
		bad("missing %s", sc.name)
	}
	if len(fields) < 2 || fields[1] == "" {
		bad("missing %s (want one of %s)", sc.class, strings.Join(sc.classes, ", "))
	} else if r.class = fields[1]; !slices.Contains(sc.classes, r.class) {
		bad("unknown %s %q (want one of %s)", sc.class, r.class, strings.Join(sc.classes, ", "))
	}
	for i, f := range fields[min(2, len(fields)):] {
		if f == "" {
			bad("empty field %d", i+3)
			continue
		}
		if key, val, isKey := strings.Cut(f, ":"); isKey {
			r.keyField(strings.TrimSpace(key), strings.TrimSpace(val), sc, bad)
		} else {
			r.flag(f, sc, bad)
		}
	}
	return r, ok
}

// flag records the bare flag f of r, reporting with bad a field that is
// no flag of the schema or a flag given twice.
func (r *record) flag(f string, sc schema, bad func(string, ...any)) {
	switch {
	case !slices.Contains(sc.flags, f) && strings.ContainsAny(f, " \t"):
		bad("field %q is neither \"key: value\" nor a flag", f)
	case !slices.Contains(sc.flags, f):
		bad("unknown flag %q%s", f, want(sc.flags, "flags"))
	case r.flags[f]:
		bad("flag %q given twice", f)
	default:
		if r.flags == nil {
			r.flags = map[string]bool{}
		}
		r.flags[f] = true
	}
}

// keyField records the field "key: val" of r, a list or a single value as
// the schema says, reporting with bad an unknown key, a key given twice or
// an empty value.
func (r *record) keyField(key, val string, sc schema, bad func(string, ...any)) {
	_, dupList := r.lists[key]
	_, dupOne := r.one[key]
	switch {
	case dupList || dupOne:
		bad("field %q given twice", key)
	case slices.Contains(sc.lists, key):
		items := strings.Split(val, ",")
		for j := range items {
			items[j] = strings.TrimSpace(items[j])
			if items[j] == "" {
				bad("empty item in %q", key)
			}
		}
		if r.lists == nil {
			r.lists = map[string][]string{}
		}
		r.lists[key] = items
	case slices.Contains(sc.singles, key):
		if val == "" {
			bad("empty field %q", key)
		}
		if r.one == nil {
			r.one = map[string]string{}
		}
		r.one[key] = val
	default:
		bad("unknown field %q (want %s)", key, strings.Join(append(slices.Clone(sc.lists), sc.singles...), ", "))
	}
}

func want(xs []string, what string) string {
	if len(xs) == 0 {
		return " (this kind has no " + what + ")"
	}
	return " (want " + strings.Join(xs, ", ") + ")"
}

// forms returns the name of r followed by its "forms" list.
func forms(r record) []string {
	return append([]string{r.name}, r.lists["forms"]...)
}

// keyOf returns the key a name or form is matched by: its folded tokens
// joined by spaces, periods dropped. It checks the tokens against the
// limits and reports problems on line.
func (p *parser) keyOf(line int, what, s string, gaps bool) (string, bool) {
	keys, err := phraseKeys(s, gaps)
	if err != nil {
		p.errorf(line, "%s %q: %v", what, s, err)
		return "", false
	}
	return strings.Join(keys, " "), true
}

// phraseKeys tokenizes a name, alias or form of an entry into keys.
func phraseKeys(s string, gaps bool) ([]string, error) {
	var keys []string
	nwords := 0
	for _, t := range Tokenize(s) {
		switch {
		case t.Key == ".":
			continue // "Lt. Gov." matches "Lt Gov" and "Lt. Gov."
		case t.Key == "...":
			if !gaps {
				return nil, errors.New(`a gap "..." is allowed only in cues`)
			}
			if len(keys) == 0 || slices.Contains(keys, "...") {
				return nil, errors.New(`a gap "..." must stand between words, once`)
			}
		case words.IsWordRune(firstRune(t.Key)):
			nwords++
		}
		keys = append(keys, t.Key)
	}
	switch {
	case nwords == 0:
		return nil, errors.New("has no word")
	case len(keys) > maxTokens:
		return nil, fmt.Errorf("has more than %d tokens", maxTokens)
	case keys[len(keys)-1] == "...":
		return nil, errors.New(`a gap "..." must stand between words, once`)
	}
	return keys, nil
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// seen maps the keys of a file to the entry that holds them.
type seen map[string]struct {
	line int
	name string
	weak bool
}

// claim records that entry name at line holds key, reporting a clash with an
// earlier holder. Weak keys may be shared by several entries, but a key is
// either weak or strong throughout a file.
func (p *parser) claim(s seen, key string, line int, name, text string, weak bool) {
	prev, ok := s[key]
	switch {
	case !ok:
		s[key] = struct {
			line int
			name string
			weak bool
		}{line, name, weak}
	case prev.line == line:
		p.errorf(line, "%q repeats another name or form of this entry", text)
	case weak && prev.weak:
		// shared weak alias
	case weak || prev.weak:
		p.errorf(line, "%q is weak in one entry and strong in another (line %d, %q)", text, prev.line, prev.name)
	default:
		p.errorf(line, "%q already belongs to %q (line %d)", text, prev.name, prev.line)
	}
}

// build makes an entry of every record, after claim has checked the keys
// it holds against the rest of the file.
func build[T any](recs []record, claim func(seen, record), mk func(record) T) []T {
	out := make([]T, 0, len(recs))
	s := seen{}
	for _, r := range recs {
		claim(s, r)
		out = append(out, mk(r))
	}
	return out
}

// claimForms claims the keys of the name and forms of r.
func (p *parser) claimForms(gaps bool) func(seen, record) {
	return func(s seen, r record) {
		for _, f := range forms(r) {
			if k, ok := p.keyOf(r.line, "form", f, gaps); ok {
				p.claim(s, k, r.line, r.name, f, false)
			}
		}
	}
}

// claimListForms claims the keys of the name and forms of r within its
// list: a word may stand in several lists, once in each.
// Words are matched as written, in lower case, so their forms are checked
// like names but compared by wordKey.
func (p *parser) claimListForms(s seen, r record) {
	for _, f := range forms(r) {
		if _, ok := p.keyOf(r.line, "form", f, false); ok {
			p.claim(s, r.class+" "+wordKey(f), r.line, r.name, f, false)
		}
	}
}

func (p *parser) word(r record) Word {
	return Word{Word: r.name, List: WordList(r.class), Forms: forms(r), Origin: p.origin(r.line)}
}

func (p *parser) cue(r record) Cue {
	c := Cue{Lemma: r.name, Category: CueCategory(r.class), Forms: forms(r),
		Loaded: r.flags["loaded"], Ambiguous: r.flags["ambiguous"], Noun: r.flags["noun"],
		Origin: p.origin(r.line)}
	switch src := r.one["source"]; src {
	case "":
	case string(SourceAfter):
		c.Source = SourceAfter
	case string(SourceGap):
		c.Source = SourceGap
		if !slices.ContainsFunc(c.Forms, hasGap) {
			p.errorf(r.line, `source: gap needs a gap "..." in the cue`)
		}
	default:
		p.errorf(r.line, "unknown source %q (want after or gap)", src)
	}
	return c
}

// hasGap reports whether a form holds a gap.
func hasGap(form string) bool {
	return slices.ContainsFunc(Tokenize(form), func(t Token) bool { return t.Key == "..." })
}

func (p *parser) outlet(r record) Outlet {
	return Outlet{Name: r.name, Type: OutletType(r.class), Country: p.country(r), Aliases: r.lists["aliases"],
		Weak: r.lists["weak"], Domains: r.lists["domains"], Origin: p.origin(r.line)}
}

// claimOutlet claims the names and domains of an outlet.
func (p *parser) claimOutlet(s seen, r record) {
	p.claimNames(s, r)
	for _, d := range r.lists["domains"] {
		if !isHost(d) {
			p.errorf(r.line, "domain %q: want a lower-case host name such as nytimes.com", d)
			continue
		}
		p.claim(s, "domain:"+d, r.line, r.name, d, false)
	}
}

func (p *parser) institution(r record) Institution {
	return Institution{Name: r.name, Type: InstitutionType(r.class), Country: p.country(r),
		Aliases: r.lists["aliases"], Weak: r.lists["weak"], Origin: p.origin(r.line)}
}

func (p *parser) role(r record) Role {
	return Role{Name: r.name, Type: RoleType(r.class), Aliases: r.lists["aliases"],
		Ambiguous: r.flags["ambiguous"], Origin: p.origin(r.line)}
}

func (p *parser) anonTerm(r record) AnonTerm {
	return AnonTerm{Term: r.name, Category: AnonCategory(r.class), Forms: forms(r), Origin: p.origin(r.line)}
}

func (p *parser) vagueTerm(r record) VagueTerm {
	return VagueTerm{Term: r.name, Category: VagueCategory(r.class), Forms: forms(r),
		Party: r.flags["party"], Origin: p.origin(r.line)}
}

// claimNames claims the keys of the name and aliases of r. A name listed
// among its own weak aliases is weak.
func (p *parser) claimNames(s seen, r record) {
	name := r.name
	strong, weak := names(name, r.lists["aliases"], r.lists["weak"])
	for _, a := range strong {
		what := "alias"
		if a == name {
			what = "name"
		}
		if k, ok := p.keyOf(r.line, what, a, false); ok {
			p.claim(s, k, r.line, name, a, false)
		}
	}
	for _, w := range weak {
		if k, ok := p.keyOf(r.line, "weak alias", w, false); ok {
			p.claim(s, k, r.line, name, w, true)
		}
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

// country checks the country field of r.
func (p *parser) country(r record) string {
	c := r.one["country"]
	if c == "" {
		return ""
	}
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		p.errorf(r.line, "country %q: want a two-letter code such as US or MX", c)
	}
	return c
}

// isHost reports whether s is a lower-case host name with at least two
// labels.
func isHost(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 || len(s) > 253 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			c := l[i]
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}
