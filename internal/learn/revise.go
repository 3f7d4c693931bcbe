package learn

import (
	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
)

// View gives the models' view of a document's claims.
func View(claims []attribution.Claim) []Claim {
	out := make([]Claim, len(claims))
	for i, c := range claims {
		v := Claim{Start: c.Start, End: c.End, Block: c.Block, Class: string(c.Class), SourceStart: -1, SourceEnd: -1,
			CueStart: -1, CueEnd: -1, Quote: string(c.Quote), Inherited: c.InheritedFrom != 0, Confidence: c.Confidence,
			Chain: len(c.Chain)}
		if s := c.Source; s != nil {
			v.SourceType, v.SourceStart, v.SourceEnd, v.Role = string(s.Type), s.Span.Start, s.Span.End, s.Role != ""
		}
		if q := c.Cue; q != nil {
			v.CueLemma, v.CueStart, v.CueEnd = q.Lemma, q.Span.Start, q.Span.End
		}
		out[i] = v
	}
	return out
}

// Apply carries out the actions on claims.
func Apply(claims []attribution.Claim, acts []Action) {
	orig := make([]attribution.Claim, len(claims))
	copy(orig, claims)
	for i, a := range acts {
		c := &claims[i]
		switch a.Kind {
		case Drop:
			c.Class, c.Source, c.Cue, c.Chain, c.InheritedFrom = attribution.Unsourced, nil, nil, nil, 0
			if c.Quote == attribution.Indirect {
				c.Quote = attribution.NoQuote
			}
			c.Confidence = 0.6
		case Carry:
			from := orig[a.From]
			if from.Class == attribution.Unsourced || from.Source == nil || acts[a.From].Kind == Drop {
				continue
			}
			src := *from.Source
			c.Class, c.Source, c.Cue, c.Chain = from.Class, &src, from.Cue, from.Chain
			c.InheritedFrom = from.ID
			if from.InheritedFrom != 0 {
				c.InheritedFrom = from.InheritedFrom
			}
			if c.Quote == attribution.NoQuote {
				c.Quote = attribution.Indirect
			}
			c.Confidence = min(from.Confidence, 0.7)
		}
	}
}

// Reviser revises the rules' attributions with a model; it implements
// attribution.Reviser.
type Reviser struct {
	d *Decider
}

// NewReviser returns a reviser deciding with d.
func NewReviser(d *Decider) *Reviser { return &Reviser{d: d} }

// Revise revises the claims of doc in place.
func (r *Reviser) Revise(doc *article.Document, claims []attribution.Claim) {
	Apply(claims, r.d.Decide(doc.Text, View(claims)))
}
