package manifest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/input"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []Row
		err      string
	}{
		{"csv", "path,outlet,title,published,authors,section\na.txt,Harbor Post,\"Toll, again\",2025-03-04,Ana Lima; Ben Ortiz,Metro\n",
			[]Row{{Line: 2, Path: "a.txt", Outlet: "Harbor Post", Title: "Toll, again", Published: "2025-03-04", Authors: []string{"Ana Lima", "Ben Ortiz"}, Section: "Metro"}}, ""},
		{"csv crlf, extra column, blank line", "\uFEFFPath,Notes,URL\r\nb.md,x,https://example.com/b\r\n\r\n,,https://example.com/c\r\n",
			[]Row{{Line: 2, Path: "b.md", URL: "https://example.com/b"}, {Line: 4, URL: "https://example.com/c"}}, ""},
		{"tsv", "path\toutlet\tpublished\na.txt\tValley Times\t2025-03-04T10:00:00Z\n",
			[]Row{{Line: 2, Path: "a.txt", Outlet: "Valley Times", Published: "2025-03-04"}}, ""},
		{"jsonl", `{"path": "a.txt", "authors": ["Ana Lima", " "], "published": "2025-03-04"}` + "\n\n" + `{"url": "https://example.com/x", "authors": "A; B", "extra": 3}`,
			[]Row{{Line: 1, Path: "a.txt", Authors: []string{"Ana Lima"}, Published: "2025-03-04"}, {Line: 3, URL: "https://example.com/x", Authors: []string{"A", "B"}}}, ""},
		{"no path column", "file,outlet\na.txt,x\n", nil, "1: no path or url column"},
		{"row without path", "path,outlet\n,Harbor Post\n", nil, "2: no path or url"},
		{"bad date", "path,published\na.txt,March 4\n", nil, "2: published: unreadable date"},
		{"bad url", "url\nftp://example.com/a\n", nil, "2: url"},
		{"bad json", "{\"path\": \"a.txt\"}\n{\"path\": 3}\n", nil, "2: path: want a string"},
		{"not an object", "{\"path\": \"a.txt\"}\n[1]\n", nil, "2: not a JSON object"},
		{"bad quote", "path,title\na.txt,\"open\n", nil, "2:"},
		{"empty", "", nil, "1: empty manifest"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse([]byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("err = %v, want one starting %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "corpus")
	if err := os.Mkdir(sub, 0o700); err != nil {
		t.Fatal(err)
	}
	man := filepath.Join(dir, "manifest.csv")
	if err := os.WriteFile(man, []byte("path,url,outlet\ncorpus/a.txt,,A\ncorpus/b,,B\n"+filepath.Join(sub, "c.html")+",,C\n,https://Example.com/d#top,D\ncorpus/e.txt,,E\ncorpus/e.md,,E2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := Load(man)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	for _, tc := range []struct {
		it   input.Item
		want string
	}{
		{input.Item{Name: "a.txt", Kind: input.File}, "A"},                // relative to the working folder, matched absolutely
		{input.Item{Name: "./../corpus/a.txt", Kind: input.File}, "A"},    // cleaned
		{input.Item{Name: "b.txt.gz", Kind: input.File}, "B"},             // the row names it without its extensions
		{input.Item{Name: "c.html", Kind: input.File}, "C"},               // an absolute path in the manifest
		{input.Item{Name: "https://example.com/d", Kind: input.URL}, "D"}, // scheme and host case, fragment
		{input.Item{Name: "e.txt", Kind: input.File}, "E"},                // exact beats stem
		{input.Item{Name: "e.html", Kind: input.File}, ""},                // the stem e is ambiguous
		{input.Item{Name: "other.txt", Kind: input.File}, ""},
	} {
		got := ""
		if r := m.Lookup(tc.it); r != nil {
			got = r.Outlet
		}
		if got != tc.want {
			t.Errorf("%s: row %q, want %q", tc.it.Name, got, tc.want)
		}
	}
	items := m.Items()
	if len(items) != 6 || items[0].Name != filepath.Join(sub, "a.txt") || items[3].Kind != input.URL {
		t.Errorf("Items = %+v", items)
	}
	if _, err := New("m.csv", dir, []Row{{Line: 2, Path: "a.txt"}, {Line: 3, Path: "./a.txt"}}); err == nil || !strings.Contains(err.Error(), "m.csv:3: path ./a.txt is listed twice (line 2)") {
		t.Errorf("a path listed twice: %v", err)
	}
}

func TestMeta(t *testing.T) {
	r := &Row{Line: 4, Path: "a.txt", URL: "https://example.com/a", Outlet: "A", Authors: []string{"X"}}
	back, err := ParseMeta(r.Meta())
	if err != nil {
		t.Fatal(err)
	}
	want := *r
	want.Line, want.Path = 0, ""
	if !reflect.DeepEqual(*back, want) {
		t.Errorf("round trip: %+v, want %+v", *back, want)
	}
	if (*Row)(nil).Meta() != "" || (&Row{Path: "a"}).Meta() != "" {
		t.Error("a row with no metadata has some")
	}
}

// FuzzParse feeds arbitrary manifests: no panic, and every row read has a
// path or URL, a line number, valid dates and no empty author.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"path,outlet\na.txt,x\n", "url\thtml\nhttps://a.example/x\t1\n", `{"path": "a", "authors": ["x"]}`,
		"path,published\na,2025-01-02T03:04:05Z\n", "\uFEFFpath\n\"a\"\"b\"\n", "{}\n", "path,path\na,b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := Parse(data)
		if err != nil {
			return
		}
		for _, r := range rows {
			if r.Path == "" && r.URL == "" || r.Line < 1 {
				t.Fatalf("row %+v", r)
			}
			if r.Published != "" {
				if _, err := Date(r.Published); err != nil || len(r.Published) != 10 {
					t.Fatalf("published %q", r.Published)
				}
			}
			for _, a := range r.Authors {
				if strings.TrimSpace(a) == "" {
					t.Fatalf("empty author in %+v", r)
				}
			}
			if utf8.ValidString(r.Outlet) {
				_ = r.Meta()
			}
		}
		if _, err := New("m", "/corpus", rows); err == nil {
			_ = len(rows)
		}
	})
}
