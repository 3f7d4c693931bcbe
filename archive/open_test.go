package archive

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// schemaOf lists the archive's schema objects and versions.
func schemaOf(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	rows, err := db.Query(`SELECT type, name, COALESCE(sql, '') FROM sqlite_schema ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := rows.Close(); err != nil {
			t.Error(err)
		}
	}()
	for rows.Next() {
		var typ, name, text string
		if err := rows.Scan(&typ, &name, &text); err != nil {
			t.Fatal(err)
		}
		b.WriteString(typ + " " + name + ": " + text + "\n")
	}
	must(t, rows.Err())
	for _, p := range []string{"user_version", "application_id"} {
		fmt.Fprintf(&b, "%s %d\n", p, queryInt(t, db, "PRAGMA "+p))
	}
	return b.String()
}

// oldArchive makes an archive left at an earlier schema version, as an
// older audit would have: Close it before opening it with Open.
func oldArchive(t *testing.T, path string, version int) *DB {
	t.Helper()
	old := &DB{path: path, now: fixedNow}
	var err error
	old.rw, err = sql.Open("sqlite", fileURI(path, "_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_txlock=immediate"))
	if err != nil {
		t.Fatal(err)
	}
	old.rw.SetMaxOpenConns(1)
	if err := old.migrateTo(context.Background(), version); err != nil {
		t.Fatal(err)
	}
	old.ro, err = sql.Open("sqlite", fileURI(path, "_pragma=query_only(1)"))
	if err != nil {
		t.Fatal(err)
	}
	return old
}

// TestMigrations migrates an archive from empty and from each earlier
// schema version: every path must end at the same schema.
func TestMigrations(t *testing.T) {
	ctx := context.Background()
	fresh := openTemp(t)
	want := schemaOf(t, fresh.ro)
	if v := len(migrations); v < 1 || !strings.Contains(want, fmt.Sprintf("user_version %d\n", v)) {
		t.Fatalf("a new archive is not at schema version %d:\n%s", v, want)
	}
	for from := range len(migrations) {
		path := filepath.Join(t.TempDir(), "old.db")
		must(t, oldArchive(t, path, from).Close())
		db, err := Open(ctx, path, Options{})
		if errors.Is(err, fs.ErrNotExist) && from == 0 {
			continue // version 0 is an empty file, never written
		}
		if err != nil {
			t.Fatalf("from version %d: %v", from, err)
		}
		if got := schemaOf(t, db.ro); got != want {
			t.Errorf("from version %d the schema differs:\n%s\nwant:\n%s", from, got, want)
		}
		must(t, db.Close())
	}
}

// TestRefusals opens files that are no archive of ours: each is refused
// with one line naming the file, and left byte for byte as it was.
func TestRefusals(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sqliteFile := func(name string, stmts ...string) string {
		path := filepath.Join(dir, name)
		db, err := sql.Open("sqlite", fileURI(path, ""))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range stmts {
			if _, err := db.Exec(s); err != nil {
				t.Fatal(err)
			}
		}
		must(t, db.Close())
		return path
	}
	archiveFile := func(name string) string {
		path := filepath.Join(dir, name)
		db, err := Open(ctx, path, Options{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		must(t, db.Close())
		return path
	}
	textFile := filepath.Join(dir, "notes.db")
	must(t, os.WriteFile(textFile, []byte("these are notes, not a database\n"), 0o600))
	corrupt := archiveFile("corrupt.db")
	data, err := os.ReadFile(corrupt)
	must(t, err)
	copy(data[100:], bytes.Repeat([]byte{0xA5}, 200)) // the schema page's header and cells
	must(t, os.WriteFile(corrupt, data, 0o600))
	archiveFile("newer.db")
	newer := sqliteFile("newer.db", "PRAGMA user_version = 99")
	must(t, os.Mkdir(filepath.Join(dir, "folder.db"), 0o700))

	for _, tc := range []struct {
		name, path, says string
	}{
		{"not SQLite", textFile, "not a SQLite database"},
		{"another application", sqliteFile("other.db", "CREATE TABLE notes (body TEXT)", "INSERT INTO notes VALUES ('x')"), "another application"},
		{"another application's id", sqliteFile("marked.db", "PRAGMA application_id = 42"), "another application"},
		{"damaged", corrupt, "damaged"},
		{"newer schema", newer, "schema version 99, newer than"},
		{"a folder", filepath.Join(dir, "folder.db"), "folder"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := os.ReadFile(tc.path)
			db, err := Open(ctx, tc.path, Options{Create: true})
			if err == nil {
				must(t, db.Close())
				t.Fatal("opened")
			}
			var re *RefusedError
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a refusal", err)
			}
			msg := err.Error()
			t.Log(msg)
			if !strings.HasPrefix(msg, tc.path+": ") || !strings.Contains(msg, tc.says) || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line naming the file and saying %q", msg, tc.says)
			}
			after, _ := os.ReadFile(tc.path)
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
		})
	}

	// an empty file and an empty SQLite database become archives
	empty := filepath.Join(dir, "empty.db")
	must(t, os.WriteFile(empty, nil, 0o600))
	for _, path := range []string{empty, sqliteFile("blank.db", "PRAGMA user_version = 0")} {
		db, err := Open(ctx, path, Options{Create: true})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		must(t, db.Close())
	}
	if _, err := Open(ctx, filepath.Join(dir, "missing.db"), Options{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing archive without Create: %v", err)
	}
}
