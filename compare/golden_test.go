package compare_test

import (
	"bytes"
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGoldenSeeds compares the five sample articles and checks each
// format against its golden file; run with -update after a deliberate
// change.
func TestGoldenSeeds(t *testing.T) {
	c := seedComparison(t)
	for _, f := range []struct {
		ext   string
		write func(*bytes.Buffer, *compare.Comparison) error
	}{
		{"json", func(b *bytes.Buffer, c *compare.Comparison) error { return compare.WriteJSON(b, c) }},
		{"txt", func(b *bytes.Buffer, c *compare.Comparison) error { return compare.WriteText(b, c) }},
		{"html", func(b *bytes.Buffer, c *compare.Comparison) error { return compare.WriteHTML(b, c) }},
	} {
		t.Run(f.ext, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.write(&b, c); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "seeds."+f.ext), b.Bytes(), *update)
		})
	}
}

// TestSeeds checks what the comparison must show on the seeds: the three
// cartel counts are figures of different things, Sheinbaum is quoted by
// three outlets in different words, and the NBC, Reuters and CNN reports
// are relayed with their chains.
func TestSeeds(t *testing.T) {
	c := seedComparison(t)
	var cartels *compare.NumberSlot
	for i := range c.Numbers {
		if c.Numbers[i].Head == "cartel" {
			cartels = &c.Numbers[i]
		}
	}
	if cartels == nil {
		t.Fatal("no slot for the cartel counts")
	}
	var got []string
	for _, e := range cartels.Entries {
		got = append(got, e.Number.Text+" "+e.Number.Qualifier)
	}
	if g := strings.Join(got, "; "); g != "eight Latin American drug; seven drug; six Mexican" {
		t.Errorf("cartel counts: %s", g)
	}
	if cartels.Verdict != compare.SlotDifferent {
		t.Errorf("cartel counts judged %s, want %s: %s", cartels.Verdict, compare.SlotDifferent, cartels.Note)
	}
	found := false
	for _, s := range c.Speakers {
		if s.Name == "Claudia Sheinbaum" {
			found = true
			if len(s.Articles) != 3 || len(s.Quotes) != 5 {
				t.Errorf("Sheinbaum quoted in articles %v (%d quotations), want 001, 002, 003 with 5", s.Articles, len(s.Quotes))
			}
		}
	}
	if !found {
		t.Error("Sheinbaum is not among the speakers")
	}
	if len(c.QuoteMatches) != 0 {
		t.Errorf("the seeds quote no words twice, got %d matches", len(c.QuoteMatches))
	}
	want := map[string]bool{
		"outlet (NBC News) → anonymous (two current and two former US officials)": false,
		"outlet (Reuters and NBC News)":                                           false,
		"outlet (CNN)":                                                            false,
	}
	for _, r := range c.Rows {
		for _, cell := range r.Cells {
			if _, ok := want[cell.Sourcing]; ok {
				want[cell.Sourcing] = true
			}
		}
	}
	for s, ok := range want {
		if !ok {
			t.Errorf("no claim sourced %q", s)
		}
	}
	if c.OneEvent {
		t.Error("the ICE raid article (000) is another event, yet the seeds are judged one event")
	}
}

var streamSize = flag.Int("stream", 20000, "articles in BenchmarkGroupStream's synthetic stream")
