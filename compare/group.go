package compare

import (
	"context"
	"iter"
	"runtime"
	"slices"
	"sync"
)

// GroupOptions tune event grouping; the zero value is the default.
type GroupOptions struct {
	// Window is how many days apart two articles of one event may be
	// (default 7). Articles without a date are compared with every
	// article kept.
	Window int `json:"window"`
	// Threshold is the mean similarity to an event's articles at which
	// an article joins it (default 0.7, tuned on ECB+: BENCHMARKS.md).
	Threshold float64 `json:"threshold"`
	// IndexTerms is how many of an article's weightiest terms go into the
	// inverted index that proposes candidates (default 16).
	IndexTerms int `json:"index_terms"`
	// MaxPostings drops from candidate generation a term held by more
	// articles than this in the window (default 1000): such terms propose
	// everything and tell nothing.
	MaxPostings int `json:"max_postings"`
	// DocFreq, when set, gives the inverse document frequencies of the
	// whole collection (counted beforehand) and is not changed; otherwise
	// the grouper counts the articles as they come, so that the first
	// articles of a stream are weighed by few others. On ECB+ the two
	// group equally well (BENCHMARKS.md).
	DocFreq *DocFreq `json:"-"`
	// Workers is how many goroutines of Grouper.Run read articles (their
	// words, names and figures) ahead of the grouper, which takes them in
	// stream order whatever the number (default one per CPU).
	Workers int `json:"-"`
}

// WithDefaults returns the options with the defaults in place of zero
// values: the settings a grouping uses.
func (o GroupOptions) WithDefaults() GroupOptions {
	if o.Window <= 0 {
		o.Window = 7
	}
	if o.Threshold <= 0 {
		o.Threshold = 0.7
	}
	if o.IndexTerms <= 0 {
		o.IndexTerms = 16
	}
	if o.MaxPostings <= 0 {
		o.MaxPostings = 1000
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	return o
}

// Member is one article of an event, as an event listing shows it.
type Member struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Date   string `json:"date"`
	Title  string `json:"title"`
}

// Event is a group of articles judged to report one event. Its ID is the
// ID of its first article.
type Event struct {
	ID      string   `json:"id"`
	Members []Member `json:"members"`
}

// Grouper groups a stream of articles into events. Articles should come
// in date order (an archive lists them so): an event is handed to the
// emit function once no article of it is within the window of the newest
// article, so memory holds only the articles of the window, however long
// the stream. Candidates come from an inverted index of each article's
// weightiest terms, so an article is compared only with the few that
// share them, never with every other.
type Grouper struct {
	opts   GroupOptions
	emit   func(Event) error
	df     *DocFreq
	ownDF  bool // df counts the stream as it comes
	post   map[uint64][]*live
	queue  []*live // in arrival order; dated articles leave from the front
	newest int
	hits   map[*live]int
}

type live struct {
	p     *Profile
	index []uint64
	ev    *openEvent
	dead  bool
}

type openEvent struct {
	Event
	alive int
	live  []*live // its articles in the window
}

// eventSimilarity is the mean similarity of p to the latest members of
// an event within the window.
func (g *Grouper) eventSimilarity(p *Profile, ev *openEvent) float64 {
	n := 0
	for _, m := range ev.live {
		if !m.dead {
			ev.live[n] = m
			n++
		}
	}
	clear(ev.live[n:])
	ev.live = ev.live[:n]
	var sum float64
	k := 0
	for i := len(ev.live) - 1; i >= 0 && k < 20; i-- {
		m := ev.live[i]
		if p.Date >= 0 && m.p.Date >= 0 && abs(p.Date-m.p.Date) > g.opts.Window {
			continue
		}
		sum += Similarity(p, m.p, g.df)
		k++
	}
	if k == 0 {
		return 0
	}
	return sum / float64(k)
}

// NewGrouper returns a grouper handing each finished event to emit.
func NewGrouper(opts GroupOptions, emit func(Event) error) *Grouper {
	g := &Grouper{opts: opts.WithDefaults(), emit: emit, df: opts.DocFreq, post: map[uint64][]*live{}, newest: -1, hits: map[*live]int{}}
	if g.df == nil {
		g.df, g.ownDF = NewDocFreq(), true
	}
	return g
}

// DocFreq returns the document frequencies the grouper weighs terms by:
// the options' table, or the one it counts of the articles added.
func (g *Grouper) DocFreq() *DocFreq { return g.df }

// Add puts one article into its event.
func (g *Grouper) Add(d Doc) error { return g.AddProfile(d, NewProfile(d)) }

// AddProfile is Add with the article's profile, NewProfile(d), made
// beforehand (by another goroutine: profiles take most of the time).
func (g *Grouper) AddProfile(d Doc, p *Profile) error {
	if g.ownDF {
		g.df.Add(p)
	}
	if p.Date > g.newest {
		g.newest = p.Date
		if err := g.evict(g.newest - g.opts.Window); err != nil {
			return err
		}
	}
	l := &live{p: p, index: g.indexTerms(p)}
	// the events of the candidates, each judged by the article's mean
	// similarity to its members (average link: one close member does not
	// pull in an article that fits the rest badly)
	best, bestSim := (*openEvent)(nil), 0.0
	tried := map[*openEvent]bool{}
	for _, c := range g.candidates(l) {
		if tried[c.ev] {
			continue
		}
		tried[c.ev] = true
		if s := g.eventSimilarity(p, c.ev); s >= g.opts.Threshold && s > bestSim {
			best, bestSim = c.ev, s
		}
	}
	if best == nil {
		best = &openEvent{Event: Event{ID: d.ID}}
	}
	best.Members = append(best.Members, Member{ID: d.ID, Outlet: d.Outlet, Date: d.Date, Title: d.Title})
	best.alive++
	best.live = append(best.live, l)
	l.ev = best
	for _, h := range l.index {
		g.post[h] = append(g.post[h], l)
	}
	g.queue = append(g.queue, l)
	return nil
}

