package aggregate

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
	"github.com/twopm/twopm/workflows"
)

// updateVector encodes a clipped update and its row count at train.Scale.
func updateVector(delta []float64, rows int64) field.Vector {
	v := make(field.Vector, 0, len(delta)+1)
	for _, d := range delta {
		v = append(v, field.FromInt64(int64(math.Round(d*train.Scale))))
	}
	return append(v, field.FromInt64(rows))
}

// runClipped runs clippedSum on every party: party i inputs inputs[i] and
// claims claims[i] (its own values, which an honest party passes as they
// are).
func runClipped(t *testing.T, inputs, claims []field.Vector, clip float64) ([]field.Vector, []error) {
	t.Helper()
	maxAbs, normSq := train.ClipBounds(clip, len(inputs[0])-1)
	return runClippedNoise(t, inputs, claims, maxAbs, normSq, nil)
}

// runClippedNoise runs clippedSum with bounds maxAbs and normSq, party i
// adding noise[i] (nil: no noise).
func runClippedNoise(t *testing.T, inputs, claims []field.Vector, maxAbs, normSq *big.Int, noise []field.Vector) ([]field.Vector, []error) {
	t.Helper()
	n := len(inputs)
	nw := memnet.New(n)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, errs := make([]field.Vector, n), make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			s, err := mascot.New(ctx, nw.Party(i), mascot.Config{Session: "clip/1/1"})
			if err == nil {
				var in [][]mascot.Share
				if in, err = s.InputAll(ctx, inputs[i]); err == nil {
					var ns field.Vector
					if noise != nil {
						ns = noise[i]
					}
					out[i], _, err = clippedSum(ctx, s, in, claims[i], maxAbs, normSq, ns)
				}
			}
			if errs[i] = err; err != nil && !errors.Is(err, mascot.ErrRange) {
				cancel()
			}
		})
	}
	wg.Wait()
	return out, errs
}

// The aggregation of clipped updates opens Σ n·Δ and Σ n when every
// update keeps its bound, and aborts, opening nothing, when one party's
// update is longer than clip_norm, even if it lies about its values.
func TestClippedSum(t *testing.T) {
	const clip = 0.5
	ok := []field.Vector{
		updateVector([]float64{0.3, -0.4, 0}, 10), // norm exactly 0.5
		updateVector([]float64{-0.1, 0.2, 0.05}, 7),
		updateVector([]float64{0, 0, 0}, 0),
	}
	got, errs := runClipped(t, ok, ok, clip)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
	want := updateVector([]float64{10*0.3 - 7*0.1, -10*0.4 + 7*0.2, 7 * 0.05}, 17)
	for i := range got {
		for h := range want {
			if !got[i][h].Equal(want[h]) {
				t.Fatalf("party %d: entry %d is %v, want %v", i, h, got[i][h].Signed(), want[h].Signed())
			}
		}
	}
	// Party 1 poisons: an update of norm 5, claimed as its small one.
	bad := append([]field.Vector(nil), ok...)
	bad[1] = updateVector([]float64{-3, 4, 0}, 7)
	got, errs = runClipped(t, bad, ok, clip)
	for i, err := range errs {
		if !errors.Is(err, mascot.ErrRange) || !strings.Contains(err.Error(), "party 1") || got[i] != nil {
			t.Fatalf("party %d: %v, opened %v: want the poisoner caught", i, err, got[i])
		}
	}
	// An honest party whose update is too long refuses before it inputs.
	got, errs = runClipped(t, bad, bad, clip)
	for i, err := range errs {
		if !errors.Is(err, mascot.ErrRange) || got[i] != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
	// A row count above the bound is caught too.
	big := append([]field.Vector(nil), ok...)
	big[2] = updateVector([]float64{0, 0, 0}, workflows.MaxRowsBound+1)
	if _, errs = runClipped(t, big, ok, clip); !errors.Is(errs[0], mascot.ErrRange) {
		t.Fatalf("a row count above the bound: %v", errs[0])
	}
}

// A DP round opens Σ n·q plus every party's noise, and nothing of it
// when a party's mean gradient breaks the bound: the noise is input only
// after every check.
func TestClippedSumNoise(t *testing.T) {
	const clip = 0.5
	p := 3
	maxAbs, normSq := train.DPClipBounds(clip, p)
	unit := int64(1) << train.DPScaleBits
	vec := func(q []float64, rows int64) field.Vector {
		v := make(field.Vector, 0, len(q)+1)
		for _, x := range q {
			v = append(v, field.FromInt64(int64(x*float64(unit))))
		}
		return append(v, field.FromInt64(rows))
	}
	ok := []field.Vector{vec([]float64{0.25, -0.25, 0}, 10), vec([]float64{0.125, 0, 0.125}, 4)}
	noise := []field.Vector{
		{field.FromInt64(5), field.FromInt64(-7), field.FromInt64(0), field.FromInt64(2)},
		{field.FromInt64(-1), field.FromInt64(3), field.FromInt64(11), field.FromInt64(-3)},
	}
	got, errs := runClippedNoise(t, ok, ok, maxAbs, normSq, noise)
	for i, err := range errs {
		if err != nil {
			t.Fatalf("party %d: %v", i, err)
		}
	}
	want := []int64{10*unit/4 + 4*unit/8 + 4, -10*unit/4 - 4, 4*unit/8 + 11, 14 - 1}
	for i := range got {
		for h, w := range want {
			if got[i][h].Signed().Int64() != w {
				t.Fatalf("party %d: entry %d is %v, want %d", i, h, got[i][h].Signed(), w)
			}
		}
	}
	// Party 1 sends a mean gradient longer than clip_norm, claiming the
	// short one: caught, nothing opened.
	bad := []field.Vector{ok[0], vec([]float64{0.5, 0.5, 0}, 4)}
	got, errs = runClippedNoise(t, bad, ok, maxAbs, normSq, noise)
	for i, err := range errs {
		if !errors.Is(err, mascot.ErrRange) || got[i] != nil {
			t.Fatalf("party %d: %v, opened %v", i, err, got[i])
		}
	}
}
