package attribution_test

import (
	"context"
	"strings"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

// want describes the attribution expected for the claim holding a
// sentence.
type want struct {
	sentence string // a unique part of the claim's text
	class    attribution.Class
	source   string // a part of the source's canonical name; "" to skip
}

// analyze reads text as a plain-text article and returns its claims.
func analyze(t *testing.T, text string) (string, []attribution.Claim) {
	t.Helper()
	// a headline first, so that the first sentence under test is body text
	doc, err := extract.Text([]byte("Headline of the test\n\n" + text))
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return doc.Text, claims
}

func find(t *testing.T, text string, claims []attribution.Claim, part string) attribution.Claim {
	t.Helper()
	for _, c := range claims {
		if strings.Contains(text[c.Start:c.End], part) {
			return c
		}
	}
	t.Fatalf("no claim contains %q", part)
	return attribution.Claim{}
}

func check(t *testing.T, text string, claims []attribution.Claim, w want) {
	t.Helper()
	c := find(t, text, claims, w.sentence)
	name := ""
	if c.Source != nil {
		name = c.Source.Name
	}
	if c.Class != w.class {
		t.Errorf("%q: class %s (source %q), want %s", w.sentence, c.Class, name, w.class)
		return
	}
	if w.source != "" && !strings.Contains(name, w.source) {
		t.Errorf("%q: source %q, want one containing %q", w.sentence, name, w.source)
	}
	if w.class == attribution.Unsourced && c.Source != nil {
		t.Errorf("%q: unsourced claim has source %q", w.sentence, name)
	}
}

// TestGuidelineRules has one case or more for each rule of the labelling
// guidelines, with sentences of the project's own.
func TestGuidelineRules(t *testing.T) {
	tests := []struct {
		rule string
		text string
		want []want
	}{
		{"statement, not action", "Senator Jane Holloway said the bridge is unsafe. Senator Jane Holloway wants to rebuild the bridge. Holloway has proposed a new tax.",
			[]want{{"said the bridge", attribution.Named, "Jane Holloway"}, {"wants to rebuild", attribution.Unsourced, ""}, {"proposed a new tax", attribution.Unsourced, ""}}},
		{"stated views are sourced", "Economist Priya Natarajan believes the rate cut came too late. Natarajan argued that wages would stall.",
			[]want{{"believes", attribution.Named, "Priya Natarajan"}, {"argued", attribution.Named, "Natarajan"}}},
		{"the main clause decides", "If approved, the plan could reshape the port under Governor Tom Reyes, who often argued for it.\n\nWhile the company denied any wrongdoing, analysts warned that its shares could fall.",
			[]want{{"If approved", attribution.Unsourced, ""}, {"While the company", attribution.Anonymous, "analysts"}}},
		{"pronouns resolve", "Governor Ana Ruiz spoke in Sacramento on Monday. She said the budget was balanced.",
			[]want{{"She said", attribution.Named, "Ana Ruiz"}}},
		{"descriptions resolve", "Governor Ana Ruiz toured the levee on Monday. The governor said repairs would start in May.\n\nThe Port Authority reported record traffic in June. The agency said the new terminal would open in the fall.",
			[]want{{"The governor said", attribution.Named, "Ana Ruiz"}, {"The agency said", attribution.Named, "Port Authority"}}},
		{"quotes carry after", "“We will rebuild. It will take time,” said Mayor Tom Reyes.",
			[]want{{"We will rebuild", attribution.Named, "Tom Reyes"}, {"It will take time", attribution.Named, "Tom Reyes"}}},
		{"quotes carry from a colon line", "In a statement, the ministry wrote:\n\n“The ministry regrets the delay. Service will resume on Friday.”",
			[]want{{"Service will resume", attribution.Named, ""}}},
		{"quotes carry in the middle", "“This is wrong,” Ruiz said, “and we will appeal. The court erred.”",
			[]want{{"The court erred", attribution.Named, "Ruiz"}}},
		{"chains name the outlet first", "Citing two senior officials, Reuters reported that the deal was close.",
			[]want{{"Citing two senior", attribution.Outlet, "Reuters"}}},
		{"carry-over inside a paragraph", "According to CNN, the agency is reviewing the policy. The review covers every contract signed since 2019.",
			[]want{{"According to CNN", attribution.Outlet, "CNN"}, {"The review covers", attribution.Outlet, "CNN"}}},
		{"institutions and the people in them", "The State Department said the talks would continue. A State Department official said no date had been set.",
			[]want{{"The State Department said", attribution.Named, "State"}, {"official said", attribution.Anonymous, "official"}}},
		{"negations and refusals are not sources", "There has been no statement from the governor's office about the closure. The company declined to comment. Governor Ana Ruiz did not say when the road would reopen.",
			[]want{{"no statement", attribution.Unsourced, ""}, {"declined to comment", attribution.Unsourced, ""}, {"did not say", attribution.Unsourced, ""}}},
		{"polls and studies", "A Quinnipiac University poll found that 40 percent of voters back the plan. A CNN poll found support near 35 percent. Polls show the race tightening.",
			[]want{{"Quinnipiac", attribution.Named, "Quinnipiac"}, {"A CNN poll", attribution.Outlet, "CNN"}, {"Polls show", attribution.Anonymous, ""}}},
		{"statistics alone are unsourced", "Unemployment fell to 3.5 percent last year.",
			[]want{{"Unemployment fell", attribution.Unsourced, ""}}},
		{"vague groups and agentless passives", "Critics say the law is too broad. The law is seen as a test case for the state.",
			[]want{{"Critics say", attribution.Anonymous, "Critics"}, {"is seen as", attribution.Anonymous, ""}}},
		{"unnamed media reports", "The bill reportedly includes a tax on imports.",
			[]want{{"reportedly", attribution.Outlet, ""}}},
		{"outlets", "As Reuters and NBC News have reported, the talks stalled in May. According to an exclusive NBC News investigation, the plan was drafted in March.",
			[]want{{"As Reuters", attribution.Outlet, "Reuters"}, {"exclusive", attribution.Outlet, "NBC News"}}},
		{"inverted and trailing attributions", "The vote was rigged, said Carlos Mendez, a city councilman. The count will be repeated, officials said on Tuesday.",
			[]want{{"The vote was rigged", attribution.Named, "Carlos Mendez"}, {"The count will be", attribution.Anonymous, "officials"}}},
		{"appositive names", "The White House spokesperson, Anna Kelly, stated that the order stands.",
			[]want{{"stated", attribution.Named, "Anna Kelly"}}},
		{"passive with agent", "The closure was confirmed by city officials in a post on Tuesday.",
			[]want{{"was confirmed", attribution.Anonymous, "city officials"}}},
		{"groups of people", "Those close to the mayor say she will run. All the experts we interviewed said the plan was sound. One of the doctors who signed the letter called the drug unsafe. Some Democrats said the bill went too far.",
			[]want{{"Those close", attribution.Anonymous, "Those close to the mayor"}, {"All the experts", attribution.Anonymous, "interviewed"},
				{"One of the doctors", attribution.Anonymous, "doctors"}, {"Some Democrats", attribution.Anonymous, "Democrats"}}},
		{"poll respondents", "A Quinnipiac University poll released Monday found the mayor ahead. Six in 10 voters say the bridge should be rebuilt.\n\nForty percent of residents say taxes are too high.",
			[]want{{"Six in 10", attribution.Named, "Quinnipiac"}, {"Forty percent", attribution.Anonymous, "percent"}}},
		{"reporters and parentheticals", "As a Reuters reporter noted, the hall was half empty. County chairman Will Rogers, for example, said turnout would be low. Officials emphasized on Friday that the vote would go ahead.",
			[]want{{"half empty", attribution.Outlet, "Reuters"}, {"turnout", attribution.Named, "Will Rogers"}, {"emphasized on Friday", attribution.Anonymous, "Officials"}}},
		{"an -s noun is no verb", "The campaign will target ethnic voters in battleground states, stressing jobs.",
			[]want{{"battleground states", attribution.Unsourced, ""}}},
		{"a place and a title before a name", "New Jersey Governor Dana Pruitt is weighing a plan. Pruitt said she would decide soon. “We will act,” said House Majority Leader Omar Bell. New Jersey said it would appeal.",
			[]want{{"would decide soon", attribution.Named, "Dana Pruitt"}, {"We will act", attribution.Named, "Omar Bell"}, {"would appeal", attribution.Named, "New Jersey"}}},
		{"common words opening a sentence are no names", "Applications for state permits rose last week. Initial claims rose by 16,000. Feverish talks continued, according to people directly involved.",
			[]want{{"Applications", attribution.Unsourced, ""}, {"Initial claims", attribution.Unsourced, ""}, {"Feverish", attribution.Anonymous, "people directly involved"}}},
		{"held by is no view unless a view is held", "The seat was previously held by Dana Pruitt. That view is held by most economists.",
			[]want{{"seat was previously held", attribution.Unsourced, ""}, {"That view", attribution.Anonymous, "economists"}}},
		{"magazines named by common words", "People in the valley reported long lines on Monday. The Hill reported that the vote was delayed.",
			[]want{{"People in the valley", attribution.Anonymous, "People in the valley"}, {"vote was delayed", attribution.Outlet, "The Hill"}}},
		{"asides between subject and verb", "Mayor Tom Reyes spoke on Monday. Reyes, in a televised address Saturday, told residents that the dam was safe.",
			[]want{{"the dam was safe", attribution.Named, "Tom Reyes"}}},
		{"told names a listener, never the speaker", "The dam is safe, told the crowd a man in a red cap.",
			[]want{{"The dam is safe", attribution.Unsourced, ""}}},
		{"a sentence opening with And", "Judge Ana Ruiz ruled on Monday. And she noted that the pardon was valid.",
			[]want{{"the pardon was valid", attribution.Named, "Ana Ruiz"}}},
		{"declining is a refusal only when something is declined", "The jobless rate declined to 4.8% in May, the labor bureau said Friday, down from 5.2%. The firm declined to comment on the rate.",
			[]want{{"The jobless rate declined", attribution.Named, "labor bureau"}, {"declined to comment", attribution.Unsourced, ""}}},
		{"transcript speaker labels", "Radio host Dana Pruitt interviewed the mayor on Monday.\n\nDANA PRUITT: The dam has held for a century. Why worry now?\n\nUPDATE: The interview was edited for length and clarity.\n\nIowa: Tom Reyes, Ana Ruiz, Carlos Mendez and many more.",
			[]want{{"The dam has held", attribution.Named, "Dana Pruitt"}, {"Why worry now", attribution.Named, "Dana Pruitt"},
				{"edited for length", attribution.Unsourced, ""}, {"Tom Reyes, Ana Ruiz", attribution.Unsourced, ""}}},
		{"they and he after unnamed sources", "Critics say the levy is too steep. They argue that it hurts renters.\n\nA senior official said the talks failed. They will resume in May, he said.",
			[]want{{"They argue", attribution.Anonymous, "Critics"}, {"resume in May", attribution.Anonymous, "official"}}},
		{"the news media unnamed", "Almost every major news outlet declared the race over.",
			[]want{{"declared the race", attribution.Outlet, ""}}},
		{"force and power are not words", "The army slammed the town with shells on Monday. The regime moved to assert control over the port. Ruiz slammed the plan as a giveaway.",
			[]want{{"slammed the town", attribution.Unsourced, ""}, {"assert control", attribution.Unsourced, ""}, {"giveaway", attribution.Named, "Ruiz"}}},
		{"where a paper appeared is not what it says", "The paper, written by two chemists and published in a journal on Monday, deals a blow to the plan.",
			[]want{{"deals a blow", attribution.Unsourced, ""}}},
		{"a closing attribution frames the sentence", "The officer returned to duty after an internal review found no fault, the department said.",
			[]want{{"returned to duty", attribution.Named, "department"}}},
		{"a statement is its maker's", "The Port Authority closed the terminal on Tuesday. “Safety comes first,” the statement said.\n\nThe storm hit the coast. The statement said the plant was safe.",
			[]want{{"Safety comes first", attribution.Named, "Port Authority"}, {"plant was safe", attribution.Named, "statement"}}},
		{"a cue in a subordinate clause does not source the main one", "Leading senators called for a delay after the Justice Department indicted 12 officers. The city asked for $5 million, while council members vowed to block it. The video set off protests, which forced the mayor to apologize. With critics accusing him of overreach, the mayor may have undercut his case.",
			[]want{{"Leading senators", attribution.Anonymous, "senators"}, {"asked for $5 million", attribution.Unsourced, ""}, {"set off protests", attribution.Unsourced, ""}, {"undercut his case", attribution.Unsourced, ""}}},
		{"a main clause that says nothing leaves the sentence to its subordinate", "This comes after reports suggesting the port was sold.",
			[]want{{"This comes after", attribution.Outlet, ""}}},
		{"a time clause with as is no attribution", "As the mayor continues to describe the audit as a witch hunt, the council approved the budget. As Reuters reported on Monday, the talks stalled.",
			[]want{{"approved the budget", attribution.Unsourced, ""}, {"talks stalled", attribution.Outlet, "Reuters"}}},
		{"subjects past asides, ages and intros", "Woodrow Reyes, 58, who lives outside Tulsa, says he voted twice. Late on Tuesday, after winning the runoff, Gov. Ana Ruiz (D-N.M.), said, “We will rebuild.” Omar Bell didn’t seem impressed, telling reporters that the plan would fail.",
			[]want{{"voted twice", attribution.Named, "Woodrow Reyes"}, {"We will rebuild", attribution.Named, "Ana Ruiz"}, {"plan would fail", attribution.Named, "Omar Bell"}}},
		{"a gerund after a preposition has no subject", "Canada joined the United States in labeling six cartels as terrorist groups.",
			[]want{{"labeling six cartels", attribution.Unsourced, ""}}},
		{"a person's campaign or office speaks for them", "Senator Dana Pruitt’s campaign said she would back the nominee. “If I were a donor, I’d want answers,” said a party member who asked for anonymity.",
			[]want{{"back the nominee", attribution.Named, "Dana Pruitt"}, {"want answers", attribution.Anonymous, "party member"}}},
		{"honorifics tell people with one surname apart", "Ana Ruiz praised the plan on Monday. Mr. Ruiz wrote that it was a sham.",
			[]want{{"it was a sham", attribution.Named, "Ruiz"}}},
		{"platforms and interviewers are not speakers", "Senator Dana Pruitt took to Twitter to explain her vote. Senator Omar Bell, in an interview with CNN, said the vote was a mistake. Senator Omar Bell met donors in Ohio. The mayor said the meeting was private.",
			[]want{{"explain her vote", attribution.Named, "Dana Pruitt"}, {"vote was a mistake", attribution.Named, "Omar Bell"}, {"meeting was private", attribution.Named, "mayor"}}},
		{"a list of names: the first names the class", "Senators Ana Ruiz, Omar Bell and 18 members of the committee called on the mayor to resign.",
			[]want{{"called on the mayor", attribution.Named, "Ana Ruiz"}}},
		{"responses and indictments are documents", "A terse response from the party only said: “No collusion.” The indictments did reveal that hackers targeted the party.",
			[]want{{"No collusion", attribution.Named, "party"}, {"hackers targeted", attribution.Named, "indictments"}}},
		{"an object with a complement is no inverted speaker", "A handful of senators — Ana Ruiz, Omar Bell — urged the mayor to resign.",
			[]want{{"urged the mayor", attribution.Anonymous, "senators"}}},
		{"a pronoun opening sentence after sentence keeps its person", "“Own it,” Attorney General Ana Ruiz said.\n\nShe has faced criticism since her decision to meet Omar Bell, the husband of the candidate, Dana Bell, on a plane. She has called the meeting a mistake. She said she regretted it.",
			[]want{{"regretted it", attribution.Named, "Ana Ruiz"}}},
		{"acts that use speech verbs", "Governor Ana Ruiz declared a state of emergency on Friday. Ruiz tweeted a link to a video of the flood. Officials were responding to new reports. Ruiz tweeted that the levees would hold.",
			[]want{{"state of emergency", attribution.Unsourced, ""}, {"link to a video", attribution.Unsourced, ""}, {"responding to", attribution.Unsourced, ""}, {"levees would hold", attribution.Named, "Ruiz"}}},
		{"one of the polls by its maker", "Polls show the levy is unpopular. One released this week by the Pew Research Center found 56 percent against it.",
			[]want{{"One released", attribution.Named, "Pew"}}},
		{"datelines and party tags are not speakers", "TULSA, Okla. — Governor Ana Ruiz on Friday defended the levy, saying it was fair.\n\nRep. Omar Bell, R-Okla., the ranking Republican, suggested Sunday that the levy was unfair.",
			[]want{{"defended the levy", attribution.Named, "Ana Ruiz"}, {"levy was unfair", attribution.Named, "Omar Bell"}}},
		{"quantifiers and groups as speakers", "Some say the levy should not rise. A growing number of Republicans are suggesting the party should give in. Mayor Tom Reyes and other Democrats have criticized the levy. Most states have passed the deadline.",
			[]want{{"Some say", attribution.Anonymous, "Some"}, {"growing number", attribution.Anonymous, "Republicans"}, {"Tom Reyes and other", attribution.Named, "Tom Reyes"}, {"Most states", attribution.Unsourced, ""}}},
		{"saying nothing, mentioning things and asides are no statements", "The mayor said nothing new as he passed reporters. The ad mentions neither the mayor nor the council. He made an aggressive - some say unrealistic - pledge to cut taxes.",
			[]want{{"said nothing new", attribution.Unsourced, ""}, {"mentions neither", attribution.Unsourced, ""}, {"aggressive", attribution.Unsourced, ""}}},
		{"an intro clause is no main clause", "Even though the mayor recently decried the ad, the governor is the subject of a new one.",
			[]want{{"Even though", attribution.Unsourced, ""}}},
		{"a closing attribution beats a hedge in an aside", "The ad, reportedly to air in Tulsa, is costing $1 million, the Port Authority confirmed.",
			[]want{{"costing $1 million", attribution.Named, "Port Authority"}}},
		{"a stranded preposition stays in the phrase", "The plan was praised by a number of economists I spoke to this week.",
			[]want{{"praised by", attribution.Anonymous, "spoke to"}}},
		{"slides, letters and passives with both", "In letters to lawmakers, Ronald Weich said the committees were told. The letter said the House had been briefed. According to slides from an internal presentation, growth continued. Senators Ana Ruiz and Omar Bell are both considered vulnerable.",
			[]want{{"House had been briefed", attribution.Named, "Weich"}, {"growth continued", attribution.Named, "slides"}, {"both considered", attribution.Anonymous, ""}}},
		{"connectives before a subject", "Then an unseen announcer concludes: “The port needs us.”",
			[]want{{"announcer concludes", attribution.Anonymous, "announcer"}}},
		{"for its part", "The port authority, for its part, expressed confidence it would win the appeal.",
			[]want{{"expressed confidence", attribution.Named, "port authority"}}},
		{"a description's name speaks", "“Tulsa stuck out as a place to compete,” the campaign manager, Jeff Ortiz, said in an interview. “It is time,” exhorted the mayor’s introducer, actress Dana Pruitt.",
			[]want{{"Tulsa stuck out", attribution.Named, "Jeff Ortiz"}, {"It is time", attribution.Named, "Dana Pruitt"}}},
		{"calling something a verdict", "Senator Omar Bell spoke on Monday. Still, he called the squabble with the council unusual. She called him on Tuesday.",
			[]want{{"squabble", attribution.Named, "Omar Bell"}, {"called him on Tuesday", attribution.Unsourced, ""}}},
		{"one person described is the person just named", "Tulsa Mayor Dana Pruitt signed the order on Friday. The city’s chief executive said parents should decide.\n\nDr. Omar Bell testified on Tuesday. The world’s leading flood expert said the levee would hold.",
			[]want{{"parents should decide", attribution.Named, "Dana Pruitt"}, {"levee would hold", attribution.Named, "Omar Bell"}}},
		{"speaking with nothing said is an act", "Senator Ana Ruiz spoke on Monday. Dr. Omar Bell testified on Tuesday. Bell testified that the levee would hold. Retired Gen. Tom Reyes is speaking out ahead of the vote.",
			[]want{{"spoke on Monday", attribution.Unsourced, ""}, {"testified on Tuesday", attribution.Unsourced, ""}, {"levee would hold", attribution.Named, "Bell"}, {"speaking out", attribution.Named, "Tom Reyes"}}},
		{"a person's remarks and the feds", "Senator Ana Ruiz met the council on Tuesday. Ruiz’s prepared opening remarks blamed the previous mayor. Jobless claims fell to a fresh low, the feds said Thursday.",
			[]want{{"blamed the previous mayor", attribution.Named, "Ana Ruiz"}, {"fresh low", attribution.Named, "U.S. government"}}},
		{"names with non-breaking spaces", "Attorney General Ruth\u00a0Okafor said the case was closed.",
			[]want{{"case was closed", attribution.Named, "Ruth Okafor"}}},
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

func TestKnownPeople(t *testing.T) {
	doc, err := extract.Text([]byte("Budget\n\nThe budget passed on Tuesday. Ruiz said it was balanced.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New(attribution.WithPeople(attribution.KnownPerson{Name: "Ana Ruiz", Role: "Mayor", Official: true}))
	if err != nil {
		t.Fatal(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	s := claims[1].Source
	if claims[1].Class != attribution.Named || s == nil || s.Name != "Ana Ruiz" || s.Role != "Mayor" || !s.Official {
		t.Errorf("got %v %+v, want Ana Ruiz, Mayor, official", claims[1].Class, s)
	}
}

func TestOwnOutlet(t *testing.T) {
	doc, err := extract.HTML(context.Background(), []byte(`<html><head><meta property="og:site_name" content="Reuters"></head><body><article>
<p>A Reuters review of court filings found that the fund lost money in 2019. According to CNN, the fund was closed in May.</p>
</article></body></html>`), "")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := attribution.New()
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(claims) != 2 || claims[0].Class != attribution.Unsourced || claims[1].Class != attribution.Outlet {
		t.Errorf("got %v and %v, want the own outlet's review unsourced and CNN an outlet", claims[0].Class, claims[1].Class)
	}
}

func TestAnonymousDetails(t *testing.T) {
	text, claims := analyze(t, "Two current and two former US officials said the plan was drafted in March. They spoke on condition of anonymity because they were not authorized to discuss it.")
	c := find(t, text, claims, "drafted")
	if c.Class != attribution.Anonymous || c.Source == nil {
		t.Fatalf("class %s, want anonymous", c.Class)
	}
	s := c.Source
	if s.Count != 4 {
		t.Errorf("count %d, want 4", s.Count)
	}
	if s.Affiliation != "US" {
		t.Errorf("affiliation %q, want US", s.Affiliation)
	}
	if !strings.Contains(s.Seniority, "former") {
		t.Errorf("seniority %q, want former", s.Seniority)
	}
	if !strings.Contains(s.AnonymityReason, "not authorized") {
		t.Errorf("anonymity reason %q", s.AnonymityReason)
	}
}

func TestOutletDetails(t *testing.T) {
	text, claims := analyze(t, "According to an exclusive NBC News investigation, the plan was drafted in March. The Ledger has independently confirmed the report.")
	c := find(t, text, claims, "drafted")
	if c.Source == nil || !c.Source.Exclusive {
		t.Fatalf("want an exclusive outlet source, got %+v", c.Source)
	}
	if !c.Source.Confirmed {
		t.Errorf("want the report confirmed")
	}
}

func TestQuoteKinds(t *testing.T) {
	text, claims := analyze(t, "“We will win,” Ruiz said.\n\nRuiz said the count was “deeply flawed” and should be repeated.\n\nRuiz said the count must be repeated.")
	for _, tt := range []struct {
		part string
		want attribution.QuoteKind
	}{{"We will win", attribution.Direct}, {"deeply flawed", attribution.Mixed}, {"must be repeated.", attribution.Indirect}} {
		if got := find(t, text, claims, tt.part).Quote; got != tt.want {
			t.Errorf("%q: quote %s, want %s", tt.part, got, tt.want)
		}
	}
}

// TestBlockQuotes: the paragraphs of a block quotation are the speaker's
// the line before them introduces with a colon, and a journalist named
// with an outlet's possessive reports for that outlet.
func TestBlockQuotes(t *testing.T) {
	doc, err := extract.Markdown([]byte("# The levee holds\n\nThe levee held on Tuesday.\n\nKTUL's Dana Pruitt adds:\n\n> The water rose all night. Nobody slept.\n\nThe town went back to work.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []want{
		{"water rose", attribution.Named, "Dana Pruitt"},
		{"Nobody slept", attribution.Named, "Dana Pruitt"},
		{"back to work", attribution.Unsourced, ""},
	} {
		check(t, doc.Text, claims, w)
	}
	text2, claims2 := analyze(t, "NBC’s Andrea Ruiz said the talks stalled.")
	check(t, text2, claims2, want{"talks stalled", attribution.Outlet, "NBC News"})
}

// TestAnonymityReasonClause checks the clause kept as the reason: from
// "who" or the punctuation that opens it, to what closes it, and reasons
// named as a subject only after a word of cause.
func TestAnonymityReasonClause(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The fund ran dry in May, said an aide who was not authorized to speak publicly, told the Ledger.", "who was not authorized to speak publicly"},
		{"The fund ran dry in May, one official, speaking on condition of anonymity because of a court order, said on Friday.", "speaking on condition of anonymity because of a court order"},
		{"A council staffer who spoke anonymously to describe internal talks said Monday that the fund ran dry in May.", "who spoke anonymously to describe internal talks"},
		{"A donor, who backs the mayor, asked for anonymity to speak freely and said the fund ran dry in May.", "asked for anonymity to speak freely"},
		{"Officials said the fund ran dry in May, declining to be named because the information is classified.", "declining to be named because the information is classified"},
		{"Officials said the fund ran dry in May, citing security concerns.", "citing security concerns"},
		{"Officials said the fund's server held classified information for years.", ""},
		{"Officials said security concerns had grown since May.", ""},
	} {
		text, claims := analyze(t, tc.text)
		c := claims[0]
		if c.Class != attribution.Anonymous || c.Source == nil {
			t.Errorf("%q: class %s, want anonymous", text, c.Class)
			continue
		}
		if c.Source.AnonymityReason != tc.want {
			t.Errorf("%q: reason %q, want %q", text, c.Source.AnonymityReason, tc.want)
		}
	}
}

// TestPronounAfterAgedSubject resolves "he" to the subject of the
// sentence before, though an age stands between its article and its name,
// rather than to a person named later in that sentence.
func TestPronounAfterAgedSubject(t *testing.T) {
	wantSource(t, "Mayor Dana Whitfield said the ferry will run again in June.\n\n"+
		"The 61-year-old Whitfield faces a stiff challenge this fall from council members Rosa Imbert and Tom Greer, of the harbor ward.\n\n"+
		"He repeatedly said the ferry would pay for itself.", "pay for itself", "Dana Whitfield")
}

// wantSource checks that the claim of text holding part is sourced to the
// source named want.
func wantSource(t *testing.T, text, part, want string) {
	t.Helper()
	got, claims := analyze(t, text)
	if c := find(t, got, claims, part); c.Source == nil || c.Source.Name != want {
		t.Errorf("%q: source %+v, want %s", text, c.Source, want)
	}
}

// TestNameAfterTitleRest keeps the rest of a long title out of a person's
// name, and a double first name or an initial in it; after a title whose
// complement is capitalised ("Minister for Foreign Affairs"), it finds
// the speaker, and not a body named that way.
func TestNameAfterTitleRest(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Director of National Intelligence James Whitlow said the ferry will run in June.", "James Whitlow"},
		{"Ending the debate, Maricopa County Recorder Helen Okafor said the ferry will run in June.", "Helen Okafor"},
		{"Anne Marie Whitlow said the ferry will run in June.", "Anne Marie Whitlow"},
		{"J. Russell Whitlow said the ferry will run in June.", "J. Russell Whitlow"},
		{"Minister for Harbor Affairs Ana Okafor said the ferry will run in June.", "Ana Okafor"},
		{"Under Secretary for Management Tom Greer said the ferry will run in June.", "Tom Greer"},
		{"Secretary of State for Transport Dana Whitfield said the ferry will run in June.", "Dana Whitfield"},
		{"Assistant Secretary for Port Security Dana Whitfield said the ferry will run in June. She added: “It will be full.”", "Dana Whitfield"},
		{"Tom Greer, founder of Harbor Rescue Group, a company that trains divers, called the ferry plan \"a disaster.\"", "Tom Greer"},
	} {
		wantSource(t, tc.text, "ferry", tc.want)
	}
}

// TestTestifiedWithTime sources "testified" with a time between it and
// its that-clause, and not the act of testifying alone.
func TestTestifiedWithTime(t *testing.T) {
	for _, tc := range []struct {
		text  string
		class attribution.Class
	}{
		{"Dana Whitfield testified Tuesday that the ferry lost money.", attribution.Named},
		{"Dana Whitfield testified in October that the ferry lost money.", attribution.Named},
		{"Dana Whitfield testified last week: the ferry lost money.", attribution.Named},
		{"Dana Whitfield testified on Tuesday before the ferry committee.", attribution.Unsourced},
	} {
		text, claims := analyze(t, tc.text)
		if c := find(t, text, claims, "ferry"); c.Class != tc.class {
			t.Errorf("%q: class %s, want %s", tc.text, c.Class, tc.class)
		}
	}
}

// TestPronounAfterDateline resolves "he" to the subject that follows a
// dateline's dash, not to a person named later in the sentence.
func TestPronounAfterDateline(t *testing.T) {
	wantSource(t, "HARBOR CITY ― Mayor Dana Whitfield is close to naming a successor to former ferry chief Tom Greer, he told reporters on Thursday.",
		"successor", "Dana Whitfield")
}

// TestSurnameAfterGeneration links a surname to a full name with a
// generational suffix, even where the surname ends as a common adjective
// does and opens the sentence.
func TestSurnameAfterGeneration(t *testing.T) {
	text, claims := analyze(t, "The port hired Theodore Whitlow Jr. and Lena Malous III to argue its case.\n\n"+
		"Whitlow said the ferry case was weak.\n\nMalous said the ferry would run in June.")
	for part, want := range map[string]string{"case was weak": "Theodore Whitlow Jr.", "run in June": "Lena Malous III"} {
		if c := find(t, text, claims, part); c.Source == nil || c.Source.Name != want {
			t.Errorf("%q: source %+v, want %s", part, c.Source, want)
		}
	}
}

// TestThenSaid gives "then added:" after a comma the subject of the verb
// before the comma, and leaves "then went on to" alone.
func TestThenSaid(t *testing.T) {
	text, claims := analyze(t, "Mayor Dana Whitfield spoke on Monday.\n\nShe paused, then added: \"The ferry will run in June.\"\n\n"+
		"She served on the council, then went on to lead the ferry board.")
	if c := find(t, text, claims, "will run"); c.Source == nil || c.Source.Name != "Dana Whitfield" {
		t.Errorf("then added: source %+v, want Dana Whitfield", c.Source)
	}
	if c := find(t, text, claims, "ferry board"); c.Class != attribution.Unsourced {
		t.Errorf("then went on to: class %s, want unsourced", c.Class)
	}
}

// TestAideTo makes "an aide to" someone an unnamed source of its own,
// not whom the aide serves, and leaves "an aide to contact" alone.
func TestAideTo(t *testing.T) {
	for _, text := range []string{
		"An aide to Sen. Dana Whitfield said the ferry will run in June.",
		"Senior advisers to the mayor say the ferry will run in June.",
		"But in recent days, aides to the Harbor Authority say, the ferry has run late.",
	} {
		got, claims := analyze(t, text)
		if c := find(t, got, claims, "ferry"); c.Class != attribution.Anonymous {
			t.Errorf("%q: class %s (source %+v), want anonymous", text, c.Class, c.Source)
		}
	}
	text, claims := analyze(t, "Mayor Dana Whitfield spoke on Monday.\n\nAsked whether she told an aide to contact the ferry board, she said the ferry will run in June.")
	if c := find(t, text, claims, "ferry will run"); c.Source == nil || c.Source.Name != "Dana Whitfield" {
		t.Errorf("an aide to contact: source %+v, want Dana Whitfield", c.Source)
	}
}

// TestSaintInName keeps "St." in the name it opens.
func TestSaintInName(t *testing.T) {
	wantSource(t, "The St. Albans Ferry Coalition said the ferry will run in June.", "ferry will run", "St. Albans Ferry Coalition")
}
