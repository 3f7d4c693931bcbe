package reports

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/auditnews/audit/archive"
)

// TestWriteDir: a new folder, an empty one and a report's are written;
// anything else is refused and left as it was; nothing is written through
// a link.
func TestWriteDir(t *testing.T) {
	ctx := context.Background()
	db := testArchive(t)
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if _, err := WriteDir(ctx, db, site, testOptions()); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(site); err != nil || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o755) {
		t.Errorf("new folder: %v, %v", st.Mode(), err)
	}
	checkRewrite(t, db, dir, site)
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteDir(ctx, db, empty, testOptions()); err != nil {
		t.Errorf("empty folder: %v", err)
	}
	checkRefused(t, db, dir, empty)

	// nothing is left behind: no half-written folders beside the reports
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if want := []string{"empty", "link", "other", "site"}; !reflect.DeepEqual(names, want) {
		t.Errorf("the folder holds %v, want %v", names, want)
	}
}

// checkRewrite writes the report in site, a report's folder in dir, again:
// it is replaced whole, keeping its mode; a file left there goes, a link
// planted there is not written through.
func checkRewrite(t *testing.T, db *archive.DB, dir, site string) {
	t.Helper()
	first, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	victim := filepath.Join(dir, "victim.html")
	if err := os.WriteFile(filepath.Join(site, "stale.html"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(site, "index.html")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(victim, filepath.Join(site, "index.html")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Chmod(site, 0o700); err != nil { //nolint:gosec // G302: a folder, which needs its x bit; 0700 is its owner's alone
		t.Fatal(err)
	}
	if _, err := WriteDir(context.Background(), db, site, testOptions()); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(victim); err == nil {
		t.Error("the report was written through a link")
	}
	if _, err := os.Stat(filepath.Join(site, "stale.html")); err == nil {
		t.Error("a file of the old report stayed")
	}
	again, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil || string(again) != string(first) {
		t.Errorf("the report written again differs (%v)", err)
	}
	if st, err := os.Stat(site); err != nil || (runtime.GOOS != "windows" && st.Mode().Perm() != 0o700) {
		t.Errorf("replaced folder: %v, %v; want its mode kept", st.Mode(), err)
	}
}

// checkRefused makes, in dir, a folder of other things, a file and a link
// to the folder empty: a report is refused in each, and nothing changed.
func checkRefused(t *testing.T, db *archive.DB, dir, empty string) {
	t.Helper()
	other := filepath.Join(dir, "other")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink(empty, link); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []struct{ dir, want string }{
		{other, "is not empty and holds no report"},
		{filepath.Join(other, "notes.txt"), "is not a folder"},
		{link, "is a symbolic link"},
	} {
		if _, err := WriteDir(context.Background(), db, bad.dir, testOptions()); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("%s: %v, want %q", bad.dir, err, bad.want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(other, "notes.txt")); err != nil || string(b) != "mine" {
		t.Error("a refused folder was changed")
	}
}

// TestWriteDirFailure: a report that fails leaves the folder as it was.
func TestWriteDirFailure(t *testing.T) {
	ctx := context.Background()
	db := testArchive(t)
	dir := t.TempDir()
	site := filepath.Join(dir, "site")
	if _, err := WriteDir(ctx, db, site, testOptions()); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions()
	opts.Pages = []Page{{Path: "broken.html", Write: func(io.Writer) error { return errBroken }}}
	if _, err := WriteDir(ctx, db, site, opts); err == nil {
		t.Fatal("a failing page gave no error")
	}
	after, err := os.ReadFile(filepath.Join(site, "index.html"))
	if err != nil || string(after) != string(before) {
		t.Errorf("a failed run changed the report (%v)", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := WriteDir(cctx, db, site, testOptions()); err == nil {
		t.Error("a cancelled run gave no error")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d entries beside the report, want none", len(entries)-1)
	}
}

// failingSink fails to create the files under one folder, or cancels
// the run at the first file it is asked for.
type failingSink struct {
	folder string
	cancel context.CancelFunc
}

func (f failingSink) Create(p string) (io.WriteCloser, error) {
	if f.cancel != nil {
		f.cancel()
	}
	if f.folder != "" && strings.HasPrefix(p, f.folder) {
		return nil, errBroken
	}
	return nopCloser{io.Discard}, nil
}

// TestWriteFails: a run fails with the first failure of either producer
// or of a page, and with the cancellation of its context.
func TestWriteFails(t *testing.T) {
	db := testArchive(t)
	for _, folder := range []string{"articles/", "sources/", "outlets/", "index"} {
		if _, err := Write(context.Background(), db, failingSink{folder: folder}, testOptions()); !errors.Is(err, errBroken) {
			t.Errorf("%s: %v, want %v", folder, err, errBroken)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if _, err := Write(ctx, db, failingSink{cancel: cancel}, testOptions()); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestSlugs(t *testing.T) {
	got := slugs([]string{"", "The New York Times", "the new york times!", "Le Monde", "El País", "Lloyd's List", "新华社", "***",
		"No Outlet", "Daily Articles 2", "x"})
	want := []string{"no-outlet", "the-new-york-times", "the-new-york-times-2", "le-monde", "el-país", "lloyds-list", "新华社", "outlet",
		"no-outlet-2", "daily-articles-2-2", "x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("slugs = %q\nwant    %q", got, want)
	}
	long := slugOf(strings.Repeat("é", 100))
	if len(long) > 80 || !strings.HasPrefix(long, "éé") {
		t.Errorf("long slug %q", long)
	}
}

func TestPager(t *testing.T) {
	if p := newPager("", 1, 1, 10, 5, "Articles", sourcesPath); p != nil {
		t.Errorf("one page has a pager: %+v", p)
	}
	p := newPager("../", 10, 20, 100, 1950, "Articles", sourcesPath)
	if p.Label != "Articles 901–1,000 of 1,950" || p.Prev != "../sources/page-9.html" || p.Next != "../sources/page-11.html" {
		t.Errorf("pager %+v", p)
	}
	var shown []string
	for _, r := range p.Pages {
		if r.Gap {
			shown = append(shown, "…")
		} else {
			shown = append(shown, strings.TrimSuffix(strings.TrimPrefix(r.Href, "../sources/"), ".html"))
		}
	}
	if got := strings.Join(shown, " "); got != "index … page-7 page-8 page-9 page-10 page-11 page-12 page-13 … page-20" {
		t.Errorf("pages %s", got)
	}
	last := newPager("", 3, 3, 2, 5, "Sources", sourcesPath)
	if last.Next != "" || last.Label != "Sources 5–5 of 5" {
		t.Errorf("last page %+v", last)
	}
}

var errBroken = errors.New("broken")
