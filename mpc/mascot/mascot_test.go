package mascot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

// seeded returns a deterministic randomness source for party i, so a
// failing run can be replayed from the logged seed.
type seeded struct{ r *mrand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func newSeeded(seed uint64, i int) seeded {
	var k [32]byte
	copy(k[:], fmt.Sprintf("%016x/%d", seed, i))
	return seeded{mrand.NewChaCha8(k)}
}

// run runs f for every party of an n-party in-memory network with a shared
// deadline; when a party fails, the others are cancelled, except after
// ErrRange: that verdict comes after the last message of a check, which
// every party receives, and each must reach it on its own (cancelling them
// would race their last reads). It returns each party's error.
func run(t testing.TB, nw *memnet.Network, n int, f func(ctx context.Context, i int, tr *memnet.Transport) error) []error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f(ctx, i, nw.Party(i))
			if errs[i] != nil && !errors.Is(errs[i], ErrRange) {
				cancel()
			}
		}()
	}
	wg.Wait()
	return errs
}

func randomInputs(rng *mrand.Rand, n, length int) ([]field.Vector, field.Vector) {
	xs := make([]field.Vector, n)
	want := make(field.Vector, length)
	for i := range xs {
		xs[i] = make(field.Vector, length)
		for h := range xs[i] {
			xs[i][h] = field.FromInt64(rng.Int64N(2_000_000_001) - 1_000_000_000)
		}
		want.AddInPlace(xs[i])
	}
	return xs, want
}

func TestAggregateParties(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	for n := 2; n <= 7; n++ {
		t.Run(fmt.Sprintf("%d parties", n), func(t *testing.T) {
			if testing.Short() && n > 4 {
				t.Skip("short")
			}
			rng := mrand.New(mrand.NewPCG(seed, uint64(n)))
			xs, want := randomInputs(rng, n, 9)
			got := make([]field.Vector, n)
			errs := run(t, memnet.New(n), n, func(ctx context.Context, i int, tr *memnet.Transport) error {
				var err error
				got[i], err = Aggregate(ctx, tr, xs[i], Config{Session: "agg/1/1", Rand: newSeeded(seed, i)})
				return err
			})
			for i := range n {
				if errs[i] != nil {
					t.Fatalf("party %d: %v", i, errs[i])
				}
				if !got[i].Equal(want) {
					t.Fatalf("party %d: sum %v, want %v", i, got[i], want)
				}
			}
		})
	}
}

// session runs New on every party and then f.
func sessions(t *testing.T, n int, seed uint64, f func(ctx context.Context, s *Session) error) []error {
	t.Helper()
	return run(t, memnet.New(n), n, func(ctx context.Context, i int, tr *memnet.Transport) error {
		s, err := New(ctx, tr, Config{Session: "test/1/1", Rand: newSeeded(seed, i)})
		if err != nil {
			return err
		}
		return f(ctx, s)
	})
}

func noErrors(t *testing.T, errs []error) {
	t.Helper()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
}

func TestTriplesAreProducts(t *testing.T) {
	const n, count = 3, 40
	opened := make([]field.Vector, n)
	errs := sessions(t, n, 1, func(ctx context.Context, s *Session) error {
		if err := s.Triples(ctx, count); err != nil {
			return err
		}
		var x []Share
		for _, tr := range s.triples {
			x = append(x, tr.A, tr.B, tr.C)
		}
		v, err := s.Reveal(ctx, x)
		opened[s.Self()] = v
		return err
	})
	noErrors(t, errs)
	v := opened[0]
	if len(v) != 3*count {
		t.Fatalf("opened %d values, want %d", len(v), 3*count)
	}
	seen := map[field.Element]bool{}
	for h := 0; h < len(v); h += 3 {
		if !v[h].Mul(v[h+1]).Equal(v[h+2]) {
			t.Fatalf("triple %d: a·b ≠ c", h/3)
		}
		if seen[v[h]] {
			t.Fatalf("triple %d repeats a", h/3)
		}
		seen[v[h]] = true
	}
}

