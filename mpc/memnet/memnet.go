// Package memnet connects the parties of a protocol session in memory, for
// tests and benchmarks that run every party in one process.
package memnet

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

// Network is a full mesh of in-memory links among n parties.
type Network struct {
	n     int
	links [][]*link // links[from][to]
	sent  atomic.Int64
}

type link struct {
	mu     sync.Mutex
	queue  [][]byte
	ready  chan struct{}
	closed bool
}

// pop takes the oldest queued message, if any, and says whether the link
// is closed.
func (l *link) pop() (m []byte, ok, closed bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.queue) > 0 {
		m = l.queue[0]
		l.queue = l.queue[1:]
		return m, true, l.closed
	}
	return nil, false, l.closed
}

// New returns a network of n parties.
func New(n int) *Network {
	nw := &Network{n: n, links: make([][]*link, n)}
	for i := range nw.links {
		nw.links[i] = make([]*link, n)
		for j := range nw.links[i] {
			nw.links[i][j] = &link{ready: make(chan struct{}, 1)}
		}
	}
	return nw
}

// Party returns the Transport of party i.
func (nw *Network) Party(i int) *Transport { return &Transport{nw: nw, self: i} }

// BytesSent returns the total number of message bytes sent so far.
func (nw *Network) BytesSent() int64 { return nw.sent.Load() }

// Close makes every pending and later Recv fail.
func (nw *Network) Close() {
	for _, row := range nw.links {
		for _, l := range row {
			l.mu.Lock()
			l.closed = true
			l.mu.Unlock()
			select {
			case l.ready <- struct{}{}:
			default:
			}
		}
	}
}

// Transport is one party's end of a Network. Tamper, if set, may change
// every message this party sends; tests use it to play a cheating party.
type Transport struct {
	nw     *Network
	self   int
	Tamper func(to int, msg []byte) []byte
}

// Parties returns the number of parties.
func (t *Transport) Parties() int { return t.nw.n }

// Self returns this party's index.
func (t *Transport) Self() int { return t.self }

// Send queues a copy of msg for party to.
func (t *Transport) Send(ctx context.Context, to int, msg []byte) error {
	if to == t.self || to < 0 || to >= t.nw.n {
		return fmt.Errorf("memnet: party %d cannot send to %d", t.self, to)
	}
	m := append([]byte(nil), msg...)
	if t.Tamper != nil {
		m = t.Tamper(to, m)
	}
	t.nw.sent.Add(int64(len(m)))
	l := t.nw.links[t.self][to]
	l.mu.Lock()
	l.queue = append(l.queue, m)
	l.mu.Unlock()
	select {
	case l.ready <- struct{}{}:
	default:
	}
	return nil
}

// Recv returns the next message from party from. A message already queued
// is returned even when ctx is done: a party whose peer finished and
// cancelled the shared context still reads what that peer sent before.
func (t *Transport) Recv(ctx context.Context, from int) ([]byte, error) {
	if from == t.self || from < 0 || from >= t.nw.n {
		return nil, fmt.Errorf("memnet: party %d cannot receive from %d", t.self, from)
	}
	l := t.nw.links[from][t.self]
	for {
		m, ok, closed := l.pop()
		if ok {
			return m, nil
		}
		if closed {
			return nil, fmt.Errorf("memnet: link from party %d closed", from)
		}
		select {
		case <-l.ready:
		case <-ctx.Done():
			// select picks at random between ready cases: look at the
			// queue once more before giving up.
			if m, ok, _ := l.pop(); ok {
				return m, nil
			}
			return nil, ctx.Err()
		}
	}
}
