package model

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDataValidate(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		name    string
		d       Data
		wantErr []string // substrings of the error; nil means valid
	}{
		{name: "ok", d: Data{X: []float64{1, 2, 3, 4}, Rows: 2, Cols: 2, Y: []float64{0, 1}}},
		{name: "no columns", d: Data{Rows: 2, Cols: 0, Y: []float64{0, 1}}},
		{name: "empty", d: Data{}, wantErr: []string{"rows is 0"}},
		{name: "negative sizes", d: Data{Rows: -1, Cols: -2}, wantErr: []string{"rows is -1", "cols is -2"}},
		{
			name:    "every problem",
			d:       Data{X: []float64{1, nan, 3, inf, 5}, Rows: 2, Cols: 2, Y: []float64{0, 2, 0.5}},
			wantErr: []string{"x has 5 values, want rows×cols = 4", "y has 3 labels, want rows = 2", "2 labels are not 0 or 1 (first at row 1)", "2 features are not finite (first at row 0, col 1)"},
		},
		{name: "overflow", d: Data{Rows: math.MaxInt, Cols: 2}, wantErr: []string{"rows×cols overflows"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.d.Validate()
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidData) {
				t.Fatalf("Validate() = %v, want ErrInvalidData", err)
			}
			for _, s := range tc.wantErr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("Validate() = %q, missing %q", err, s)
				}
			}
		})
	}
}

func TestParams(t *testing.T) {
	got := Params{}.WithDefaults()
	want := Params{LearningRate: 0.1, Epochs: 1, BatchSize: 32, Hidden: 16, L2: 1e-4}
	if got != want {
		t.Errorf("WithDefaults() = %+v, want %+v", got, want)
	}
	set := Params{LearningRate: 0.5, Epochs: 3, BatchSize: 8, Hidden: 4, L2: 0.01, Mu: 0.1, Seed: 9}
	if got := set.WithDefaults(); got != set {
		t.Errorf("WithDefaults() changed set fields: %+v", got)
	}
	if err := (Params{}).Validate(); err != nil {
		t.Errorf("zero Params: %v", err)
	}
	err := Params{LearningRate: math.NaN(), Epochs: -1, BatchSize: -2, Hidden: -3, L2: -1, Mu: math.Inf(1)}.Validate()
	if !errors.Is(err, ErrInvalidParams) {
		t.Fatalf("Validate() = %v, want ErrInvalidParams", err)
	}
	for _, s := range []string{"learning_rate", "epochs", "batch_size", "hidden", "l2", "mu"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("Validate() = %q, missing %q", err, s)
		}
	}
}

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		kind    string
		feat    int
		p       Params
		wantN   int
		wantErr error
	}{
		{name: "lr", kind: LR, feat: 3, wantN: 4},
		{name: "hlr", kind: HLR, feat: 0, wantN: 1},
		{name: "mlp default hidden", kind: MLP, feat: 3, wantN: 16*5 + 1},
		{name: "mlp", kind: MLP, feat: 3, p: Params{Hidden: 2}, wantN: 2*5 + 1},
		{name: "unknown kind", kind: "svm", feat: 3, wantErr: ErrUnknownKind},
		{name: "negative features", kind: LR, feat: -1, wantErr: ErrInvalidModel},
		{name: "bad params", kind: LR, feat: 1, p: Params{Epochs: -1}, wantErr: ErrInvalidParams},
		{name: "too large", kind: MLP, feat: 1 << 20, p: Params{Hidden: 1 << 10}, wantErr: ErrTooLarge},
		{name: "too large lr", kind: LR, feat: math.MaxInt, wantErr: ErrTooLarge},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(tc.kind, tc.feat, tc.p)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) {
					t.Fatalf("New() error = %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Weights) != tc.wantN || m.NumParams() != tc.wantN {
				t.Fatalf("len(Weights) = %d, NumParams() = %d, want %d", len(m.Weights), m.NumParams(), tc.wantN)
			}
			if err := m.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func TestNewMLPIsSeeded(t *testing.T) {
	a := mustNew(t, MLP, 5, Params{Hidden: 4, Seed: 1})
	b := mustNew(t, MLP, 5, Params{Hidden: 4, Seed: 1})
	c := mustNew(t, MLP, 5, Params{Hidden: 4, Seed: 2})
	if !sameBits(a.Weights, b.Weights) {
		t.Error("same seed gave different weights")
	}
	if sameBits(a.Weights, c.Weights) {
		t.Error("different seeds gave the same weights")
	}
	o := a.offsets()
	limit := math.Sqrt(6.0 / 9)
	for i, w := range a.Weights[o.w1:o.b1] {
		if w == 0 || math.Abs(w) > limit {
			t.Errorf("W1[%d] = %g, want nonzero within ±%g", i, w, limit)
		}
	}
	for i, w := range a.Weights[o.b1:o.w2] {
		if w != 0 {
			t.Errorf("b1[%d] = %g, want 0", i, w)
		}
	}
	if a.Weights[o.b2] != 0 {
		t.Errorf("b2 = %g, want 0", a.Weights[o.b2])
	}
}

func TestModelValidate(t *testing.T) {
	tests := []struct {
		name    string
		m       *Model
		wantErr []string
		unknown bool
	}{
		{name: "ok", m: &Model{Kind: LR, Features: 2, Weights: []float64{0, 1, 2}}},
		{name: "nil", m: nil, wantErr: []string{"nil model"}},
		{name: "unknown kind", m: &Model{Kind: "svm", Weights: []float64{math.NaN()}}, wantErr: []string{`kind "svm" is unknown`, "1 weights are not finite"}, unknown: true},
		{name: "wrong length", m: &Model{Kind: HLR, Features: 2, Weights: []float64{0, 1}}, wantErr: []string{"has 2 weights, want 3"}},
		{name: "lr with hidden", m: &Model{Kind: LR, Features: 1, Hidden: 3, Weights: []float64{0, 1}}, wantErr: []string{"hidden is 3, want 0 for lr"}},
		{name: "mlp without hidden", m: &Model{Kind: MLP, Features: -1}, wantErr: []string{"features is -1", "hidden is 0, want at least 1"}},
		{name: "non-finite", m: &Model{Kind: LR, Features: 1, Weights: []float64{math.Inf(-1), math.NaN()}}, wantErr: []string{"2 weights are not finite"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.m.Validate()
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Validate() = %v", err)
				}
				return
			}
			if !errors.Is(err, ErrInvalidModel) {
				t.Fatalf("Validate() = %v, want ErrInvalidModel", err)
			}
			if errors.Is(err, ErrUnknownKind) != tc.unknown {
				t.Errorf("errors.Is(%v, ErrUnknownKind) = %v, want %v", err, !tc.unknown, tc.unknown)
			}
			if !strings.HasPrefix(err.Error(), "model: ") {
				t.Errorf("error %q does not start with the package name", err)
			}
			for _, s := range tc.wantErr {
				if !strings.Contains(err.Error(), s) {
					t.Errorf("Validate() = %q, missing %q", err, s)
				}
			}
		})
	}
}