func TestMulInputsAndRevealTo(t *testing.T) {
	const n = 4
	rng := mrand.New(mrand.NewPCG(3, 4))
	xs, _ := randomInputs(rng, n, 6)
	products := make([]field.Vector, n)
	private := make([]field.Vector, n)
	errs := sessions(t, n, 2, func(ctx context.Context, s *Session) error {
		in, err := s.InputAll(ctx, xs[s.Self()])
		if err != nil {
			return err
		}
		// (x0 + x1) · (x2 − x3), element-wise.
		l := Sum(in[0], in[1])
		r := make([]Share, len(l))
		for h := range r {
			r[h] = in[2][h].Sub(in[3][h])
		}
		z, err := s.Mul(ctx, l, r)
		if err != nil {
			return err
		}
		if products[s.Self()], err = s.Reveal(ctx, z); err != nil {
			return err
		}
		private[s.Self()], err = s.RevealTo(ctx, 2, z)
		return err
	})
	noErrors(t, errs)
	for h := range xs[0] {
		want := xs[0][h].Add(xs[1][h]).Mul(xs[2][h].Sub(xs[3][h]))
		for i := range n {
			if !products[i][h].Equal(want) {
				t.Fatalf("party %d product %d = %v, want %v", i, h, products[i][h], want)
			}
		}
		if !private[2][h].Equal(want) {
			t.Fatalf("private output %d = %v, want %v", h, private[2][h], want)
		}
	}
	for i := range n {
		if i != 2 && private[i] != nil {
			t.Fatalf("party %d got the private output", i)
		}
	}
}

func TestCheckInterval(t *testing.T) {
	const n = 3
	vals := field.Vector{field.FromInt64(0), field.FromInt64(17), field.FromInt64(100), field.FromInt64(-3)}
	for _, tc := range []struct {
		name     string
		min, max int64
		want     error
	}{
		{"inside", -3, 100, nil},
		{"above", -3, 99, ErrRange},
		{"below", -2, 100, ErrRange},
		{"point", 17, 17, ErrRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := sessions(t, n, 5, func(ctx context.Context, s *Session) error {
				lens := []int{0, len(vals), 0}
				var mine field.Vector
				if s.Self() == 1 {
					mine = vals
				}
				in, err := s.Input(ctx, lens, mine)
				if err != nil {
					return err
				}
				return s.CheckInterval(ctx, 1, in[1], big.NewInt(tc.min), big.NewInt(tc.max), mine)
			})
			for i, err := range errs {
				if tc.want == nil && err != nil {
					t.Fatalf("party %d: %v", i, err)
				}
				if tc.want != nil && !errors.Is(err, tc.want) {
					t.Fatalf("party %d: err = %v, want %v", i, err, tc.want)
				}
				// An honest owner refuses before inputting its bits,
				// whose check would open its value's high part.
				if tc.want != nil && !strings.Contains(err.Error(), "says a value of its own is outside") {
					t.Fatalf("party %d: err = %v, want the owner's refusal", i, err)
				}
			}
		})
	}
	// An owner that lies (checks values other than its input) is caught
	// by the bits.
	errs := sessions(t, n, 5, func(ctx context.Context, s *Session) error {
		lens := []int{0, len(vals), 0}
		var mine, claimed field.Vector
		if s.Self() == 1 {
			mine, claimed = vals, field.Vector{field.FromInt64(0), field.FromInt64(17), field.FromInt64(50), field.FromInt64(-3)}
		}
		in, err := s.Input(ctx, lens, mine)
		if err != nil {
			return err
		}
		return s.CheckInterval(ctx, 1, in[1], big.NewInt(-3), big.NewInt(99), claimed)
	})
	for i, err := range errs {
		if !errors.Is(err, ErrRange) || !strings.Contains(err.Error(), "party 1's value 2 is outside") {
			t.Fatalf("a lying owner: party %d: err = %v", i, err)
		}
	}
}

func TestCheckNorm(t *testing.T) {
	const n = 2
	update := field.Vector{field.FromInt64(3), field.FromInt64(-4), field.FromInt64(0)} // ‖u‖² = 25
	for _, tc := range []struct {
		bound, maxAbs int64
		ok            bool
	}{{25, 4, true}, {24, 4, false}, {100, 3, false}} {
		errs := sessions(t, n, 6, func(ctx context.Context, s *Session) error {
			var mine field.Vector
			lens := []int{len(update), 0}
			if s.Self() == 0 {
				mine = update
			}
			in, err := s.Input(ctx, lens, mine)
			if err != nil {
				return err
			}
			return s.CheckNorm(ctx, 0, in[0], big.NewInt(tc.maxAbs), big.NewInt(tc.bound), mine)
		})
		for i, err := range errs {
			if tc.ok && err != nil {
				t.Fatalf("bound %d: party %d: %v", tc.bound, i, err)
			}
			if !tc.ok && !errors.Is(err, ErrRange) {
				t.Fatalf("bound %d max %d: party %d: err = %v, want ErrRange", tc.bound, tc.maxAbs, i, err)
			}
		}
	}
}

