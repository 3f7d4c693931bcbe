package compare

import (
	"fmt"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // value/upper kind approx|qualifier|noun, joined by "; "
	}{
		{"Washington designated eight Latin American drug cartels as terrorist organizations.", "8 count |Latin American drug|cartels"},
		{"the designation of six Mexican cartels", "6 count |Mexican|cartels"},
		{"labeling seven drug cartels as", "7 count |drug|cartels"},
		{"an estimated 200,000 to 750,000 weapons smuggled", "200000-750000 count an estimated||weapons"},
		{"has claimed approximately 480,000 lives since 2006.", "480000 count approximately||lives; 2006 year ||"},
		{"sweeping 25-percent tariffs", "25 percent ||tariffs"},
		{"a toll of $14 on Monday, up 3.5% from 1.5 billion", "14 money ||; 3.5 percent ||; 1.5e+09 count ||"},
		{"MS-13 and COVID-19 in the 19th century", ""},
		{"on January 20, twenty-five people", "20 date ||; 25 count ||people"},
		{"one of the most direct", ""},
		{"two current and two former US officials", "2 count ||current; 2 count |former US|officials"},
		{"a dozen eggs", "12 count ||eggs"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, n := range Numbers(tc.text) {
				v := fmt.Sprint(n.Value)
				if n.Upper > 0 {
					v += "-" + fmt.Sprint(n.Upper)
				}
				got = append(got, fmt.Sprintf("%s %s %s|%s|%s", v, n.Kind, n.Approx, n.Qualifier, n.Noun))
				if []rune(tc.text)[n.Start] == ' ' {
					t.Errorf("%q starts on a space", n.Text)
				}
			}
			if g := strings.Join(got, "; "); g != tc.want {
				t.Errorf("got  %q\nwant %q", g, tc.want)
			}
		})
	}
}
