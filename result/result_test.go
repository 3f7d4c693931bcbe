package result_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/internal/demo"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/pipeline"
	"github.com/auditnews/audit/result"
)

// seedReport analyses and checks the embedded seed articles.
func seedReport(t *testing.T) *result.Report {
	t.Helper()
	raws, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	an, err := attribution.New()
	if err != nil {
		t.Fatal(err)
	}
	r := &pipeline.Runner{Analyzer: an, Checker: findings.NewChecker(findings.Options{})}
	rep := &result.Report{SchemaVersion: result.SchemaVersion, Tool: result.Tool{Name: "audit", Version: "test"}}
	for _, raw := range raws {
		a, err := r.AnalyzeRaw(context.Background(), raw)
		if err != nil {
			t.Fatal(err)
		}
		rep.Articles = append(rep.Articles, *a.Result())
	}
	rep.Errors = []result.InputError{{Input: "missing.txt", Error: "no such file"}}
	return rep
}

// encode writes a whole report with an Encoder.
func encode(w io.Writer, r *result.Report) error {
	enc := result.NewEncoder(w, r.Tool)
	for i := range r.Articles {
		if err := enc.Article(&r.Articles[i]); err != nil {
			return err
		}
	}
	for _, ie := range r.Errors {
		enc.InputError(ie)
	}
	return enc.Close()
}

// TestRoundTrip encodes the seeds, decodes them and encodes them again:
// the values and the bytes must survive.
func TestRoundTrip(t *testing.T) {
	rep := seedReport(t)
	var first bytes.Buffer
	if err := encode(&first, rep); err != nil {
		t.Fatal(err)
	}
	back, err := result.Decode(bytes.NewReader(first.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rep) {
		for i := range rep.Articles {
			if !reflect.DeepEqual(back.Articles[i], rep.Articles[i]) {
				t.Errorf("article %d (%s) differs after a round trip", i, rep.Articles[i].Input)
			}
		}
		t.Fatal("report differs after a round trip")
	}
	var second bytes.Buffer
	if err := encode(&second, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Error("re-encoding a decoded report changed its bytes")
	}
	// one article alone, as the archive stores it
	for i := range rep.Articles {
		b, err := json.Marshal(&rep.Articles[i])
		if err != nil {
			t.Fatal(err)
		}
		a, err := result.DecodeArticle(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(*a, rep.Articles[i]) {
			t.Errorf("article %d differs after json.Marshal and DecodeArticle", i)
		}
	}
}

func TestSummaryJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    result.Summary
		want string
	}{
		{"read only", result.Summary{Claims: 3}, `{"claims":3}`},
		{"analysed", result.Summary{Claims: 3, Analysed: true, Named: 1, Unsourced: 2},
			`{"anonymous":0,"claims":3,"named":1,"outlet":0,"unsourced":2}`},
		{"checked", result.Summary{Claims: 2, Analysed: true, Named: 2, Checked: true, Score: 90, Band: "good", Warnings: 1},
			`{"anonymous":0,"band":"good","claims":2,"errors":0,"named":2,"outlet":0,"score":90,"suggestions":0,"unsourced":0,"warnings":1}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.s)
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.want {
				t.Errorf("got %s, want %s", b, tc.want)
			}
			var back result.Summary
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if back != tc.s {
				t.Errorf("round trip: got %+v, want %+v", back, tc.s)
			}
		})
	}
}

func TestDecodeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, doc string
		version   bool
	}{
		{"newer", `{"schema_version": 2, "tool": {}, "articles": [], "errors": []}`, true},
		{"no version", `{"articles": []}`, false},
		{"not json", `<html>`, false},
		{"trailing", `{"schema_version": 1, "articles": []} {}`, false},
		{"empty", ``, false},
		{"white space", " \n", false},
		{"cut short", `{"schema_version": 1, "articles": [{"input": "a`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := result.Decode(strings.NewReader(tc.doc))
			if err == nil {
				t.Fatal("no error")
			}
			var ve *result.VersionError
			if errors.As(err, &ve) != tc.version {
				t.Errorf("err = %v; version error %v, want %v", err, !tc.version, tc.version)
			}
		})
	}
}

func TestEncodeEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := encode(&b, &result.Report{Tool: result.Tool{Name: "audit", Version: "1"}}); err != nil {
		t.Fatal(err)
	}
	want := `{"schema_version": 1, "tool": {"name":"audit","version":"1"}, "articles": [], "errors": []}` + "\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// TestEncoderMatchesMarshalIndent checks that the encoder, which writes
// an article a field and a list element at a time, gives the bytes of
// json.MarshalIndent, for the seeds and for articles with nil and empty
// lists.
func TestEncoderMatchesMarshalIndent(t *testing.T) {
	arts := seedReport(t).Articles
	arts = append(arts, result.Article{}, result.Article{
		Input: "<b>&", Blocks: []result.Block{}, Claims: []result.Claim{{ID: 1}}, Findings: []result.Finding{},
		Quotations: []result.Span{{Start: 1, End: 2}}, Meta: result.Meta{Authors: []string{}},
	})
	for i := range arts {
		var b bytes.Buffer
		enc := result.NewEncoder(&b, result.Tool{Name: "audit"})
		if err := enc.Article(&arts[i]); err != nil {
			t.Fatal(err)
		}
		if err := enc.Close(); err != nil {
			t.Fatal(err)
		}
		want, err := json.MarshalIndent(&arts[i], "  ", "  ")
		if err != nil {
			t.Fatal(err)
		}
		compact, err := json.Marshal(&arts[i])
		if err != nil {
			t.Fatal(err)
		}
		if got := result.AppendArticle(nil, &arts[i]); string(got) != string(compact) {
			t.Fatalf("AppendArticle and json.Marshal differ:\n%s\n----\n%s", got, compact)
		}
		head := `{"schema_version": 1, "tool": {"name":"audit","version":""}, "articles": [` + "\n  "
		got := strings.TrimSuffix(strings.TrimPrefix(b.String(), head), "\n], \"errors\": []}\n")
		if got != string(want) {
			t.Errorf("article %d: encoder and MarshalIndent differ:\n%s\n----\n%s", i, got, want)
		}
	}
}

func BenchmarkEncode(b *testing.B) {
	rep := seedReport(&testing.T{})
	n := 0
	for _, a := range rep.Articles {
		x, _ := json.Marshal(&a)
		n += len(x)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if err := encode(io.Discard, rep); err != nil {
			b.Fatal(err)
		}
	}
}
