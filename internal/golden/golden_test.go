package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		want, got, has string
	}{
		{"a\nb\nc", "a\nB\nc", "line 2:\n  want: b\n  got:  B\n"},
		{"a\nb", "a\nb\nc", "2 lines wanted, 3 got"},
		{"same", "same", ""},
	}
	for _, tt := range tests {
		d := Diff(tt.want, tt.got)
		if tt.has == "" && d != "" || !strings.Contains(d, tt.has) {
			t.Errorf("Diff(%q, %q) = %q, want it to hold %q", tt.want, tt.got, d, tt.has)
		}
	}
}

func TestCheckWritesThenMatches(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "out.golden")
	Check(t, path, []byte("hello\n"), true)
	raw, err := os.ReadFile(path)
	if err != nil || string(raw) != "hello\n" {
		t.Fatalf("update wrote %q, %v", raw, err)
	}
	Check(t, path, []byte("hello\n"), false)
}
