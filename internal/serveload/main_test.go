package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestArticle(t *testing.T) {
	a := article(1500)
	if n := len(strings.Fields(a)); n < 1500 || n > 1600 {
		t.Errorf("%d words, want about 1,500", n)
	}
	if article(1500) != a {
		t.Error("the article is not the same from run to run")
	}
}

// TestRunSmall runs the load test with a few requests: it starts, serves
// and reports.
func TestRunSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server")
	}
	var out bytes.Buffer
	if err := run([]string{"-requests", "10", "-clients", "1,2", "-sustain", "20", "-words", "200"}, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| 1 | 10 | 0 | 0 |", "| 2 | 10 | 0 | 0 |", "| 20 |", "20 requests, 0 turned away (429), 0 errors"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in:\n%s", want, out.String())
		}
	}
	if err := run([]string{"-clients", "0"}, &out); err == nil {
		t.Error("-clients 0 accepted")
	}
}
