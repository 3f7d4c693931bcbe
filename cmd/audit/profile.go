package main

import (
	"errors"
	"path/filepath"
	"sync"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
)

// profile is what one configuration makes of audit: an analyzer with its
// lexicons and a checker with its rules.
type profile struct {
	cfg      findings.Config
	analyzer *attribution.Analyzer
	checker  *findings.Checker
}

// profiles finds the configuration of each input (a --config file, or the
// nearest .audit.yaml/.audit.toml in the input's folder or above it) and
// builds each profile once.
type profiles struct {
	explicit string   // --config
	none     bool     // --no-config
	lexicons []string // --lexicon
	disable  []string // --disable
	failOn   findings.Severity

	mu     sync.Mutex
	byPath map[string]*profile
	errs   map[string]error
}

// forItem returns the profile of an input.
func (p *profiles) forItem(it input.Item) (*profile, error) {
	path := p.explicit
	if path == "" && !p.none {
		dir := "."
		if it.Kind == input.File {
			dir = filepath.Dir(it.Name)
		}
		path = findings.Discover(dir)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if pr, ok := p.byPath[path]; ok {
		return pr, nil
	}
	if err, ok := p.errs[path]; ok {
		return nil, err
	}
	pr, err := p.build(path)
	if p.byPath == nil {
		p.byPath, p.errs = map[string]*profile{}, map[string]error{}
	}
	if err != nil {
		p.errs[path] = err
		return nil, err
	}
	p.byPath[path] = pr
	return pr, nil
}

// configError marks errors of configuration, which stop the run.
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

func (p *profiles) build(path string) (*profile, error) {
	var cfg findings.Config
	if path != "" {
		var err error
		if cfg, err = findings.Load(path); err != nil {
			return nil, &configError{err}
		}
	}
	if p.failOn != findings.Off {
		cfg.FailOn = p.failOn
	}
	if err := cfg.Disable(p.disable...); err != nil {
		return nil, &configError{err}
	}
	opts := []attribution.Option{attribution.WithLexiconFiles(append(append([]string{}, cfg.Lexicons...), p.lexicons...)...)}
	for kind, text := range cfg.LexiconText() {
		opts = append(opts, attribution.WithLexiconData(path+" ("+kind+")", []byte(text)))
	}
	var people []attribution.KnownPerson
	for _, o := range cfg.Officials {
		people = append(people, attribution.KnownPerson{Name: o.Name, Role: o.Type, Official: true})
	}
	opts = append(opts, attribution.WithPeople(people...))
	a, err := attribution.New(opts...)
	if err != nil {
		return nil, &configError{err}
	}
	checker := findings.NewChecker(cfg)
	return &profile{cfg: checker.Config(), analyzer: a, checker: checker}, nil
}

// setup is the pipeline's Setup for these profiles.
func (p *profiles) setup(it input.Item) (pipeline.Analyzer, pipeline.Checker, error) {
	pr, err := p.forItem(it)
	if err != nil {
		return nil, nil, err
	}
	return pr.analyzer, pr.checker, nil
}

// isConfigError reports whether err comes from a configuration or lexicon
// file rather than from an input.
func isConfigError(err error) bool {
	var ce *configError
	return errors.As(err, &ce)
}
