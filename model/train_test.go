package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

var sepBeta = []float64{0.5, 6, -9, 4.5, 0, 7.5} // large, so labels are nearly separable

func TestTrainDeterministic(t *testing.T) {
	d := synth(1, 400, sepBeta)
	for _, kind := range []string{LR, MLP} {
		t.Run(kind, func(t *testing.T) {
			p := Params{Epochs: 2, Hidden: 4, Mu: 0.01, Seed: 11}
			m := mustNew(t, kind, d.Cols, p)
			entry := append([]float64(nil), m.Weights...)
			a, err := m.Train(d, p, 3)
			if err != nil {
				t.Fatal(err)
			}
			b, err := m.Train(d, p, 3)
			if err != nil {
				t.Fatal(err)
			}
			if !sameBits(a.Weights, b.Weights) {
				t.Error("two runs differ")
			}
			if !sameBits(m.Weights, entry) {
				t.Error("Train modified its receiver")
			}
			c, err := m.Train(d, p, 4)
			if err != nil {
				t.Fatal(err)
			}
			if sameBits(a.Weights, c.Weights) {
				t.Error("rounds 3 and 4 gave the same weights")
			}
			p.Seed++
			e, err := m.Train(d, p, 3)
			if err != nil {
				t.Fatal(err)
			}
			if sameBits(a.Weights, e.Weights) {
				t.Error("seeds 11 and 12 gave the same weights")
			}
		})
	}
}

func TestTrainLearns(t *testing.T) {
	train, test := synth(2, 1000, sepBeta), synth(3, 1000, sepBeta)
	tests := []struct {
		kind    string
		p       Params
		wantAcc float64
	}{
		{kind: LR, p: Params{Epochs: 5, Seed: 1}, wantAcc: 0.9},
		{kind: MLP, p: Params{Epochs: 5, Hidden: 8, Seed: 1}, wantAcc: 0.9},
	}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			m := mustNew(t, tc.kind, train.Cols, tc.p)
			l2 := tc.p.WithDefaults().L2
			before := m.Loss(train, l2)
			got, err := m.Train(train, tc.p, 0)
			if err != nil {
				t.Fatal(err)
			}
			after := got.Loss(train, l2)
			if !(after < before) {
				t.Errorf("loss %g → %g, want a decrease", before, after)
			}
			if acc := Accuracy(got.PredictAll(test), test.Y); acc <= tc.wantAcc {
				t.Errorf("test accuracy %g, want > %g", acc, tc.wantAcc)
			}
			t.Logf("loss %.4f → %.4f, test accuracy %.3f", before, after, Accuracy(got.PredictAll(test), test.Y))
		})
	}
}

func TestMLPLearnsXOR(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	const n = 400
	d := Data{Rows: n, Cols: 2, X: make([]float64, 2*n), Y: make([]float64, n)}
	for i := range n {
		a, b := 2*r.Float64()-1, 2*r.Float64()-1
		d.X[2*i], d.X[2*i+1] = a, b
		if a*b > 0 {
			d.Y[i] = 1
		}
	}
	p := Params{Hidden: 8, Epochs: 150, LearningRate: 0.5, Seed: 3}
	m, err := mustNew(t, MLP, 2, p).Train(d, p, 0)
	if err != nil {
		t.Fatal(err)
	}
	if acc := Accuracy(m.PredictAll(d), d.Y); acc < 0.9 {
		t.Errorf("XOR accuracy %g, want ≥ 0.9", acc)
	}
}

func TestFedProxStaysCloser(t *testing.T) {
	d := synth(4, 300, sepBeta)
	start := &Model{Kind: LR, Features: d.Cols, Weights: []float64{0.5, -1, 1, 0, 0.5, -0.5}}
	dist := func(mu float64) float64 {
		m, err := start.Train(d, Params{Epochs: 3, Mu: mu, Seed: 1}, 0)
		if err != nil {
			t.Fatal(err)
		}
		s := 0.0
		for i, w := range m.Weights {
			s += (w - start.Weights[i]) * (w - start.Weights[i])
		}
		return math.Sqrt(s)
	}
	if free, prox := dist(0), dist(5); !(prox < free/2) {
		t.Errorf("distance from global: mu=0 %g, mu=5 %g; want the proximal run much closer", free, prox)
	}
}

