package sentences

import (
	"strings"
	"testing"
)

var quotationTests = []struct {
	name string
	in   string
	want []string
}{
	{"curly", "“That’s wrong,” she said.", []string{"“That’s wrong,”"}},
	{"straight", `"That's wrong," she said.`, []string{`"That's wrong,"`}},
	{"several sentences", "“We tried. We failed. We will try again,” the mayor said.",
		[]string{"“We tried. We failed. We will try again,”"}},
	{"attribution in the middle", "“The plan is dead,” she said, “and we move on.”",
		[]string{"“The plan is dead,”", "“and we move on.”"}},
	{"nested single", "“He told me, ‘Never again,’ and I believed him,” she said.",
		[]string{"“He told me, ‘Never again,’ and I believed him,”"}},
	{"nested straight", `"He told me, 'Never again,' and I believed him," she said.`,
		[]string{`"He told me, 'Never again,' and I believed him,"`}},
	{"apostrophes are not quotes", "Sheinbaum’s aides don’t expect the ’90s-style rock ’n’ roll talks to end. Officials’ views differ.", nil},
	{"straight apostrophes", "The officials' plan won't survive the '90s, 'tis said.", nil},
	{"single quotes in a headline", "Mexico Rejects US ‘Invasion’ in Cartel Fight", []string{"‘Invasion’"}},
	{"straight single quotes", "He called it 'a disgrace' and left.", []string{"'a disgrace'"}},
	{"several single quotes", "Trump says ‘Mexicans’ are ‘rapists’", []string{"‘Mexicans’", "‘rapists’"}},
	{"plural possessive inside double quotes", "“The workers’ union is strong,” he said.", []string{"“The workers’ union is strong,”"}},
	{"doubled apostrophes", "''It is not over,'' Ms. Reyes said. ''We will appeal.''",
		[]string{"''It is not over,''", "''We will appeal.''"}},
	{"guillemets", "Il a dit « non » hier.", []string{"« non »"}},
	{"scare quotes", "The so-called “hugs not bullets” approach failed.", []string{"“hugs not bullets”"}},
	{"quote after dash", "The answer—“never”—came fast.", []string{"“never”"}},
	{"quote in parentheses", "The answer (“never”) came fast.", []string{"“never”"}},
	{"inch marks", `He is 6'2" tall and weighs 200 lbs.`, nil},
	{"straight quote inside word", `The "so"called plan.`, []string{`"so"`}},
	{"ellipsis opening", `He said "...and then we left." Nobody asked.`, []string{`"...and then we left."`}},
	{"missing close at end", "She said: “We will never give up.", []string{"“We will never give up."}},
	{"continued paragraph", "“We will fight.\n\n“We will win,” he said.", []string{"“We will fight.\n\n“We will win,”"}},
	{"continued paragraph straight", "\"We will fight.\n\n\"We will win,\" he said.", []string{"\"We will fight.\n\n\"We will win,\""}},
	{"continued over three paragraphs", "“One.\n\n“Two.\n\n“Three.” End.", []string{"“One.\n\n“Two.\n\n“Three.”"}},
	{"not continued", "“We will fight.\n\nThe crowd cheered. “Yes,” one said.", []string{"“We will fight.", "“Yes,”"}},
	{"line per paragraph continued", "“We will fight.\n“We will win.”\nThe end.", []string{"“We will fight.\n“We will win.”"}},
	{"line per paragraph not continued", "“We will fight.\nThe crowd cheered.\n“Yes,” one said.", []string{"“We will fight.", "“Yes,”"}},
	{"hard wrapped quote", "“We will fight them\non the beaches,” he said.", []string{"“We will fight them\non the beaches,”"}},
	{"hard wrapped over three lines", "“We will fight them\non the beaches and\nin the hills,” he said.", []string{"“We will fight them\non the beaches and\nin the hills,”"}},
	{"stray closing mark", "We will win,” he said.", nil},
	{"unclosed nested single", "“He said ‘no and left,” she said.", []string{"“He said ‘no and left,”"}},
	{"misused closing shape as opener", "The answer —”never” — came fast.", []string{"”never”"}},
	{"trailing space after unclosed", "“We will win.  \n\nNext.", []string{"“We will win."}},
	{"closing mark set off by a space", `"What does that mean? " Lee asked.`, []string{`"What does that mean? "`}},
	{"nested closing marks set off by spaces", `"This is the 'Title Sponsor,' " he wrote.`, []string{`"This is the 'Title Sponsor,' "`}},
	{"stray mark between words", `He said " hello there.`, nil},
	{"empty", "", nil},
}

func TestQuotations(t *testing.T) {
	for _, tt := range quotationTests {
		t.Run(tt.name, func(t *testing.T) {
			spans := quotations(tt.in)
			checkSpans(t, tt.in, spans)
			var got []string
			for _, sp := range spans {
				got = append(got, tt.in[sp.Start:sp.End])
			}
			if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
				t.Errorf("quotations(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}
