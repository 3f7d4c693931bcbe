package sentences

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
)

// splitTests are written for this package; each want lists the sentences
// in order. Joining them with a space gives the input unless in is set.
var splitTests = []struct {
	name string
	in   string
	want []string
}{
	// Plain ends.
	{name: "two sentences", want: []string{"The vote was held on Monday.", "It passed easily."}},
	{name: "question and exclamation", want: []string{"Who will pay for the wall?", "Not us!", "The crowd cheered."}},
	{name: "interrobang run", want: []string{"Can you believe it?!", "Nobody could."}},
	{name: "no final punctuation", want: []string{"The council met on Tuesday.", "Results are pending"}},

	// Titles and ranks.
	{name: "senator with state", want: []string{"Sen. Tom Cotton (R-Ark.) said the plan was reckless.", "He did not elaborate."}},
	{name: "representative D-N.Y.", want: []string{"Rep. Jane Doe (D-N.Y.) voted against the bill on Friday.", "The vote was 218-214."}},
	{name: "state after comma", want: []string{"The mayor of Tampa, Fla., declined to comment."}},
	{name: "state ends sentence", want: []string{"The company is based in Wilmington, Del.", "It has 40 staff."}},
	{name: "delegate before name", want: []string{"State Del. Marcia Price (D-Newport News) spoke."}},
	{name: "Mr and Mrs", want: []string{"Mr. Smith and Mrs. Jones met Dr. Brown at St. Mary's hospital."}},
	{name: "Gen Lt Col", want: []string{"Lt. Gen. Ann Ray and Col. Tim Ortiz briefed Gov. Lee on the storm."}},
	{name: "Sens plural", want: []string{"Sens. Maria Lopez (D-Calif.) and Paul Grant (R-Mass.) wrote the letter."}},
	{name: "all caps title", want: []string{"MR. HALE: We will not comment on that."}},

	// Country and other dotted abbreviations.
	{name: "U.S. officials", want: []string{"U.S. officials said.", "The talks resumed."}},
	{name: "U.S. mid sentence", want: []string{"The U.S. Senate passed the bill after the U.N. vote."}},
	{name: "U.S. ends sentence", want: []string{"The company is based in the U.S.", "The next day, shares fell."}},
	{name: "U.K. before pronoun", want: []string{"She moved to the U.K.", "She never came back."}},
	{name: "U.S.-Mexico", want: []string{"The U.S.-Mexico border saw 2.5 million crossings."}},
	{name: "Ph.D.", want: []string{"She earned a Ph.D. in economics from Yale."}},
	{name: "e.g. and i.e.", want: []string{"Some states, e.g. Ohio and Iowa, vote early, i.e. in January."}},
	{name: "etc. inside", want: []string{"They banned knives, guns, etc. from the hall."}},
	{name: "etc. ends", want: []string{"They banned knives, guns, etc.", "The rule starts today."}},
	{name: "vs.", want: []string{"The case, Smith vs. Jones, went to trial.", "Roe v. Wade was cited."}},

	// Times and dates.
	{name: "p.m. weekday", want: []string{"The polls close at 5 p.m. Friday in most counties."}},
	{name: "p.m. then sentence", want: []string{"The hearing ended at 5 p.m.", "The next session opens Monday."}},
	{name: "a.m. before time zone", want: []string{"The speech starts at 9 a.m. Eastern time.", "Doors open at 8 a.m. (ET) on Monday."}},
	{name: "p.m. then a name", want: []string{"The meeting began at 10 a.m.", "Trump arrived late."}},
	{name: "month abbreviations", want: []string{"The attacks of Sept. 11 changed the agency.", "On Jan. 5 and Feb. 6 it met again."}},
	{name: "month ends sentence", want: []string{"The law takes effect in Oct.", "Critics expect delays."}},
	{name: "No. before number", want: []string{"She is ranked No. 2 in the state.", "He is No. 5."}},
	{name: "No. as answer", want: []string{"Did he resign?", "No.", "He was fired."}},

	// Names and initials.
	{name: "middle initial", want: []string{"Donald J. Trump spoke first.", "Then came J. K. Rowling."}},
	{name: "two initials joined", want: []string{"Rep. G.K. Butterworth (D-N.C.) led the caucus."}},
	{name: "initial ends sentence", want: []string{"The memo was signed by Plan B.", "The plan failed."}},
	{name: "Jr. in name", want: []string{"Martin Luther King Jr. Day is a holiday.", "Offices close."}},
	{name: "Inc. then name", want: []string{"Acme Inc. Chief Executive Jo Park resigned."}},
	{name: "Inc. ends", want: []string{"She sued Acme Inc.", "The suit was dismissed."}},

	// Numbers, money, addresses.
	{name: "decimals and money", want: []string{"Growth was 3.5 percent, or $2.5 billion, up 25.5% from 1,000 units."}},
	{name: "url and email", want: []string{"Details are at www.example.gov/report.html and press@example.org today.", "Read them."}},
	{name: "url ends sentence", want: []string{"The data is posted at example.com.", "It is free."}},
	{name: "list marker", want: []string{"1. The first item is cheap.", "2. The second is not."}},
	{name: "list marker after colon", want: []string{"The plan has two parts: 1. Lower taxes for all.", "The rest is vague."}},

	// Ellipses.
	{name: "ellipsis mid sentence", want: []string{"He said he would … maybe … run again."}},
	{name: "ellipsis ends", want: []string{"We waited and waited …", "Then the bus came."}},
	{name: "three dots", want: []string{"It was over...", "Or so we thought."}},
	{name: "spaced ellipsis after period", want: []string{"He had no evidence. . . .", "He would not say more."}},

	// Quotations.
	{name: "quote then attribution", want: []string{`"That's wrong," she said.`, "The room went quiet."}},
	{name: "curly quote then attribution", want: []string{"“That’s wrong,” she said.", "The room went quiet."}},
	{name: "exclamation then name said", want: []string{"“We will win!” Trump said.", "The crowd roared."}},
	{name: "question then he asked", want: []string{`"Is it?" he asked.`}},
	{name: "question then title name asked", want: []string{"“Why not?” Sen. Jane Roe asked.", "Nobody replied."}},
	{name: "question then attribution on the next line", in: "“Why not?”\nLee said the talks failed.", want: []string{"“Why not?”", "Lee said the talks failed."}},
	{name: "question then new sentence", want: []string{"“Why not?”", "The question hung in the air."}},
	{name: "period inside quote then name said is new sentence", want: []string{"“We are done.”", "Lopez said the talks had failed."}},
	{name: "attribution first", want: []string{"She said: “The plan is dead.", "We move on.”"}},
	{name: "attribution in the middle", want: []string{"“The plan is dead,” she said, “and we move on.", "There is no other way.”"}},
	{name: "multi-sentence quote split", want: []string{"“We tried.", "We failed.", "We will try again,” the mayor said."}},
	{name: "nested quotes", want: []string{"“He told me, ‘Never again.’", "I believed him,” she said."}},
	{name: "closing quote attached", want: []string{"He called it “a disgrace.”", "Then he left."}},
	{name: "doubled apostrophes", want: []string{"''It is not over,'' Ms. Reyes said.", "''We will appeal.''"}},
	{name: "apostrophes", want: []string{"Sheinbaum’s aides don’t expect a deal before the ’90s-style talks end.", "Officials' views differ."}},
	{name: "quote with lowercase continuation", want: []string{"He called the ruling “absurd!” and walked out."}},
	{name: "headline attribution in title case", in: "‘We Will Win!’ Trump Says", want: []string{"‘We Will Win!’ Trump Says"}},
	{name: "quote signed with a dash", want: []string{"“We will never give up.” — Jane Lee, in a post on X.", "The post was deleted."}},
	{name: "closing mark set off by a space", want: []string{`"What does that mean? " Lee asked.`, "Nobody knew."}},
	{name: "ellipsis in quote then attribution", want: []string{"“I don’t know …” Gomez said.", "He left."}},

	// Parentheses.
	{name: "sentence in parentheses", want: []string{"The bill passed.", "(The Senate has not voted.)", "It goes next to the House."}},
	{name: "period before closing paren", want: []string{"The rule (see Sec. 4) applies.", "Exceptions are rare."}},
	{name: "question mark in parentheses", want: []string{"He won (?) the vote."}},

	// Lines.
	{name: "heading without period", in: "Mexico Adjusts Strategy", want: []string{"Mexico Adjusts Strategy"}},
	{name: "heading with question", in: "Did the Raid Break the Law? Agents Say No", want: []string{"Did the Raid Break the Law?", "Agents Say No"}},
	{name: "list lines", in: "- Lower taxes\n- Build roads\n- Fix schools", want: []string{"- Lower taxes", "- Build roads", "- Fix schools"}},
	{name: "numbered lines", in: "Three demands:\n1) more money\n2) fewer rules", want: []string{"Three demands:", "1) more money", "2) fewer rules"}},
	{name: "title line and subtitle", in: "Jobs report lifts Democrats;\nSolid upturn could blunt criticism.", want: []string{"Jobs report lifts Democrats;", "Solid upturn could blunt criticism."}},
	{name: "number line", in: "2\nThe Second Reason Is Cost.", want: []string{"2", "The Second Reason Is Cost."}},
	{name: "hard wrapped prose", in: "The governor said the plan\nwould cost far more than\nPresident Lee had promised.", want: []string{"The governor said the plan\nwould cost far more than\nPresident Lee had promised."}},
	{name: "wrapped prose with capital line", in: "The senators met\nPresident Lee on Monday and\nthen left.", want: []string{"The senators met\nPresident Lee on Monday and\nthen left."}},
	{name: "colon before quote line", in: "In a statement, the agency wrote:\n“The raid was lawful.”", want: []string{"In a statement, the agency wrote:", "“The raid was lawful.”"}},
	{name: "blank line ends sentence", in: "First paragraph without end\n\nSecond paragraph.", want: []string{"First paragraph without end", "Second paragraph."}},
	{name: "blank line after abbreviation", in: "He works for Acme Inc.\n\nAcme declined to comment.", want: []string{"He works for Acme Inc.", "Acme declined to comment."}},
	{name: "abbreviation at line end in list", in: "Sponsors: Acme Inc.\nBeta Corp.\nGamma Ltd.", want: []string{"Sponsors: Acme Inc.", "Beta Corp.", "Gamma Ltd."}},
	{name: "initial at line end", in: "The letter was signed by John F.\nKennedy himself.", want: []string{"The letter was signed by John F.\nKennedy himself."}},

	// White space.
	{name: "leading and trailing space", in: "  \n The end.  Really.\t\n ", want: []string{"The end.", "Really."}},
	{name: "no-break space after period", in: "It ended.\u00a0Then it began.\u00a0", want: []string{"It ended.", "Then it began."}},
	{name: "punctuation only", in: " … — ", want: nil},
	{name: "separator line", in: "Reported from Washington, D.C.\n—-\nSign up for our newsletter.", want: []string{"Reported from Washington, D.C.", "Sign up for our newsletter."}},
	{name: "separator before sentence", in: "***\nThe end.", want: []string{"The end."}},
	{name: "empty", in: "", want: nil},
}

