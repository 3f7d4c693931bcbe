package printer

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/golden"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// levyText is a short article of our own with one claim of each class, a
// headline, a byline and a boilerplate line.
const levyText = `Council Delays Vote on Riverton Transit Levy

By Dana Whitfield — March 3, 2025

The Riverton City Council postponed its vote on the transit levy on Tuesday, Mayor Elena Ortiz said.

"We need more time to hear from residents," Ortiz told reporters after the meeting. She insisted the levy was not dead.

Two council aides said the delay reflected doubts about the levy's cost.

According to Reuters, the levy would raise about $40 million a year.

Critics say the plan favours downtown commuters.

Bus ridership has fallen 18% since 2019, and fares rose twice.

"It is a tax on working families."

Subscribe to our newsletter for daily updates.
`

// ferryText is a Markdown article with front matter, a quotation and a
// list, left unchecked.
const ferryText = `---
title: Ferry service resumes after storm
outlet: Harbour Post
url: https://example.com/news/ferry
date: 2025-04-02
---

# Ferry service resumes after storm

Ferries to Gull Island resumed on Wednesday, the Harbour Authority said.

> "Crews worked through the night," harbour master Lena Park said.

The changes:

- Sailings run every 40 minutes until Friday.
- Fares are waived for island residents.
`

// testRules are the rules the fixtures are checked against, fixed here so
// that the golden files do not follow edits to the built-in catalogue.
var testRules = []findings.Rule{
	{ID: "unsourced-statistic", Title: "A number with no source", Severity: findings.Warning, Scope: "claim",
		Why: "Readers cannot check a figure they cannot trace.", Standard: "Test guide 1.1"},
	{ID: "anonymous-without-reason", Title: "An unnamed source, with no reason given", Severity: findings.Warning, Scope: "claim",
		Why: "Readers should know why a source could not be named.", Standard: "Test guide 1.2"},
	{ID: "secondhand-only", Title: "A claim rests only on another outlet's report", Severity: findings.Warning, Scope: "claim",
		Why: "Repeating a report imports its errors.", Standard: "Test guide 1.3"},
	{ID: "vague-attribution", Title: "A vague source", Severity: findings.Warning, Scope: "claim",
		Why: "\"Critics say\" lends authority without anyone to check.", Standard: "Test guide 1.4"},
	{ID: "unattributed-quote", Title: "Words in quotation marks with no speaker", Severity: findings.Error, Scope: "claim",
		Why: "A quotation promises someone said exactly these words.", Standard: "Test guide 1.5"},
	{ID: "loaded-cue", Title: "A loaded attribution verb", Severity: findings.Suggestion, Scope: "claim",
		Why: "\"Insisted\" passes judgement on the speaker.", Standard: "Test guide 1.6"},
	{ID: "unsourced-share", Title: "Too much of the article is asserted with no source", Severity: findings.Suggestion, Scope: "article",
		Why: "Readers expect to know where facts come from.", Standard: "Test guide 1.7"},
	{ID: "single-source", Title: "Every sourced claim comes from one source", Severity: findings.Off, Scope: "article",
		Why: "A story told by one source is that source's story.", Standard: "Test guide 1.8"},
	{ID: "unreached-subject", Title: "Someone is accused with no response reported", Severity: findings.Suggestion, Scope: "article",
		Why: "People accused in a story should have a chance to respond.", Standard: "Test guide 1.9"},
}

func testOptions() Options {
	return Options{Tool: Tool{Name: "audit", Version: "0.0.0-test"}, Rules: testRules}
}

// analyse reads text in a format, names it input and attributes its
// claims.
func analyse(t testing.TB, input string, format article.Format, text string) *pipeline.Article {
	t.Helper()
	doc, err := extract.Read(context.Background(), []byte(text), format, "")
	if err != nil {
		t.Fatal(err)
	}
	doc.Input, doc.Format = input, format
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := an.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return &pipeline.Article{Doc: doc, Claims: claims}
}

// res converts a fixture to the result type the printers take, placing
// its findings as the checker does.
func res(a *pipeline.Article) *result.Article {
	if a == nil {
		return nil
	}
	for i := range a.Findings {
		findings.Locate(a.Doc, &a.Findings[i])
	}
	if len(a.Findings) > 0 {
		a.Checked = true
	}
	return a.Result()
}

// finding writes a finding on the first occurrence of evidence in the
// article's text, with the claim that holds it.
func finding(t testing.TB, a *pipeline.Article, rule string, sev findings.Severity, evidence, msg string) findings.Finding {
	t.Helper()
	i := strings.Index(a.Doc.Text, evidence)
	if i < 0 {
		t.Fatalf("fixture has no %q", evidence)
	}
	span := article.Span{Start: i, End: i + len(evidence)}
	f := findings.Finding{Rule: rule, Severity: sev, Message: msg, Span: span,
		Start: a.Doc.Position(span.Start), End: a.Doc.Position(span.End)}
	for _, c := range a.Claims {
		if c.Start <= span.Start && span.Start < c.End {
			f.Claim = c.ID
		}
	}
	if f.Claim == 0 {
		t.Fatalf("no claim holds %q", evidence)
	}
	return f
}

// levyArticle is the checked fixture: its claims as the analyzer gives
// them, findings written by hand.
func levyArticle(t testing.TB) *pipeline.Article {
	t.Helper()
	a := analyse(t, "drafts/levy.txt", article.Text, levyText)
	a.Findings = []findings.Finding{
		finding(t, a, "unattributed-quote", findings.Error, `"It is a tax on working families."`,
			"Words in quotation marks with no speaker: say who said them."),
		finding(t, a, "loaded-cue", findings.Suggestion, "insisted",
			`"insisted" colours the statement; "said" is neutral.`),
		finding(t, a, "anonymous-without-reason", findings.Warning, "Two council aides",
			"Two council aides are not named, and the story does not say why."),
		finding(t, a, "secondhand-only", findings.Warning, "According to Reuters",
			"The claim rests on Reuters' report alone; say whether the newsroom confirmed it."),
		finding(t, a, "vague-attribution", findings.Warning, "Critics say",
			`"Critics say" names no one: name the critics, or make it the newsroom's assessment.`),
		finding(t, a, "unsourced-statistic", findings.Warning, "18%",
			"A figure (18%) with no source: say who counted it."),
		// On the whole article, with no position.
		{Rule: "unsourced-share", Severity: findings.Suggestion,
			Message: "2 of 8 claims (25%) have no source."},
	}
	// the fixture's score is fixed so that goldens do not move with the rubric
	s := findings.Summarize(a.Claims, a.Findings)
	s.Score, s.Band = 58, "needs work"
	a.Summary, a.Checked = s, true
	return a
}

// ferryArticle is the unchecked fixture.
func ferryArticle(t testing.TB) *pipeline.Article {
	t.Helper()
	return analyse(t, "drafts/ferry.md", article.Markdown, ferryText)
}

// printRun prints the fixtures in a format as a run would: an article, an
// input that could not be read, another article.
func printRun(t testing.TB, format string, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	p, err := New(format, &b, opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Article(res(levyArticle(t))); err != nil {
		t.Fatal(err)
	}
	if err := p.InputError("drafts/missing.txt", errors.New("open drafts/missing.txt: no such file or directory")); err != nil {
		t.Fatal(err)
	}
	if err := p.Article(res(ferryArticle(t))); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkGolden compares got with testdata/name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name), got, *update)
}
