package findings

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	yml := write(t, dir, ".audit.yaml", `# house rules
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
  - Valley Times
institutions:
  - {name: Springfield City Council, type: legislature, aliases: [City Council]}
officials:
  - {name: Ana Ruiz, role: Mayor}
`)
	toml := write(t, dir, "other.toml", `fail_on = "warning"
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

[[outlets]]
name = "Valley Times"

[[institutions]]
name = "Springfield City Council"
type = "legislature"
aliases = ["City Council"]

[[officials]]
name = "Ana Ruiz"
role = "Mayor"
`)
	for _, p := range []string{yml, toml} {
		c, err := Load(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if c.FailOn != Warning || c.Rules["loaded-cue"] != Off || c.Rules["unsourced-statistic"] != Error ||
			c.MaxAnonymousShare != 0.25 || c.MinClaims != 8 || len(c.Lexicons) != 1 || !filepath.IsAbs(c.Lexicons[0]) ||
			len(c.Outlets) != 2 || c.Outlets[0].Aliases[0] != "Harbor Post" || len(c.Institutions) != 1 ||
			c.Institutions[0].Type != "legislature" || len(c.Officials) != 1 || c.Officials[0].Type != "Mayor" {
			t.Errorf("%s: got %+v", p, c)
		}
		lex := c.LexiconText()
		if !strings.Contains(lex["outlets"], "The Harbor Post | newspaper | aliases: Harbor Post") ||
			!strings.Contains(lex["institutions"], "Springfield City Council | legislature") {
			t.Errorf("%s: lexicon text %q", p, lex)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, want string
	}{
		{"a.yaml", "fail_on: warning\nrules:\n  no-such-rule: error\n", "a.yaml:3: unknown rule \"no-such-rule\""},
		{"b.yaml", "rules:\n  loaded-cue: sometimes\n", "b.yaml:2: rules.loaded-cue: unknown severity \"sometimes\""},
		{"c.yaml", "fail_on: warning\ncolour: red\n", "c.yaml:2: unknown setting \"colour\""},
		{"d.yaml", "rules: [a, b\n", "d.yaml:"},
		{"e.yaml", "thresholds:\n  max_anonymous_share: 2\n", "e.yaml:2: thresholds.max_anonymous_share: want a share between 0 and 1"},
		{"f.yaml", "lexicons: [missing.txt]\n", "f.yaml:1: lexicon \"missing.txt\": no such file"},
		{"g.yaml", "fail_on: off\n", "g.yaml:1: fail_on: want suggestion, warning or error"},
		{"h.toml", "fail_on = \"warning\"\n[rules]\nloaded-cue = \"maybe\"\n", "h.toml:3: rules.loaded-cue: unknown severity"},
		{"i.toml", "fail_on = \"warning\"\ncolour = \"red\"\n", "i.toml:2: unknown setting \"colour\""},
		{"j.toml", "fail_on = \n", "j.toml:1:"},
		{"k.yaml", "outlets:\n  - {type: newspaper}\n", "k.yaml:2: outlets: an entry has no name"},
	}
	for _, tt := range tests {
		p := write(t, dir, tt.name, tt.text)
		_, err := Load(p)
		var ce *ConfigError
		if err == nil || !errors.As(err, &ce) {
			t.Errorf("%s: err = %v, want a ConfigError", tt.name, err)
			continue
		}
		if got := strings.TrimPrefix(err.Error(), dir+string(filepath.Separator)); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: error %q, want it to start %q", tt.name, got, tt.want)
		}
	}
	if _, err := Load(filepath.Join(dir, "none.yaml")); err == nil {
		t.Error("missing file loaded")
	}
}

func TestDiscover(t *testing.T) {
	dir := t.TempDir()
	cfg := write(t, dir, ".audit.toml", "fail_on = \"error\"\n")
	deep := filepath.Join(dir, "desk", "drafts")
	if err := os.MkdirAll(deep, 0o755); err != nil {
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
