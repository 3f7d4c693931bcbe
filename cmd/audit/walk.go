package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/auditnews/audit/internal/input"
)

// chunkSize is how many inputs ingest hands the runner at a time: memory
// stays flat however many files a folder holds.
const chunkSize = 1024

// inputChunks calls fn with the inputs args name, chunkSize at a time,
// walking folders as it goes rather than listing them first; it calls bad
// for each argument that names nothing to read. Folders give the files
// Expand would give (known extensions, hidden files and folders skipped),
// each folder's entries in name order.
func inputChunks(args []string, fn func([]input.Item) error, bad func(error)) error {
	chunk := make([]input.Item, 0, chunkSize)
	add := func(it input.Item) error {
		chunk = append(chunk, it)
		if len(chunk) < chunkSize {
			return nil
		}
		err := fn(chunk)
		chunk = make([]input.Item, 0, chunkSize)
		return err
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() || a == "-" || strings.Contains(a, "://") {
			items, errs := input.Expand([]string{a})
			for _, e := range errs {
				bad(e)
			}
			for _, it := range items {
				if err := add(it); err != nil {
					return err
				}
			}
			continue
		}
		found := 0
		err = filepath.WalkDir(a, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != a
			if d.IsDir() {
				if hidden {
					return filepath.SkipDir
				}
				return nil
			}
			if _, ok := input.FormatOf(d.Name()); !ok || hidden {
				return nil
			}
			found++
			return add(input.Item{Name: path, Kind: input.File})
		})
		var pe *fs.PathError
		switch {
		case errors.As(err, &pe):
			bad(&input.Error{Input: a, Err: pe.Err})
		case err != nil:
			return err
		case found == 0:
			bad(&input.Error{Input: a, Err: input.ErrNoArticles})
		}
	}
	if len(chunk) > 0 {
		return fn(chunk)
	}
	return nil
}
