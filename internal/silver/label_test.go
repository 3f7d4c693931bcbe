package silver

import (
	"fmt"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/lexicon"
)

const fixture = "../polnear/testdata/corpus"

func testLabeler(t *testing.T) *Labeler {
	t.Helper()
	set, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewLabeler(set)
}

// TestLabel labels the sentences of made-up annotated articles: statements,
// a pronoun resolved to an earlier source, a quotation carried to its
// second sentence, an intention and a feeling left to the writer, an
// attribution without a source, an appositive naming a spokeswoman.
func TestLabel(t *testing.T) {
	docs, err := Load(fixture, "train", testLabeler(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		for i, c := range d.Claims {
			lb := d.Labels[i]
			got = append(got, fmt.Sprintf("%s %s%v [%s] %s :: %s", d.Outlet, lb.Class, lb.Alt, lb.Source, lb.Basis, d.Doc.Slice(c.Span)))
		}
	}
	want := []string{
		"herald unsourced[] []  :: The toll rose to $14 on Monday.",
		"herald named[] [Governor Sam Ortiz] statement :: Governor Sam Ortiz, who opposed the rise, told reporters it was unfair.",
		"herald named[] [Ortiz] statement :: “Drivers pay enough,” Ortiz said.",
		"herald named[] [Ortiz] carried :: “They should not pay more.”",
		"herald named[] [a Quinnipiac University poll] statement :: According to a Quinnipiac University poll, most voters agree.",
		"herald anonymous[] [Some drivers] statement :: Some drivers said they would take the ferry.",
		"herald unsourced[] []  :: The storm knocked out power to 20,000 homes.",
		"herald anonymous[] [A utility spokesman] statement :: A utility spokesman said crews were working through the night.",
		"herald unsourced[anonymous] [Residents] excluded :: Residents fear more outages.",
		"herald named[] [The National Weather Service] statement :: The National Weather Service said the storm would pass by Friday.",
		"ledger named[] [Mayor Ana Ruiz] statement :: Mayor Ana Ruiz said the bridge would reopen on Monday.",
		"ledger unsourced[] []  :: Repairs cost $2 million.",
		"ledger anonymous[] [Critics] statement :: Critics say the work was rushed.",
		"ledger named[] [Mayor Ana Ruiz] statement :: “We did it right,” she said.",
		"ledger named[] [Mayor Ana Ruiz] carried :: “The inspectors agree.”",
		"ledger outlet[] [Reuters] statement :: Reuters reported that the contractor was fined.",
		"ledger anonymous[] [Two city officials] statement :: Two city officials said the fine was paid.",
		"ledger unsourced[named] [Ruiz] excluded :: Ruiz wants a new budget.",
		"ledger unsourced[] []  :: The board voted 5-2 to close the school.",
		"ledger anonymous[] [Parents] statement :: Parents said the vote came too fast.",
		"ledger named[] [Jo Park] statement :: A spokeswoman for the district, Jo Park, said the building was unsafe.",
		"ledger unsourced[] [] no-source :: It is expected to close in June.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("labels:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestClassify reads source descriptions through the lexicons.
func TestClassify(t *testing.T) {
	l := testLabeler(t)
	for _, tt := range []struct{ src, want string }{
		{"Alan Reyes, an economist at the Harbor Institute", "named"},
		{"Another critic, Dana Ortiz,", "named"},
		{"two senior administration officials", "anonymous"},
		{"Clinton campaign officials", "anonymous"},
		{"Trump spokeswoman Hope Hicks", "named"},
		{"officials familiar with the talks", "anonymous"},
		{"Experts on North Korea", "anonymous"},
		{"some Republicans", "anonymous"},
		{"the Wisconsin Republican", "named"},
		{"a Republican senator", "anonymous"},
		{"one bartender", "anonymous"},
		{"another", "anonymous"},
		{"fellow physicians", "anonymous"},
		{"CNN", "outlet"},
		{"a CNN poll", "outlet"},
		{"CNN's Jake Tapper", "named"},
		{"an Emerson College poll", "named"},
		{"polls", "anonymous"},
		{"Secretary of State John Kerry", "named"},
		{"the president", "named"},
		{"the White House", "named"},
	} {
		got, pron := l.classify(tt.src, tt.src, 0)
		if got != tt.want || pron != "" {
			t.Errorf("classify(%q) = %q (pronoun %q), want %q", tt.src, got, pron, tt.want)
		}
	}
	for src, want := range map[string]string{"he": "he", "Her": "she", "they": "they", "you": "you", "the poll": "doc:poll"} {
		if _, pron := l.classify(src, src, 0); pron != want {
			t.Errorf("classify(%q) pronoun = %q, want %q", src, pron, want)
		}
	}
	// a relative pronoun takes the words before it
	text := "The plan was backed by two senior officials, who said it would pass."
	if got, _ := l.classify(text, "who", strings.Index(text, "who")); got != "anonymous" {
		t.Errorf("classify(who) = %q, want anonymous", got)
	}
}
