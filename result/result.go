package result

import (
	"encoding/json"
	"strconv"
)

// SchemaVersion is the version of the document this package writes. A
// reader refuses documents of a newer version.
const SchemaVersion = 1

// The four classes of sourcing, as Claim.Class holds them.
const (
	Named     = "named"     // an identified person or institution, on the record
	Anonymous = "anonymous" // unnamed officials, vague groups, agentless passives
	Outlet    = "outlet"    // another news organisation's reporting
	Unsourced = "unsourced" // nobody: the writer's own assertion
)

// Classes returns the four classes in their usual order.
func Classes() []string { return []string{Named, Anonymous, Outlet, Unsourced} }

// Report is one run: every article analysed and every input that could
// not be read.
type Report struct {
	SchemaVersion int          `json:"schema_version"`
	Tool          Tool         `json:"tool"`
	Articles      []Article    `json:"articles"`
	Errors        []InputError `json:"errors"`
}

// Tool names the program that made a report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// InputError is an input that could not be read or analysed.
type InputError struct {
	Input string `json:"input"`
	Error string `json:"error"`
}

// Article is one analysed input.
type Article struct {
	Input      string    `json:"input"`  // the path or URL as the user gave it
	Format     string    `json:"format"` // "html", "text" or "markdown"
	Meta       Meta      `json:"meta"`
	Text       string    `json:"text"` // the analysed text
	Blocks     []Block   `json:"blocks"`
	Claims     []Claim   `json:"claims"`
	Quotations []Span    `json:"quotations"` // quoted speech, quotation marks included
	Findings   []Finding `json:"findings"`   // in text order
	Summary    Summary   `json:"summary"`
}

// Meta is what an article says about itself.
type Meta struct {
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors"`
	Published string   `json:"published"` // YYYY-MM-DD where known
	URL       string   `json:"url"`       // canonical URL
	Language  string   `json:"language"`  // BCP 47 tag, "" where unknown
}

// Span is a half-open range of code points of Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Block is a run of the body: a paragraph, heading, quotation, list item,
// byline, boilerplate line or reference list.
type Block struct {
	Kind   string `json:"kind"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Line   int    `json:"line,omitempty"` // 0 where unknown
	Column int    `json:"column,omitempty"`
}

// GivesClaims reports whether sentences of a block of this kind are
// claims: paragraphs, quotations and list items.
func (b Block) GivesClaims() bool {
	switch b.Kind {
	case "paragraph", "quote", "list_item":
		return true
	}
	return false
}

// Claim is one sentence of the body with how it is sourced.
type Claim struct {
	ID     int    `json:"id"` // 1-based, in text order
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Block  int    `json:"block"`            // index into Article.Blocks
	Line   int    `json:"line,omitempty"`   // 0 where unknown
	Column int    `json:"column,omitempty"` // 0 where unknown
	// Attribution is nil for a claim that was not analysed; its fields
	// are promoted, so test it before reading them.
	*Attribution
}

// Attribution is how a claim is sourced.
type Attribution struct {
	Class  string  `json:"class"`  // Named, Anonymous, Outlet or Unsourced
	Source *Source `json:"source"` // nil for unsourced claims
	Cue    *Cue    `json:"cue"`
	Quote  string  `json:"quote"` // "direct", "indirect", "mixed" or "none"
	// InheritedFrom is the ID of the claim whose attribution this one
	// carries, or nil.
	InheritedFrom *int `json:"inherited_from"`
	// Chain holds relayed sources beyond the immediate one, nearest first.
	Chain      []*Source `json:"chain"`
	Confidence float64   `json:"confidence"`
}

// ClassName returns the claim's class, or "" when it was not analysed.
func (c *Claim) ClassName() string {
	if c.Attribution == nil {
		return ""
	}
	return c.Class
}

// Source is who a claim is attributed to.
type Source struct {
	Name     string `json:"name"` // canonical name
	Span     string `json:"span"` // the mention's text
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Type     string `json:"type"` // person, institution, outlet, unnamed_official, vague_group, document
	Role     string `json:"role"`
	Official bool   `json:"official"`
	// Anonymous sources.
	Count           int    `json:"count,omitempty"`
	Affiliation     string `json:"affiliation,omitempty"`
	Seniority       string `json:"seniority,omitempty"`
	AnonymityReason string `json:"anonymity_reason,omitempty"`
	// Outlets.
	Exclusive bool `json:"exclusive,omitempty"`
	Confirmed bool `json:"confirmed,omitempty"`
}

// Cue is the word or phrase that marks attribution.
type Cue struct {
	Text   string `json:"text"`
	Lemma  string `json:"lemma"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Loaded bool   `json:"loaded,omitempty"`
}

