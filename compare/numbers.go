package compare

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/lexicon"
)

// Number kinds.
const (
	KindCount   = "count"
	KindPercent = "percent"
	KindMoney   = "money"
	KindYear    = "year"
	KindDate    = "date"
)

// Number is a figure stated in a text, with the words that say what it
// counts.
type Number struct {
	Text  string  `json:"text"`  // as written: "eight", "200,000 to 750,000"
	Value float64 `json:"value"` // "eight" is 8, "1.5 billion" 1.5e9
	// Upper is the top of a range ("200,000 to 750,000"), 0 for none.
	Upper float64 `json:"upper,omitempty"`
	Kind  string  `json:"kind"` // count, percent, money, year or date
	// Approx is a hedge before the figure: "approximately", "more than".
	Approx string `json:"approx,omitempty"`
	// Qualifier is the words between the figure and what it counts:
	// "Latin American drug" in "eight Latin American drug cartels".
	Qualifier string `json:"qualifier,omitempty"`
	// Noun is what the figure counts, as written ("cartels"); Head is its
	// singular key ("cartel").
	Noun string `json:"noun,omitempty"`
	Head string `json:"head,omitempty"`
	// Start and End are code points into the text searched, half-open.
	Start int `json:"start"`
	End   int `json:"end"`
}

var (
	units = map[string]float64{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
		"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
		"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90, "dozen": 12}
	scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "bn": 1e9, "m": 1e6, "b": 1e9, "k": 1e3}
	hedges = [][]string{{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"}, {"up", "to"},
		{"as", "many", "as"}, {"as", "much", "as"}, {"an", "estimated"}, {"about"}, {"approximately"}, {"around"}, {"nearly"},
		{"almost"}, {"roughly"}, {"some"}, {"over"}, {"under"}, {"only"}, {"just"}, {"estimated"}}
	months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
		"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
		"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
		"sept": true, "oct": true, "nov": true, "dec": true}
)

// Numbers finds the figures of a text: digits ("480,000", "1.5", "25%",
// "$14"), number words ("eight", "twenty-five", "a dozen"), scales
// ("1.5 billion"), ranges ("200,000 to 750,000"), years and dates. Ordinals
// and numbers inside names ("MS-13", "19th") are not figures. Offsets are
// code points into s.
func Numbers(s string) []Number { return numbersIn(s, tokenize(s)) }

// numbersIn is Numbers for a text already tokenized.
func numbersIn(s string, toks []lexicon.Token) []Number {
	var out []Number
	for i := 0; i < len(toks); {
		n, next, ok := numberAt(s, toks, i)
		if !ok {
			i++
			continue
		}
		out = append(out, n)
		i = next
	}
	if len(out) == 0 {
		return nil
	}
	// byte offsets to code points, in one pass
	conv := newRuneCounter(s)
	for i := range out {
		out[i].Start, out[i].End = conv.at(out[i].Start), conv.at(out[i].End)
	}
	return out
}

// runeCounter turns increasing byte offsets into code-point offsets.
type runeCounter struct {
	s          string
	byte, rune int
}

func newRuneCounter(s string) *runeCounter { return &runeCounter{s: s} }

func (c *runeCounter) at(off int) int {
	if off < c.byte {
		c.byte, c.rune = 0, 0
	}
	off = min(off, len(c.s))
	c.rune += utf8.RuneCountInString(c.s[c.byte:off])
	c.byte = off
	return c.rune
}

// value reads one number at toks[i]: digits with thousands separators, or
// number words.
func value(toks []lexicon.Token, i int) (numeral, bool) {
	if isDigits(toks[i].Key) {
		return digitsValue(toks, i)
	}
	return wordsValue(toks, i)
}

// numeral is one number as value reads it.
type numeral struct {
	value  float64
	next   int  // the token after it
	digits bool // written in digits
}

// digitsValue reads a number in digits, with its thousands separators:
// "200,000" comes as the tokens 200 , 000 with no spaces between.
func digitsValue(toks []lexicon.Token, i int) (numeral, bool) {
	text := toks[i].Key
	j := i + 1
	for j+1 < len(toks) && toks[j].Key == "," && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
		len(toks[j+1].Key) == 3 && isDigits(toks[j+1].Key) && !strings.Contains(toks[j+1].Key, ".") && !strings.Contains(text, ".") {
		text += toks[j+1].Key
		j += 2
	}
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		return numeral{}, false
	}
	return numeral{value: v, next: j, digits: true}, true
}

