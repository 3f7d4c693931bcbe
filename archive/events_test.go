package archive

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// groupFixtures stores a grouping of the four fixture articles: the
// first two one event, the others each their own.
func groupFixtures(t *testing.T, db *DB, fp string) *Grouping {
	t.Helper()
	ctx := context.Background()
	var texts []ArticleText
	if err := db.EachArticleText(ctx, Filter{}, func(a ArticleText) error {
		texts = append(texts, a)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	w, err := db.StartGrouping(ctx, GroupingInfo{ToolVersion: "test", Options: "{}", Fingerprint: fp})
	if err != nil {
		t.Fatal(err)
	}
	member := func(a ArticleText) EventArticle {
		return EventArticle{ID: a.ID, Outlet: a.Outlet, Published: a.Published, Title: a.Title}
	}
	events := []NewEvent{{ID: texts[0].ID, Articles: []EventArticle{member(texts[0]), member(texts[1])}}}
	for _, a := range texts[2:] {
		events = append(events, NewEvent{ID: a.ID, Articles: []EventArticle{member(a)}})
	}
	for _, e := range events {
		if err := w.Add(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	g, err := w.Finish(ctx, []byte("frequencies"))
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestEvents(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	before := checkNoEvents(t, db)
	ingest(t, db, "v1", fixtureEntries(t)...)
	fp, err := db.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fp == before {
		t.Error("ingesting did not change the fingerprint")
	}
	checkTextOrder(t, db)

	g := groupFixtures(t, db, fp)
	if g.ID != 1 || g.Articles != 4 || g.Events != 3 || g.Fingerprint != fp || g.FinishedAt == "" {
		t.Errorf("grouping %+v", g)
	}
	if b, err := db.GroupingDocFreq(ctx, g.ID); err != nil || string(b) != "frequencies" {
		t.Errorf("doc freq %q, %v", b, err)
	}
	all := checkEventsRead(t, db)
	checkEventFilters(t, db, all)
	checkRegrouping(t, db, fp)
}

// checkNoEvents checks that an archive with no grouping has no events,
// and returns its fingerprint.
func checkNoEvents(t *testing.T, db *DB) string {
	t.Helper()
	ctx := context.Background()
	if _, err := db.CurrentGrouping(ctx); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a new archive has a grouping: %v", err)
	}
	if err := db.EachEvent(ctx, EventFilter{}, func(Event) error { return nil }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("events of a new archive: %v", err)
	}
	fp, err := db.Fingerprint(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return fp
}

// checkTextOrder checks that the articles' texts come by date, unknown
// dates first, then by id.
func checkTextOrder(t *testing.T, db *DB) {
	t.Helper()
	var order []string
	if err := db.EachArticleText(context.Background(), Filter{}, func(a ArticleText) error {
		if a.Text == "" {
			t.Errorf("article %d: no text", a.ID)
		}
		order = append(order, fmt.Sprintf("%s/%d", a.Published, a.ID))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(order); i++ {
		if order[i-1] > order[i] && !strings.HasPrefix(order[i-1], "/") {
			t.Errorf("articles out of date order: %v", order)
		}
	}
}

// checkEventsRead checks the events of groupFixtures as EachEvent, Event
// and EventOf read them, and returns them.
func checkEventsRead(t *testing.T, db *DB) []Event {
	t.Helper()
	ctx := context.Background()
	var all []Event
	if err := db.EachEvent(ctx, EventFilter{}, func(e Event) error { all = append(all, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(all) != 3 || all[0].Size != 2 || len(all[0].Articles) != 2 {
		t.Fatalf("events %+v", all)
	}
	for _, e := range all {
		if e.ID != e.Articles[0].ID || e.Articles[0].Locator == "" || e.Headline != e.Articles[0].Title {
			t.Errorf("event %+v: want the id, headline of its first article", e)
		}
	}
	one, err := db.Event(ctx, all[0].ID)
	if err != nil || !reflect.DeepEqual(*one, all[0]) {
		t.Errorf("Event(%d) = %+v, %v; want %+v", all[0].ID, one, err, all[0])
	}
	if _, err := db.Event(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Event(999): %v", err)
	}
	if id, err := db.EventOf(ctx, all[0].Articles[1].ID); err != nil || id != all[0].ID {
		t.Errorf("EventOf = %d, %v; want %d", id, err, all[0].ID)
	}
	return all
}

// checkEventFilters counts the events each filter lets through.
func checkEventFilters(t *testing.T, db *DB, all []Event) {
	t.Helper()
	count := func(f EventFilter) int {
		n := 0
		if err := db.EachEvent(context.Background(), f, func(Event) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	outlet := all[0].Articles[0].Outlet
	for _, tc := range []struct {
		f    EventFilter
		want int
	}{
		{EventFilter{MinSize: 2}, 1},
		{EventFilter{MinSize: 3}, 0},
		{EventFilter{Filter: Filter{Outlet: strings.ToUpper(outlet)}}, countOutlet(all, outlet)},
		{EventFilter{Filter: Filter{Since: "2100-01-01"}}, 0},
		{EventFilter{Filter: Filter{Until: "1900-01-01"}}, 0},
	} {
		if got := count(tc.f); got != tc.want {
			t.Errorf("%+v: %d events, want %d", tc.f, got, tc.want)
		}
	}
}

// checkRegrouping checks that a new grouping replaces the old, and that an
// aborted one leaves nothing.
func checkRegrouping(t *testing.T, db *DB, fp string) {
	t.Helper()
	ctx := context.Background()
	g2 := groupFixtures(t, db, fp)
	if g2.ID != 2 {
		t.Errorf("second grouping id %d", g2.ID)
	}
	groupings := queryInt(t, db.ro, "SELECT COUNT(*) FROM event_groupings")
	rows := queryInt(t, db.ro, "SELECT COUNT(*) FROM event_articles")
	if groupings != 1 || rows != 4 {
		t.Errorf("after a second grouping: %d groupings, %d rows of articles; want 1 and 4", groupings, rows)
	}
	w, err := db.StartGrouping(ctx, GroupingInfo{ToolVersion: "test", Options: "{}", Fingerprint: fp})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Add(ctx, NewEvent{ID: 1, Articles: []EventArticle{{ID: 1}}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Abort(ctx); err != nil {
		t.Fatal(err)
	}
	if g, err := db.CurrentGrouping(ctx); err != nil || g.ID != 2 {
		t.Errorf("after an abort the current grouping is %+v, %v", g, err)
	}
	if err := w.Add(ctx, NewEvent{ID: 5}); err == nil {
		t.Error("an event with no articles was stored")
	}
}

func countOutlet(events []Event, outlet string) int {
	n := 0
	for _, e := range events {
		for _, o := range e.Outlets {
			if o == outlet {
				n++
				break
			}
		}
	}
	return n
}

// TestGroupingBatches stores more events than a batch holds.
func TestGroupingBatches(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	ingest(t, db, "v1", fixtureEntries(t)...)
	w, err := db.StartGrouping(ctx, GroupingInfo{ToolVersion: "test", Options: "{}"})
	if err != nil {
		t.Fatal(err)
	}
	// the same four articles under many event ids: the archive does not
	// check that an article is in one event
	n := groupingBatch/2 + 10
	for i := range n {
		if err := w.Add(ctx, NewEvent{ID: int64(1000 + i), Articles: []EventArticle{{ID: 1}, {ID: 2}, {ID: 3}}}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := w.Finish(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.Events != n || g.Articles != 3*n {
		t.Errorf("grouping %+v, want %d events", g, n)
	}
	if b, err := db.GroupingDocFreq(ctx, g.ID); err != nil || b != nil {
		t.Errorf("doc freq %v, %v; want none", b, err)
	}
	var buf bytes.Buffer
	if err := db.EachEvent(ctx, EventFilter{MinSize: 3}, func(e Event) error {
		fmt.Fprintln(&buf, e.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(buf.String(), "\n"); got != n {
		t.Errorf("listed %d events, want %d", got, n)
	}
}

func TestParseID(t *testing.T) {
	for in, want := range map[string]int64{"1": 1, " 42 ": 42, "0": 0, "-3": 0, "x": 0, "": 0, "1.5": 0, "99999999999999999999": 0} {
		got, err := ParseID(in)
		if got != want || (want == 0) != (err != nil) {
			t.Errorf("ParseID(%q) = %d, %v", in, got, err)
		}
	}
}

// TestMigrateFilledArchive opens an archive of schema 1 holding articles:
// it is migrated, keeps them, and can be grouped into events.
func TestMigrateFilledArchive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old := oldArchive(t, path, 1)
	ingest(t, old, "v1", fixtureEntries(t)...)
	must(t, old.Close())

	db, err := Open(ctx, path, Options{Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	closeAtEnd(t, db)
	if version := queryInt(t, db.ro, "PRAGMA user_version"); version != len(migrations) {
		t.Errorf("schema version %d after opening, want %d", version, len(migrations))
	}
	n, err := db.CountArticles(ctx, Filter{})
	if err != nil || n != 4 {
		t.Fatalf("%d articles after migrating, %v; want 4", n, err)
	}
	g := groupFixtures(t, db, "")
	if g.Events != 3 {
		t.Errorf("grouping after migrating: %+v", g)
	}
}

// TestGroupingReplaced makes two groupings at once: the one begun later
// finishes first and replaces the other, which then says so.
func TestGroupingReplaced(t *testing.T) {
	ctx := context.Background()
	db := openTemp(t)
	ingest(t, db, "v1", fixtureEntries(t)...)
	first, err := db.StartGrouping(ctx, GroupingInfo{ToolVersion: "test", Options: "{}"})
	if err != nil {
		t.Fatal(err)
	}
	second, err := db.StartGrouping(ctx, GroupingInfo{ToolVersion: "test", Options: "{}"})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []*GroupingWriter{first, second} {
		if err := w.Add(ctx, NewEvent{ID: 1, Articles: []EventArticle{{ID: 1}, {ID: 2}}}); err != nil {
			t.Fatal(err)
		}
	}
	g, err := second.Finish(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := first.Finish(ctx, nil); !errors.Is(err, ErrGroupingReplaced) {
		t.Errorf("the replaced grouping finished with %v", err)
	}
	if cur, err := db.CurrentGrouping(ctx); err != nil || cur.ID != g.ID {
		t.Errorf("current grouping %+v, %v; want %d", cur, err, g.ID)
	}
}