func TestSplit(t *testing.T) {
	for _, tt := range splitTests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			if in == "" && tt.want != nil {
				in = strings.Join(tt.want, " ")
			}
			spans := split(in)
			checkSpans(t, in, spans)
			got := make([]string, len(spans))
			for i, sp := range spans {
				got[i] = in[sp.Start:sp.End]
			}
			if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
				t.Errorf("split(%q)\n got %q\nwant %q", in, got, tt.want)
			}
		})
	}
}

// checkSpans asserts the invariants of Split and Quotations: spans in
// order, non-empty, not overlapping, inside text, on rune boundaries (for
// valid UTF-8) and trimmed of white space.
func checkSpans(t testing.TB, text string, spans []article.Span) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(text) {
			t.Fatalf("span %d %v out of order, empty or outside text (len %d, previous end %d)", i, sp, len(text), prev)
		}
		if valid && (!utf8.RuneStart(text[sp.Start]) || sp.End < len(text) && !utf8.RuneStart(text[sp.End])) {
			t.Fatalf("span %d %v not on rune boundaries in %q", i, sp, text)
		}
		if spaceAt(text, sp.Start) > 0 || spaceBefore(text, sp.End) > 0 {
			t.Fatalf("span %d %v not trimmed: %q", i, sp, text[sp.Start:sp.End])
		}
		prev = sp.End
	}
}