func TestPredict(t *testing.T) {
	m := &Model{Kind: LR, Features: 2, Weights: []float64{0.5, 1, -2}}
	x := []float64{1, 0.25}
	want := 1 / (1 + math.Exp(-(0.5 + 1 - 0.5)))
	if got := m.Predict(x); math.Abs(got-want) > 1e-15 {
		t.Errorf("Predict() = %g, want %g", got, want)
	}
	// MLP with one hidden unit: p = σ(b2 + w2·tanh(b1 + W1·x)).
	n := &Model{Kind: MLP, Features: 2, Hidden: 1, Weights: []float64{0.3, -0.7, 0.1, 2, -0.4}}
	want = sigmoid(-0.4 + 2*math.Tanh(0.1+0.3*1-0.7*0.25))
	if got := n.Predict(x); math.Abs(got-want) > 1e-15 {
		t.Errorf("MLP Predict() = %g, want %g", got, want)
	}
	d := Data{X: []float64{1, 0.25, -3, 2}, Rows: 2, Cols: 2, Y: []float64{1, 0}}
	all := m.PredictAll(d)
	if len(all) != 2 || all[0] != m.Predict(x) || all[1] != m.Predict([]float64{-3, 2}) {
		t.Errorf("PredictAll() = %v", all)
	}
	// Large logits neither overflow nor give NaN.
	big := &Model{Kind: LR, Features: 1, Weights: []float64{0, 1}}
	for _, z := range []float64{-1e6, -800, 800, 1e6} {
		p := big.Predict([]float64{z})
		if math.IsNaN(p) || p < 0 || p > 1 {
			t.Errorf("Predict(%g) = %g", z, p)
		}
		l := big.Loss(Data{X: []float64{z}, Rows: 1, Cols: 1, Y: []float64{1}}, 0)
		if math.IsNaN(l) || math.IsInf(l, 0) && z > 0 || l < 0 {
			t.Errorf("Loss at z=%g: %g", z, l)
		}
	}
	if got := big.Loss(Data{X: []float64{-800}, Rows: 1, Cols: 1, Y: []float64{1}}, 0); got != 800 {
		t.Errorf("Loss at z=-800, y=1 = %g, want 800", got)
	}
}

