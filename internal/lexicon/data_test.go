package lexicon

import (
	"bytes"
	"io/fs"
	"testing"
)

// defaultSet parses the embedded lexicons once per test.
func defaultSet(t testing.TB) *Set {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDefaultCounts(t *testing.T) {
	s := defaultSet(t)
	min := map[Kind]int{Cues: 500, Outlets: 300, Roles: 100, Anonymous: 50, Vague: 40, Institutions: 300}
	for k, n := range min {
		if got := s.Len(k); got < n {
			t.Errorf("%s: %d entries, want at least %d", k, got, n)
		}
	}
	forms := 0
	for i := range s.cues.entries {
		forms += len(s.cues.entries[i].Forms)
	}
	if forms < 1500 {
		t.Errorf("%d cue forms, want at least 1500", forms)
	}
	t.Logf("cues %d (%d forms), outlets %d, roles %d, anonymous %d, vague %d, institutions %d",
		s.Len(Cues), forms, s.Len(Outlets), s.Len(Roles), s.Len(Anonymous), s.Len(Vague), s.Len(Institutions))
}

// TestDataFilesNameTheirKind checks that every embedded file declares the
// kind its name stands for, so a copy renamed by a user still parses.
func TestDataFilesNameTheirKind(t *testing.T) {
	for _, k := range Kinds() {
		name := "data/" + k.String() + ".txt"
		b, err := fs.ReadFile(data, name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(b, []byte("\n@kind "+k.String()+"\n")) {
			t.Errorf("%s has no @kind %s line", name, k)
		}
		if _, err := Parse(0, bytes.NewReader(b), "renamed.txt"); err != nil {
			t.Errorf("%s under another name: %v", name, err)
		}
	}
}

func TestDefaultCues(t *testing.T) {
	s := defaultSet(t)
	tests := []struct {
		word     string
		lemma    string
		category CueCategory
		sources  bool
		loaded   bool
	}{
		{"said", "say", Speech, true, false},
		{"told", "tell", Speech, true, false},
		{"telling", "tell", Speech, true, false},
		{"wrote", "write", Speech, true, false},
		{"tweeted", "tweet", Speech, true, false},
		{"claimed", "claim", Speech, true, true},
		{"admitted", "admit", Speech, true, true},
		{"insisted", "insist", Speech, true, true},
		{"pointed out", "point out", Speech, true, true},
		{"revealed", "reveal", Report, true, true},
		{"criticised", "criticize", Accusation, true, false},
		{"slammed", "slam", Accusation, true, true},
		{"charged", "charge", Accusation, true, false},
		{"found", "find", Report, true, false},
		{"shown", "show", Report, true, false},
		{"concluded", "conclude", Report, true, false},
		{"believes", "believe", Belief, true, false},
		{"thought", "think", Belief, true, false},
		{"contends", "contend", Belief, true, false},
		{"sees ... as", "see ... as", Belief, true, false},
		{"vowed", "vow", Commitment, true, false},
		{"pledged", "pledge", Commitment, true, false},
		{"promising", "promise", Commitment, true, false},
		{"according to", "according to", Phrase, true, false},
		{"in a statement", "in a statement", Phrase, true, false},
		{"told reporters", "tell reporters", Phrase, true, false},
		{"quoted as saying", "quoted as saying", Phrase, true, false},
		{"wants", "want", Intention, false, false},
		{"plans", "plan", Intention, false, false},
		{"expected", "expect", Intention, false, false},
		{"fears", "fear", Feeling, false, false},
		{"enraged", "enrage", Feeling, false, false},
		{"proposing", "propose", Action, false, false},
		{"endorsed", "endorse", Stance, false, false},
		{"declined to comment", "decline to comment", Refusal, false, false},
		{"didn't respond", "did not respond", Refusal, false, false},
		{"asked", "ask", Question, false, false},
	}
	for _, tt := range tests {
		c, ok := s.Cue(tt.word)
		if !ok {
			t.Errorf("Cue(%q): not found", tt.word)
			continue
		}
		if c.Lemma != tt.lemma || c.Category != tt.category || c.Category.Sources() != tt.sources || c.Loaded != tt.loaded {
			t.Errorf("Cue(%q) = %s %s loaded=%v, want %s %s loaded=%v", tt.word, c.Lemma, c.Category, c.Loaded,
				tt.lemma, tt.category, tt.loaded)
		}
	}
	if c, _ := s.Cue("according to"); c.Source != SourceAfter {
		t.Errorf("according to: source %q", c.Source)
	}
}

func TestDefaultNames(t *testing.T) {
	s := defaultSet(t)
	outlets := map[string]string{
		"NYT": "The New York Times", "The AP": "Associated Press", "AP": "Associated Press",
		"Reuters": "Reuters", "AFP": "Agence France-Presse", "dpa": "Deutsche Presse-Agentur",
		"Western Journalism": "The Western Journal", "Huffington Post": "HuffPost", "Excelsior": "Excélsior",
		"N+": "Televisa", "Folha": "Folha de S.Paulo", "El Pais": "El País", "Fox News": "Fox News",
	}
	for name, want := range outlets {
		if o, ok := s.Outlet(name); !ok || o.Name != want {
			t.Errorf("Outlet(%q) = %v, %v; want %q", name, o, ok, want)
		}
	}
	if o, ok := s.OutletByDomain("https://www.washingtonpost.com/politics/"); !ok || o.Name != "The Washington Post" {
		t.Errorf("OutletByDomain(washingtonpost.com) = %v, %v", o, ok)
	}
	toks := Tokenize("The Times reported")
	if m, ok := s.OutletAt(toks, 0); !ok || !m.Weak || len(m.Candidates) < 2 {
		t.Errorf("The Times: %+v, %v", m, ok)
	}

	roles := map[string]RoleType{"Sen.": Official, "Lt. Gov.": Official, "secretario": Official, "spokeswoman": Either,
		"CEO": Nonofficial, "former": Modifier, "Mr.": Honorific, "Secretary of State": Official}
	for w, want := range roles {
		if r, ok := s.Role(w); !ok || r.Type != want {
			t.Errorf("Role(%q) = %v, %v; want %s", w, r, ok, want)
		}
	}
	insts := map[string]string{"ICE": "U.S. Immigration and Customs Enforcement", "the Pentagon": "Department of Defense",
		"FGR": "Fiscalía General de la República", "SEDENA": "Secretaría de la Defensa Nacional", "Quinnipiac": "Quinnipiac University",
		"DNC": "Democratic National Committee", "Clinton campaign": "Clinton campaign", "UN": "United Nations"}
	for name, want := range insts {
		if in, ok := s.Institution(name); !ok || in.Name != want {
			t.Errorf("Institution(%q) = %v, %v; want %q", name, in, ok, want)
		}
	}
	anon := map[string]AnonCategory{"officials": AnonHead, "people": AnonHead, "senior": AnonSeniority, "a handful of": AnonCount,
		"familiar with": AnonQualifier, "requested anonymity": AnonReason, "unnamed": AnonUnnamed, "intelligence": AnonAffiliation}
	for w, want := range anon {
		if a, ok := s.Anonymous(w); !ok || a.Category != want {
			t.Errorf("Anonymous(%q) = %v, %v; want %s", w, a, ok, want)
		}
	}
	vague := map[string]VagueCategory{"critics": VagueGroup, "some": VagueGroup, "is seen as": AgentlessPassive,
		"it is believed": AgentlessPassive, "reportedly": MediaReport, "reports suggest": MediaReport, "Democrats": VagueGroup}
	for w, want := range vague {
		if v, ok := s.Vague(w); !ok || v.Category != want {
			t.Errorf("Vague(%q) = %v, %v; want %s", w, v, ok, want)
		}
	}
	if v, _ := s.Vague("Republicans"); v == nil || !v.Party {
		t.Errorf("Republicans: %+v", v)
	}
}

// TestDefaultSentences runs the matchers over sentences the way the
// analyzer does: every position, longest match first.
func TestDefaultSentences(t *testing.T) {
	s := defaultSet(t)
	tests := []struct {
		text string
		want []string // kind:matched text, in order
	}{
		{"Two senior administration officials, who spoke on condition of anonymity, told NBC News the plan was dead.",
			[]string{"anonymous:Two", "anonymous:senior", "anonymous:administration", "anonymous:officials",
				"speech:spoke", "anonymous:on condition of anonymity", "speech:told", "outlet:NBC News", "intention:plan"}},
		{"Mexican President Claudia Sheinbaum firmly rejected any possibility, declaring that Mexico would never tolerate it.",
			[]string{"anonymous:Mexican", "role:President", "speech:rejected", "speech:declaring", "anonymous:Mexico"}},
		{"According to CNN, the CIA is reportedly weighing options, as Sen. Tom Cotton put it.",
			[]string{"phrase:According to", "outlet:CNN", "institution:CIA", "vague:reportedly", "intention:weighing",
				"phrase:as Sen. Tom Cotton put it"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.text)
		var got []string
		for i := 0; i < len(toks); {
			end := i + 1
			if m, ok := s.CueAt(toks, i); ok {
				got, end = append(got, string(m.Entry.Category)+":"+span(toks, m.Start, m.End)), m.End
			} else if m, ok := s.OutletAt(toks, i); ok && !m.Weak {
				got, end = append(got, "outlet:"+span(toks, m.Start, m.End)), m.End
			} else if m, ok := s.InstitutionAt(toks, i); ok && !m.Weak {
				got, end = append(got, "institution:"+span(toks, m.Start, m.End)), m.End
			} else if m, ok := s.RoleAt(toks, i); ok && m.Entry.Type != Modifier {
				got, end = append(got, "role:"+span(toks, m.Start, m.End)), m.End
			} else if m, ok := s.VagueAt(toks, i); ok && m.Entry.Category != VagueGroup {
				got, end = append(got, "vague:"+span(toks, m.Start, m.End)), m.End
			} else if m, ok := s.AnonymousAt(toks, i); ok && m.Entry.Category != AnonCount || ok && i == 0 {
				got, end = append(got, "anonymous:"+span(toks, m.Start, m.End)), m.End
			}
			i = end
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
