package main

import (
	"fmt"
	"strings"
)

// The parts the article is made of: sentences of every sourcing class,
// with names, places and figures that rotate.
var (
	names    = []string{"Maria Delgado", "Tom Reyes", "Ana Ruiz", "Peter Okafor", "Helen Marsh", "Jorge Ibarra", "Lena Fischer", "Samuel Boateng"}
	roles    = []string{"mayor", "transport commissioner", "council president", "budget director", "port authority chief", "state senator"}
	places   = []string{"Riverton", "the harbor district", "Eastfield", "the county", "the northern suburbs", "Lakeside"}
	things   = []string{"toll increase", "bridge repair plan", "ferry contract", "transit levy", "bus lane project", "parking reform"}
	verbs    = []string{"delay", "expand", "cancel", "review", "fund", "reshape"}
	adjs     = []string{"rushed", "overdue", "costly", "popular", "contested", "underfunded"}
	outlets  = []string{"Reuters", "the Associated Press", "The Riverton Courier", "Bloomberg", "the local public radio station"}
	days     = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
	months   = []string{"March", "June", "September", "December"}
	sentence = []func(i int) string{
		func(i int) string {
			return fmt.Sprintf("%s, the %s, said the %s would %s the work in %s before %s.", pick(names, i), pick(roles, i), pick(things, i), pick(verbs, i), pick(places, i), pick(months, i))
		},
		func(i int) string {
			return fmt.Sprintf("\"We are not going to %s the %s while families in %s are still waiting,\" %s said on %s.", pick(verbs, i+1), pick(things, i), pick(places, i+2), pick(names, i+3), pick(days, i))
		},
		func(i int) string {
			return fmt.Sprintf("Two officials familiar with the talks, who spoke on condition of anonymity because they were not authorized to discuss them, said the %s was %s.", pick(things, i+1), pick(adjs, i))
		},
		func(i int) string {
			return fmt.Sprintf("Critics say the %s will %s %s for years.", pick(things, i+2), pick(verbs, i+2), pick(places, i+1))
		},
		func(i int) string {
			return fmt.Sprintf("According to %s, the %s had been %s for %d months.", pick(outlets, i), pick(things, i+3), pick(adjs, i+1), 3+i%20)
		},
		func(i int) string {
			return fmt.Sprintf("The %s cost $%d million last year, up %d percent from the year before.", pick(things, i+4), 12+i%90, 2+i%17)
		},
		func(i int) string {
			return fmt.Sprintf("The council in %s has debated the %s since %d, and a vote is expected in %s.", pick(places, i+3), pick(things, i+5), 2015+i%9, pick(months, i+1))
		},
		func(i int) string {
			return fmt.Sprintf("A spokesperson for the %s office declined to comment on the %s.", pick(roles, i+2), pick(things, i))
		},
	}
)

func pick(list []string, i int) string { return list[i%len(list)] }

// article writes a news article of at least words words: a headline, then
// paragraphs of two or three sentences of every sourcing class.
func article(words int) string {
	var b strings.Builder
	b.WriteString("Riverton Council Weighs Toll Increase as Repair Costs Mount\n\n")
	n := 0
	for i := 0; n < words; i++ {
		var para []string
		for j := 0; j < 2+i%2; j++ {
			k := i*3 + j
			s := sentence[k%len(sentence)](k)
			para = append(para, s)
			n += len(strings.Fields(s))
		}
		b.WriteString(strings.Join(para, " "))
		b.WriteString("\n\n")
	}
	return b.String()
}
