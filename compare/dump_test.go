package compare_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/auditnews/audit/compare"
)

func TestDump(t *testing.T) {
	c := seedComparison(t)
	b, _ := json.MarshalIndent(c, "", "  ")
	os.WriteFile("/tmp/cmpw/seeds-compare.json", b, 0o644)
	compare.WriteText(os.Stdout, c)
}
