// Package archivetest makes archives of analysed articles for the tests
// of the packages that read them: the command's exports and the reports.
package archivetest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/result"
)

// Now is the clock of the archives made here.
func Now() time.Time { return time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC) }

// Articles reads the articles of a file 'audit check --format json'
// wrote.
func Articles(t testing.TB, path string) []result.Article {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := result.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return rep.Articles
}

// New stores articles in a new archive in the test's temporary folder, at
// Now, as ingest would: each identified by its URL, else by
// "/corpus/INPUT". It returns the archive's path; the archive is closed.
func New(t testing.TB, arts []result.Article) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.db")
	ctx := context.Background()
	db, err := archive.Open(ctx, path, archive.Options{Create: true, Now: Now})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		// a failure to close may have lost what was stored
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	}()
	in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: "test", AnalyzerVersion: "test"})
	if err != nil {
		t.Fatal(err)
	}
	for i := range arts {
		a := &arts[i]
		loc := a.Meta.URL
		if loc == "" {
			loc = "/corpus/" + a.Input
		}
		e := &archive.Entry{Article: a, Locator: loc, Input: "/corpus/" + a.Input, Raw: []byte(a.Text),
			InputHash: archive.InputHash("/corpus/"+a.Input, a.Format, "", "", []byte(a.Text))}
		if err := in.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := in.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return path
}
