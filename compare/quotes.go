package compare

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/result"
)

// Quote classes: how one outlet's quotation of a speaker compares with
// another's.
const (
	QuoteIdentical    = "identical"     // the same words
	QuoteTruncated    = "truncated"     // one is a run of the other's words
	QuoteReworded     = "reworded"      // the same statement in other words
	QuoteOtherSpeaker = "other_speaker" // the same words, given to someone else
)

// Quote is a quotation in one article and who it is given to.
type Quote struct {
	Article int    `json:"article"` // index into Comparison.Articles
	Claim   int    `json:"claim"`   // the ID of the claim it starts in, 0 for none
	Speaker string `json:"speaker"` // "" when the article names no one
	// SpeakerType is the speaker's source type: person, institution,
	// unnamed_official or document.
	SpeakerType string `json:"speaker_type,omitempty"`
	Text        string `json:"text"` // the words inside the marks
	// Start and End are code points into the article's text, marks
	// included.
	Start int `json:"start"`
	End   int `json:"end"`
	keys  []string
}

// QuoteMatch is a pair of quotations from two articles that share their
// words.
type QuoteMatch struct {
	A     int    `json:"a"` // indexes into Comparison.Quotes
	B     int    `json:"b"`
	Class string `json:"class"`
	// Wording is how the words compare (identical, truncated or
	// reworded), also for quotations given to different speakers.
	Wording string   `json:"wording"`
	Diff    []DiffOp `json:"diff"`
}

// minQuoteWords is the shortest quotation compared: shorter ones are
// mostly scare quotes ("invasion", "hugs not bullets").
const minQuoteWords = 4

// quotesOf returns the quotations of an article with their speakers.
func quotesOf(idx int, a *result.Article) []Quote {
	runes := []rune(a.Text)
	var out []Quote
	for _, sp := range a.Quotations {
		if sp.Start < 0 || sp.End > len(runes) || sp.Start >= sp.End {
			continue
		}
		text := trimQuoteMarks(string(runes[sp.Start:sp.End]))
		keys := quoteKeys(text)
		if len(keys) < minQuoteWords {
			continue
		}
		q := Quote{Article: idx, Text: text, Start: sp.Start, End: sp.End, keys: keys}
		if c := claimAt(a.Claims, sp.Start); c != nil {
			q.Claim = c.ID
			q.Speaker = speakerOf(c)
			if q.Speaker != "" {
				q.SpeakerType = c.Source.Type
			}
		}
		out = append(out, q)
	}
	return out
}

// claimAt returns the claim holding code point off, or nil.
func claimAt(claims []result.Claim, off int) *result.Claim {
	for i := range claims {
		if claims[i].Start <= off && off < claims[i].End {
			return &claims[i]
		}
	}
	return nil
}

// speakerOf returns who a claim's quotation is given to: its source, when
// the claim quotes (directly or in part) or reports speech of a person or
// body.
func speakerOf(c *result.Claim) string {
	if c.Attribution == nil || c.Source == nil {
		return ""
	}
	switch c.Source.Type {
	case "person", "institution", "unnamed_official", "document":
		return c.Source.Name
	}
	return ""
}

func trimQuoteMarks(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»„‚‹›,;", r)
	})
}

// quoteKeys returns the folded words of a quotation, punctuation left out.
func quoteKeys(s string) []string {
	var keys []string
	for _, t := range tokenize(s) {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLetter(r) || unicode.IsDigit(r) {
			keys = append(keys, t.Key)
		}
	}
	return keys
}

// sameSpeaker reports whether two names are one speaker: the same
// surname for people ("Sheinbaum", "Claudia Sheinbaum", "President
// Claudia Sheinbaum"), the same name otherwise.
func sameSpeaker(a, b string) bool {
	ka, kb := quoteKeys(a), quoteKeys(b)
	if len(ka) == 0 || len(kb) == 0 {
		return false
	}
	return ka[len(ka)-1] == kb[len(kb)-1]
}

// wording compares the words of two quotations: identical, truncated
// (one is a run of the other), reworded (they share most of their
// words, or a run of six) or "" when they are different statements.
func wording(a, b []string) string {
	if len(a) == 0 || len(b) == 0 {
		return ""
	}
	if slices.Equal(a, b) {
		return QuoteIdentical
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= minQuoteWords && containsRun(long, short) {
		return QuoteTruncated
	}
	if jaccard(a, b) >= 0.5 || longestRun(a, b) >= 6 {
		return QuoteReworded
	}
	return ""
}

func containsRun(long, short []string) bool {
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return true
		}
	}
	return false
}

// longestRun is the length of the longest run of words two lists share.
func longestRun(a, b []string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}

func jaccard(a, b []string) float64 {
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, k := range a {
		sa[k] = true
	}
	for _, k := range b {
		sb[k] = true
	}
	inter := 0
	for k := range sa {
		if sb[k] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// matchQuotes pairs the quotations of different articles that share
// their words, and classes each pair.
func matchQuotes(qs []Quote) []QuoteMatch {
	var out []QuoteMatch
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			a, b := &qs[i], &qs[j]
			if a.Article == b.Article {
				continue
			}
			w := wording(a.keys, b.keys)
			if w == "" {
				continue
			}
			m := QuoteMatch{A: i, B: j, Class: w, Wording: w}
			// only two named people count as a change of speaker: an
			// institution or an unnamed official may speak through one
			if a.SpeakerType == "person" && b.SpeakerType == "person" && !sameSpeaker(a.Speaker, b.Speaker) {
				m.Class = QuoteOtherSpeaker
			}
			if w != QuoteIdentical || a.Text != b.Text {
				m.Diff = WordDiff(a.Text, b.Text)
			}
			out = append(out, m)
		}
	}
	return out
}

// Speaker is one speaker quoted in the articles, with the quotations
// given to them.
type Speaker struct {
	Name     string `json:"name"`
	Quotes   []int  `json:"quotes"`   // indexes into Comparison.Quotes
	Articles []int  `json:"articles"` // the articles quoting them
}

// speakers groups quotations by speaker (the longest name wins).
func speakers(qs []Quote) []Speaker {
	var out []Speaker
	for i, q := range qs {
		if q.Speaker == "" {
			continue
		}
		k := -1
		for s := range out {
			if sameSpeaker(out[s].Name, q.Speaker) {
				k = s
				break
			}
		}
		if k < 0 {
			out = append(out, Speaker{Name: q.Speaker})
			k = len(out) - 1
		}
		s := &out[k]
		if len(q.Speaker) > len(s.Name) {
			s.Name = q.Speaker
		}
		s.Quotes = append(s.Quotes, i)
		if len(s.Articles) == 0 || s.Articles[len(s.Articles)-1] != q.Article {
			s.Articles = append(s.Articles, q.Article)
		}
	}
	return out
}
