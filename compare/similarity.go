package compare

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/auditnews/audit/internal/sentences"
	"github.com/auditnews/audit/result"
)

// Doc is what same-event judgment and event grouping read of an article.
// An archive hands these out; DocOf makes one of an analysed article.
type Doc struct {
	ID     string
	Outlet string
	Date   string // YYYY-MM-DD, "" where unknown
	Title  string
	Text   string
	Claims []result.Claim
}

// DocOf returns the Doc of an analysed article, with id as its ID.
func DocOf(id string, a *result.Article) Doc {
	return Doc{ID: id, Outlet: a.Meta.Outlet, Date: a.Meta.Published, Title: a.Meta.Title, Text: a.Text, Claims: a.Claims}
}

// term is a term's hash and its weight in one article.
type term struct {
	h uint64
	w float32
}

// Profile is what similarity compares of one article: its words, names,
// figures, quoted words, title and date, reduced to hashed terms. It holds
// no text, so an event grouping can keep many.
type Profile struct {
	ID       string
	Date     int    // days since 1970-01-01, or -1
	Language string // guessed from the words, "" where unsure
	Words    int    // content words

	words  []term // content-word stems, weight 1+ln(tf), sorted by hash
	names  []term // capitalised names
	title  []term
	nums   []uint64 // figures other than years, sorted
	quotes []uint64 // word trigrams inside quotation marks, sorted
}

// NewProfile reads a document.
func NewProfile(d Doc) *Profile {
	p := &Profile{ID: d.ID, Date: parseDay(d.Date)}
	toks := tokenize(d.Text)
	ws := wordsOf(d.Text, toks)
	p.Language = guessLanguage(ws)
	wc, nc := map[uint64]int{}, map[uint64]int{}
	for i := range ws {
		w := &ws[i]
		if !content(w) {
			continue
		}
		p.Words++
		wc[hash64(w.stem)]++
		if w.name {
			nc[hash64(w.stem)]++
		}
	}
	p.words, p.names = terms(wc), terms(nc)
	tc := map[uint64]int{}
	for _, w := range words(d.Title) {
		if content(&w) {
			tc[hash64(w.stem)]++
		}
	}
	p.title = terms(tc)
	seen := map[uint64]bool{}
	for _, n := range numbersIn(d.Text, toks) {
		if n.Kind == KindYear {
			continue
		}
		h := hash64(n.Kind, formatValue(n.Value))
		if !seen[h] {
			seen[h] = true
			p.nums = append(p.nums, h)
		}
	}
	slices.Sort(p.nums)
	p.quotes = quoteShingles(d.Text)
	return p
}

// quoteShingles returns the hashed word trigrams of a text's quotations.
func quoteShingles(text string) []uint64 {
	set := map[uint64]bool{}
	for _, q := range sentences.Quotations(text) {
		var keys []string
		for _, w := range words(text[q.Start:q.End]) {
			keys = append(keys, w.Key)
		}
		for i := 0; i+3 <= len(keys); i++ {
			set[hash64(keys[i], keys[i+1], keys[i+2])] = true
		}
	}
	out := make([]uint64, 0, len(set))
	for h := range set {
		out = append(out, h)
	}
	slices.Sort(out)
	return out
}

func terms(counts map[uint64]int) []term {
	out := make([]term, 0, len(counts))
	for h, c := range counts {
		out = append(out, term{h, float32(1 + math.Log(float64(c)))})
	}
	slices.SortFunc(out, func(a, b term) int {
		switch {
		case a.h < b.h:
			return -1
		case a.h > b.h:
			return 1
		}
		return 0
	})
	return out
}

func parseDay(s string) int {
	if len(s) < 10 {
		return -1
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
}

// DocFreq counts in how many documents each term occurs, for inverse
// document frequencies. Terms are hashed into a fixed table, so its size
// does not grow with the number of documents.
type DocFreq struct {
	n      int
	counts []uint32
}

const dfBits = 20

// NewDocFreq returns an empty table.
func NewDocFreq() *DocFreq { return &DocFreq{counts: make([]uint32, 1<<dfBits)} }

// Add counts the terms of one document.
func (d *DocFreq) Add(p *Profile) {
	d.n++
	for _, t := range p.words {
		d.counts[t.h>>(64-dfBits)]++
	}
}

// Docs returns the number of documents counted.
func (d *DocFreq) Docs() int { return d.n }

// MarshalBinary encodes the table, so that an archive can keep the
// frequencies of its articles: the number of documents and each count
// as unsigned varints (most are 0 or small, and compress well).
func (d *DocFreq) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, len(d.counts)+binary.MaxVarintLen64)
	out = binary.AppendUvarint(out, uint64(d.n)) //nolint:gosec // G115: d.n counts documents: never negative
	for _, c := range d.counts {
		out = binary.AppendUvarint(out, uint64(c))
	}
	return out, nil
}

