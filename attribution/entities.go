package attribution

import (
	"strings"
)

// entity is someone or something the article mentions that can be a
// source, kept so later mentions ("Sheinbaum", "she", "the president",
// "the agency") resolve to it.
type entity struct {
	name     string // canonical: "Claudia Sheinbaum"
	typ      SourceType
	role     string
	roles    []string // every role or description seen: "president", "businessman"
	official bool
	gender   gender
	mentions []int // token indexes of its mentions, increasing
	plural   bool
	// for outlets and documents
	outlet string
}

// entities is the discourse model of one article.
type entities struct {
	list []*entity
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
	return e
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
	return strings.Contains(strings.ToLower(e.role), r)
}

// find returns the entity with this name, or one whose name ends with it
// (a surname), of a compatible type.
func (es *entities) find(name string, typ SourceType) *entity {
	lname := strings.ToLower(name)
	for i := len(es.list) - 1; i >= 0; i-- {
		e := es.list[i]
		if strings.ToLower(e.name) == lname && (typ == "" || e.typ == typ) {
			return e
		}
	}
	return nil
}

// bySurname finds a person whose full name ends with the given word, or
// whose surname is the given word's surname; or an entity whose name is
// exactly the word.
func (es *entities) bySurname(word string) *entity {
	lw := strings.ToLower(word)
	for i := len(es.list) - 1; i >= 0; i-- {
		e := es.list[i]
		ln := strings.ToLower(e.name)
		if ln == lw {
			return e
		}
		if e.typ == Person && (strings.HasSuffix(ln, " "+lw) || strings.HasPrefix(ln, lw+" ")) {
			return e
		}
	}
	return nil
}

// lastBefore is the latest mention of e before token index k, or -1.
func (e *entity) lastBefore(k int) int {
	for i := len(e.mentions) - 1; i >= 0; i-- {
		if e.mentions[i] < k {
			return e.mentions[i]
		}
	}
	return -1
}

// latest returns the entity mentioned most recently before token index k
// that satisfies ok.
func (es *entities) latest(k int, ok func(*entity) bool) *entity {
	var best *entity
	bestAt := -1
	for _, e := range es.list {
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
