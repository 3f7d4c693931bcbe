package attribution

import "strings"

// Unnamed individuals. "A bartender said", "another said", "one worker
// told us", "each side said", "another New Hampshire Republican added":
// one person or party the article does not name is an anonymous source,
// whatever the noun that describes them.

// indefiniteDeterminers open a phrase about one unnamed member of a kind.
var indefiniteDeterminers = setOf("a", "an", "another", "one", "each", "every")

// agentSuffixes end nouns for people by what they do: "bartender",
// "protester", "activist", "librarian", "fisherman".
var agentSuffixes = []string{"er", "or", "ist", "ian", "man", "woman", "person", "eer"}

// notAgents end as nouns for people do and are none: adverbs,
// comparatives and things.
var notAgents = setOf("later", "earlier", "number", "offer", "cover", "order", "letter", "paper", "water", "matter",
	"center", "centre", "quarter", "border", "power", "other", "after", "under", "over", "never", "ever", "together",
	"rather", "whether", "however", "former", "latter", "error", "factor", "sector", "manner", "dinner", "banner",
	"corner", "shelter", "chapter", "charter", "register", "poster", "trailer", "weather", "winter", "summer", "answer",
	"computer", "server", "monitor", "tractor", "reactor", "merger", "cluster", "disaster", "theater", "theatre",
	"corridor", "meter", "counter", "sticker", "flyer", "flier", "filter", "layer", "trigger", "tower",
	"headquarter", "headquarters", "encounter", "footer", "header", "folder", "binder", "container", "cancer",
	"fever", "anger", "danger", "hunger", "murder", "pressure", "humor", "rumor", "labor", "favor", "honor", "color",
	"behavior", "floor", "door", "mirror", "horror", "terror", "vigor", "major", "minor", "junior", "senior", "prior",
	"interior", "exterior", "superior", "inferior", "motor", "elevator", "indicator", "collar")

// unnamedIndividual reads one person the article describes and does not
// name: a lone "another" or "one"; an indefinite phrase headed by
// a noun for a person, by what they do ("a bartender", "one California
// delegate", "each side"), or by a party ("another New Hampshire
// Republican").
func (st *state) unnamedIndividual(ph nounPhrase) (Source, *entity, outcome) {
	i, p := ph.i, ph.p
	det := st.toks[i].lower
	if _, ok := indefiniteDeterminers[det]; !ok || st.toks[i].cap && !st.atSentenceStart(i) && i+1 < p {
		return Source{}, nil, noMatch
	}
	if p == i+1 {
		if (det == "another" || det == "one") && ph.j == p {
			src, e := st.someone(i, p, ph.j) // "Another said"
			return src, e, matched
		}
		return Source{}, nil, noMatch
	}
	h := &st.toks[p-1]
	switch {
	case h.kind != tWord:
		return Source{}, nil, noMatch
	case h.cap:
		if !st.lx.partyMembers[h.norm()] {
			return Source{}, nil, noMatch
		}
	case !st.personLikeNoun(ph.hw) || st.comparative(p-1):
		return Source{}, nil, noMatch
	}
	src, e := st.someone(i, p, ph.j)
	return src, e, matched
}

// personLikeNoun reports whether a lower-case head names a person or a
// side: a person noun of the lexicon, "side", or a noun for someone by
// what they do; never a document, an organisation or a vague group.
func (st *state) personLikeNoun(hw string) bool {
	if _, anon := st.lx.anonHeads[hw]; anon || st.lx.documentNouns[hw] || st.lx.orgNouns[hw] || st.lx.vagueHeads[hw] || genericOrgNouns[hw] {
		return false // unnamed officials and sources have a reader of their own
	}
	if st.lx.personNouns[hw] || hw == "side" {
		return true
	}
	for w := range notAgents {
		if strings.HasSuffix(hw, w) {
			return false // "megamerger", "call center"
		}
	}
	for _, s := range agentSuffixes {
		if strings.HasSuffix(hw, s) && len(hw) > len(s)+2 {
			return true
		}
	}
	return false
}

// comparative reports whether the -er word at token h compares: "a much
// smaller group", "a bigger share than".
func (st *state) comparative(h int) bool {
	if !strings.HasSuffix(st.toks[h].lower, "er") {
		return false
	}
	if h > 0 {
		switch st.toks[h-1].lower {
		case "much", "far", "even", "slightly", "bit", "little", "lot", "somewhat":
			return true
		}
	}
	return h+1 < len(st.toks) && (st.toks[h+1].lower == "than" || st.toks[h+1].lower == "but")
}

// pastForm reports whether a cue word is a past form, which no noun
// shares: "said", "added", "told".
func pastForm(w string) bool {
	switch w {
	case "said", "told", "wrote", "spoke", "thought", "knew", "saw", "felt", "put":
		return true
	}
	return strings.HasSuffix(w, "ed")
}