// wordsValue reads a number in words: "eight", "a dozen", and tens with
// units, "twenty-five" or "twenty five".
func wordsValue(toks []lexicon.Token, i int) (numeral, bool) {
	v, ok := units[toks[i].Key]
	if !ok {
		return numeral{}, false
	}
	j := i + 1
	if v >= 20 && v < 100 && int(v)%10 == 0 {
		k := j
		if k < len(toks) && toks[k].Key == "-" && toks[k].Start == toks[k-1].End {
			k++
		}
		if k < len(toks) {
			if u, ok := units[toks[k].Key]; ok && u > 0 && u < 10 {
				v += u
				j = k + 1
			}
		}
	}
	return numeral{value: v, next: j}, true
}

func isDigits(k string) bool {
	if k == "" || k[0] < '0' || k[0] > '9' {
		return false
	}
	dots := 0
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && i+1 < len(k):
			dots++
		default:
			return false
		}
	}
	return dots <= 1
}

// numberAt reads a figure starting at toks[i], with its hedge, scale,
// range, unit and the noun it counts.
func numberAt(s string, toks []lexicon.Token, i int) (Number, int, bool) {
	f, ok := readFigure(toks, i)
	if !ok || f.inName() || f.gluedLetters() || f.pronoun() {
		return Number{}, i, false
	}
	f.yearOrDate()
	f.scale()
	f.end = toks[f.next-1].End
	f.upTo()
	f.percent()
	f.moneyWord()
	n := f.n
	n.Approx = hedgeBefore(toks, f.at-boolInt(f.money))
	n.Text = strings.TrimSpace(s[f.start:f.end])
	n.Start, n.End = f.start, f.end
	if n.Kind == KindCount || n.Kind == KindMoney || n.Kind == KindPercent {
		n.Qualifier, n.Noun = nounAfter(toks, f.next)
		n.Head = stem(lexicon.Fold(n.Noun))
	}
	return n, f.next, true
}

// figureScan is a figure as numberAt reads it, one construction at a time.
type figureScan struct {
	toks  []lexicon.Token
	at    int     // the token of the number, after a currency sign or "a"
	next  int     // the token after what is read so far
	start int     // the figure's first byte
	end   int     // and the byte after its last, once the scale is read
	money bool    // after a currency sign
	num   numeral // the number as written, before any scale
	n     Number  // Value, Upper and Kind so far
}

// readFigure reads the number at toks[i], after a currency sign ($14)
// or the "a" of "a dozen".
func readFigure(toks []lexicon.Token, i int) (figureScan, bool) {
	f := figureScan{toks: toks, start: toks[i].Start}
	switch k := toks[i].Key; {
	case k == "$" || k == "€" || k == "£":
		if i+1 >= len(toks) || !isDigits(toks[i+1].Key) {
			return f, false
		}
		f.money = true
		i++
	case k == "a" && i+1 < len(toks) && toks[i+1].Key == "dozen":
		i++
	}
	num, ok := value(toks, i)
	if !ok {
		return f, false
	}
	f.at, f.next, f.num = i, num.next, num
	f.n = Number{Value: num.value, Kind: KindCount}
	if f.money {
		f.n.Kind = KindMoney
	}
	return f, true
}

// inName reports digits inside a name or code: MS-13, COVID-19, F-16.
func (f *figureScan) inName() bool {
	toks, i := f.toks, f.at
	if !f.num.digits || i < 2 || toks[i-1].Key != "-" || toks[i-1].End != toks[i].Start || toks[i-2].End != toks[i-1].Start {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i-2].Text)
	return unicode.IsLetter(r)
}

// gluedLetters reports letters glued to the end of the number other
// than a scale: 19th, 3rd, 10am (but 5bn).
func (f *figureScan) gluedLetters() bool {
	toks, j := f.toks, f.next
	if j >= len(toks) || toks[j].Start != toks[j-1].End || !isWordToken(toks[j].Text) || digitsOnlyWord(toks[j].Key) {
		return false
	}
	_, isScale := scales[toks[j].Key]
	return !isScale
}

// pronoun reports "one" or "zero" in words with no scale after: "one
// of", "no one" are pronouns far more often than counts.
func (f *figureScan) pronoun() bool {
	toks, j := f.toks, f.next
	first := toks[f.at].Key
	return !f.num.digits && (first == "one" || first == "zero") && (j >= len(toks) || scales[toks[j].Key] == 0)
}

// yearOrDate makes a lone whole number a year (four digits, 1800 to
// 2100, no currency) or a date (1 to 31 beside a month; "March 4"
// starts at the month).
func (f *figureScan) yearOrDate() {
	toks, i, j := f.toks, f.at, f.next
	first := toks[i]
	if !f.num.digits || strings.Contains(first.Key, ".") || j != i+1 {
		return
	}
	v := f.num.value
	prevMonth := i > 0 && months[toks[i-1].Key]
	nextMonth := j < len(toks) && months[toks[j].Key]
	switch {
	case v >= 1800 && v <= 2100 && len(first.Key) == 4 && !f.money:
		f.n.Kind = KindYear
	case (prevMonth || nextMonth) && v >= 1 && v <= 31:
		f.n.Kind = KindDate
		if prevMonth {
			f.start = toks[i-1].Start
		}
	}
}

