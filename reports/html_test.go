package reports

import (
	"bytes"
	"html/template"
	"strings"
	"testing"
)

// TestWriteURL: links are written as html/template writes a value at the
// start of an address, every byte, scheme and escape included.
func TestWriteURL(t *testing.T) {
	inputs := []string{"", "../", "index.html", "../outlets/el-país.html", "../sources/ids-1-128.html#s12",
		"https://example.com/a b?x=1&y=<2>#f\"g'", "HTTP://x", "mailto:a@b", "javascript:alert(1)", " JavaScript:x", "data:,",
		"a/b:c", "?q=a:b", "%41%zz%4", "%", "100%", "a+b", "naïve “smart”", "bad \xff\xfe utf-8", "nul\x00byte"}
	for c := range 256 {
		inputs = append(inputs, "a"+string([]byte{byte(c)})+"b", string([]byte{byte(c)})+":x")
	}
	tmpl := template.Must(template.New("").Parse(`<a href="{{.}}index.html">`))
	for _, in := range inputs {
		var want bytes.Buffer
		if err := tmpl.Execute(&want, in); err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		got.WriteString(`<a href="`)
		writeURL(&got, in)
		got.WriteString(`index.html">`)
		if got.String() != want.String() {
			t.Errorf("writeURL(%q) = %q, want %q", in, got.String(), want.String())
		}
	}
}
