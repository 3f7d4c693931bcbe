package attribution_test

import (
	"context"
	"fmt"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
)

func ExampleAnalyzer_Analyze() {
	doc, err := extract.Text([]byte(`Bridge Reopens

Mayor Tom Reyes said the bridge would reopen on Monday. “It will take time,” he added. Critics say the repairs were rushed. According to Reuters, the work cost $2 million.

The bridge carries 40,000 cars a day.
`))
	if err != nil {
		panic(err)
	}
	a, err := attribution.New()
	if err != nil {
		panic(err)
	}
	claims, err := a.Analyze(context.Background(), doc)
	if err != nil {
		panic(err)
	}
	for _, c := range claims {
		src := "-"
		if c.Source != nil {
			src = c.Source.Name
		}
		fmt.Printf("%-9s %-16s %s\n", c.Class, src, doc.Slice(c.Span))
	}
	// Output:
	// named     Tom Reyes        Mayor Tom Reyes said the bridge would reopen on Monday.
	// named     Tom Reyes        “It will take time,” he added.
	// anonymous Critics          Critics say the repairs were rushed.
	// outlet    Reuters          According to Reuters, the work cost $2 million.
	// unsourced -                The bridge carries 40,000 cars a day.
}

func ExampleSource_anonymous() {
	doc, _ := extract.Text([]byte("Talks\n\nTwo senior US officials said the talks had stalled, speaking on condition of anonymity because they were not authorized to discuss them.\n"))
	a, _ := attribution.New()
	claims, _ := a.Analyze(context.Background(), doc)
	s := claims[0].Source
	fmt.Println(claims[0].Class, s.Type, s.Count, s.Seniority, s.Affiliation)
	fmt.Println(s.AnonymityReason)
	// Output:
	// anonymous unnamed_official 2 senior US
	// speaking on condition of anonymity because they were not authorized to discuss them
}
