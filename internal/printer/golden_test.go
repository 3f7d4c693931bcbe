package printer

import "testing"

// TestGolden prints the fixtures in every format and compares the output
// with the golden files in testdata.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		format, file string
	}{
		{"text", "run.text"},
		{"line", "run.line"},
		{"json", "run.json"},
		{"github", "run.github"},
		{"sarif", "run.sarif"},
		{"html", "run.html"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			checkGolden(t, tc.file, printRun(t, tc.format, testOptions()))
		})
	}
}
