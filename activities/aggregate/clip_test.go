package aggregate

import (
	"context"
	"errors"
	"math"
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
					out[i], _, err = clippedSum(ctx, s, in, claims[i], clip)
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
