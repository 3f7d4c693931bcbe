package reports

import (
	"math"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/result"
)

// num writes an integer with thousands separators: 31,325.
func num(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// pct writes a share (0 to 1) as a percentage with one decimal: 42.3%.
func pct(share float64) string { return strconv.FormatFloat(share*100, 'f', 1, 64) + "%" }

// ratio is n/of, 0 when of is 0.
func ratio(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return float64(n) / float64(of)
}

// dec writes a number with d decimals.
func dec(v float64, d int) string { return strconv.FormatFloat(v, 'f', d, 64) }

// plural is "1 claim", "2 claims".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return num(n) + " " + word + "s"
}

// scoreView shows a sourcing score as number, word and colour band.
type scoreView struct {
	Value     string // "77.4", or "-" when nothing was checked
	Band      string // "good", "needs work", "poor"
	BandClass string // good, average, poor: the colour band
}

func newScore(v float64, checked bool) scoreView {
	if !checked {
		return scoreView{Value: "-", Band: "not checked", BandClass: "none"}
	}
	band := findings.Band(int(math.Round(v)))
	return scoreView{Value: dec(v, 1), Band: band, BandClass: printer.BandClass(band)}
}

func articleScore(score *int) scoreView {
	if score == nil {
		return newScore(0, false)
	}
	s := newScore(float64(*score), true)
	s.Value = strconv.Itoa(*score)
	return s
}

// mix counts the claims of each class, in result.Classes order.
type mix [4]int

func (m mix) total() int { return m[0] + m[1] + m[2] + m[3] }

// barSeg is one class's part of a stacked bar, in the bar's units.
type barSeg struct {
	Class string
	X, W  string
}

// bar cuts a bar of width units into the classes' shares.
func (m mix) bar(width float64) []barSeg {
	total := m.total()
	if total == 0 {
		return nil
	}
	var out []barSeg
	x := 0.0
	for i, k := range result.Classes() {
		w := width * float64(m[i]) / float64(total)
		if m[i] > 0 {
			out = append(out, barSeg{Class: k, X: dec(x, 2), W: dec(w, 2)})
		}
		x += w
	}
	return out
}

// mixRow is one class of a sourcing mix table.
type mixRow struct {
	Class string
	Count string
	Share string
}

func (m mix) rows() []mixRow {
	out := make([]mixRow, 4)
	for i, k := range result.Classes() {
		out[i] = mixRow{Class: k, Count: num(m[i]), Share: pct(ratio(m[i], m.total()))}
	}
	return out
}

// shownName is how a page names an outlet: "" is the articles whose
// outlet the archive does not know.
func shownName(outlet string) string {
	if outlet == "" {
		return "No outlet named"
	}
	return outlet
}

// articleTitle is how a list names an article: its title, else the last
// part of its locator.
func articleTitle(title, locator string) string {
	if t := oneSpaced(title); t != "" {
		return t
	}
	return shownInput(locator)
}

// shownInput is an article's input as the pages show it: a URL as it is,
// a file by its name alone, so that a published report does not carry
// the folders of the machine that made the archive.
func shownInput(s string) string {
	if strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") {
		return s
	}
	if i := strings.LastIndexAny(s, `/\`); i >= 0 {
		return s[i+1:]
	}
	return path.Base(s)
}

// typeLabel is a source type as the pages say it: "unnamed official".
func typeLabel(t string) string { return strings.ReplaceAll(t, "_", " ") }

// excerpt cuts text to at most n runes, at a word, with an ellipsis.
func excerpt(s string, n int) string {
	s = oneSpaced(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	var cut string
	if utf8.ValidString(s) {
		at := 0
		for range n {
			_, size := utf8.DecodeRuneInString(s[at:])
			at += size
		}
		cut = s[:at]
	} else {
		cut = string([]rune(s)[:n]) // bytes not UTF-8 become U+FFFD
	}
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// oneSpaced is s with its words parted by one space, and none before or
// after them: strings.Join(strings.Fields(s), " "), s itself when it is
// so already.
func oneSpaced(s string) string {
	space := true // before the first word
	for _, r := range s {
		if !unicode.IsSpace(r) {
			space = false
			continue
		}
		if space || r != ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
		space = true
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
