package mascot

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

// tamperer is a cheating party's end of the network: every message it
// sends passes through send, every message it receives through recv
// (either may be nil). It runs the honest code underneath, so a test
// plays a cheater that deviates only where it chooses.
type tamperer struct {
	mpc.Transport
	send func(to int, msg []byte) []byte
	recv func(from int, msg []byte) []byte
}

func (t *tamperer) Send(ctx context.Context, to int, msg []byte) error {
	if t.send != nil {
		msg = t.send(to, append([]byte(nil), msg...))
	}
	return t.Transport.Send(ctx, to, msg)
}

func (t *tamperer) Recv(ctx context.Context, from int) ([]byte, error) {
	msg, err := t.Transport.Recv(ctx, from)
	if err == nil && t.recv != nil {
		msg = t.recv(from, msg)
	}
	return msg, err
}

// mainPayload returns the payload of msg if it is a message of the main
// stream with n field elements, else nil.
func mainPayload(msg []byte, n int) []byte {
	if len(msg) != headerLen+n*field.Bytes || msg[tagLen] != streamMain {
		return nil
	}
	return msg[headerLen:]
}

// addOne adds 1 to the first n elements encoded in payload.
func addOne(t *testing.T, payload []byte, n int) {
	v, err := field.DecodeVector(payload)
	if err != nil {
		t.Error(err)
		return
	}
	for h := range n {
		v[h] = v[h].Add(field.One())
	}
	copy(payload, v.AppendBytes(nil))
}

// TestRevealChecksEarlierOpenings plays the attack on CheckInterval that
// opening before checking allows. Party 0 adds 1 to its share of every
// x − a its Beaver multiplication b·b opens (and, to keep its own view
// consistent, to the share it receives), which turns b² − b into b for
// every bit b of party 1's count; the next Reveal would open exactly
// those bits. The MAC check that catches the tampering must run before
// any share of that output is sent: party 1 aborts with ErrMACCheck and
// party 0 never receives its share of the output.
func TestRevealChecksEarlierOpenings(t *testing.T) {
	const (
		n     = 2
		count = 613
		bits  = 10 // [0, 1000]
		L     = 2 * bits
	)
	var (
		mu                      sync.Mutex
		tamperedOut, tamperedIn bool
		mine, theirs            []byte // party 0's and party 1's shares of the output opening
	)
	nw := memnet.New(n)
	errs := run(t, nw, n, func(ctx context.Context, i int, tr *memnet.Transport) error {
		var net mpc.Transport = tr
		if i == 0 {
			net = &tamperer{Transport: tr,
				send: func(_ int, msg []byte) []byte {
					mu.Lock()
					defer mu.Unlock()
					if p := mainPayload(msg, 2*L); p != nil && !tamperedOut {
						tamperedOut = true
						addOne(t, p, L)
					}
					if p := mainPayload(msg, L+2); p != nil {
						mine = append([]byte(nil), p...)
					}
					return msg
				},
				recv: func(_ int, msg []byte) []byte {
					mu.Lock()
					defer mu.Unlock()
					if p := mainPayload(msg, 2*L); p != nil && !tamperedIn {
						tamperedIn = true
						addOne(t, p, L)
					}
					if p := mainPayload(msg, L+2); p != nil {
						theirs = append([]byte(nil), p...)
					}
					return msg
				},
			}
		}
		s, err := New(ctx, net, Config{Session: "order/1/1", Rand: newSeeded(51, i)})
		if err != nil {
			return err
		}
		lens := []int{0, 1}
		var vals field.Vector
		if i == 1 {
			vals = field.Vector{field.New(count)}
		}
		in, err := s.Input(ctx, lens, vals)
		if err != nil {
			return err
		}
		return s.CheckInterval(ctx, 1, in[1], big.NewInt(0), big.NewInt(1000), vals)
	})
	if !tamperedOut || !tamperedIn {
		t.Fatal("the Beaver opening was not found, the test tampered with nothing")
	}
	if !errors.Is(errs[1], ErrMACCheck) {
		t.Errorf("honest party: err = %v, want ErrMACCheck", errs[1])
	}
	if theirs != nil {
		// Show what the cheater got: its share and the honest one sum to
		// the opened vector, whose first bits entries are the bits of the
		// count.
		leaked := -1
		if mine != nil {
			a, errA := field.DecodeVector(mine)
			b, errB := field.DecodeVector(theirs)
			if errA == nil && errB == nil {
				a.AddInPlace(b)
				leaked = 0
				for h := bits - 1; h >= 0; h-- {
					leaked = 2*leaked + int(a[h].Big().Int64())
				}
			}
		}
		t.Fatalf("the honest party sent its share of the output opening before the MAC check of the tampered Beaver opening; the cheater learned count %d (true %d)", leaked, count)
	}
}
