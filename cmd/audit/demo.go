package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/auditnews/audit/archive"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/internal/printer"
	"github.com/auditnews/audit/reports"
	"github.com/auditnews/audit/result"
)

const demoHelp = `
Show what audit does with the five sample articles embedded in it (US-Mexico
cartel policy, 2025), offline and with no files of yours: it analyses them
as 'audit check' would, stores them in a temporary archive as
'audit ingest' would, compares how they cover one event as 'audit compare'
would, and writes the report site of 'audit report' with a page for every
article (each claim highlighted by how it is sourced, the findings beside
it), the comparison, the outlets and the sources. It prints a summary that
fits on one screen, ending with the path of the site's index.html: open it
in a browser.

The site goes into a new folder of your own in the system's temporary
folder unless --out names one (a report there is replaced; a folder
holding anything else, or a symbolic link, is refused).
`

func runDemo(ctx context.Context, e *env, args []string) (err error) {
	fs := newFlags(e, "demo", "[--out DIR]", demoHelp)
	color := fs.String("color", "auto", "colour: auto, always or never")
	out := fs.String("out", "", "folder for the site (default: a new folder in the system's temporary folder)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("demo: takes no arguments")
	}
	useColor, err := colorWanted(*color, e)
	if err != nil {
		return err
	}
	now, err := clock(e)
	if err != nil {
		return err
	}
	raws, err := demo.Articles()
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	dir, err := demoFolder(*out)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	tmp, err := os.MkdirTemp("", "audit-demo-archive-")
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	defer func() {
		if rerr := os.RemoveAll(tmp); rerr != nil {
			keepFirst(&err, fmt.Errorf("demo: %w", rerr))
		}
	}()
	db, err := archive.Open(ctx, filepath.Join(tmp, "audit.db"), archive.Options{Create: true, Now: now})
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	defer closeArchive(db, &err)
	arts, err := demoIngest(ctx, db, raws)
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	tool := result.Tool{Name: "audit", Version: version}
	cmp, err := compare.Compare(ctx, arts, compare.Options{Tool: tool})
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	_, err = reports.WriteDir(ctx, db, dir, reports.Options{
		Title: "audit demo: five sample articles", Now: now, Tool: printer.Tool{Name: "audit", Version: version},
		Pages: []reports.Page{{Path: demoComparePage, Title: "How the five articles cover one event",
			About: "the claims they share and how each sources them, their figures and quotations side by side",
			Write: func(w io.Writer) error { return compare.WriteHTML(w, cmp) }}},
	})
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	infos, err := db.Articles(ctx, archive.Filter{}, archive.Page{})
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("demo: %w", err)}
	}
	sort.Slice(infos, func(i, j int) bool { return infos[i].ID < infos[j].ID }) // the order of the seeds
	return demoSummary(e.stdout, infos, cmp, dir, useColor)
}

// demoComparePage is the comparison's page in the demo's site.
const demoComparePage = "compare.html"

// demoIngest analyses the sample articles and stores them in db, as
// 'audit ingest' would; none of them names its outlet, and none is
// given one. It returns the analyses in the seeds' order.
func demoIngest(ctx context.Context, db *archive.DB, raws []*input.Raw) ([]*result.Article, error) {
	analyzer, err := attribution.New()
	if err != nil {
		return nil, err
	}
	runner := &pipeline.Runner{Analyzer: analyzer, Checker: findings.NewChecker(findings.Options{})}
	in, err := db.Ingest(ctx, archive.IngestOptions{ToolVersion: version, AnalyzerVersion: analyzerVersion()})
	if err != nil {
		return nil, err
	}
	var arts []*result.Article
	for _, raw := range raws {
		a, err := runner.AnalyzeRaw(ctx, raw)
		if err != nil {
			_, _ = in.Close(ctx) // the error above says what went wrong
			return nil, err
		}
		res := a.Result()
		arts = append(arts, res)
		err = in.Add(ctx, &archive.Entry{Article: res, Locator: "demo:" + raw.Name, Input: raw.Name, Raw: raw.Data,
			InputHash: archive.InputHash(raw.Name, string(raw.Format), "", "", raw.Data)})
		if err != nil {
			_, _ = in.Close(ctx) // the error above says what went wrong
			return nil, err
		}
	}
	counts, err := in.Close(ctx)
	if err == nil && counts.Added != len(raws) {
		err = fmt.Errorf("%d of %d articles stored", counts.Added, len(raws))
	}
	return arts, err
}

