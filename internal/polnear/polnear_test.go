package polnear

import (
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

// The offsets below count code points: "é" and "’" are one each.
const annText = "Café owners said it’s over. Rain is expected."

const ann = "T1\tSource 0 11\tCafé owners\n" +
	"T2\tCue 12 16\tsaid\n" +
	"T3\tContent 17 26\tit’s over\n" +
	"T4\tAttribution 12 16\tsaid\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"T5\tCue 36 44\texpected\n" +
	"T6\tContent 28 32;33 35\tRain is\n" +
	"T7\tAttribution-no-source 36 44\texpected\n" +
	"E2\tAttribution-no-source:T7 Cue:T5 Content2:T6\n" +
	"#1\tAnnotatorNotes T1\ta note\n"

func TestParseAnn(t *testing.T) {
	rels, err := ParseAnn(strings.NewReader(ann), "a.ann", annText)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 {
		t.Fatalf("got %d relations, want 2", len(rels))
	}
	text := func(ss []article.Span) string {
		var parts []string
		for _, s := range ss {
			parts = append(parts, annText[s.Start:s.End])
		}
		return strings.Join(parts, "|")
	}
	r := rels[0]
	if got := text(r.Source) + "/" + text(r.Cue) + "/" + text(r.Content); got != "Café owners/said/it’s over" || r.NoSource {
		t.Errorf("first relation = %s (no source %v)", got, r.NoSource)
	}
	r = rels[1]
	if got := text(r.Cue) + "/" + text(r.Content); got != "expected/Rain|is" || !r.NoSource || r.Source != nil {
		t.Errorf("second relation = %s (no source %v)", got, r.NoSource)
	}
}

func TestParseAnnErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"T1\tSource 0 999\tx\n", "a.ann:1: offsets \"0 999\" out of the text's"},
		{"T1\tSource\tx\n", "a.ann:1: span without offsets"},
		{"T1\tSource 3 1\tx\n", "out of the text's"},
		{"T1\tSource 1 x\tx\n", `bad offsets`},
		{"\nE1\tAttribution:T1 Cue\n", `a.ann:2: "Cue" is not role:id`},
	} {
		_, err := ParseAnn(strings.NewReader(tt.in), "a.ann", annText)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseAnn(%q) = %v, want error containing %q", tt.in, err, tt.want)
		}
	}
}

func TestArticles(t *testing.T) {
	arts, err := Articles("testdata/corpus", "train")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range arts {
		got = append(got, a.Outlet+":"+a.Name)
	}
	want := "herald:herald_2020-01-03_toll-rises herald:herald_2020-01-08_storm ledger:ledger_2020-01-02_bridge-reopens ledger:ledger_2020-01-05_school-board-vote"
	if strings.Join(got, " ") != want {
		t.Errorf("articles = %v", got)
	}
	doc, rels, err := arts[2].Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) == 0 || len(rels) != 6 {
		t.Fatalf("got %d sentences and %d relations", len(doc.Sentences), len(rels))
	}
	r := rels[2] // “We did it right,” she said. “The inspectors agree.”
	if src := doc.Slice(r.Source[0]); src != "she" || len(r.Content) != 2 || doc.Slice(r.Content[1]) != "“The inspectors agree.”" {
		t.Errorf("relation = %q, content %v", src, r.Content)
	}
	if _, err := Articles("testdata/corpus", "test"); err == nil {
		t.Error("a split with no articles is no error")
	}
	if _, err := Articles("testdata/missing", "train"); err == nil {
		t.Error("a missing corpus is no error")
	}
}
