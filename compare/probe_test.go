package compare

import (
	"fmt"
	"sort"
	"testing"
)

func TestProbeAlign(t *testing.T) {
	arts := probeSeeds(t)
	var vecs []claimVec
	df := NewDocFreq()
	for ai, a := range arts {
		for ci := range a.Claims {
			counts := map[uint64]int{}
			n := 0
			for _, w := range words(a.Claims[ci].Text) {
				if content(&w) {
					counts[hash64(alignKey(w.stem))]++
					n++
				}
			}
			v := claimVec{article: ai, index: ci, terms: terms(counts), content: n}
			df.Add(&Profile{words: v.terms})
			vecs = append(vecs, v)
		}
	}
	type l struct {
		i, j int
		s    float64
	}
	var ls []l
	for i := range vecs {
		for j := i + 1; j < len(vecs); j++ {
			if vecs[i].article != vecs[j].article {
				ls = append(ls, l{i, j, cosine(vecs[i].terms, vecs[j].terms, df)})
			}
		}
	}
	sort.Slice(ls, func(a, b int) bool { return ls[a].s > ls[b].s })
	for _, x := range ls[:40] {
		a, b := vecs[x.i], vecs[x.j]
		fmt.Printf("%.3f %d/%d %d/%d\n   %.110s\n   %.110s\n", x.s, a.article, a.index+1, b.article, b.index+1, arts[a.article].Claims[a.index].Text, arts[b.article].Claims[b.index].Text)
	}
}
