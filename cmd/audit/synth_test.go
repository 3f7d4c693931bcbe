package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
	writeCorpus(tb, dir, from, to, func(i int) string { return synthArticleOf(i, outlets) })
}

// writeCorpus writes the articles [from, to) of a generator into dir as
// NNNNNN.md, in subfolders of 1,000.
func writeCorpus(tb testing.TB, dir string, from, to int, article func(int) string) {
	tb.Helper()
	for i := from; i < to; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
		if i%1000 == 0 || i == from {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				tb.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%06d.md", i)), []byte(article(i)), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// A synthetic corpus of events: article i reports one of the events of
// its block of 24 consecutive articles (3 to 12 events a block, so events
// of 1 to about 12 articles), published 274 articles a day (100,000 a
// year), by one of the made-up outlets. Each event has its own made-up
// names, words and figures, drawn beside a background vocabulary shared
// by all, so that articles of one event resemble each other and those of
// different events share only common words. Article i is always the same
// text.

// synthHash mixes a number (splitmix64).
func synthHash(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

var synthSyllables = []string{"ka", "lo", "mi", "ra", "ten", "vo", "sul", "dar", "ne", "pi", "gor", "ba", "el", "ur", "fin", "tas", "mo", "quen", "zi", "hal"}

// synthWord makes a word of least or least+1 syllables from a seed.
func synthWord(seed uint64, least int) string {
	h := synthHash(seed)
	n := least + int(h%2)
	var b strings.Builder
	for k := 0; k < n; k++ {
		b.WriteString(synthSyllables[(h>>(8*k+4))%uint64(len(synthSyllables))])
	}
	return b.String()
}

func synthTitle(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// synthSeed is an article's number, or another count, as a seed of
// synthHash.
func synthSeed(i int) uint64 {
	if i < 0 {
		panic(fmt.Sprintf("synthetic corpus: %d is no article number", i))
	}
	return uint64(i)
}

// synthPick draws a number in [0, n) from a hash h; n > 0.
func synthPick(h uint64, n int) int {
	return int(h % synthSeed(n)) //nolint:gosec // G115: h % n < n, an int
}

// synthEvent is the event article i reports.
func synthEvent(i int) int {
	block := i / 24
	events := 3 + synthPick(synthHash(synthSeed(block)), 10)
	return block*24 + synthPick(synthHash(synthSeed(i)*31+7), events)
}

func synthEventArticle(i int) string {
	ev := synthSeed(synthEvent(i))
	name := func(k int) string { return synthTitle(synthWord(ev*97+synthSeed(k), 3)) }
	topic := func(k int) string { return synthWord(ev*131+1000003+synthSeed(k), 3) }
	r := synthHash(synthSeed(i) * 7919)
	next := func(n int) int { r = synthHash(r); return synthPick(r, n) }
	bg := func() string { return synthWord(synthSeed(next(2000))*synthSeed(1+next(3)), 2) }
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/274).Format(time.DateOnly)
	outlet := synthOutlets[synthPick(synthHash(synthSeed(i)*13), len(synthOutlets))]
	var b strings.Builder
	fmt.Fprintf(&b, "---\ntitle: %s %s Faces %s %s\noutlet: %s\ndate: %s\n---\n\n", name(0), synthTitle(topic(0)), synthTitle(topic(1)), synthTitle(bg()), outlet, day)
	figure := 100 + int(synthHash(ev)%9000)
	paras := 5 + next(4)
	for k := 0; k < paras; k++ {
		switch next(4) {
		case 0:
			fmt.Fprintf(&b, "%s %s said the %s %s would %s the %s by %d %s.\n\n", name(1+next(2)), name(3), topic(2+next(6)), topic(2+next(6)), bg(), topic(2+next(6)), figure, bg())
		case 1:
			fmt.Fprintf(&b, "\"The %s %s is %s and %s,\" %s %s told reporters in %s.\n\n", topic(2+next(6)), topic(2+next(6)), bg(), bg(), name(1), name(3), name(4))
		case 2:
			fmt.Fprintf(&b, "According to %s, the %s %s of %s %s %s %s near %s.\n\n", synthWires[next(len(synthWires))], bg(), topic(2+next(6)), name(4), bg(), bg(), topic(2+next(6)), name(2))
		default:
			fmt.Fprintf(&b, "The %s %s %s %s %d %s %s, officials said.\n\n", bg(), topic(2+next(6)), bg(), bg(), figure, topic(2+next(6)), bg())
		}
	}
	return b.String()
}
