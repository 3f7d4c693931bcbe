package reports

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/result"
)

func TestScratchTimes(t *testing.T) {
	p := os.Getenv("REPORT_DB")
	if p == "" {
		t.Skip()
	}
	ctx := context.Background()
	db, err := archive.Open(ctx, p, archive.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	f := archive.Filter{}
	tm := func(name string, fn func() error) {
		s := time.Now()
		if err := fn(); err != nil {
			t.Fatal(err)
		}
		t.Logf("%-20s %v", name, time.Since(s))
	}
	tm("coverage", func() error { _, err := db.Coverage(ctx, f); return err })
	tm("outlets", func() error { _, err := db.Outlets(ctx, f); return err })
	tm("months", func() error { _, err := db.Months(ctx, f); return err })
	tm("citations", func() error { _, err := db.Citations(ctx, f); return err })
	tm("anonymous", func() error { _, err := db.Anonymous(ctx, f); return err })
	tm("rules", func() error { _, err := db.Rules(ctx, f); return err })
	var ids []int64
	tm("sources", func() error {
		return db.EachSource(ctx, f, 0, func(s archive.SourceStats) error { ids = append(ids, s.ID); return nil })
	})
	tm("sources politico", func() error { _, err := db.Sources(ctx, archive.Filter{Outlet: "politico"}, 0); return err })
	tm("citations all", func() error {
		for _, id := range ids {
			if err := db.EachCitation(ctx, f, id, func(archive.CitationRow) error { return nil }); err != nil {
				return err
			}
		}
		return nil
	})
	tm("claims", func() error { return db.EachClaim(ctx, f, func(archive.ClaimRow) error { return nil }) })
	tm("articles", func() error {
		return db.EachArticle(ctx, f, func(archive.ArticleInfo, *result.Article) error { return nil })
	})
}
