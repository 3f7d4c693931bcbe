package learn

import (
	"math"

	"github.com/auditnews/audit/internal/lexicon"
)

// Model is the weights of the two models over 2^Bits hashed features.
type Model struct {
	Bits  uint
	Veto  []float32
	Carry []float32
	// VetoThreshold and CarryThreshold are the probabilities above which
	// each model overrides the rules; above 1, a model is off.
	VetoThreshold, CarryThreshold float32
}

// Action is what the models decide for one claim.
type Action struct {
	Kind Kind
	From int // for Carry: the index of the claim whose attribution to take
}

// Kind is a kind of action.
type Kind uint8

// Kinds of action.
const (
	Keep  Kind = iota // the rules' attribution stands
	Drop              // the claim is the writer's own: unsourced
	Carry             // the claim takes the attribution of claim From
)

// Decider applies a model to the claims of documents. It is safe for
// concurrent use.
type Decider struct {
	m *Model
	x *Extractor
}

// NewDecider returns a decider of m reading lexicon hits with set.
func NewDecider(m *Model, set *lexicon.Set) *Decider {
	return &Decider{m: m, x: NewExtractor(set, m.Bits)}
}

func score(w []float32, idx []uint32) float64 {
	var s float64
	for _, i := range idx {
		s += float64(w[i])
	}
	return s
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Decide returns an action for each claim of a document whose text is
// text.
func (d *Decider) Decide(text string, cs []Claim) []Action {
	sents := make([]sentence, len(cs))
	for i, c := range cs {
		sents[i] = d.x.read(text[c.Start:c.End])
	}
	out := make([]Action, len(cs))
	for i, c := range cs {
		switch {
		case c.Class != "unsourced":
			if d.m.VetoThreshold > 1 || !vetoable(c) {
				continue
			}
			if p := sigmoid(score(d.m.Veto, d.x.hash(d.x.features(text, cs, sents, i, -1, "veto")))); p > float64(d.m.VetoThreshold) {
				out[i] = Action{Kind: Drop}
			}
		default:
			j := carryCandidate(cs, i)
			if j < 0 || d.m.CarryThreshold > 1 {
				continue
			}
			if p := sigmoid(score(d.m.Carry, d.x.hash(d.x.features(text, cs, sents, i, j, "carry")))); p > float64(d.m.CarryThreshold) {
				out[i] = Action{Kind: Carry, From: j}
			}
		}
	}
	return out
}

// vetoable reports whether the veto model judges a claim: one the rules
// sourced through a cue of its own sentence. Claims sourced by the
// article's structure (a quotation's speaker carried on, a letter's
// signature) are left to the rules.
func vetoable(c Claim) bool {
	return c.Class != "unsourced" && !c.Inherited && c.CueStart >= c.Start && c.CueEnd <= c.End
}
