package mascot

import (
	"context"
	"errors"
	"fmt"
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

// TestTripleAbortRevealsNoHonestBit plays the selective failure on the
// triples' OT multiplication. Party 1, the OT sender of the instance in
// which party 0 receives, adds 1 to one correction of its multiplication
// message: party 0 adds that correction to its share only if its choice
// bit for that OT is 1, so whether the sacrifice aborts tells party 1
// that choice bit. The choice bits must not be bits of anything party 0
// keeps: over many seeds, the abort must match no bit of party 0's shares
// of the triple it ends up with (a and b; c follows from them). Each seed
// runs once honestly, to learn those shares, and once with the cheat.
func TestTripleAbortRevealsNoHonestBit(t *testing.T) {
	const (
		n     = 2
		runs  = 24
		index = 5 * tau // which correction of the message the cheater changes
	)
	// Party 1's multiplication message for one triple: τ·k elements on
	// the stream of the instance in which party 0 receives.
	multLen := headerLen + tau*k*field.Bytes
	triple := func(seed uint64, cheat bool) (Triple, error) {
		var out Triple
		var done bool
		errs := run(t, memnet.New(n), n, func(ctx context.Context, i int, tr *memnet.Transport) error {
			if i == 1 && cheat {
				tr.Tamper = func(_ int, msg []byte) []byte {
					if len(msg) == multLen && msg[tagLen] == instance(0, 1) && !done {
						done = true
						off := headerLen + index*field.Bytes
						e, err := field.SetBytes(msg[off : off+field.Bytes])
						if err != nil {
							t.Error(err)
							return msg
						}
						copy(msg[off:], e.Add(field.One()).AppendBytes(nil))
					}
					return msg
				}
			}
			s, err := New(ctx, tr, Config{Session: fmt.Sprintf("triple-leak/%d", seed), Rand: newSeeded(seed, i)})
			if err != nil {
				return err
			}
			if err := s.Triples(ctx, 1); err != nil {
				return err
			}
			if i == 0 {
				out = s.triples[0]
			}
			return nil
		})
		if cheat && !done {
			t.Fatal("the multiplication message was not found")
		}
		if !cheat {
			noErrors(t, errs)
		}
		if errs[0] != nil && !errors.Is(errs[0], ErrSacrifice) {
			t.Fatalf("seed %d: honest party: %v, want nil or ErrSacrifice", seed, errs[0])
		}
		return out, errs[0]
	}
	bit := func(e field.Element, i int) bool {
		lo, hi := e.Words()
		if i < 64 {
			return lo>>i&1 == 1
		}
		return hi>>(i-64)&1 == 1
	}
	// match[v][i] stays true while abort == bit i of value v (0: a, 1: b)
	// in every run.
	var match [2][k]bool
	for v := range match {
		for i := range match[v] {
			match[v][i] = true
		}
	}
	aborts := 0
	for seed := range uint64(runs) {
		honest, _ := triple(seed, false)
		got, err := triple(seed, true)
		abort := err != nil
		if abort {
			aborts++
		} else if got.B.Value != honest.B.Value {
			t.Fatalf("seed %d: party 0's b differs between the runs; the test needs them equal", seed)
		}
		for v, e := range []field.Element{honest.A.Value, honest.B.Value} {
			for i := range k {
				if bit(e, i) != abort {
					match[v][i] = false
				}
			}
		}
	}
	t.Logf("%d of %d runs aborted", aborts, runs)
	for v, name := range []string{"a", "b"} {
		for i := range k {
			if match[v][i] {
				t.Errorf("in all %d runs the sacrifice aborted exactly when bit %d of the honest party's share of %s was 1", runs, i, name)
			}
		}
	}
}
