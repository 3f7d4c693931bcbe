package attribution_test

import (
	"testing"

	"github.com/auditnews/audit/attribution"
)

// TestSpeakers has cases, with sentences of the project's own, for the
// constructions that decide who speaks in a sentence: which words are
// verbs, where a subject starts behind its asides, descriptions and
// pronouns, cues other than "said", and quotations.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		rule string
		text string
		want []want
	}{
		{"a plural noun is no verb", "More people voted for Ruiz than for Bell in two states on Tuesday. The campaign will poll in battleground states like Ohio. Chile, Peru and Bolivia have claims in the area. The Rust Belt states that have lost jobs voted for him.",
			[]want{{"two states", attribution.Unsourced, ""}, {"states like Ohio", attribution.Unsourced, ""}, {"have claims", attribution.Unsourced, ""}, {"have lost jobs", attribution.Unsourced, ""}}},
		{"state as a verb introduces words", "Governor Ana Ruiz stated unequivocally that the dam was safe. Tom Bell, a state senator, spoke later. Ruiz stated of the audit that it was “not good.”",
			[]want{{"dam was safe", attribution.Named, "Ana Ruiz"}, {"state senator", attribution.Unsourced, ""}, {"not good", attribution.Named, "Ruiz"}}},
		{"responding by acting and naming are no statements", "The council responded by cutting the budget. The port, once known as Harbor Point, reopened.",
			[]want{{"cutting the budget", attribution.Unsourced, ""}, {"Harbor Point", attribution.Unsourced, ""}}},
		{"a participle the lexicon binds to its subject", "Concerns have been raised about the dam. The toll has been raised twice this year.",
			[]want{{"Concerns", attribution.Anonymous, ""}, {"toll has been raised", attribution.Unsourced, ""}}},
		{"the writer's questions assert nothing", "How has the mayor responded? Did Ruiz say why she left?",
			[]want{{"How has", attribution.Unsourced, ""}, {"Did Ruiz", attribution.Unsourced, ""}}},
		{"nothing said without saying", "Ana Ruiz left the hall without saying a word. It goes without saying that the levy is unpopular.",
			[]want{{"left the hall", attribution.Unsourced, ""}, {"goes without", attribution.Unsourced, ""}}},
		{"asides that hold commas, quotations and clauses", "Omar Bell, president of the Harbor Fund, a group allied with the port, said the levy would pass. Ana Ruiz’s office, when contacted by reporters, said she was traveling. Dana Pruitt, clad in a coat with lights that spelled her name, said the rally was a success. Tom Reyes, a host of the show “Harbor Nights,” who went on to run for mayor, said the show was fun.",
			[]want{{"levy would pass", attribution.Named, "Omar Bell"}, {"was traveling", attribution.Named, "Ana Ruiz"}, {"rally was a success", attribution.Named, "Dana Pruitt"}, {"show was fun", attribution.Named, "Tom Reyes"}}},
		{"the name before an aside speaks, not the aside", "Lena Marsh, an economist at the Harbor Institute, a group funded by banks, said prices would rise.",
			[]want{{"prices would rise", attribution.Named, "Lena Marsh"}}},
		{"the speaker after a quotation, with an aside", "“We will win this,” Jeff Ortiz, Pruitt’s campaign manager, said in a statement. “It is over,” the mayor’s chief of staff, Dana Bell, said.",
			[]want{{"We will win", attribution.Named, "Jeff Ortiz"}, {"It is over", attribution.Named, "Dana Bell"}}},
		{"subjects with relative clauses", "The judges who struck down the law, for instance, said it was too broad. The state officials whose rules were struck down say the court erred.",
			[]want{{"too broad", attribution.Anonymous, "judges"}, {"court erred", attribution.Anonymous, "officials"}}},
		{"an aside holding a verb of its own does not make its subject speak", "Tulsa, seeking to avoid tolls threatened by the state, has cut its budget. The mayor’s aide, if elected, would need a majority to confirm the plan.",
			[]want{{"cut its budget", attribution.Unsourced, ""}, {"to confirm the plan", attribution.Unsourced, ""}}},
		{"a verb no list knows ends the subject", "The Reyes campaign risks losing voters by dismissing the mayor as a relic. Ana Ruiz put off the vote but said the council would meet in May.",
			[]want{{"as a relic", attribution.Named, "Reyes"}, {"council would meet", attribution.Named, "Ana Ruiz"}}},
		{"a description with a possessive is someone of the possessor's", "Ana Ruiz won the primary. The victory proves her point, as Bell’s campaign manager suggested after the vote.",
			[]want{{"proves her point", attribution.Named, "Bell’s campaign manager"}}},
		{"neither is no name, and a pair is no surname", "Neither Ruiz nor Bell would say more. Ana Ruiz and Tom Bell spoke in Tulsa. “We are ready,” Bell said.",
			[]want{{"We are ready", attribution.Named, "Tom Bell"}}},
		{"a capital makes a name, not an adverb", "House Speaker Tom Bosma met Governor Dana Long on Monday. “The law is fair,” Long said.",
			[]want{{"law is fair", attribution.Named, "Dana Long"}}},
		{"contractions are no names", "We’ve talked about it for years. I’m guessing nobody will vote.",
			[]want{{"talked about it", attribution.Unsourced, ""}, {"guessing", attribution.Unsourced, ""}}},
		{"a verdict before a preposition", "Judge Ana Ruiz called the audit reckless without ordering a new one.",
			[]want{{"audit reckless", attribution.Named, "Ana Ruiz"}}},
		{"a person's comments and a name after a title in an aside", "Mayor Tom Reyes spoke at noon. His comments echoed his campaign, calling for calm. The mayor’s deputy, Sen. Dana Pruitt, D-Okla., on Tuesday offered support, saying the plan was fair.",
			[]want{{"calling for calm", attribution.Named, "Tom Reyes"}, {"plan was fair", attribution.Named, "Dana Pruitt"}}},
		{"a closing attribution frames a negated main clause", "The agency looked for links in 2014 and did not find “any of consequence,” said the agency’s director, Ana Ruiz, on Monday.",
			[]want{{"did not find", attribution.Named, "Ana Ruiz"}}},
		{"a refusal, then what was said", "A spokesman for the port declined to address the audit but said in a statement that no rule was broken.",
			[]want{{"no rule was broken", attribution.Anonymous, "spokesman"}}},
		{"a sentence in brackets is a sentence", "(The Port Authority says it handles 500 ships a year.) (On Monday afternoon, Ruiz’s campaign manager said she would stay.)",
			[]want{{"500 ships", attribution.Named, "Port Authority"}, {"would stay", attribution.Named, "campaign manager"}}},
		{"a time or place before the subject without a comma", "Saturday at the party convention Sen. Ana Ruiz said the levy was a failure. In Tuesday’s speech the senator also took a swipe at the mayor, calling him reckless. The port authority this week announced new fees.",
			[]want{{"levy was a failure", attribution.Named, "Ana Ruiz"}, {"took a swipe", attribution.Named, "Ana Ruiz"}, {"new fees", attribution.Named, "port authority"}}},
		{"an aside between dashes before the subject", "Inside the hall - which looks like a church - Omar Bell said he was raising money.",
			[]want{{"raising money", attribution.Named, "Omar Bell"}}},
		{"a participle after a noun qualifies it, unless a sender's document", "Ana Ruiz started a fund this week calling itself a charity. Omar Bell spoke on Monday. He sent a letter to the council saying the levy was illegal. The mayor’s tweets announcing the levy angered the council.",
			[]want{{"calling itself", attribution.Unsourced, ""}, {"levy was illegal", attribution.Named, "Omar Bell"}, {"angered the council", attribution.Unsourced, ""}}},
		{"a description names a body of its kind, never a platform", "Kestrel Broadcasting aired the debate. On Twitter, viewers complained about the sound. The network said the sound was fixed.\n\nVertex Corp. posted the results on Facebook. The company said profits rose.\n\nAna Ruiz is running for mayor. The Ruiz campaign held a rally in Tulsa. The campaign said turnout was strong.",
			[]want{{"sound was fixed", attribution.Named, "Kestrel Broadcasting"}, {"profits rose", attribution.Named, "Vertex"}, {"turnout was strong", attribution.Named, "Ruiz campaign"}}},
		{"it is no place", "Governor Sam Ortiz of Ohio voted no. It also said the backlog had grown.",
			[]want{{"backlog had grown", attribution.Unsourced, ""}}},
		{"a party member described by place", "Senator Mitch Darrow of Kentucky spoke after the vote. Governor Sam Ortiz of Ohio voted no. The Kentucky Republican said the bill was flawed.",
			[]want{{"bill was flawed", attribution.Named, "Mitch Darrow"}}},
		{"descriptions as subjects", "The organizers said they expect 5,000 people. City staff confirmed the pool would close. The 32-year-old labourer says he was never paid. The protesters chanted that the mayor must resign. “It is hard,” said the designer, who works for another brand. The self-described democratic socialist said he would win.",
			[]want{{"expect 5,000", attribution.Anonymous, "organizers"}, {"pool would close", attribution.Anonymous, "staff"}, {"never paid", attribution.Named, "labourer"},
				{"must resign", attribution.Anonymous, "protesters"}, {"It is hard", attribution.Named, "designer"}, {"would win", attribution.Named, "socialist"}}},
		{"things described say nothing", "The gains were held back by weak results. The anti-abortion movement has long argued that doctors should be punished. Her remarks, however, were on trade.",
			[]want{{"gains were held", attribution.Unsourced, ""}, {"movement", attribution.Unsourced, ""}, {"were on trade", attribution.Unsourced, ""}}},
		{"speech acts without said", "Economist Lena Marsh offered a prediction: prices will rise by spring. Mayor Tom Hale was quoted as saying the budget was dead. Ruiz was heard saying the vote was rigged. Hale calls it the worst budget in a decade. Ruiz called him on Tuesday. Ruiz took notes at the hearing.",
			[]want{{"prices will rise", attribution.Named, "Lena Marsh"}, {"budget was dead", attribution.Named, "Tom Hale"}, {"vote was rigged", attribution.Named, "Ruiz"},
				{"worst budget", attribution.Named, "Hale"}, {"called him on Tuesday", attribution.Unsourced, ""}, {"took notes", attribution.Unsourced, ""}}},
		{"a person reported killed is no later speaker", "A gunman opened fire on Friday. Tom Hale was killed in the attack. His neighbor, Dan Brooks, hid in a closet. He told police the gunman wore a mask.\n\nKen Lowe was shot dead on Saturday. He had told friends he feared for his life.",
			[]want{{"gunman wore a mask", attribution.Named, "Dan Brooks"}, {"feared for his life", attribution.Named, "Ken Lowe"}}},
		{"fragments of names and surnames that are words", "Former Bank of Canada governor Mark Carney said rates would rise. Vertex chief executive Ian Read said the deal was good.",
			[]want{{"rates would rise", attribution.Named, "Mark Carney"}, {"deal was good", attribution.Named, "Ian Read"}}},
		{"results and gains are no statements", "The Dow Jones industrial average added 10 points. Vertex Corp. reported a profit of $2 million. The agency reported a drop in seizures.",
			[]want{{"added 10 points", attribution.Unsourced, ""}, {"profit of", attribution.Unsourced, ""}, {"drop in seizures", attribution.Named, "agency"}}},
		{"a document's authors speak in the main clause", "Vertex sued the city on Monday. According to the complaint, prosecutors say the mayor took bribes. According to the Harbor Gazette, officials said the talks failed.",
			[]want{{"took bribes", attribution.Anonymous, "prosecutors"}}},
		{"two apostrophes are a quotation mark, and more asides", "''It is long and tiring,'' Ana Ruiz, Mrs. Bell's chief of staff, said in an interview. Tom Green, associate professor of history at Tulsa University, said the levy mattered. Dan Slinker, whose firm, Paradata, sells data to brands, said the mayor was right. ''I was in Tulsa,'' Mr. Reyes, now 81 and retired in Tulsa, Okla., said by telephone.",
			[]want{{"long and tiring", attribution.Named, "Ana Ruiz"}, {"levy mattered", attribution.Named, "Tom Green"}, {"mayor was right", attribution.Named, "Dan Slinker"},
				{"I was in Tulsa", attribution.Named, "Reyes"}}},
		{"a plural possessive with a curly apostrophe", "“The port will reopen,” Jeff Ortiz, the Reyes brothers’ lawyer, said.",
			[]want{{"port will reopen", attribution.Named, "Jeff Ortiz"}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			text, claims := analyze(t, tt.text)
			for _, w := range tt.want {
				check(t, text, claims, w)
			}
		})
	}
}
