package lexicon

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestParseGood(t *testing.T) {
	tests := []struct {
		name  string
		kind  Kind
		path  string
		input string
		check func(t *testing.T, lx *Lexicon)
	}{
		{
			name: "cues with forms, flags and source slots",
			path: "cues.txt",
			input: `# a comment
say   | speech | forms: says, said, saying

claim | speech | forms: claims, claimed | loaded   # AP: prefer said
according to | phrase | source: after
as ... put it | phrase | source: gap
call  | speech | forms: calls, called | ambiguous
assertion | speech | forms: assertions | noun
`,
			check: checkParsedCues,
		},
		{
			name: "outlets with weak aliases shared by two entries",
			path: "outlets.txt",
			input: `The New York Times | newspaper | country: US | aliases: New York Times, NYT | weak: The Times | domains: nytimes.com
The Times | newspaper | country: GB | aliases: Times of London | weak: The Times | domains: thetimes.co.uk
`,
			check: checkParsedOutlets,
		},
		{
			name:  "kind from a header line",
			path:  "my-list.txt",
			input: "# local outlets\n\n@kind\toutlets\nEl Imparcial | newspaper | country: MX\n",
			check: func(t *testing.T, lx *Lexicon) {
				if lx.Kind != Outlets || len(lx.Outlets) != 1 {
					t.Errorf("kind %v, %d outlets", lx.Kind, len(lx.Outlets))
				}
			},
		},
		{
			name:  "kind from a file name with a suffix",
			path:  "/home/desk/roles-mx.txt",
			input: "Secretary | official | aliases: Sec., secretario | ambiguous\n",
			check: func(t *testing.T, lx *Lexicon) {
				if lx.Kind != Roles || lx.Roles[0].Name != "Secretary" || !lx.Roles[0].Ambiguous {
					t.Errorf("got %+v", lx)
				}
			},
		},
		{
			name:  "kind given by the caller",
			kind:  Vague,
			path:  "whatever.txt",
			input: "Democrats | vague_group | forms: Democrat | party\nreportedly | media_report\n",
			check: func(t *testing.T, lx *Lexicon) {
				if !lx.Vague[0].Party || lx.Vague[1].Category != MediaReport {
					t.Errorf("got %+v", lx.Vague)
				}
			},
		},
		{
			name:  "anonymous terms and institutions",
			path:  "anonymous.txt",
			input: "official | head | forms: officials\non condition of anonymity | reason\n",
			check: func(t *testing.T, lx *Lexicon) {
				if lx.Anonymous[0].Category != AnonHead || !slices.Equal(lx.Anonymous[0].Forms, []string{"official", "officials"}) {
					t.Errorf("got %+v", lx.Anonymous)
				}
			},
		},
		{
			name:  "institution with a weak alias and no country",
			path:  "institutions.txt",
			input: "United Nations | international | aliases: UN, Naciones Unidas | weak: the organization\n",
			check: func(t *testing.T, lx *Lexicon) {
				in := lx.Institutions[0]
				if in.Country != "" || in.Type != International || len(in.Weak) != 1 {
					t.Errorf("got %+v", in)
				}
			},
		},
		{
			name:  "word lists: a word may stand in several, once in each",
			path:  "words-local.txt",
			input: "take | media_verb | forms: took\ntake | control_verb | forms: took, takes\nU.S. | ed_adjective\n",
			check: func(t *testing.T, lx *Lexicon) {
				if len(lx.Words) != 3 || lx.Words[0].List != MediaVerb || lx.Words[1].List != ControlVerb ||
					!slices.Equal(lx.Words[1].Forms, []string{"take", "took", "takes"}) || lx.Words[2].Word != "U.S." {
					t.Errorf("got %+v", lx.Words)
				}
			},
		},
		{
			name:  "empty file",
			path:  "cues.txt",
			input: "# nothing yet\n",
			check: func(t *testing.T, lx *Lexicon) {
				if len(lx.Cues) != 0 || lx.Kind != Cues {
					t.Errorf("got %+v", lx)
				}
			},
		},
		{
			name:  "CRLF line ends and tabs",
			path:  "cues.txt",
			input: "say\t|\tspeech\t|\tforms: says, said\r\nnote | speech\r\n",
			check: func(t *testing.T, lx *Lexicon) {
				if len(lx.Cues) != 2 || lx.Cues[0].Forms[2] != "said" || lx.Cues[1].Lemma != "note" {
					t.Errorf("got %+v", lx.Cues)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := Parse(tt.kind, strings.NewReader(tt.input), tt.path)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, lx)
		})
	}
}

