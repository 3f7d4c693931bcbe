package config

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// A node is a value of a configuration file, YAML and TOML alike, with the
// line it stands on: both formats are read into nodes, and one decoder
// checks them and names the line of every mistake.
type node struct {
	at    func() int // the line; a TOML node finds its own only when asked (see tomlReader)
	kind  nodeKind
	text  string  // a scalar's text
	items []*node // a list's items
	keys  []field // a table's keys, in file order
}

func (n *node) line() int { return n.at() }

type nodeKind uint8

const (
	other  nodeKind = iota // what the decoder never wants: a YAML alias, a value nested too deep
	scalar                 // a string, number or boolean
	list
	table
)

// field is a key of a table and its value.
type field struct {
	key string
	at  func() int // the key's line
	val *node
	ord int // where a TOML key is first set, in the order of md.Keys()
}

func (f field) line() int { return f.at() }

// maxDepth is the deepest a node is read: a setting (1) holds a list of
// entries (2), each a table (3) of lists (4) of names (5). Deeper values
// are read as kind other, so nesting costs nothing however deep.
const maxDepth = 5

// fixed returns a line known already.
func fixed(line int) func() int { return func() int { return line } }

// fromYAML reads a YAML file into nodes, each with its yaml.Node's line.
// An empty file is a nil node.
func fromYAML(path string, data []byte) (*node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlSyntaxError(path, err)
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return yamlNode(doc.Content[0], 0), nil
}

// yamlNode converts a yaml.Node at a depth. An alias stays an alias (kind
// other): it is never expanded, so an alias bomb costs nothing.
func yamlNode(n *yaml.Node, depth int) *node {
	out := &node{at: fixed(n.Line)}
	if depth > maxDepth {
		return out
	}
	switch n.Kind {
	case yaml.ScalarNode:
		out.kind, out.text = scalar, n.Value
	case yaml.SequenceNode:
		out.kind = list
		for _, c := range n.Content {
			out.items = append(out.items, yamlNode(c, depth+1))
		}
	case yaml.MappingNode:
		out.kind = table
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			out.keys = append(out.keys, field{key: k.Value, at: fixed(k.Line), val: yamlNode(n.Content[i+1], depth+1)})
		}
	}
	return out
}

// yamlSyntaxError turns a YAML syntax error into an *Error with its line.
// yaml.v3 gives the line of a syntax error only in its message ("yaml:
// line 3: did not find expected key"), not as a field or type, so this is
// the one place the line is read from an error's text.
func yamlSyntaxError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, problem, ok := strings.Cut(rest, ":"); ok {
			if l, e := strconv.Atoi(n); e == nil {
				line, msg = l, strings.TrimSpace(problem)
			}
		}
	}
	return &Error{Path: path, Line: line, Err: errors.New(msg)}
}

// fromTOML reads a TOML file into nodes. A syntax error is a
// toml.ParseError, whose Position gives the line.
func fromTOML(path string, data []byte) (*node, error) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(data), &top)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Path: path, Line: pe.Position.Line, Err: errors.New(pe.Message)}
		}
		return nil, &Error{Path: path, Err: err}
	}
	r := tomlReader{md: &md, text: strings.Split(string(data), "\n"), uses: map[string]int{}, first: map[string]int{}}
	for i, k := range md.Keys() {
		ks := k.String()
		if r.uses[ks] == 0 {
			r.first[ks] = i
		}
		r.uses[ks]++
	}
	return r.table(top, nil, fixed(1), nil, 1), nil
}

// tomlReader converts decoded TOML into nodes.
//
// BurntSushi/toml keeps the position of every key path ("rules.loaded-cue")
// but hands it out only in the ParseError of a value that fails to
// decode; keyLine makes a value fail on purpose to read it. That costs a
// pass over the file, so a node asks only when the decoder wants its line,
// for a mistake. The library keeps one position per key path, that of its
// last use, so the keys of an array of tables ([[outlets]]), used once per
// entry, are looked up in the entry's own lines instead (entryLines).
type tomlReader struct {
	md    *toml.MetaData
	text  []string       // the file's lines
	uses  map[string]int // how many times each key path is set
	first map[string]int // where each key path is first set, in md.Keys()
}

// errProbe is the error keyLine makes a value fail with.
var errProbe = errors.New("config: line probe")

type lineProbe struct{}

