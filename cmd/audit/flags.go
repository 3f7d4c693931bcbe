package main

import (
	"context"
	"errors"
	"flag"
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/config"
	"github.com/auditnews/audit/internal/printer"
)

// jobsFlag is the -j flag: a number of workers, 1 or more. Left unset it
// stays 0, which the runner reads as one per CPU.
type jobsFlag int

func (j *jobsFlag) String() string {
	if j == nil || *j == 0 {
		return ""
	}
	return strconv.Itoa(int(*j))
}

func (j *jobsFlag) Set(v string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return errors.New("want a number of articles to analyse at once, 1 or more")
	}
	*j = jobsFlag(n)
	return nil
}

// printFlags are the flags of check and convert that choose the output
// and the rules it is judged by.
type printFlags struct {
	format, color, failOn, config string
	noConfig                      bool
	disable                       listFlag
}

func (f *printFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.format, "format", "text", "output format: "+strings.Join(printer.Formats, ", "))
	fs.StringVar(&f.color, "color", "auto", "colour in text output: auto, always or never")
	fs.StringVar(&f.failOn, "fail-on", "", "exit 1 when a finding is at or above this severity: suggestion, warning or error (default: the configuration's fail_on, else error)")
	fs.StringVar(&f.config, "config", "", "configuration file (default: the nearest .audit.yaml, .audit.yml or .audit.toml)")
	fs.BoolVar(&f.noConfig, "no-config", false, "use no configuration file")
	fs.Var(&f.disable, "disable", "turn a rule off; may be repeated")
}

// options returns the configuration options the flags choose; a wrong
// severity or rule is a usage error.
func (f *printFlags) options() (config.Options, error) {
	opts := config.Options{File: f.config, None: f.noConfig}
	err := ruleOptions(&opts, f.failOn, f.disable)
	return opts, err
}

// printer returns the printer of --format, writing to standard output
// until ctx is done and describing the rules of base; an unknown format
// is a usage error.
func (f *printFlags) printer(ctx context.Context, e *env, color bool, tool printer.Tool, base *config.Profile) (printer.Printer, error) {
	p, err := printer.New(f.format, ctxWriter{ctx, e.stdout}, printer.Options{
		Tool: tool, Color: color,
		Rules: base.Checker.Rules(), FailOn: base.Checker.Options().FailOn,
	})
	if err != nil {
		return nil, usageError("--format: %v", err)
	}
	return p, nil
}