// checkParsedCues checks the cues of TestParseGood: forms, origin, flags and source slots.
func checkParsedCues(t *testing.T, lx *Lexicon) {
	if len(lx.Cues) != 6 {
		t.Fatalf("got %d cues, want 6", len(lx.Cues))
	}
	say := lx.Cues[0]
	if say.Lemma != "say" || say.Category != Speech || !slices.Equal(say.Forms, []string{"say", "says", "said", "saying"}) {
		t.Errorf("say = %+v", say)
	}
	if say.Origin != "cues.txt:2" {
		t.Errorf("origin = %q, want cues.txt:2", say.Origin)
	}
	if !lx.Cues[1].Loaded || lx.Cues[1].Ambiguous {
		t.Errorf("claim flags = %+v", lx.Cues[1])
	}
	if lx.Cues[2].Source != SourceAfter || lx.Cues[3].Source != SourceGap {
		t.Errorf("source slots = %q, %q", lx.Cues[2].Source, lx.Cues[3].Source)
	}
	if !lx.Cues[4].Ambiguous || !lx.Cues[5].Noun {
		t.Errorf("flags = %+v, %+v", lx.Cues[4], lx.Cues[5])
	}
}

// checkParsedOutlets checks the outlets of TestParseGood: country, type, domains, aliases and weak aliases.
func checkParsedOutlets(t *testing.T, lx *Lexicon) {
	nyt := lx.Outlets[0]
	if nyt.Country != "US" || nyt.Type != Newspaper || !slices.Equal(nyt.Domains, []string{"nytimes.com"}) ||
		!slices.Equal(nyt.Aliases, []string{"New York Times", "NYT"}) || !slices.Equal(nyt.Weak, []string{"The Times"}) {
		t.Errorf("nyt = %+v", nyt)
	}
}

