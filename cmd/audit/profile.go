package main

import (
	"errors"
	"path/filepath"

	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
)

// profiles gives each input the profile of its configuration: that of the
// --config file, or of the nearest .audit.yaml/.audit.toml in the input's
// folder or above it (the current folder for standard input and URLs).
type profiles struct{ *config.Profiles }

// itemDir is the folder whose configuration applies to an input.
func itemDir(it input.Item) string {
	if it.Kind == input.File {
		return filepath.Dir(it.Name)
	}
	return "."
}

// forItem returns the profile of an input.
func (p profiles) forItem(it input.Item) (*config.Profile, error) {
	pr, err := p.For(itemDir(it))
	if err != nil {
		return nil, &configError{err}
	}
	return pr, nil
}

// fingerprint returns the digest of the settings an input is analysed
// with (config.Profiles.Fingerprint), without building its profile.
func (p profiles) fingerprint(it input.Item) (string, error) {
	fp, err := p.Fingerprint(itemDir(it))
	if err != nil {
		return "", &configError{err}
	}
	return fp, nil
}

// configError marks errors of configuration, which stop the run.
type configError struct{ err error }

func (e *configError) Error() string { return e.err.Error() }
func (e *configError) Unwrap() error { return e.err }

// setup is the pipeline's Setup for these profiles.
func (p profiles) setup(it input.Item) (pipeline.Analyzer, pipeline.Checker, error) {
	pr, err := p.forItem(it)
	if err != nil {
		return nil, nil, err
	}
	return pr.Analyzer, pr.Checker, nil
}

// isConfigError reports whether err comes from a configuration or lexicon
// file rather than from an input.
func isConfigError(err error) bool {
	var ce *configError
	return errors.As(err, &ce)
}

// ruleOptions sets the rule flags of check and serve, --fail-on and
// --disable, in opts; a wrong severity or rule is a usage error.
func ruleOptions(opts *config.Options, failOn string, disable []string) error {
	if failOn != "" {
		s, err := findings.ParseSeverity(failOn)
		if err != nil || s == findings.Off {
			return usageError("--fail-on: want suggestion, warning or error, not %q", failOn)
		}
		opts.FailOn = s
	}
	for _, id := range disable {
		if _, ok := findings.RuleByID(id); !ok {
			return usageError("--disable: unknown rule %q (run 'audit rules')", id)
		}
	}
	opts.Disable = disable
	return nil
}