func (lineProbe) UnmarshalTOML(any) error { return errProbe }

// keyLine returns a function that finds the line of the key a value was
// decoded from (0 for none) on its first call.
func (r *tomlReader) keyLine(p toml.Primitive) func() int {
	return sync.OnceValue(func() int {
		var pe toml.ParseError
		if errors.As(r.md.PrimitiveDecode(p, lineProbe{}), &pe) {
			return pe.Position.Line
		}
		return 0
	})
}

// table converts a table at a depth; lines, where not nil, are the lines
// of an entry of an array of tables (see entryLines).
func (r *tomlReader) table(m map[string]toml.Primitive, path toml.Key, at func() int, lines []int, depth int) *node {
	n := &node{at: at, kind: table}
	for k, p := range m {
		kp := append(slices.Clip(path), k)
		kat := r.keyLine(p)
		if r.uses[kp.String()] > 1 && lines != nil {
			kat = fixed(r.keyLineIn(lines, k))
		}
		n.keys = append(n.keys, field{key: k, at: kat, val: r.value(p, kp, kat, depth+1), ord: r.first[kp.String()]})
	}
	slices.SortFunc(n.keys, func(a, b field) int { return cmp.Or(cmp.Compare(a.ord, b.ord), strings.Compare(a.key, b.key)) })
	return n
}

// value converts the value of the key path at a depth.
func (r *tomlReader) value(p toml.Primitive, path toml.Key, at func() int, depth int) *node {
	var v any
	if depth > maxDepth || r.md.PrimitiveDecode(p, &v) != nil {
		return &node{at: at}
	}
	switch v.(type) {
	case map[string]any:
		var m map[string]toml.Primitive
		if err := r.md.PrimitiveDecode(p, &m); err != nil {
			return &node{at: at}
		}
		return r.table(m, path, at, nil, depth)
	case []map[string]any:
		var ms []map[string]toml.Primitive
		if err := r.md.PrimitiveDecode(p, &ms); err != nil {
			return &node{at: at}
		}
		return r.arrayOfTables(ms, path, at, depth)
	case []any:
		var ps []toml.Primitive
		if err := r.md.PrimitiveDecode(p, &ps); err != nil {
			return &node{at: at}
		}
		n := &node{at: at, kind: list}
		for _, e := range ps {
			n.items = append(n.items, r.value(e, path, at, depth+1))
		}
		return n
	default:
		return &node{at: at, kind: scalar, text: fmt.Sprint(v)}
	}
}

// arrayOfTables converts the entries of [[name]] tables, each at the line
// of its header where the file's text shows them.
func (r *tomlReader) arrayOfTables(ms []map[string]toml.Primitive, path toml.Key, at func() int, depth int) *node {
	n := &node{at: at, kind: list}
	spans := r.entryLines(path.String(), len(ms))
	for i, m := range ms {
		eat, lines := at, []int(nil)
		if spans != nil {
			eat, lines = fixed(spans[i][0]), spans[i]
		}
		n.items = append(n.items, r.table(m, path, eat, lines, depth+1))
	}
	return n
}

// entryLines returns, for each of the want [[name]] headers of the file,
// the lines from the header up to the next table header, or nil when the
// text does not show want such headers (an array of inline tables, say).
func (r *tomlReader) entryLines(name string, want int) [][]int {
	var spans [][]int
	in := false
	for i, l := range r.text {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			in = tableHeader(t) == "[["+name+"]]"
			if in {
				spans = append(spans, nil)
			}
		}
		if in {
			spans[len(spans)-1] = append(spans[len(spans)-1], i+1)
		}
	}
	if len(spans) != want {
		return nil
	}
	return spans
}

// tableHeader returns a header line without its comment and spaces:
// "[[ outlets ]] # ours" is "[[outlets]]".
func tableHeader(t string) string {
	if i := strings.IndexByte(t, '#'); i >= 0 {
		t = t[:i]
	}
	return strings.Join(strings.Fields(t), "")
}

// keyLineIn returns the first of lines that sets key ("key = ..."), or
// the first of lines.
func (r *tomlReader) keyLineIn(lines []int, key string) int {
	for _, l := range lines {
		t := strings.TrimSpace(r.text[l-1])
		if rest, ok := strings.CutPrefix(t, key); ok && strings.HasPrefix(strings.TrimSpace(rest), "=") {
			return l
		}
	}
	return lines[0]
}
