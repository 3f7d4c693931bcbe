package reports

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/auditnews/audit/archive"
)

// WriteDir writes the report into the folder dir, whole or not at all:
// the site is written into a new folder beside dir and takes its place
// once complete, so an interrupted run leaves what was there. dir may be
// missing, empty, or hold a report written before (which is replaced);
// a folder holding anything else, a file, or a symbolic link is refused.
// A folder made anew gets mode 0755; one replaced keeps its mode.
func WriteDir(ctx context.Context, db *archive.DB, dir string, opts Options) (_ *Summary, err error) {
	mode, err := replaceable(dir)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(filepath.Clean(dir))
	tmp, err := os.MkdirTemp(parent, ".audit-report-*")
	if err != nil {
		return nil, fmt.Errorf("reports: %w", err)
	}
	done := false
	defer func() {
		if done {
			return
		}
		if rerr := os.RemoveAll(tmp); rerr != nil {
			err = errors.Join(err, fmt.Errorf("reports: %w", rerr))
		}
	}()
	if err := os.Chmod(tmp, mode); err != nil {
		return nil, fmt.Errorf("reports: %w", err)
	}
	sum, err := Write(ctx, db, &dirSink{dir: tmp, made: map[string]bool{".": true}}, opts)
	if err != nil {
		return nil, err
	}
	if err := swap(tmp, dir); err != nil {
		return nil, fmt.Errorf("reports: %w", err)
	}
	done = true
	return sum, nil
}

// replaceable checks that dir may take a report, and returns the mode its
// folder is to have.
func replaceable(dir string) (fs.FileMode, error) {
	st, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return 0o755, nil
	case err != nil:
		return 0, fmt.Errorf("reports: %w", err)
	case st.Mode()&fs.ModeSymlink != 0:
		return 0, fmt.Errorf("reports: %s is a symbolic link; give the folder itself", dir)
	case !st.IsDir():
		return 0, fmt.Errorf("reports: %s is not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("reports: %w", err)
	}
	if len(entries) > 0 {
		if m, err := os.Lstat(filepath.Join(dir, markerPath)); err != nil || !m.Mode().IsRegular() {
			return 0, fmt.Errorf("reports: %s is not empty and holds no report; give a new or empty folder", dir)
		}
	}
	return st.Mode().Perm(), nil
}

// swap puts the folder tmp in the place of dir, and removes what was
// there.
func swap(tmp, dir string) error {
	if _, err := os.Lstat(dir); errors.Is(err, fs.ErrNotExist) {
		return os.Rename(tmp, dir)
	}
	old, err := os.MkdirTemp(filepath.Dir(filepath.Clean(dir)), ".audit-report-old-*")
	if err != nil {
		return err
	}
	moved := filepath.Join(old, "report")
	if err := os.Rename(dir, moved); err != nil {
		return errors.Join(err, os.Remove(old))
	}
	if err := os.Rename(tmp, dir); err != nil {
		return errors.Join(err, os.Rename(moved, dir), os.Remove(old))
	}
	return os.RemoveAll(old)
}

// dirSink writes a site's files into a new folder. Files are created,
// never opened: nothing there is written through.
type dirSink struct {
	dir  string
	mu   sync.Mutex
	made map[string]bool // folders made
}

func (d *dirSink) Create(p string) (io.WriteCloser, error) {
	full := filepath.Join(d.dir, filepath.FromSlash(p))
	if sub := filepath.Dir(filepath.FromSlash(p)); sub != "." {
		d.mu.Lock()
		if !d.made[sub] {
			if err := os.MkdirAll(filepath.Join(d.dir, sub), 0o755); err != nil { //nolint:gosec // G301: a site to publish, readable as the folder WriteDir makes (0755)
				d.mu.Unlock()
				return nil, err
			}
			d.made[sub] = true
		}
		d.mu.Unlock()
	}
	return os.OpenFile(full, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644) //nolint:gosec // G302: a page of a site to publish, readable by the web server that serves it
}