// dated reports a year or a date, which take no scale and no range.
func (f *figureScan) dated() bool { return f.n.Kind == KindYear || f.n.Kind == KindDate }

// scale multiplies by a scale word after the number: 1.5 billion, 200
// million; a short one only glued on (5bn, 10m).
func (f *figureScan) scale() {
	toks, j := f.toks, f.next
	if j >= len(toks) || f.dated() {
		return
	}
	if sc, ok := scales[toks[j].Key]; ok && (len(toks[j].Key) > 2 || toks[j].Start == toks[j-1].End) {
		f.n.Value *= sc
		f.next++
	}
}

// upTo reads the top of a range, above the number as written: 200,000
// to 750,000; 10-15; $5 to $10 million.
func (f *figureScan) upTo() {
	toks, j := f.toks, f.next
	if j+1 >= len(toks) || toks[j].Key != "to" && toks[j].Key != "-" || f.dated() {
		return
	}
	k := j + 1
	if toks[k].Key == "$" {
		k++
	}
	if k >= len(toks) {
		return
	}
	top, ok := value(toks, k)
	if !ok || top.value <= f.num.value {
		return
	}
	upper, next := top.value, top.next
	if next < len(toks) {
		if sc, ok := scales[toks[next].Key]; ok {
			upper *= sc
			next++
		}
	}
	f.n.Upper = upper
	f.next = next
	f.end = toks[next-1].End
}

// percent reads a percent sign or word after the figure: 25%, 25
// percent, 25-pct, 25 per cent.
func (f *figureScan) percent() {
	toks, k := f.toks, f.next
	if k < len(toks) && toks[k].Key == "-" {
		k++
	}
	switch {
	case k < len(toks) && (toks[k].Key == "%" || toks[k].Key == "percent" || toks[k].Key == "pct"):
		f.n.Kind = KindPercent
		f.next = k + 1
		f.end = toks[k].End
	case k+1 < len(toks) && toks[k].Key == "per" && toks[k+1].Key == "cent":
		f.n.Kind = KindPercent
		f.next = k + 2
		f.end = toks[k+1].End
	}
}

// moneyWord makes a count money when a currency follows: 40 dollars,
// 300 pesos.
func (f *figureScan) moneyWord() {
	toks, j := f.toks, f.next
	if f.n.Kind == KindCount && j < len(toks) && (toks[j].Key == "dollars" || toks[j].Key == "pesos" || toks[j].Key == "euros") {
		f.n.Kind = KindMoney
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isWordToken(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func digitsOnlyWord(k string) bool { return isDigits(k) }

// hedgeBefore returns the hedge ending just before toks[i].
func hedgeBefore(toks []lexicon.Token, i int) string {
	for _, h := range hedges {
		if i-len(h) < 0 {
			continue
		}
		ok := true
		for k, w := range h {
			if toks[i-len(h)+k].Key != w {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(h, " ")
		}
	}
	return ""
}

// nounAfter returns the words after a figure up to what it counts: the
// modifiers and the noun, stopping at a function word, a punctuation mark
// or another figure; "top cartel figures", "Latin American drug cartels".
func nounAfter(toks []lexicon.Token, j int) (qualifier, noun string) {
	var ws []string
	for k := j; k < len(toks) && len(ws) < 5; k++ {
		t := toks[k]
		if !isWordToken(t.Text) || isStop(t) || hedgeWords[t.Key] || months[t.Key] || len(ws) > 0 && participle(t.Key) {
			// a hyphen joins words: drug-related, cross-border
			if t.Key == "-" && len(ws) > 0 && k+1 < len(toks) && toks[k+1].Start == t.End && t.Start == toks[k-1].End && isWordToken(toks[k+1].Text) {
				ws[len(ws)-1] += "-" + toks[k+1].Text
				k++
				continue
			}
			break
		}
		if _, ok := units[t.Key]; ok {
			break
		}
		ws = append(ws, t.Text)
	}
	if len(ws) == 0 {
		return "", ""
	}
	return strings.Join(ws[:len(ws)-1], " "), ws[len(ws)-1]
}

// hedgeWords end a counted noun phrase: verbs and adverbs that follow
// figures in news copy.
var hedgeWords = map[string]bool{"killed": true, "dead": true, "died": true, "injured": true, "wounded": true, "ago": true,
	"later": true, "earlier": true, "percent": true, "including": true, "annually": true, "each": true}

// participle reports whether a word after a noun is likely a past
// participle that starts a reduced clause: "weapons smuggled".
func participle(k string) bool {
	return len(k) > 4 && strings.HasSuffix(k, "ed") && !strings.HasSuffix(k, "eed")
}
