package bcubed

// Score returns B-cubed precision, recall and F1 of predicted clusters
// against gold ones, both given as a cluster label per item (pred[i] and
// gold[i] label item i). No items score 0.
func Score[P, G comparable](pred []P, gold []G) (p, r, f float64) {
	if len(pred) == 0 || len(pred) != len(gold) {
		return 0, 0, 0
	}
	type key struct {
		p P
		g G
	}
	both, np, ng := map[key]int{}, map[P]int{}, map[G]int{}
	for i := range pred {
		both[key{pred[i], gold[i]}]++
		np[pred[i]]++
		ng[gold[i]]++
	}
	for i := range pred {
		c := float64(both[key{pred[i], gold[i]}])
		p += c / float64(np[pred[i]])
		r += c / float64(ng[gold[i]])
	}
	n := float64(len(pred))
	p, r = p/n, r/n
	return p, r, 2 * p * r / (p + r)
}
