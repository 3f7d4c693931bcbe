package findings

import (
	"context"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// check analyses text (a headline first, then the body) as a plain-text
// or Markdown article and runs the checker.
func check(t *testing.T, cfg Options, text string, markdown bool) (*article.Document, []Finding, Summary) {
	t.Helper()
	var doc *article.Document
	var err error
	if markdown {
		doc, err = extract.Markdown([]byte(text))
	} else {
		doc, err = extract.Text([]byte(text))
	}
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	fs, sum := NewChecker(cfg).Check(doc, claims)
	return doc, fs, sum
}

func has(fs []Finding, rule string) bool {
	for _, f := range fs {
		if f.Rule == rule {
			return true
		}
	}
	return false
}

// TestRules shows every rule firing on sentences of the project's own, and
// not firing on their sound counterparts.
func TestRules(t *testing.T) {
	tests := []struct {
		rule      string
		fires     string // an article the rule flags
		holds     string // a sound counterpart it leaves alone
		wantInMsg string
	}{
		{"unsourced-statistic",
			"Bridge Toll Rises\n\nThe toll rose to $14 this year, and 40,000 drivers pay it daily.",
			"Bridge Toll Rises\n\nThe toll rose to $14 this year, the port authority said. It opened in 1998.",
			`"$14"`},
		{"anonymous-without-reason",
			"Talks Stall\n\nTwo senior officials said the talks had stalled over tariffs.",
			"Talks Stall\n\nTwo senior officials said the talks had stalled, speaking on condition of anonymity because they were not authorized to discuss them.",
			`"Two senior officials"`},
		{"single-anonymous-source",
			"Minister Resigns\n\nA senior official said the minister will resign on Friday.",
			"Minister Resigns\n\nThe minister will resign on Friday, the prime minister's office said in a statement.",
			"one unnamed source"},
		{"secondhand-only",
			"Deal Near\n\nAccording to Reuters, the two companies are close to a deal.",
			"Deal Near\n\nAccording to Reuters, the two companies are close to a deal. The Ledger has independently confirmed the report.",
			"Reuters"},
		{"vague-attribution",
			"Law Debated\n\nCritics say the law goes too far.",
			"Law Debated\n\nSenator Jane Holloway said the law goes too far.",
			`"Critics"`},
		{"unattributed-quote",
			"Mayor Under Fire\n\nThe mayor faced questions. “We will not be rushed into a decision on the budget.”",
			"Mayor Under Fire\n\nThe mayor faced questions. “We will not be rushed into a decision on the budget,” Mayor Tom Reyes said.",
			"has no speaker"},
		{"loaded-cue",
			"Budget Vote\n\nThe mayor admitted that the budget was late.",
			"Budget Vote\n\nThe mayor said that the budget was late.",
			`"admitted"`},
		{"headline-unsupported",
			"City Council Bans All Private Cars Downtown\n\nThe council met on Tuesday to discuss parking fees.",
			"City Council Bans All Private Cars Downtown\n\nThe city council voted to ban private cars downtown, council president Ana Ruiz said.",
			"headline"},
		{"anonymous-share",
			"Plan Leaks\n\nOfficials said the plan was ready. Sources said it would cost more. Aides said it was delayed. Insiders said the mayor was angry. Officials said a vote was near. The plan covers the port.",
			"Plan Leaks\n\nMayor Tom Reyes said the plan was ready. The port authority said it would cost more. Councillor Ana Ruiz said it was delayed. The mayor's office said a vote was near. Officials said a vote was near. The plan covers the port.",
			"unnamed sources"},
		{"single-source",
			"Port Expands\n\nMayor Tom Reyes said the port would grow. Reyes said jobs would follow. Reyes added that costs were under control.",
			"Port Expands\n\nMayor Tom Reyes said the port would grow. The port authority said jobs would follow. Councillor Ana Ruiz said costs were under control.",
			"one source"},
		{"unreached-subject",
			"Contractor Accused\n\nThe mayor accused the contractor of inflating costs.",
			"Contractor Accused\n\nThe mayor accused the contractor of inflating costs. The contractor did not respond to requests for comment.",
			"response"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			_, fs, _ := check(t, Options{}, tt.fires, false)
			var got *Finding
			for i := range fs {
				if fs[i].Rule == tt.rule {
					got = &fs[i]
				}
			}
			if got == nil {
				t.Fatalf("%s did not fire on %q; findings: %+v", tt.rule, tt.fires, fs)
			}
			if !strings.Contains(got.Message, tt.wantInMsg) {
				t.Errorf("message %q lacks %q", got.Message, tt.wantInMsg)
			}
			if got.Start.Line == 0 {
				t.Errorf("finding has no position")
			}
			if _, fs2, _ := check(t, Options{}, tt.holds, false); has(fs2, tt.rule) {
				t.Errorf("%s fired on the sound version %q", tt.rule, tt.holds)
			}
		})
	}
}

