package compare_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/input"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

// seeds analyses the five embedded seed articles.
func seeds(t testing.TB) []*result.Article {
	t.Helper()
	raws, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	r := &pipeline.Runner{Analyzer: an}
	var out []*result.Article
	for _, raw := range raws {
		a, err := r.AnalyzeRaw(context.Background(), raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a.Result())
	}
	return out
}

func seedComparison(t testing.TB) *compare.Comparison {
	t.Helper()
	c, err := compare.Compare(context.Background(), seeds(t), compare.Options{Tool: result.Tool{Name: "audit", Version: "test"}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// analyse reads and analyses small articles given as name, text pairs.
func analyse(t testing.TB, pairs ...string) []*result.Article {
	t.Helper()
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	r := &pipeline.Runner{Analyzer: an}
	var out []*result.Article
	for i := 0; i+1 < len(pairs); i += 2 {
		raw := &input.Raw{Item: input.Item{Name: pairs[i], Kind: input.File}, Data: []byte(pairs[i+1]), Format: article.Text, Charset: "utf-8"}
		a, err := r.AnalyzeRaw(context.Background(), raw)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a.Result())
	}
	return out
}

// Three short reports of one council vote, written for these tests.
const (
	voteA = "Council Approves Harbor Bridge Toll\n\nWESTPORT (AP) — The city council voted 7-2 on Tuesday to raise the Harbor Bridge toll to $4, Mayor Ana Ruiz said.\n\n" +
		"\"We cannot keep the bridge open without it,\" Ruiz said after the vote. Critics say the toll will hurt commuters.\n\n" +
		"The bridge carries about 40,000 cars a day, according to the city's transport office.\n"
	voteB = "Westport Council Votes to Raise Bridge Toll\n\nThe Westport city council voted 7-2 on Tuesday to raise the Harbor Bridge toll to $4, Mayor Ana Ruiz said.\n\n" +
		"\"We cannot keep the bridge open,\" Ruiz said. Commuter groups said they would appeal.\n\n" +
		"The bridge carries nearly 52,000 cars a day, the commuter group said.\n"
	voteC = "Bridge Toll Rises in Westport\n\nWestport council members approved a higher Harbor Bridge toll on Tuesday in a 7-2 vote.\n\n" +
		"\"We cannot keep the bridge open without it,\" said council member Tom Hale. The new toll of $4 starts in May.\n"
)

func TestCompareSmall(t *testing.T) {
	arts := analyse(t, "a.txt", voteA, "b.txt", voteB, "c.txt", voteC)
	c, err := compare.Compare(context.Background(), arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !c.OneEvent || len(c.Events) != 1 {
		t.Errorf("three reports of one vote: one_event %v, events %v, pairs %+v", c.OneEvent, c.Events, c.Pairs)
	}
	if len(c.Syndication.Credits) != 1 || c.Syndication.Credits[0].Wire != "Associated Press" || c.Syndication.Pickups != 1 {
		t.Errorf("syndication: %+v", c.Syndication)
	}
	classes := map[string]int{}
	for _, m := range c.QuoteMatches {
		classes[m.Class]++
	}
	// A and C quote the same words, C gives them to Hale; B cuts them
	if classes[compare.QuoteOtherSpeaker] != 2 || classes[compare.QuoteTruncated] != 1 {
		t.Errorf("quotation matches: %v", classes)
	}
	var cars *compare.NumberSlot
	for i := range c.Numbers {
		if c.Numbers[i].Head == "car" {
			cars = &c.Numbers[i]
		}
	}
	if cars == nil || cars.Verdict != compare.SlotConflict {
		t.Errorf("cars a day: %+v", cars)
	} else if a, b := cars.Entries[0].Number, cars.Entries[1].Number; a.Approx != "about" || b.Approx != "nearly" || a.Value != 40000 || b.Value != 52000 {
		t.Errorf("cars a day: %+v / %+v", a, b)
	}
	shared := 0
	for _, r := range c.Rows {
		if r.Kind == compare.Shared {
			shared++
		}
	}
	if shared == 0 {
		t.Error("no claim shared by the three reports")
	}
}

func TestCompareRefuses(t *testing.T) {
	en := analyse(t, "a.txt", voteA, "b.txt", voteB)
	es := analyse(t, "es.txt", "Sube el peaje del puente\n\nEl concejo de la ciudad votó el martes para subir el peaje del puente a 4 dólares, "+
		"dijo la alcaldesa Ana Ruiz, que dijo que la ciudad no puede mantener el puente abierto sin el dinero de los que lo cruzan cada día por la mañana.\n")
	empty := &result.Article{Input: "empty.txt"}
	for _, tc := range []struct {
		name string
		arts []*result.Article
		want string
	}{
		{"one", en[:1], "got one (a.txt)"},
		{"none", nil, "need at least two"},
		{"empty", []*result.Article{en[0], empty}, "no text in empty.txt"},
		{"languages", []*result.Article{en[0], es[0]}, "different languages: en (a.txt); es (es.txt)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := compare.Compare(context.Background(), tc.arts, compare.Options{})
			var ie *compare.InputError
			if !errors.As(err, &ie) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want an InputError saying %q", err, tc.want)
			}
		})
	}
	c, err := compare.Compare(context.Background(), []*result.Article{en[0], empty, en[1]}, compare.Options{})
	if err != nil || len(c.Articles) != 2 || len(c.Warnings) == 0 {
		t.Errorf("an empty article among two good ones: %v, %+v", err, c)
	}
}

func TestHTMLEscapes(t *testing.T) {
	arts := analyse(t, "a.txt", "Toll <b>Rises</b>\n\nThe toll rose to $4 on Tuesday, <script>alert(1)</script> Mayor Ana Ruiz said.\n",
		"b.txt", "Toll Rises\n\nThe toll rose to $4 on Tuesday, Mayor Ana Ruiz said, <img src=x onerror=alert(1)>.\n")
	c, err := compare.Compare(context.Background(), arts, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := compare.WriteHTML(&b, c); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	for _, bad := range []string{"<script", "<img", "<b>Rises", "http://", "https://"} {
		if strings.Contains(page, bad) {
			t.Errorf("page holds %q", bad)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;") {
		t.Error("the article's markup is not shown escaped")
	}
}