func TestBadInputDoesNotPanic(t *testing.T) {
	m := &Model{Kind: LR, Features: 2, Weights: []float64{0, 1, 2}}
	short := &Model{Kind: MLP, Features: 2, Hidden: 3, Weights: []float64{1}}
	bad := Data{X: []float64{1, 2, 3}, Rows: 2, Cols: 2, Y: []float64{0, 1}}
	wrongCols := Data{X: []float64{1, 2, 3}, Rows: 1, Cols: 3, Y: []float64{0}}
	var nilModel *Model
	if !math.IsNaN(m.Predict([]float64{1})) || !math.IsNaN(short.Predict([]float64{1, 2})) || !math.IsNaN(nilModel.Predict(nil)) {
		t.Error("Predict on bad input is not NaN")
	}
	if m.PredictAll(bad) != nil || m.PredictAll(wrongCols) != nil || short.PredictAll(Data{Cols: 2}) != nil {
		t.Error("PredictAll on bad input is not nil")
	}
	if !math.IsNaN(m.Loss(bad, 0)) || !math.IsNaN(m.Loss(Data{Cols: 2}, 0)) || !math.IsNaN(short.Loss(wrongCols, 0)) {
		t.Error("Loss on bad input is not NaN")
	}
	if m.Gradient(bad, 0) != nil || m.Gradient(wrongCols, 0) != nil {
		t.Error("Gradient on bad input is not nil")
	}
	if nilModel.NumParams() != 0 || (&Model{Kind: "x"}).NumParams() != 0 {
		t.Error("NumParams of an invalid model is not 0")
	}
}

// TestGradient compares Gradient with central finite differences of Loss.
func TestGradient(t *testing.T) {
	const l2 = 0.1
	r := rand.New(rand.NewPCG(3, 4))
	d := Data{Rows: 25, Cols: 4, X: randomVec(r, 100, 1), Y: make([]float64, 25)}
	for i := range d.Y {
		d.Y[i] = float64(r.IntN(2))
	}
	mlp := mustNew(t, MLP, 4, Params{Hidden: 5, Seed: 7})
	mlp.Weights = randomVec(r, len(mlp.Weights), 0.7)
	lr := &Model{Kind: LR, Features: 4, Weights: randomVec(r, 5, 0.7)}
	hlr := &Model{Kind: HLR, Features: 4, Weights: randomVec(r, 5, 0.7)}
	for _, m := range []*Model{lr, mlp, hlr} {
		t.Run(m.Kind, func(t *testing.T) {
			g := m.Gradient(d, l2)
			if len(g) != len(m.Weights) {
				t.Fatalf("len(Gradient) = %d, want %d", len(g), len(m.Weights))
			}
			const h = 1e-5
			var diff, norm float64
			for i := range m.Weights {
				w := m.Weights[i]
				m.Weights[i] = w + h
				up := m.Loss(d, l2)
				m.Weights[i] = w - h
				down := m.Loss(d, l2)
				m.Weights[i] = w
				fd := (up - down) / (2 * h)
				if math.Abs(g[i]-fd) > 1e-6+1e-5*math.Abs(fd) {
					t.Errorf("weight %d: Gradient %.10g, finite difference %.10g", i, g[i], fd)
				}
				diff += (g[i] - fd) * (g[i] - fd)
				norm += (g[i] + fd) * (g[i] + fd)
			}
			if rel := math.Sqrt(diff / norm); rel > 1e-5 {
				t.Errorf("relative error %g, want < 1e-5", rel)
			}
		})
	}
}

func TestPenaltySkipsBiases(t *testing.T) {
	d := Data{X: []float64{0}, Rows: 1, Cols: 1, Y: []float64{1}}
	m := &Model{Kind: MLP, Features: 1, Hidden: 1, Weights: []float64{2, 5, 3, 7}} // W1, b1, w2, b2
	z := 7 + 3*math.Tanh(5)
	want := softplus(-z) + 0.5/2*(2*2+3*3)
	if got := m.Loss(d, 0.5); math.Abs(got-want) > 1e-12 {
		t.Errorf("Loss() = %g, want %g", got, want)
	}
}

func TestModelJSON(t *testing.T) {
	m := mustNew(t, MLP, 3, Params{Hidden: 2, Seed: 5})
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"kind":"mlp","features":3,"hidden":2,"weights":[`) {
		t.Errorf("JSON = %s", b)
	}
	var back Model
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Kind != m.Kind || back.Features != m.Features || back.Hidden != m.Hidden || !sameBits(back.Weights, m.Weights) {
		t.Errorf("round trip = %+v, want %+v", back, *m)
	}
	lr, _ := json.Marshal(&Model{Kind: LR, Features: 1, Weights: []float64{0, 0}})
	if string(lr) != `{"kind":"lr","features":1,"weights":[0,0]}` {
		t.Errorf("LR JSON = %s", lr)
	}
}
