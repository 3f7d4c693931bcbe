package lexicon

import "testing"

const benchText = `Two senior administration officials, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, told NBC News that Secretary of State Marco Rubio had dismissed the proposal as unworkable, according to a report in The New York Times, while Mexican President Claudia Sheinbaum said in a statement that Mexico would never accept it.`

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tokenize(benchText)
	}
}

// BenchmarkLookups asks every lexicon for the longest entry at every token
// of a sentence, as the analyzer does.
func BenchmarkLookups(b *testing.B) {
	s := defaultSet(b)
	toks := Tokenize(benchText)
	b.ReportAllocs()
	b.ReportMetric(float64(len(toks)), "tokens/op")
	for b.Loop() {
		lookAll(s, toks)
	}
}

// lookAll asks every lexicon of s for the longest entry at every token.
func lookAll(s *Set, toks []Token) {
	for i := range toks {
		s.CueAt(toks, i)
		s.OutletAt(toks, i)
		s.RoleAt(toks, i)
		s.AnonymousAt(toks, i)
		s.VagueAt(toks, i)
		s.InstitutionAt(toks, i)
	}
}

func BenchmarkCue(b *testing.B) {
	s := defaultSet(b)
	b.ReportAllocs()
	for b.Loop() {
		s.Cue("said")
	}
}
