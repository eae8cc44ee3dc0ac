package infer

import (
	"context"
	"errors"
	"fmt"
	"math"
	mrand "math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/mpc/memnet"
)

// seeded is a deterministic randomness source, so a failing run can be
// replayed from the logged seed.
type seeded struct{ r *mrand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func newSeeded(seed uint64, stream string) seeded {
	var k [32]byte
	copy(k[:], fmt.Sprintf("%016x/%s", seed, stream))
	return seeded{mrand.NewChaCha8(k)}
}

// outcome is what every party of one session returned.
type outcome struct {
	res  Result
	errs []error // errs[0] is the client's, errs[j] node j's
}

// session runs one inference over memnet: the client with row x and one
// node per share; faults[j], if set, is party j's mascot.Config.Fault. A
// party that fails with anything but a verdict cancels the others, so a
// bug shows as an error rather than a hang.
func session(t testing.TB, seed uint64, x []float64, shares []Share, faults map[int]string) outcome {
	t.Helper()
	n := len(shares) + 1
	nw := memnet.New(n)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out := outcome{errs: make([]error, n)}
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cfg := mascot.Config{Session: fmt.Sprintf("infer-test/%d", seed), Rand: newSeeded(seed, fmt.Sprint("party-", i)), Fault: faults[i]}
			if i == 0 {
				out.res, out.errs[0] = Client(ctx, nw.Party(0), cfg, x)
			} else {
				out.errs[i] = Node(ctx, nw.Party(i), cfg, shares[i-1])
			}
			if err := out.errs[i]; err != nil && !verdict(err) {
				cancel()
			}
		}()
	}
	wg.Wait()
	return out
}

// quick reports whether the slow tests should run fewer sessions: in
// -short mode and under the race detector.
func quick() bool { return testing.Short() || raceEnabled }

// verdict reports whether err is a failure that every party reaches on
// its own, from messages already sent: cancelling the others then would
// race their last reads.
func verdict(err error) bool {
	for _, v := range []error{mpc.ErrProtocol, ErrShareCheck, ErrMismatch, ErrRefused, ErrBadInput} {
		if errors.Is(err, v) {
			return true
		}
	}
	return false
}

// fixture is a logistic model fit by Newton's method to seeded synthetic
// data of realistic magnitudes (standardized features, coefficients of
// order one), and rows to predict: ordinary ones and confident ones with
// |z| > 10.
type fixture struct {
	m         *model.Model
	rows      [][]float64
	confident [][]float64
}

func newFixture(t testing.TB, seed uint64, d, confident int) fixture {
	t.Helper()
	rng := mrand.New(mrand.NewPCG(seed, uint64(d)))
	truth := make([]float64, d+1)
	for i := range truth {
		truth[i] = rng.NormFloat64()
	}
	const rows = 1500
	data := model.Data{Rows: rows, Cols: d, X: make([]float64, rows*d), Y: make([]float64, rows)}
	for r := range rows {
		z := truth[0]
		for c := range d {
			v := rng.NormFloat64()
			data.X[r*d+c] = v
			z += truth[c+1] * v
		}
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			data.Y[r] = 1
		}
	}
	beta, _, err := model.FitNewton(data, 1e-3, 0, 0)
	if err != nil {
		t.Fatalf("fit: %v", err)
	}
	f := fixture{m: &model.Model{Kind: model.HLR, Features: d, Weights: beta}}
	for len(f.rows) < 40 || len(f.confident) < confident {
		x := make([]float64, d)
		scale := 1 + 3*rng.Float64()
		for c := range x {
			x[c] = scale * rng.NormFloat64()
		}
		p, err := Plain(f.m, x)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case math.Abs(p.Logit) > 10 && len(f.confident) < confident:
			f.confident = append(f.confident, x)
		case math.Abs(p.Logit) < 6 && len(f.rows) < 40:
			f.rows = append(f.rows, x)
		}
	}
	return f
}

func split(t testing.TB, m *model.Model, n int, seed uint64) []Share {
	t.Helper()
	s, err := Split(m, n, newSeeded(seed, "split"))
	if err != nil {
		t.Fatalf("split: %v", err)
	}
	return s
}
