package attribution

// Grammar words the analyzer reads sentences with. These are closed
// classes of English, not data a newsroom would extend; the open lexicons
// (cues, outlets, institutions, roles, anonymous and vague sources, and the
// word lists: person and organisation nouns, first names, places ...) come
// from the lexicon package.

var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
	"some", "many", "several", "most", "all", "both", "each", "every", "any", "few", "other", "another", "one", "no", "such")

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "a": 1, "an": 1, "another": 1, "dozen": 12, "dozens": 24, "both": 2,
}

// vagueCount words say "some number of": counted as unknown.
var vagueCount = setOf("several", "multiple", "numerous", "various", "some", "many", "few", "handful", "number", "group", "couple")

var auxiliaries = setOf("has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "am", "will", "would", "could",
	"can", "may", "might", "should", "shall", "must", "did", "does", "do", "'s", "'ve", "'d", "'ll", "'re")

var negations = setOf("not", "never", "n't", "no", "neither", "nor", "hardly", "barely")

// adverbs that sit between a subject and its verb without changing who
// speaks; any word ending in -ly is treated the same way.
var midAdverbs = setOf("also", "again", "later", "earlier", "then", "still", "often", "long", "already", "just", "even", "further",
	"first", "once", "twice", "previously", "recently", "soon", "now", "too", "however", "therefore", "meanwhile", "since",
	"ever", "always", "similarly", "likewise", "instead", "herself", "himself", "themselves", "itself",
	"privately", "publicly", "repeatedly", "reportedly", "and", "subsequently", "separately", "last", "week", "today", "yesterday",
	"tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement")

// clauseBreakers end the search for a subject to the left of a verb.
var clauseBreakers = setOf("that", "which", "who", "whom", "whose", "when", "while", "where", "if", "because", "although",
	"though", "after", "before", "since", "as", "but", "or", "so", "than", "until", "unless", "whether", "whereas", "despite",
	"and", "yet", "once", "amid", "even", "without", "by", "to", "for", "with", "into", "about", "over", "under", "against")

// subordinators open a clause that is not the main one.
var subordinators = setOf("if", "when", "while", "although", "though", "because", "after", "before", "since", "unless",
	"whereas", "once", "until", "whether", "as", "despite", "even")

var relatives = setOf("who", "which", "whom", "whose", "that", "what")

var pronouns = map[string]gender{
	"he": male, "him": male, "his": male, "she": female, "her": female, "hers": female,
	"it": neuter, "its": neuter, "they": plural, "them": plural, "their": plural,
}

// gender of a person, as pronouns reveal it.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
	neuter
	plural
)

var honorifics = map[string]gender{"mr.": male, "mrs.": female, "ms.": female, "miss": female, "mr": male, "mrs": female, "ms": female}

var pollHeads = setOf("poll", "polls", "survey", "surveys", "polling")
