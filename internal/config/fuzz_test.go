package config

import (
	"errors"
	"testing"

	"github.com/auditnews/audit/internal/findings"
)

// FuzzConfig reads arbitrary bytes as a YAML and a TOML configuration: an
// error is fine, a panic is not, and every error names the file.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"fail_on: warning\nrules:\n  loaded-cue: off\n",
		"thresholds:\n  max_anonymous_share: 0.3\noutlets:\n  - name: X\n    aliases: [Y]\n",
		"fail_on = \"error\"\n[rules]\nloaded-cue = \"off\"\n[[outlets]]\nname = \"X\"\n",
		"rules: [a, b\n", "- - -", "outlets: 5", "[[institutions]]\nname = 1\n",
		"[[outlets]]\nname = \"A\"\n[[outlets]]\nname = \"B\"\ntype = \"paper\"\n",
		"outlets = [{name = \"A\"}, {name = \"B\", colour = 1}]\n",
		"a: &x [1, 2]\nb: *x\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"c.yaml", "c.toml"} {
			c, err := parse(name, data)
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.Path != name {
					t.Fatalf("%s: error %v does not name the file", name, err)
				}
				continue
			}
			findings.NewChecker(c.Checker)
		}
	})
}
