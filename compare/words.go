package compare

import (
	"hash/fnv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/lexicon"
)

// word is one word of a text: its folded key, its stem and whether it is
// written with a capital where a sentence does not start.
type word struct {
	lexicon.Token
	stem    string
	name    bool // capitalised, and not only because a sentence starts
	initial bool // first word of a sentence
}

// words splits s into words (punctuation dropped), with byte offsets.
func words(s string) []word { return wordsOf(s, tokenize(s)) }

// wordsOf is words for a text already tokenized.
func wordsOf(s string, toks []lexicon.Token) []word {
	out := make([]word, 0, len(toks))
	initial := true
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch t.Key {
			case ".", "!", "?", ":", `"`, "'", "(", "-":
				initial = true
			}
			if strings.Contains(s[t.Start:t.End], "\n") {
				initial = true
			}
			continue
		}
		if t.Start > 0 && strings.Contains(s[max(0, t.Start-2):t.Start], "\n") {
			initial = true
		}
		w := word{Token: t, stem: stem(t.Key), initial: initial}
		w.name = unicode.IsUpper(r) && !initial && !isStop(t)
		out = append(out, w)
		initial = false
	}
	// A capitalised sentence start is a name when the next word is one
	// too ("Claudia Sheinbaum said"), or when the word is capitalised
	// elsewhere in the text.
	caps := map[string]bool{}
	for _, w := range out {
		if w.name {
			caps[w.Key] = true
		}
	}
	for i := range out {
		w := &out[i]
		if !w.initial || isStop(w.Token) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.Text)
		if !unicode.IsUpper(r) {
			continue
		}
		if caps[w.Key] || (i+1 < len(out) && out[i+1].name && out[i+1].Start-w.End <= 1) {
			w.name = true
		}
	}
	return out
}

// stem strips English plural and possessive endings, so that "cartels"
// and "cartel" are one term.
func stem(k string) string {
	k = strings.TrimSuffix(k, "'s")
	k = strings.TrimSuffix(k, "'")
	n := len(k)
	switch {
	case n > 4 && strings.HasSuffix(k, "ies"):
		return k[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(k, "sses") || strings.HasSuffix(k, "shes") || strings.HasSuffix(k, "ches") || strings.HasSuffix(k, "xes")):
		return k[:n-2]
	case n > 3 && strings.HasSuffix(k, "s") && !strings.HasSuffix(k, "ss") && !strings.HasSuffix(k, "us") && !strings.HasSuffix(k, "is"):
		return k[:n-1]
	}
	return k
}

// content reports whether a word carries meaning of its own: not a
// function word, not a lone letter.
func content(w *word) bool {
	return !isStop(w.Token) && len(w.Key) > 1
}

// isStop reports whether a token is a function word; "US" in capitals is
// a name, "us" is not.
func isStop(t lexicon.Token) bool {
	if !stopwords[t.Key] {
		return false
	}
	return len(t.Text) < 2 || strings.ToUpper(t.Text) != t.Text
}

// hash64 is the term hash every index in this package uses.
func hash64(parts ...string) uint64 {
	h := fnv.New64a()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return h.Sum64()
}

// stopwords are English function words and the verbs of attribution,
// which every news story has and which say nothing of its event.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above across after again against all almost also although always am among an and another any anyone anything are around as at
	back be became because become been before being below between both but by can could did do does doing done down during each either else even ever every
	few for from further get gets got had has have having he her here hers herself him himself his how however i if in into is it its itself just last least less
	like made make many may me might more most much must my myself near neither never no nor not now of off often on once one only or other others our ours ourselves
	out over own per perhaps quite rather s same several shall she should since so some such than that the their theirs them themselves then there these they this
	those though through thus to too toward towards under until up upon us very via was we well were what whatever when where whether which while who whom whose why
	will with within without would yet you your yours yourself also said says say saying told tell tells according added adds stated statement reported report reports
	reportedly noted asked new mr mrs ms dr t don didn doesn isn wasn aren weren won wouldn couldn shouldn ve ll re d m`) {
		m[w] = true
	}
	return m
}()

// languageWords are frequent function words of the languages a news
// archive most often mixes, for telling them apart.
var languageWords = map[string][]string{
	"en": strings.Fields("the and of to in is that for was with on said it by as are from his have has were"),
	"es": strings.Fields("el la los las de del que y en un una por con para es se su al lo como más"),
	"fr": strings.Fields("le la les de des du et en un une est que dans pour sur au aux pas qui par avec"),
	"de": strings.Fields("der die das und ist nicht mit den von zu im ein eine sich auf dem des für auch"),
	"pt": strings.Fields("o a os as de do da dos das que e em um uma para com não por mais ao"),
	"it": strings.Fields("il lo la gli le di del della che e un una per con non sono nel alla anche"),
	"nl": strings.Fields("de het een en van in is dat op te zijn met voor niet die er aan ook"),
}

// languageOrder lists the languages guessLanguage tells apart;
// languageOf maps each of their function words to a bit per language.
var (
	languageOrder = []string{"en", "es", "fr", "de", "pt", "it", "nl"}
	languageOf    = func() map[string]uint8 {
		m := map[string]uint8{}
		for i, lang := range languageOrder {
			for _, w := range languageWords[lang] {
				m[w] |= 1 << i
			}
		}
		return m
	}()
)

// guessLanguage tells the language of a text from its function words, or
// "" when the text is too short or no language stands out.
func guessLanguage(ws []word) string {
	var counts [8]int
	for _, w := range ws {
		bits := languageOf[w.Key]
		for i := 0; bits != 0; i++ {
			if bits&1 != 0 {
				counts[i]++
			}
			bits >>= 1
		}
	}
	best, second := 0, 0
	for i := 1; i < len(languageOrder); i++ {
		if counts[i] > counts[best] {
			best = i
		}
	}
	for i := range languageOrder {
		if i != best {
			second = max(second, counts[i])
		}
	}
	if counts[best] < 8 || counts[best] < 2*second {
		return ""
	}
	return languageOrder[best]
}