func TestParseBad(t *testing.T) {
	tests := []struct {
		name  string
		kind  Kind
		path  string
		input string
		want  []string // each error, in order
	}{
		{"missing canonical name", 0, "outlets.txt",
			"# outlets\nReuters | wire\n | newspaper | country: US\n",
			[]string{"lexicon: outlets.txt:3: missing canonical name"}},
		{"unknown word list", 0, "words.txt", "war | declared_war\n",
			[]string{`lexicon: words.txt:1: unknown list "declared_war" (want one of media_verb, control_verb, declared_act, reported_result, shared_thing, power_noun, belief_noun, relation_adjective, ed_adjective, verdict, document_noun, person_noun, org_noun, org_suffix, place_word, masthead_word, female_name, male_name, demonym, country, us_state)`}},
		{"word twice in one list", 0, "words.txt", "war | declared_act\nWar | declared_act\n",
			[]string{`lexicon: words.txt:2: "War" already belongs to "war" (line 1)`}},
		{"missing type", 0, "outlets.txt", "Reuters\n",
			[]string{"lexicon: outlets.txt:1: missing type (want one of wire, newspaper, broadcaster, magazine, digital, agency)"}},
		{"unknown category", 0, "cues.txt", "say | speach | forms: said\n",
			[]string{`lexicon: cues.txt:1: unknown category "speach" (want one of speech, report, belief, accusation, commitment, phrase, intention, feeling, action, stance, refusal, question)`}},
		{"unknown flag", 0, "cues.txt", "claim | speech | lodaed\n",
			[]string{`lexicon: cues.txt:1: unknown flag "lodaed" (want loaded, ambiguous, noun)`}},
		{"flag on a kind without flags", 0, "outlets.txt", "Reuters | wire | loaded\n",
			[]string{`lexicon: outlets.txt:1: unknown flag "loaded" (this kind has no flags)`}},
		{"list without a key", 0, "cues.txt", "say | speech | says, said\n",
			[]string{`lexicon: cues.txt:1: field "says, said" is neither "key: value" nor a flag`}},
		{"unknown field", 0, "outlets.txt", "Reuters | wire | alias: Thomson Reuters\n",
			[]string{`lexicon: outlets.txt:1: unknown field "alias" (want aliases, weak, domains, country)`}},
		{"field given twice", 0, "outlets.txt", "Reuters | wire | country: GB | country: US\n",
			[]string{`lexicon: outlets.txt:1: field "country" given twice`}},
		{"flag given twice", 0, "cues.txt", "claim | speech | loaded | loaded\n",
			[]string{`lexicon: cues.txt:1: flag "loaded" given twice`}},
		{"empty field", 0, "cues.txt", "say | speech || loaded\n",
			[]string{"lexicon: cues.txt:1: empty field 3"}},
		{"empty list item", 0, "cues.txt", "say | speech | forms: says,, said\n",
			[]string{`lexicon: cues.txt:1: empty item in "forms"`}},
		{"bad country", 0, "outlets.txt", "Reuters | wire | country: UK\nAP | wire | country: usa\n",
			[]string{`lexicon: outlets.txt:2: country "usa": want a two-letter code such as US or MX`}},
		{"bad domain", 0, "outlets.txt", "Reuters | wire | domains: https://reuters.com/\n",
			[]string{`lexicon: outlets.txt:1: domain "https://reuters.com/": want a lower-case host name such as nytimes.com`}},
		{"duplicate form across entries", 0, "cues.txt", "say | speech | forms: said\nstate | speech | forms: stated, said\n",
			[]string{`lexicon: cues.txt:2: "said" already belongs to "say" (line 1)`}},
		{"duplicate alias after folding", 0, "outlets.txt", "El País | newspaper | aliases: El Pais\n",
			[]string{`lexicon: outlets.txt:1: "El Pais" repeats another name or form of this entry`}},
		{"alias weak in one entry and strong in another", 0, "outlets.txt",
			"The Times | newspaper | weak: The Times\nThe New York Times | newspaper | aliases: The Times\n",
			[]string{`lexicon: outlets.txt:2: "The Times" is weak in one entry and strong in another (line 1, "The Times")`}},
		{"gap outside cues", 0, "vague.txt", "it is ... believed | agentless_passive\n",
			[]string{`lexicon: vague.txt:1: form "it is ... believed": a gap "..." is allowed only in cues`}},
		{"gap at the end", 0, "cues.txt", "put it ... | phrase\n",
			[]string{`lexicon: cues.txt:1: form "put it ...": a gap "..." must stand between words, once`}},
		{"two gaps", 0, "cues.txt", "as ... put ... it | phrase\n",
			[]string{`lexicon: cues.txt:1: form "as ... put ... it": a gap "..." must stand between words, once`}},
		{"source gap without a gap", 0, "cues.txt", "put it | phrase | source: gap\n",
			[]string{`lexicon: cues.txt:1: source: gap needs a gap "..." in the cue`}},
		{"unknown source slot", 0, "cues.txt", "according to | phrase | source: before\n",
			[]string{`lexicon: cues.txt:1: unknown source "before" (want after or gap)`}},
		{"no word in a name", 0, "roles.txt", "--- | official\n",
			[]string{`lexicon: roles.txt:1: name "---": has no word`}},
		{"unknown kind in header", 0, "list.txt", "@kind outlet\nReuters | wire\n",
			[]string{`lexicon: list.txt:1: unknown kind "outlet" (want one of cues, outlets, roles, anonymous, vague, institutions, words)`}},
		{"unknown directive", 0, "outlets.txt", "@lang es\n",
			[]string{"lexicon: outlets.txt:1: unknown directive @lang (want @kind)"}},
		{"header after an entry", 0, "outlets.txt", "Reuters | wire\n@kind outlets\n",
			[]string{"lexicon: outlets.txt:2: @kind must come before the first entry"}},
		{"header that contradicts the caller", Cues, "x.txt", "@kind outlets\n",
			[]string{"lexicon: x.txt:1: @kind outlets in a file read as cues"}},
		{"kind cannot be told", 0, "list.txt", "Reuters | wire\n",
			[]string{`lexicon: list.txt:1: cannot tell the kind of lexicon: start the file with a line such as "@kind outlets" or name it after its kind (cues.txt, outlets.txt, roles.txt, anonymous.txt, vague.txt, institutions.txt, words.txt)`}},
		{"invalid UTF-8", 0, "cues.txt", "say | speech\n\xff\xfe | speech\n",
			[]string{"lexicon: cues.txt:2: not valid UTF-8"}},
		{"several errors, each at its line", 0, "roles.txt",
			"Senator | official | aliases: Sen.\nGovernor | offical\n | official\nMayor | official | aliases: alcalde, alcalde\n",
			[]string{
				`lexicon: roles.txt:2: unknown type "offical" (want one of official, nonofficial, either, modifier, honorific)`,
				"lexicon: roles.txt:3: missing canonical name",
				`lexicon: roles.txt:4: "alcalde" repeats another name or form of this entry`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := Parse(tt.kind, strings.NewReader(tt.input), tt.path)
			if err == nil {
				t.Fatalf("no error; got %+v", lx)
			}
			if got := strings.Split(err.Error(), "\n"); !slices.Equal(got, tt.want) {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			var le *Error
			if !errors.As(err, &le) || le.Path != tt.path || le.Line == 0 {
				t.Errorf("error %v is not an *Error with path and line", err)
			}
		})
	}
}

func TestParseTooManyErrors(t *testing.T) {
	input := strings.Repeat("bad line\n", 30)
	_, err := Parse(Cues, strings.NewReader(input), "cues.txt")
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != maxErrors+1 || lines[maxErrors] != "lexicon: cues.txt: more errors not shown" {
		t.Errorf("got %d lines, last %q", len(lines), lines[len(lines)-1])
	}
}

func TestParseLongLine(t *testing.T) {
	input := "say | speech\n" + strings.Repeat("x", maxLine+10) + "\n"
	_, err := Parse(Cues, strings.NewReader(input), "cues.txt")
	if err == nil || !strings.Contains(err.Error(), "cues.txt:2: line longer than") {
		t.Errorf("err = %v", err)
	}
}

func TestKindString(t *testing.T) {
	if s := Kind(42).String(); s != "Kind(42)" {
		t.Errorf("Kind(42) = %q", s)
	}
}
