package goldeval

import (
	"bytes"
	"testing"
)

// FuzzRead reads arbitrary bytes as a gold file and scores them against
// one claim: an error is fine, a panic is not.
func FuzzRead(f *testing.F) {
	f.Add([]byte(`{"doc": "a.txt", "text": "Officials said it.", "class": "anonymous", "source": "officials"}`))
	f.Add([]byte(`{"doc": "a.txt", "text": "Tags:", "class": "none", "kind": "boilerplate"}` + "\n\n{}"))
	f.Add([]byte(`{"doc": "", "class": "x", "alt": [1]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := Read(bytes.NewReader(data), "gold.jsonl")
		if err != nil {
			return
		}
		r := Score(items, map[string][]Claim{"a.txt": {{ID: 1, Text: "Officials said it.", Class: "anonymous", SourceName: "officials"}}}, Options{})
		r.Summary()
		var buf bytes.Buffer
		if err := r.Write(&buf, true); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzReadOutlets reads arbitrary bytes as a document-to-outlet mapping:
// an error is fine, a panic is not.
func FuzzReadOutlets(f *testing.F) {
	f.Add([]byte("a.txt\tThe Post\n# c\nb.txt\tThe Times\n"))
	f.Add([]byte("filename,publisher\n\"a, b\",x\n"))
	f.Add([]byte("doc\toutlet\n\t\n\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ReadOutlets(bytes.NewReader(data), "outlets")
		if err != nil {
			return
		}
		m.Lookup("a.txt")
		m.Lookup("")
	})
}
