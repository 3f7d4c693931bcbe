package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/result"
)

const rulesHelp = `
List the rules 'audit check' applies: id, default severity, whether it
looks at one claim or the whole article, what it flags, why it matters and
the published guidance it follows. Severities and rules can be changed in
.audit.yaml or .audit.toml, or with --disable.
`

func runRules(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "rules", "[--format text|json]", rulesHelp)
	format := fs.String("format", "text", "text or json")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rules := findings.Rules()
	switch *format {
	case "json":
		out := make([]result.Rule, len(rules))
		for i, r := range rules {
			out[i] = r.Result()
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	case "text":
		return writeRulesText(bufio.NewWriter(e.stdout), rules)
	}
	return usageError("--format: want text or json, not %q", *format)
}

// writeRulesText writes the table of rules, then what each is for.
func writeRulesText(w *bufio.Writer, rules []findings.Rule) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	if _, err := io.WriteString(tw, "RULE\tSEVERITY\tSCOPE\tFLAGS\n"); err != nil {
		return err
	}
	for _, r := range rules {
		if _, err := fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Severity, r.Scope, r.Title); err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, r := range rules {
		printf(w, "\n%s (%s)\n  %s\n  Guidance: %s\n", r.ID, r.Severity, wrap(r.Why, 76, "  "), r.Standard)
	}
	return w.Flush()
}

// wrap folds s at width, indenting continuation lines.
func wrap(s string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(w) > width {
				b.WriteString("\n" + indent)
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
