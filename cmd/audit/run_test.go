package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runFiles are the inputs the table below runs commands on.
var runFiles = map[string]string{
	// eval --outlets
	"outlets.tsv": "clean.txt\tThe Ledger\n",
	"bad.tsv":     "clean.txt\n",

	"clean.txt": "Bridge Reopens\n\nMayor Tom Reyes said the bridge would reopen on Monday.\n",
	"flagged.txt": "Toll Rises\n\nThe toll rose to $14 on Monday, the third rise in a year.\n\n" +
		"Critics say it is too high, and officials, who asked not to be named, admitted it.\n",
	"gold.jsonl": `{"doc": "clean.txt", "text": "Bridge Reopens", "class": "none", "kind": "headline"}` + "\n" +
		`{"doc": "clean.txt", "text": "Mayor Tom Reyes said the bridge would reopen on Monday.", "class": "named", "source": "Tom Reyes"}` + "\n",
	"bad.jsonl":   `{"doc": "clean.txt", "text": "x", "class": "sourced"}` + "\n",
	"binary.html": "\x00\x01\x02\x03",
	"bridge.md": "# Reyes Reopens Harbor Bridge\n\nThe Harbor Bridge reopens on Monday, Mayor Tom Reyes said on Friday, " +
		"after repairs that cost $14 million.\n",
	"puente.txt": "Reyes reabre el puente\n\nEl alcalde Tom Reyes dijo que el puente del puerto se reabrirá el lunes, " +
		"después de las reparaciones que costaron 14 millones de dólares, y que la ciudad no cobrará peaje por el uso del puente " +
		"durante los primeros meses. Los vecinos de la zona del puerto dijeron que el cierre de la obra fue largo para ellos y " +
		"para las tiendas de la calle, que perdieron clientes por la falta de paso.\n",
	"notes.db": "these are notes, not a database\n",
	"bad.csv":  "file,outlet\nclean.txt,x\n",
	// convert: reports as check --format json writes them
	"empty.json": `{"schema_version": 1, "tool": {"name": "audit", "version": "0.1.0"}, "articles": [], "errors": []}` + "\n",
	"flagged.json": `{"schema_version": 1, "tool": {"name": "audit", "version": "0.1.0"}, "articles": [{"input": "flagged.txt", "format": "text", ` +
		`"text": "The toll rose to $14.", "findings": [{"rule": "unsourced-statistic", "severity": "warning", "claim": 1, "message": "a figure with no source", ` +
		`"start": 0, "end": 21, "line": 1, "column": 1, "end_line": 1, "end_column": 22}], "summary": {"claims": 1}}], "errors": []}` + "\n",
	"failed.json": `{"schema_version": 1, "tool": {"name": "audit", "version": "0.1.0"}, "articles": [], ` +
		`"errors": [{"input": "missing.txt", "error": "no such file or directory"}]}` + "\n",
	"zero.json":         "",
	"newer.json":        `{"schema_version": 99, "tool": {"name": "audit", "version": "9.0.0"}, "articles": [], "errors": []}` + "\n",
	"bad-severity.json": `{"schema_version": 1, "articles": [{"input": "x.txt", "findings": [{"rule": "r", "severity": "fatal"}]}]}` + "\n",
	"good.csv":          "path,outlet,published\nclean.txt,The Harbor Post,2025-03-04\n",
}

