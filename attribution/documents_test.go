package attribution_test

import (
	"testing"

	"github.com/auditnews/audit/attribution"
)

// TestDocumentsAndOutlets checks documents that speak after the article
// introduced them, news organisations' polls and their respondents, and
// names of outlets inside longer names; the sentences are the project's
// own.
func TestDocumentsAndOutlets(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"the report takes the document named earlier, by its maker",
			"A report released in March by the National Academy of Sciences examined the harbor. Dredging has slowed.\n\n“The channel is silting up,” the report concluded.",
			[]want{{"silting up", attribution.Named, "National Academy of Sciences"}}},
		{"a wire credit in the dateline makes no report",
			"BRUSSELS (AFP) — The European Commission published a report on air quality on Monday. The report said that ozone levels rose in 14 cities.",
			[]want{{"ozone levels rose", attribution.Named, "European Commission"}}},
		{"a news organisation's analysis is outlet",
			"A Reuters analysis of port records found that exports fell by a third. The analysis also showed that imports held steady.",
			[]want{{"exports fell", attribution.Outlet, "Reuters"}, {"imports held steady", attribution.Outlet, "Reuters"}}},
		{"a filing speaks for its author",
			"The charge is set out in an affidavit written by Officer Dana Whitfield of the harbor police. The affidavit cited interviews with two dock workers.",
			[]want{{"cited interviews", attribution.Named, "Dana Whitfield"}}},
		{"a statement issued by a body",
			"The Security Council issued a statement calling the launch a violation. The statement noted that further measures would follow.",
			[]want{{"further measures", attribution.Named, "Security Council"}}},
		{"a statement someone spoke in",
			"“We acted lawfully,” Mayor Tom Reyes said in a statement. The county's lawyers met on Friday. The statement added that the permits were valid.",
			[]want{{"permits were valid", attribution.Named, "Tom Reyes"}}},
		{"findings take the survey in view",
			"A survey by the Harbor Institute asked 900 residents about the ferry. The findings show that most riders want later service.",
			[]want{{"most riders", attribution.Named, "Harbor Institute"}}},
		{"a tally by a wire service",
			"The mayor had 2,205 votes, according to a tally by the Associated Press.",
			[]want{{"2,205 votes", attribution.Outlet, "Associated Press"}}},
		{"a sentence in brackets is no aside",
			"(As BuzzFeed News first reported, the senator backed the plan in a 2002 interview.)",
			[]want{{"backed the plan", attribution.Outlet, "BuzzFeed News"}}},
		{"an outlet's joint poll and its respondents",
			"In a CNN/ORC poll released Monday, 41 percent of respondents said the economy was improving. A Reuters/Ipsos poll found a closer race.",
			[]want{{"41 percent", attribution.Outlet, "CNN"}, {"closer race", attribution.Outlet, "Reuters"}}},
		{"an outlet named inside a longer name is none",
			"The Republic of Ghana denies that the vote was rigged. The National Academy of Sciences said the data were sound.",
			[]want{{"vote was rigged", attribution.Named, ""}, {"data were sound", attribution.Named, "National Academy"}}},
		{"a place after the is no weak alias of a magazine",
			"An investigation by the New York state attorney general's office says the agency hid the losses.",
			[]want{{"hid the losses", attribution.Named, ""}}},
		{"an outlet whose name ends in a day word",
			"USA TODAY reported last month that the ferry lost money.",
			[]want{{"ferry lost money", attribution.Outlet, "USA Today"}}},
		{"headlines are no report",
			"The fate of the harbor has grabbed the headlines this summer. The strike jumped into the headlines in May.",
			[]want{{"grabbed the headlines", attribution.Unsourced, ""}, {"jumped into", attribution.Unsourced, ""}}},
		{"the people a poll asked carry it",
			"A CNN poll released Monday found the mayor ahead. Voters say by a 7-point margin that the port should stay open. Republicans surveyed said taxes were too high.\n\nVoters say the levy is unfair.",
			[]want{{"7-point margin", attribution.Outlet, "CNN"}, {"taxes were too high", attribution.Outlet, "CNN"}, {"levy is unfair", attribution.Anonymous, "Voters"}}},
		{"documents as subjects",
			"The inquiry found no wrongdoing by the staff. According to the materials, the fund will invest in ports. The pitch cites returns of 12 percent.",
			[]want{{"no wrongdoing", attribution.Named, "inquiry"}, {"invest in ports", attribution.Named, "materials"}, {"returns of 12", attribution.Named, "pitch"}}},
		{"an official body's report is named, a news report is outlet",
			"Hackers reached the regulator's computers in 2013, according to a congressional report on Wednesday. The driver had slept in her car, a police report indicates. The pier was sold in May, according to press reports.",
			[]want{{"regulator's computers", attribution.Named, "congressional report"}, {"slept in her car", attribution.Named, "police report"},
				{"pier was sold", attribution.Outlet, ""}}},
		{"a count is no document",
			"The mayor spoke for 30 minutes and took no questions. The minutes of the meeting were published on Friday.",
			[]want{{"took no questions", attribution.Unsourced, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, claims := analyze(t, tt.text)
			for _, w := range tt.want {
				check(t, text, claims, w)
			}
		})
	}
}
