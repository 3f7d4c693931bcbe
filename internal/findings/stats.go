package findings

import (
	"github.com/auditnews/audit/internal/words"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
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
	i := 0
	prevWord := ""
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !unicode.IsDigit(r) && r != '$' && r != '€' && r != '£' {
			if unicode.IsLetter(r) {
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
					rr, sz := utf8.DecodeRuneInString(s[j:])
					if !unicode.IsLetter(rr) {
						break
					}
					j += sz
				}
				w := s[i:j]
				// "thousands of", "millions of": an amount in words
				if len(w) >= 6 && w[len(w)-1] == 's' && strings.HasPrefix(strings.TrimLeft(s[j:], " "), "of ") {
					switch lw := strings.ToLower(w); lw {
					case "thousands", "millions", "billions", "hundreds", "dozens":
						return article.Span{Start: span.Start + i, End: span.Start + j}, s[i:j], true
					}
				}
				prevWord = w // lowered only when a number follows
				i = j
				continue
			}
			i += size
			continue
		}
		// a number: digits, separators, currency, percent, scale word
		j := i
		for j < len(s) {
			c := s[j]
			if c >= '0' && c <= '9' || c == ',' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' ||
				c == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9' || c == '$' || c == '%' {
				j++
				continue
			}
			if rr, sz := utf8.DecodeRuneInString(s[j:]); rr == '€' || rr == '£' {
				j += sz
				continue
			}
			break
		}
		num := s[i:j]
		rest := strings.TrimLeft(s[j:], " ")
		next := strings.ToLower(firstWord(rest))
		if isStatistic(num, strings.ToLower(prevWord), next, s[:i], rest) {
			end := j
			if scaleWords[next] {
				end = j + (len(s[j:]) - len(rest)) + len(next)
			}
			return article.Span{Start: span.Start + i, End: span.Start + end}, s[i:end], true
		}
		prevWord = ""
		i = j
		if i < len(s) && s[i] != ' ' {
			// "1st", "19th", "9/11", "ICE-HSI": skip the rest of the token
			for i < len(s) && s[i] != ' ' {
				i++
			}
		}
	}
	return article.Span{}, "", false
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
// around it.
func isStatistic(num, prev, next, before, after string) bool {
	digits := strings.Trim(num, "$€£%")
	if digits == "" {
		return false
	}
	// part of a name: "MS-13", "COVID-19", "F-16", "G7"
	if b := strings.TrimRight(before, "-"); len(b) < len(before) || len(before) > 0 && unicode.IsLetter(lastRune(before)) {
		if len(b) > 0 && unicode.IsLetter(lastRune(b)) {
			return false
		}
	}
	if strings.ContainsAny(num, "$€£%") || scaleWords[next] {
		return true
	}
	// ordinals and labels: "19th", "No. 5", "Section 230"
	if strings.HasPrefix(after, "st ") || strings.HasPrefix(after, "th") || strings.HasPrefix(after, "nd") ||
		strings.HasPrefix(after, "rd") {
		if len(after) == 2 || len(after) > 2 && !unicode.IsLetter(rune(after[2])) {
			return false
		}
	}
	if prev == "no" || prev == "number" || prev == "section" || prev == "article" || prev == "chapter" || prev == "page" ||
		prev == "route" || prev == "flight" || prev == "room" || prev == "act" || prev == "resolution" || prev == "bill" {
		return false
	}
	// dates and times
	if words.Month(prev) > 0 || words.Month(next) > 0 || next == "a" || next == "p" || next == "am" || next == "pm" ||
		strings.HasPrefix(after, ":") || strings.HasPrefix(after, "a.m") || strings.HasPrefix(after, "p.m") {
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
	if strings.HasPrefix(after, "-year") || next == "years" && strings.Contains(before, "aged") {
		return false
	}
	return true
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
