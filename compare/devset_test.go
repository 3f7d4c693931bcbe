package compare

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/bcubed"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

// The development sets are kept outside the repository, at ../shared;
// the tests that read them skip when it is absent.
const sharedCorpus = "../../shared/corpus"

func sharedPath(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{sharedCorpus}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("development data not available: %v", err)
	}
	return p
}

// devDoc is one article of a development corpus.
type devDoc struct {
	Doc
	cluster string // same-event cluster
	topic   string // ECB+ topic: clusters of one topic are confusable
	heldOut bool
}

func readJSONL(t testing.TB, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func ecbDocs(t testing.TB) []devDoc {
	var out []devDoc
	readJSONL(t, sharedPath(t, "ecbplus", "docs.jsonl"), func(b []byte) {
		var d struct {
			DocID     string `json:"doc_id"`
			Topic     int    `json:"topic"`
			ClusterID string `json:"cluster_id"`
			Outlet    string `json:"outlet"`
			Text      string `json:"text"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		out = append(out, devDoc{Doc: Doc{ID: d.DocID, Outlet: d.Outlet, Text: d.Text}, cluster: d.ClusterID,
			topic: fmt.Sprint(d.Topic), heldOut: d.Topic%3 == 0})
	})
	return out
}

func basilDocs(t testing.TB) []devDoc {
	var out []devDoc
	n := 0
	readJSONL(t, sharedPath(t, "basil", "clusters.jsonl"), func(b []byte) {
		var c struct {
			ClusterID string `json:"cluster_id"`
			Articles  []struct {
				File, Outlet, Title, Date string
				Paragraphs                []string
			} `json:"articles"`
		}
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		for _, a := range c.Articles {
			paras := a.Paragraphs
			if len(paras) > 0 && paras[0] == a.Title {
				paras = paras[1:]
			}
			out = append(out, devDoc{Doc: Doc{ID: a.File, Outlet: a.Outlet, Title: a.Title, Date: a.Date, Text: strings.Join(paras, "\n\n")},
				cluster: c.ClusterID, topic: a.Date[:min(4, len(a.Date))], heldOut: n%3 == 0})
		}
		n++
	})
	return out
}

func allsidesDocs(t testing.TB) []devDoc {
	var out []devDoc
	n := 0
	readJSONL(t, sharedPath(t, "allsides", "allsides_headline_roundups_2021-10-19.jsonl"), func(b []byte) {
		var e struct {
			ID    int                        `json:"id"`
			Topic string                     `json:"topic"`
			News  map[string]json.RawMessage `json:"news"`
		}
		if err := json.Unmarshal(b, &e); err != nil {
			t.Fatal(err)
		}
		for _, side := range []string{"left", "center", "right"} {
			raw, ok := e.News[side]
			if !ok {
				continue
			}
			var a struct {
				NewsSource string   `json:"newsSource"`
				NewsTitle  string   `json:"newsTitle"`
				NewBody    []string `json:"newBody"`
			}
			if json.Unmarshal(raw, &a) != nil || len(a.NewBody) == 0 {
				continue
			}
			out = append(out, devDoc{Doc: Doc{ID: fmt.Sprintf("%d-%s", e.ID, side), Outlet: a.NewsSource, Title: a.NewsTitle,
				Text: strings.Join(a.NewBody, "\n\n")}, cluster: fmt.Sprint(e.ID), topic: e.Topic, heldOut: n%3 == 0})
		}
		n++
	})
	return out
}

// gradedPair is two articles and how alike a reader would judge their
// stories: 1 the same event, 0.5 the same topic but another event (ECB+
// sub-topics), 0 unrelated.
type gradedPair struct {
	a, b    int
	grade   float64
	heldOut bool
	corpus  string
}

// devPairs samples graded pairs from a corpus: for each article, one of
// each grade that the corpus offers, both ends in the same split.
func devPairs(docs []devDoc, corpus string, r *rand.Rand) []gradedPair {
	var out []gradedPair
	byCluster := map[string][]int{}
	byTopic := map[string][]int{}
	for i, d := range docs {
		byCluster[d.cluster] = append(byCluster[d.cluster], i)
		byTopic[d.topic] = append(byTopic[d.topic], i)
	}
	pick := func(i int, ok func(j int) bool) int {
		for range 200 {
			j := r.IntN(len(docs))
			if j != i && docs[j].heldOut == docs[i].heldOut && ok(j) {
				return j
			}
		}
		return -1
	}
	for i, d := range docs {
		same := byCluster[d.cluster]
		if len(same) > 1 {
			j := same[r.IntN(len(same))]
			if j != i {
				out = append(out, gradedPair{i, j, 1, d.heldOut, corpus})
			}
		}
		if corpus == "ecb+" {
			if j := pick(i, func(j int) bool { return docs[j].topic == d.topic && docs[j].cluster != d.cluster }); j >= 0 {
				out = append(out, gradedPair{i, j, 0.5, d.heldOut, corpus})
			}
		}
		// unrelated: for BASIL from the same year, so that dates do not
		// give the answer away
		if j := pick(i, func(j int) bool {
			return docs[j].cluster != d.cluster && (corpus != "basil" && docs[j].topic != d.topic || corpus == "basil" && docs[j].topic == d.topic)
		}); j >= 0 {
			out = append(out, gradedPair{i, j, 0, d.heldOut, corpus})
		}
	}
	return out
}

func pearson(x, y []float64) float64 {
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx /= n
	my /= n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	return sxy / math.Sqrt(sxx*syy)
}

func (f Features) vector() []float64 {
	return []float64{f.Words, f.Names, f.Title, f.Nums, f.Quotes, f.Days - 0.5}
}

// fitLogistic fits weights (bias first) by gradient descent on soft
// targets.
func fitLogistic(xs [][]float64, ys []float64) []float64 {
	w := make([]float64, len(xs[0])+1)
	lr := 0.5
	for range 4000 {
		g := make([]float64, len(w))
		for i, x := range xs {
			z := w[0]
			for k, v := range x {
				z += w[k+1] * v
			}
			p := 1 / (1 + math.Exp(-z))
			d := p - ys[i]
			g[0] += d
			for k, v := range x {
				g[k+1] += d * v
			}
		}
		for k := range w {
			w[k] -= lr * g[k] / float64(len(xs))
		}
	}
	return w
}

// TestDevSimilarity measures same-event similarity on graded pairs from
// ECB+, BASIL and AllSides: Pearson correlation with the grade on the
// held-out third, for the TF-IDF cosine of content words and for
// Similarity, with IDF from the pair alone (as 'audit compare A B' has it)
// and from the whole corpus (as an archive has it). With -v it prints the
// logistic weights fitted on the other two thirds.
func TestDevSimilarity(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	rows := similarityRows(t)
	for mode, name := range []string{"pair IDF", "corpus IDF"} {
		var xs [][]float64
		var ys []float64
		for _, r := range rows {
			if !r.held {
				xs = append(xs, r.f[mode].vector())
				ys = append(ys, r.grade)
			}
		}
		w := fitLogistic(xs, ys)
		t.Logf("%s: fitted weights %.2f", name, w)
		for _, corpus := range []string{"all", "ecb+", "basil", "allsides"} {
			scoreSimilarity(t, rows, mode, name, corpus, w)
		}
	}
}

// simRow is a graded pair of development articles with its features,
// measured with the pair's IDF and with the corpus's.
type simRow struct {
	f      [2]Features // pair IDF, corpus IDF
	grade  float64
	held   bool
	corpus string
}

// similarityRows measures the graded pairs of the three corpora.
func similarityRows(t *testing.T) []simRow {
	r := rand.New(rand.NewPCG(1, 2))
	type set struct {
		name string
		docs []devDoc
	}
	sets := []set{{"ecb+", ecbDocs(t)}, {"basil", basilDocs(t)}, {"allsides", allsidesDocs(t)}}
	var rows []simRow
	for _, s := range sets {
		profiles := make([]*Profile, len(s.docs))
		corpus := NewDocFreq()
		for i, d := range s.docs {
			profiles[i] = NewProfile(d.Doc)
			corpus.Add(profiles[i])
		}
		for _, p := range devPairs(s.docs, s.name, r) {
			rows = append(rows, simRow{[2]Features{Measure(profiles[p.a], profiles[p.b], nil), Measure(profiles[p.a], profiles[p.b], corpus)},
				p.grade, p.heldOut, s.name})
		}
	}
	return rows
}

// scoreSimilarity logs the Pearson correlations with the grade of the
// held-out pairs of a corpus ("all" for every one): the TF-IDF cosine's,
// the fitted weights w's and Similarity's, which must be clearly above
// the cosine's on all of them.
func scoreSimilarity(t *testing.T, rows []simRow, mode int, name, corpus string, w []float64) {
	var base, fitted, ours, grade []float64
	for _, r := range rows {
		if !r.held || corpus != "all" && r.corpus != corpus {
			continue
		}
		f := r.f[mode]
		base = append(base, f.Words)
		z := w[0]
		for k, v := range f.vector() {
			z += w[k+1] * v
		}
		fitted = append(fitted, 1/(1+math.Exp(-z)))
		ours = append(ours, f.Score())
		grade = append(grade, r.grade)
	}
	t.Logf("%s %-8s n=%4d  tfidf=%.3f  fitted=%.3f  shipped=%.3f", name, corpus, len(grade),
		pearson(base, grade), pearson(fitted, grade), pearson(ours, grade))
	if corpus != "all" {
		return
	}
	if pearson(ours, grade) < pearson(base, grade)+0.05 {
		t.Errorf("%s: Pearson %.3f, not clearly above TF-IDF cosine's %.3f", name, pearson(ours, grade), pearson(base, grade))
	}
	for _, th := range []float64{0.5, 0.6, 0.7, SameEvent} {
		judged := map[float64][2]int{}
		for i, g := range grade {
			c := judged[g]
			c[1]++
			if ours[i] >= th {
				c[0]++
			}
			judged[g] = c
		}
		t.Logf("  same-event at %.2f: grade 1 %d/%d, grade 0.5 %d/%d, grade 0 %d/%d", th,
			judged[1][0], judged[1][1], judged[0.5][0], judged[0.5][1], judged[0][0], judged[0][1])
	}
}

// groupDocs groups development articles and returns each one's event.
func groupDocs(t *testing.T, docs []devDoc, opts GroupOptions) (map[string]string, int) {
	event := map[string]string{}
	n := 0
	err := NewGrouper(opts, func(e Event) error {
		n++
		for _, m := range e.Members {
			event[m.ID] = e.ID
		}
		return nil
	}).Run(t.Context(), func(yield func(Doc, error) bool) {
		for _, d := range docs {
			if !yield(d.Doc, nil) {
				return
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return event, n
}

// TestDevGrouping groups the ECB+ articles, in a shuffled order, and
// scores the events against the gold clusters with B-cubed: all of them
// at several thresholds, and the held-out third of the topics at the
// default one.
func TestDevGrouping(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	docs := ecbDocs(t)
	r := rand.New(rand.NewPCG(3, 4))
	r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	score := func(docs []devDoc, event map[string]string) (float64, float64, float64, int) {
		var pred, gold []string
		clusters := map[string]bool{}
		for _, d := range docs {
			pred = append(pred, event[d.ID])
			gold = append(gold, d.cluster)
			clusters[d.cluster] = true
		}
		p, rc, f := bcubed.Score(pred, gold)
		return p, rc, f, len(clusters)
	}
	// the collection's document frequencies counted beforehand, as an
	// archive can, against those counted as the stream comes
	corpus := NewDocFreq()
	for _, d := range docs {
		corpus.Add(NewProfile(d.Doc))
	}
	for _, df := range []struct {
		name string
		df   *DocFreq
	}{{"running", nil}, {"corpus", corpus}} {
		for _, th := range []float64{0.5, 0.6, 0.7, 0.8, 0.9} {
			event, n := groupDocs(t, docs, GroupOptions{Threshold: th, DocFreq: df.df})
			p, rc, f, gold := score(docs, event)
			t.Logf("all topics, %s IDF, threshold %.2f: %d events for %d gold clusters; B-cubed P=%.3f R=%.3f F1=%.3f", df.name, th, n, gold, p, rc, f)
		}
	}
	var held []devDoc
	for _, d := range docs {
		if d.heldOut {
			held = append(held, d)
		}
	}
	event, n := groupDocs(t, held, GroupOptions{})
	p, rc, f, gold := score(held, event)
	t.Logf("held-out topics, default threshold: %d articles, %d events for %d gold clusters; B-cubed P=%.3f R=%.3f F1=%.3f", len(held), n, gold, p, rc, f)
	heldDF := NewDocFreq()
	for _, d := range held {
		heldDF.Add(NewProfile(d.Doc))
	}
	cevent, cn := groupDocs(t, held, GroupOptions{DocFreq: heldDF})
	cp, crc, cf, _ := score(held, cevent)
	t.Logf("held-out topics, corpus IDF, default threshold: %d events; B-cubed P=%.3f R=%.3f F1=%.3f", cn, cp, crc, cf)
	if f < 0.8 {
		t.Errorf("B-cubed F1 %.3f on the held-out topics", f)
	}
}

// TestDevBASILQuotes compares each BASIL event (the same story from Fox
// News, The New York Times and HuffPost) and counts the quotations found
// in two outlets, by class.
func TestDevBASILQuotes(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	docs := basilDocs(t)
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	runner := &pipeline.Runner{Analyzer: an}
	byCluster := map[string][]*result.Article{}
	var order []string
	for _, d := range docs {
		raw := &input.Raw{Item: input.Item{Name: d.ID, Kind: input.File}, Data: []byte(d.Title + "\n\n" + d.Text), Format: article.Text, Charset: "utf-8"}
		a, err := runner.AnalyzeRaw(t.Context(), raw)
		if err != nil {
			t.Fatal(err)
		}
		ra := a.Result()
		ra.Meta.Outlet = d.Outlet
		if _, ok := byCluster[d.cluster]; !ok {
			order = append(order, d.cluster)
		}
		byCluster[d.cluster] = append(byCluster[d.cluster], ra)
	}
	classes := map[string]int{}
	quotes, withSpeaker, matches, sameEvent, pairs := 0, 0, 0, 0, 0
	shown := 0
	for _, id := range order {
		c, err := Compare(t.Context(), byCluster[id], Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.Pairs {
			pairs++
			if p.SameEvent {
				sameEvent++
			}
		}
		quotes += len(c.Quotes)
		for _, q := range c.Quotes {
			if q.Speaker != "" {
				withSpeaker++
			}
		}
		for _, m := range c.QuoteMatches {
			matches++
			classes[m.Class]++
			if testing.Verbose() && shown < 14 && m.Class == QuoteOtherSpeaker {
				shown++
				a, b := c.Quotes[m.A], c.Quotes[m.B]
				t.Logf("%s: %s / %s\n  %s\n  %s", m.Class, a.Speaker, b.Speaker, cut(a.Text, 150), cut(b.Text, 150))
			}
		}
	}
	t.Logf("BASIL: %d events, %d of %d pairs judged the same event; %d quotations of 4+ words (%d with a speaker); "+
		"%d cross-outlet quotation pairs: %d identical, %d truncated, %d reworded, %d given to another speaker",
		len(order), sameEvent, pairs, quotes, withSpeaker, matches, classes[QuoteIdentical], classes[QuoteTruncated],
		classes[QuoteReworded], classes[QuoteOtherSpeaker])
}

// TestDevAlignment aligns the sentences of each ECB+ cluster as claims
// and scores the pairs of sentences put in one row against the gold
// cross-document event coreference: two sentences of different articles
// belong together when they mention one event instance. Only sentences
// the annotation covers count, on both sides.
func TestDevAlignment(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	g := ecbCoref(t)
	clusters, order := ecbSentences(t)
	var s alignScore
	for _, cl := range order {
		docs := clusters[cl]
		c, err := Compare(t.Context(), sentenceArticles(docs), Options{})
		if err != nil {
			t.Fatal(err)
		}
		s.add(g, docs, c)
	}
	p, r := float64(s.tp)/float64(s.tp+s.fp), float64(s.found)/float64(s.goldPairs)
	t.Logf("ECB+ claim alignment: %d sentence pairs aligned among annotated sentences, precision %.3f; %d gold pairs, recall %.3f, F1 %.3f",
		s.tp+s.fp, p, s.goldPairs, r, 2*p*r/(p+r))
}

// ecbSent is a sentence of an ECB+ article, numbered from 0.
type ecbSent struct {
	doc string
	n   int
}

// coref is ECB+'s gold cross-document event coreference, by sentence.
type coref struct {
	gold      map[[2]ecbSent]bool // sentences of two articles mentioning one event
	annotated map[ecbSent]bool    // sentences with an event mention
}

func ecbCoref(t *testing.T) coref {
	g := coref{gold: map[[2]ecbSent]bool{}, annotated: map[ecbSent]bool{}}
	readJSONL(t, sharedPath(t, "ecbplus", "cross_doc_coref.jsonl"), func(b []byte) {
		var in struct {
			Type     string `json:"type"`
			Mentions []struct {
				Doc      string `json:"doc"`
				Sentence int    `json:"sentence"`
			} `json:"mentions"`
		}
		if err := json.Unmarshal(b, &in); err != nil {
			t.Fatal(err)
		}
		if in.Type != "event" {
			return
		}
		for _, a := range in.Mentions {
			sa := ecbSent{strings.TrimSuffix(a.Doc, ".xml"), a.Sentence}
			g.annotated[sa] = true
			for _, m := range in.Mentions {
				sb := ecbSent{strings.TrimSuffix(m.Doc, ".xml"), m.Sentence}
				if sa.doc != sb.doc {
					g.gold[[2]ecbSent{sa, sb}] = true
				}
			}
		}
	})
	return g
}

// sentenceDoc is an ECB+ article as its sentences.
type sentenceDoc struct {
	id    string
	sents []struct {
		N    int    `json:"n"`
		Text string `json:"text"`
	}
}

// ecbSentences reads the ECB+ articles by cluster, and the clusters in
// the order they come.
func ecbSentences(t *testing.T) (map[string][]sentenceDoc, []string) {
	byCluster := map[string][]sentenceDoc{}
	var order []string
	readJSONL(t, sharedPath(t, "ecbplus", "docs.jsonl"), func(b []byte) {
		var d struct {
			DocID     string `json:"doc_id"`
			ClusterID string `json:"cluster_id"`
			Sentences []struct {
				N    int    `json:"n"`
				Text string `json:"text"`
			} `json:"sentences"`
		}
		if err := json.Unmarshal(b, &d); err != nil {
			t.Fatal(err)
		}
		if _, ok := byCluster[d.ClusterID]; !ok {
			order = append(order, d.ClusterID)
		}
		byCluster[d.ClusterID] = append(byCluster[d.ClusterID], sentenceDoc{id: d.DocID, sents: d.Sentences})
	})
	return byCluster, order
}

// sentenceArticles makes articles whose claims are the sentences, claim
// n+1 for sentence n, a paragraph each.
func sentenceArticles(docs []sentenceDoc) []*result.Article {
	var arts []*result.Article
	for _, d := range docs {
		a := &result.Article{Input: d.id}
		var text strings.Builder
		for k, s := range d.sents {
			if k > 0 {
				text.WriteString("\n\n")
			}
			start := utf8.RuneCountInString(text.String())
			text.WriteString(s.Text)
			a.Claims = append(a.Claims, result.Claim{ID: s.N + 1, Text: s.Text, Start: start, End: start + utf8.RuneCountInString(s.Text)})
		}
		a.Text = text.String()
		arts = append(arts, a)
	}
	return arts
}

// alignScore counts the pairs of annotated sentences aligned, right
// (tp) or wrong (fp), and the gold pairs, found or not.
type alignScore struct {
	tp, fp, found, goldPairs int
}

// add scores the comparison of one cluster's articles.
func (s *alignScore) add(g coref, docs []sentenceDoc, c *Comparison) {
	together := map[[2]ecbSent]bool{}
	for _, r := range c.Rows {
		for _, x := range r.Cells {
			for _, y := range r.Cells {
				sx, sy := ecbSent{docs[x.Article].id, x.Claim - 1}, ecbSent{docs[y.Article].id, y.Claim - 1}
				if sx.doc == sy.doc || !g.annotated[sx] || !g.annotated[sy] {
					continue
				}
				together[[2]ecbSent{sx, sy}] = true
				if g.gold[[2]ecbSent{sx, sy}] {
					s.tp++
				} else {
					s.fp++
				}
			}
		}
	}
	inCluster := map[string]bool{}
	for _, d := range docs {
		inCluster[d.id] = true
	}
	for p := range g.gold {
		if inCluster[p[0].doc] && inCluster[p[1].doc] {
			s.goldPairs++
			if together[p] {
				s.found++
			}
		}
	}
}
