package compare_test

import (
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/auditnews/audit/compare"
)

// groupAll groups a synthetic stream and returns its events.
func groupAll(t *testing.T, n int, opts compare.GroupOptions) []compare.Event {
	t.Helper()
	var out []compare.Event
	if err := compare.NewGrouper(opts, func(e compare.Event) error {
		out = append(out, e)
		return nil
	}).Run(context.Background(), stream(n)); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGroupWorkers groups one stream with one goroutine and with several
// reading ahead: the events are the same.
func TestGroupWorkers(t *testing.T) {
	one := groupAll(t, 1500, compare.GroupOptions{Workers: 1})
	many := groupAll(t, 1500, compare.GroupOptions{Workers: 3})
	if len(one) < 100 || !reflect.DeepEqual(one, many) {
		t.Errorf("%d events with one worker, %d with three; want the same, and many", len(one), len(many))
	}
}

// TestGroupStops checks that an error from emit or from the stream stops
// the grouping, and that the stream is left.
func TestGroupStops(t *testing.T) {
	stop := errors.New("stop here")
	for _, workers := range []int{1, 2} {
		n := 0
		err := compare.NewGrouper(compare.GroupOptions{Workers: workers}, func(compare.Event) error {
			n++
			if n == 10 {
				return stop
			}
			return nil
		}).Run(context.Background(), stream(2000))
		if !errors.Is(err, stop) {
			t.Errorf("%d workers: emit's error: got %v", workers, err)
		}
		bad := errors.New("bad article")
		read := 0
		docs := func(yield func(compare.Doc, error) bool) {
			for d, err := range stream(500) {
				read++
				if read == 200 {
					yield(compare.Doc{}, bad)
					return
				}
				if !yield(d, err) {
					return
				}
			}
		}
		none := func(compare.Event) error { return nil }
		if err := compare.NewGrouper(compare.GroupOptions{Workers: workers}, none).Run(context.Background(), docs); !errors.Is(err, bad) {
			t.Errorf("%d workers: the stream's error: got %v", workers, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := compare.NewGrouper(compare.GroupOptions{Workers: workers}, none).Run(ctx, stream(100)); !errors.Is(err, context.Canceled) {
			t.Errorf("%d workers: cancelled: got %v", workers, err)
		}
	}
}

// TestDocFreqBinary round-trips a table, and refuses damaged bytes.
func TestDocFreqBinary(t *testing.T) {
	df := compare.NewDocFreq()
	g := compare.NewGrouper(compare.GroupOptions{}, func(compare.Event) error { return nil })
	for d, err := range stream(300) {
		if err != nil {
			t.Fatal(err)
		}
		df.Add(compare.NewProfile(d))
		if err := g.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	b, err := df.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back compare.DocFreq
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if back.Docs() != 300 || !reflect.DeepEqual(&back, df) {
		t.Error("the table read back differs")
	}
	if g.DocFreq().Docs() != 300 {
		t.Errorf("the grouper counted %d articles, want 300", g.DocFreq().Docs())
	}
	for _, bad := range [][]byte{nil, {0x80}, b[:len(b)/2], append(append([]byte{}, b...), 1)} {
		var x compare.DocFreq
		if err := x.UnmarshalBinary(bad); err == nil {
			t.Errorf("%d damaged bytes read without error", len(bad))
		}
	}
}
