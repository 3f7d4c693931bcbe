package printer

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
)

func TestNew(t *testing.T) {
	for _, format := range append([]string{""}, Formats...) {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			p, err := New(format, &b, testOptions())
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Article(nil); err == nil {
				t.Error("a nil article gave no error")
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
		})
	}
	if _, err := New("xml", &bytes.Buffer{}, Options{}); err == nil || !strings.Contains(err.Error(), "html") {
		t.Errorf("unknown format: err = %v, want one listing the formats", err)
	}
}

// positionless is the fixture article with findings lacking positions, to
// check the fallbacks.
func positionless(t testing.TB) *pipeline.Article {
	a := levyArticle(t)
	a.Findings = []findings.Finding{
		{Rule: "loaded-cue", Severity: findings.Suggestion, Claim: 3, Message: "no position,\nno span"},
		{Rule: "unsourced-share", Severity: findings.Suggestion, Message: "article level"},
		{Rule: "unsourced-statistic", Severity: findings.Warning, Claim: 7, Message: "span only",
			Span: article.Span{Start: strings.Index(a.Doc.Text, "18%"), End: strings.Index(a.Doc.Text, "18%") + 3}},
	}
	return a
}

func TestLine(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    func(testing.TB) *pipeline.Article
		want string
	}{
		{"fallbacks", positionless, "" +
			"drafts/levy.txt:1:1: suggestion loaded-cue: no position, no span\n" +
			"drafts/levy.txt:1:1: suggestion unsourced-share: article level\n" +
			"drafts/levy.txt:15:26: warning unsourced-statistic: span only\n"},
		{"unchecked", ferryArticle, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			p := NewLine(&b, testOptions())
			if err := p.Article(res(tc.a(t))); err != nil {
				t.Fatal(err)
			}
			if err := p.InputError("x.txt", errors.New("boom")); err != nil {
				t.Fatal(err)
			}
			if err := p.Close(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestLocateHeadline(t *testing.T) {
	a := levyArticle(t)
	a.Findings = []findings.Finding{{Rule: "headline-unsupported"}}
	got := locate(res(a).Findings[0])
	if want := (place{Line: 1, Column: 1, EndLine: 1, EndColumn: 45}); got != want {
		t.Errorf("article-level finding at %+v, want the headline %+v", got, want)
	}
	// An article with no headline and no positions at all.
	doc := &article.Document{Input: "-", Text: "Some text."}
	bare := &pipeline.Article{Doc: doc, Findings: []findings.Finding{{Claim: 1}}}
	if got, want := locate(res(bare).Findings[0]), (place{Line: 1, Column: 1}); got != want {
		t.Errorf("no position: %+v, want %+v", got, want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	for _, tc := range []struct {
		in, data, property string
	}{
		{"plain", "plain", "plain"},
		{"50% of 10", "50%25 of 10", "50%25 of 10"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"dir/a:b,c.txt", "dir/a:b,c.txt", "dir/a%3Ab%2Cc.txt"},
		{"%0A", "%250A", "%250A"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
	} {
		if got := githubData(tc.in); got != tc.data {
			t.Errorf("githubData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := githubProperty(tc.in); got != tc.property {
			t.Errorf("githubProperty(%q) = %q, want %q", tc.in, got, tc.property)
		}
	}
}

func TestGitHub(t *testing.T) {
	a := positionless(t)
	a.Doc.Input = "news/a,b:c.txt"
	a.Findings[0].Message = "two\nlines, 100%"
	var b bytes.Buffer
	p := NewGitHub(&b, testOptions())
	if err := p.Article(res(a)); err != nil {
		t.Fatal(err)
	}
	if err := p.InputError("", errors.New("no inputs")); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	want := "" +
		"::notice file=news/a%2Cb%3Ac.txt,line=1,col=1,title=loaded-cue::two%0Alines, 100%25\n" +
		"::notice file=news/a%2Cb%3Ac.txt,line=1,col=1,endLine=1,endColumn=45,title=unsourced-share::article level\n" +
		"::warning file=news/a%2Cb%3Ac.txt,line=15,col=26,endLine=15,endColumn=29,title=unsourced-statistic::span only\n" +
		"::error::no inputs\n"
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		color bool
	}{{"plain", false}, {"colour", true}} {
		t.Run(tc.name, func(t *testing.T) {
			opts := testOptions()
			opts.Color = tc.color
			out := string(printRun(t, "text", opts))
			if has := strings.Contains(out, "\x1b["); has != tc.color {
				t.Errorf("colour codes present: %v, want %v", has, tc.color)
			}
			if tc.color {
				for _, want := range []string{ansiRed + "error", ansiYellow + "warning", ansiBlue + "suggestion", ansiYellow + "58/100 needs work"} {
					if !strings.Contains(out, want) {
						t.Errorf("no %q in the output", want)
					}
				}
				return
			}
			for i, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > textWidth {
					t.Errorf("line %d has %d columns: %q", i+1, n, l)
				}
			}
			for _, want := range []string{"sourcing score 58/100 needs work · 1 error, 4 warnings, 2 suggestions",
				"15:26   warning    unsourced-statistic", "8 claims in 10 blocks: 3 named, 2 anonymous, 1 outlet, 2 unsourced"} {
				if !strings.Contains(out, want) {
					t.Errorf("no %q in the output", want)
				}
			}
		})
	}
}

func TestWrap(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  []string
	}{
		{"", 10, nil},
		{"one two three", 7, []string{"one two", "three"}},
		{"averyverylongword x", 5, []string{"averyverylongword", "x"}},
		{"é é é", 3, []string{"é é", "é"}},
	} {
		got := wrap(tc.in, tc.width)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") || len(got) != len(tc.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
	}
}
