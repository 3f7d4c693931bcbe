package silver

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/goldeval"
)

// The PolNeAR corpus and the gold files are development data kept beside
// the project, not in it: these measurements run where they are found and
// AUDIT_POLNEAR is set.
const (
	corpusDir = "../../../shared/corpus/polnear"
	devGold   = "../../../shared/gold/polnear-dev.jsonl"
)

func corpus(t *testing.T) string {
	t.Helper()
	if os.Getenv("AUDIT_POLNEAR") == "" {
		t.Skip("set AUDIT_POLNEAR=1 to measure on PolNeAR")
	}
	if _, err := os.Stat(filepath.Join(corpusDir, "metadata.tsv")); err != nil {
		t.Skip("PolNeAR corpus not present")
	}
	return corpusDir
}

// TestSilverAgainstGold measures the silver labels themselves: on the dev
// articles that also have gold labels, silver is scored as if it were a
// prediction.
func TestSilverAgainstGold(t *testing.T) {
	dir := corpus(t)
	f, err := os.Open(devGold)
	if err != nil {
		t.Skip("dev gold not present")
	}
	gold, err := goldeval.Read(f, devGold)
	_ = f.Close()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Load(dir, "dev", testLabeler(t))
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]goldeval.Claim{}
	for _, d := range docs {
		key := "polnear/dev/text/" + strings.TrimPrefix(d.Name, "dev/") + ".txt"
		for i, c := range d.Claims {
			lb := d.Labels[i]
			preds[key] = append(preds[key], goldeval.Claim{ID: i + 1, Text: d.Doc.Slice(c.Span), Class: lb.Class, SourceName: lb.Source})
		}
	}
	r := goldeval.Score(gold, preds, goldeval.Options{})
	var b strings.Builder
	if err := r.Write(&b, os.Getenv("AUDIT_SILVER_ERRORS") != ""); err != nil {
		t.Fatal(err)
	}
	p, rc, fs := Sourced(r)
	t.Logf("silver labels scored against the dev gold:\n%ssourced: precision %.3f recall %.3f F1 %.3f", b.String(), p, rc, fs)
}

// TestSilverRules scores the rules on the silver labels of each split, by
// outlet.
func TestSilverRules(t *testing.T) {
	dir := corpus(t)
	a, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	lb := testLabeler(t)
	for _, split := range []string{"train", "dev"} {
		docs, err := Load(dir, split, lb)
		if err != nil {
			t.Fatal(err)
		}
		claims, err := Analyze(context.Background(), a, docs)
		if err != nil {
			t.Fatal(err)
		}
		res := Score(docs, claims)
		var b strings.Builder
		if err := res.All.Write(&b, false); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s split, %d articles, rules:\n%s\n%s", split, len(docs), Table([]string{"rules"}, []Result{res}), b.String())
	}
}