// harness runs a 3-party session with 4 triples, inputs, a sum and 4
// squares, in which party 1 deviates as set up by setup and tamper (either
// may be nil). It returns every party's revealed values and error.
func harness(t *testing.T, setup func(s *Session), tamper func(tr *memnet.Transport)) (want field.Vector, got []field.Vector, errs []error) {
	t.Helper()
	const n = 3
	rng := mrand.New(mrand.NewPCG(11, 12))
	xs, want := randomInputs(rng, n, 5)
	for _, w := range want[:4] {
		want = append(want, w.Square())
	}
	got = make([]field.Vector, n)
	errs = run(t, memnet.New(n), n, func(ctx context.Context, i int, tr *memnet.Transport) error {
		s, err := New(ctx, tr, Config{Session: "cheat/1/1", Rand: newSeeded(13, i)})
		if err != nil {
			return err
		}
		if i == 1 {
			if setup != nil {
				s.cheat = &cheats{}
				setup(s)
			}
			if tamper != nil {
				tamper(tr)
			}
		}
		if err := s.Triples(ctx, 4); err != nil {
			return err
		}
		in, err := s.InputAll(ctx, xs[i])
		if err != nil {
			return err
		}
		sum := Sum(in...)
		sq, err := s.Mul(ctx, sum[:4], sum[:4])
		if err != nil {
			return err
		}
		got[i], err = s.Reveal(ctx, append(sum, sq...))
		return err
	})
	return want, got, errs
}

// cheatRun runs the harness with a cheating party 1 and checks that both
// honest parties abort (at least one with want) and none accepts an
// output.
func cheatRun(t *testing.T, want error, setup func(s *Session), tamper func(tr *memnet.Transport)) {
	t.Helper()
	_, got, errs := harness(t, setup, tamper)
	for _, i := range []int{0, 2} {
		if got[i] != nil {
			t.Fatalf("honest party %d accepted an output", i)
		}
		if errs[i] == nil || !errors.Is(errs[i], mpc.ErrProtocol) && !errors.Is(errs[i], context.Canceled) {
			t.Fatalf("honest party %d: err = %v, want a protocol error", i, errs[i])
		}
	}
	// At least one honest party names the check that caught the cheat
	// (the other may only see the first one hang up).
	if want != nil && !errors.Is(errs[0], want) && !errors.Is(errs[2], want) {
		t.Fatalf("honest parties: %v / %v, want %v", errs[0], errs[2], want)
	}
}

func TestHonestRunOfCheatHarness(t *testing.T) {
	// The harness must pass when nobody cheats, or the tests below prove
	// nothing.
	want, got, errs := harness(t, nil, nil)
	noErrors(t, errs)
	for i, g := range got {
		if !g.Equal(want) {
			t.Fatalf("party %d: %v, want %v", i, g, want)
		}
	}
}

func TestCheatFlippedShare(t *testing.T) {
	cheatRun(t, ErrMACCheck, func(s *Session) {
		s.cheat.open = func(v field.Vector) { v[0] = v[0].Add(field.One()) }
	}, nil)
}

func TestCheatMACShare(t *testing.T) {
	cheatRun(t, ErrMACCheck, func(s *Session) {
		s.cheat.mac = func(p []opened) { p[len(p)-1].mac = p[len(p)-1].mac.Add(field.One()) }
	}, nil)
}

func TestCheatTriple(t *testing.T) {
	cheatRun(t, ErrSacrifice, func(s *Session) {
		s.cheat.triple = func(vals []field.Element) {
			// c is the third fifth of the batch.
			c := 2 * len(vals) / 5
			vals[c] = vals[c].Add(field.One())
		}
	}, nil)
}

