package hostile

import (
	"bytes"
	"fmt"
	"strings"
)

// Kind names one hostile input.
type Kind string

// The hostile inputs.
const (
	OneLine      Kind = "oneline" // HTML, no line break, many short paragraphs
	Unpunctuated Kind = "nopunct" // plain text, no sentence punctuation, no line break
	DeepNesting  Kind = "deepdiv" // HTML, every paragraph one <div> deeper
	TinyBlocks   Kind = "tinyp"   // HTML, a paragraph every 14 bytes
)

// Kinds lists every hostile input.
var Kinds = []Kind{OneLine, Unpunctuated, DeepNesting, TinyBlocks}

// Ext is the file extension of an input of this kind.
func (k Kind) Ext() string {
	if k == Unpunctuated {
		return ".txt"
	}
	return ".html"
}

// Make returns an input of the kind of about size bytes (never less).
func Make(k Kind, size int) []byte {
	switch k {
	case OneLine:
		return oneLinePage(size)
	case Unpunctuated:
		return unpunctuated(size)
	case DeepNesting:
		return deepNesting(size)
	case TinyBlocks:
		return tinyBlocks(size)
	}
	panic(fmt.Sprintf("hostile: unknown kind %q", k))
}

// sentences are the claims the pages are made of: named, anonymous, outlet
// and unsourced ones, with numbers, so that every stage has work to do.
var sentences = []string{
	"The harbour board said on Tuesday that the new pier would add %d jobs.",
	"According to the Daily Ledger, the port handled %d containers last year.",
	"Two officials who asked not to be named said the talks had stalled after %d rounds.",
	"Critics say the plan will raise rents by %d percent.",
	"&ldquo;We will finish the bridge by spring,&rdquo; the mayor told reporters after %d meetings.",
	"Prices rose %d percent in March, the highest rise in a decade.",
}

const pageHead = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour plans</title>` +
	`<meta property="og:site_name" content="Example News"></head><body><article><h1>Harbour plans</h1>`

const pageFoot = `</article></body></html>`

func oneLinePage(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 256)
	b.WriteString(pageHead)
	for i := 0; b.Len() < size-len(pageFoot); i++ {
		b.WriteString("<p>")
		fmt.Fprintf(&b, sentences[i%len(sentences)], i+2)
		b.WriteString(" ")
		fmt.Fprintf(&b, sentences[(i+1)%len(sentences)], i+3)
		b.WriteString("</p>")
	}
	b.WriteString(pageFoot)
	return b.Bytes()
}

// words are the unpunctuated text: cues and sources with no word that
// opens a subordinate clause (while, after, which), so that nothing divides
// the one sentence into shorter clauses.
var words = strings.Fields(`many people say the officials said the council told
residents that critics believe the plan reported by the Daily Ledger would
raise rents and analysts warned the mayor claimed experts think sources
said the board found that workers say`)

func unpunctuated(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 64)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	b.WriteByte('\n')
	return b.Bytes()
}

func deepNesting(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 256)
	b.WriteString(pageHead)
	const open, close = `<div class="c">`, `</div>`
	// each level costs len(open)+len(close) plus a paragraph every 4th
	n := 0
	est := len(pageHead) + len(pageFoot)
	for i := 0; est < size; i++ {
		b.WriteString(open)
		est += len(open) + len(close)
		if i%4 == 0 {
			l := b.Len()
			b.WriteString("<p>")
			fmt.Fprintf(&b, sentences[(i/4)%len(sentences)], i+2)
			b.WriteString("</p>\n")
			est += b.Len() - l
		}
		n++
	}
	for ; n > 0; n-- {
		b.WriteString(close)
	}
	b.WriteString(pageFoot)
	return b.Bytes()
}

// tinyBlocks is a page of one-word paragraphs, each a claim of its own.
func tinyBlocks(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 256)
	b.WriteString(pageHead)
	for i := 0; b.Len() < size-len(pageFoot); i++ {
		fmt.Fprintf(&b, "<p>Word %d.</p>", i%10)
	}
	b.WriteString(pageFoot)
	return b.Bytes()
}
