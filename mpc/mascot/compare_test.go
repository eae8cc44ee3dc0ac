package mascot

import (
	"context"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"testing"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

// Random bits open to 0 or 1, about half of each.
func TestRandomBits(t *testing.T) {
	const n, count = 3, 256
	got := make([]field.Vector, n)
	errs := sessions(t, n, 21, func(ctx context.Context, s *Session) error {
		b, err := s.RandomBits(ctx, count)
		if err != nil {
			return err
		}
		got[s.Self()], err = s.Reveal(ctx, b)
		return err
	})
	noErrors(t, errs)
	ones := 0
	for h, v := range got[0] {
		switch {
		case v.Equal(field.One()):
			ones++
		case !v.IsZero():
			t.Fatalf("bit %d opened as %v", h, v)
		}
	}
	// Binomial(256, 1/2): 128 ± 8; outside 128 ± 40 is 5 standard deviations.
	if ones < 88 || ones > 168 {
		t.Fatalf("%d ones in %d random bits", ones, count)
	}
}

// compareCase is one comparison of a sum with a threshold.
type compareCase struct {
	sum, threshold uint64
}

// compareRun has each of n parties input a share of every case's sum
// (party 0 the remainder), compares the sums with the thresholds in the
// MPC, and reveals the bits.
func compareRun(t *testing.T, cases []compareCase, k int, setup func(i int, s *Session)) ([]field.Vector, []error) {
	t.Helper()
	const n = 3
	rng := mrand.New(mrand.NewPCG(5, 6))
	inputs := make([]field.Vector, n)
	th := make([]uint64, len(cases))
	for h, c := range cases {
		th[h] = c.threshold
		rest := c.sum
		for i := n - 1; i > 0; i-- {
			part := uint64(0)
			if rest > 0 {
				part = rng.Uint64N(rest + 1)
			}
			inputs[i] = append(inputs[i], field.FromBig(new(big.Int).SetUint64(part)))
			rest -= part
		}
		inputs[0] = append(inputs[0], field.FromBig(new(big.Int).SetUint64(rest)))
	}
	got := make([]field.Vector, n)
	errs := onSums(t, inputs, setup, func(ctx context.Context, s *Session, sum []Share) (err error) {
		b, err := s.AtLeast(ctx, sum, th, k)
		if err != nil {
			return err
		}
		got[s.Self()], err = s.Reveal(ctx, b)
		return err
	})
	return got, errs
}

// onSums runs a session of len(inputs) parties, party i inputting
// inputs[i] (after setup, if set), and f on the sums of their inputs.
func onSums(t *testing.T, inputs []field.Vector, setup func(i int, s *Session), f func(ctx context.Context, s *Session, sum []Share) error) []error {
	t.Helper()
	n := len(inputs)
	return run(t, memnet.New(n), n, func(ctx context.Context, i int, tr *memnet.Transport) error {
		s, err := New(ctx, tr, Config{Session: "compare/1/1", Rand: newSeeded(31, i)})
		if err != nil {
			return err
		}
		if setup != nil {
			setup(i, s)
		}
		in, err := s.InputAll(ctx, inputs[i])
		if err != nil {
			return err
		}
		return f(ctx, s, Sum(in...))
	})
}

// AtLeast gives [sum ≥ t] on both sides of every threshold, at the ends
// of the range and for thresholds 0 and 2^k.
func TestAtLeast(t *testing.T) {
	const k = 12
	top := uint64(1)<<k - 1
	cases := []compareCase{
		{0, 0}, {0, 1}, {1, 1}, {4, 5}, {5, 5}, {6, 5}, {2, 3}, {3, 3},
		{top, top}, {top - 1, top}, {top, 1 << k}, {top, 0}, {0, 1 << k},
		{100, 99}, {100, 101}, {2048, 2048}, {2047, 2048}, {2049, 2048},
	}
	rng := mrand.New(mrand.NewPCG(7, 8))
	for range 20 {
		cases = append(cases, compareCase{rng.Uint64N(top + 1), rng.Uint64N(top + 2)})
	}
	got, errs := compareRun(t, cases, k, nil)
	noErrors(t, errs)
	for h, c := range cases {
		want := field.Element{}
		if c.sum >= c.threshold {
			want = field.One()
		}
		for i := range got {
			if !got[i][h].Equal(want) {
				t.Errorf("party %d: [%d ≥ %d] = %v", i, c.sum, c.threshold, got[i][h])
			}
		}
	}
}

// AtLeast compares negative values too, down to t − 2^k (a noisy count
// in a differentially private release).
func TestAtLeastNegative(t *testing.T) {
	const k = 12
	xs := []int64{-1, -5, -(1 << k) + 5, 4, 5, -(1 << k) + 6}
	th := []uint64{0, 5, 5, 5, 5, 5}
	inputs := []field.Vector{{}, {}, {}}
	for _, x := range xs {
		inputs[0] = append(inputs[0], field.FromInt64(x+7))
		inputs[1] = append(inputs[1], field.FromInt64(-7))
		inputs[2] = append(inputs[2], field.Element{})
	}
	got := make([]field.Vector, 3)
	noErrors(t, onSums(t, inputs, nil, func(ctx context.Context, s *Session, sum []Share) error {
		b, err := s.AtLeast(ctx, sum, th, k)
		if err != nil {
			return err
		}
		got[s.Self()], err = s.Reveal(ctx, b)
		return err
	}))
	for h, x := range xs {
		want := field.Element{}
		if x >= int64(th[h]) {
			want = field.One()
		}
		for i := range got {
			if !got[i][h].Equal(want) {
				t.Errorf("party %d: [%d ≥ %d] = %v", i, x, th[h], got[i][h].Signed())
			}
		}
	}
}

// A party that alters its share of a masked value, or of any value opened
// on the way to the bits, makes every honest party abort before a bit is
// opened.
func TestAtLeastCheat(t *testing.T) {
	cases := []compareCase{{3, 5}, {7, 5}}
	for _, tc := range []struct {
		name  string
		setup func(i int, s *Session)
	}{
		{"masked value", func(i int, s *Session) {
			if i == 1 {
				s.cheat = &cheats{compare: func(m []Share) { m[0].Value = m[0].Value.Add(field.FromInt64(1 << 20)) }}
			}
		}},
		{"every opening", func(i int, s *Session) {
			if i == 1 {
				s.cheat = &cheats{open: func(v field.Vector) {
					for h := range v {
						v[h] = v[h].Add(field.One())
					}
				}}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, errs := compareRun(t, cases, 8, tc.setup)
			for _, i := range []int{0, 2} {
				if got[i] != nil {
					t.Fatalf("honest party %d opened %v", i, got[i])
				}
				if errs[i] == nil || !errors.Is(errs[i], mpc.ErrProtocol) && !errors.Is(errs[i], context.Canceled) {
					t.Fatalf("honest party %d: %v, want a protocol error", i, errs[i])
				}
			}
			if tc.name == "masked value" && !errors.Is(errs[0], ErrMACCheck) && !errors.Is(errs[2], ErrMACCheck) {
				t.Fatalf("honest parties: %v / %v, want the MAC check to fail", errs[0], errs[2])
			}
		})
	}
}

// belowRun is compareRun for Below: every party learns the outcomes.
func belowRun(t *testing.T, cases []compareCase, setup func(i int, s *Session)) ([][]bool, []error) {
	t.Helper()
	const n = 3
	inputs := make([]field.Vector, n)
	th := make([]uint64, len(cases))
	for h, c := range cases {
		th[h] = c.threshold
		// Party 2 holds everything but 1 of each positive sum.
		inputs[0] = append(inputs[0], field.FromInt64(int64(min(c.sum, 1))))
		inputs[1] = append(inputs[1], field.Element{})
		inputs[2] = append(inputs[2], field.FromInt64(int64(c.sum-min(c.sum, 1))))
	}
	got := make([][]bool, n)
	errs := onSums(t, inputs, setup, func(ctx context.Context, s *Session, sum []Share) (err error) {
		got[s.Self()], err = s.Below(ctx, sum, th)
		return err
	})
	return got, errs
}

// Below opens [sum < t] on both sides of small thresholds, for t = 0 and
// t = 1, and refuses a threshold beyond its limit.
func TestBelow(t *testing.T) {
	cases := []compareCase{{0, 0}, {0, 1}, {1, 1}, {4, 5}, {5, 5}, {6, 5}, {0, 5}, {10, 11}, {11, 11}, {12, 11}, {1000, 5}, {2, 2}, {1, 2}}
	got, errs := belowRun(t, cases, nil)
	noErrors(t, errs)
	for h, c := range cases {
		for i := range got {
			if got[i][h] != (c.sum < c.threshold) {
				t.Errorf("party %d: [%d < %d] = %v", i, c.sum, c.threshold, got[i][h])
			}
		}
	}
	// Refused before any message: no session is needed to see it (one
	// party's refusal would otherwise race the others' setup).
	if _, err := (&Session{}).Below(context.Background(), []Share{{}}, []uint64{MaxBelowThreshold + 1}); !errors.Is(err, errBadInput) {
		t.Fatalf("threshold above the limit: %v", err)
	}
}

// A party that alters the masked product, or any opening on the way to
// it, makes the honest parties abort without an outcome.
func TestBelowCheat(t *testing.T) {
	cases := []compareCase{{3, 5}, {7, 5}}
	for name, setup := range map[string]func(i int, s *Session){
		"masked product": func(i int, s *Session) {
			if i == 1 {
				s.cheat = &cheats{compare: func(m []Share) { m[0].Value = m[0].Value.Add(field.One()) }}
			}
		},
		"every opening": func(i int, s *Session) {
			if i == 1 {
				s.cheat = &cheats{open: func(v field.Vector) {
					for h := range v {
						v[h] = v[h].Add(field.One())
					}
				}}
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			got, errs := belowRun(t, cases, setup)
			for _, i := range []int{0, 2} {
				if got[i] != nil {
					t.Fatalf("honest party %d learned %v", i, got[i])
				}
				if errs[i] == nil || !errors.Is(errs[i], mpc.ErrProtocol) && !errors.Is(errs[i], context.Canceled) {
					t.Fatalf("honest party %d: %v, want a protocol error", i, errs[i])
				}
			}
			if !errors.Is(errs[0], ErrMACCheck) && !errors.Is(errs[2], ErrMACCheck) {
				t.Fatalf("honest parties: %v / %v, want the MAC check to fail", errs[0], errs[2])
			}
		})
	}
}