func TestTrainErrors(t *testing.T) {
	d := synth(5, 20, []float64{0, 1, 1})
	lr := &Model{Kind: LR, Features: 2, Weights: make([]float64, 3)}
	tests := []struct {
		name    string
		m       *Model
		d       Data
		p       Params
		wantErr error
	}{
		{name: "hlr", m: &Model{Kind: HLR, Features: 2, Weights: make([]float64, 3)}, d: d, wantErr: ErrNotSGD},
		{name: "columns", m: lr, d: synth(5, 20, []float64{0, 1}), wantErr: ErrMismatch},
		{name: "empty data", m: lr, d: Data{Cols: 2}, wantErr: ErrInvalidData},
		{name: "bad labels", m: lr, d: Data{X: []float64{1, 2}, Rows: 1, Cols: 2, Y: []float64{3}}, wantErr: ErrInvalidData},
		{name: "bad params", m: lr, d: d, p: Params{LearningRate: -1}, wantErr: ErrInvalidParams},
		{name: "bad model", m: &Model{Kind: LR, Features: 2, Weights: []float64{0}}, d: d, wantErr: ErrInvalidModel},
		{name: "nil model", m: nil, d: d, wantErr: ErrInvalidModel},
		{name: "diverges", m: &Model{Kind: LR, Features: 2, Weights: []float64{0, 1, 1}}, d: d, p: Params{LearningRate: 1e300, Epochs: 5}, wantErr: ErrDiverged},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := tc.m.Train(tc.d, tc.p, 0)
			if !errors.Is(err, tc.wantErr) || m != nil {
				t.Fatalf("Train() = %v, %v; want nil, %v", m, err, tc.wantErr)
			}
		})
	}
}

func TestAverage(t *testing.T) {
	m := mustNew(t, MLP, 3, Params{Hidden: 4, Seed: 8})
	m.Weights[0] = math.Copysign(0, -1)
	for _, c := range []float64{0.3, 1, 7, 123456789} {
		got, err := Average([]*Model{m}, []float64{c})
		if err != nil {
			t.Fatal(err)
		}
		if !sameBits(got.Weights, m.Weights) || got.Kind != m.Kind || got.Hidden != m.Hidden || got.Features != m.Features {
			t.Errorf("Average of one model with count %g differs from it", c)
		}
	}
	a := &Model{Kind: LR, Features: 1, Weights: []float64{1, 2}}
	b := &Model{Kind: LR, Features: 1, Weights: []float64{3, 6}}
	got, err := Average([]*Model{a, b}, []float64{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	if got.Weights[0] != 2.5 || got.Weights[1] != 5 {
		t.Errorf("Average() = %v, want [2.5 5]", got.Weights)
	}
	if got, _ := Average([]*Model{a, b}, []float64{0, 2}); got.Weights[0] != 3 {
		t.Errorf("a zero count still weighs: %v", got.Weights)
	}
}

// TestFedAvgOneNode checks that a round with one node equals centralized
// training: the average of its single update is the update itself.
func TestAverageErrors(t *testing.T) {
	lr := &Model{Kind: LR, Features: 1, Weights: []float64{0, 1}}
	tests := []struct {
		name    string
		models  []*Model
		counts  []float64
		wantErr error
	}{
		{name: "none", wantErr: ErrMismatch},
		{name: "count length", models: []*Model{lr, lr}, counts: []float64{1}, wantErr: ErrMismatch},
		{name: "kinds", models: []*Model{lr, {Kind: HLR, Features: 1, Weights: []float64{0, 1}}}, counts: []float64{1, 1}, wantErr: ErrMismatch},
		{name: "features", models: []*Model{lr, {Kind: LR, Features: 2, Weights: []float64{0, 1, 2}}}, counts: []float64{1, 1}, wantErr: ErrMismatch},
		{name: "nil model", models: []*Model{lr, nil}, counts: []float64{1, 1}, wantErr: ErrInvalidModel},
		{name: "nan weight", models: []*Model{{Kind: LR, Features: 1, Weights: []float64{0, math.NaN()}}}, counts: []float64{1}, wantErr: ErrInvalidModel},
		{name: "negative count", models: []*Model{lr, lr}, counts: []float64{2, -1}, wantErr: ErrInvalidParams},
		{name: "zero total", models: []*Model{lr}, counts: []float64{0}, wantErr: ErrInvalidParams},
		{name: "infinite total", models: []*Model{lr, lr}, counts: []float64{math.MaxFloat64, math.MaxFloat64}, wantErr: ErrInvalidParams},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Average(tc.models, tc.counts); !errors.Is(err, tc.wantErr) {
				t.Fatalf("Average() error = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

func BenchmarkTrainLR(b *testing.B) {
	beta := make([]float64, 31)
	for i := range beta {
		beta[i] = float64(i%5) - 2
	}
	d := synth(7, 1000, beta)
	p := Params{Seed: 1}
	m := mustNew(b, LR, 30, p)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Train(d, p, 0); err != nil {
			b.Fatal(err)
		}
	}
}
