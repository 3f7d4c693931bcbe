package attribution

import (
	"strings"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]wordInfo{}
	for i, w := range strings.Fields("the said officials reported according new york times a an i 's n't über café") {
		m[w] = wordInfo{cue: int32(i + 1)}
	}
	tab, err := newWordTable(m)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range m {
		if got := tab.get(w); got != want {
			t.Errorf("get(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"", "th", "thee", "The", "SAID", "officials'", "ub", "cafe"} {
		if got := tab.get(w); got != (wordInfo{}) {
			t.Errorf("get(%q) = %v, want none", w, got)
		}
	}
	titles := []struct {
		in, want string
		ok       bool
	}{
		{"The", "the", true},
		{"Officials", "officials", true},
		{"York", "york", true},
		{"I", "i", true},
		{"A", "a", true},
		{"Trump", "", false},
		{"Thee", "", false},
	}
	for _, tt := range titles {
		got, wi, ok := tab.getTitle(tt.in)
		if got != tt.want || ok != tt.ok || ok && wi != m[tt.want] {
			t.Errorf("getTitle(%q) = %q, %v, %v; want %q, %v", tt.in, got, wi, ok, tt.want, tt.ok)
		}
	}
}

func TestWordFilter(t *testing.T) {
	var f wordFilter
	in := strings.Fields("the he but officials trump new x é über")
	for _, w := range in {
		f.add(w)
	}
	for _, w := range in {
		if !f.mayHold(w) {
			t.Errorf("the filter lost %q", w)
		}
	}
	missed := 0
	for _, w := range strings.Fields("said reported according times minister congress senate voters police court") {
		if !f.mayHold(w) {
			missed++
		}
	}
	if missed < 8 {
		t.Errorf("the filter refuses only %d of 10 words it does not hold", missed)
	}
}
