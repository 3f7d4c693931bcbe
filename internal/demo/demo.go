// Package demo holds the sample corpus that `audit demo` analyses: five
// real articles on US-Mexico cartel policy from 2025, embedded in the
// binary so the demo runs offline with no files.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"sort"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/input"
)

//go:embed seeds/*.txt
var seeds embed.FS

// Articles returns the sample articles as raw inputs, in name order. Their
// names are "seeds/NAME.txt".
func Articles() ([]*input.Raw, error) {
	names, err := fs.Glob(seeds, "seeds/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]*input.Raw, 0, len(names))
	for _, n := range names {
		data, err := seeds.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, &input.Raw{
			Item:    input.Item{Name: path.Join("seeds", path.Base(n)), Kind: input.File},
			Data:    data,
			Format:  article.Text,
			Charset: "utf-8",
		})
	}
	return out, nil
}
