package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A synthetic corpus: short Markdown articles of made-up outlets, varied
// enough that every class of claim, anonymous sources with and without a
// reason, outlet citations and findings occur. Article i is always the
// same text.

var (
	synthOutlets = []string{"The Harbor Post", "Valley Times", "Northern Ledger", "Coastal Daily", "The Ridge Courier", "Plains Gazette", "Metro Wire"}
	synthPeople  = []string{"Tom Reyes", "Maria Chen", "Ana Lima", "Ben Ortiz", "Carla Diaz", "Sam Park", "Ruth Okafor", "Ivan Petrov", "Lena Fischer", "Omar Haddad"}
	synthRoles   = []string{"Mayor", "Council President", "Governor", "Senator", "Police Chief", "Treasurer"}
	synthWires   = []string{"Reuters", "the Associated Press", "Bloomberg", "CNN", "Politico"}
	synthThings  = []string{"bridge", "ferry contract", "school budget", "water plant", "transit line", "housing plan", "port expansion"}
)

// synthOutletNames makes n outlet names ("The Harbor Post", "Valley
// Times", ...), for corpora of more outlets than synthOutlets.
func synthOutletNames(n int) []string {
	places := []string{"Harbor", "Valley", "Northern", "Coastal", "Ridge", "Plains", "Metro", "River", "Lake", "Summit"}
	kinds := []string{"Post", "Times", "Ledger", "Daily", "Courier", "Gazette", "Herald", "Tribune"}
	out := make([]string, n)
	for i := range out {
		out[i] = "The " + places[i%len(places)] + " " + kinds[(i/len(places))%len(kinds)]
		if i >= len(places)*len(kinds) {
			out[i] += fmt.Sprint(" ", i)
		}
	}
	return out
}

// synthArticleOf is article i of a corpus of the outlets given.
func synthArticleOf(i int, outlets []string) string {
	pick := func(list []string, k int) string { return list[(i*7+k*13+i/len(list))%len(list)] }
	person, other := pick(synthPeople, 1), pick(synthPeople, 2)
	role, thing := pick(synthRoles, 3), pick(synthThings, 4)
	outlet, cited := outlets[i%len(outlets)], synthWires[(i/3)%len(synthWires)]
	day := fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: The %s Plan Faces a Vote, Report %d\noutlet: %s\ndate: %s\nauthor: %s\n---\n\n", thing, i, outlet, day, other)
	paras := []string{
		fmt.Sprintf("The city council will vote on the %s on Tuesday, after %d months of debate.", thing, 2+i%20),
		fmt.Sprintf("%s %s said the %s would cost $%d million and open next year.", role, person, thing, 10+i%90),
		fmt.Sprintf("\"We have waited long enough,\" %s told reporters at city hall.", person),
		"Two officials, who asked not to be named because they were not authorised to speak, said the vote was close.",
		fmt.Sprintf("According to %s, the state may delay the %s.", cited, thing),
		"Critics say the plan favours developers.",
		fmt.Sprintf("A senior official said %d residents had signed a petition.", 100+i%900),
		fmt.Sprintf("The %s drew %d comments at a hearing in March.", thing, 20+i%300),
	}
	for k := 0; k < 5+i%4; k++ {
		b.WriteString(paras[(k+i)%len(paras)])
		b.WriteString("\n\n")
	}
	return b.String()
}

// writeSynth writes articles [from, to) into dir as NNNNNN.md, in
// subfolders of 1,000.
func writeSynth(tb testing.TB, dir string, from, to int) {
	writeSynthOf(tb, dir, from, to, synthOutlets)
}

// writeSynthOf is writeSynth for a corpus of the outlets given.
func writeSynthOf(tb testing.TB, dir string, from, to int, outlets []string) {
	tb.Helper()
	for i := from; i < to; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 || i == from {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%06d.md", i)), []byte(synthArticleOf(i, outlets)), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}
