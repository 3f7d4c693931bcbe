package compare_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/auditnews/audit/compare"
	"github.com/auditnews/audit/result"
)

func TestDiffVersions(t *testing.T) {
	arts := analyse(t,
		"v1.txt", "Toll Rises\n\nThe toll rose to $14 on Monday, Mayor Ana Ruiz said.\n\n"+
			"Two officials, who asked not to be named, said the council would vote again.\n\n"+
			"The council meets every week in the old town hall on the harbor.\n\n"+
			"Critics say the toll is too high for commuters.\n",
		"v2.txt", "Toll Rises Again\n\nThe toll rose to $15 on Monday, Mayor Ana Ruiz said.\n\n"+
			"Two officials, who asked not to be named, said the council would vote again.\n\n"+
			"Council President Tom Hale said the toll is too high for commuters.\n\n"+
			"The bridge carries 40,000 cars a day, the port authority said.\n",
		"v3.txt", "Toll Rises Again\n\n“The toll rose to $15 on Monday” — Mayor Ana Ruiz said.\n",
		"v4.txt", "Toll Rises Again\n\n\"The toll rose to $15 on Monday\" - Mayor Ana Ruiz said.\n")
	v := func(i int) compare.Version {
		return compare.Version{Article: arts[i], Version: i + 1, ID: int64(10 + i), FirstSeen: "2025-03-0" + strconv.Itoa(4+i)}
	}
	d := compare.DiffVersions(v(0), v(1), result.Tool{Name: "audit", Version: "test"})
	if !d.Changed || !compare.Changed(d.Title) || d.WordsInserted == 0 || d.WordsDeleted == 0 {
		t.Errorf("diff %+v: want a changed title and text", d)
	}
	kinds := map[string][]string{}
	for _, c := range d.Claims {
		text := ""
		if c.To != nil {
			text = c.To.Text
		} else {
			text = c.From.Text
		}
		kinds[c.Change] = append(kinds[c.Change], text)
	}
	for _, want := range []struct{ change, text string }{
		{compare.ClaimReworded, "The toll rose to $15"},
		{compare.ClaimAdded, "The bridge carries 40,000 cars"},
		{compare.ClaimRemoved, "The council meets every week"},
	} {
		found := false
		for _, text := range kinds[want.change] {
			found = found || strings.Contains(text, want.text)
		}
		if !found {
			t.Errorf("no %s claim %q among %v", want.change, want.text, kinds)
		}
	}
	for _, text := range kinds[compare.ClaimAdded] {
		if strings.Contains(text, "Two officials") {
			t.Error("an unchanged claim is reported as added")
		}
	}
	if d.Counts[compare.ClaimReworded] != len(kinds[compare.ClaimReworded]) {
		t.Errorf("counts %v", d.Counts)
	}

	same := compare.DiffVersions(v(2), v(3), result.Tool{})
	if same.Changed || len(same.Claims) != 0 {
		t.Errorf("quotation marks and dashes counted as changes: %+v", same)
	}
	for _, write := range []func(*bytes.Buffer, *compare.VersionDiff) error{
		func(b *bytes.Buffer, d *compare.VersionDiff) error { return compare.WriteDiffText(b, d) },
		func(b *bytes.Buffer, d *compare.VersionDiff) error { return compare.WriteDiffJSON(b, d) },
		func(b *bytes.Buffer, d *compare.VersionDiff) error { return compare.WriteDiffHTML(b, d) },
	} {
		var b bytes.Buffer
		if err := write(&b, same); err != nil || !strings.Contains(b.String(), "the same") && !strings.Contains(b.String(), `"changed": false`) {
			t.Errorf("unchanged versions written as %q, %v", b.String(), err)
		}
	}
}

// TestDiffHTMLEscapes keeps article text out of the page's markup.
func TestDiffHTMLEscapes(t *testing.T) {
	arts := analyse(t, "a.txt", "Title\n\nThe mayor said <script>alert(1)</script> on Monday.\n",
		"b.txt", "Title\n\nThe mayor said <b>nothing</b> on Monday.\n")
	d := compare.DiffVersions(compare.Version{Article: arts[0], Version: 1}, compare.Version{Article: arts[1], Version: 2}, result.Tool{})
	var b bytes.Buffer
	if err := compare.WriteDiffHTML(&b, d); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<script>") || strings.Contains(b.String(), "<b>") {
		t.Error("article markup reached the page")
	}
}
