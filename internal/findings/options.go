package findings

import "fmt"

// Options tune the checks: the severity of each rule, the thresholds of
// the share rules and the severity that fails a run. The zero value is the
// defaults. A configuration file (package config) or the command line
// fills them.
type Options struct {
	FailOn Severity            // findings at or above this fail the run; Off means the default, error
	Rules  map[string]Severity // severity overrides; Off disables a rule

	MaxAnonymousShare float64 // anonymous-share fires above this share of claims (default 0.4)
	MaxUnsourcedShare float64 // unsourced-share fires above this share (default 0.7)
	MinClaims         int     // the share rules need at least this many claims (default 5)
}

func (o Options) withDefaults() Options {
	if o.FailOn == Off {
		o.FailOn = Error
	}
	if o.MaxAnonymousShare == 0 {
		o.MaxAnonymousShare = 0.4
	}
	if o.MaxUnsourcedShare == 0 {
		o.MaxUnsourcedShare = 0.7
	}
	if o.MinClaims == 0 {
		o.MinClaims = 5
	}
	return o
}

// Disable turns rules off, as --disable does.
func (o *Options) Disable(ids ...string) error {
	for _, id := range ids {
		if _, ok := RuleByID(id); !ok {
			return fmt.Errorf("unknown rule %q (see 'audit rules')", id)
		}
		if o.Rules == nil {
			o.Rules = map[string]Severity{}
		}
		o.Rules[id] = Off
	}
	return nil
}
