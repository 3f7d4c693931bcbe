package events_test

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/events"
	"github.com/auditnews/audit/result"
)

var toll = []story{
	{"The Harbor Post", "2025-03-04", "Council Raises Harbor Bridge Toll", "The Westport council voted on Tuesday to raise the Harbor Bridge toll to $4, Mayor Ana Ruiz said."},
	{"Valley Times", "2025-03-04", "Westport Raises Harbor Bridge Toll", "Mayor Ana Ruiz said the Westport council voted on Tuesday to raise the Harbor Bridge toll to $4."},
	{"Valley Times", "2025-03-10", "Fire at the Docks", "A fire destroyed a grain warehouse at the Westport docks, Fire Chief Luis Ortega said."},
}

func openStored(t *testing.T, stories []story) *archive.DB {
	t.Helper()
	ctx := context.Background()
	db, err := archive.Open(ctx, filepath.Join(t.TempDir(), "audit.db"), archive.Options{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := db.Close(); err != nil {
			t.Error(err)
		}
	})
	store(ctx, db, stories)
	return db
}

// TestStale checks when a grouping is made again.
func TestStale(t *testing.T) {
	ctx := context.Background()
	db := openStored(t, toll)
	opts := events.Options{Tool: result.Tool{Name: "audit", Version: "1"}}
	why := func(o events.Options) string {
		s, err := events.Stale(ctx, db, o)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if w := why(opts); w != "no grouping yet" {
		t.Errorf("before grouping: %q", w)
	}
	if _, grouped, err := events.Update(ctx, db, opts); err != nil || !grouped {
		t.Fatalf("first update: %v, %v", grouped, err)
	}
	if w := why(opts); w != "" {
		t.Errorf("just grouped, yet stale: %q", w)
	}
	other := opts
	other.Tool.Version = "2"
	if w := why(other); w != "the last grouping was made by audit 1" {
		t.Errorf("another version: %q", w)
	}
	other = opts
	other.Group.Window = 3
	if w := why(other); w != "the last grouping was made with other settings" {
		t.Errorf("other settings: %q", w)
	}
	other = opts
	other.Group.Window, other.Group.Workers = 7, 1 // the defaults, and no setting
	if w := why(other); w != "" {
		t.Errorf("the default window written out: %q", w)
	}
	store(ctx, db, []story{{"Coastal Daily", "2025-03-05", "Bridge Toll Rises", "Westport will raise the Harbor Bridge toll to $4, Mayor Ana Ruiz said on Tuesday after the council vote."}})
	if w := why(opts); w != "the archive changed since the last grouping" {
		t.Errorf("after an ingest: %q", w)
	}
	g, grouped, err := events.Update(ctx, db, opts)
	if err != nil || !grouped || g.Articles != 4 {
		t.Fatalf("update after an ingest: %+v, %v, %v", g, grouped, err)
	}
	ev, err := db.Event(ctx, 1)
	if err != nil || ev.Size != 3 {
		t.Errorf("the toll event after the ingest: %+v, %v; want its three articles", ev, err)
	}
}

func TestCompareStored(t *testing.T) {
	ctx := context.Background()
	db := openStored(t, toll)
	opts := events.CompareOptions{Tool: result.Tool{Name: "audit", Version: "1"}}
	// no grouping yet: no event
	var nf *events.NotFoundError
	if _, err := events.Compare(ctx, db, 1, opts); !errors.As(err, &nf) || !errors.Is(err, archive.ErrNotFound) {
		t.Errorf("an archive never grouped: %v", err)
	}
	if _, _, err := events.Update(ctx, db, events.Options{Tool: opts.Tool}); err != nil {
		t.Fatal(err)
	}
	c, err := events.Compare(ctx, db, 1, opts)
	if err != nil {
		t.Fatal(err)
	}
	if c.Event != 1 || len(c.Articles) != 2 || c.Articles[0].ArticleID != 1 || c.Articles[1].ArticleID != 2 || c.Articles[0].Input != "/corpus/council-raises-harbor-bridge-toll.txt" {
		t.Errorf("comparison of event 1: event %d, articles %+v", c.Event, c.Articles)
	}
	var ie *compare.InputError
	if _, err := events.Compare(ctx, db, 3, opts); !errors.As(err, &ie) {
		t.Errorf("an event of one article: %v", err)
	}
	if _, err := events.Compare(ctx, db, 2, opts); !errors.As(err, &nf) || nf.Hint != "article 2 is in event 1" {
		t.Errorf("an article's id for an event's: %v", err)
	}
	c, err = events.CompareArticles(ctx, db, []int64{3, 1}, opts)
	if err != nil || c.Articles[0].ArticleID != 3 || c.OneEvent {
		t.Errorf("articles 3 and 1: %+v, %v; want two events", c, err)
	}
	if _, err := events.CompareArticles(ctx, db, []int64{1, 7}, opts); !errors.As(err, &nf) || nf.ID != 7 {
		t.Errorf("a missing article: %v", err)
	}
	big := opts
	big.MaxArticles = 1
	if _, err := events.Compare(ctx, db, 1, big); !errors.As(err, &ie) {
		t.Errorf("one article at most: %v", err)
	}
	if _, err := events.DiffVersions(ctx, db, 1, 0, 0, opts.Tool); !errors.As(err, &ie) {
		t.Errorf("an article of one version: %v", err)
	}
}

func TestDiffVersionsStored(t *testing.T) {
	ctx := context.Background()
	db := openStored(t, toll[:1])
	changed := toll[0]
	changed.text = "The Westport council voted on Tuesday to raise the Harbor Bridge toll to $5, Mayor Ana Ruiz said."
	store(ctx, db, []story{changed})
	d, err := events.DiffVersions(ctx, db, 1, 0, 0, result.Tool{})
	if err != nil {
		t.Fatal(err)
	}
	if d.From.Version != 1 || d.To.Version != 2 || !d.Changed || d.ArticleID != 1 || d.Locator != "/corpus/council-raises-harbor-bridge-toll.txt" || d.Outlet != "The Harbor Post" {
		t.Errorf("diff %+v", d)
	}
	back, err := events.DiffVersions(ctx, db, 1, 2, 1, result.Tool{})
	if err != nil || back.From.Version != 2 || back.To.Version != 1 {
		t.Errorf("--from 2 --to 1: %+v, %v", back, err)
	}
	var nf *events.NotFoundError
	if _, err := events.DiffVersions(ctx, db, 1, 3, 0, result.Tool{}); !errors.As(err, &nf) || nf.What != "version" {
		t.Errorf("version 3: %v", err)
	}
	if _, err := events.DiffVersions(ctx, db, 9, 0, 0, result.Tool{}); !errors.As(err, &nf) || nf.What != "article" {
		t.Errorf("article 9: %v", err)
	}
}
