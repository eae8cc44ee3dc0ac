package additive

import (
	"context"
	"crypto/rand"
	"errors"
	"math"
	mrand "math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/memnet"
)

func seeded(t testing.TB) *mrand.ChaCha8 {
	var seed [32]byte
	_, _ = rand.Read(seed[:])
	t.Logf("seed %x", seed)
	return mrand.NewChaCha8(seed)
}

// run runs Aggregate for every party of nw and returns each party's output
// and error.
func run(t testing.TB, nw *memnet.Network, tr []*memnet.Transport, inputs []field.Vector) ([]field.Vector, []error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out := make([]field.Vector, len(inputs))
	errs := make([]error, len(inputs))
	var wg sync.WaitGroup
	for i := range inputs {
		wg.Go(func() {
			out[i], errs[i] = Aggregate(ctx, tr[i], inputs[i], rand.Reader)
			if errs[i] != nil {
				nw.Close() // a party that aborts hangs up on the others
			}
		})
	}
	wg.Wait()
	return out, errs
}

func TestAggregateSums(t *testing.T) {
	rng := seeded(t)
	for n := 1; n <= 7; n++ {
		t.Run(string(rune('0'+n))+" parties", func(t *testing.T) {
			nw := memnet.New(n)
			tr := make([]*memnet.Transport, n)
			inputs := make([]field.Vector, n)
			want := make(field.Vector, 5)
			for i := range n {
				tr[i] = nw.Party(i)
				inputs[i] = make(field.Vector, 5)
				for k := range inputs[i] {
					inputs[i][k] = field.FromInt64(int64(rng.Uint64()>>24) - 1<<39)
				}
				want.AddInPlace(inputs[i])
			}
			out, errs := run(t, nw, tr, inputs)
			for i := range n {
				if errs[i] != nil {
					t.Fatalf("party %d: %v", i, errs[i])
				}
				if !out[i].Equal(want) {
					t.Fatalf("party %d got %v, want %v", i, out[i], want)
				}
			}
		})
	}
}

// TestSharesIndependentOfInput shows that the shares a party sends are the
// random draws themselves: with the same randomness, two different inputs
// produce identical outgoing shares, so they carry no information about the
// input. Only the share kept at home depends on it.
func TestSharesIndependentOfInput(t *testing.T) {
	var seed [32]byte
	_, _ = rand.Read(seed[:])
	t.Logf("seed %x", seed)
	x := field.Vector{field.FromInt64(0), field.FromInt64(0)}
	y := field.Vector{field.FromInt64(123456789), field.FromInt64(-42)}
	sx, err := Share(x, 4, mrand.NewChaCha8(seed))
	if err != nil {
		t.Fatal(err)
	}
	sy, err := Share(y, 4, mrand.NewChaCha8(seed))
	if err != nil {
		t.Fatal(err)
	}
	for j := 1; j < 4; j++ {
		if !sx[j].Equal(sy[j]) {
			t.Fatalf("outgoing share %d depends on the input", j)
		}
	}
	for _, s := range [][]field.Vector{sx, sy} {
		sum := make(field.Vector, 2)
		for _, v := range s {
			sum.AddInPlace(v)
		}
		if !sum.Equal(x) && !sum.Equal(y) {
			t.Fatal("shares do not sum to the input")
		}
	}
}

// TestShareIsUniform checks with a chi-square test that the first byte of
// a sent share is uniform, both for input 0 and for a large input.
func TestShareIsUniform(t *testing.T) {
	rng := seeded(t)
	const samples = 40000
	for _, in := range []int64{0, math.MaxInt64} {
		var counts [256]int
		for range samples {
			s, err := Share(field.Vector{field.FromInt64(in)}, 2, rng)
			if err != nil {
				t.Fatal(err)
			}
			counts[s[1][0].AppendBytes(nil)[0]]++
		}
		exp := float64(samples) / 256
		chi := 0.0
		for _, c := range counts {
			chi += (float64(c) - exp) * (float64(c) - exp) / exp
		}
		// 255 degrees of freedom: the 99.99th percentile is about 345.
		if chi > 345 {
			t.Fatalf("input %d: chi-square %.1f over 255 d.f., shares are not uniform", in, chi)
		}
	}
}

func TestAggregateRejectsMalformedMessages(t *testing.T) {
	tests := []struct {
		name   string
		tamper func(msg []byte) []byte
	}{
		{"wrong step", func(m []byte) []byte { m[0] = 9; return m }},
		{"short vector", func(m []byte) []byte { return m[:len(m)-field.Bytes] }},
		{"ragged", func(m []byte) []byte { return m[:len(m)-1] }},
		{"non-canonical element", func(m []byte) []byte {
			for i := 1; i < 1+field.Bytes; i++ {
				m[i] = 0xff
			}
			return m
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nw := memnet.New(3)
			tr := []*memnet.Transport{nw.Party(0), nw.Party(1), nw.Party(2)}
			tr[2].Tamper = func(to int, m []byte) []byte { return tt.tamper(m) }
			in := field.Vector{field.New(1), field.New(2)}
			_, errs := run(t, nw, tr, []field.Vector{in, in, in})
			if !errors.Is(errs[0], mpc.ErrProtocol) || !errors.Is(errs[1], mpc.ErrProtocol) {
				t.Fatalf("errors = %v, want mpc.ErrProtocol at parties 0 and 1", errs)
			}
		})
	}
}
