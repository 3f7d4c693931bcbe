package attribution

import (
	"sort"
	"strings"
)

// entity is someone or something the article mentions that can be a
// source, kept so later mentions ("Sheinbaum", "she", "the president",
// "the agency") resolve to it.
type entity struct {
	name     string // canonical: "Claudia Sheinbaum"
	lname    string // name, lower-cased
	typ      SourceType
	role     string
	roles    []string // every role or description seen: "president", "businessman"
	official bool
	gender   gender
	mentions []int // token indexes of its mentions, increasing
	plural   bool
	dead     bool // the article reports the person killed or dead
	// for outlets and documents
	outlet string
	maker  *entity // for documents: who made it, where the article says
}

// entities is the discourse model of one article.
type entities struct {
	lowered map[string]string // names already lower-cased
	list    []*entity
	byName  map[string][]*entity // lower-cased name → entities, latest last
	byWords map[string][]*entity // first and last word of person names
}

// lower lower-cases a name, once per distinct name.
func (es *entities) lower(s string) string {
	if es.lowered == nil {
		es.lowered = map[string]string{}
	}
	l, ok := es.lowered[s]
	if !ok {
		l = strings.ToLower(s)
		es.lowered[s] = l
	}
	return l
}

func (es *entities) index(e *entity) {
	if es.byName == nil {
		es.byName = map[string][]*entity{}
		es.byWords = map[string][]*entity{}
	}
	e.lname = es.lower(e.name)
	es.byName[e.lname] = append(es.byName[e.lname], e)
	if e.typ == Person {
		if last, first, ok := nameWords(e.lname); ok {
			es.byWords[last] = append(es.byWords[last], e)
			es.byWords[first] = append(es.byWords[first], e)
		}
	}
}

// nameWords returns the surname and first word of a lower-case name of
// two words or more; the surname is the word before a generational
// suffix ("theodore boutrous jr.").
func nameWords(lname string) (last, first string, ok bool) {
	n := withoutGeneration(lname)
	i := strings.LastIndexByte(n, ' ')
	if i < 0 {
		return "", "", false
	}
	return n[i+1:], n[:strings.IndexByte(n, ' ')], true
}

// rename gives e a new name and indexes it under it.
func (es *entities) rename(e *entity, name string) {
	e.name = name
	es.index(e)
}

func (es *entities) add(e *entity) *entity {
	if old := es.find(e.name, e.typ); old != nil {
		if e.role != "" && old.role == "" {
			old.role = e.role
		}
		for _, r := range e.roles {
			old.addRole(r)
		}
		if old.gender == unknownGender {
			old.gender = e.gender
		}
		old.official = old.official || e.official
		old.mentions = mergeMentions(old.mentions, e.mentions)
		return old
	}
	es.list = append(es.list, e)
	es.index(e)
	return e
}

// truncate forgets the entities added after the first n, newest first:
// what a tentative reading registered and did not keep.
func (es *entities) truncate(n int) {
	for len(es.list) > n {
		e := es.list[len(es.list)-1]
		es.list = es.list[:len(es.list)-1]
		es.byName[e.lname] = dropLast(es.byName[e.lname], e)
		if e.typ == Person {
			if last, first, ok := nameWords(e.lname); ok {
				es.byWords[last] = dropLast(es.byWords[last], e)
				es.byWords[first] = dropLast(es.byWords[first], e)
			}
		}
	}
}

// dropLast removes e from the end of list, where it was appended.
func dropLast(list []*entity, e *entity) []*entity {
	if n := len(list); n > 0 && list[n-1] == e {
		return list[:n-1]
	}
	return list
}

func (e *entity) addRole(r string) {
	r = strings.ToLower(r)
	for _, x := range e.roles {
		if x == r {
			return
		}
	}
	e.roles = append(e.roles, r)
}

func (e *entity) hasRole(r string) bool {
	for _, x := range e.roles {
		if strings.Contains(x, r) {
			return true
		}
	}
	return strings.Contains(strings.ToLower(e.role), r) // roles are few and short
}

// find returns the latest entity with this name, of the given type
// ("" for any).
func (es *entities) find(name string, typ SourceType) *entity {
	key := es.lower(name)
	list := es.byName[key]
	for i := len(list) - 1; i >= 0; i-- {
		e := list[i]
		if e.lname == key && (typ == "" || e.typ == typ) {
			return e
		}
	}
	return nil
}

// bySurname finds the entity named exactly word, or else the latest person
// whose full name starts or ends with it.
func (es *entities) bySurname(word string) *entity {
	return es.bySurnameG(word, unknownGender)
}

// bySurnameG is bySurname for a person of gender g ("Mr. Trump" is not
// Melania Trump); unknownGender accepts anyone.
func (es *entities) bySurnameG(word string, g gender) *entity {
	fits := func(e *entity) bool {
		return g == unknownGender || e.typ != Person || e.gender == unknownGender || e.gender == g
	}
	lw := es.lower(word)
	if e := es.find(word, ""); e != nil && fits(e) {
		return e
	}
	list := es.byWords[lw]
	for i := len(list) - 1; i >= 0; i-- {
		if e := list[i]; e.typ == Person && !e.plural && fits(e) && (strings.HasSuffix(withoutGeneration(e.lname), " "+lw) || strings.HasPrefix(e.lname, lw+" ")) {
			return e
		}
	}
	return nil
}

// withoutGeneration returns a lower-case name without its generational
// suffix: "theodore boutrous jr." is Boutrous's.
func withoutGeneration(lname string) string {
	for _, g := range [...]string{" jr.", " sr.", " jr", " sr", " ii", " iii", " iv"} {
		if n, ok := strings.CutSuffix(lname, g); ok {
			return strings.TrimSuffix(n, ",")
		}
	}
	return lname
}

// lastBefore is the latest mention of e before token index k, or -1.
func (e *entity) lastBefore(k int) int {
	i := sort.SearchInts(e.mentions, k) - 1
	if i < 0 {
		return -1
	}
	return e.mentions[i]
}

// inView returns the entities a reference may resolve to: the maxEntities
// the article introduced last.
func (es *entities) inView() []*entity {
	return es.list[max(0, len(es.list)-maxEntities):]
}

// latest returns the entity mentioned most recently before token index k
// that satisfies ok, among those in view.
func (es *entities) latest(k int, ok func(*entity) bool) *entity {
	var best *entity
	bestAt := -1
	for _, e := range es.inView() {
		if at := e.lastBefore(k); at > bestAt && ok(e) {
			best, bestAt = e, at
		}
	}
	return best
}

func mergeMentions(a, b []int) []int {
	for _, m := range b {
		i := len(a)
		for i > 0 && a[i-1] > m {
			i--
		}
		if i > 0 && a[i-1] == m {
			continue
		}
		a = append(a, 0)
		copy(a[i+1:], a[i:])
		a[i] = m
	}
	return a
}
