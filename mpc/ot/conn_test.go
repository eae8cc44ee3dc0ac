package ot

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"sync"
	"testing"
)

// pipeEnd is one end of an in-memory Conn pair. Send copies the message
// into the peer's unbounded queue, so it never blocks.
type pipeEnd struct {
	in   *queue
	out  *queue
	sent int
	// tamper, if set, may change or replace message number i sent by this
	// end (counted from 0).
	tamper func(i int, msg []byte) []byte
}

type queue struct {
	mu     sync.Mutex
	msgs   [][]byte
	ready  chan struct{}
	closed bool
}

var errPipeClosed = errors.New("pipe closed")

func newQueue() *queue { return &queue{ready: make(chan struct{}, 1)} }

func (q *queue) push(m []byte) {
	q.mu.Lock()
	q.msgs = append(q.msgs, m)
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

// newPipe returns the two ends of a Conn pair.
func newPipe() (*pipeEnd, *pipeEnd) {
	a, b := newQueue(), newQueue()
	return &pipeEnd{in: a, out: b}, &pipeEnd{in: b, out: a}
}

func (p *pipeEnd) Send(ctx context.Context, msg []byte) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m := append([]byte(nil), msg...)
	if p.tamper != nil {
		m = p.tamper(p.sent, m)
	}
	p.sent++
	p.out.push(m)
	return nil
}

func (p *pipeEnd) Recv(ctx context.Context) ([]byte, error) {
	for {
		p.in.mu.Lock()
		if len(p.in.msgs) > 0 {
			m := p.in.msgs[0]
			p.in.msgs = p.in.msgs[1:]
			p.in.mu.Unlock()
			return m, nil
		}
		closed := p.in.closed
		p.in.mu.Unlock()
		if closed {
			return nil, errPipeClosed
		}
		select {
		case <-p.in.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

// Close makes the peer's pending and later Recv calls fail once the
// messages already queued are read.
func (p *pipeEnd) Close() { p.out.close() }

// both runs f and g concurrently, each with its own end closed when it
// returns, and returns their errors.
func both(a, b *pipeEnd, f, g func() error) (errF, errG error) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); defer a.Close(); errF = f() }()
	go func() { defer wg.Done(); defer b.Close(); errG = g() }()
	wg.Wait()
	return errF, errG
}

// newTestReader returns a deterministic randomness source and logs its seed.
func newTestReader(t testing.TB) io.Reader {
	var seed [32]byte
	for i := range seed {
		seed[i] = byte(rand.Uint32())
	}
	t.Logf("reader seed %x", seed)
	return rand.NewChaCha8(seed)
}