func TestCheatCommitmentOpening(t *testing.T) {
	cheatRun(t, ErrCommitment, func(s *Session) {
		s.cheat.opening = func(label string, o []byte) { o[len(o)-1] ^= 1 }
	}, nil)
}

func TestCheatOTExtensionMessage(t *testing.T) {
	// After set-up, party 1's OT-extension message for the 4 triples of
	// the harness (τ candidates each, one OT per bit) is a 32-byte
	// commitment and 128 columns of 4·τ·128+256 bits. A flip in column l
	// goes unnoticed (and does nothing) when bit l of the sender's Δ is 0,
	// so flip the first bit of every column.
	const cols = (4*tau*128 + 256) / 8
	cheatRun(t, ErrOT, nil, func(tr *memnet.Transport) {
		var mu sync.Mutex
		done := false
		tr.Tamper = func(to int, msg []byte) []byte {
			mu.Lock()
			defer mu.Unlock()
			if to == 2 && !done && len(msg) == headerLen+32+128*cols {
				done = true
				for l := range 128 {
					msg[headerLen+32+l*cols] ^= 1
				}
			}
			return msg
		}
	})
}

// TestNoWrongOutput flips one random bit in each message a party sends,
// one run per message, and checks that no honest party ever accepts an
// output other than the true sum. A single flip may go unnoticed only where
// the protocol ignores the bits (in the OT-extension and COPE matrices, row l
// is unused by a receiver whose key bit l is 0), so a flip that goes
// unnoticed is repeated with every byte of the message altered, which
// touches the rows the receiver does use: that run must abort.
func TestNoWrongOutput(t *testing.T) {
	if testing.Short() {
		t.Skip("one session per message")
	}
	const n = 2
	rng := mrand.New(mrand.NewPCG(21, 22))
	xs, want := randomInputs(rng, n, 3)
	// session runs the parties, passing message number target of party 1
	// through flip; it returns the message count and the honest party's
	// outcome.
	session := func(target int, flip func(msg []byte)) (int, field.Vector, error) {
		count := 0
		var mu sync.Mutex
		nw := memnet.New(n)
		got := make([]field.Vector, n)
		errs := run(t, nw, n, func(ctx context.Context, i int, tr *memnet.Transport) error {
			if i == 1 {
				tr.Tamper = func(to int, msg []byte) []byte {
					mu.Lock()
					defer mu.Unlock()
					if count == target {
						flip(msg)
					}
					count++
					return msg
				}
			}
			var err error
			got[i], err = Aggregate(ctx, tr, xs[i], Config{Session: "flip", Rand: newSeeded(23, i)})
			return err
		})
		if target < 0 {
			noErrors(t, errs)
		}
		return count, got[0], errs[0]
	}
	total, _, _ := session(-1, nil)
	oneBit := func(msg []byte) { msg[rng.IntN(len(msg))] ^= 1 << rng.IntN(8) }
	everyByte := func(msg []byte) {
		for k := range msg {
			msg[k] ^= byte(1 + rng.IntN(255))
		}
	}
	unnoticed := 0
	for target := range total {
		_, got, err := session(target, oneBit)
		if err == nil && !got.Equal(want) {
			t.Fatalf("message %d: one flipped bit made the honest party accept a wrong sum", target)
		}
		if err != nil {
			continue
		}
		unnoticed++
		_, got, err = session(target, everyByte)
		if err == nil {
			t.Fatalf("message %d: altering every byte went unnoticed (output right: %v)", target, got.Equal(want))
		}
	}
	t.Logf("%d messages, %d single-bit flips went unnoticed with the right output", total, unnoticed)
}

