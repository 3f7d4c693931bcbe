// Command audit checks how news articles source their claims. See doc.go
// and README.md for usage.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	stderr := &gate{w: os.Stderr}
	done := make(chan int, 1)
	go func() { done <- run(ctx, os.Args[1:], os.Stdin, os.Stdout, stderr, os.Getenv) }()
	os.Exit(supervise(sigs, done, cancel, stderr, graceful(os.Args[1:])))
}
