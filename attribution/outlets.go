package attribution

import "strings"

// News organisations the outlet lexicon lacks. Most newspapers and news
// sites carry a masthead word at the end of their name ("The Daily
// Ledger", "Tampa Bay Times", "Arkansas Democrat-Gazette"); local
// broadcasters go by a call sign ("KTVU", "WJLA-TV") or a network and a
// channel ("ABC 7", "Fox 5"). Each is an outlet, so that what it reports,
// and its columns, are outlet claims.

// mastheadOutlet returns the outlet that the name [i, j) gives, a leading
// "the" aside, when the name reads as a newspaper's: two words or more,
// every one capitalised, the last a masthead word, the first no person's
// first name, no title or known body among them. It returns nil
// otherwise.
func (st *state) mastheadOutlet(i, j int) *entity {
	if i < j && st.toks[i].lower == "the" {
		i++
	}
	if j-i < 2 || j-i > 6 {
		return nil
	}
	last := st.toks[j-1].lower
	if h := strings.LastIndexByte(last, '-'); h >= 0 {
		last = last[h+1:] // "Democrat-Gazette"
	}
	if !st.lx.mastheadWords[last] {
		return nil
	}
	for k := i; k < j; k++ {
		t := &st.toks[k]
		if t.kind != tWord || !t.cap || t.possessive() || st.isTitleWord(k) {
			return nil
		}
	}
	if genderOfToken(&st.toks[i]) != unknownGender {
		return nil
	}
	if _, n, ok := st.lx.insts.match(st.toks, i, j); ok && n > 0 {
		return nil // "Capitol Police", a body the lexicon knows
	}
	name := cleanName(st.text(i, j))
	if i > 0 && st.toks[i-1].lower == "the" {
		name = "The " + name
	}
	e := st.ents.add(&entity{name: name, typ: OutletSource, gender: neuter})
	e.outlet = e.name
	return e
}

// callSign reports whether token k is a broadcaster's call sign: four
// capitals opening with K or W ("KTVU", "WBUR"), perhaps with a band
// ("WJLA-TV", "KQED-FM").
func (st *state) callSign(k int) bool {
	t := &st.toks[k]
	if t.kind != tWord || !t.upper {
		return false
	}
	w := st.doc.Text[t.s():t.e()]
	if h := strings.IndexByte(w, '-'); h > 0 {
		switch w[h+1:] {
		case "TV", "FM", "AM", "DT", "HD":
			w = w[:h]
		default:
			return false
		}
	}
	if len(w) != 4 || w[0] != 'K' && w[0] != 'W' || strings.Contains(w, "II") {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	_, nonStation := nonStations[w]
	return !nonStation
}

// nonStations are acronyms shaped as call signs that name other bodies.
var nonStations = setOf("KPMG", "WIPO", "WADA", "WNBA", "WMATA", "WHCA")

// callSignOutlet returns the broadcaster whose call sign is token k, or
// nil.
func (st *state) callSignOutlet(k int) *entity {
	if !st.callSign(k) {
		return nil
	}
	e := st.ents.add(&entity{name: st.text(k, k+1), typ: OutletSource, gender: neuter})
	e.outlet = e.name
	return e
}

// stationPhrase reads a network's local channel: "ABC 7 reported", "Fox 5
// said".
func (st *state) stationPhrase(ph nounPhrase) (Source, *entity, outcome) {
	i, p := ph.i, ph.p
	if st.toks[i].lower == "the" {
		i++
	}
	if p-i != 2 || st.toks[p-1].kind != tNum || len(st.toks[p-1].lower) > 2 {
		return Source{}, nil, noMatch
	}
	if _, n, ok := st.lx.outlets.match(st.toks, i, p-1); !ok || n != 1 {
		return Source{}, nil, noMatch
	}
	e := st.ents.add(&entity{name: st.text(i, p), typ: OutletSource, gender: neuter})
	e.outlet = e.name
	return st.fromEntity(ph.i, ph.j, e), e, matched
}
