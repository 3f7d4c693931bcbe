package attribution_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/findings"
)

// knownArticle names outlets, institutions and officials a newsroom would
// list in its configuration.
const knownArticle = `Harbor Dredging Plan Stalls

The Springfield City Council voted to delay the dredging plan, the Harbor Post reported on Monday. Ruiz said the delay would cost the port $2 million. According to The Harbor Post, two council members opposed the vote.

The City Council said in a statement that it needed more time. Valley Times reported that the Port Authority of Springfield (PAS) had warned of silting. PAS said the channel was already too shallow. A spokesman for the Springfield Port Authority said dredging would resume in spring.

Officials at harborpost.com declined to comment. Mayor Ruiz told reporters the plan was "far from dead".
`

// TestKnownOptionsMatchLexiconText checks that outlets and institutions
// given as typed options give the same analysis as the same entries
// rendered as lexicon text.
func TestKnownOptionsMatchLexiconText(t *testing.T) {
	cfg := findings.Config{
		Outlets: []findings.Named{
			{Name: "The Harbor Post", Aliases: []string{"Harbor Post"}, Domains: []string{"harborpost.com"}},
			{Name: "Valley Times"},
			{Name: "Reuters", Type: "wire", Aliases: []string{"Thomson Reuters"}},
		},
		Institutions: []findings.Named{
			{Name: "Springfield City Council", Type: "legislature", Aliases: []string{"City Council"}},
			{Name: "Springfield Port Authority", Aliases: []string{"Port Authority of Springfield", "PAS"}},
		},
		Officials: []findings.Named{{Name: "Ana Ruiz", Type: "Mayor"}},
	}
	var people []attribution.KnownPerson
	for _, o := range cfg.Officials {
		people = append(people, attribution.KnownPerson{Name: o.Name, Role: o.Type, Official: true})
	}
	old := []attribution.Option{attribution.WithPeople(people...)}
	for kind, text := range cfg.LexiconText() {
		old = append(old, attribution.WithLexiconData(".audit.yaml ("+kind+")", []byte(text)))
	}
	typed := []attribution.Option{attribution.WithPeople(people...)}
	for _, o := range cfg.Outlets {
		typed = append(typed, attribution.WithOutlets(attribution.KnownOutlet{Name: o.Name, Type: o.Type, Aliases: o.Aliases, Domains: o.Domains}))
	}
	for _, in := range cfg.Institutions {
		typed = append(typed, attribution.WithInstitutions(attribution.KnownInstitution{Name: in.Name, Type: in.Type, Aliases: in.Aliases}))
	}
	doc, err := extract.Text([]byte(knownArticle))
	if err != nil {
		t.Fatal(err)
	}
	analyze := func(opts []attribution.Option) []attribution.Claim {
		a, err := attribution.New(opts...)
		if err != nil {
			t.Fatal(err)
		}
		claims, err := a.Analyze(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		return claims
	}
	want, got := analyze(old), analyze(typed)
	plain := analyze(nil)
	if reflect.DeepEqual(want, plain) {
		t.Fatal("the fixture does not depend on the configured entries")
	}
	if !reflect.DeepEqual(got, want) {
		for i := range want {
			if i < len(got) && !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("claim %d: typed %+v %+v, text %+v %+v", i+1, got[i], got[i].Source, want[i], want[i].Source)
			}
		}
		t.Fatalf("typed options give %d claims, lexicon text %d", len(got), len(want))
	}
	for _, c := range want {
		src := "-"
		if c.Source != nil {
			src = string(c.Source.Type) + ":" + c.Source.Name + ":" + c.Source.Role
		}
		t.Logf("%-9s %s | %s", c.Class, src, doc.Slice(c.Span))
	}
}