// demoSummary prints the demo's one screen: the five articles, what the
// comparison found, and where the site is.
func demoSummary(w io.Writer, infos []archive.ArticleInfo, cmp *compare.Comparison, dir string, color bool) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "audit demo: %d sample articles on US-Mexico cartel policy (2025), analysed offline\n\n", len(infos))
	fmt.Fprintf(b, "  %-30s  %-9s  %6s %2s %2s %2s %2s  %s\n", "article", "outlet", "claims", "N", "A", "O", "U", "score")
	named := false
	for _, a := range infos {
		outlet := a.Outlet
		if outlet == "" {
			outlet = "not named"
		} else {
			named = true
		}
		score := "not checked"
		if a.Score != nil {
			score = fmt.Sprintf("%2d %s", *a.Score, a.Band)
			if color {
				score = bandColor(a.Band) + score + "\x1b[0m"
			}
		}
		fmt.Fprintf(b, "  %s  %s  %6d %2d %2d %2d %2d  %s\n", padRunes(demoTitle(a), 30), padRunes(outlet, 9),
			a.Claims, a.Named, a.Anonymous, a.OutletClaims, a.Unsourced, score)
	}
	b.WriteString("  claims: N named, A anonymous, O another outlet's reporting, U unsourced\n")
	if !named {
		b.WriteString("  None of the five names its outlet: the report counts them under \"No outlet named\".\n")
	}
	kinds := map[string]int{}
	for _, r := range cmp.Rows {
		kinds[r.Kind]++
	}
	fmt.Fprintf(b, "\nThe same articles, three ways (open the site):\n")
	fmt.Fprintf(b, "  check    each article's page: every claim, its source and cue, what an editor would flag\n")
	fmt.Fprintf(b, "  compare  %s: %s in all five, %d in some, %d in one only, side by side\n", demoComparePage,
		count(kinds[compare.Shared], "claim"), kinds[compare.Partial], kinds[compare.Unique])
	fmt.Fprintf(b, "  report   the outlets, the sources, and every claim behind each figure\n\n")
	b.WriteString(filepath.Join(dir, "index.html") + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// count is "1 claim", "2 claims".
func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// demoTitle is an article's headline, or its file's name when it has
// none, cut to 30 characters.
func demoTitle(a archive.ArticleInfo) string {
	t := strings.Join(strings.Fields(a.Title), " ")
	if t == "" {
		t = "(no headline) " + filepath.Base(a.Locator)
	}
	if r := []rune(t); len(r) > 30 {
		t = string(r[:29]) + "…"
	}
	return t
}

// padRunes pads s with spaces to n characters.
func padRunes(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

func bandColor(band string) string {
	switch band {
	case "good":
		return "\x1b[32m"
	case "poor":
		return "\x1b[31m"
	}
	return "\x1b[33m"
}

// demoFolder returns the folder the demo writes into: out, created if
// need be, or, when out is "", a new private folder in the system's
// temporary folder (a fixed name there could be another user's, or a link
// planted for us to follow). A symbolic link is refused, and so is
// anything else than a folder.
func demoFolder(out string) (string, error) {
	if out == "" {
		return os.MkdirTemp("", "audit-demo-")
	}
	st, err := os.Lstat(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if err := os.MkdirAll(out, 0o750); err != nil {
			return "", err
		}
		return out, nil
	case err != nil:
		return "", err
	case st.Mode()&fs.ModeSymlink != 0:
		return "", fmt.Errorf("%s is a symbolic link; give the folder itself", out)
	case !st.IsDir():
		return "", fmt.Errorf("%s is not a folder", out)
	}
	return out, nil
}
