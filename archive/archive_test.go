package archive

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/auditnews/audit/result"
)

// fixtures reads testdata/articles.json: four short articles of two
// outlets, written for these tests (testdata/articles/*.md) and analysed
// with 'audit check --format json *.md' in that folder.
func fixtures(t testing.TB) []result.Article {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := result.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return rep.Articles
}

// must fails the test at once when err is not nil.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// closeAtEnd closes c when the test ends, and fails the test if that
// fails.
func closeAtEnd(t testing.TB, c io.Closer) {
	t.Helper()
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
}

// queryInt runs a query of one integer.
func queryInt(t testing.TB, db *sql.DB, q string) int {
	t.Helper()
	var n int
	must(t, db.QueryRow(q).Scan(&n))
	return n
}

// fixedNow is the clock of the tests.
func fixedNow() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "audit.db"), Options{Create: true, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, db)
	return db
}

// entryOf makes the entry of a fixture article, as ingest would.
func entryOf(a *result.Article) *Entry {
	loc := a.Meta.URL
	if loc == "" {
		loc = "/corpus/" + a.Input
	}
	return &Entry{
		Article: a, Locator: loc, Input: "/corpus/" + a.Input, Raw: []byte("raw " + a.Text),
		InputHash: InputHash("/corpus/"+a.Input, a.Format, "", "", []byte(a.Text)),
	}
}

// ingest stores entries with the given analyzer version and returns each
// status.
func ingest(t testing.TB, db *DB, analyzer string, entries ...*Entry) []Status {
	t.Helper()
	ctx := context.Background()
	var got []Status
	in, err := db.Ingest(ctx, IngestOptions{ToolVersion: "test", AnalyzerVersion: analyzer, BatchSize: 3,
		OnStored: func(e *Entry, s Status, err error) {
			if err != nil {
				t.Errorf("%s: %v", e.Locator, err)
			}
			got = append(got, s)
		}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := in.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := in.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return got
}

func fixtureEntries(t testing.TB) []*Entry {
	arts := fixtures(t)
	var out []*Entry
	for i := range arts {
		out = append(out, entryOf(&arts[i]))
	}
	return out
}

func TestIngestIdempotent(t *testing.T) {
	db := openTemp(t)
	got := ingest(t, db, "v1", fixtureEntries(t)...)
	want := []Status{Added, Added, Added, Added}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("first ingest: %v, want %v", got, want)
	}
	got = ingest(t, db, "v1", fixtureEntries(t)...)
	want = []Status{Unchanged, Unchanged, Unchanged, Unchanged}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("second ingest: %v, want %v", got, want)
	}
	for _, e := range fixtureEntries(t) {
		ok, err := db.Analysed(context.Background(), e.InputHash, "v1")
		if err != nil || !ok {
			t.Errorf("%s: Analysed = %v, %v; want true", e.Locator, ok, err)
		}
		if ok, _ := db.Analysed(context.Background(), e.InputHash, "v2"); ok {
			t.Errorf("%s: analysed by v2, says Analysed", e.Locator)
		}
	}
}

