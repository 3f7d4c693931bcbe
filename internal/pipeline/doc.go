// Package pipeline runs the steps between a user's input and an analysed
// article: read, decode, extract or parse, split into sentences, and
// attribute. It processes many inputs in parallel and hands results back in
// input order.
package pipeline
