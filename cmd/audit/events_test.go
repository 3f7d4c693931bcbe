package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/golden"
)

// eventsArchive builds an archive from the event fixtures
// (testdata/events/archive: a council vote reported by three outlets, a
// fire by two, a library story), the five seeds, and a second version of
// the first fixture (testdata/events/later). Article ids follow: 1 to 6
// the fixtures, 7 to 11 the seeds (000 to 004).
func eventsArchive(t *testing.T) (db string, seedsDir string) {
	t.Helper()
	db = filepath.Join(t.TempDir(), "events.db")
	seedsDir, err := filepath.Abs(filepath.Join("..", "..", "internal", "demo", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	fixtures := filepath.Join("testdata", "events")
	for _, args := range [][]string{
		{filepath.Join(fixtures, "archive"), seedsDir},
		{filepath.Join(fixtures, "later")},
	} {
		var stderr bytes.Buffer
		argv := append([]string{"ingest", "--no-config", "--quiet", "--db", db}, args...)
		if code := run(context.Background(), argv, strings.NewReader(""), &bytes.Buffer{}, &stderr, noEnv); code != 0 {
			t.Fatalf("ingest: exit %d: %s", code, stderr.String())
		}
	}
	return db, seedsDir
}

func noEnv(string) string { return "" }

// stamps are the times an archive records (first seen, grouped).
var stamps = regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ`)

// TestGoldenEvents lists the events of the fixture archive, compares one
// event and two chosen articles, and diffs the two versions of an
// article, in each format, against golden files; the times the archive
// records and the seeds' folder are replaced by placeholders.
func TestGoldenEvents(t *testing.T) {
	db, seedsDir := eventsArchive(t)
	normal := func(b []byte) []byte {
		b = stamps.ReplaceAll(b, []byte("TIME"))
		return bytes.ReplaceAll(b, []byte(filepath.ToSlash(seedsDir)), []byte("SEEDS"))
	}
	for _, tc := range []struct {
		golden string
		args   []string
	}{
		{"events.txt", []string{"events"}},
		{"events.json", []string{"events", "--format", "json"}},
		{"events-filtered.txt", []string{"events", "--outlet", "valley times", "--since", "2025-03-05", "--min-size", "2"}},
		{"event-1.txt", []string{"compare", "--event", "1"}},
		{"event-1.json", []string{"compare", "--event", "1", "--format", "json"}},
		{"articles-4-5.txt", []string{"compare", "--article", "4", "--article", "5"}},
		{"versions-1.txt", []string{"compare", "--versions", "1"}},
		{"versions-1.json", []string{"compare", "--versions", "1", "--format", "json"}},
		{"versions-1.html", []string{"compare", "--versions", "1", "--format", "html"}},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(tc.args, "--db", db)
			if code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, noEnv); code != 0 {
				t.Fatalf("audit %s: exit %d: %s", strings.Join(args, " "), code, stderr.String())
			}
			golden.Check(t, filepath.Join("testdata", "golden", tc.golden), normal(stdout.Bytes()), *update)
		})
	}
}

// TestEventsStable groups the archive again and again: the events and
// their ids stay the same, and a grouping that is up to date is not made
// again.
func TestEventsStable(t *testing.T) {
	db, _ := eventsArchive(t)
	list := func(args ...string) string {
		var stdout, stderr bytes.Buffer
		argv := append([]string{"events", "--db", db, "--format", "json"}, args...)
		if code := run(context.Background(), argv, strings.NewReader(""), &stdout, &stderr, noEnv); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return stdout.String()
	}
	grouping := regexp.MustCompile(`(?s)"grouping": \{.*?\}`)
	first := list()
	if again := list(); again != first {
		t.Error("listing again changed the output (the grouping should have been kept)")
	}
	regrouped := list("--regroup")
	if regrouped == first {
		t.Error("--regroup made no new grouping")
	}
	if a, b := grouping.ReplaceAllString(first, ""), grouping.ReplaceAllString(regrouped, ""); a != b {
		t.Errorf("grouping again changed the events:\n%s", golden.Diff(a, b))
	}
	if !strings.Contains(regrouped, `"id": 2,`) {
		t.Error("the second grouping does not have id 2")
	}
}

// TestCompareStoredErrors checks the one line and exit code 2 of each
// id the archive does not hold, and of a stored comparison that cannot be
// made.
func TestCompareStoredErrors(t *testing.T) {
	db, _ := eventsArchive(t)
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"compare", "--event", "99"}, "compare: no event 99 in the archive (list the events with 'audit events')"},
		{[]string{"compare", "--event", "2"}, "compare: no event 2 in the archive (article 2 is in event 1)"},
		{[]string{"compare", "--event", "6"}, "compare: event 6 has one article (6); nothing to compare it with"},
		{[]string{"compare", "--event", "abc"}, `--event: want a positive whole number, not "abc"`},
		{[]string{"compare", "--event", "-3"}, `--event: want a positive whole number, not "-3"`},
		{[]string{"compare", "--article", "1,99"}, "compare: no article 99 in the archive"},
		{[]string{"compare", "--article", "1"}, "need at least two articles with text to compare, got one"},
		{[]string{"compare", "--article", "1,1"}, "compare: article 1 is given twice"},
		{[]string{"compare", "--versions", "2"}, "compare: article 2 has one version; nothing to compare it with"},
		{[]string{"compare", "--versions", "99"}, "compare: no article 99 in the archive"},
		{[]string{"compare", "--versions", "1", "--from", "5"}, "compare: no version 5 in the archive (article 1 has versions 1 to 2)"},
		{[]string{"compare", "--versions", "1", "--from", "2"}, "version 2 of article 1 against itself"},
		{[]string{"compare", "--event", "1", "--versions", "1"}, "give one of --event, --article and --versions"},
		{[]string{"compare", "--from", "1", "--article", "1,3"}, "--from and --to go with --versions"},
		{[]string{"compare", "--event", "1", "a.txt"}, "give inputs, or --event, --article or --versions with an archive, not both"},
		{[]string{"events", "--since", "March"}, `--since: want a date as YYYY-MM-DD, not "March"`},
		{[]string{"events", "--window", "0"}, "--window: want a number of days"},
		{[]string{"events", "--format", "xml"}, `--format: unknown format "xml"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(tc.args, "--db", db)
			code := run(context.Background(), args, strings.NewReader(""), &stdout, &stderr, noEnv)
			msg := stderr.String()
			if code != 2 || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, tc.says) {
				t.Errorf("exit %d, stderr %q; want exit 2 and one line saying %q", code, msg, tc.says)
			}
		})
	}
}
