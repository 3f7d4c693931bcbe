package archive

import (
	"context"
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
	f, err := os.Open(filepath.Join("testdata", "articles.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rep, err := result.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return rep.Articles
}

// fixedNow is the clock of the tests.
func fixedNow() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }

func openTemp(t testing.TB) *DB {
	t.Helper()
	db, err := Open(context.Background(), filepath.Join(t.TempDir(), "audit.db"), Options{Create: true, Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
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
		InputHash: InputHash("/corpus/"+a.Input, a.Format, "", []byte(a.Text)),
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