// TestRetriedSessionSharesNothing runs the same parties with the same
// inputs and even the same randomness source under two session names, as
// a retried round does, and checks that no message repeats and that
// messages of one session are refused by the other.
func TestRetriedSessionSharesNothing(t *testing.T) {
	const n = 2
	xs := []field.Vector{{field.New(1)}, {field.New(2)}}
	record := func(name string) (map[string]bool, [][]byte, []*Session) {
		var mu sync.Mutex
		msgs := map[string]bool{}
		var list [][]byte
		nw := memnet.New(n)
		ss := make([]*Session, n)
		errs := run(t, nw, n, func(ctx context.Context, i int, tr *memnet.Transport) error {
			tr.Tamper = func(to int, msg []byte) []byte {
				mu.Lock()
				msgs[string(msg[headerLen:])] = true
				list = append(list, msg)
				mu.Unlock()
				return msg
			}
			s, err := New(ctx, tr, Config{Session: name, Rand: newSeeded(31, i)})
			if err != nil {
				return err
			}
			ss[i] = s
			_, err = s.Sum(ctx, xs[i])
			return err
		})
		noErrors(t, errs)
		return msgs, list, ss
	}
	a, listA, sa := record("task-x/round-1/attempt-1")
	b, _, sb := record("task-x/round-1/attempt-2")
	for m := range a {
		if len(m) >= 16 && b[m] {
			t.Fatalf("a %d-byte message repeats across sessions", len(m))
		}
	}
	for i := range n {
		if sa[i].alpha.Equal(sb[i].alpha) {
			t.Fatalf("party %d reused its MAC key share", i)
		}
	}
	// A message of attempt 1 delivered in attempt 2 is refused.
	nw := memnet.New(2)
	var tag2 [tagLen]byte
	tag := derive("2pm/mascot/v1/tag", []byte("task-x/round-1/attempt-2"))
	copy(tag2[:], tag[:])
	l := newLink(nw.Party(1), tag2, 0).stream(streamMain)
	if err := nw.Party(0).Send(context.Background(), 1, listA[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Recv(context.Background()); !errors.Is(err, mpc.ErrProtocol) || !bytes.Contains([]byte(err.Error()), []byte("another session")) {
		t.Fatalf("message of another session: err = %v", err)
	}
}

func TestBadInput(t *testing.T) {
	nw := memnet.New(2)
	ctx := context.Background()
	if _, err := New(ctx, nw.Party(0), Config{}); !errors.Is(err, errBadInput) {
		t.Fatalf("empty session: %v", err)
	}
	if _, err := New(ctx, memnet.New(1).Party(0), Config{Session: "x"}); !errors.Is(err, errBadInput) {
		t.Fatalf("one party: %v", err)
	}
}

// TestPeerVanishes: a party that disappears after set-up (its links close)
// makes the others abort with an error instead of waiting for ever.
func TestPeerVanishes(t *testing.T) {
	const n = 3
	nw := memnet.New(n)
	errs := run(t, nw, n, func(ctx context.Context, i int, tr *memnet.Transport) error {
		s, err := New(ctx, tr, Config{Session: "vanish"})
		if err != nil {
			return err
		}
		if i == 2 {
			nw.Close()
			return nil
		}
		_, err = s.Sum(ctx, field.Vector{field.New(uint64(i))})
		return err
	})
	// The first to notice sees the closed link; the other may be
	// cancelled by the harness after that.
	if errs[0] == nil || errs[1] == nil ||
		!strings.Contains(errs[0].Error(), "closed") && !strings.Contains(errs[1].Error(), "closed") {
		t.Fatalf("errors %v / %v, want a closed link", errs[0], errs[1])
	}
}

func TestPrepareInput(t *testing.T) {
	const n = 3
	rng := mrand.New(mrand.NewPCG(41, 42))
	xs, want := randomInputs(rng, n, 4)
	sums := make([]field.Vector, n)
	errs := sessions(t, n, 43, func(ctx context.Context, s *Session) error {
		// Masks prepared for other lengths are dropped: Input makes its own.
		if err := s.PrepareInput(ctx, []int{1, 1, 1}); err != nil {
			return err
		}
		first, err := s.InputAll(ctx, xs[s.Self()])
		if err != nil {
			return err
		}
		// Masks prepared for these lengths are used.
		if err := s.PrepareInput(ctx, []int{4, 4, 4}); err != nil {
			return err
		}
		pre := s.prepared
		second, err := s.InputAll(ctx, xs[s.Self()])
		if err != nil {
			return err
		}
		if s.prepared != nil || pre == nil {
			return errors.New("prepared masks were not used")
		}
		sums[s.Self()], err = s.Reveal(ctx, append(Sum(first...), Sum(second...)...))
		return err
	})
	noErrors(t, errs)
	for i := range n {
		if !sums[i].Equal(append(want, want...)) {
			t.Fatalf("party %d: %v, want %v twice", i, sums[i], want)
		}
	}
}