func TestUnsourcedShare(t *testing.T) {
	text := "Notes\n\nThe port is busy. Ships arrive daily. Cranes are old. Trucks queue at dawn. Workers are tired. Wages are flat."
	_, fs, _ := check(t, Options{}, text, false)
	if !has(fs, "unsourced-share") {
		t.Errorf("unsourced-share did not fire: %+v", fs)
	}
	_, fs, _ = check(t, Options{MaxUnsourcedShare: 1}, text, false)
	if has(fs, "unsourced-share") {
		t.Errorf("unsourced-share fired with the limit at 100%%")
	}
}

func TestStatistics(t *testing.T) {
	tests := []struct {
		text string
		want string // "" for none
	}{
		{"The toll rose to $14.", "$14"},
		{"Violence has claimed approximately 480,000 lives.", "480,000"},
		{"Turnout reached 62 percent.", "62 percent"},
		{"It costs 2 million dollars.", "2 million"},
		{"Thousands of people marched.", "Thousands"},
		{"Prices rose 3.5%.", "3.5%"},
		{"It happened in 2006.", ""},
		{"The vote is on May 15.", ""},
		{"They met at 5 p.m. on Friday.", ""},
		{"The gang MS-13 grew.", ""},
		{"It was the 19th century.", ""},
		{"He lives at No. 10 Downing Street.", ""},
		{"Three people spoke.", ""},
		{"The 46-year-old spoke.", ""},
	}
	for _, tt := range tests {
		_, got, ok := findStatistic(tt.text, article.Span{Start: 0, End: len(tt.text)})
		if tt.want == "" && ok {
			t.Errorf("%q: found statistic %q", tt.text, got)
		}
		if tt.want != "" && got != tt.want {
			t.Errorf("%q: statistic %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSuppression(t *testing.T) {
	md := "# Bridge Toll Rises\n\n<!-- audit-ignore unsourced-statistic -->\nThe toll rose to $14 this year.\n\nAnother 40,000 drivers pay daily.\n\n<!-- audit-ignore -->\nCritics say the toll is too high.\n"
	doc, fs, _ := check(t, Options{}, md, true)
	var stats []string
	for _, f := range fs {
		if f.Rule == "unsourced-statistic" {
			stats = append(stats, doc.Slice(f.Span))
		}
		if f.Rule == "vague-attribution" {
			t.Errorf("vague-attribution not silenced: %+v", f)
		}
	}
	if len(stats) != 1 || stats[0] != "40,000" {
		t.Errorf("statistics flagged: %v, want only 40,000", stats)
	}
}

func TestSeveritiesAndDisable(t *testing.T) {
	cfg := Options{Rules: map[string]Severity{"unsourced-statistic": Error}}
	if err := cfg.Disable("loaded-cue"); err != nil {
		t.Fatal(err)
	}
	if err := cfg.Disable("no-such-rule"); err == nil {
		t.Error("Disable accepted an unknown rule")
	}
	_, fs, sum := check(t, cfg, "Toll\n\nThe toll rose to $14, the mayor admitted.\n\nAnother 40,000 drivers pay daily.", false)
	for _, f := range fs {
		if f.Rule == "loaded-cue" {
			t.Error("disabled rule fired")
		}
		if f.Rule == "unsourced-statistic" && f.Severity != Error {
			t.Errorf("severity %v, want error", f.Severity)
		}
	}
	if sum.Errors == 0 {
		t.Errorf("summary counts no errors: %+v", sum)
	}
}

func TestScore(t *testing.T) {
	for _, tt := range []struct {
		claims int
		fs     []Finding
		score  int
		band   string
	}{
		{20, nil, 100, "good"},
		{20, []Finding{{Severity: Warning}, {Severity: Warning}}, 90, "good"},
		{10, []Finding{{Severity: Error}, {Severity: Warning}, {Severity: Suggestion}}, 58, "needs work"},
		{2, []Finding{{Severity: Error}, {Severity: Error}}, 0, "poor"},
	} {
		score, band := Score(tt.claims, tt.fs)
		if score != tt.score || band != tt.band {
			t.Errorf("Score(%d, %d findings) = %d %s, want %d %s", tt.claims, len(tt.fs), score, band, tt.score, tt.band)
		}
	}
}

func TestRulesCatalog(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if r.ID == "" || r.Title == "" || r.Why == "" || r.Standard == "" || r.Severity == Off || seen[r.ID] {
			t.Errorf("bad rule %+v", r)
		}
		seen[r.ID] = true
	}
	for _, s := range []string{"suggestion", "warning", "error", "off"} {
		v, err := ParseSeverity(s)
		if err != nil || v.String() != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, v, err)
		}
	}
}