// TestRunExitCodes runs every command in-process and checks the exit code
// of each kind of outcome: 0 success, 1 findings at or above --fail-on,
// 2 usage, input or runtime error. Every command must appear.
func TestRunExitCodes(t *testing.T) {
	dir := t.TempDir()
	for name, text := range runFiles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	in := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no command", nil, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"help", []string{"help"}, 0},
		{"help check", []string{"help", "check"}, 0},
		{"help unknown", []string{"help", "frobnicate"}, 2},

		{"check clean", []string{"check", "--no-config", in("clean.txt")}, 0},
		{"check below fail-on", []string{"check", "--no-config", in("flagged.txt")}, 0},
		{"check findings", []string{"check", "--no-config", "--fail-on", "warning", in("flagged.txt")}, 1},
		{"check missing input", []string{"check", "--no-config", in("missing.txt")}, 2},
		{"check unreadable input", []string{"check", "--no-config", in("binary.html")}, 2},
		{"check missing and findings", []string{"check", "--no-config", "--fail-on", "warning", in("flagged.txt"), in("missing.txt")}, 2},
		{"check no inputs", []string{"check"}, 2},
		{"check bad flag", []string{"check", "--frobnicate", in("clean.txt")}, 2},
		{"check bad format", []string{"check", "--format", "xml", in("clean.txt")}, 2},
		{"check bad fail-on", []string{"check", "--fail-on", "panic", in("clean.txt")}, 2},
		{"check unknown rule", []string{"check", "--disable", "no-such-rule", in("clean.txt")}, 2},
		{"check missing config", []string{"check", "--config", in("missing.yaml"), in("clean.txt")}, 2},
		{"check help", []string{"check", "--help"}, 0},

		{"compare", []string{"compare", "--no-config", in("clean.txt"), in("bridge.md")}, 0},
		{"compare json", []string{"compare", "--no-config", "--format", "json", in("clean.txt"), in("bridge.md")}, 0},
		{"compare one article", []string{"compare", "--no-config", in("clean.txt")}, 2},
		{"compare missing input", []string{"compare", "--no-config", in("clean.txt"), in("bridge.md"), in("missing.txt")}, 2},
		{"compare languages", []string{"compare", "--no-config", in("clean.txt"), in("puente.txt")}, 2},
		{"compare no inputs", []string{"compare"}, 2},
		{"compare bad format", []string{"compare", "--format", "xml", in("clean.txt"), in("bridge.md")}, 2},

		{"convert", []string{"convert", "--no-config", in("empty.json")}, 0},
		{"convert below fail-on", []string{"convert", "--no-config", "--format", "sarif", in("flagged.json")}, 0},
		{"convert findings", []string{"convert", "--no-config", "--fail-on", "warning", in("flagged.json")}, 1},
		{"convert findings html", []string{"convert", "--no-config", "--fail-on", "warning", "--format", "html", in("flagged.json")}, 1},
		{"convert unreadable inputs", []string{"convert", "--no-config", in("failed.json")}, 2},
		{"convert not json", []string{"convert", "--no-config", in("notes.db")}, 2},
		{"convert binary", []string{"convert", "--no-config", in("binary.html")}, 2},
		{"convert empty", []string{"convert", "--no-config", in("zero.json")}, 2},
		{"convert newer schema", []string{"convert", "--no-config", in("newer.json")}, 2},
		{"convert unknown severity", []string{"convert", "--no-config", in("bad-severity.json")}, 2},
		{"convert missing report", []string{"convert", "--no-config", in("missing.json")}, 2},
		{"convert empty stdin", []string{"convert", "--no-config"}, 2},
		{"convert two reports", []string{"convert", in("empty.json"), in("flagged.json")}, 2},
		{"convert bad format", []string{"convert", "--format", "xml", in("empty.json")}, 2},
		{"convert bad fail-on", []string{"convert", "--fail-on", "panic", in("empty.json")}, 2},
		{"convert missing config", []string{"convert", "--config", in("missing.yaml"), in("flagged.json")}, 2},

		{"demo", []string{"demo", "--color", "never", "--out", filepath.Join(dir, "demo")}, 0},
		{"demo arguments", []string{"demo", "extra"}, 2},

		{"eval", []string{"eval", "--gold", in("gold.jsonl"), "--corpus", dir}, 0},
		{"eval no gold", []string{"eval"}, 2},
		{"eval bad gold", []string{"eval", "--gold", in("bad.jsonl"), "--corpus", dir}, 2},
		{"eval missing gold", []string{"eval", "--gold", in("missing.jsonl")}, 2},
		{"eval by outlet", []string{"eval", "--gold", in("gold.jsonl"), "--corpus", dir, "--outlets", in("outlets.tsv")}, 0},
		{"eval bad outlets", []string{"eval", "--gold", in("gold.jsonl"), "--corpus", dir, "--outlets", in("bad.tsv")}, 2},

		{"ingest", []string{"ingest", "--no-config", "--quiet", "--db", in("a.db"), in("clean.txt")}, 0},
		{"ingest manifest", []string{"ingest", "--no-config", "--db", in("a.db"), "--manifest", in("good.csv")}, 0},
		{"ingest missing input", []string{"ingest", "--no-config", "--db", in("a.db"), in("clean.txt"), in("missing.txt")}, 2},
		{"ingest unreadable input", []string{"ingest", "--no-config", "--db", in("a.db"), in("binary.html")}, 2},
		{"ingest bad manifest", []string{"ingest", "--db", in("a.db"), "--manifest", in("bad.csv")}, 2},
		{"ingest refused database", []string{"ingest", "--db", in("notes.db"), in("clean.txt")}, 2},
		{"ingest no inputs", []string{"ingest", "--db", in("a.db")}, 2},
		{"ingest reanalyze", []string{"ingest", "--no-config", "--db", in("a.db"), "--reanalyze"}, 0},
		{"ingest reanalyze with inputs", []string{"ingest", "--db", in("a.db"), "--reanalyze", in("clean.txt")}, 2},

		{"export", []string{"export", "outlets", "--db", in("a.db")}, 0},
		{"export json", []string{"export", "claims", "--format", "json", "--db", in("a.db"), "--since", "2025-01-01"}, 0},
		{"export unknown table", []string{"export", "people", "--db", in("a.db")}, 2},
		{"export no table", []string{"export", "--db", in("a.db")}, 2},
		{"export bad format", []string{"export", "claims", "--format", "xml", "--db", in("a.db")}, 2},
		{"export bad date", []string{"export", "claims", "--since", "May", "--db", in("a.db")}, 2},
		{"export no archive", []string{"export", "claims", "--db", in("none.db")}, 2},
		{"export refused database", []string{"export", "claims", "--db", in("notes.db")}, 2},

		{"events", []string{"events", "--db", in("a.db")}, 0},
		{"events json", []string{"events", "--db", in("a.db"), "--format", "json", "--min-size", "2"}, 0},
		{"events no archive", []string{"events", "--db", in("none.db")}, 2},
		{"events refused database", []string{"events", "--db", in("notes.db")}, 2},
		{"events arguments", []string{"events", "--db", in("a.db"), "extra"}, 2},
		{"events bad date", []string{"events", "--db", in("a.db"), "--until", "May"}, 2},
		{"events bad threshold", []string{"events", "--db", in("a.db"), "--threshold", "2"}, 2},
		{"compare event of one article", []string{"compare", "--db", in("a.db"), "--event", "1"}, 2},
		{"compare unknown event", []string{"compare", "--db", in("a.db"), "--event", "999"}, 2},
		{"compare bad event id", []string{"compare", "--db", in("a.db"), "--event", "first"}, 2},
		{"compare versions of one", []string{"compare", "--db", in("a.db"), "--versions", "1"}, 2},
		{"compare stored no archive", []string{"compare", "--db", in("none.db"), "--article", "1,2"}, 2},

		{"report", []string{"report", "--db", in("a.db"), "--out", in("site")}, 0},
		{"report again", []string{"report", "--db", in("a.db"), "--out", in("site")}, 0},
		{"report no articles", []string{"report", "--db", in("a.db"), "--out", in("none"), "--outlet", "Nobody"}, 2},
		{"report folder with other files", []string{"report", "--db", in("a.db"), "--out", dir}, 2},
		{"report arguments", []string{"report", "--db", in("a.db"), "extra"}, 2},
		{"report bad date", []string{"report", "--db", in("a.db"), "--until", "May"}, 2},
		{"report no archive", []string{"report", "--db", in("none.db")}, 2},
		{"report refused database", []string{"report", "--db", in("notes.db")}, 2},

		{"stats", []string{"stats", "--db", in("a.db")}, 0},
		{"stats no archive", []string{"stats", "--db", in("none.db")}, 2},
		{"stats arguments", []string{"stats", "--db", in("a.db"), "extra"}, 2},

		{"rules", []string{"rules"}, 0},
		{"rules json", []string{"rules", "--format", "json"}, 0},
		{"rules bad format", []string{"rules", "--format", "xml"}, 2},

		{"serve help", []string{"serve", "--help"}, 0},
		{"serve bad flag", []string{"serve", "--frobnicate"}, 2},
		{"serve arguments", []string{"serve", in("clean.txt")}, 2},
		{"serve non-loopback without token", []string{"serve", "--addr", "0.0.0.0:0"}, 2},
		{"serve all interfaces without token", []string{"serve", "--addr", ":0"}, 2},
		{"serve bad address", []string{"serve", "--addr", "localhost"}, 2},
		{"serve bad cors", []string{"serve", "--cors", "cms.example.com"}, 2},
		{"serve bad max-size", []string{"serve", "--max-size", "lots"}, 2},
		{"serve bad timeout", []string{"serve", "--timeout", "0s"}, 2},
		{"serve bad log", []string{"serve", "--log", "xml"}, 2},
		{"serve unknown rule", []string{"serve", "--disable", "no-such-rule"}, 2},
		{"serve missing config", []string{"serve", "--config", in("missing.yaml")}, 2},
		{"serve refused database", []string{"serve", "--db", in("notes.db")}, 2},
		{"serve port taken", []string{"serve", "--addr", takenAddr(t)}, 2},

		{"version", []string{"version"}, 0},
		{"version arguments", []string{"version", "--frobnicate"}, 2},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			getenv := func(k string) string {
				if k == "NO_COLOR" {
					return "1"
				}
				return ""
			}
			code := run(context.Background(), tc.args, strings.NewReader(""), &stdout, &stderr, getenv)
			if code != tc.code {
				t.Errorf("audit %s: exit %d, want %d\nstderr: %s", strings.Join(tc.args, " "), code, tc.code, stderr.String())
			}
			if code == 2 && tc.args != nil && !strings.Contains(tc.name, "help") && stderr.Len() == 0 {
				t.Errorf("audit %s: exit 2 with nothing on stderr", strings.Join(tc.args, " "))
			}
		})
		if len(tc.args) > 0 {
			covered[tc.args[0]] = true
		}
	}
	for _, c := range commands() {
		if !covered[c.name] {
			t.Errorf("command %q has no row in the exit-code table", c.name)
		}
	}
}

