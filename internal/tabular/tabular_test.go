package tabular

import (
	"bytes"
	"strings"
	"testing"
)

type label string

func (l label) String() string { return "<" + string(l) + ">" }

type row struct {
	Name  string   `json:"name"`
	Count int      `json:"count"`
	Share float64  `json:"share"`
	OK    bool     `json:"ok"`
	Score *int     `json:"score"`
	Tags  []string `json:"tags"`
	Label label    `json:"label"`
	Skip  string   `json:"-"`
}

func TestFormats(t *testing.T) {
	seven := 7
	rows := []row{
		{Name: `Harbor, "the" Post`, Count: 2, Share: 0.25, OK: true, Score: &seven, Tags: []string{"a", "b"}, Label: "x"},
		{Name: "line\nbreak", Tags: []string{}},
	}
	for _, tc := range []struct {
		format, want string
	}{
		{"csv", "name,count,share,ok,score,tags,label\r\n\"Harbor, \"\"the\"\" Post\",2,0.25,true,7,a; b,<x>\r\n\"line\r\nbreak\",0,0,false,,,<>\r\n"}, // csv writes line breaks in fields as CRLF too
		{"json", "[\n{\"name\":\"Harbor, \\\"the\\\" Post\",\"count\":2,\"share\":0.25,\"ok\":true,\"score\":7,\"tags\":[\"a\",\"b\"],\"label\":\"x\"},\n" +
			"{\"name\":\"line\\nbreak\",\"count\":0,\"share\":0,\"ok\":false,\"score\":null,\"tags\":[],\"label\":\"\"}\n]\n"},
		{"jsonl", "{\"name\":\"Harbor, \\\"the\\\" Post\",\"count\":2,\"share\":0.25,\"ok\":true,\"score\":7,\"tags\":[\"a\",\"b\"],\"label\":\"x\"}\n" +
			"{\"name\":\"line\\nbreak\",\"count\":0,\"share\":0,\"ok\":false,\"score\":null,\"tags\":[],\"label\":\"\"}\n"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			var b bytes.Buffer
			w, err := New[row](&b, tc.format)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				if err := w.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if b.String() != tc.want {
				t.Errorf("got\n%q\nwant\n%q", b.String(), tc.want)
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	for format, want := range map[string]string{"csv": "name,count,share,ok,score,tags,label\r\n", "json": "[]\n", "jsonl": ""} {
		var b bytes.Buffer
		w, err := New[row](&b, format)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil || b.String() != want {
			t.Errorf("%s: %q (%v), want %q", format, b.String(), err, want)
		}
	}
	if _, err := New[row](&bytes.Buffer{}, "xml"); err == nil || !strings.Contains(err.Error(), "csv, json, jsonl") {
		t.Errorf("unknown format: %v", err)
	}
}
