package attribution

import "github.com/auditnews/audit/article"

// Class says who the reader is told a claim comes from.
type Class string

// The four classes of sourcing.
const (
	Named     Class = "named"     // an identified person or institution on the record
	Anonymous Class = "anonymous" // unnamed officials, vague groups, agentless passives
	Outlet    Class = "outlet"    // another news organisation's reporting
	Unsourced Class = "unsourced" // nobody: the writer's own assertion
)

// Classes lists the classes in their usual order.
var Classes = []Class{Named, Anonymous, Outlet, Unsourced}

// SourceType says what kind of thing a source is.
type SourceType string

// Source types.
const (
	Person          SourceType = "person"
	Institution     SourceType = "institution"
	OutletSource    SourceType = "outlet"
	UnnamedOfficial SourceType = "unnamed_official"
	VagueGroup      SourceType = "vague_group"
	Document        SourceType = "document"
)

// Source is who a claim is attributed to.
type Source struct {
	Name     string       // canonical name: "Claudia Sheinbaum", "ICE", "NBC News"
	Span     article.Span // the mention that sources the claim ("she", "the president", ...)
	Mention  string       // the text of Span
	Type     SourceType
	Role     string // title or role: "President", "Senator", "spokesperson"
	Official bool   // holds public office or speaks for a public body

	// Anonymous sources.
	Count           int    // how many people, where the article says ("two ... and two ..." = 4); 0 unknown
	Affiliation     string // "US", "CIA", "the administration"
	Seniority       string // "senior", "former", ...
	AnonymityReason string // why anonymity was granted, as the article says; "" if it does not

	// Outlets.
	Exclusive bool // the outlet's report is called exclusive
	Confirmed bool // the article says it independently confirmed the report
}

// Cue is the word or phrase that marks attribution.
type Cue struct {
	Span   article.Span
	Text   string
	Lemma  string
	Loaded bool // a cue that colours the statement ("admitted", "claimed") where "said" is neutral
}

// QuoteKind says how a claim reports its source's words.
type QuoteKind string

// Quote kinds.
const (
	Direct   QuoteKind = "direct"   // wholly inside quotation marks
	Indirect QuoteKind = "indirect" // paraphrase
	Mixed    QuoteKind = "mixed"    // paraphrase with quoted fragments
	NoQuote  QuoteKind = "none"
)

// Claim is one sentence of the body that asserts something, with how it
// is sourced. A claim that has not been analysed has an empty Class.
type Claim struct {
	ID int // 1-based, in text order
	article.Sentence
	Class  Class
	Source *Source // nil for unsourced claims
	Cue    *Cue
	Quote  QuoteKind
	// InheritedFrom is the ID of the claim whose attribution this one
	// carries (a quotation running on, or a report continued in the same
	// paragraph), or 0.
	InheritedFrom int
	// Chain holds relayed sources beyond the immediate one, nearest first.
	Chain      []Source
	Confidence float64
}

// Claims returns the claims of a document, unanalysed: one per sentence of
// a paragraph, quotation or list item, numbered from 1.
func Claims(doc *article.Document) []Claim {
	sents := doc.Claims()
	out := make([]Claim, len(sents))
	for i, s := range sents {
		out[i] = Claim{ID: i + 1, Sentence: s}
	}
	return out
}
