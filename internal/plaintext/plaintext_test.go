package plaintext

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
)

// lines joins test input lines with line feeds.
func lines(ls ...string) string { return strings.Join(ls, "\n") + "\n" }

const (
	para1 = "The city council voted on Tuesday to expand the bus network, a decision that officials said would add twelve routes by next spring."
	para2 = "Transit advocates welcomed the plan, though several residents questioned how the city would pay for the additional drivers it needs."
	para3 = "The mayor's office said funding would come from a regional transport grant approved last year, according to a statement released after the vote."
)

func TestParseTextBlocks(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "title, byline, paragraphs, subhead, comment form",
			in: lines("Council Backs Bigger Bus Network", "", "By Maria Lopez", "", para1, "", para2, "",
				"What Happens Next", "", para3, "", "Leave a Reply", "",
				"Your email address will not be published. Required fields are marked *"),
			want: []string{
				"heading: Council Backs Bigger Bus Network",
				"byline: By Maria Lopez",
				"paragraph: " + para1,
				"paragraph: " + para2,
				"heading: What Happens Next",
				"paragraph: " + para3,
				"boilerplate: Leave a Reply",
				"boilerplate: Your email address will not be published. Required fields are marked *",
			},
		},
		{
			name: "one paragraph per line",
			in:   lines("Council backs bigger bus network.", para1, para2, para3),
			want: []string{
				"heading: Council backs bigger bus network.",
				"paragraph: " + para1,
				"paragraph: " + para2,
				"paragraph: " + para3,
			},
		},
		{
			name: "a note pasted with its line breaks is one block",
			in:   lines("Council backs bigger bus network.", para1, "Editor's note: The council has twice", "delayed", "this vote, citing", "the cost of new drivers.", para2),
			want: []string{
				"heading: Council backs bigger bus network.",
				"paragraph: " + para1,
				"boilerplate: Editor's note: The council has twice\ndelayed\nthis vote, citing\nthe cost of new drivers.",
				"paragraph: " + para2,
			},
		},
		{
			name: "a post set in short lines is no claim; one broken line joins its paragraph",
			in: lines("Council backs bigger bus network.", para1, "So proud of the drivers", "who kept the buses running", "through the storm.",
				"— Ana Ruiz (@anaruiz) May 2, 2025", "The mayor said the vote was close and", "the fares would not change.", para2),
			want: []string{
				"heading: Council backs bigger bus network.",
				"paragraph: " + para1,
				"boilerplate: So proud of the drivers\nwho kept the buses running\nthrough the storm.",
				"boilerplate: — Ana Ruiz (@anaruiz) May 2, 2025",
				"paragraph: The mayor said the vote was close and\nthe fares would not change.",
				"paragraph: " + para2,
			},
		},
		{
			name: "no title: the first line is prose",
			in:   lines(para1, para2),
			want: []string{"paragraph: " + para1, "paragraph: " + para2},
		},
		{
			name: "dateline lede is not a title",
			in:   lines("WASHINGTON — The Senate passed the bill on Tuesday.", "", para1),
			want: []string{"paragraph: WASHINGTON — The Senate passed the bill on Tuesday.", "paragraph: " + para1},
		},
		{
			name: "hard-wrapped paragraphs",
			in: lines(
				"Council Backs Bigger Bus Network",
				"",
				"The city council voted on Tuesday to expand the bus network, a",
				"decision that officials said would add twelve routes by next",
				"spring.",
				"Transit advocates welcomed the plan, though several residents",
				"questioned how the city would pay for the additional drivers it",
				"needs.",
				"",
				"The mayor's office said funding would come from a regional",
				"transport grant approved last year."),
			want: []string{
				"heading: Council Backs Bigger Bus Network",
				"paragraph: The city council voted on Tuesday to expand the bus network, a\ndecision that officials said would add twelve routes by next\nspring.",
				"paragraph: Transit advocates welcomed the plan, though several residents\nquestioned how the city would pay for the additional drivers it\nneeds.",
				"paragraph: The mayor's office said funding would come from a regional\ntransport grant approved last year.",
			},
		},
		{
			name: "paragraphs marked by indented first lines",
			in: lines(
				"    The city council voted on Tuesday to expand the bus network, a",
				"decision that officials said would add twelve routes by next spring and",
				"cost about four million dollars over three years, the clerk said.",
				"    Transit advocates welcomed the plan, though several residents",
				"questioned how the city would pay for the additional drivers."),
			want: []string{
				"paragraph: The city council voted on Tuesday to expand the bus network, a\ndecision that officials said would add twelve routes by next spring and\ncost about four million dollars over three years, the clerk said.",
				"paragraph: Transit advocates welcomed the plan, though several residents\nquestioned how the city would pay for the additional drivers.",
			},
		},
		{
			name: "dek under the title is a claim, the repeated title a heading",
			in: lines("Bus Plan Divides Residents", "", "Web Desk", "", "Bus Plan Divides Residents", "",
				"The council's vote tests the city's budget and its promise to cut traffic by half.", "", para1),
			want: []string{
				"heading: Bus Plan Divides Residents",
				"byline: Web Desk",
				"heading: Bus Plan Divides Residents",
				"paragraph: The council's vote tests the city's budget and its promise to cut traffic by half.",
				"paragraph: " + para1,
			},
		},
		{
			name: "title continued after a semicolon",
			in:   lines("Council backs buses; ", "Residents question the cost of twelve new routes.", "", para1, "", para2),
			want: []string{
				"heading: Council backs buses;",
				"heading: Residents question the cost of twelve new routes.",
				"paragraph: " + para1,
				"paragraph: " + para2,
			},
		},
		{
			name: "references on one line, then bullet claims",
			in: lines("Bus plan approved.", para1,
				"Sources: 1. City council minutes, May 2 2. Transit authority annual report 3. Regional grant notice",
				"- The council approved twelve new routes that officials said would open by spring.",
				"- Residents questioned the cost of the plan at a public meeting on Monday night."),
			want: []string{
				"heading: Bus plan approved.",
				"paragraph: " + para1,
				"references: Sources: 1. City council minutes, May 2 2. Transit authority annual report 3. Regional grant notice",
				"list_item: The council approved twelve new routes that officials said would open by spring.",
				"list_item: Residents questioned the cost of the plan at a public meeting on Monday night.",
			},
		},
		{
			name: "references heading and items",
			in: lines(para1, "", para2, "", "References:", "1. City council minutes, 2024.", "2. Transit authority, \"Annual report\", https://example.org/report",
				"", "Further reading:", "• A history of the tramways", "• Bus networks compared"),
			want: []string{
				"paragraph: " + para1,
				"paragraph: " + para2,
				"references: References:",
				"references: City council minutes, 2024.",
				"references: Transit authority, \"Annual report\", https://example.org/report",
				"references: Further reading:",
				"references: A history of the tramways",
				"references: Bus networks compared",
			},
		},
		{
			name: "list items",
			in:   lines(para1, "", "The plan includes:", "- twelve new routes", "* longer evening service", "• lower fares for students", "1. a new depot", "2) more drivers"),
			want: []string{
				"paragraph: " + para1,
				"paragraph: The plan includes:",
				"list_item: twelve new routes",
				"list_item: longer evening service",
				"list_item: lower fares for students",
				"list_item: a new depot",
				"list_item: more drivers",
			},
		},
		{
			name: "quotation lines",
			in:   lines(para1, "", "> We have waited ten years for this,", "> said one resident.", "", para2),
			want: []string{
				"paragraph: " + para1,
				"quote: We have waited ten years for this,\n> said one resident.",
				"paragraph: " + para2,
			},
		},
		{
			name: "advertisement inside prose is prose",
			in: lines(para1, "", "The advertisement campaign for the new routes, which officials said cost about $40,000, will run until June.", "",
				"Advertisement", "", "Read more about the plan, the mayor said, on the city's website before the hearing next week on the budget and the routes."),
			want: []string{
				"paragraph: " + para1,
				"paragraph: The advertisement campaign for the new routes, which officials said cost about $40,000, will run until June.",
				"boilerplate: Advertisement",
				"paragraph: Read more about the plan, the mayor said, on the city's website before the hearing next week on the budget and the routes.",
			},
		},
		{
			name: "prose that starts with By is prose",
			in: lines(para1, "", "By Tuesday, the council had approved the plan.", "", "By contrast, the neighbouring town cut its routes.", "",
				"By 2030, the network will have doubled, officials said.", "", "By Election Day, Ms. Lopez had won the seat."),
			want: []string{
				"paragraph: " + para1,
				"paragraph: By Tuesday, the council had approved the plan.",
				"paragraph: By contrast, the neighbouring town cut its routes.",
				"paragraph: By 2030, the network will have doubled, officials said.",
				"paragraph: By Election Day, Ms. Lopez had won the seat.",
			},
		},
		{
			name: "promotional section",
			in: lines(para1, "", para2, "", "Related:", "", "Council Approves Budget For Next Year", "", "Tram Line Opens To Passengers", "",
				para3),
			want: []string{
				"paragraph: " + para1,
				"paragraph: " + para2,
				"boilerplate: Related:",
				"boilerplate: Council Approves Budget For Next Year",
				"boilerplate: Tram Line Opens To Passengers",
				"paragraph: " + para3,
			},
		},
		{
			name: "comment section closes the article",
			in:   lines(para1, "", para2, "", para3, "", "3 Comments", "", "I think this is a great plan and long overdue for our neighbourhood, honestly."),
			want: []string{
				"paragraph: " + para1,
				"paragraph: " + para2,
				"paragraph: " + para3,
				"boilerplate: 3 Comments",
				"boilerplate: I think this is a great plan and long overdue for our neighbourhood, honestly.",
			},
		},
		{
			name: "author biography at the end",
			in:   lines(para1, "", para2, "", "Maria Lopez, a former transit planner, is a senior fellow at the Urban Mobility Institute."),
			want: []string{
				"paragraph: " + para1,
				"paragraph: " + para2,
				"byline: Maria Lopez, a former transit planner, is a senior fellow at the Urban Mobility Institute.",
			},
		},
		{
			name: "a lede is not a title",
			in:   lines("The mayor confirmed on Friday that the depot will close, her office said.", "", para1),
			want: []string{"paragraph: The mayor confirmed on Friday that the depot will close, her office said.", "paragraph: " + para1},
		},
		{
			name: "a chatty opening is not a title",
			in:   lines("Well, here we go again, don't we?", "", para1),
			want: []string{"paragraph: Well, here we go again, don't we?", "paragraph: " + para1},
		},
		{
			name: "a headline-like line with a period is",
			in:   lines("Depot closes after council vote.", "", para1),
			want: []string{"heading: Depot closes after council vote.", "paragraph: " + para1},
		},
		{
			name: "a title that looks like a source line",
			in:   lines("Sources: Council May Not Back Bus Plan", "", para1),
			want: []string{"heading: Sources: Council May Not Back Bus Plan", "paragraph: " + para1},
		},
		{
			name: "a closing statement about an official is not a biography",
			in:   lines(para1, "", para2, "", "Prosecutor Ana Ruiz is expected to meet the editor of the Gazette this week."),
			want: []string{
				"paragraph: " + para1,
				"paragraph: " + para2,
				"paragraph: Prosecutor Ana Ruiz is expected to meet the editor of the Gazette this week.",
			},
		},
		{
			name: "letters with signatures",
			in: lines("Letters.", "", "The new bus routes will finally connect my street to the hospital, and I am grateful to the council.", "",
				"Anna B. Schmidt.", "", "Springfield, Ill.", "", "Nobody asked the drivers whether they can cover twelve more routes.", "", "— Tom Reyes"),
			want: []string{
				"heading: Letters.",
				"paragraph: The new bus routes will finally connect my street to the hospital, and I am grateful to the council.",
				"byline: Anna B. Schmidt.",
				"byline: Springfield, Ill.",
				"paragraph: Nobody asked the drivers whether they can cover twelve more routes.",
				"byline: — Tom Reyes",
			},
		},
		{
			name: "short sentences and lead-ins stay claims",
			in:   lines(para1, "", "The mayor added:", "", "“It is a good day.”", "", "Nobody objected.", "", "“Out!” the crowd shouted.", "", para2),
			want: []string{
				"paragraph: " + para1,
				"paragraph: The mayor added:",
				"paragraph: “It is a good day.”",
				"paragraph: Nobody objected.",
				"paragraph: “Out!” the crowd shouted.",
				"paragraph: " + para2,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ParseText([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, []byte(tt.in))
			if got := kindsOf(doc); !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestNonProseLines checks single lines between two paragraphs against the
// kind they must get.
func TestNonProseLines(t *testing.T) {
	tests := []struct {
		line string
		want article.BlockKind
	}{
		// Bylines, credits, datelines, time stamps.
		{"Written by Parriva — May 15, 2025", article.Byline},
		{"By Jane Doe", article.Byline},
		{"By JANE DOE and JOHN ROE, Associated Press", article.Byline},
		{"By Jane Doe, Staff Writer | Updated May 15, 2025", article.Byline},
		{"Digital Desk", article.Byline},
		{"News Desk", article.Byline},
		{"Staff Reporter", article.Byline},
		{"Jane Doe reported from Mexico City.", article.Byline},
		{"John Roe contributed reporting.", article.Byline},
		{"Additional reporting by Ana Ruiz; editing by Tom Fox.", article.Byline},
		{"Updated 5:32 PM ET, Thu May 15, 2025", article.Byline},
		{"Published: May 15, 2025", article.Byline},
		{"Posted on 2025-05-15", article.Byline},
		{"Thursday, May 15, 2025", article.Byline},
		{"MEXICO CITY (AP) —", article.Byline},
		{"Associated Press", article.Byline},
		{"Reuters", article.Byline},
		// Boilerplate.
		{"4:40 p.m.:", article.Boilerplate},
		{"Leave a comment", article.Boilerplate},
		{"Tags: transport, council, budget", article.Boilerplate},
		{"ADVERTISEMENT", article.Boilerplate},
		{"Story continues below advertisement", article.Boilerplate},
		{"Trending Now", article.Boilerplate},
		{"Read more", article.Boilerplate},
		{"Read the rest here.", article.Boilerplate},
		{"Read the full statement below:", article.Boilerplate},
		{"Share this:", article.Boilerplate},
		{"Facebook Twitter Email", article.Boilerplate},
		{"E-mail Print Comment", article.Boilerplate},
		{"Editorial note: The figures were revised.", article.Boilerplate},
		{"Fact-checking by Tom Fox", article.Byline},
		{"United Press International", article.Byline},
		{"Text continues below", article.Boilerplate},
		{"Captions: Jane Roe", article.Boilerplate},
		{"Click here to subscribe", article.Boilerplate},
		{"Sign up for our newsletter", article.Boilerplate},
		{"You need Sign In or Sign Up account to post comment.", article.Boilerplate},
		{"You must be logged in to post a comment.", article.Boilerplate},
		{"Follow us on Instagram", article.Boilerplate},
		{"Follow Jane Doe on Twitter @janedoe.", article.Boilerplate},
		{"___", article.Boilerplate},
		{"* * *", article.Boilerplate},
		{"(Photo by John Roe/Getty Images)", article.Boilerplate},
		{"Jane Roe / Reuters.", article.Boilerplate},
		{"Photo: City of Springfield", article.Boilerplate},
		{"Editor's note: This article was amended to correct the number of routes.", article.Boilerplate},
		{"Correction: An earlier version of this story misstated the cost of the plan.", article.Boilerplate},
		{"This story has been updated with comment from the mayor.", article.Boilerplate},
		{"This article originally appeared on Example News.", article.Boilerplate},
		{"ABSTRACT", article.Boilerplate},
		{"FULL TEXT.", article.Boilerplate},
		{"Comments", article.Boilerplate},
		{"© 2025 Springfield Gazette. All rights reserved.", article.Boilerplate},
		{"Copyright 2025 The Example Company", article.Boilerplate},
		{"Watch the full interview below:", article.Boilerplate},
		{"Listen to the podcast episode here.", article.Boilerplate},
		{"The Morning Show airs on Channel 5 weekdays from 6 a.m. to 9 a.m.", article.Boilerplate},
		{"https://example.com/story", article.Boilerplate},
		{"<embed src=\"player\">", article.Boilerplate},
		{"Updated 4: 08 p. m. ET", article.Byline},
		{"Posted on March 3, 2021 4:12:09 PM GMT+02:00", article.Byline},
		{"Gazette Jun 9, 2020, 10.41AM CET", article.Byline},
		{"on Feb 11 2021, 9:47p", article.Byline},
		// Help lines, promotions, call-outs, live-blog openers.
		{"Need help? Visit the county's recovery portal or call the 24-hour hotline at 555-0100.", article.Boilerplate},
		{"If you or someone you know is struggling, call or text the crisis line at 988.", article.Boilerplate},
		{"Related Stories Council delays vote on fares Depot reopens after repairs", article.Boilerplate},
		{"Sponsored Content Five ways to cut your commute", article.Boilerplate},
		{"READERS: How do you get to work? Tell us at the address below.", article.Boilerplate},
		{"SPRINGFIELD (AP) — The Latest on the transit vote (all times EDT):", article.Boilerplate},
		{"The latest on the council's budget talks:", article.Boilerplate},
		{"TRANSIT DIGEST VIA EMAIL!", article.Boilerplate},
		{"- You can receive this daily update every weekday morning via email! Just click here.", article.Boilerplate},
		{"Jane RoeFlagShareLikeReplyJohn Doe 5pts 9:12PMCouncil Votes", article.Boilerplate},
		// Headings.
		{"COUNCIL BACKS BUSES 20 - 13 IN FINAL VOTE", article.Heading},
		{"Joining Forces With The County", article.Heading},
		{"– A long wait –", article.Heading},
		// References.
		{"Sources: 1. City minutes 2. Transit report", article.References},
		{"Source: Springfield Transit Authority", article.References},
		// Prose that shares words with the patterns.
		{"Photos posted to the council's account showed the new buses.", article.Paragraph},
		{"Follow the money, the auditor told reporters on Monday.", article.Paragraph},
		{"Sources said the vote was never in doubt.", article.Paragraph},
		{"Tags on the new buses will show their routes, officials said.", article.Paragraph},
		{"Comments from residents were mostly positive, according to the clerk.", article.Paragraph},
		{"Correction officers at the county jail also ride the buses.", article.Paragraph},
		{"Share prices of the bus maker rose 4 percent on Tuesday.", article.Paragraph},
		{"Subscribers to the transit pass will pay less, the council said.", article.Paragraph},
		{"The report published Tuesday showed a rise in ridership.", article.Paragraph},
		{"Published reports say the depot will cost $12 million.", article.Paragraph},
		{"Mr. Reyes also contributed $300 to the campaign.", article.Paragraph},
		{"Ms. Doe reported from the scene that three buses were damaged.", article.Paragraph},
		{"Latest figures show ridership rising by 8 percent a year.", article.Paragraph},
		{"She's on the Springfield Transit Board.", article.Paragraph},
		{"Nor is the Depot Open.", article.Paragraph},
		{"Maria Lopez and Ana Ruiz are in.", article.Paragraph},
		{"The depot was shut for the night without notice", article.Paragraph},
		{"According to the Springfield Transit Authority", article.Paragraph},
		{"Readers of the Gazette know the depot well.", article.Paragraph},
		{"The latest figures on ridership came out on Monday, and they were good.", article.Paragraph},
		{"Related costs will rise by 3 percent, the council said.", article.Paragraph},
		{"If you ride the bus, you will pay less next year, officials said.", article.Paragraph},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := lines(para1, "", tt.line, "", para2)
			doc, err := ParseText([]byte(in))
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, []byte(in))
			if len(doc.Blocks) != 3 {
				t.Fatalf("got blocks\n%s", strings.Join(kindsOf(doc), "\n"))
			}
			if got := doc.Blocks[1].Kind; got != tt.want {
				t.Errorf("%q: got %s, want %s", tt.line, got, tt.want)
			}
		})
	}
}

