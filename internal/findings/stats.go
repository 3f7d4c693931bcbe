package findings

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/words"
)

// scaleWords make a count or an amount: "2 million", "thousands of".
var scaleWords = map[string]bool{"hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"million": true, "millions": true, "billion": true, "billions": true, "trillion": true, "trillions": true,
	"percent": true, "per": true, "dozens": true, "%": true}

// findStatistic finds the first statistic in span of text: a number that
// is not a year, a date, a time, an ordinal or a label ("No. 5"), or an
// amount such as "thousands of". It returns its span and text.
func findStatistic(text string, span article.Span) (article.Span, string, bool) {
	s := text[span.Start:span.End]
	if !mayHoldNumber(s) && !strings.Contains(s, "s of ") {
		return article.Span{}, "", false // no digit, no currency, no "thousands of"
	}
	found := func(i, j int) (article.Span, string, bool) {
		return article.Span{Start: span.Start + i, End: span.Start + j}, s[i:j], true
	}
	i := 0
	prevWord := ""
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case unicode.IsDigit(r) || r == '$' || r == '€' || r == '£':
			j := numberEnd(s, i)
			if end, ok := statisticAt(s, i, j, prevWord); ok {
				return found(i, end)
			}
			prevWord = ""
			i = tokenEnd(s, j)
		case unicode.IsLetter(r):
			j := letterWordEnd(s, i)
			if amountInWords(s, i, j) {
				return found(i, j)
			}
			prevWord = s[i:j] // lowered only when a number follows
			i = j
		default:
			i += size
		}
	}
	return article.Span{}, "", false
}

// letterWordEnd returns the end of the word of letters and hyphens that
// starts at s[i].
func letterWordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

// amountInWords reports whether the word s[i:j] is an amount in words:
// "thousands of", "millions of".
func amountInWords(s string, i, j int) bool {
	w := s[i:j]
	if len(w) < 6 || w[len(w)-1] != 's' || !strings.HasPrefix(strings.TrimLeft(s[j:], " "), "of ") {
		return false
	}
	switch strings.ToLower(w) {
	case "thousands", "millions", "billions", "hundreds", "dozens":
		return true
	}
	return false
}

// numberEnd returns the end of the number that starts at s[i]: digits,
// separators between digits, currency signs and percent signs.
func numberEnd(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c >= '0' && c <= '9' || c == '$' || c == '%' ||
			(c == ',' || c == '.') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' {
			j++
			continue
		}
		if r, size := utf8.DecodeRuneInString(s[j:]); r == '€' || r == '£' {
			j += size
			continue
		}
		break
	}
	return j
}

// tokenEnd returns the end of the token s[i] is in: "1st", "19th", "9/11",
// "ICE-HSI" are skipped whole.
func tokenEnd(s string, i int) int {
	for i < len(s) && s[i] != ' ' {
		i++
	}
	return i
}

// statisticAt reports whether the number s[i:j], after the word prevWord,
// is a statistic, and where it ends, with a scale word ("2 million", "40
// percent") if one follows.
func statisticAt(s string, i, j int, prevWord string) (int, bool) {
	rest := strings.TrimLeft(s[j:], " ")
	next := strings.ToLower(firstWord(rest))
	if !isStatistic(s[i:j], strings.ToLower(prevWord), next, s[:i], rest) {
		return 0, false
	}
	if scaleWords[next] {
		return j + (len(s[j:]) - len(rest)) + len(next), true
	}
	return j, true
}

// mayHoldNumber reports whether s holds a digit or a currency sign (the
// first byte of "€" and "£" stand in for them).
func mayHoldNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' || c == '$' || c == 0xE2 || c == 0xC2 {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '%' })
	if i < 0 {
		return s
	}
	if i == 0 && strings.HasPrefix(s, "%") {
		return "%"
	}
	return s[:i]
}

// isStatistic decides whether a number is a statistic given the words
// around it: prev and next in lower case, the text before it and the text
// after it with its spaces trimmed.
func isStatistic(num, prev, next, before, after string) bool {
	digits := strings.Trim(num, "$€£%")
	switch {
	case digits == "" || partOfName(before):
		return false
	case strings.ContainsAny(num, "$€£%") || scaleWords[next]:
		return true
	case ordinal(after) || labels[prev] || dateOrTime(prev, next, after):
		return false
	}
	// a year standing alone
	plain := strings.ReplaceAll(digits, ",", "")
	if len(plain) == 4 && !strings.Contains(digits, ",") && !strings.Contains(plain, ".") && plain >= "1700" && plain <= "2100" {
		return false
	}
	// a lone digit is a count only with a noun of people or things, and
	// even then rarely worth flagging; three digits and more are figures
	if len(plain) == 1 {
		return false
	}
	// ages and the like: "the 46-year-old"
	return !strings.HasPrefix(after, "-year") && !(next == "years" && strings.Contains(before, "aged"))
}

// partOfName reports whether a number after the text before is part of a
// name: "MS-13", "COVID-19", "F-16", "G7".
func partOfName(before string) bool {
	b := strings.TrimRight(before, "-")
	if len(b) == len(before) && (len(before) == 0 || !unicode.IsLetter(lastRune(before))) {
		return false
	}
	return len(b) > 0 && unicode.IsLetter(lastRune(b))
}

// ordinal reports whether a number is an ordinal, by the text after it:
// "19th", "1st", "2nd", "3rd".
func ordinal(after string) bool {
	if !strings.HasPrefix(after, "st ") && !strings.HasPrefix(after, "th") && !strings.HasPrefix(after, "nd") &&
		!strings.HasPrefix(after, "rd") {
		return false
	}
	return len(after) == 2 || len(after) > 2 && !unicode.IsLetter(rune(after[2]))
}

// labels are the words before a number that labels rather than counts:
// "No. 5", "Section 230".
var labels = map[string]bool{"no": true, "number": true, "section": true, "article": true, "chapter": true,
	"page": true, "route": true, "flight": true, "room": true, "act": true, "resolution": true, "bill": true}

// dateOrTime reports whether a number is part of a date or a time, by the
// words before and after it: "May 5", "5 May", "5 p.m.", "5:30".
func dateOrTime(prev, next, after string) bool {
	return words.Month(prev) > 0 || words.Month(next) > 0 || next == "a" || next == "p" || next == "am" || next == "pm" ||
		strings.HasPrefix(after, ":") || strings.HasPrefix(after, "a.m") || strings.HasPrefix(after, "p.m")
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// numbersIn returns the numbers written in digits in s.
func numbersIn(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' }) {
		f = strings.Trim(f, ",.")
		if f != "" && strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			out = append(out, f)
		}
	}
	return out
}
