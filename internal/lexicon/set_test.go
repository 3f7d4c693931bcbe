package lexicon

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// testSet builds a set from small files, one per kind.
func testSet(t *testing.T, files map[string]string) *Set {
	t.Helper()
	s := New()
	for name, text := range files {
		lx, err := Parse(0, strings.NewReader(text), name)
		if err != nil {
			t.Fatal(err)
		}
		s.Add(lx)
	}
	return s
}

func TestSetAddOverrides(t *testing.T) {
	s := testSet(t, map[string]string{"cues.txt": "say | speech | forms: says, said\nwant | intention | forms: wants\n"})
	fsys := fstest.MapFS{"local/cues-newsroom.txt": {Data: []byte(
		"# our corrections\nwant | speech | forms: wants, wanted\nopine | belief | forms: opined\n")}}
	if err := s.Load(fsys, "local/cues-newsroom.txt"); err != nil {
		t.Fatal(err)
	}
	if n := len(s.Cues()); n != 3 {
		t.Errorf("%d cues, want 3", n)
	}
	c, ok := find(s.Cues(), "wanted", cueForms)
	if !ok || c.Category != Speech || c.Origin != "local/cues-newsroom.txt:2" {
		t.Errorf("Cue(wanted) = %+v, %v", c, ok)
	}
	if c, ok := find(s.Cues(), "said", cueForms); !ok || c.Lemma != "say" {
		t.Errorf("Cue(said) = %+v, %v", c, ok)
	}
}

func TestSetAddWords(t *testing.T) {
	s := defaultSet(t)
	before := len(s.Words())
	lx, err := Parse(0, strings.NewReader("@kind words\nlockdown | declared_act | forms: lockdowns\nwar | declared_act | forms: wars\n"), "words-local.txt")
	if err != nil {
		t.Fatal(err)
	}
	s.Add(lx)
	if got := len(s.Words()); got != before+1 {
		t.Errorf("%d words after adding one and replacing one, want %d", got, before+1)
	}
	for _, w := range s.Words() {
		if w.List == DeclaredAct && w.Word == "war" && (len(w.Forms) != 2 || w.Origin != "words-local.txt:3") {
			t.Errorf("war was not replaced: %+v", w)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	s := New()
	err := s.Load(fstest.MapFS{}, "outlets.txt")
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "lexicon: ") {
		t.Errorf("missing file: %v", err)
	}
	err = s.LoadFile(filepath.Join(t.TempDir(), "none.txt"))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}

	path := filepath.Join(t.TempDir(), "outlets.txt")
	if err := os.WriteFile(path, []byte("Reuters | wire\nAP | wire | country: USA\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = s.LoadFile(path)
	var le *Error
	if !errors.As(err, &le) || le.Path != path || le.Line != 2 {
		t.Fatalf("err = %v", err)
	}
	if len(s.Outlets()) != 0 {
		t.Error("a file with errors was added")
	}
	if err := os.WriteFile(path, []byte("Reuters | wire\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.LoadFile(path); err != nil || len(s.Outlets()) != 1 {
		t.Errorf("LoadFile: %v, %d outlets", err, len(s.Outlets()))
	}
}
