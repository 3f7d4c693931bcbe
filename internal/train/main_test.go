package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestRun trains and scores on a made-up corpus of two outlets.
func TestRun(t *testing.T) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"-corpus", "../polnear/testdata/corpus", "-gold", "../polnear/testdata/gold/dev.jsonl"}, &stdout, &stderr)
	if err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{
		"leave one outlet out: the 4 training articles",
		"\nherald ", "\nledger ", "\nmacro over outlets ",
		"trained on the 4 training articles, scored on the 2 dev articles",
		"trained on the 4 training articles, scored on dev.jsonl\nrules          macro_f1=1.000 accuracy=1.000",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}

func TestRunErrors(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"-corpus", "../polnear/testdata/missing"},
		{"-corpus", "../polnear/testdata/corpus", "extra"},
		{"-frobnicate"},
	} {
		var stdout, stderr bytes.Buffer
		if err := run(context.Background(), args, &stdout, &stderr); err == nil {
			t.Errorf("run(%q) = nil, want an error", args)
		}
	}
}
