package attribution_test

import (
	"testing"

	"github.com/auditnews/audit/attribution"
)

// TestUnnamedIndividuals checks that one person or group the article does
// not name is an anonymous source, whatever describes them; the sentences
// are the project's own.
func TestUnnamedIndividuals(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"a person by what they do",
			"A bartender said the crowd was thin. One dock worker told us the plant would close. A retired librarian said she would vote early.",
			[]want{{"crowd was thin", attribution.Anonymous, "bartender"}, {"plant would close", attribution.Anonymous, "worker"},
				{"vote early", attribution.Anonymous, "librarian"}}},
		{"another, one, each side",
			"A fisherman said the catch was down. Another said it was the heat.\n\nEach side said it had won the vote.",
			[]want{{"the heat", attribution.Anonymous, "Another"}, {"had won", attribution.Anonymous, "Each side"}}},
		{"a member of a party, unnamed",
			"“The race is open,” another Vermont Republican added. One Ohio delegate said she was torn.",
			[]want{{"race is open", attribution.Anonymous, "Republican"}, {"was torn", attribution.Anonymous, "delegate"}}},
		{"shares of voters",
			"One in four voters said they had not decided. Majorities in all five counties say the levy is too high.",
			[]want{{"not decided", attribution.Anonymous, ""}, {"levy is too high", attribution.Anonymous, ""}}},
		{"times, comparatives and things are nobody",
			"A month later, the mayor explained the plan. A $20 million merger announced Monday would close the mill. A much smaller group then said the vote was rigged.",
			[]want{{"explained the plan", attribution.Named, "mayor"}, {"close the mill", attribution.Unsourced, ""}}},
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