// Finding is one problem a standards editor would flag.
type Finding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"` // "suggestion", "warning" or "error"
	Claim    int    `json:"claim"`    // the claim's ID, 0 for the whole article
	Message  string `json:"message"`
	// Start and End are the evidence, in code points of the text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Line and Column are where the evidence starts in the input;
	// EndLine and EndColumn just after where it ends (0 where unknown).
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

// Summary is the article-level view: the sourcing mix and the score.
// Analysed and Checked say which figures are present; in JSON the others
// are left out.
type Summary struct {
	Claims    int
	Analysed  bool // the class counts are known
	Named     int
	Anonymous int
	Outlet    int
	Unsourced int

	Checked     bool   // the score and findings are known
	Score       int    // 0–100
	Band        string // "good", "needs work" or "poor"
	Errors      int
	Warnings    int
	Suggestions int
}

// Count returns the number of claims of a class.
func (s Summary) Count(class string) int {
	switch class {
	case Named:
		return s.Named
	case Anonymous:
		return s.Anonymous
	case Outlet:
		return s.Outlet
	case Unsourced:
		return s.Unsourced
	}
	return 0
}

// summaryField is one figure of a summary as JSON holds it.
type summaryField struct {
	key      string
	n        int
	s        string
	isString bool
}

// fields lists the summary's figures in key order, leaving out the class
// counts of an article not analysed and the score of one not checked.
func (s *Summary) fields() []summaryField {
	out := make([]summaryField, 0, 10)
	num := func(k string, n int) { out = append(out, summaryField{key: k, n: n}) }
	if s.Analysed {
		num("anonymous", s.Anonymous)
	}
	if s.Checked {
		out = append(out, summaryField{key: "band", s: s.Band, isString: true})
	}
	num("claims", s.Claims)
	if s.Checked {
		num("errors", s.Errors)
	}
	if s.Analysed {
		num("named", s.Named)
		num("outlet", s.Outlet)
	}
	if s.Checked {
		num("score", s.Score)
		num("suggestions", s.Suggestions)
	}
	if s.Analysed {
		num("unsourced", s.Unsourced)
	}
	if s.Checked {
		num("warnings", s.Warnings)
	}
	return out
}

// MarshalJSON writes the summary's figures in key order, leaving out the
// class counts of an article not analysed and the score of one not
// checked.
func (s Summary) MarshalJSON() ([]byte, error) {
	b := []byte{'{'}
	for i, f := range s.fields() {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, f.key)
		b = append(b, ':')
		if f.isString {
			b = appendString(b, f.s)
		} else {
			b = strconv.AppendInt(b, int64(f.n), 10)
		}
	}
	return append(b, '}'), nil
}

// UnmarshalJSON reads a summary, setting Analysed and Checked from the
// figures present.
func (s *Summary) UnmarshalJSON(data []byte) error {
	var m struct {
		Claims      int     `json:"claims"`
		Named       *int    `json:"named"`
		Anonymous   *int    `json:"anonymous"`
		Outlet      *int    `json:"outlet"`
		Unsourced   *int    `json:"unsourced"`
		Score       *int    `json:"score"`
		Band        *string `json:"band"`
		Errors      int     `json:"errors"`
		Warnings    int     `json:"warnings"`
		Suggestions int     `json:"suggestions"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*s = Summary{Claims: m.Claims}
	if m.Named != nil || m.Anonymous != nil || m.Outlet != nil || m.Unsourced != nil {
		s.Analysed = true
		s.Named, s.Anonymous, s.Outlet, s.Unsourced = deref(m.Named), deref(m.Anonymous), deref(m.Outlet), deref(m.Unsourced)
	}
	if m.Score != nil || m.Band != nil {
		s.Checked = true
		s.Score = deref(m.Score)
		if m.Band != nil {
			s.Band = *m.Band
		}
		s.Errors, s.Warnings, s.Suggestions = m.Errors, m.Warnings, m.Suggestions
	}
	return nil
}

func deref(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}
