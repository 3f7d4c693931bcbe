package learn

import (
	"math/rand/v2"

	"github.com/auditnews/audit/internal/lexicon"
)

// Example is one training claim: its document's text and claims, its
// index, and the silver answer for each task.
type Example struct {
	Text   string
	Claims []Claim
	// Accept lists, per claim, the classes the silver label accepts.
	Accept [][]string
}

// TrainOptions set the training of the logistic regressions.
type TrainOptions struct {
	Bits   uint
	Epochs int
	Rate   float64 // initial learning rate
	L2     float64
	Seed   uint64
	// VetoThreshold and CarryThreshold go into the model (see Model).
	VetoThreshold, CarryThreshold float32
}

// DefaultTrainOptions are the settings the shipped weights are trained
// with.
var DefaultTrainOptions = TrainOptions{Bits: 18, Epochs: 8, Rate: 0.1, L2: 1e-6, Seed: 1, VetoThreshold: 0.7, CarryThreshold: 0.7}

type instance struct {
	idx []uint32
	y   float64
}

func accepts(list []string, class string) bool {
	for _, c := range list {
		if c == class {
			return true
		}
	}
	return false
}

// Train fits both models on docs.
func Train(set *lexicon.Set, docs []Example, o TrainOptions) *Model {
	x := NewExtractor(set, o.Bits)
	var veto, carry []instance
	for _, d := range docs {
		sents := make([]sentence, len(d.Claims))
		for i, c := range d.Claims {
			sents[i] = x.read(d.Text[c.Start:c.End])
		}
		for i, c := range d.Claims {
			acc := d.Accept[i]
			if c.Class != "unsourced" {
				if !vetoable(c) {
					continue
				}
				// veto when the rules are wrong and unsourced is right
				y := 0.0
				if !accepts(acc, c.Class) && accepts(acc, "unsourced") {
					y = 1
				}
				veto = append(veto, instance{x.hash(x.features(d.Text, d.Claims, sents, i, -1, "veto")), y})
				continue
			}
			j := carryCandidate(d.Claims, i)
			if j < 0 {
				continue
			}
			y := 0.0
			if !accepts(acc, "unsourced") && accepts(acc, d.Claims[j].Class) {
				y = 1
			}
			carry = append(carry, instance{x.hash(x.features(d.Text, d.Claims, sents, i, j, "carry")), y})
		}
	}
	return &Model{Bits: o.Bits, Veto: fit(veto, o), Carry: fit(carry, o), VetoThreshold: o.VetoThreshold, CarryThreshold: o.CarryThreshold}
}

// fit trains a logistic regression by stochastic gradient descent, in a
// fixed shuffled order so that training is reproducible.
func fit(data []instance, o TrainOptions) []float32 {
	w := make([]float64, 1<<o.Bits)
	r := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	order := make([]int, len(data))
	for i := range order {
		order[i] = i
	}
	step := 0
	for ep := 0; ep < o.Epochs; ep++ {
		r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			in := data[k]
			rate := o.Rate / (1 + float64(step)*1e-5)
			step++
			var z float64
			for _, i := range in.idx {
				z += w[i]
			}
			g := sigmoid(z) - in.y
			for _, i := range in.idx {
				w[i] -= rate * (g + o.L2*w[i])
			}
		}
	}
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(v)
	}
	return out
}
