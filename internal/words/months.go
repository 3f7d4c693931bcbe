package words

import (
	"iter"
	"maps"
)

// months maps the names of months and their abbreviations, in lower case
// and without a period, to the month's number.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
	"november": 11, "nov": 11, "december": 12, "dec": 12,
}

var monthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// MonthName returns the full name, in lower case, of month m (1 to 12).
func MonthName(m int) string { return monthNames[m-1] }

// MonthWords returns the names of months and their abbreviations that
// Month knows, in lower case, in no particular order.
func MonthWords() iter.Seq[string] { return maps.Keys(months) }

// Month returns the number (1 to 12) of the month whose name or
// abbreviation is w, given in lower case without a period ("january",
// "jan", "sept"), or 0.
func Month(w string) int { return months[w] }