func TestVersionsAndReanalysis(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	first := fixtureEntries(t)
	ingest(t, db, "v1", first...)

	// the same article with a changed text is a new version; the old one stays
	arts := fixtures(t)
	changed := arts[1]
	changed.Text += "\n\nA correction was added."
	e := entryOf(&changed)
	e.InputHash = InputHash(e.Input, changed.Format, "", "", []byte(changed.Text))
	if got := ingest(t, db, "v1", e); !reflect.DeepEqual(got, []Status{NewVersion}) {
		t.Fatalf("changed text: %v, want new version", got)
	}
	infos, err := db.Articles(ctx, Filter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, a := range infos {
		if a.Title == changed.Meta.Title {
			id = a.ID
		}
	}
	vs, err := db.Versions(ctx, id)
	if err != nil || len(vs) != 2 || vs[0].Current || !vs[1].Current || vs[1].Seq != 2 {
		t.Fatalf("versions = %+v, %v; want two, the second current", vs, err)
	}
	old, err := db.VersionArticle(ctx, vs[0].ID)
	if err != nil || old.Text != arts[1].Text {
		t.Fatalf("first version's text changed (%v)", err)
	}

	// another analyzer: Stale lists every version; storing them again updates
	stale, err := db.Stale(ctx, "v2")
	if err != nil || len(stale) != 5 {
		t.Fatalf("Stale = %v, %v; want 5 versions", stale, err)
	}
	var again []*Entry
	for _, v := range stale {
		in, err := db.StoredInput(ctx, v)
		if err != nil {
			t.Fatal(err)
		}
		a, err := db.VersionArticle(ctx, v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytesEqual(in.Data, []byte("raw "+a.Text)) {
			t.Errorf("version %d: stored input %q is not what was given", v, in.Data)
		}
		again = append(again, &Entry{Article: a, Locator: in.Locator, Input: in.Input, Raw: in.Data, InputHash: in.InputHash, Version: v})
	}
	got := ingest(t, db, "v2", again...)
	for i, s := range got {
		if s != Updated {
			t.Errorf("reanalysis %d: %v, want updated", i, s)
		}
	}
	if stale, _ := db.Stale(ctx, "v2"); len(stale) != 0 {
		t.Errorf("after reanalysis, %d versions still stale", len(stale))
	}
	st, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 4 || st.Versions != 5 || st.Runs != 3 || len(st.Analyzers) != 1 || st.Analyzers[0].Version != "v2" {
		t.Errorf("stats = %+v", st)
	}
}

func bytesEqual(a, b []byte) bool { return string(a) == string(b) }

// TestRoundTrip stores the fixtures and reads each back: the article must
// be the one stored, texts included, and the claims view must cut the
// same claim texts from the version's text.
func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	arts := fixtures(t)
	ingest(t, db, "v1", fixtureEntries(t)...)
	n := 0
	err := db.EachArticle(ctx, Filter{}, func(info ArticleInfo, a *result.Article) error {
		want := arts[info.ID-1]
		if !reflect.DeepEqual(*a, want) {
			t.Errorf("article %d (%s) differs after storing", info.ID, want.Input)
		}
		n++
		return nil
	})
	if err != nil || n != len(arts) {
		t.Fatalf("EachArticle: %d articles, %v", n, err)
	}
	a, err := db.Article(ctx, 2)
	if err != nil || !reflect.DeepEqual(*a, arts[1]) {
		t.Errorf("Article(2) differs (%v)", err)
	}
	if _, err := db.Article(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("Article(99): %v, want ErrNotFound", err)
	}
	rows, err := db.ro.QueryContext(ctx, `SELECT article_id, claim, text FROM current_claims`)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := rows.Close(); err != nil {
			t.Error(err)
		}
	}()
	for rows.Next() {
		var id int64
		var claim int
		var text string
		if err := rows.Scan(&id, &claim, &text); err != nil {
			t.Fatal(err)
		}
		if want := arts[id-1].Claims[claim-1].Text; text != want {
			t.Errorf("article %d claim %d: view gives %q, want %q", id, claim, text, want)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestFilters(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	ingest(t, db, "v1", fixtureEntries(t)...)
	for _, tc := range []struct {
		f    Filter
		want int
	}{
		{Filter{}, 4},
		{Filter{Outlet: "harbor post"}, 2},
		{Filter{Outlet: "The Valley  Times"}, 2},
		{Filter{Outlet: "Nobody"}, 0},
		{Filter{Since: "2025-03-11"}, 3},
		{Filter{Until: "2025-03-11"}, 2},
		{Filter{Since: "2025-03-05", Until: "2025-03-31", Outlet: "Valley Times"}, 1},
	} {
		n, err := db.CountArticles(ctx, tc.f)
		if err != nil || n != tc.want {
			t.Errorf("%+v: %d articles (%v), want %d", tc.f, n, err, tc.want)
		}
	}
	if err := (Filter{Since: "March"}).Check(); err == nil {
		t.Error("Check accepts a bad date")
	}
	page, err := db.Articles(ctx, Filter{}, Page{Limit: 2, Offset: 1})
	if err != nil || len(page) != 2 || page[0].Published != "2025-03-11" {
		t.Errorf("page = %+v, %v", page, err)
	}
}
