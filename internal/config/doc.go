// Package config reads audit's configuration files (.audit.yaml,
// .audit.yml or .audit.toml): it finds the nearest one for an input,
// parses and checks it, naming the file and line of every mistake, and
// turns it into a profile, the analyzer and checker it asks for, built once
// however many inputs or requests share it.
//
// A configuration holds the checker's settings (fail_on, rule severities,
// thresholds), which it hands to package findings as findings.Options, and
// what the analyzer should know besides its built-in lexicons (lexicon
// files, outlets, institutions, officials), which it hands to package
// attribution as typed options.
package config
