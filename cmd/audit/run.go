package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// version is the program's version; releases set it with -ldflags.
var version = "0.1.0"

// env gives a command what it may read of the outside world, so tests can
// run commands in-process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// graceful reports whether the command args name ends cleanly by itself
// once its context is cancelled, so that a first signal only cancels it
// (see supervise): a server, "serve", answering the requests in flight.
// Every other command is stopped at once.
func graceful(args []string) bool {
	return len(args) > 0 && args[0] == "serve"
}

func commands() []command {
	return []command{
		{"check", "analyse articles and print every claim with how it is sourced", runCheck},
		{"compare", "compare how several articles cover one event", runCompare},
		{"convert", "print a JSON report of check in another format", runConvert},
		{"demo", "show check, compare and report on the embedded sample articles", runDemo},
		{"eval", "score the analyzer on labelled articles (a gold file)", runEval},
		{"events", "group the archive's articles into events and list them", runEvents},
		{"export", "write a table of the archive as CSV, JSON or JSON Lines", runExport},
		{"ingest", "analyse articles and store them in the archive", runIngest},
		{"report", "write the archive as a static site: outlets, sources, articles", runReport},
		{"rules", "list the rules check applies, and why each matters", runRules},
		{"serve", "serve the editor's page and the HTTP API", runServe},
		{"stats", "summarise the archive", runStats},
		{"version", "print the version", runVersion},
	}
}

// exitError carries an exit code out of a command.
type exitError struct {
	code int
	err  error // printed on stderr when not nil
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}
func (e *exitError) Unwrap() error { return e.err }
func (e *exitError) ExitCode() int { return e.code }

// usageError is a mistake on the command line: exit code 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		tell(stderr, "%s", usage())
		return 2
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 {
			for _, c := range commands() {
				if c.name == rest[0] {
					return exitCode(stderr, c.run(ctx, e, []string{"-help"}))
				}
			}
			tell(stderr, "audit: unknown command %q\n", rest[0])
			return 2
		}
		if _, err := io.WriteString(stdout, usage()); err != nil {
			return exitCode(stderr, err)
		}
		return 0
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return exitCode(stderr, c.run(ctx, e, rest))
		}
	}
	tell(stderr, "audit: unknown command %q (run 'audit help')\n", name)
	return 2
}

// exitCode prints err, if any, and returns the exit code it carries.
func exitCode(stderr io.Writer, err error) int {
	if err == nil {
		return 0
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	var ee interface{ ExitCode() int }
	code := 2
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	}
	var x *exitError
	if errors.As(err, &x) && x.err == nil {
		return code
	}
	tell(stderr, "audit: %v\n", err)
	return code
}

// usage is what 'audit help' prints.
func usage() string {
	var b strings.Builder
	fmt.Fprintf(&b, "audit %s: how news articles source their claims\n\nUsage:\n  audit COMMAND [flags] [INPUT...]\n\nCommands:\n", version)
	cmds := commands()
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	for _, c := range cmds {
		fmt.Fprintf(&b, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(&b, "  %-9s %s\n", "help", "show help for a command")
	b.WriteString("\nRun 'audit help COMMAND' for a command's flags.\nExit codes: 0 success, 1 findings at or above --fail-on, 2 usage, input or runtime error.\n")
	return b.String()
}

// newFlags returns a flag set that prints its usage, with a description,
// to e.stderr.
func newFlags(e *env, name, usage, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		out := fs.Output()
		tell(out, "Usage: audit %s %s\n\n%s\n", name, usage, strings.TrimSpace(description))
		var has bool
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			tell(out, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses args, mapping errors to usage errors. Flags may come
// after inputs ("audit check draft.md --format json"); "--" ends them.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return &exitError{code: 2} // the flag package printed the problem
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// Parse stops at the first argument that is no flag, or after "--"
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	// put the inputs back where fs.Args will find them
	return fs.Parse(append([]string{"--"}, positional...))
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "", "Print the version of audit.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	_, err := fmt.Fprintf(e.stdout, "audit %s\n", version)
	return err
}

// isTerminal reports whether w is a character device.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
