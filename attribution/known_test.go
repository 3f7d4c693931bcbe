package attribution_test

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// knownArticle names outlets, institutions and officials a newsroom would
// list in its configuration.
const knownArticle = `Harbor Dredging Plan Stalls

The Springfield City Council voted to delay the dredging plan, the Harbor Post reported on Monday. Ruiz said the delay would cost the port $2 million. According to The Harbor Post, two council members opposed the vote.

The City Council said in a statement that it needed more time. Valley Times reported that the Port Authority of Springfield (PAS) had warned of silting. PAS said the channel was already too shallow. A spokesman for the Springfield Port Authority said dredging would resume in spring.

Officials at harborpost.com declined to comment. Mayor Ruiz told reporters the plan was "far from dead".
`

var (
	knownOutlets = []attribution.KnownOutlet{
		{Name: "The Harbor Post", Aliases: []string{"Harbor Post"}, Domains: []string{"harborpost.com"}},
		{Name: "Valley Times"},
		{Name: "Reuters", Type: "wire", Aliases: []string{"Thomson Reuters"}}, // replaces the built-in entry
	}
	knownInsts = []attribution.KnownInstitution{
		{Name: "Springfield City Council", Type: "legislature", Aliases: []string{"City Council"}},
		{Name: "Springfield Port Authority", Aliases: []string{"Port Authority of Springfield", "PAS"}},
	}
	knownPeople = []attribution.KnownPerson{{Name: "Ana Ruiz", Role: "Mayor", Official: true}}
)

// lexiconFiles writes the outlets and institutions as lexicon files.
func lexiconFiles(t *testing.T) []string {
	t.Helper()
	var outlets, insts []string
	for _, o := range knownOutlets {
		fields := slices.Concat([]string{o.Name, cmp.Or(o.Type, "newspaper")}, list("aliases", o.Aliases), list("domains", o.Domains))
		outlets = append(outlets, strings.Join(fields, " | "))
	}
	for _, in := range knownInsts {
		fields := slices.Concat([]string{in.Name, cmp.Or(in.Type, "agency")}, list("aliases", in.Aliases))
		insts = append(insts, strings.Join(fields, " | "))
	}
	dir := t.TempDir()
	var paths []string
	for name, lines := range map[string][]string{"outlets.txt": outlets, "institutions.txt": insts} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// list renders a list field of a lexicon file, or no field for an empty
// list.
func list(key string, l []string) []string {
	if len(l) == 0 {
		return nil
	}
	return []string{key + ": " + strings.Join(l, ", ")}
}

// TestKnownOptionsMatchLexiconFiles checks that outlets and institutions
// given as typed options give the same analysis as the same entries in
// lexicon files.
func TestKnownOptionsMatchLexiconFiles(t *testing.T) {
	doc, err := extract.Text([]byte(knownArticle))
	if err != nil {
		t.Fatal(err)
	}
	analyze := func(opts ...attribution.Option) []attribution.Claim {
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
	people := attribution.WithPeople(knownPeople...)
	want := analyze(people, attribution.WithLexiconFiles(lexiconFiles(t)...))
	got := analyze(people, attribution.WithOutlets(knownOutlets...), attribution.WithInstitutions(knownInsts...))
	if reflect.DeepEqual(want, analyze(people)) {
		t.Fatal("the fixture does not depend on the outlets and institutions")
	}
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("claim %d: typed %+v %+v, files %+v %+v", i+1, got[i], got[i].Source, want[i], want[i].Source)
			}
		}
		t.Fatalf("typed options give %d claims, lexicon files %d", len(got), len(want))
	}
	sources := map[string]string{}
	for _, c := range got {
		if c.Source != nil {
			sources[string(c.Source.Type)+":"+c.Source.Name] = c.Source.Role
		}
	}
	for _, s := range []string{"outlet:The Harbor Post", "outlet:Valley Times", "institution:Springfield City Council",
		"institution:Springfield Port Authority (PAS)", "person:Ana Ruiz"} {
		if _, ok := sources[s]; !ok {
			t.Errorf("no claim sourced to %s; sources: %v", s, sources)
		}
	}
}

func TestKnownOptionErrors(t *testing.T) {
	for _, opt := range []attribution.Option{
		attribution.WithOutlets(attribution.KnownOutlet{Name: "Harbor Post", Type: "paper"}),
		attribution.WithOutlets(attribution.KnownOutlet{Name: "Harbor Post", Domains: []string{"Harbor Post"}}),
		attribution.WithInstitutions(attribution.KnownInstitution{Name: "--"}),
	} {
		if _, err := attribution.New(opt); err == nil || !strings.HasPrefix(err.Error(), "attribution: lexicon: With") {
			t.Errorf("err = %v, want one naming the option", err)
		}
	}
}

func ExampleWithOutlets() {
	doc, err := extract.Text([]byte("Dredging\n\nThe dredging plan was delayed, the Harbor Post reported. Ruiz said the delay would cost $2 million. The City Council said it needed more time.\n"))
	if err != nil {
		panic(err)
	}
	a, err := attribution.New(
		attribution.WithOutlets(attribution.KnownOutlet{Name: "The Harbor Post", Aliases: []string{"Harbor Post"}}),
		attribution.WithInstitutions(attribution.KnownInstitution{Name: "Springfield City Council", Type: "legislature", Aliases: []string{"City Council"}}),
		attribution.WithPeople(attribution.KnownPerson{Name: "Ana Ruiz", Role: "Mayor", Official: true}),
	)
	if err != nil {
		panic(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, c := range claims {
		fmt.Printf("%-7s %-11s %s\n", c.Class, c.Source.Type, c.Source.Name)
	}
	// Output:
	// outlet  outlet      The Harbor Post
	// named   person      Ana Ruiz
	// named   institution Springfield City Council
}
