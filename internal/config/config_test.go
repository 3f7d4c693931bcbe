package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
)

func write(t testing.TB, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

const houseYAML = `# house rules
fail_on: warning
rules:
  loaded-cue: off
  unsourced-statistic: error
thresholds:
  max_anonymous_share: 0.25
  min_claims: 8
lexicons: [house.txt]
outlets:
  - name: The Harbor Post
    aliases: [Harbor Post]
    domains: [harborpost.com]
  - Valley Times
institutions:
  - {name: Springfield City Council, type: legislature, aliases: [City Council]}
officials:
  - {name: Ana Ruiz, role: Mayor}
`

const houseTOML = `fail_on = "warning"
lexicons = ["house.txt"]

[rules]
loaded-cue = "off"
unsourced-statistic = "error"

[thresholds]
max_anonymous_share = 0.25
min_claims = 8

[[outlets]]
name = "The Harbor Post"
aliases = ["Harbor Post"]
domains = ["harborpost.com"]

[[outlets]]
name = "Valley Times"

[[institutions]]
name = "Springfield City Council"
type = "legislature"
aliases = ["City Council"]

[[officials]]
name = "Ana Ruiz"
role = "Mayor"
`

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	lex := write(t, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	want := File{
		Checker: findings.Options{FailOn: findings.Warning,
			Rules:             map[string]findings.Severity{"loaded-cue": findings.Off, "unsourced-statistic": findings.Error},
			MaxAnonymousShare: 0.25, MinClaims: 8},
		Lexicons: []string{lex},
		Outlets: []attribution.KnownOutlet{
			{Name: "The Harbor Post", Aliases: []string{"Harbor Post"}, Domains: []string{"harborpost.com"}},
			{Name: "Valley Times"},
		},
		Institutions: []attribution.KnownInstitution{{Name: "Springfield City Council", Type: "legislature", Aliases: []string{"City Council"}}},
		Officials:    []attribution.KnownPerson{{Name: "Ana Ruiz", Role: "Mayor", Official: true}},
	}
	for name, text := range map[string]string{".audit.yaml": houseYAML, "house.toml": houseTOML} {
		p := write(t, dir, name, text)
		f, err := Load(p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want.Path = p
		if !reflect.DeepEqual(*f, want) {
			t.Errorf("%s:\n got %+v\nwant %+v", name, *f, want)
		}
	}
	for _, empty := range []string{"empty.yaml", "empty.toml"} {
		f, err := Load(write(t, dir, empty, "# nothing yet\n"))
		if err != nil || !reflect.DeepEqual(f.Checker, findings.Options{}) || f.Outlets != nil {
			t.Errorf("%s: got %+v, %v; want the defaults", empty, f, err)
		}
	}
}

// TestLoadErrors checks that every kind of mistake names the file and the
// line it is on.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, want string
	}{
		// unknown rule
		{"rule.yaml", "fail_on: warning\nrules:\n  no-such-rule: error\n", `rule.yaml:3: unknown rule "no-such-rule"`},
		{"rule.toml", "fail_on = \"warning\"\n\n[rules]\nloaded-cue = \"off\"\nno-such-rule = \"error\"\n", `rule.toml:5: unknown rule "no-such-rule"`},
		// bad severity
		{"sev.yaml", "rules:\n  loaded-cue: sometimes\n", `sev.yaml:2: rules.loaded-cue: unknown severity "sometimes"`},
		{"sev.toml", "fail_on = \"warning\"\n[rules]\nloaded-cue = \"maybe\"\n", `sev.toml:3: rules.loaded-cue: unknown severity "maybe"`},
		{"sev2.toml", "[rules]\nloaded-cue = 1\n", `sev2.toml:2: rules.loaded-cue: unknown severity "1"`},
		{"failon.yaml", "fail_on: off\n", `failon.yaml:1: fail_on: want suggestion, warning or error, not "off"`},
		{"failon.toml", "# ours\nfail_on = \"never\"\n", `failon.toml:2: fail_on: want suggestion, warning or error, not "never"`},
		// bad threshold
		{"share.yaml", "thresholds:\n  max_anonymous_share: 2\n", `share.yaml:2: thresholds.max_anonymous_share: want a share between 0 and 1, not 2`},
		{"share.toml", "[thresholds]\nmin_claims = 8\nmax_unsourced_share = \"most\"\n", `share.toml:3: thresholds.max_unsourced_share: want a number, not "most"`},
		{"claims.yaml", "thresholds:\n  min_claims: 2.5\n", `claims.yaml:2: thresholds.min_claims: want a whole number of at least 1, not 2.5`},
		{"threshold.toml", "[thresholds]\n\nmax_share = 0.5\n", `threshold.toml:3: unknown threshold "max_share"`},
		// syntax errors
		{"syntax.yaml", "fail_on: warning\n\tcolour: red\n", `syntax.yaml:2: found a tab character that violates indentation`},
		{"syntax2.yaml", "fail_on: warning\nrules: loaded-cue: off\n", `syntax2.yaml:2: mapping values are not allowed in this context`},
		{"syntax.toml", "fail_on = \"warning\"\nfail_on = \n", `syntax.toml:2: expected value but found '\n' instead`},
		{"dup.toml", "fail_on = \"warning\"\nfail_on = \"error\"\n", `dup.toml:2: Key 'fail_on' has already been defined.`},
		// unknown keys
		{"key.yaml", "fail_on: warning\ncolour: red\n", `key.yaml:2: unknown setting "colour"`},
		{"key.toml", "fail_on = \"warning\"\ncolour = \"red\"\n", `key.toml:2: unknown setting "colour"`},
		{"field.yaml", "outlets:\n  - name: A Paper\n    colour: red\n", `field.yaml:3: outlets: unknown field "colour" (want name, type, role, aliases, domains)`},
		{"field.toml", "[[officials]]\nname = \"Ana Ruiz\"\naliases = [\"Ruiz\"]\n", `field.toml:3: officials: unknown field "aliases" (want name, role, type)`},
		{"twice.yaml", "rules:\n  loaded-cue: off\n  loaded-cue: error\n", `twice.yaml:3: rules.loaded-cue given twice (first at line 2)`},
		// bad lexicon path
		{"lexicon.yaml", "fail_on: warning\nlexicons:\n  - house.txt\n  - missing.txt\n", `lexicon.yaml:4: lexicon "missing.txt": no such file`},
		{"lexicon.toml", "lexicons = [\"missing.txt\"]\n", `lexicon.toml:1: lexicon "missing.txt": no such file`},
		// outlets, institutions and officials
		{"noname.yaml", "outlets:\n  - {type: newspaper}\n", `noname.yaml:2: outlets: an entry has no name`},
		{"type.yaml", "outlets:\n  - A Paper\n  - {name: B Paper, type: paper}\n", `type.yaml:3: outlets: unknown type "paper"`},
		{"clash.yaml", "institutions:\n  - {name: Port Authority}\n  - {name: Harbor Board, aliases: [Port Authority]}\n",
			`clash.yaml:3: institutions: "Port Authority" already belongs to "Port Authority" (line 2)`},
		{"domain.toml", "[[outlets]]\nname = \"A Paper\"\n\n[[outlets]]\nname = \"B Paper\"\ndomains = \"https://b.com\"\n",
			`domain.toml:4: outlets: domain "https://b.com": want a lower-case host name`},
		{"entries.toml", "[[outlets]]\nname = \"A Paper\"\ntype = \"wire\"\n\n[[outlets]]\nname = \"B Paper\"\ntype = \"paper\"\n\n[[outlets]]\nname = \"C Paper\"\ntype = \"digital\"\n",
			`entries.toml:5: outlets: unknown type "paper"`},
		{"entryfield.toml", "[[outlets]]\nname = \"A Paper\"\ncolour = 1\n\n[[outlets]]\nname = \"B Paper\"\ncolour = 2\n",
			`entryfield.toml:3: outlets: unknown field "colour"`},
		{"list.yaml", "officials: Ana Ruiz\n", `list.yaml:1: officials: want a list`},
		{"alias.yaml", "base: &b {loaded-cue: off}\nrules: *b\n", `alias.yaml:1: unknown setting "base"`},
		{"alias2.yaml", "rules: &b {loaded-cue: off}\nthresholds: *b\n", `alias2.yaml:2: thresholds: want a mapping`},
	}
	write(t, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, dir, tt.name, tt.text)
			_, err := Load(p)
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want a *config.Error", err)
			}
			if got := strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)); !strings.HasPrefix(got, tt.want) {
				t.Errorf("error %q, want it to start %q", got, tt.want)
			}
		})
	}
	_, err := Load(filepath.Join(dir, "none.yaml"))
	if err == nil || !strings.HasSuffix(err.Error(), "none.yaml: no such file or directory") {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	cfg := write(t, dir, ".audit.toml", "fail_on = \"error\"\n")
	deep := filepath.Join(dir, "desk", "drafts")
	if err := os.MkdirAll(deep, 0o750); err != nil {
		t.Fatal(err)
	}
	if got := Discover(deep); got != cfg {
		t.Errorf("Discover = %q, want %q", got, cfg)
	}
	near := write(t, dir, "desk/.audit.yaml", "fail_on: warning\n")
	if got := Discover(deep); got != near {
		t.Errorf("Discover = %q, want the nearer %q", got, near)
	}
}
