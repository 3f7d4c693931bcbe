package bcubed

import (
	"math"
	"testing"
)

func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name       string
		pred, gold []string
		p, r       float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1},
		{"all in one", []string{"a", "a", "a", "a"}, []string{"x", "x", "y", "y"}, 0.5, 1},
		{"all apart", []string{"a", "b", "c", "d"}, []string{"x", "x", "y", "y"}, 1, 0.5},
	} {
		p, r, f := Score(tc.pred, tc.gold)
		if math.Abs(p-tc.p) > 1e-9 || math.Abs(r-tc.r) > 1e-9 || math.Abs(f-2*tc.p*tc.r/(tc.p+tc.r)) > 1e-9 {
			t.Errorf("%s: P=%v R=%v F=%v, want P=%v R=%v", tc.name, p, r, f, tc.p, tc.r)
		}
	}
	if p, r, f := Score([]int{}, []int{}); p != 0 || r != 0 || f != 0 {
		t.Error("no items do not score 0")
	}
}
