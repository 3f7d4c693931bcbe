package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/events"
	"github.com/auditnews/audit/result"
)

const eventsHelp = `
Group the archive's articles into events, the articles that report one
story, and list them: each event's id, its number of articles, its dates,
its outlets and its first article's headline, by date.

Articles are read from the archive in date order and grouped as they
come: each is compared only with the articles of the last days (--window)
that share its weightiest words and names, and joins the event whose
articles it resembles most, if enough (--threshold). The events are
stored in the archive, so that listing them again, and 'audit compare
--event ID', need no grouping; the archive is grouped again when an
ingest changed it, when another version of audit or other settings made
the grouping, or with --regroup. An event's id is the id of its first
article: it stays the same from one grouping to the next while that
article opens the event.

--outlet keeps the events with an article of that outlet; --since and
--until the events with a date in that range (YYYY-MM-DD, inclusive;
events of unknown date are then left out); --min-size the events of that
many articles or more. Grouping is always over the whole archive.

Formats:
  text  one line an event
  json  the grouping and every event with its articles

Exit codes:
  0  the events were listed
  2  usage error, no archive, or a refused database
`

func runEvents(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "events", "[flags]", eventsHelp)
	var dbp string
	var f archive.EventFilter
	dbFlag(fs, &dbp)
	fs.StringVar(&f.Outlet, "outlet", "", "only events with an article of this outlet")
	fs.StringVar(&f.Since, "since", "", "only events with an article published on or after this day (YYYY-MM-DD)")
	fs.StringVar(&f.Until, "until", "", "only events with an article published on or before this day (YYYY-MM-DD)")
	fs.IntVar(&f.MinSize, "min-size", 1, "only events of at least this many articles")
	format := fs.String("format", "text", "output format: text or json")
	regroup := fs.Bool("regroup", false, "group the articles again even when the stored grouping is up to date")
	var gopts compare.GroupOptions
	fs.IntVar(&gopts.Window, "window", 7, "days apart two articles of one event may be")
	fs.Float64Var(&gopts.Threshold, "threshold", 0.7, "mean similarity to an event's articles at which an article joins it (0 to 1)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("events: takes no arguments (the archive is --db)")
	}
	if *format != "text" && *format != "json" {
		return usageError("--format: unknown format %q (want text or json)", *format)
	}
	if err := f.Check(); err != nil {
		return usageError("--%v", err)
	}
	if gopts.Window < 1 {
		return usageError("--window: want a number of days, 1 or more")
	}
	if gopts.Threshold <= 0 || gopts.Threshold > 1 {
		return usageError("--threshold: want a similarity above 0 and at most 1")
	}
	db, err := openArchive(ctx, dbPath(e, dbp), false)
	if err != nil {
		return err
	}
	defer closeArchive(db, &err)
	opts := events.Options{Tool: tool(), Group: gopts, Regroup: *regroup}
	if isTerminal(e.stderr) {
		opts.Progress = func(n int) { tell(e.stderr, "\rgrouping: %d articles", n) }
	}
	g, grouped, err := events.Update(ctx, db, opts)
	if grouped && opts.Progress != nil {
		tell(e.stderr, "\n")
	}
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("events: %w", err)}
	}
	out := bufio.NewWriter(ctxWriter{ctx, e.stdout})
	if *format == "json" {
		err = writeEventsJSON(ctx, out, db, f, g)
	} else {
		err = writeEventsText(ctx, out, db, f, g)
	}
	if err == nil {
		err = out.Flush()
	}
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("events: %w", err)}
	}
	return nil
}

// tool is the program as comparisons and groupings record it.
func tool() result.Tool { return result.Tool{Name: "audit", Version: version} }

// writeEventsText writes one line an event. A failed write ends the
// listing at the next event; the caller's Flush returns the error.
func writeEventsText(ctx context.Context, w *bufio.Writer, db *archive.DB, f archive.EventFilter, g *archive.Grouping) error {
	printf(w, "%6s  %4s  %-24s  %-40s  %s\n", "ID", "SIZE", "DATES", "OUTLETS", "HEADLINE")
	n, multi, arts := 0, 0, 0
	err := db.EachEvent(ctx, f, func(ev archive.Event) error {
		n++
		arts += ev.Size
		if ev.Size > 1 {
			multi++
		}
		_, err := fmt.Fprintf(w, "%6d  %4d  %-24s  %s  %s\n", ev.ID, ev.Size, eventDates(ev), padRunes(outletList(ev.Outlets, 40), 40), oneLine(ev.Headline))
		return err
	})
	if err != nil {
		return err
	}
	printf(w, "%d %s of %d articles (%d of two articles or more); %d events of %d articles in the archive, grouped %s\n",
		n, plural(n, "event", "events"), arts, multi, g.Events, g.Articles, g.FinishedAt)
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// eventDates writes an event's range of days.
func eventDates(ev archive.Event) string {
	switch ev.First {
	case "":
		return "undated"
	case ev.Last:
		return ev.First
	}
	return ev.First + " to " + ev.Last
}

// outletList joins outlet names into at most width code points, ending
// with "+N" for those left out.
func outletList(outlets []string, width int) string {
	if len(outlets) == 0 {
		return "-"
	}
	s := ""
	for i, o := range outlets {
		next := o
		if i > 0 {
			next = s + ", " + o
		}
		more := ""
		if rest := len(outlets) - i - 1; rest > 0 {
			more = fmt.Sprintf(", +%d", rest)
		}
		if utf8.RuneCountInString(next+more) > width {
			if i == 0 {
				r := []rune(o)
				return string(r[:max(1, width-len(more)-1)]) + "…" + more
			}
			return s + fmt.Sprintf(", +%d", len(outlets)-i)
		}
		s = next
	}
	return s
}

// oneLine writes s on one line, its spaces collapsed.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// eventsDoc is the head of 'audit events --format json'.
type eventsDoc struct {
	SchemaVersion int               `json:"schema_version"`
	Tool          result.Tool       `json:"tool"`
	Grouping      *archive.Grouping `json:"grouping"`
}

// writeEventsJSON writes the document an event at a time, so that an
// archive of any size is listed with little memory. A failed write ends
// the listing at the next event; the caller's Flush returns the error.
func writeEventsJSON(ctx context.Context, w *bufio.Writer, db *archive.DB, f archive.EventFilter, g *archive.Grouping) error {
	head, err := json.MarshalIndent(eventsDoc{SchemaVersion: 1, Tool: tool(), Grouping: g}, "", "  ")
	if err != nil {
		return err
	}
	// the head without its closing brace, then the list
	printf(w, "%s,\n  \"events\": [", strings.TrimSuffix(string(head), "\n}"))
	first := true
	err = db.EachEvent(ctx, f, func(ev archive.Event) error {
		b, err := json.MarshalIndent(ev, "    ", "  ")
		if err != nil {
			return err
		}
		sep := ","
		if first {
			sep, first = "", false
		}
		_, err = fmt.Fprintf(w, "%s\n    %s", sep, b)
		return err
	})
	if err != nil {
		return err
	}
	if !first {
		printf(w, "\n  ")
	}
	printf(w, "]\n}\n")
	return nil
}
