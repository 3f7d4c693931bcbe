package main

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestDemoFolder: without --out each run gets a new folder only its user
// may enter; a folder that does not exist is made; a link is refused.
func TestDemoFolder(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	a, err := demoFolder("")
	if err != nil {
		t.Fatal(err)
	}
	b, err := demoFolder("")
	if err != nil {
		t.Fatal(err)
	}
	if a == b {
		t.Errorf("two runs share the folder %s", a)
	}
	st, err := os.Stat(a)
	if err != nil {
		t.Fatal(err)
	}
	if perm := st.Mode().Perm(); runtime.GOOS != "windows" && perm != 0o700 {
		t.Errorf("folder %s has mode %v, want 0700", a, perm)
	}

	dir := t.TempDir()
	made := filepath.Join(dir, "new", "pages")
	if got, err := demoFolder(made); err != nil || got != made {
		t.Errorf("demoFolder(%s) = %q, %v", made, got, err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(made, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if _, err := demoFolder(link); err == nil {
		t.Errorf("demoFolder accepted the link %s", link)
	}
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := demoFolder(file); err == nil {
		t.Errorf("demoFolder accepted the file %s", file)
	}
}
