package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
)

// File is a configuration file, read and checked.
type File struct {
	Path string // the file read

	// Checker holds fail_on, the rule severities and the thresholds.
	Checker findings.Options

	Lexicons     []string                       // lexicon files, paths made absolute
	Outlets      []attribution.KnownOutlet      // the newsroom's own list of outlets
	Institutions []attribution.KnownInstitution // and of institutions
	Officials    []attribution.KnownPerson      // people the newsroom knows, all holding office
}

// AnalyzerOptions returns the options that give an analyzer what f adds
// to the built-in lexicons: lexicon files, outlets, institutions and
// officials.
func (f *File) AnalyzerOptions() []attribution.Option {
	return []attribution.Option{
		attribution.WithLexiconFiles(f.Lexicons...),
		attribution.WithOutlets(f.Outlets...),
		attribution.WithInstitutions(f.Institutions...),
		attribution.WithPeople(f.Officials...),
	}
}

// Error is a mistake in a configuration file, at a line (0 where the
// mistake has none, such as a file that cannot be read).
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Discover finds the configuration for an input in dir: the nearest
// .audit.yaml, .audit.yml or .audit.toml in dir or a folder above it. It
// returns "" when there is none.
func Discover(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		for _, n := range []string{".audit.yaml", ".audit.yml", ".audit.toml"} {
			p := filepath.Join(abs, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return p
			}
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// Load reads a configuration file, TOML if its name ends in .toml and YAML
// otherwise. Every mistake is an *Error naming the file and, where it has
// one, the line.
func Load(path string) (*File, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return parse(path, data)
}

// readFile reads a file the configuration uses; a failure is an *Error
// naming it.
func readFile(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Err: err}
	}
	return data, nil
}

// parse reads the text of the configuration file path.
func parse(path string, data []byte) (*File, error) {
	var root *node
	var err error
	if strings.HasSuffix(strings.ToLower(path), ".toml") {
		root, err = fromTOML(path, data)
	} else {
		root, err = fromYAML(path, data)
	}
	if err != nil {
		return nil, err
	}
	return decode(path, root)
}