// TestDocNamesEveryCommand keeps doc.go's usage list true.
func TestDocNamesEveryCommand(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range commands() {
		if !strings.Contains(string(doc), "//\taudit "+c.name) {
			t.Errorf("doc.go does not name the command %q", c.name)
		}
	}
}

// errFull is the error of a standard output that takes nothing.
var errFull = errors.New("no space left on device")

// fullWriter is a standard output that takes nothing: a full disk, or a
// pipe closed by its reader.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, errFull }

// TestStdoutFails: a command whose output cannot be written exits 2 with
// the error on stderr, never 0 as if its output were whole.
func TestStdoutFails(t *testing.T) {
	dir := t.TempDir()
	text, db := filepath.Join(dir, "clean.txt"), filepath.Join(dir, "a.db")
	if err := os.WriteFile(text, []byte(runFiles["clean.txt"]), 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"ingest", "--no-config", "--quiet", "--db", db, text}, strings.NewReader(""), io.Discard, &stderr, noEnv); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr.String())
	}
	tests := []struct {
		name string
		args []string
	}{
		{"help", []string{"help"}},
		{"version", []string{"version"}},
		{"rules", []string{"rules"}},
		{"rules json", []string{"rules", "--format", "json"}},
		{"check", []string{"check", "--no-config", text}},
		{"stats", []string{"stats", "--db", db}},
		{"events", []string{"events", "--db", db}},
		{"events json", []string{"events", "--db", db, "--format", "json"}},
		{"report", []string{"report", "--db", db, "--out", filepath.Join(dir, "site")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(""), fullWriter{}, &stderr, noEnv)
			if code != 2 || !strings.Contains(stderr.String(), errFull.Error()) {
				t.Errorf("exit %d, want 2 and the write error on stderr; stderr: %q", code, stderr.String())
			}
		})
	}
}
