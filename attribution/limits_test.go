package attribution

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/extract"
)

// newDoc reads text as a plain-text article and returns it with an
// analyzer made with opts.
func newDoc(t *testing.T, text string, opts ...Option) (*Analyzer, *article.Document) {
	t.Helper()
	doc, err := extract.Text([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	a, err := New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return a, doc
}

// claimsOf analyses text as a plain-text article with an analyzer made
// with opts.
func claimsOf(t *testing.T, text string, opts ...Option) []Claim {
	t.Helper()
	a, doc := newDoc(t, text, opts...)
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return claims
}

// stateOf reads text as a plain-text article and returns the analysis
// state of it, before any sentence is analysed.
func stateOf(t *testing.T, text string) *state {
	t.Helper()
	a, doc := newDoc(t, text)
	return newStateBuf(a.lx, doc, &buffers{})
}

// tokenOf returns the index of the n-th token (from 0) whose text is w.
func tokenOf(t *testing.T, st *state, w string, n int) int {
	t.Helper()
	for k := range st.toks {
		if st.toks[k].lower == w {
			if n == 0 {
				return k
			}
			n--
		}
	}
	t.Fatalf("no token %q", w)
	return -1
}

// filler returns n words with no punctuation and no word that opens or
// closes a clause.
func filler(n int) string {
	return strings.Repeat("officials met ", n/2)
}

// TestScansStayInReach checks that the scans from a cue stop maxReach
// tokens away: a clause opener, the start of an opening clause or a
// bracket farther away than that is not seen, one just inside it is.
func TestScansStayInReach(t *testing.T) {
	for _, tt := range []struct {
		name string
		far  int  // words between the sign and the cue
		want bool // the sign is seen
	}{
		{"inside", maxReach - 10, true},
		{"beyond", maxReach + 10, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			// the subordinator opens the clause of the cue
			st := stateOf(t, "Officials met after the vote "+filler(tt.far)+"and critics said it")
			s := &st.sents[0]
			if got := st.inSubordinate(s, tokenOf(t, st, "said", 0)); got != tt.want {
				t.Errorf("inSubordinate = %v, want %v", got, tt.want)
			}
			// an opening clause ends at its comma
			st = stateOf(t, "While the vote "+filler(tt.far)+", critics said it")
			s = &st.sents[0]
			if got := st.introEnd(s) > s.t0; got != tt.want {
				t.Errorf("introEnd found the comma: %v, want %v", got, tt.want)
			}
			// a parenthesis between subject and verb is skipped back to its
			// opening bracket
			st = stateOf(t, "The mayor (who "+filler(tt.far)+") said it")
			s = &st.sents[0]
			sub := st.leftSubject(tokenOf(t, st, "said", 0), s.t0)
			if got := sub.j > sub.i && st.toks[sub.j-1].lower == "mayor"; got != tt.want {
				t.Errorf("leftSubject = %q, want the mayor: %v", st.text(sub.i, sub.j), tt.want)
			}
		})
	}
}

// TestLongSentenceCapped checks a sentence as long as a text with no
// punctuation: it offers at most maxCands attributions, and its claim's
// chain holds at most maxChain sources.
func TestLongSentenceCapped(t *testing.T) {
	st := stateOf(t, strings.Repeat("many people say ", 2000))
	cands, err := st.candidates(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != maxCands {
		t.Errorf("%d candidates, want %d", len(cands), maxCands)
	}
	if err := st.run(context.Background()); err != nil {
		t.Fatal(err)
	}
	claims := st.finish()
	if len(claims) != 1 || claims[0].Source == nil {
		t.Fatalf("claims = %+v", claims)
	}
	if n := len(claims[0].Chain); n != maxChain {
		t.Errorf("a chain of %d sources, want %d", n, maxChain)
	}
}

// countdown is a context that is cancelled after its Err has been asked
// left times.
type countdown struct {
	context.Context
	left int
}

func (c *countdown) Err() error {
	if c.left <= 0 {
		return context.Canceled
	}
	c.left--
	return nil
}

// TestAnalyzeStopsInsideASentence checks that a long analysis looks at its
// context inside one sentence too, so that a cancelled run ends soon.
func TestAnalyzeStopsInsideASentence(t *testing.T) {
	a, doc := newDoc(t, "Officials said "+filler(3*checkEvery))
	// once in Analyze, once before the first sentence, then inside it
	ctx := &countdown{Context: context.Background(), left: 2}
	if _, err := a.Analyze(ctx, doc); !errors.Is(err, context.Canceled) {
		t.Errorf("Analyze = %v, want context.Canceled", err)
	}
}

// TestEntitiesInView checks that references resolve among the maxEntities
// entities an article introduced last, however many it names.
func TestEntitiesInView(t *testing.T) {
	var es entities
	for n := 0; n < maxEntities+200; n++ {
		es.add(&entity{name: "Person " + strconv.Itoa(n), typ: Person, mentions: []int{n}})
	}
	view := es.inView()
	if len(view) != maxEntities || view[0].name != "Person 200" {
		t.Errorf("%d entities in view, the first %q", len(view), view[0].name)
	}
	if e := es.latest(maxEntities+500, isPerson); e == nil || e.name != "Person 1199" {
		t.Errorf("latest = %+v", e)
	}
}

// TestQuoteSpeakerInReach checks that a quotation looks for the speaker of
// an earlier one at most maxSentencesBack sentences back in its paragraph.
func TestQuoteSpeakerInReach(t *testing.T) {
	for _, tt := range []struct {
		between int // sentences between the speaker and the quotation
		want    Class
	}{
		{maxSentencesBack - 10, Named},
		{maxSentencesBack + 10, Unsourced},
	} {
		text := "Headline of the test\n\n“We will build it,” Ruiz said. " + strings.Repeat("The cat sat on the mat. ", tt.between) +
			"“It will be done.”\n"
		claims := claimsOf(t, text)
		if got := claims[len(claims)-1].Class; got != tt.want {
			t.Errorf("%d sentences between: %s, want %s", tt.between, got, tt.want)
		}
	}
}