// UnmarshalBinary reads what MarshalBinary wrote.
func (d *DocFreq) UnmarshalBinary(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > math.MaxInt32 {
		return errors.New("compare: document frequencies: damaged table")
	}
	counts := make([]uint32, 1<<dfBits)
	b = b[k:]
	for i := range counts {
		c, k := binary.Uvarint(b)
		if k <= 0 || c > math.MaxUint32 {
			return errors.New("compare: document frequencies: damaged table")
		}
		counts[i] = uint32(c)
		b = b[k:]
	}
	if len(b) != 0 {
		return errors.New("compare: document frequencies: damaged table")
	}
	d.n, d.counts = int(n), counts
	return nil
}

// idf is the smoothed inverse document frequency of a term.
func (d *DocFreq) idf(h uint64) float64 {
	df := float64(d.counts[h>>(64-dfBits)])
	n := float64(d.n)
	return math.Log(1 + (n+1)/(df+0.5))
}

// pairIDF is the idf of the smoothed formula with two documents: for a
// term in one of them, and for a term in both.
var pairIDF = [2]float64{math.Log(1 + 3/1.5), math.Log(1 + 3/2.5)}

// cosine is the cosine of two weighted term lists, each term's weight
// multiplied by its idf in df; with no table, the two lists are the
// collection (as when a pair is compared alone).
func cosine(a, b []term, df *DocFreq) float64 {
	var dot, na, nb float64
	idf := func(h uint64, both bool) float64 {
		if df != nil {
			return df.idf(h)
		}
		if both {
			return pairIDF[1]
		}
		return pairIDF[0]
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].h < b[j].h:
			x := float64(a[i].w) * idf(a[i].h, false)
			na += x * x
			i++
		case i == len(a) || b[j].h < a[i].h:
			y := float64(b[j].w) * idf(b[j].h, false)
			nb += y * y
			j++
		default:
			w := idf(a[i].h, true)
			x, y := float64(a[i].w)*w, float64(b[j].w)*w
			dot += x * y
			na += x * x
			nb += y * y
			i++
			j++
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// overlap returns the number of hashes two sorted lists share.
func overlap(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Features are the measures same-event similarity combines, each in
// [0,1].
type Features struct {
	Words  float64 `json:"words"`  // TF-IDF cosine of content words
	Names  float64 `json:"names"`  // TF-IDF cosine of capitalised names
	Title  float64 `json:"title"`  // cosine of the titles' words (Words where a title is missing)
	Nums   float64 `json:"nums"`   // share of figures in common (Dice)
	Quotes float64 `json:"quotes"` // share of quoted word trigrams in common
	Days   float64 `json:"days"`   // 1 same day, falling with the days between; 0.5 unknown
}

// Measure computes the features of a pair.
func Measure(a, b *Profile, df *DocFreq) Features {
	f := Features{Words: cosine(a.words, b.words, df), Names: cosine(a.names, b.names, df)}
	if len(a.title) > 0 && len(b.title) > 0 {
		f.Title = cosine(a.title, b.title, df)
	} else {
		f.Title = f.Words
	}
	if n := len(a.nums) + len(b.nums); n > 0 {
		f.Nums = 2 * float64(overlap(a.nums, b.nums)) / float64(n)
	}
	if n := min(len(a.quotes), len(b.quotes)); n > 0 {
		f.Quotes = float64(overlap(a.quotes, b.quotes)) / float64(n)
	}
	f.Days = 0.5
	if a.Date >= 0 && b.Date >= 0 {
		d := a.Date - b.Date
		if d < 0 {
			d = -d
		}
		f.Days = math.Exp(-float64(d) / 4)
	}
	return f
}

// weights of the logistic model that turns features into a same-event
// probability, fitted on the development pairs (BENCHMARKS.md).
var weights = struct{ bias, words, names, title, nums, quotes, days float64 }{
	-2.86, 6.80, 7.35, 8.04, 0.99, 0.62, 5.27,
}

// SameEvent is the similarity at or above which two articles are judged
// to report the same event.
const SameEvent = 0.6

// Score turns features into a same-event similarity in [0,1].
func (f Features) Score() float64 {
	w := weights
	z := w.bias + w.words*f.Words + w.names*f.Names + w.title*f.Title + w.nums*f.Nums + w.quotes*f.Quotes + w.days*(f.Days-0.5)
	return 1 / (1 + math.Exp(-z))
}

// Similarity is the same-event similarity of two articles in [0,1], with
// inverse document frequencies from df, or with df nil from the two
// articles alone.
func Similarity(a, b *Profile, df *DocFreq) float64 {
	return Measure(a, b, df).Score()
}

func formatValue(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
