package findings

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v3"
)

// ConfigNames are the file names a configuration is discovered under, in
// order of preference.
var ConfigNames = []string{".audit.yaml", ".audit.yml", ".audit.toml"}

// Config tunes the checks. The zero value is the defaults.
type Config struct {
	Path   string              // the file read, "" for the defaults
	FailOn Severity            // findings at or above this fail the run; Off means the default, error
	Rules  map[string]Severity // severity overrides; Off disables a rule

	MaxAnonymousShare float64 // anonymous-share fires above this share of claims (default 0.4)
	MaxUnsourcedShare float64 // unsourced-share fires above this share (default 0.7)
	MinClaims         int     // the share rules need at least this many claims (default 5)

	Lexicons     []string // lexicon files, paths made absolute
	Outlets      []Named  // the newsroom's own list of outlets
	Institutions []Named  // and of institutions
	Officials    []Named  // people the newsroom knows: Type holds the role
}

// Named is an outlet or institution a configuration adds.
type Named struct {
	Name    string
	Type    string // outlet type (newspaper, ...) or institution type (agency, ...)
	Aliases []string
	Domains []string
}

func (c Config) withDefaults() Config {
	if c.FailOn == Off {
		c.FailOn = Error
	}
	if c.MaxAnonymousShare == 0 {
		c.MaxAnonymousShare = 0.4
	}
	if c.MaxUnsourcedShare == 0 {
		c.MaxUnsourcedShare = 0.7
	}
	if c.MinClaims == 0 {
		c.MinClaims = 5
	}
	return c
}

// Disable turns rules off, as --disable does.
func (c *Config) Disable(ids ...string) error {
	for _, id := range ids {
		if _, ok := RuleByID(id); !ok {
			return fmt.Errorf("unknown rule %q (see 'audit rules')", id)
		}
		if c.Rules == nil {
			c.Rules = map[string]Severity{}
		}
		c.Rules[id] = Off
	}
	return nil
}

// LexiconText renders the outlets and institutions a configuration lists
// as lexicon files, so the analyzer can read them like any other: kind →
// text.
func (c Config) LexiconText() map[string]string {
	out := map[string]string{}
	render := func(kind, defType string, list []Named) {
		if len(list) == 0 {
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, "@kind %s\n", kind)
		for _, n := range list {
			t := n.Type
			if t == "" {
				t = defType
			}
			fmt.Fprintf(&b, "%s | %s", n.Name, t)
			if len(n.Aliases) > 0 {
				fmt.Fprintf(&b, " | aliases: %s", strings.Join(n.Aliases, ", "))
			}
			if len(n.Domains) > 0 {
				fmt.Fprintf(&b, " | domains: %s", strings.Join(n.Domains, ", "))
			}
			b.WriteByte('\n')
		}
		out[kind] = b.String()
	}
	render("outlets", "newspaper", c.Outlets)
	render("institutions", "agency", c.Institutions)
	return out
}

// ConfigError is a problem in a configuration file, at a line.
type ConfigError struct {
	Path string
	Line int
	Err  error
}

