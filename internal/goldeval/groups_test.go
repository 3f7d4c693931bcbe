package goldeval

import (
	"bytes"
	"strings"
	"testing"
)

func TestScoreGroups(t *testing.T) {
	gold, err := Read(strings.NewReader(`
{"doc": "post/a.txt", "text": "The mayor said the bridge reopens.", "class": "named", "source": "Tom Reyes"}
{"doc": "post/a.txt", "text": "Repairs cost two million dollars.", "class": "unsourced"}
{"doc": "post/b.txt", "text": "Critics say the work was rushed.", "class": "anonymous", "source": "critics"}
{"doc": "times/c.txt", "text": "The toll rose to four dollars.", "class": "unsourced"}
{"doc": "times/c.txt", "text": "Officials said the toll would stay.", "class": "anonymous", "source": "officials"}
`), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]Claim{
		"post/a.txt":  {{ID: 1, Text: "The mayor said the bridge reopens.", Class: "named", SourceName: "Tom Reyes"}, {ID: 2, Text: "Repairs cost two million dollars.", Class: "unsourced"}},
		"post/b.txt":  {{ID: 1, Text: "Critics say the work was rushed.", Class: "anonymous", SourceSpan: "Critics"}},
		"times/c.txt": {{ID: 1, Text: "The toll rose to four dollars.", Class: "unsourced"}, {ID: 2, Text: "Officials said the toll would stay.", Class: "unsourced"}},
	}
	groups := ScoreGroups(gold, preds, PathOutlet, Options{})
	if len(groups) != 2 || groups[0].Name != "post" || groups[1].Name != "times" {
		t.Fatalf("groups = %+v", groups)
	}
	if groups[0].Docs != 2 || groups[1].Docs != 1 {
		t.Errorf("docs = %d, %d, want 2, 1", groups[0].Docs, groups[1].Docs)
	}
	post, times := groups[0].Report.Summary(), groups[1].Report.Summary()
	if post.Accuracy != 1 || post.MacroF1 != 1 || post.Claims != 3 {
		t.Errorf("post = %+v", post)
	}
	if times.Accuracy != 0.5 || times.Claims != 2 {
		t.Errorf("times = %+v", times)
	}
	m := MacroGroups(groups)
	if m.Accuracy != 0.75 || m.Claims != 5 {
		t.Errorf("macro = %+v", m)
	}
	r := Score(gold, preds, Options{})
	r.Groups = groups
	var buf bytes.Buffer
	if err := r.Write(&buf, false); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"by outlet:\n", "\npost ", "\ntimes ", "\nmacro over outlets ", "   0.750 "} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if last := out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:]; !strings.HasPrefix(last, "macro_f1=") {
		t.Errorf("last line = %q, want the summary line", last)
	}
}

func TestReadOutlets(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string // doc → outlet; "" means not found
	}{
		{"tsv", "a.txt\tThe Post\n# comment\n\nsub/b.txt\tThe Times\n",
			map[string]string{"a.txt": "The Post", "sub/b.txt": "The Times", "b.txt": "", "other/a.txt": "The Post"}},
		{"csv with quotes", "a.txt,\"Post, The\"\r\nb,Times\n",
			map[string]string{"a.txt": "Post, The", "x/b.txt": "Times", "x/b.md": "Times"}},
		{"tsv header", "id\tfilename\tlevel\tpublisher\n1\tpost_2016_a\t3\tpost\n2\ttimes_2016_b\t4\ttimes\n",
			map[string]string{"corpus/dev/text/post_2016_a.txt": "post", "times_2016_b.txt": "times", "1": ""}},
		{"csv header", "Outlet,Doc\nPost,a.txt\n", map[string]string{"a.txt": "Post", "Post": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ReadOutlets(strings.NewReader(tt.in), "outlets")
			if err != nil {
				t.Fatal(err)
			}
			for doc, want := range tt.want {
				got, ok := m.Lookup(doc)
				if got != want || ok != (want != "") {
					t.Errorf("Lookup(%q) = %q, %v, want %q", doc, got, ok, want)
				}
			}
		})
	}
}

func TestReadOutletsErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", "outlets: no document and outlet rows"},
		{"# only a comment\n", "no document and outlet rows"},
		{"doc\toutlet\n", "no document and outlet rows"},
		{"a.txt\tPost\nb.txt\n", "outlets:2: want a document and an outlet column, found 1"},
		{"a.txt,\n", "outlets:1: empty document or outlet"},
		{"a.txt\tPost\na.txt\tTimes\n", `outlets:2: "a.txt" is mapped to "Post" and to "Times"`},
	} {
		_, err := ReadOutlets(strings.NewReader(tt.in), "outlets")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadOutlets(%q) = %v, want error containing %q", tt.in, err, tt.want)
		}
	}
}

func TestPathOutlet(t *testing.T) {
	for doc, want := range map[string]string{
		"harbor-post/2025/a.txt": "harbor-post", "a.txt": "", "./post/a.txt": "post", "../a.txt": "", "": "",
	} {
		if got := PathOutlet(doc); got != want {
			t.Errorf("PathOutlet(%q) = %q, want %q", doc, got, want)
		}
	}
}
