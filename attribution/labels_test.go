package attribution_test

import (
	"testing"

	"github.com/auditnews/audit/attribution"
)

// TestLabelledPassages checks roundups, transcripts and cited remarks: a
// label before a colon, a speaker in capitals inside a quotation, a
// citation in brackets after a passage; the sentences are the project's
// own.
func TestLabelledPassages(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a column introduced with its paper is the paper's",
			"Commentators weighed in after the debate.\n\nDana Reyes, The Harbor Ledger: “The debate was a draw. Neither candidate landed a blow.\n\n“The moderators lost control early.”",
			[]want{{"was a draw", attribution.Outlet, "Harbor Ledger"}, {"landed a blow", attribution.Outlet, "Harbor Ledger"},
				{"lost control", attribution.Outlet, "Harbor Ledger"}}},
		{"a post or a role after the name: the name speaks",
			"Sam Ortiz, on Twitter: “Worst debate I have seen in years.”\n\nPat Lane, former state treasurer: “Voters learned nothing tonight. That is a shame.”",
			[]want{{"Worst debate", attribution.Named, "Sam Ortiz"}, {"That is a shame", attribution.Named, "Pat Lane"}}},
		{"a roundup item after a heading in capitals",
			"FERRY RIDERS WANT LATER BOATS - Harbor Institute: “Most riders surveyed asked for service after 10 p.m. Few wanted higher fares.”",
			[]want{{"Few wanted higher fares", attribution.Named, "Harbor Institute"}}},
		{"a colon that introduces no quotation is no label",
			"Iowa: Tom Reyes, Ana Ruiz, Carlos Mendez and many more.\n\nThe bottom line: the port will close.",
			[]want{{"Tom Reyes, Ana Ruiz", attribution.Unsourced, ""}, {"port will close", attribution.Unsourced, ""}}},
		{"speakers in capitals inside a quoted transcript",
			"The remarks were released on Friday.\n\n“MS. REYES: I think the levy works. We ran the numbers twice.\n\n“PARTICIPANT: What about the schools?\n\n“Q: Will you run again?”",
			[]want{{"levy works", attribution.Named, "Reyes"}, {"numbers twice", attribution.Named, "Reyes"},
				{"about the schools", attribution.Anonymous, "participant"}, {"run again", attribution.Anonymous, "q"}}},
		{"the article's own questions are the writer's",
			"Governor Ana Ruiz spoke with us on Monday.\n\nQ: Will the levy pass this year?\n\nRUIZ: I expect it will pass in May.",
			[]want{{"levy pass", attribution.Unsourced, ""}, {"pass in May", attribution.Named, "Ana Ruiz"}}},
		{"remarks cited in brackets are the speaker's",
			"Governor Ana Ruiz gave paid speeches before her campaign. Excerpts were published on Friday.\n\n“We will fix the roads before winter. Nobody will be left behind.” [Remarks to the Harbor Club, 6/4/13]",
			[]want{{"fix the roads", attribution.Named, "Ana Ruiz"}, {"left behind", attribution.Named, "Ana Ruiz"}}},
		{"a roundup's credit is the outlet's",
			"-Ferry ridership fell by a third in June. [Reuters.]\n\n-The port will hire 40 pilots. [Bloomberg]",
			[]want{{"Ferry ridership", attribution.Outlet, "Reuters"}, {"hire 40 pilots", attribution.Outlet, "Bloomberg"}}},
		{"newspapers and broadcasters the outlet list lacks",
			"The Harbor Gazette reported that the pier would close. KXLT reported that the bridge was shut. ABC 7 said the fire was out. Mayor Don Guardian said the casino would reopen.",
			[]want{{"pier would close", attribution.Outlet, "Harbor Gazette"}, {"bridge was shut", attribution.Outlet, "KXLT"},
				{"fire was out", attribution.Outlet, "ABC 7"}, {"casino would reopen", attribution.Named, "Don Guardian"}}},
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
