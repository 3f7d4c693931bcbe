package input

import (
	"testing"
	"unicode/utf8"
)

// FuzzDecode sniffs and decodes arbitrary bytes: the result must be valid
// UTF-8, and nothing may panic.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"plain text", "Se\xf1or", "\xff\xfeH\x00i\x00", "<meta charset=\"shift_jis\"><p>\x82\xa0</p>",
		"<html><meta charset=utf-8>", "---\ntitle: x\n---\n", "\xef\xbb\xbf\xff"} {
		f.Add([]byte(s), "")
		f.Add([]byte(s), "text/html; charset=iso-8859-1")
	}
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		format := sniff(Item{Name: "-", Kind: Stdin}, contentType, data)
		isBinary(data)
		out, _, _ := toUTF8(data, contentType, format)
		if !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 out of %q", data)
		}
	})
}
