package reports

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// colourPairs are the text colours of the pages on the backgrounds they
// stand on, as the stylesheet (the HTML printer's and the site's) gives
// them: "var(--x)" or "#rrggbb".
var colourPairs = []struct{ what, fg, bg string }{
	{"body text", "var(--fg)", "var(--bg)"},
	{"muted text", "var(--muted)", "var(--bg)"},
	{"muted text on panels", "var(--muted)", "var(--panel)"},
	{"links", "#1a4f91", "var(--bg)"},
	{"links on panels", "#1a4f91", "var(--panel)"},
	{"claim text, named", "var(--fg)", "var(--named-bg)"},
	{"claim text, anonymous", "var(--fg)", "var(--anonymous-bg)"},
	{"claim text, outlet", "var(--fg)", "var(--outlet-bg)"},
	{"claim text, unsourced", "var(--fg)", "var(--unsourced-bg)"},
	{"claim text, none", "var(--fg)", "var(--none-bg)"},
	{"class label, named", "var(--named)", "var(--named-bg)"},
	{"class label, anonymous", "var(--anonymous)", "var(--anonymous-bg)"},
	{"class label, outlet", "var(--outlet)", "var(--outlet-bg)"},
	{"class label, unsourced", "var(--unsourced)", "var(--unsourced-bg)"},
	{"class label, none", "var(--none)", "var(--none-bg)"},
	{"score, good", "var(--good)", "var(--good-bg)"},
	{"score, needs work", "var(--average)", "var(--average-bg)"},
	{"score, poor", "var(--poor)", "var(--poor-bg)"},
	{"score on panels, good", "var(--good)", "var(--panel)"},
	{"score on panels, needs work", "var(--average)", "var(--panel)"},
	{"score on panels, poor", "var(--poor)", "var(--panel)"},
	{"score, not checked", "var(--muted)", "var(--panel)"},
	{"severity, error", "#fff", "var(--error)"},
	{"severity, warning", "#fff", "var(--warning)"},
	{"severity, suggestion", "#fff", "var(--suggestion)"},
	{"tooltips", "#fff", "#1b1b1b"},
	{"links in tooltips", "#a8ccff", "#1b1b1b"},
	{"low-N mark", "#6b3a00", "#fdf0dc"},
}

var customProperty = regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})\b`)

// TestContrast computes the WCAG 2 contrast ratio of every pair: text
// must reach 4.5:1 (AA for normal text).
func TestContrast(t *testing.T) {
	a, err := assets()
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range customProperty.FindAllStringSubmatch(string(a.css), -1) {
		vars[m[1]] = m[2]
	}
	resolve := func(c string) string {
		if name, ok := strings.CutPrefix(c, "var(--"); ok {
			v, ok := vars[strings.TrimSuffix(name, ")")]
			if !ok {
				t.Fatalf("the stylesheet defines no %s", c)
			}
			return v
		}
		return c
	}
	for _, p := range colourPairs {
		r := contrast(parseHex(t, resolve(p.fg)), parseHex(t, resolve(p.bg)))
		if r < 4.5 {
			t.Errorf("%s: %s on %s has contrast %.2f:1, below 4.5:1", p.what, resolve(p.fg), resolve(p.bg), r)
		}
	}
	if r := contrast([3]float64{0, 0, 0}, [3]float64{255, 255, 255}); math.Abs(r-21) > 1e-9 {
		t.Errorf("black on white: %.2f, want 21", r)
	}
}

func parseHex(t *testing.T, s string) [3]float64 {
	t.Helper()
	h := strings.TrimPrefix(s, "#")
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil || len(h) != 6 {
		t.Fatalf("bad colour %q", s)
	}
	return [3]float64{float64(v >> 16 & 0xff), float64(v >> 8 & 0xff), float64(v & 0xff)}
}

// contrast is the WCAG 2 contrast ratio of two sRGB colours.
func contrast(a, b [3]float64) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c [3]float64) float64 {
	var l [3]float64
	for i, v := range c {
		v /= 255
		if v <= 0.04045 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}