func (e *ConfigError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

// Discover finds the configuration for an input in dir: the nearest
// .audit.yaml, .audit.yml or .audit.toml in dir or a folder above it. It
// returns "" when there is none.
func Discover(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, n := range ConfigNames {
			p := filepath.Join(abs, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// Load reads a configuration file, YAML or TOML by its extension. Every
// problem is a *ConfigError naming the file and line.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return Config{}, &ConfigError{Path: path, Err: err}
	}
	var raw rawConfig
	if strings.HasSuffix(strings.ToLower(path), ".toml") {
		raw, err = parseTOML(path, data)
	} else {
		raw, err = parseYAML(path, data)
	}
	if err != nil {
		return Config{}, err
	}
	return raw.config(path)
}

// rawConfig is the file's content before validation, each value with the
// line it stands on.
type rawConfig struct {
	failOn     value
	rules      []keyValue
	thresholds []keyValue
	lexicons   []value
	outlets    []rawNamed
	insts      []rawNamed
	officials  []rawNamed
}

type value struct {
	s    string
	line int
}

type keyValue struct {
	key string
	value
}

type rawNamed struct {
	name, typ        value
	aliases, domains []string
	line             int
}

var topKeys = map[string]bool{"fail_on": true, "rules": true, "thresholds": true, "lexicons": true, "outlets": true,
	"institutions": true, "officials": true}

func parseYAML(path string, data []byte) (rawConfig, error) {
	var raw rawConfig
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return raw, yamlError(path, err)
	}
	if len(root.Content) == 0 {
		return raw, nil // an empty file: the defaults
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return raw, &ConfigError{Path: path, Line: doc.Line, Err: errors.New("want a mapping of settings (fail_on, rules, thresholds, lexicons, outlets, institutions)")}
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		bad := func(format string, args ...any) error {
			return &ConfigError{Path: path, Line: v.Line, Err: fmt.Errorf(format, args...)}
		}
		switch k.Value {
		case "fail_on":
			if v.Kind != yaml.ScalarNode {
				return raw, bad("fail_on: want a severity")
			}
			raw.failOn = value{v.Value, v.Line}
		case "rules", "thresholds":
			if v.Kind != yaml.MappingNode {
				return raw, bad("%s: want a mapping", k.Value)
			}
			var kvs []keyValue
			for j := 0; j+1 < len(v.Content); j += 2 {
				kk, vv := v.Content[j], v.Content[j+1]
				if vv.Kind != yaml.ScalarNode {
					return raw, &ConfigError{Path: path, Line: vv.Line, Err: fmt.Errorf("%s.%s: want a single value", k.Value, kk.Value)}
				}
				kvs = append(kvs, keyValue{kk.Value, value{vv.Value, kk.Line}})
			}
			if k.Value == "rules" {
				raw.rules = kvs
			} else {
				raw.thresholds = kvs
			}
		case "lexicons":
			if v.Kind != yaml.SequenceNode {
				return raw, bad("lexicons: want a list of files")
			}
			for _, e := range v.Content {
				raw.lexicons = append(raw.lexicons, value{e.Value, e.Line})
			}
		case "outlets", "institutions", "officials":
			if v.Kind != yaml.SequenceNode {
				return raw, bad("%s: want a list", k.Value)
			}
			for _, e := range v.Content {
				n := rawNamed{line: e.Line}
				switch e.Kind {
				case yaml.ScalarNode:
					n.name = value{e.Value, e.Line}
				case yaml.MappingNode:
					for j := 0; j+1 < len(e.Content); j += 2 {
						kk, vv := e.Content[j], e.Content[j+1]
						switch kk.Value {
						case "name":
							n.name = value{vv.Value, vv.Line}
						case "type", "role":
							n.typ = value{vv.Value, vv.Line}
						case "aliases", "domains":
							var list []string
							if vv.Kind == yaml.SequenceNode {
								for _, a := range vv.Content {
									list = append(list, a.Value)
								}
							} else {
								list = strings.Split(vv.Value, ",")
							}
							if kk.Value == "aliases" {
								n.aliases = list
							} else {
								n.domains = list
							}
						default:
							return raw, &ConfigError{Path: path, Line: kk.Line, Err: fmt.Errorf("%s: unknown field %q (want name, type or role, aliases, domains)", k.Value, kk.Value)}
						}
					}
				default:
					return raw, &ConfigError{Path: path, Line: e.Line, Err: fmt.Errorf("%s: want a name or {name, type, aliases, domains}", k.Value)}
				}
				switch k.Value {
				case "outlets":
					raw.outlets = append(raw.outlets, n)
				case "institutions":
					raw.insts = append(raw.insts, n)
				default:
					raw.officials = append(raw.officials, n)
				}
			}
		default:
			return raw, &ConfigError{Path: path, Line: k.Line, Err: fmt.Errorf("unknown setting %q (want %s)", k.Value, knownKeys())}
		}
	}
	return raw, nil
}

func knownKeys() string {
	var ks []string
	for k := range topKeys {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, ", ")
}

// yamlError turns a YAML syntax error ("yaml: line 3: ...") into a
// ConfigError with its line.
func yamlError(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if strings.HasPrefix(msg, "line ") {
		rest := msg[len("line "):]
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if n, e := strconv.Atoi(rest[:i]); e == nil {
				line, msg = n, strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return &ConfigError{Path: path, Line: line, Err: errors.New(msg)}
}

func parseTOML(path string, data []byte) (rawConfig, error) {
	var raw rawConfig
	var t struct {
		FailOn       string            `toml:"fail_on"`
		Rules        map[string]string `toml:"rules"`
		Thresholds   map[string]any    `toml:"thresholds"`
		Lexicons     []string          `toml:"lexicons"`
		Outlets      []map[string]any  `toml:"outlets"`
		Institutions []map[string]any  `toml:"institutions"`
		Officials    []map[string]any  `toml:"officials"`
	}
	md, err := toml.Decode(string(data), &t)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return raw, &ConfigError{Path: path, Line: pe.Position.Line, Err: errors.New(pe.Message)}
		}
		return raw, &ConfigError{Path: path, Err: err}
	}
	lineOf := func(key string) int { return findLine(data, key) }
	for _, k := range md.Undecoded() {
		return raw, &ConfigError{Path: path, Line: lineOf(k[len(k)-1]), Err: fmt.Errorf("unknown setting %q", k.String())}
	}
	if t.FailOn != "" {
		raw.failOn = value{t.FailOn, lineOf("fail_on")}
	}
	for _, k := range sortedKeys(t.Rules) {
		raw.rules = append(raw.rules, keyValue{k, value{t.Rules[k], lineOf(k)}})
	}
	for _, k := range sortedKeys(t.Thresholds) {
		raw.thresholds = append(raw.thresholds, keyValue{k, value{fmt.Sprint(t.Thresholds[k]), lineOf(k)}})
	}
	for _, l := range t.Lexicons {
		raw.lexicons = append(raw.lexicons, value{l, lineOf(l)})
	}
	named := func(list []map[string]any, kind string) ([]rawNamed, error) {
		var out []rawNamed
		for _, m := range list {
			var n rawNamed
			for k, v := range m {
				switch k {
				case "name":
					n.name = value{fmt.Sprint(v), lineOf(fmt.Sprint(v))}
				case "type", "role":
					n.typ = value{fmt.Sprint(v), lineOf(fmt.Sprint(v))}
				case "aliases", "domains":
					var l []string
					switch x := v.(type) {
					case []any:
						for _, a := range x {
							l = append(l, fmt.Sprint(a))
						}
					default:
						l = strings.Split(fmt.Sprint(v), ",")
					}
					if k == "aliases" {
						n.aliases = l
					} else {
						n.domains = l
					}
				default:
					return nil, &ConfigError{Path: path, Line: lineOf(k), Err: fmt.Errorf("%s: unknown field %q (want name, type, aliases, domains)", kind, k)}
				}
			}
			n.line = n.name.line
			out = append(out, n)
		}
		return out, nil
	}
	if raw.outlets, err = named(t.Outlets, "outlets"); err != nil {
		return raw, err
	}
	if raw.insts, err = named(t.Institutions, "institutions"); err != nil {
		return raw, err
	}
	if raw.officials, err = named(t.Officials, "officials"); err != nil {
		return raw, err
	}
	return raw, nil
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// findLine returns the first line of data that holds s, or 0.
func findLine(data []byte, s string) int {
	for i, line := range bytes.Split(data, []byte("\n")) {
		if bytes.Contains(line, []byte(s)) {
			return i + 1
		}
	}
	return 0
}

// config validates the raw settings.
func (raw rawConfig) config(path string) (Config, error) {
	c := Config{Path: path}
	bad := func(line int, format string, args ...any) error {
		return &ConfigError{Path: path, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if raw.failOn.s != "" {
		s, err := ParseSeverity(raw.failOn.s)
		if err != nil || s == Off {
			return c, bad(raw.failOn.line, "fail_on: want suggestion, warning or error, not %q", raw.failOn.s)
		}
		c.FailOn = s
	}
	for _, kv := range raw.rules {
		if _, ok := RuleByID(kv.key); !ok {
			return c, bad(kv.line, "unknown rule %q", kv.key)
		}
		s, err := ParseSeverity(kv.s)
		if err != nil {
			return c, bad(kv.line, "rules.%s: %v", kv.key, err)
		}
		if c.Rules == nil {
			c.Rules = map[string]Severity{}
		}
		c.Rules[kv.key] = s
	}
	for _, kv := range raw.thresholds {
		f, err := strconv.ParseFloat(kv.s, 64)
		if err != nil {
			return c, bad(kv.line, "thresholds.%s: want a number, not %q", kv.key, kv.s)
		}
		switch kv.key {
		case "max_anonymous_share", "max_unsourced_share":
			if f <= 0 || f > 1 {
				return c, bad(kv.line, "thresholds.%s: want a share between 0 and 1, not %v", kv.key, f)
			}
			if kv.key == "max_anonymous_share" {
				c.MaxAnonymousShare = f
			} else {
				c.MaxUnsourcedShare = f
			}
		case "min_claims":
			if f < 1 || f != float64(int(f)) {
				return c, bad(kv.line, "thresholds.min_claims: want a whole number of at least 1, not %v", f)
			}
			c.MinClaims = int(f)
		default:
			return c, bad(kv.line, "unknown threshold %q (want max_anonymous_share, max_unsourced_share, min_claims)", kv.key)
		}
	}
	dir := filepath.Dir(path)
	for _, l := range raw.lexicons {
		p := l.s
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if _, err := os.Stat(p); err != nil {
			return c, bad(l.line, "lexicon %q: no such file", l.s)
		}
		c.Lexicons = append(c.Lexicons, p)
	}
	conv := func(list []rawNamed, kind string) ([]Named, error) {
		var out []Named
		for _, n := range list {
			if strings.TrimSpace(n.name.s) == "" {
				return nil, bad(n.line, "%s: an entry has no name", kind)
			}
			out = append(out, Named{Name: strings.TrimSpace(n.name.s), Type: strings.TrimSpace(n.typ.s), Aliases: trimAll(n.aliases), Domains: trimAll(n.domains)})
		}
		return out, nil
	}
	var err error
	if c.Outlets, err = conv(raw.outlets, "outlets"); err != nil {
		return c, err
	}
	if c.Institutions, err = conv(raw.insts, "institutions"); err != nil {
		return c, err
	}
	if c.Officials, err = conv(raw.officials, "officials"); err != nil {
		return c, err
	}
	return c, nil
}

func trimAll(l []string) []string {
	var out []string
	for _, s := range l {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
