package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/auditnews/audit/internal/input"
)

// TestInputChunks checks that ingest's walk gives the inputs Expand
// gives, in chunks, and the same problems.
func TestInputChunks(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a/1.txt", "a/2.md", "a/.hidden.txt", "a/.git/x.txt", "a/skip.json", "a/sub/3.html", "empty/.keep", "one.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	args := []string{filepath.Join(dir, "a"), filepath.Join(dir, "one.txt"), filepath.Join(dir, "missing.txt"), filepath.Join(dir, "empty"), "-", "https://example.com/x"}
	want, wantErrs := input.Expand(args)
	var got []input.Item
	var errs []string
	calls := 0
	err := inputChunks(args, func(items []input.Item) error {
		calls++
		got = append(got, items...)
		return nil
	}, func(err error) { errs = append(errs, err.Error()) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("items:\n%v\nwant\n%v", got, want)
	}
	var wantMsgs []string
	for _, e := range wantErrs {
		wantMsgs = append(wantMsgs, e.Error())
	}
	if !reflect.DeepEqual(errs, wantMsgs) {
		t.Errorf("problems %q, want %q", errs, wantMsgs)
	}
	if calls != 1 {
		t.Errorf("%d chunks for %d items", calls, len(got))
	}
}
