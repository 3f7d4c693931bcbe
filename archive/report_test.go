package archive

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

// reportArchive holds the fixtures and a copy of the first with no
// outlet and no date.
func reportArchive(t *testing.T) *DB {
	t.Helper()
	db := openTemp(t)
	entries := fixtureEntries(t)
	a := *entries[0].Article
	a.Meta.Outlet, a.Meta.Published = "", ""
	loose := entryOf(&a)
	loose.Locator = "/corpus/loose.md"
	ingest(t, db, "v1", append(entries, loose)...)
	return db
}

func TestNoOutletFilter(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	n, err := db.CountArticles(ctx, Filter{NoOutlet: true})
	if err != nil || n != 1 {
		t.Errorf("NoOutlet: %d articles (%v), want 1", n, err)
	}
	outlets, err := db.Outlets(ctx, Filter{NoOutlet: true})
	if err != nil || len(outlets) != 1 || outlets[0].Outlet != "" || outlets[0].Articles != 1 {
		t.Errorf("Outlets(NoOutlet) = %+v, %v", outlets, err)
	}
	if err := (Filter{Outlet: "x", NoOutlet: true}).Check(); err == nil {
		t.Error("Check accepts an outlet with NoOutlet")
	}
}

// TestMonths: the months of each outlet add up to its figures.
func TestMonths(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	months, err := db.Months(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	outlets, err := db.Outlets(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	sum := map[string]*OutletStats{}
	var order []string
	for _, m := range months {
		s := sum[m.Outlet]
		if s == nil {
			s = &OutletStats{Outlet: m.Outlet}
			sum[m.Outlet] = s
			order = append(order, m.Outlet)
		}
		s.Articles += m.Articles
		s.Claims += m.Claims
		s.Named += m.Named
		s.Anonymous += m.Anonymous
		s.OutletClaims += m.OutletClaims
		s.Unsourced += m.Unsourced
	}
	if len(order) != len(outlets) {
		t.Fatalf("months cover outlets %v, want %d", order, len(outlets))
	}
	for i, o := range outlets {
		s := sum[o.Outlet]
		if order[i] != o.Outlet || s.Articles != o.Articles || s.Claims != o.Claims || s.Named != o.Named ||
			s.Anonymous != o.Anonymous || s.OutletClaims != o.OutletClaims || s.Unsourced != o.Unsourced {
			t.Errorf("months of %q add up to %+v, want %+v", o.Outlet, *s, o)
		}
	}
	if months[0].Outlet != "" || months[0].Month != "" {
		t.Errorf("first month %+v, want the undated article of no outlet", months[0])
	}
	harbor, err := db.Months(ctx, Filter{Outlet: "Harbor Post"})
	if err != nil || len(harbor) != 1 || harbor[0].Month != "2025-03" || harbor[0].Articles != 2 {
		t.Errorf("Months(Harbor Post) = %+v, %v", harbor, err)
	}
}

func TestCoverage(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	c, err := db.Coverage(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	want := &Coverage{Articles: 5, Outlets: 2, Claims: c.Claims, FirstPublished: "2025-03-04", LastPublished: "2025-04-02", Undated: 1,
		Analyzers: []AnalyzerCount{{"v1", 5}}}
	if !reflect.DeepEqual(c, want) || c.Claims == 0 {
		t.Errorf("Coverage = %+v, want %+v", c, want)
	}
	c, err = db.Coverage(ctx, Filter{Outlet: "Nobody"})
	if err != nil || c.Articles != 0 || c.Outlets != 0 || c.FirstPublished != "" {
		t.Errorf("Coverage(Nobody) = %+v, %v", c, err)
	}
}

// TestCitations: the citations of each source are as many as Sources
// counts, and each names its claim.
func TestCitations(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	for _, f := range []Filter{{}, {Outlet: "Valley Times"}, {NoOutlet: true}, {Since: "2025-03-10"}} {
		sources, err := db.Sources(ctx, f, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(sources) == 0 {
			t.Fatalf("%+v: no sources", f)
		}
		counts := map[int64]int{}
		last := int64(0)
		err = db.EachCitationCount(ctx, f, func(id int64, n int) error {
			if id <= last {
				t.Errorf("EachCitationCount gives %d after %d", id, last)
			}
			last = id
			counts[id] = n
			return nil
		})
		if err != nil || len(counts) != len(sources) {
			t.Errorf("%+v: EachCitationCount counts %d sources (%v), Sources %d", f, len(counts), err, len(sources))
		}
		for _, s := range sources {
			var n, claims int
			articles := map[int64]bool{}
			err := db.EachCitation(ctx, f, s.ID, func(c CitationRow) error {
				n++
				if c.Depth == 0 {
					claims++
				}
				articles[c.ArticleID] = true
				if c.SourceID != s.ID || c.Text == "" || c.Claim == 0 {
					t.Errorf("%s: citation %+v", s.Name, c)
				}
				return nil
			})
			if err != nil || n != s.Citations || claims != s.Claims || len(articles) != s.Articles {
				t.Errorf("%+v: %s: %d citations, %d claims, %d articles (%v); Sources says %+v", f, s.Name, n, claims, len(articles), err, s)
			}
			one, err := db.Source(ctx, f, s.ID)
			if counts[s.ID] != s.Citations {
				t.Errorf("%+v: %s: EachCitationCount says %d, Sources %d", f, s.Name, counts[s.ID], s.Citations)
			}
			if err != nil || !reflect.DeepEqual(one, s) {
				t.Errorf("Source(%d) = %+v, %v; want %+v", s.ID, one, err, s)
			}
		}
	}
	if _, err := db.Source(ctx, Filter{}, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Source(9999): %v, want ErrNotFound", err)
	}
}

// TestOneArticle: ArticleInfo and ArticleID give what the lists give for
// that article.
func TestOneArticle(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	infos, err := db.Articles(ctx, Filter{}, Page{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range infos {
		got, err := db.ArticleInfo(ctx, want.ID)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("ArticleInfo(%d) = %+v, %v; want %+v", want.ID, got, err, want)
		}
		id, err := db.ArticleID(ctx, want.Locator)
		if err != nil || id != want.ID {
			t.Errorf("ArticleID(%s) = %d, %v; want %d", want.Locator, id, err, want.ID)
		}
	}
	if _, err := db.ArticleInfo(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("ArticleInfo(99): %v, want ErrNotFound", err)
	}
	if _, err := db.ArticleID(ctx, "/nowhere"); !errors.Is(err, ErrNotFound) {
		t.Errorf("ArticleID(/nowhere): %v, want ErrNotFound", err)
	}
}

// TestTopSources: each outlet's top sources are those Sources gives with
// the filter narrowed to the outlet.
func TestTopSources(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	for _, f := range []Filter{{}, {Since: "2025-03-10"}} {
		top, err := db.TopSources(ctx, f, 2, "person", "outlet")
		if err != nil {
			t.Fatal(err)
		}
		outlets, err := db.Outlets(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(top) != len(outlets) {
			t.Fatalf("%+v: sources of %d outlets, want %d", f, len(top), len(outlets))
		}
		for i, o := range top {
			of := f
			if o.Outlet == "" {
				of.NoOutlet = true
			} else {
				of.Outlet = o.Outlet
			}
			all, err := db.Sources(ctx, of, 0)
			if err != nil {
				t.Fatal(err)
			}
			var want []SourceStats
			for _, s := range all {
				if (s.Type == "person" || s.Type == "outlet") && len(want) < 2 {
					want = append(want, s)
				}
			}
			if o.Outlet != outlets[i].Outlet || !reflect.DeepEqual(o.Sources, want) {
				t.Errorf("%+v: %q: %+v\nwant %+v", f, o.Outlet, o.Sources, want)
			}
		}
	}
}

// TestCitationRange: the citations of a range of sources are those of
// each source in turn.
func TestCitationRange(t *testing.T) {
	ctx := context.Background()
	db := reportArchive(t)
	var all, one []CitationRow
	if err := db.EachCitations(ctx, Filter{}, 1, 1000, func(c CitationRow) error { all = append(all, c); return nil }); err != nil {
		t.Fatal(err)
	}
	sources, err := db.Sources(ctx, Filter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[int64]bool{}
	for _, s := range sources {
		ids[s.ID] = true
	}
	for id := int64(1); id <= 1000; id++ {
		if !ids[id] {
			continue
		}
		if err := db.EachCitation(ctx, Filter{}, id, func(c CitationRow) error { one = append(one, c); return nil }); err != nil {
			t.Fatal(err)
		}
	}
	if len(all) == 0 || !reflect.DeepEqual(all, one) {
		t.Errorf("the range gives %d citations, source by source %d", len(all), len(one))
	}
	chained := false
	for _, c := range all {
		chained = chained || c.Depth > 0
	}
	if !chained {
		t.Error("no citation in a chain: the fixtures should have one")
	}
}
