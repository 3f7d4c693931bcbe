package attribution

import (
	"fmt"
	"strings"

	"github.com/auditnews/audit/internal/lexicon"
)

// Option configures an Analyzer.
type Option func(*options)

type options struct {
	lexiconFiles []string
	outlets      []KnownOutlet
	insts        []KnownInstitution
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

// KnownOutlet is a news organisation a newsroom adds to the built-in
// ones: its own paper, its rivals, the local radio.
type KnownOutlet struct {
	Name    string   // canonical name: "The Harbor Post"
	Type    string   // wire, newspaper, broadcaster, magazine, digital or agency; "" is newspaper
	Aliases []string // other names that always mean it: "Harbor Post"
	Domains []string // its web domains: "harborpost.com"
}

// KnownInstitution is a named body a newsroom adds to the built-in ones:
// a city council, a local agency.
type KnownInstitution struct {
	Name    string   // canonical name: "Springfield City Council"
	Type    string   // government, agency, legislature, court, police, ... (see the README); "" is agency
	Aliases []string // other names that always mean it: "City Council"
}

// WithOutlets adds outlets the analyzer should know. An outlet with a
// built-in name replaces it, as in a lexicon file.
func WithOutlets(outlets ...KnownOutlet) Option {
	return func(o *options) { o.outlets = append(o.outlets, outlets...) }
}

// WithInstitutions adds institutions the analyzer should know. An
// institution with a built-in name replaces it, as in a lexicon file.
func WithInstitutions(insts ...KnownInstitution) Option {
	return func(o *options) { o.insts = append(o.insts, insts...) }
}

// WithLexiconFiles adds a user's lexicon files (cues, outlets,
// institutions, roles, anonymous-source terms, vague terms; see the
// README) to the built-in ones. An entry with a built-in name replaces it.
func WithLexiconFiles(paths ...string) Option {
	return func(o *options) { o.lexiconFiles = append(o.lexiconFiles, paths...) }
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
	if err := addKnown(set, o.outlets, o.insts); err != nil {
		return nil, err
	}
	lx := buildLex(set)
	if err := lx.finish(); err != nil {
		return nil, err
	}
	return &Analyzer{lx: lx, people: o.people}, nil
}

// addKnown adds the outlets and institutions of WithOutlets and
// WithInstitutions to set, after the lexicon files. A bad entry is an
// error naming the option and the entry's number.
func addKnown(set *lexicon.Set, outlets []KnownOutlet, insts []KnownInstitution) error {
	if len(outlets) > 0 {
		entries := make([]lexicon.Outlet, len(outlets))
		for i, k := range outlets {
			entries[i] = lexicon.Outlet{Name: k.Name, Type: lexicon.OutletType(k.Type), Aliases: k.Aliases, Domains: k.Domains}
		}
		lx, err := lexicon.NewOutlets("WithOutlets", entries, nil)
		if err != nil {
			return fmt.Errorf("attribution: %w", err)
		}
		set.Add(lx)
	}
	if len(insts) > 0 {
		entries := make([]lexicon.Institution, len(insts))
		for i, k := range insts {
			entries[i] = lexicon.Institution{Name: k.Name, Type: lexicon.InstitutionType(k.Type), Aliases: k.Aliases}
		}
		lx, err := lexicon.NewInstitutions("WithInstitutions", entries, nil)
		if err != nil {
			return fmt.Errorf("attribution: %w", err)
		}
		set.Add(lx)
	}
	return nil
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
	lx.addCues(set.Cues())
	for _, o := range set.Outlets() {
		lx.addOutlet(o.Name, string(o.Type), o.Weak, o.Aliases...)
	}
	for _, in := range set.Institutions() {
		lx.addInstitution(displayName(in.Name, in.Aliases), string(in.Type), officialInstitutions[in.Type], in.Weak,
			append([]string{in.Name}, in.Aliases...)...)
	}
	lx.addRoles(set.Roles())
	lx.addAnonTerms(set.AnonTerms())
	lx.addWords(set.Words())
	lx.addVagueTerms(set.VagueTerms())
	return lx
}

// addCues indexes the verb and phrase cues; noun cues are read elsewhere.
func (l *lex) addCues(cues []lexicon.Cue) {
	for _, c := range cues {
		if c.Noun {
			// "offered a prediction": a noun of statement as an object
			if cat := cueCats[c.Category]; cat == catSpeech || cat == catReport || cat == catBelief || cat == catAccusation {
				for _, f := range append([]string{c.Lemma}, c.Forms...) {
					l.statementNouns[strings.ToLower(f)] = true
				}
			}
			continue
		}
		e := cueEntry{lemma: c.Lemma, cat: cueCats[c.Category], loaded: c.Loaded, ambiguous: c.Ambiguous}
		for _, f := range c.Forms {
			switch {
			case strings.Contains(f, "..."):
				// "as ... put it": read by the as-clause rule
			case c.Source == lexicon.SourceAfter:
				l.addAfter(f, e)
			default:
				l.addCue(f, e)
			}
		}
	}
}

// addRoles indexes the roles that make a person's title; modifiers and
// honorifics are not.
func (l *lex) addRoles(roles []lexicon.Role) {
	for _, r := range roles {
		if r.Type == lexicon.Modifier || r.Type == lexicon.Honorific {
			continue
		}
		official := r.Type == lexicon.Official || r.Type == lexicon.Either
		for _, f := range append([]string{r.Name}, r.Aliases...) {
			l.addRole(f, r.Name, official)
		}
	}
}

// addAnonTerms indexes the heads, seniority words and reasons of
// anonymous-source descriptions.
func (l *lex) addAnonTerms(terms []lexicon.AnonTerm) {
	for _, a := range terms {
		for _, f := range a.Forms {
			lf := strings.ToLower(f)
			switch a.Category {
			case lexicon.AnonHead:
				if !strings.Contains(lf, " ") {
					l.anonHeads[lf] = lf != strings.ToLower(a.Term) && pluralForm(lf)
				}
			case lexicon.AnonSeniority:
				l.seniority[lf] = true
			case lexicon.AnonReason, lexicon.AnonReasonTopic:
				l.reasons = append(l.reasons, lf)
				l.reasonTopic = append(l.reasonTopic, a.Category == lexicon.AnonReasonTopic)
			}
		}
	}
}

// addVagueTerms indexes vague groups, the participles of agentless
// passives and adverbs of unnamed report.
func (l *lex) addVagueTerms(terms []lexicon.VagueTerm) {
	for _, v := range terms {
		for _, f := range v.Forms {
			lf := strings.ToLower(f)
			switch v.Category {
			case lexicon.VagueGroup:
				if !strings.Contains(lf, " ") {
					l.vagueHeads[lf] = true
					if v.Party {
						l.partyMembers[lf] = true
					}
				}
			case lexicon.AgentlessPassive:
				l.addPassives(lf)
			case lexicon.MediaReport:
				switch {
				case strings.Contains(lf, " "):
				case strings.HasSuffix(lf, "ly"):
					l.reportAdverbs[lf] = true // "reportedly"
				default:
					l.mediaNouns[lf] = true // "tabloids": a subject, not a cue
				}
			}
		}
	}
}

// addPassives indexes the participles of an agentless passive form ("it
// is believed"); a form that opens with a plural noun ("concerns have been
// raised") binds its participle to that subject.
func (l *lex) addPassives(form string) {
	f := strings.Fields(form)
	for _, w := range f {
		if !strings.HasSuffix(w, "ed") && w != "said" && w != "seen" && w != "thought" && w != "understood" {
			continue
		}
		if first := f[0]; len(f) > 2 && len(first) > 3 && strings.HasSuffix(first, "s") && !strings.HasSuffix(first, "ss") {
			if l.boundPassives[w] == nil {
				l.boundPassives[w] = map[string]bool{}
			}
			l.boundPassives[w][first] = true
			continue
		}
		l.passives[w] = true
	}
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
