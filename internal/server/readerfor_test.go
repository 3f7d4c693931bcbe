package server

import (
	"bytes"
	"context"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/internal/input"
)

// readerFor reads an article as `audit check FILE` reads a .txt file.
type readerFor struct {
	name string
	data []byte
}

func (r *readerFor) raw() (*input.Raw, error) {
	rd := input.NewReader(bytes.NewReader(r.data))
	rd.Format = article.Text
	return rd.Read(context.Background(), input.Item{Name: r.name, Kind: input.Stdin})
}
