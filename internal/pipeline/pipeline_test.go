package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/input"
)

// fakeAnalyzer classes every claim named, and panics on a document whose
// text holds "PANIC".
type fakeAnalyzer struct{ calls atomic.Int32 }

func (f *fakeAnalyzer) Analyze(_ context.Context, doc *article.Document) ([]attribution.Claim, error) {
	f.calls.Add(1)
	if strings.Contains(doc.Text, "PANIC") {
		panic("boom")
	}
	claims := attribution.Claims(doc)
	for i := range claims {
		claims[i].Class = attribution.Named
	}
	return claims, nil
}

// items writes n articles (and one missing file at index missing, when
// missing >= 0) into a temporary folder.
func items(t *testing.T, n, missing int, text func(i int) string) []input.Item {
	t.Helper()
	dir := t.TempDir()
	var out []input.Item
	for i := range n {
		name := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		if i != missing {
			if err := os.WriteFile(name, []byte(text(i)), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, input.Item{Name: name, Kind: input.File})
	}
	return out
}

func article_(i int) string {
	return fmt.Sprintf("Story %d\n\nThe mayor said the bridge %d would reopen on Monday.\n", i, i)
}

func TestEachOrderAndErrors(t *testing.T) {
	its := items(t, 40, 7, article_)
	its[13] = input.Item{Name: its[13].Name, Kind: input.File}
	if err := os.WriteFile(its[13].Name, []byte("Head\n\nPANIC said the mayor.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3, 16} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			r := &Runner{Reader: input.NewReader(nil), Analyzer: &fakeAnalyzer{}, Workers: workers}
			var got []string
			err := r.Each(context.Background(), its, func(it input.Item, a *Article, err error) error {
				switch {
				case err != nil:
					var ie *input.Error
					if !errors.As(err, &ie) || ie.Input != it.Name {
						t.Errorf("%s: error %v does not name the input", it.Name, err)
					}
					got = append(got, "error")
				case a.Doc.Input != it.Name:
					t.Errorf("article %s delivered for item %s", a.Doc.Input, it.Name)
				default:
					got = append(got, filepath.Base(it.Name))
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(its) {
				t.Fatalf("%d results for %d items", len(got), len(its))
			}
			for i, g := range got {
				want := fmt.Sprintf("a%03d.txt", i)
				if i == 7 || i == 13 {
					want = "error" // missing file; analyzer panic
				}
				if g != want {
					t.Errorf("result %d = %s, want %s", i, g, want)
				}
			}
		})
	}
}

func TestEachStops(t *testing.T) {
	its := items(t, 50, -1, article_)
	stop := errors.New("stop")
	an := &fakeAnalyzer{}
	r := &Runner{Reader: input.NewReader(nil), Analyzer: an, Workers: 2}
	n := 0
	err := r.Each(context.Background(), its, func(input.Item, *Article, error) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("err = %v, want the callback's", err)
	}
	if n != 3 {
		t.Errorf("callback ran %d times after returning an error at 3", n)
	}
	if c := an.calls.Load(); c >= 50 {
		t.Errorf("all %d items analysed after the run stopped", c)
	}

	ctx, cancel := context.WithCancel(context.Background())
	n = 0
	err = r.Each(ctx, its, func(input.Item, *Article, error) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestEachNoItems(t *testing.T) {
	r := &Runner{Reader: input.NewReader(nil), Analyzer: &fakeAnalyzer{}}
	if err := r.Each(context.Background(), nil, func(input.Item, *Article, error) error {
		t.Error("callback called with no items")
		return nil
	}); err != nil {
		t.Fatal(err)
	}
}
