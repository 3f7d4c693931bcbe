package attribution

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// member reports membership of a word in a set.
func member[V any](set map[string]V) func(string) bool {
	return func(w string) bool {
		_, ok := set[w]
		return ok
	}
}

// TestWordClasses checks that a token's class bits say what a lookup of
// its word in each list says, on every token of the sample articles and
// of a text holding every word of every list in several forms.
func TestWordClasses(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	lx := a.lx
	lists := []struct {
		name string
		c    wordClass
		has  func(string) bool
	}{
		{"auxiliaries", cAuxiliary, member(auxiliaries)},
		{"modals", cModal, member(modals)},
		{"negations", cNegation, member(negations)},
		{"timeNouns", cTimeNoun, member(timeNouns)},
		{"days", cDay, member(days)},
		{"midAdverbs", cMidAdverb, func(w string) bool { return member(midAdverbs)(w) && midAdverb(w) }},
		{"roles", cRole, member(lx.roles)},
		{"edAdjectives", cEdAdjective, member(lx.edAdjectives)},
		{"honorifics", cHonorific, member(honorifics)},
		{"pronouns", cPronoun, member(pronouns)},
		{"determiners", cDeterminer, member(determiners)},
		{"makerParticiples", cMakerParticiple, member(makerParticiples)},
		{"phraseStops", cPhraseStop, member(phraseStops)},
		{"orgSuffixes (lower)", cOrgSuffixLower, member(lx.orgSuffixes)},
		{"personNouns", cPersonNoun, member(lx.personNouns)},
		{"orgNouns", cOrgNoun, member(lx.orgNouns)},
		{"demonyms", cDemonym, member(lx.demonyms)},
		{"anonHeads", cAnonHead, member(lx.anonHeads)},
		{"vagueHeads", cVagueHead, member(lx.vagueHeads)},
		{"placeWords", cPlaceWord, member(lx.placeWords)},
		{"orgSuffixes", cOrgSuffix, member(lx.orgSuffixes)},
		{"femaleNames", cFemaleName, member(lx.femaleNames)},
		{"maleNames", cMaleName, member(lx.maleNames)},
		{"countries", cCountry, member(lx.countries)},
	}
	var all strings.Builder
	for _, set := range []map[string]struct{}{auxiliaries, modals, negations, timeNouns, days, midAdverbs, honorificsSet(),
		pronounsSet(), determiners, phraseStops} {
		writeForms(&all, set)
	}
	for _, set := range []map[string]bool{lx.edAdjectives, makerParticiples, lx.documentNouns, lx.orgSuffixes, lx.personNouns, lx.orgNouns,
		lx.demonyms, lx.anonHeads, lx.vagueHeads, lx.placeWords, lx.femaleNames, lx.maleNames, lx.countries} {
		writeForms(&all, set)
	}
	for w := range lx.roles {
		writeForm(&all, w)
	}
	texts := []string{all.String(), "U.S. officials' \"Mr. Smith's\" — the N.Y. Times’ reporters; it's (Sen.) 'd 'll 's"}
	files, _ := filepath.Glob(filepath.Join("..", "internal", "demo", "seeds", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	checked := 0
	for _, text := range texts {
		toks := tokenize(text, nil)
		lx.annotate(toks)
		for k := range toks {
			tok := &toks[k]
			for _, l := range lists {
				key := tok.norm()
				if l.c&lowerClasses != 0 {
					key = tok.lower
				}
				if got, want := tok.is(l.c), l.has(key); got != want {
					t.Errorf("%q (%q, kind %d): in %s %v, class says %v", tok.lower, key, tok.kind, l.name, want, got)
				}
				checked++
			}
			if want := member(lx.documentNouns)(tok.norm()); tok.doc != want {
				t.Errorf("%q: in documentNouns %v, token.doc says %v", tok.lower, want, tok.doc)
			}
		}
	}
	if checked < 100000 {
		t.Errorf("only %d checks", checked)
	}
}

func honorificsSet() map[string]struct{} {
	m := map[string]struct{}{}
	for w := range honorifics {
		m[w] = struct{}{}
	}
	return m
}

func pronounsSet() map[string]struct{} {
	m := map[string]struct{}{}
	for w := range pronouns {
		m[w] = struct{}{}
	}
	return m
}

// writeForms writes every word of set in the forms writeForm writes.
func writeForms[V any](b *strings.Builder, set map[string]V) {
	for w := range set {
		writeForm(b, w)
	}
}

// writeForm writes w as it is, capitalised, in capitals, possessive and
// after punctuation.
func writeForm(b *strings.Builder, w string) {
	r, n := utf8.DecodeRuneInString(w)
	title := string(unicode.ToUpper(r)) + w[n:]
	for _, f := range []string{w, title, strings.ToUpper(w), w + "'s", title + "’s", "(" + w + ")", "\"" + w + ",\""} {
		b.WriteString(f)
		b.WriteString(" ")
	}
	b.WriteString(".\n")
}
