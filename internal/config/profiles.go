package config

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
)

// Profile is what one configuration makes of audit: an analyzer with its
// lexicons, outlets and officials, and a checker with its rules. Both are
// safe for concurrent use.
type Profile struct {
	Path     string // the configuration file, "" for none
	Analyzer *attribution.Analyzer
	Checker  *findings.Checker
}

// Options choose the configuration of each input and the settings that
// apply over every configuration: the command line's.
type Options struct {
	File string // one configuration for every input (--config); "" finds each input's nearest
	None bool   // read no configuration file (--no-config)

	FailOn   findings.Severity // replaces fail_on, unless Off (--fail-on)
	Disable  []string          // rules turned off (--disable)
	Lexicons []string          // lexicon files read after a configuration's own (--lexicon)
}

// Profiles finds the configuration of each input and builds its profile
// once, however many inputs share it; a mistake in a configuration is
// kept and returned for each of them. It is safe for concurrent use, so a
// server can keep one for as long as it runs.
type Profiles struct {
	opts Options

	mu     sync.Mutex
	byPath map[string]*lazy[*Profile] // the profile of each configuration file
	prints map[string]*lazy[string]   // and its settings' Fingerprint
	found  map[string]string          // the configuration file of each folder asked about
}

// lazy is a value made once, on first use.
type lazy[T any] struct {
	once sync.Once
	v    T
	err  error
}

// made returns the value of m at key, made by mk on first use: concurrent
// calls for one key wait for one mk.
func made[T any](mu *sync.Mutex, m map[string]*lazy[T], key string, mk func() (T, error)) (T, error) {
	mu.Lock()
	l, ok := m[key]
	if !ok {
		l = &lazy[T]{}
		m[key] = l
	}
	mu.Unlock()
	l.once.Do(func() { l.v, l.err = mk() })
	return l.v, l.err
}

// NewProfiles returns the profiles that opts choose.
func NewProfiles(opts Options) *Profiles {
	return &Profiles{opts: opts, byPath: map[string]*lazy[*Profile]{}, prints: map[string]*lazy[string]{}, found: map[string]string{}}
}

// For returns the profile of an input in the folder dir ("." for standard
// input and URLs): that of the file Options.File names, or else of the
// nearest configuration in dir or above it, or of none.
func (p *Profiles) For(dir string) (*Profile, error) {
	return p.Load(p.path(dir))
}

// path returns the configuration file of an input in the folder dir, or
// "" for none. Each folder is looked up once.
func (p *Profiles) path(dir string) string {
	if p.opts.File != "" || p.opts.None {
		return p.opts.File
	}
	p.mu.Lock()
	path, ok := p.found[dir]
	p.mu.Unlock()
	if !ok {
		path = Discover(dir)
		p.mu.Lock()
		p.found[dir] = path
		p.mu.Unlock()
	}
	return path
}

// Fingerprint returns a digest of the settings an input in the folder dir
// is analysed and checked with: its configuration file, the lexicon files
// that file and Options name, and Options' rule settings; "" when only
// the built-in settings apply. It reads the files but builds nothing, so
// that a caller can tell cheaply whether an analysis made earlier still
// holds. A configuration that does not load gives the error For would.
func (p *Profiles) Fingerprint(dir string) (string, error) {
	path := p.path(dir)
	return made(&p.mu, p.prints, path, func() (string, error) { return p.fingerprint(path) })
}

func (p *Profiles) fingerprint(path string) (string, error) {
	h := sha256.New()
	parts := 0
	add := func(kind, name string, data []byte) {
		_, _ = fmt.Fprintf(h, "%s %q %d\n", kind, name, len(data)) // a hash takes every write
		h.Write(data)
		parts++
	}
	lexicons := p.opts.Lexicons
	if path != "" {
		data, err := readFile(path)
		if err != nil {
			return "", err
		}
		f, err := parse(path, data)
		if err != nil {
			return "", err
		}
		add("config", path, data)
		lexicons = append(slices.Clone(f.Lexicons), lexicons...)
	}
	for _, l := range lexicons {
		data, err := readFile(l)
		if err != nil {
			return "", err
		}
		add("lexicon", l, data)
	}
	if p.opts.FailOn != findings.Off {
		add("fail-on", p.opts.FailOn.String(), nil)
	}
	for _, d := range p.opts.Disable {
		add("disable", d, nil)
	}
	if parts == 0 {
		return "", nil
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// Load returns the profile of the configuration file at path, or with
// path "", of the defaults, building it on first use. Concurrent calls for
// one path wait for one build.
func (p *Profiles) Load(path string) (*Profile, error) {
	return made(&p.mu, p.byPath, path, func() (*Profile, error) { return p.build(path) })
}

// build reads a configuration file and makes its analyzer and checker,
// with the settings of Options over it.
func (p *Profiles) build(path string) (*Profile, error) {
	f := &File{Path: path}
	if path != "" {
		var err error
		if f, err = Load(path); err != nil {
			return nil, err
		}
	}
	opts := f.Checker
	opts.Rules = maps.Clone(opts.Rules)
	if p.opts.FailOn != findings.Off {
		opts.FailOn = p.opts.FailOn
	}
	if err := opts.Disable(p.opts.Disable...); err != nil {
		return nil, err
	}
	a, err := attribution.New(append(f.AnalyzerOptions(), attribution.WithLexiconFiles(p.opts.Lexicons...))...)
	if err != nil {
		return nil, err
	}
	return &Profile{Path: path, Analyzer: a, Checker: findings.NewChecker(opts)}, nil
}
