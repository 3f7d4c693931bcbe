package lexicon

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// TestGivenMatchesParse checks that entries given in code make the same
// entries as the lines of a file that say the same.
func TestGivenMatchesParse(t *testing.T) {
	file, err := Parse(0, strings.NewReader(`@kind outlets
The Harbor Post | newspaper | aliases: Harbor Post | domains: harborpost.com
Valley Radio | broadcaster | country: US
`), "house.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, err := NewOutlets("config", []Outlet{
		{Name: "The Harbor Post", Aliases: []string{"Harbor Post"}, Domains: []string{"harborpost.com"}},
		{Name: "Valley Radio", Type: Broadcaster, Country: "US"},
	}, []int{7, 9})
	if err != nil {
		t.Fatal(err)
	}
	if code.Kind != Outlets || len(code.Outlets) != 2 || code.Outlets[0].Origin != "config:7" {
		t.Fatalf("got %+v", code)
	}
	for i := range file.Outlets {
		f, c := file.Outlets[i], code.Outlets[i]
		f.Origin, c.Origin = "", ""
		if !reflect.DeepEqual(f, c) {
			t.Errorf("entry %d: file gives %+v, code %+v", i, f, c)
		}
	}

	insts, err := NewInstitutions("config", []Institution{
		{Name: "Springfield City Council", Type: Legislature, Aliases: []string{"City Council"}},
		{Name: "Harbor Authority"},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := insts.Institutions; len(got) != 2 || got[0].Type != Legislature || got[1].Type != GovAgency || got[1].Origin != "config:2" {
		t.Errorf("institutions: got %+v", got)
	}
}

func TestGivenErrors(t *testing.T) {
	lines := []int{3, 5}
	tests := []struct {
		name  string
		build func() (*Lexicon, error)
		want  string
	}{
		{"type", func() (*Lexicon, error) {
			return NewOutlets("c.yaml", []Outlet{{Name: "A Paper"}, {Name: "B Paper", Type: "paper"}}, lines)
		}, `c.yaml:5: unknown type "paper"`},
		{"no word", func() (*Lexicon, error) {
			return NewOutlets("c.yaml", []Outlet{{Name: "A Paper", Aliases: []string{"--"}}}, lines)
		}, `c.yaml:3: alias "--": has no word`},
		{"domain", func() (*Lexicon, error) {
			return NewOutlets("c.yaml", []Outlet{{Name: "A Paper", Domains: []string{"https://a.com"}}}, lines)
		}, `c.yaml:3: domain "https://a.com": want a lower-case host name`},
		{"clash", func() (*Lexicon, error) {
			return NewOutlets("c.yaml", []Outlet{{Name: "A Paper"}, {Name: "B Paper", Aliases: []string{"A Paper"}}}, lines)
		}, `c.yaml:5: "A Paper" already belongs to "A Paper" (line 3)`},
		{"institution type", func() (*Lexicon, error) {
			return NewInstitutions("c.yaml", []Institution{{Name: "Council", Type: "newspaper"}}, nil)
		}, `c.yaml:1: unknown type "newspaper"`},
		{"country", func() (*Lexicon, error) {
			return NewInstitutions("c.yaml", []Institution{{Name: "Council", Country: "usa"}}, lines)
		}, `c.yaml:3: country "usa"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.build()
			var le *Error
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want a *lexicon.Error", err)
			}
			if got := strings.TrimPrefix(err.Error(), "lexicon: "); !strings.HasPrefix(got, tt.want) {
				t.Errorf("error %q, want it to start %q", got, tt.want)
			}
		})
	}
}
