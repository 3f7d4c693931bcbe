package config

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/findings"
)

// TestProfileKnowsTheNewsroom checks that the outlets, institutions and
// officials of a configuration reach the analyzer.
func TestProfileKnowsTheNewsroom(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	write(t, dir, ".audit.yaml", houseYAML)
	pr, err := NewProfiles(Options{}).For(dir)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Text([]byte("Dredging\n\nThe dredging plan was delayed, the Harbor Post reported. Ruiz said the delay would cost $2 million. The City Council said it needed more time. According to the Daily Ledger, the port is silting up.\n"))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := pr.Analyzer.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	want := []attribution.Source{
		{Type: attribution.OutletSource, Name: "The Harbor Post"},
		{Type: attribution.Person, Name: "Ana Ruiz", Role: "Mayor", Official: true},
		{Type: attribution.Institution, Name: "Springfield City Council", Official: true},
		{Type: attribution.OutletSource, Name: "The Daily Ledger"},
	}
	if len(claims) != len(want) {
		t.Fatalf("got %d claims, want %d", len(claims), len(want))
	}
	for i, w := range want {
		s := claims[i].Source
		if s == nil || s.Type != w.Type || s.Name != w.Name || s.Role != w.Role || s.Official != w.Official {
			t.Errorf("claim %d: source %+v, want %s %q %q official=%v", i+1, s, w.Type, w.Name, w.Role, w.Official)
		}
	}
	if got := pr.Checker.Options(); got.FailOn != findings.Warning || got.MinClaims != 8 || got.MaxUnsourcedShare != 0.7 {
		t.Errorf("checker options %+v", got)
	}
}

func TestProfilesChoose(t *testing.T) {
	dir := t.TempDir()
	near := write(t, dir, "desk/.audit.yaml", "fail_on: warning\nrules:\n  loaded-cue: error\n")
	other := write(t, dir, "other.toml", "fail_on = \"suggestion\"\n")
	desk := filepath.Dir(near)
	tests := []struct {
		name   string
		opts   Options
		path   string
		failOn findings.Severity
		loaded findings.Severity
	}{
		{"nearest", Options{}, near, findings.Warning, findings.Error},
		{"explicit", Options{File: other}, other, findings.Suggestion, findings.Suggestion},
		{"none", Options{None: true}, "", findings.Error, findings.Suggestion},
		{"overrides", Options{FailOn: findings.Error, Disable: []string{"loaded-cue"}}, near, findings.Error, findings.Off},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pr, err := NewProfiles(tt.opts).For(desk)
			if err != nil {
				t.Fatal(err)
			}
			o := pr.Checker.Options()
			loaded := findings.Suggestion // the rule's default
			if s, ok := o.Rules["loaded-cue"]; ok {
				loaded = s
			}
			if pr.Path != tt.path || o.FailOn != tt.failOn || loaded != tt.loaded {
				t.Errorf("got %q fail_on %v loaded-cue %v, want %q %v %v", pr.Path, o.FailOn, loaded, tt.path, tt.failOn, tt.loaded)
			}
		})
	}
	// the overrides leave the file's own rules alone for the next profiles
	pr, err := NewProfiles(Options{}).Load(near)
	if err != nil || pr.Checker.Options().Rules["loaded-cue"] != findings.Error {
		t.Errorf("got %+v, %v", pr, err)
	}
}

// TestProfilesConcurrent loads profiles from many goroutines, as a server
// would: each configuration is built once, and its mistake kept.
func TestProfilesConcurrent(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good/.audit.yaml", "fail_on: warning\n")
	bad := write(t, dir, "bad/.audit.yaml", "fail_on: sometimes\n")
	p := NewProfiles(Options{})
	var wg sync.WaitGroup
	got := make([]*Profile, 16)
	errs := make([]error, 16)
	for i := range got {
		wg.Go(func() {
			if i%2 == 0 {
				got[i], errs[i] = p.For(filepath.Dir(good))
			} else {
				got[i], errs[i] = p.Load(bad)
			}
		})
	}
	wg.Wait()
	for i := range got {
		if i%2 == 0 {
			if errs[i] != nil || got[i] != got[0] {
				t.Errorf("%d: got %p, %v; want the one profile %p", i, got[i], errs[i], got[0])
			}
			continue
		}
		var ce *Error
		if !errors.As(errs[i], &ce) || ce.Line != 1 || !errors.Is(errs[i], errs[1]) {
			t.Errorf("%d: err = %v, want the one error at line 1", i, errs[i])
		}
	}
}

func TestProfilesErrors(t *testing.T) {
	dir := t.TempDir()
	lex := write(t, dir, "bad.txt", "@kind outlets\nA Paper | paper\n")
	for name, opts := range map[string]Options{
		"lexicon": {Lexicons: []string{lex}},
		"disable": {Disable: []string{"no-such-rule"}},
	} {
		if _, err := NewProfiles(opts).For(dir); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestFingerprint checks that the settings' digest changes with the
// configuration file, the lexicons it names and the rule options, and is
// "" for the built-in settings.
func TestFingerprint(t *testing.T) {
	dir := t.TempDir()
	desk := filepath.Join(dir, "desk")
	lex := write(t, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	cfg := write(t, desk, ".audit.yaml", "lexicons: [../house.txt]\nfail_on: warning\n")
	print := func(opts Options) string {
		t.Helper()
		fp, err := NewProfiles(opts).Fingerprint(desk)
		if err != nil {
			t.Fatal(err)
		}
		return fp
	}
	if fp := print(Options{None: true}); fp != "" {
		t.Errorf("no configuration: %q, want \"\"", fp)
	}
	if fp := print(Options{}); fp == "" || fp != print(Options{File: cfg}) {
		t.Errorf("the nearest configuration gives %q, named it gives %q", fp, print(Options{File: cfg}))
	}
	before := print(Options{})
	seen := map[string]string{"": "none", before: "the configuration"}
	for name, opts := range map[string]Options{
		"--disable":  {Disable: []string{"loaded-cue"}},
		"--fail-on":  {FailOn: findings.Error},
		"--lexicon":  {None: true, Lexicons: []string{lex}},
		"--lexicon+": {Lexicons: []string{lex}},
	} {
		fp := print(opts)
		if other, ok := seen[fp]; ok {
			t.Errorf("%s gives the fingerprint of %s", name, other)
		}
		seen[fp] = name
	}
	write(t, dir, "house.txt", "@kind outlets\nThe Evening Ledger | newspaper\n")
	if print(Options{}) == before {
		t.Error("a changed lexicon the configuration names keeps the fingerprint")
	}
	write(t, desk, ".audit.yaml", "lexicons: [../house.txt]\nfail_on: error\n")
	after := print(Options{})
	write(t, desk, ".audit.yaml", "lexicons: [../house.txt]\nfail_on: warning\n")
	if after == print(Options{}) {
		t.Error("a changed configuration keeps the fingerprint")
	}
	write(t, desk, ".audit.yaml", "fail_on: [\n")
	var ce *Error
	if _, err := NewProfiles(Options{}).Fingerprint(desk); !errors.As(err, &ce) {
		t.Errorf("a broken configuration: %v, want a *config.Error", err)
	}
}
