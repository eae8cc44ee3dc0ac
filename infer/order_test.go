package infer

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
)

// TestNoOpeningAfterTamperedMultiplication: a party that adds 1 to its
// share of a Beaver multiplication's opening must make every honest
// party abort before it sends its share of any later opening (e, then
// the masked logit). Opened first, e and the logit would be functions of
// the tampered products, which a cheating client can steer to learn a
// weight (an error δ on x_i − b_i adds δ·w_i to the logit). Each party's
// phase comes from mascot.Config.Progress: within "open" a party sends
// nothing but its shares of the values being opened.
func TestNoOpeningAfterTamperedMultiplication(t *testing.T) {
	f := newFixture(t, 61, 3, 0)
	shares := split(t, f.m, 2, 61)
	for _, cheater := range []int{0, 2} {
		t.Run(fmt.Sprintf("party %d cheats", cheater), func(t *testing.T) {
			const n = 3
			nw := memnet.New(n)
			var phases [n]atomic.Value
			var tampered atomic.Bool
			var mu sync.Mutex
			var leaks []string
			trs := make([]*memnet.Transport, n)
			for i := range n {
				phases[i].Store("")
				tr := nw.Party(i)
				trs[i] = tr
				if i == cheater {
					tr.Tamper = func(to int, msg []byte) []byte {
						// The first message of the first multiplication is
						// this party's share of x − a and y − b.
						if phases[i].Load() == "multiply" && !tampered.Load() && len(msg) >= field.Bytes {
							last := msg[len(msg)-field.Bytes:]
							e, err := field.SetBytes(last)
							if err == nil {
								copy(last, e.Add(field.One()).AppendBytes(nil))
								// One share to each peer: flag after the last.
								if to == n-1 || cheater == n-1 && to == n-2 {
									tampered.Store(true)
								}
							}
						}
						return msg
					}
					continue
				}
				tr.Tamper = func(to int, msg []byte) []byte {
					if tampered.Load() && phases[i].Load() == "open" {
						mu.Lock()
						leaks = append(leaks, fmt.Sprintf("party %d sent a %d-byte opening share to party %d", i, len(msg), to))
						mu.Unlock()
					}
					return msg
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					cfg := mascot.Config{
						Session:  "infer-test/order",
						Rand:     newSeeded(61, fmt.Sprint("party-", i)),
						Progress: func(p string) { phases[i].Store(p) },
					}
					if i == 0 {
						_, errs[0] = Client(ctx, trs[0], cfg, f.rows[0])
					} else {
						errs[i] = Node(ctx, trs[i], cfg, shares[i-1])
					}
					if errs[i] != nil && !verdict(errs[i]) {
						cancel()
					}
				}()
			}
			wg.Wait()
			if !tampered.Load() {
				t.Fatal("no multiplication opening was tampered with")
			}
			for i, err := range errs {
				// The cheater's view of the opening differs from the honest
				// parties' too: the check may report either.
				if i != cheater && !errors.Is(err, mascot.ErrMACCheck) && !errors.Is(err, mascot.ErrConsistency) {
					t.Errorf("party %d: %v, want ErrMACCheck or ErrConsistency", i, err)
				}
			}
			for _, l := range leaks {
				t.Errorf("after the tampered multiplication, before its MAC check: %s", l)
			}
		})
	}
}
