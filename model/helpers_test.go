package model

import (
	"math"
	"math/rand/v2"
	"testing"
)

// synth draws n rows of len(beta)-1 standard normal features and labels
// from the logistic model with coefficients beta = [intercept, b...].
func synth(seed uint64, n int, beta []float64) Data {
	r := rand.New(rand.NewPCG(seed, 42))
	d := Data{Rows: n, Cols: len(beta) - 1, X: make([]float64, n*(len(beta)-1)), Y: make([]float64, n)}
	for i := range n {
		z := beta[0]
		for k := range d.Cols {
			x := r.NormFloat64()
			d.X[i*d.Cols+k] = x
			z += beta[k+1] * x
		}
		if r.Float64() < sigmoid(z) {
			d.Y[i] = 1
		}
	}
	return d
}

// rows returns rows [lo, hi) of d.
func rows(d Data, lo, hi int) Data {
	return Data{X: d.X[lo*d.Cols : hi*d.Cols], Rows: hi - lo, Cols: d.Cols, Y: d.Y[lo:hi]}
}

func randomVec(r *rand.Rand, n int, scale float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = scale * r.NormFloat64()
	}
	return v
}

func sameBits(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return false
		}
	}
	return true
}

// near reports whether a and b agree to tol relative to max(1, |a|).
func near(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Abs(a))
}

func mustNew(t testing.TB, kind string, features int, p Params) *Model {
	t.Helper()
	m, err := New(kind, features, p)
	if err != nil {
		t.Fatal(err)
	}
	return m
}
