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
	select {
	case code := <-done:
		os.Exit(code)
	case sig := <-sigs:
		os.Exit(interrupted(sig, cancel, stderr, done, sigs))
	}
}
