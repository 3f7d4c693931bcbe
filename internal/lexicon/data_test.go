package lexicon

import (
	"bytes"
	"io/fs"
	"slices"
	"strings"
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

// find returns the entry of entries one of whose phrases has the keys of
// text: what a lexicon entry with that name or form stands for.
func find[E any](entries []E, text string, phrases func(*E) []string) (*E, bool) {
	want := strings.Join(keysOf(text), " ")
	for i := range entries {
		for _, p := range phrases(&entries[i]) {
			if strings.Join(keysOf(p), " ") == want {
				return &entries[i], true
			}
		}
	}
	return nil, false
}

func cueForms(c *Cue) []string         { return c.Forms }
func anonForms(a *AnonTerm) []string   { return a.Forms }
func vagueForms(v *VagueTerm) []string { return v.Forms }
func roleNames(r *Role) []string       { return append([]string{r.Name}, r.Aliases...) }

// strongNames are the phrases that name an outlet or institution on their
// own.
func outletNames(o *Outlet) []string {
	strong, _ := names(o.Name, o.Aliases, o.Weak)
	return strong
}

func institutionNames(in *Institution) []string {
	strong, _ := names(in.Name, in.Aliases, in.Weak)
	return strong
}

// counts returns the number of entries of each kind in s.
func counts(s *Set) map[Kind]int {
	return map[Kind]int{Cues: len(s.Cues()), Outlets: len(s.Outlets()), Roles: len(s.Roles()),
		Anonymous: len(s.AnonTerms()), Vague: len(s.VagueTerms()), Institutions: len(s.Institutions()), Words: len(s.Words())}
}

func TestDefaultCounts(t *testing.T) {
	s := defaultSet(t)
	min := map[Kind]int{Cues: 500, Outlets: 300, Roles: 100, Anonymous: 50, Vague: 40, Institutions: 300, Words: 200}
	got := counts(s)
	for k, n := range min {
		if got[k] < n {
			t.Errorf("%s: %d entries, want at least %d", k, got[k], n)
		}
	}
	forms := 0
	for _, c := range s.Cues() {
		forms += len(c.Forms)
	}
	if forms < 1500 {
		t.Errorf("%d cue forms, want at least 1500", forms)
	}
	t.Logf("cues %d (%d forms), outlets %d, roles %d, anonymous %d, vague %d, institutions %d, words %d",
		got[Cues], forms, got[Outlets], got[Roles], got[Anonymous], got[Vague], got[Institutions], got[Words])
	lists := map[WordList]int{}
	for _, w := range s.Words() {
		lists[w.List]++
	}
	for _, l := range wordLists {
		if lists[l] == 0 {
			t.Errorf("word list %s is empty", l)
		}
	}
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
		loaded   bool
	}{
		{"said", "say", Speech, false},
		{"told", "tell", Speech, false},
		{"telling", "tell", Speech, false},
		{"wrote", "write", Speech, false},
		{"tweeted", "tweet", Speech, false},
		{"claimed", "claim", Speech, true},
		{"admitted", "admit", Speech, true},
		{"insisted", "insist", Speech, true},
		{"pointed out", "point out", Speech, true},
		{"revealed", "reveal", Report, true},
		{"criticised", "criticize", Accusation, false},
		{"slammed", "slam", Accusation, true},
		{"charged", "charge", Accusation, false},
		{"found", "find", Report, false},
		{"shown", "show", Report, false},
		{"concluded", "conclude", Report, false},
		{"believes", "believe", Belief, false},
		{"thought", "think", Belief, false},
		{"contends", "contend", Belief, false},
		{"sees ... as", "see ... as", Belief, false},
		{"vowed", "vow", Commitment, false},
		{"pledged", "pledge", Commitment, false},
		{"promising", "promise", Commitment, false},
		{"according to", "according to", Phrase, false},
		{"in a statement", "in a statement", Phrase, false},
		{"told reporters", "tell reporters", Phrase, false},
		{"quoted as saying", "quoted as saying", Phrase, false},
		{"wants", "want", Intention, false},
		{"plans", "plan", Intention, false},
		{"expected", "expect", Intention, false},
		{"fears", "fear", Feeling, false},
		{"enraged", "enrage", Feeling, false},
		{"proposing", "propose", Action, false},
		{"endorsed", "endorse", Stance, false},
		{"declined to comment", "decline to comment", Refusal, false},
		{"didn't respond", "did not respond", Refusal, false},
		{"asked", "ask", Question, false},
	}
	for _, tt := range tests {
		c, ok := find(s.Cues(), tt.word, cueForms)
		if !ok {
			t.Errorf("Cue(%q): not found", tt.word)
			continue
		}
		if c.Lemma != tt.lemma || c.Category != tt.category || c.Loaded != tt.loaded {
			t.Errorf("Cue(%q) = %s %s loaded=%v, want %s %s loaded=%v", tt.word, c.Lemma, c.Category, c.Loaded,
				tt.lemma, tt.category, tt.loaded)
		}
	}
	if c, _ := find(s.Cues(), "according to", cueForms); c.Source != SourceAfter {
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
		if o, ok := find(s.Outlets(), name, outletNames); !ok || o.Name != want {
			t.Errorf("Outlet(%q) = %v, %v; want %q", name, o, ok, want)
		}
	}
	if o, ok := find(s.Outlets(), "The Washington Post", outletNames); !ok || !slices.Contains(o.Domains, "washingtonpost.com") {
		t.Errorf("The Washington Post = %v, %v", o, ok)
	}
	if _, ok := find(s.Outlets(), "The Times", outletNames); ok {
		t.Error("The Times names an outlet on its own")
	}
	weak := 0
	for _, o := range s.Outlets() {
		if slices.Contains(o.Weak, "The Times") {
			weak++
		}
	}
	if weak < 2 {
		t.Errorf("The Times is a weak alias of %d outlets, want 2 or more", weak)
	}

	roles := map[string]RoleType{"Sen.": Official, "Lt. Gov.": Official, "secretario": Official, "spokeswoman": Either,
		"CEO": Nonofficial, "former": Modifier, "Mr.": Honorific, "Secretary of State": Official}
	for w, want := range roles {
		if r, ok := find(s.Roles(), w, roleNames); !ok || r.Type != want {
			t.Errorf("Role(%q) = %v, %v; want %s", w, r, ok, want)
		}
	}
	insts := map[string]string{"ICE": "U.S. Immigration and Customs Enforcement", "the Pentagon": "Department of Defense",
		"FGR": "Fiscalía General de la República", "SEDENA": "Secretaría de la Defensa Nacional", "Quinnipiac": "Quinnipiac University",
		"DNC": "Democratic National Committee", "Clinton campaign": "Clinton campaign", "UN": "United Nations"}
	for name, want := range insts {
		if in, ok := find(s.Institutions(), name, institutionNames); !ok || in.Name != want {
			t.Errorf("Institution(%q) = %v, %v; want %q", name, in, ok, want)
		}
	}
	anon := map[string]AnonCategory{"officials": AnonHead, "people": AnonHead, "senior": AnonSeniority, "a handful of": AnonCount,
		"familiar with": AnonQualifier, "requested anonymity": AnonReason, "unnamed": AnonUnnamed, "intelligence": AnonAffiliation}
	for w, want := range anon {
		if a, ok := find(s.AnonTerms(), w, anonForms); !ok || a.Category != want {
			t.Errorf("Anonymous(%q) = %v, %v; want %s", w, a, ok, want)
		}
	}
	vague := map[string]VagueCategory{"critics": VagueGroup, "some": VagueGroup, "is seen as": AgentlessPassive,
		"it is believed": AgentlessPassive, "reportedly": MediaReport, "reports suggest": MediaReport, "Democrats": VagueGroup}
	for w, want := range vague {
		if v, ok := find(s.VagueTerms(), w, vagueForms); !ok || v.Category != want {
			t.Errorf("Vague(%q) = %v, %v; want %s", w, v, ok, want)
		}
	}
	if v, _ := find(s.VagueTerms(), "Republicans", vagueForms); v == nil || !v.Party {
		t.Errorf("Republicans: %+v", v)
	}
}
