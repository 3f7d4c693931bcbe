package findings

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzConfig reads arbitrary bytes as a YAML and a TOML configuration: an
// error is fine, a panic is not.
func FuzzConfig(f *testing.F) {
	for _, s := range []string{
		"fail_on: warning\nrules:\n  loaded-cue: off\n",
		"thresholds:\n  max_anonymous_share: 0.3\noutlets:\n  - name: X\n    aliases: [Y]\n",
		"fail_on = \"error\"\n[rules]\nloaded-cue = \"off\"\n[[outlets]]\nname = \"X\"\n",
		"rules: [a, b\n", "- - -", "outlets: 5", "[[institutions]]\nname = 1\n",
	} {
		f.Add([]byte(s))
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, name := range []string{"c.yaml", "c.toml"} {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if c, err := Load(p); err == nil {
				NewChecker(c)
				c.LexiconText()
			}
		}
	})
}
