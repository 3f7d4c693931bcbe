package silver

import (
	"context"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
)

// oracle attributes each claim as its silver label says.
type oracle map[*article.Document][]Label

func (o oracle) Analyze(_ context.Context, doc *article.Document) ([]attribution.Claim, error) {
	cs := attribution.Claims(doc)
	for i, lb := range o[doc] {
		cs[i].Class = attribution.Class(lb.Class)
		if lb.Class != "unsourced" {
			cs[i].Source = &attribution.Source{Name: lb.Source}
		}
	}
	return cs, nil
}

func TestScore(t *testing.T) {
	docs, err := Load(fixture, "train", testLabeler(t))
	if err != nil {
		t.Fatal(err)
	}
	o := oracle{}
	for _, d := range docs {
		o[d.Doc] = d.Labels
	}
	perfect, err := Analyze(context.Background(), o, docs)
	if err != nil {
		t.Fatal(err)
	}
	none := map[string][]attribution.Claim{}
	for _, d := range docs {
		none[d.Name] = attribution.Claims(d.Doc)
		for i := range none[d.Name] {
			none[d.Name][i].Class = attribution.Unsourced
		}
	}
	good, bad := Score(docs, perfect), Score(docs, none)
	if s := good.All.Summary(); s.Accuracy != 1 || s.SourceAccuracy != 1 {
		t.Errorf("a perfect analyzer scores %+v", s)
	}
	if p, r, f := Sourced(good.All); p != 1 || r != 1 || f != 1 {
		t.Errorf("a perfect analyzer: sourced P/R/F %v %v %v", p, r, f)
	}
	if p, r, f := Sourced(bad.All); p != 0 || r != 0 || f != 0 {
		t.Errorf("nothing sourced: sourced P/R/F %v %v %v", p, r, f)
	}
	if len(good.Outlets) != 2 || good.Outlets[0].Name != "herald" || good.Outlets[1].Name != "ledger" {
		t.Fatalf("outlets = %+v", good.Outlets)
	}
	table := Table([]string{"perfect", "nothing"}, []Result{good, bad})
	for _, want := range []string{"\nherald ", "\nledger ", "\nmacro over outlets ", "|  1.000  1.000    1.000  1.000 |", "\nall sentences "} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
}
