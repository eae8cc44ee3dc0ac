// Package devchaintest runs development chains (package devchain) for
// tests: each on a free loopback port, stopped when its test ends.
package devchaintest

import (
	"context"
	"net"
	"testing"
	"time"

	"github.com/twopm/twopm/devchain"
)

// Start runs a development chain on a free port until the test ends,
// sealing a block every interval, and returns its JSON-RPC URL. The test
// fails if the chain does not start or does not stop cleanly.
func Start(t testing.TB, interval time.Duration) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	_ = l.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done, ready := make(chan error, 1), make(chan string, 1)
	go func() {
		done <- devchain.Run(ctx, devchain.Config{Addr: addr, BlockInterval: interval}, func(u string) { ready <- u })
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("chain: %v", err)
		}
	})
	select {
	case u := <-ready:
		return u
	case err := <-done:
		t.Fatalf("chain did not start: %v", err)
	}
	return ""
}
