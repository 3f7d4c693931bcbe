package plaintext

import "testing"

func TestNameOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"Jane Doe.":           true,
		"— Jane Doe":          true,
		"John F. Smith Jr.":   true,
		"JOHN SMITH JR.":      true, // a suffix in capitals counts as no shouted word
		"JOHN SMITH.":         false,
		"Late. Again.":        false,
		"May Smith.":          false,
		"Doe.":                false,
		"Fox News Chief Says": false,
		"Ann Lee's.":          false,
	} {
		if got := nameOnly(s); got != want {
			t.Errorf("nameOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
