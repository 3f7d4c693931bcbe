package input

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/auditnews/audit/article"
)

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"b.txt", "a.html", "sub/c.md", "sub/skip.json", ".hidden/d.txt", "e.htm.gz"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	items, errs := Expand([]string{dir, "-", "https://example.com/a", filepath.Join(dir, "missing.txt"), empty})
	var names []string
	for _, it := range items {
		names = append(names, strings.TrimPrefix(it.Name, dir+string(filepath.Separator)))
	}
	want := "a.html b.txt e.htm.gz sub/c.md - https://example.com/a"
	if got := strings.Join(names, " "); got != filepath.FromSlash(want) {
		t.Errorf("items = %s, want %s", got, want)
	}
	if len(errs) != 2 || !errors.Is(errs[0], ErrNotFound) || !errors.Is(errs[1], ErrNoArticles) {
		t.Errorf("errors = %v", errs)
	}
}

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name        string
		data        string
		contentType string
		format      article.Format
		want        string
		repaired    bool
	}{
		{"utf-8 stays", "Señor", "", article.Text, "Señor", false},
		{"bom dropped", "\xef\xbb\xbfHi", "", article.Text, "Hi", false},
		{"header charset", "Se\xf1or", "text/html; charset=iso-8859-1", article.HTML, "Señor", false},
		{"meta charset", "<meta charset=\"windows-1252\"><p>Se\xf1or \x93q\x94</p>", "", article.HTML, "Señor “q”", false},
		{"utf-8 under a stale meta", `<meta charset="iso-8859-1"><p>Señor</p>`, "", article.HTML, "Señor", false},
		{"latin-1 text repaired", "Se\xf1or", "", article.Text, "Señor", true},
		{"stray byte in utf-8 replaced", "Señor \xff end", "", article.Text, "Señor \uFFFD end", true},
		{"utf-16", "\xff\xfeH\x00i\x00", "", article.Text, "Hi", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, repaired := toUTF8([]byte(tt.data), tt.contentType, tt.format)
			if !strings.Contains(string(got), tt.want) {
				t.Errorf("got %q, want it to contain %q", got, tt.want)
			}
			if repaired != tt.repaired {
				t.Errorf("repaired = %v, want %v", repaired, tt.repaired)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		item Item
		ct   string
		data string
		want article.Format
	}{
		{Item{Name: "a.md"}, "", "plain", article.Markdown},
		{Item{Name: "a.TXT"}, "", "<html>", article.Text},
		// a file named with no known extension is sniffed, as standard input is
		{Item{Name: "story"}, "", "<!DOCTYPE html><html><body>", article.HTML},
		{Item{Name: "story.dat"}, "", "# Bridge\n\nWords.", article.Markdown},
		{Item{Name: "story.log"}, "", "Just words.", article.Text},
		{Item{Name: "-", Kind: Stdin}, "", "  <!DOCTYPE html><html>", article.HTML},
		{Item{Name: "-", Kind: Stdin}, "", "---\ntitle: x\n---\nBody", article.Markdown},
		{Item{Name: "-", Kind: Stdin}, "", "Just words.", article.Text},
		{Item{Name: "https://x.org/a", Kind: URL}, "text/html; charset=utf-8", "words", article.HTML},
		{Item{Name: "https://x.org/a.md", Kind: URL}, "application/octet-stream", "words", article.Markdown},
	}
	for _, tt := range tests {
		if got := sniff(tt.item, tt.ct, []byte(tt.data)); got != tt.want {
			t.Errorf("sniff(%s, %q) = %s, want %s", tt.item.Name, tt.ct, got, tt.want)
		}
	}
}

func TestReadFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	r := NewReader(nil)
	ctx := context.Background()
	for _, tt := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", nil, ErrEmpty},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty},
		{"bin.txt", []byte("PK\x03\x04\x00\x00binary\x00"), ErrBinary},
	} {
		_, err := r.Read(ctx, Item{Name: write(tt.name, tt.data)})
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
		var ie *Error
		if !errors.As(err, &ie) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("%s: error %q does not name the input", tt.name, err)
		}
	}
	r.MaxBytes = 10
	_, err := r.Read(ctx, Item{Name: write("big.txt", []byte(strings.Repeat("word ", 10)))})
	if !errors.Is(err, ErrTooLarge) || !strings.HasSuffix(err.Error(), "larger than the size cap of 10 bytes") {
		t.Errorf("big: err = %v", err)
	}
}

func TestSizeMessage(t *testing.T) {
	for n, want := range map[int64]string{
		1: "1 byte", 10: "10 bytes", 1023: "1023 bytes", 1024: "1 KiB", 1536: "1536 bytes", 500 << 10: "500 KiB",
		1<<20 + 1<<10: "1025 KiB", 32 << 20: "32 MiB", 3 << 30: "3 GiB", 1000000: "1000000 bytes",
	} {
		if got := formatSize(n); got != want {
			t.Errorf("formatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		if _, err := w.Write([]byte("<html><body><p>Se\xf1or</p></body></html>")); err != nil {
			t.Error(err)
		}
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/latin1", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("a", 5000))) //nolint:errcheck // the client may stop reading at its cap
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()
	r := NewReader(nil)

	raw, err := r.Read(ctx, Item{Name: srv.URL + "/moved", Kind: URL})
	if err != nil {
		t.Fatal(err)
	}
	if raw.Format != article.HTML || !strings.Contains(string(raw.Data), "Señor") || !strings.HasSuffix(raw.URL, "/latin1") {
		t.Errorf("got format %s, url %s, data %q", raw.Format, raw.URL, raw.Data)
	}
	if _, err := r.Read(ctx, Item{Name: srv.URL + "/loop", Kind: URL}); err == nil || !strings.Contains(err.Error(), "redirects") {
		t.Errorf("redirect loop: %v", err)
	}
	if _, err := r.Read(ctx, Item{Name: srv.URL + "/nothing", Kind: URL}); err == nil || !strings.Contains(err.Error(), "404") {
		t.Errorf("404: %v", err)
	}
	r.MaxBytes = 1000
	if _, err := r.Read(ctx, Item{Name: srv.URL + "/big", Kind: URL}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big: %v", err)
	}
	r.Timeout = 100 * time.Millisecond
	if _, err := r.Read(ctx, Item{Name: srv.URL + "/slow", Kind: URL}); err == nil || !strings.Contains(err.Error(), "no answer within") {
		t.Errorf("slow: %v", err)
	}
	if _, err := r.Read(ctx, Item{Name: "ftp://example.com/a", Kind: URL}); !errors.Is(err, ErrScheme) {
		t.Errorf("ftp: %v", err)
	}
}
