package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/auditnews/audit/article"
	"github.com/auditnews/audit/attribution"
	"github.com/auditnews/audit/extract"
	"github.com/auditnews/audit/internal/findings"
	"github.com/auditnews/audit/internal/input"
)

// Article is one analysed input.
type Article struct {
	Doc      *article.Document
	Claims   []attribution.Claim
	Raw      *input.Raw
	Findings []findings.Finding // in text order; nil when not checked
	Summary  findings.Summary
	Checked  bool // findings were computed
}

// Parse turns a raw input into a document split into sentences.
func Parse(ctx context.Context, raw *input.Raw) (*article.Document, error) {
	doc, err := extract.Read(ctx, raw.Data, raw.Format, raw.URL)
	if err != nil {
		return nil, err
	}
	doc.Input = raw.Name
	doc.Format = raw.Format
	return doc, nil
}

// Analyzer attributes the claims of a document. A nil Analyzer leaves
// claims unanalysed.
type Analyzer interface {
	Analyze(ctx context.Context, doc *article.Document) ([]attribution.Claim, error)
}

// Checker finds what a standards editor would flag in an analysed
// article.
type Checker interface {
	Check(doc *article.Document, claims []attribution.Claim) ([]findings.Finding, findings.Summary)
}

// Runner reads and analyses inputs.
type Runner struct {
	Reader   *input.Reader
	Analyzer Analyzer
	Checker  Checker // nil: no findings
	Workers  int     // 0 means GOMAXPROCS
	// Setup, when set, chooses the analyzer and checker for each input
	// (a configuration found beside it, say) instead of the two above.
	Setup func(it input.Item) (Analyzer, Checker, error)
}

// Analyze reads and analyses one item.
func (r *Runner) Analyze(ctx context.Context, it input.Item) (*Article, error) {
	an, ch := r.Analyzer, r.Checker
	if r.Setup != nil {
		var err error
		if an, ch, err = r.Setup(it); err != nil {
			return nil, &input.Error{Input: it.Name, Err: err}
		}
	}
	raw, err := r.Reader.Read(ctx, it)
	if err != nil {
		return nil, err
	}
	return analyze(ctx, raw, an, ch)
}

// AnalyzeRaw analyses an input already read.
func (r *Runner) AnalyzeRaw(ctx context.Context, raw *input.Raw) (*Article, error) {
	return analyze(ctx, raw, r.Analyzer, r.Checker)
}

func analyze(ctx context.Context, raw *input.Raw, an Analyzer, ch Checker) (*Article, error) {
	doc, err := Parse(ctx, raw)
	if err != nil {
		var ie *input.Error
		if errors.As(err, &ie) {
			return nil, err
		}
		return nil, &input.Error{Input: raw.Name, Err: err}
	}
	a := &Article{Doc: doc, Raw: raw}
	if an != nil {
		a.Claims, err = an.Analyze(ctx, doc)
		if err != nil {
			return nil, &input.Error{Input: raw.Name, Err: err}
		}
	} else {
		a.Claims = attribution.Claims(doc)
	}
	if ch != nil {
		a.Findings, a.Summary = ch.Check(doc, a.Claims)
		a.Checked = true
	}
	return a, nil
}

// Each reads and analyses items with several workers and calls fn for each
// in input order, with either an article or an error naming the input. It
// stops early when fn returns an error or ctx is done. Workers run at most
// a few items ahead of fn, so memory stays bounded however many items
// there are.
func (r *Runner) Each(ctx context.Context, items []input.Item, fn func(input.Item, *Article, error) error) error {
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > len(items) {
		workers = len(items)
	}
	type result struct {
		a   *Article
		err error
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel() // before waiting: the feeder may be waiting for room
		wg.Wait()
	}()
	slots := make([]chan result, len(items))
	for i := range slots {
		slots[i] = make(chan result, 1)
	}
	// ahead holds a token for each item handed out and not yet given to
	// fn: the read-ahead window.
	ahead := make(chan struct{}, 2*workers)
	jobs := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				a, err := r.safeAnalyze(ctx, items[i])
				slots[i] <- result{a, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range items {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	for i, it := range items {
		var res result
		select {
		case res = <-slots[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		slots[i] = nil
		if err := fn(it, res.a, res.err); err != nil {
			return err
		}
		<-ahead
	}
	return nil
}

// safeAnalyze turns a panic in analysis into an error on that input, so
// one hostile article cannot take down a run over thousands.
func (r *Runner) safeAnalyze(ctx context.Context, it input.Item) (a *Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, &input.Error{Input: it.Name, Err: fmt.Errorf("internal error: %v", p)}
		}
	}()
	return r.Analyze(ctx, it)
}