func TestParseTextMeta(t *testing.T) {
	in := lines("Council Backs Bigger Bus Network", "", "Written by Maria Lopez and Tom Reyes — May 15, 2025", "", para1, "", para2)
	doc, err := ParseText([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := article.Meta{
		Title:     "Council Backs Bigger Bus Network",
		Authors:   []string{"Maria Lopez", "Tom Reyes"},
		Published: "2025-05-15",
		Language:  "en",
	}
	if m := doc.Meta; m.Title != want.Title || !slices.Equal(m.Authors, want.Authors) || m.Published != want.Published || m.Language != want.Language {
		t.Errorf("meta %+v, want %+v", m, want)
	}
	if doc.Format != article.Text {
		t.Errorf("format %q", doc.Format)
	}
	// A name in capitals is written in title case.
	doc, err = ParseText([]byte(lines("Bus Plan", "", "By JANE DOE and JOHN O'ROE, Associated Press", "", para1)))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Meta.Authors; !slices.Equal(got, []string{"Jane Doe", "John O'roe"}) {
		t.Errorf("authors %q", got)
	}
}

func TestParseTextPositions(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"lf", "Title\n\nFirst paragraph here.\nSecond línea con acentos.\n"},
		{"crlf", "Title\r\n\r\nFirst paragraph here.\r\nSecond línea con acentos.\r\n"},
		{"bom", "\uFEFFTitle\n\nFirst paragraph here.\nSecond línea con acentos.\n"},
		{"cr", "Title\r\rFirst paragraph here.\rSecond línea con acentos.\r"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := []byte(tt.in)
			doc, err := ParseText(raw)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc, raw)
			if want := strings.TrimPrefix(tt.in, bom); doc.Text != want {
				t.Errorf("Text %q, want the file's text %q", doc.Text, want)
			}
			var got []string
			for _, b := range doc.Blocks {
				got = append(got, doc.Slice(b.Span))
			}
			want := []string{"Title", "First paragraph here.", "Second línea con acentos."}
			if !slices.Equal(got, want) {
				t.Fatalf("blocks %q, want %q", got, want)
			}
			if tt.name == "cr" {
				return // positions count line feeds only
			}
			off := strings.Index(doc.Text, "acentos")
			if p := doc.Position(off); p != (article.Position{Line: 4, Column: 18}) {
				t.Errorf("Position of %q = %+v, want 4:18", "acentos", p)
			}
			if p := doc.Position(doc.Blocks[1].Start); p != (article.Position{Line: 3, Column: 1}) {
				t.Errorf("Position of block 1 = %+v, want 3:1", p)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n\t \n", "\uFEFF", "\u00a0\n\u2003"} {
		if _, err := ParseText([]byte(in)); !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseText(%q): err %v, want ErrEmpty", in, err)
		} else if !strings.HasPrefix(err.Error(), "plaintext: ") {
			t.Errorf("ParseText(%q): error %q lacks the package prefix", in, err)
		}
		if _, err := ParseMarkdown([]byte(in)); !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseMarkdown(%q): err %v, want ErrEmpty", in, err)
		}
	}
	for _, in := range []string{"---\ntitle: Only metadata\n---\n", "<!-- nothing -->\n", "![photo](a.png)\n"} {
		if _, err := ParseMarkdown([]byte(in)); !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseMarkdown(%q): err %v, want ErrEmpty", in, err)
		}
	}
}
