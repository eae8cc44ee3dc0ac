package train

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

func TestFixedPointRoundTrip(t *testing.T) {
	xs := []float64{0, 1, -1, 0.123456789, -98765.4321, 1e9}
	v, err := encode(xs)
	if err != nil {
		t.Fatal(err)
	}
	sum := make([]string, len(v))
	for i, e := range v {
		sum[i] = e.Signed().String()
	}
	got, err := decode(sum)
	if err != nil {
		t.Fatal(err)
	}
	for i := range xs {
		if math.Abs(got[i]-xs[i]) > 0.6/Scale {
			t.Fatalf("%v came back as %v", xs[i], got[i])
		}
	}
	if _, err := encode([]float64{1e10}); !errors.Is(err, errTooLarge) {
		t.Fatalf("1e10: %v", err)
	}
	if _, err := encode([]float64{math.NaN()}); !errors.Is(err, errTooLarge) {
		t.Fatalf("NaN: %v", err)
	}
	if _, err := decode([]string{"1.5"}); err == nil {
		t.Fatal("non-integer aggregate accepted")
	}
}

// TestSummedNewtonTermsGiveThePooledStep: what UpdateModel does with the
// aggregate of several nodes' LocalTrain vectors is the pooled Newton step.
func TestSummedNewtonTermsGiveThePooledStep(t *testing.T) {
	d := model.Data{Rows: 6, Cols: 1, X: []float64{-2, -1, 0, 0.5, 1, 2}, Y: []float64{0, 0, 1, 0, 1, 1}}
	beta := []float64{0.1, 0.3}
	parts := []model.Data{
		{Rows: 2, Cols: 1, X: d.X[:2], Y: d.Y[:2]},
		{Rows: 4, Cols: 1, X: d.X[2:], Y: d.Y[2:]},
	}
	sum := make([]float64, 2+4+1)
	for _, p := range parts {
		g, h := model.NewtonTerms(beta, p)
		vals := append(append(g, h...), float64(p.Rows))
		v, err := encode(vals)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range v {
			f, _ := e.Signed().Float64()
			sum[i] += f / Scale
		}
	}
	fed, err := model.NewtonStep(beta, sum[:2], sum[2:6], 0)
	if err != nil {
		t.Fatal(err)
	}
	g, h := model.NewtonTerms(beta, d)
	pooled, err := model.NewtonStep(beta, g, h, 0)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fed {
		if math.Abs(fed[i]-pooled[i]) > 1e-8 {
			t.Fatalf("federated step %v, pooled %v", fed, pooled)
		}
	}
	if sum[6] != 6 {
		t.Fatalf("rows %v", sum[6])
	}
}

func TestModeAndIdentifiers(t *testing.T) {
	s := dataset.HeartDisease
	if m := mode(s, "cp", map[string]int64{"1": 3, "4": 9, "2": 9}); m != "2" {
		t.Fatalf("mode %q, want the first of the most frequent levels in level order", m)
	}
	if m := mode(s, "age", nil); m != "" {
		t.Fatalf("numeric column mode %q", m)
	}
	if c, err := Resolve(workflows.TrainSpec{}, dataset.BreastCancer); err != nil || slices.Contains(c.Features, "id") || len(c.Features) != 30 {
		t.Fatalf("breast-cancer features %v, %v: want the 30 measurements, not the identifier", c.Features, err)
	}
}

func TestCoefficientsAddTheRidge(t *testing.T) {
	art := ModelArtifact{Model: model.Model{Kind: model.HLR, Features: 1, Weights: []float64{0.5, 1}},
		Features: []string{"x"}, NegHessian: []float64{4, 1, 1, 2}}
	plain, err := Coefficients(art, 0)
	if err != nil {
		t.Fatal(err)
	}
	ridge, err := Coefficients(art, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !(ridge.SE[1] < plain.SE[1]) || plain.Names[1] != "x" {
		t.Fatalf("ridge SE %v, plain %v", ridge.SE, plain.SE)
	}
	art.Model.Kind = model.LR
	if co, err := Coefficients(art, 0); co != nil || err != nil {
		t.Fatalf("lr coefficients %v %v", co, err)
	}
}

// TestFedAvgOneNodeIsCentralized runs the FedAvg path of a training task
// with one node for several rounds — local training from the global model
// (fedAvgUpdate, as LocalTrain), the fixed-point vector, the aggregate
// (of one vector) and the averaging (fedAvgWeights, as UpdateModel) — and
// checks it ends with the model centralized training reaches in as many
// rounds on the same rows, up to the fixed-point rounding.
func TestFedAvgOneNodeIsCentralized(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const rows, cols = 150, 4
	d := model.Data{Rows: rows, Cols: cols}
	for range rows {
		z := 0.3
		for j := range cols {
			x := rng.NormFloat64()
			d.X = append(d.X, x)
			z += float64(j+1) * 0.5 * x
		}
		y := 0.0
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			y = 1
		}
		d.Y = append(d.Y, y)
	}
	for _, kind := range []string{model.LR, model.MLP} {
		t.Run(kind, func(t *testing.T) {
			p := model.Params{Epochs: 2, Hidden: 3, Seed: 5}.WithDefaults()
			start, err := model.New(kind, cols, p)
			if err != nil {
				t.Fatal(err)
			}
			central, fed := start, start
			for round := 1; round <= 5; round++ {
				if central, err = central.Train(d, p, round); err != nil {
					t.Fatal(err)
				}
				vals, err := fedAvgUpdate(fed, d, p, round)
				if err != nil {
					t.Fatal(err)
				}
				agg, err := decode(stringsOf(t, vals)) // the aggregate of one node
				if err != nil {
					t.Fatal(err)
				}
				w, n, err := fedAvgWeights(agg, len(fed.Weights))
				if err != nil {
					t.Fatal(err)
				}
				if n != rows {
					t.Fatalf("round %d: %v rows, want %d", round, n, rows)
				}
				next := *fed
				next.Weights = w
				fed = &next
			}
			moved := 0.0
			for i, w := range central.Weights {
				moved = math.Max(moved, math.Abs(w-start.Weights[i]))
				if diff := math.Abs(fed.Weights[i] - w); diff > 1e-7 {
					t.Fatalf("weight %d: federated %v, centralized %v (|Δ| = %g)", i, fed.Weights[i], w, diff)
				}
			}
			if moved < 0.01 {
				t.Fatalf("training moved the weights by only %g: the comparison says nothing", moved)
			}
		})
	}
}

