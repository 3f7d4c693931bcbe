package learn

import (
	"hash/fnv"
	"math"
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/lexicon"
)

// Claim is what the models read of one claim the rules attributed. Spans
// are byte offsets of the document's text; -1 where there is none.
type Claim struct {
	Start, End int
	Block      int
	Class      string // named, anonymous, outlet or unsourced
	SourceType string // person, institution, outlet, unnamed_official, vague_group, document; "" for none
	// SourceStart and SourceEnd are the source's mention.
	SourceStart, SourceEnd int
	Role                   bool // the source has a title or role
	CueLemma               string
	CueStart, CueEnd       int
	Quote                  string // direct, indirect, mixed or none
	Inherited              bool
	Confidence             float64
	Chain                  int // relayed sources beyond the immediate one
}

// closed are the closed-class words a feature may name: pronouns,
// determiners, conjunctions, prepositions and auxiliaries. Other words are
// never features, so the weights hold no article text.
var closed = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i me my we us our you your he him his she her hers it its they them their
		this that these those who whom whose which what the a an some any all both each every no another other
		one two three several many most few and but or nor so yet because if when while as though although
		whether than then also still even just only not never of in on at by for with from to into about over
		after before under between against without through during since until is are was were be been being
		am has have had do does did will would shall should can could may might must says say said there here
		according meanwhile however moreover`) {
		closed[w] = true
	}
}

// Extractor turns claims into hashed feature indices.
type Extractor struct {
	set  *lexicon.Set
	bits uint
}

// NewExtractor returns an extractor reading lexicon hits with set, hashing
// into 2^bits features.
func NewExtractor(set *lexicon.Set, bits uint) *Extractor { return &Extractor{set: set, bits: bits} }

// sentence is what the extractor reads once per sentence.
type sentence struct {
	toks             []lexicon.Token
	cueCats          map[string]bool
	firstCue         int // token index of the first cue, -1
	outlet, anon     bool
	vague, role      bool
	quoteOpen        bool // starts with a quotation mark
	quoteClose       bool // ends with a quotation mark (before its final punctuation)
	quotes           int
	colon, question  bool
	digits, capitals int
}

func (x *Extractor) read(text string) sentence {
	s := sentence{toks: lexicon.Tokenize(text), firstCue: -1, cueCats: map[string]bool{}}
	for i := range s.toks {
		if m, ok := x.set.CueAt(s.toks, i); ok {
			s.cueCats[string(m.Entry.Category)] = true
			if s.firstCue < 0 {
				s.firstCue = i
			}
		}
		if _, ok := x.set.OutletAt(s.toks, i); ok {
			s.outlet = true
		}
		if m, ok := x.set.AnonymousAt(s.toks, i); ok && m.Entry.Category == lexicon.AnonHead {
			s.anon = true
		}
		if m, ok := x.set.VagueAt(s.toks, i); ok && m.Entry.Category == lexicon.VagueGroup {
			s.vague = true
		}
		if _, ok := x.set.RoleAt(s.toks, i); ok {
			s.role = true
		}
		t := s.toks[i].Text
		if t != "" && t[0] >= '0' && t[0] <= '9' {
			s.digits++
		}
		if t != "" && t[0] >= 'A' && t[0] <= 'Z' && i > 0 {
			s.capitals++
		}
	}
	trim := strings.TrimSpace(text)
	s.quoteOpen = strings.HasPrefix(trim, "\"") || strings.HasPrefix(trim, "“") || strings.HasPrefix(trim, "''")
	end := strings.TrimRight(trim, ".!?,;: ")
	s.quoteClose = strings.HasSuffix(end, "\"") || strings.HasSuffix(end, "”") || strings.HasSuffix(end, "''")
	s.quotes = strings.Count(text, "\"") + strings.Count(text, "“") + strings.Count(text, "”")
	s.colon = strings.HasSuffix(trim, ":")
	s.question = strings.Contains(trim, "?")
	return s
}

// word is a token as a feature: itself when closed-class, else its shape.
func word(t lexicon.Token) string {
	k := strings.ToLower(t.Key)
	if closed[k] {
		return k
	}
	return shape(t.Text)
}

func shape(s string) string {
	if s == "" {
		return "_"
	}
	c := s[0]
	switch {
	case c >= 'A' && c <= 'Z':
		if len(s) > 1 && strings.ToUpper(s) == s {
			return "XX"
		}
		return "Xx"
	case c >= 'a' && c <= 'z':
		return "x"
	case c >= '0' && c <= '9':
		return "d"
	case c < 0x80:
		return s[:1]
	}
	return "u"
}

func bucket(n int, edges ...int) string {
	for i, e := range edges {
		if n <= e {
			return strconv.Itoa(i)
		}
	}
	return strconv.Itoa(len(edges))
}

// features lists the feature names of claim i for a task ("veto" or
// "carry"); cand is the claim whose attribution carry would take, or -1.
func (x *Extractor) features(text string, cs []Claim, sents []sentence, i, cand int, task string) []string {
	c := cs[i]
	s := sents[i]
	f := make([]string, 0, 64)
	add := func(parts ...string) { f = append(f, task+":"+strings.Join(parts, "=")) }
	add("bias")
	ref := c
	if task == "carry" && cand >= 0 {
		ref = cs[cand]
	}
	add("class", ref.Class)
	add("stype", ref.SourceType)
	add("lemma", ref.CueLemma)
	add("quote", c.Quote)
	add("inh", strconv.FormatBool(c.Inherited))
	add("conf", strconv.Itoa(int(math.Round(c.Confidence*10))))
	add("role", strconv.FormatBool(ref.Role))
	add("chain", strconv.FormatBool(ref.Chain > 0))
	add("class*quote", ref.Class, c.Quote)
	add("stype*quote", ref.SourceType, c.Quote)
	add("lemma*quote", ref.CueLemma, c.Quote)
	if ref.SourceStart >= 0 && ref.SourceEnd <= len(text) && ref.SourceStart < ref.SourceEnd {
		m := lexicon.Tokenize(text[ref.SourceStart:ref.SourceEnd])
		if len(m) > 0 {
			add("src0", word(m[0]))
			add("srclast", word(m[len(m)-1]))
		}
		add("srclen", bucket(len(m), 1, 2, 3, 5, 8))
	}
	// where the cue and source stand in the sentence
	if c.CueStart >= c.Start && c.CueStart < c.End {
		add("cuepos", bucket((c.CueStart-c.Start)*4/max(1, c.End-c.Start), 0, 1, 2))
	} else if c.CueStart >= 0 {
		add("cuepos", "out")
	}
	if c.SourceStart >= 0 {
		switch {
		case c.SourceStart >= c.Start && c.SourceStart < c.End:
			add("srcin")
		default:
			add("srcout")
		}
	}
	// the sentence
	n := len(s.toks)
	add("len", bucket(n, 3, 6, 10, 20, 35, 60))
	for cat := range s.cueCats {
		add("cuecat", cat)
		add("cuecat*class", cat, ref.Class)
	}
	add("nocue", strconv.FormatBool(s.firstCue < 0))
	if s.firstCue >= 0 {
		add("firstcue", bucket(s.firstCue, 0, 1, 2, 4, 8))
		if s.firstCue > 0 {
			add("beforecue", word(s.toks[s.firstCue-1]))
		}
	}
	add("outlet", strconv.FormatBool(s.outlet))
	add("anon", strconv.FormatBool(s.anon))
	add("vague", strconv.FormatBool(s.vague))
	add("rolew", strconv.FormatBool(s.role))
	add("qopen", strconv.FormatBool(s.quoteOpen))
	add("qclose", strconv.FormatBool(s.quoteClose))
	add("qopen*qclose*quote", strconv.FormatBool(s.quoteOpen), strconv.FormatBool(s.quoteClose), c.Quote)
	add("quotes", bucket(s.quotes, 0, 1, 2, 4))
	add("colon", strconv.FormatBool(s.colon))
	add("question", strconv.FormatBool(s.question))
	add("digits", bucket(s.digits, 0, 1, 3))
	add("caps", bucket(s.capitals, 0, 1, 3, 6))
	if n > 0 {
		add("w0", word(s.toks[0]))
		if n > 1 {
			add("w01", word(s.toks[0]), word(s.toks[1]))
		}
		add("wlast", word(s.toks[n-1]))
		if n > 1 {
			add("wlast2", word(s.toks[n-2]))
		}
	}
	// the neighbours
	first := i == 0 || cs[i-1].Block != c.Block
	add("first", strconv.FormatBool(first))
	if i > 0 {
		p := cs[i-1]
		add("prev", p.Class, strconv.FormatBool(p.Block == c.Block))
		add("prevquote", p.Quote)
		add("prevcolon", strconv.FormatBool(sents[i-1].colon))
		add("prevqclose", strconv.FormatBool(sents[i-1].quoteClose))
	} else {
		add("prev", "none")
	}
	if i+1 < len(cs) {
		nx := cs[i+1]
		add("next", nx.Class, strconv.FormatBool(nx.Block == c.Block), strconv.FormatBool(nx.Inherited))
	} else {
		add("next", "none")
	}
	if task == "carry" && cand >= 0 {
		add("dist", strconv.Itoa(i-cand), strconv.FormatBool(cs[cand].Block == c.Block))
		add("candquote", cs[cand].Quote)
		add("candinh", strconv.FormatBool(cs[cand].Inherited))
		add("candqclose", strconv.FormatBool(sents[cand].quoteClose))
	}
	return f
}

// hash maps feature names to indices of a vector of 2^bits.
func (x *Extractor) hash(names []string) []uint32 {
	out := make([]uint32, len(names))
	mask := uint32(1)<<x.bits - 1
	for k, n := range names {
		h := fnv.New32a()
		h.Write([]byte(n))
		out[k] = h.Sum32() & mask
	}
	return out
}

// carryCandidate is the claim whose attribution an unsourced claim i may
// take: the nearest sourced claim among the three before it, in its block
// or the one before; -1 if none.
func carryCandidate(cs []Claim, i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if cs[j].Block < cs[i].Block-1 {
			break
		}
		if cs[j].Class != "unsourced" {
			return j
		}
	}
	return -1
}
