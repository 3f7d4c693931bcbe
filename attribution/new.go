package attribution

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/auditnews/audit/internal/lexicon"
)

// Option configures an Analyzer.
type Option func(*options)

type options struct {
	lexiconFiles []string
	lexiconData  []namedData
	people       []KnownPerson
	set          *lexicon.Set
}

// KnownPerson is someone a newsroom knows by name: an official of its beat, a
// regular source. Articles that name them, even by surname alone, get
// their full name, role and whether they hold office.
type KnownPerson struct {
	Name     string // full name: "Ana Ruiz"
	Role     string // "Mayor"
	Official bool
}

// WithPeople adds people the analyzer should know.
func WithPeople(people ...KnownPerson) Option {
	return func(o *options) { o.people = append(o.people, people...) }
}

type namedData struct {
	name string
	data []byte
}

// WithLexiconFiles adds a user's lexicon files (cues, outlets,
// institutions, roles, anonymous-source terms, vague terms; see the
// README) to the built-in ones. An entry with a built-in name replaces it.
func WithLexiconFiles(paths ...string) Option {
	return func(o *options) { o.lexiconFiles = append(o.lexiconFiles, paths...) }
}

// WithLexiconData adds a lexicon given as text (the format of lexicon
// files); name stands for it in error messages and gives its kind when the
// text has no @kind line.
func WithLexiconData(name string, data []byte) Option {
	return func(o *options) { o.lexiconData = append(o.lexiconData, namedData{name, data}) }
}

// New returns an Analyzer with the built-in lexicons and any the options
// add. A bad lexicon file is an error naming its path and line.
func New(opts ...Option) (*Analyzer, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	set := o.set
	if set == nil {
		var err error
		set, err = lexicon.Default()
		if err != nil {
			return nil, fmt.Errorf("attribution: %w", err)
		}
	}
	for _, p := range o.lexiconFiles {
		if err := set.LoadFile(p); err != nil {
			return nil, err
		}
	}
	for _, d := range o.lexiconData {
		lx, err := lexicon.Parse(0, bytes.NewReader(d.data), d.name)
		if err != nil {
			return nil, err
		}
		set.Add(lx)
	}
	lx := buildLex(set)
	lx.finish()
	return &Analyzer{lx: lx, people: o.people}, nil
}

var cueCats = map[lexicon.CueCategory]cueCat{
	lexicon.Speech:     catSpeech,
	lexicon.Report:     catReport,
	lexicon.Belief:     catBelief,
	lexicon.Accusation: catAccusation,
	lexicon.Commitment: catSpeech,
	lexicon.Phrase:     catSpeech,
	lexicon.Intention:  catNotSource,
	lexicon.Feeling:    catNotSource,
	lexicon.Action:     catNotSource,
	lexicon.Stance:     catNotSource,
	lexicon.Question:   catNotSource,
	lexicon.Refusal:    catRefusal,
}

var officialInstitutions = map[lexicon.InstitutionType]bool{
	lexicon.Government: true, lexicon.GovAgency: true, lexicon.Ministry: true, lexicon.Legislature: true,
	lexicon.Court: true, lexicon.Military: true, lexicon.Police: true, lexicon.International: true,
}

// buildLex indexes a lexicon set for the analyzer's tokens.
func buildLex(set *lexicon.Set) *lex {
	lx := newLex()
	for _, c := range set.Cues() {
		if c.Noun {
			continue
		}
		cat := cueCats[c.Category]
		e := cueEntry{lemma: c.Lemma, cat: cat, loaded: c.Loaded, ambiguous: c.Ambiguous}
		for _, f := range c.Forms {
			if strings.Contains(f, "...") {
				continue // "as ... put it": read by the as-clause rule
			}
			if c.Source == lexicon.SourceAfter {
				lx.addAfter(f, e)
				continue
			}
			lx.addCue(f, e)
		}
	}
	for _, o := range set.Outlets() {
		lx.addOutlet(o.Name, o.Weak, o.Aliases...)
	}
	for _, in := range set.Institutions() {
		lx.addInstitution(displayName(in.Name, in.Aliases), string(in.Type), officialInstitutions[in.Type], in.Weak,
			append([]string{in.Name}, in.Aliases...)...)
	}
	for _, r := range set.Roles() {
		official := r.Type == lexicon.Official || r.Type == lexicon.Either
		if r.Type == lexicon.Modifier || r.Type == lexicon.Honorific {
			continue
		}
		for _, f := range append([]string{r.Name}, r.Aliases...) {
			lx.addRole(f, r.Name, official)
		}
	}
	for _, a := range set.AnonTerms() {
		for _, f := range a.Forms {
			lf := strings.ToLower(f)
			switch a.Category {
			case lexicon.AnonHead:
				if !strings.Contains(lf, " ") {
					lx.anonHeads[lf] = lf != strings.ToLower(a.Term) && pluralForm(lf)
				}
			case lexicon.AnonSeniority:
				lx.seniority[lf] = true
			case lexicon.AnonReason:
				lx.reasons = append(lx.reasons, lf)
			}
		}
	}
	lx.addWords(set.Words())
	for _, v := range set.VagueTerms() {
		for _, f := range v.Forms {
			lf := strings.ToLower(f)
			switch v.Category {
			case lexicon.VagueGroup:
				if !strings.Contains(lf, " ") {
					lx.vagueHeads[lf] = true
				}
			case lexicon.AgentlessPassive:
				for _, w := range strings.Fields(lf) {
					if strings.HasSuffix(w, "ed") || w == "said" || w == "seen" || w == "thought" || w == "understood" {
						lx.passives[w] = true
					}
				}
			case lexicon.MediaReport:
				if !strings.Contains(lf, " ") {
					lx.reportAdverbs[lf] = true
				}
			}
		}
	}
	return lx
}

// displayName gives a body with a well-known acronym both:
// "U.S. Immigration and Customs Enforcement (ICE)".
func displayName(name string, aliases []string) string {
	for _, a := range aliases {
		if n := len(a); n >= 2 && n <= 6 && strings.ToUpper(a) == a && !strings.ContainsAny(a, " .") && !strings.Contains(name, a) {
			return name + " (" + a + ")"
		}
	}
	return name
}

// pluralForm guesses whether a form of an anonymous-source head is plural.
func pluralForm(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "people") || strings.HasSuffix(w, "men") || w == "staff"
}