func TestFedAvgWeightsRejectsBadAggregates(t *testing.T) {
	if _, _, err := fedAvgWeights([]float64{1, 2}, 2); err == nil || !strings.Contains(err.Error(), "2 values, want 3") {
		t.Fatalf("short aggregate: %v", err)
	}
	if _, _, err := fedAvgWeights([]float64{1, 2, 0.5}, 2); err == nil || !strings.Contains(err.Error(), "no rows") {
		t.Fatalf("no rows: %v", err)
	}
	w, n, err := fedAvgWeights([]float64{30, -60, 10}, 2)
	if err != nil || n != 10 || w[0] != 3 || w[1] != -6 {
		t.Fatalf("fedAvgWeights = %v, %v, %v; want [3 -6], 10", w, n, err)
	}
}

// A clipped update within the bound is the plain FedAvg step (one node:
// the same model as without clipping); a longer one is scaled down to the
// bound, which ClipBounds proves of its fixed-point encoding.
func TestClippedUpdate(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const rows, cols = 120, 5
	d := model.Data{Rows: rows, Cols: cols}
	for range rows {
		for range cols {
			d.X = append(d.X, rng.NormFloat64())
		}
		d.Y = append(d.Y, float64(rng.IntN(2)))
	}
	p := model.Params{Epochs: 3, Hidden: 4, Seed: 2}.WithDefaults()
	start, err := model.New(model.MLP, cols, p)
	if err != nil {
		t.Fatal(err)
	}
	plain, err := fedAvgUpdate(start, d, p, 1)
	if err != nil {
		t.Fatal(err)
	}
	var norm float64
	for i, w := range start.Weights {
		dw := plain[i]/rows - w
		norm += dw * dw
	}
	norm = math.Sqrt(norm)
	for _, clip := range []float64{norm * 2, norm / 4} {
		vals, err := clippedUpdate(start, d, p, 1, clip)
		if err != nil {
			t.Fatal(err)
		}
		n := len(start.Weights)
		agg := slices.Clone(vals) // what the secure aggregation opens for one node: n·Δ, and n (decoded: n/Scale)
		for i := range n {
			agg[i] *= vals[n] * Scale
		}
		w, r, err := clippedWeights(start.Weights, agg)
		if err != nil || r != rows {
			t.Fatalf("clip %v: %v rows, %v", clip, r, err)
		}
		var got float64
		for i := range w {
			step := w[i] - start.Weights[i]
			got += step * step
			if clip > norm && math.Abs(w[i]-plain[i]/rows) > 1e-9 {
				t.Fatalf("clip %v above the norm %v: weight %d is %v, FedAvg's %v", clip, norm, i, w[i], plain[i]/rows)
			}
		}
		if got = math.Sqrt(got); got > clip || clip < norm && got < clip*0.999 {
			t.Fatalf("clip %v (update norm %v): step of norm %v", clip, norm, got)
		}
		enc, err := encode(vals)
		if err != nil {
			t.Fatal(err)
		}
		if !enc[n].Equal(field.FromInt64(rows)) { // the weight the aggregation bounds and multiplies by
			t.Fatalf("clip %v: the row count is encoded as %v, want %d", clip, enc[n].Signed(), rows)
		}
		maxAbs, normSq := ClipBounds(clip, n)
		checkClipBounds(t, fmt.Sprintf("clip %v", clip), enc[:n], maxAbs, normSq)
	}
}

// checkClipBounds fails t unless every entry of v is at most maxAbs in
// magnitude and its squared norm at most normSq: what the secure
// aggregation checks of a clipped update.
func checkClipBounds(t *testing.T, what string, v field.Vector, maxAbs, normSq *big.Int) {
	t.Helper()
	sq := new(big.Int)
	for _, e := range v {
		x := e.Signed()
		if new(big.Int).Abs(x).Cmp(maxAbs) > 0 {
			t.Fatalf("%s: entry %v above %v", what, x, maxAbs)
		}
		sq.Add(sq, new(big.Int).Mul(x, x))
	}
	if sq.Cmp(normSq) > 0 {
		t.Fatalf("%s: squared norm %v above the bound %v", what, sq, normSq)
	}
}