// candidates returns the live articles sharing at least two index terms
// with l (one when l has few).
func (g *Grouper) candidates(l *live) []*live {
	clear(g.hits)
	for _, h := range l.index {
		ps := g.post[h]
		if len(ps) > g.opts.MaxPostings {
			continue
		}
		n := 0
		for _, c := range ps {
			if c.dead {
				continue
			}
			ps[n] = c
			n++
			g.hits[c]++
		}
		clear(ps[n:])
		if n == 0 {
			delete(g.post, h)
		} else {
			g.post[h] = ps[:n]
		}
	}
	need := 2
	if len(l.index) < 4 {
		need = 1
	}
	var out []*live
	for c, n := range g.hits {
		if n >= need {
			out = append(out, c)
		}
	}
	// map order must not decide between equal similarities
	slices.SortFunc(out, func(a, b *live) int { return compareStrings(a.p.ID, b.p.ID) })
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// indexTerms returns an article's weightiest terms by TF-IDF, names
// counted twice.
func (g *Grouper) indexTerms(p *Profile) []uint64 {
	type scored struct {
		h uint64
		s float64
	}
	var all []scored
	names := map[uint64]bool{}
	for _, t := range p.names {
		names[t.h] = true
	}
	for _, t := range p.words {
		s := float64(t.w) * g.df.idf(t.h)
		if names[t.h] {
			s *= 2
		}
		all = append(all, scored{t.h, s})
	}
	slices.SortFunc(all, func(a, b scored) int {
		switch {
		case a.s > b.s:
			return -1
		case a.s < b.s:
			return 1
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	})
	out := make([]uint64, 0, g.opts.IndexTerms)
	for i := 0; i < len(all) && i < g.opts.IndexTerms; i++ {
		out = append(out, all[i].h)
	}
	return out
}

// evict drops the dated articles older than cutoff and emits the events
// left with none.
func (g *Grouper) evict(cutoff int) error {
	n := 0
	for _, l := range g.queue {
		if l.p.Date < 0 || l.p.Date >= cutoff {
			g.queue[n] = l
			n++
			continue
		}
		if err := g.drop(l); err != nil {
			return err
		}
	}
	clear(g.queue[n:])
	g.queue = g.queue[:n]
	return nil
}

func (g *Grouper) drop(l *live) error {
	l.dead = true
	l.p = nil
	// take the article out of the index, so that the terms of past
	// events do not pile up
	for _, h := range l.index {
		ps := g.post[h]
		n := 0
		for _, c := range ps {
			if !c.dead {
				ps[n] = c
				n++
			}
		}
		clear(ps[n:])
		if n == 0 {
			delete(g.post, h)
		} else {
			g.post[h] = ps[:n]
		}
	}
	l.ev.alive--
	if l.ev.alive == 0 {
		return g.emit(l.ev.Event)
	}
	return nil
}

// Close emits the events still open, in the order they started.
func (g *Grouper) Close() error {
	var open []*openEvent
	seen := map[*openEvent]bool{}
	for _, l := range g.queue {
		if !seen[l.ev] {
			seen[l.ev] = true
			open = append(open, l.ev)
		}
	}
	g.queue, g.post = nil, map[uint64][]*live{}
	for _, ev := range open {
		if err := g.emit(ev.Event); err != nil {
			return err
		}
	}
	return nil
}

// Run adds every article of a stream (in date order) and closes the
// grouper. Up to the options' Workers goroutines read the articles ahead
// of the grouper; the stream itself is ranged over by one goroutine, and
// Run returns only once it has stopped.
func (g *Grouper) Run(ctx context.Context, docs iter.Seq2[Doc, error]) error {
	if g.opts.Workers == 1 {
		for d, err := range docs {
			if err != nil {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := g.Add(d); err != nil {
				return err
			}
		}
		return g.Close()
	}
	if err := profileAhead(ctx, docs, g.opts.Workers, g.AddProfile); err != nil {
		return err
	}
	return g.Close()
}

// profileAhead makes the profiles of a stream's documents on several
// goroutines and hands each with its document to add, in stream order.
func profileAhead(ctx context.Context, docs iter.Seq2[Doc, error], workers int, add func(Doc, *Profile) error) error {
	type job struct {
		d    Doc
		p    *Profile
		done chan struct{}
	}
	jobs := make(chan *job, 2*workers)
	order := make(chan *job, 4*workers)
	stop := make(chan struct{})
	var streamErr error
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the producer: the one goroutine that ranges over docs
		defer wg.Done()
		defer close(jobs)
		defer close(order)
		for d, err := range docs {
			if err == nil {
				err = ctx.Err()
			}
			if err != nil {
				streamErr = err
				return
			}
			select {
			case <-stop:
				return
			default:
			}
			j := &job{d: d, done: make(chan struct{})}
			select {
			case order <- j:
			case <-stop:
				return
			}
			jobs <- j // the workers take every job until jobs is closed
		}
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.p = NewProfile(j.d)
				close(j.done)
			}
		}()
	}
	var err error
	for j := range order {
		<-j.done
		if err = add(j.d, j.p); err != nil {
			close(stop)
			for range order { // let the producer finish
			}
			break
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return streamErr
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
