package train

import (
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// randomData draws rows of cols features with labels, seeded.
func randomData(r *rand.Rand, rows, cols int) model.Data {
	d := model.Data{Rows: rows, Cols: cols, X: make([]float64, rows*cols), Y: make([]float64, rows)}
	for i := range d.X {
		d.X[i] = r.NormFloat64() * 3
	}
	for i := range d.Y {
		d.Y[i] = float64(r.IntN(2))
	}
	return d
}

// l1 returns the L1 norm of n·q − m·q′ over the first entries of two
// dpUpdate vectors (their last entry is the row count).
func weightedDiffL1(a, b field.Vector) *big.Int {
	p := len(a) - 1
	na, nb := a[p].Signed(), b[p].Signed()
	l := new(big.Int)
	for i := range p {
		x := new(big.Int).Mul(na, a[i].Signed())
		x.Sub(x, new(big.Int).Mul(nb, b[i].Signed()))
		l.Add(l, x.Abs(x))
	}
	return l
}

// What a DP round releases of a node, n·q, moves by at most one clipped
// gradient plus the rounding of the mean when a row is added, whatever
// the row: the bound the noise is scaled to (DPSensitivity) holds. The
// bound is checked tight, with the node's actual n, so that a clipping
// that let a row count for more than clip_norm fails it.
func TestDPUpdateSensitivity(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 40 {
		cols := 1 + r.IntN(6)
		kind := model.LR
		if trial%2 == 1 {
			kind = model.MLP
		}
		m, err := model.New(kind, cols, model.Params{Hidden: 3, Seed: uint64(trial)}.WithDefaults())
		if err != nil {
			t.Fatal(err)
		}
		for i := range m.Weights {
			m.Weights[i] = r.NormFloat64()
		}
		clip := []float64{0.01, 0.5, 1, 7}[trial%4]
		d := randomData(r, 1+r.IntN(50), cols)
		// One more row, an outlier, whose gradient is far longer than clip.
		extra := randomData(r, 1, cols)
		extra.X[0] *= 1000
		d2 := model.Data{Rows: d.Rows + 1, Cols: cols, X: append(append([]float64(nil), d.X...), extra.X...), Y: append(append([]float64(nil), d.Y...), extra.Y...)}
		a, err := dpUpdate(m, d, clip)
		if err != nil {
			t.Fatal(err)
		}
		b, err := dpUpdate(m, d2, clip)
		if err != nil {
			t.Fatal(err)
		}
		p := m.NumParams()
		if a[p].Signed().Int64() != int64(d.Rows) || b[p].Signed().Int64() != int64(d2.Rows) {
			t.Fatalf("trial %d: row counts %v, %v", trial, a[p].Signed(), b[p].Signed())
		}
		// The node's mean passes the aggregation's check.
		maxAbs, normSq := DPClipBounds(clip, p)
		checkClipBounds(t, fmt.Sprintf("trial %d", trial), a[:p], maxAbs, normSq)
		// ‖n′q′ − nq‖₁ ≤ clip + p·(n + n′)/2, at 2^DPScaleBits.
		tight := big.NewInt(dpClip(clip) + int64(p)*int64(d.Rows+d2.Rows+1)/2)
		if got := weightedDiffL1(b, a); got.Cmp(tight) > 0 {
			t.Fatalf("trial %d (%s, clip %v, %d rows): one row moved the release by %v, more than %v", trial, kind, clip, d.Rows, got, tight)
		}
		if tight.Cmp(DPSensitivity(clip, p)) > 0 {
			t.Fatalf("trial %d: the tight bound %v exceeds the sensitivity %v", trial, tight, DPSensitivity(clip, p))
		}
	}
}

// A node without training rows adds nothing; a clip out of range is
// refused.
func TestDPUpdateEdges(t *testing.T) {
	m, err := model.New(model.LR, 2, model.Params{}.WithDefaults())
	if err != nil {
		t.Fatal(err)
	}
	v, err := dpUpdate(m, model.Data{Cols: 2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range v {
		if !e.IsZero() {
			t.Fatalf("entry %d of an empty node's update is %v", i, e.Signed())
		}
	}
	for _, clip := range []float64{0, -1, 2 * workflows.MaxClipNorm} {
		if _, err := dpUpdate(m, model.Data{Cols: 2}, clip); err == nil {
			t.Fatalf("clip %v accepted", clip)
		}
	}
	// A row whose gradient is not finite counts as zero: no row can make
	// the update fail where another would not.
	v, err = dpUpdate(m, model.Data{Rows: 2, Cols: 2, X: []float64{math.Inf(1), 0, 0.5, 0}, Y: []float64{1, 0}}, 1)
	if err != nil {
		t.Fatalf("an infinite feature: %v", err)
	}
	// The finite row alone: the mean over two rows is half its gradient,
	// as if the other row's were zero.
	z, err := dpUpdate(m, model.Data{Rows: 1, Cols: 2, X: []float64{0.5, 0}, Y: []float64{0}}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		d := new(big.Int).Mul(v[i].Signed(), big.NewInt(2))
		if d.Sub(d, z[i].Signed()).CmpAbs(big.NewInt(1)) > 0 {
			t.Fatalf("entry %d: %v over 2 rows, the finite row alone %v", i, v[i].Signed(), z[i].Signed())
		}
	}
	// A model of huge weights (its gradients overflow) fails nothing.
	mlp, err := model.New(model.MLP, 2, model.Params{Hidden: 2}.WithDefaults())
	if err != nil {
		t.Fatal(err)
	}
	for i := range mlp.Weights {
		mlp.Weights[i] = 1e308
	}
	if _, err := dpUpdate(mlp, model.Data{Rows: 2, Cols: 2, X: []float64{1, -1, 0.5, 2}, Y: []float64{1, 0}}, 1); err != nil {
		t.Fatalf("huge weights: %v", err)
	}
}

// A node takes a DP task's encoding only as it computes it from the
// schema, and a DP task trains on every row.
func TestDPEncodingAndRows(t *testing.T) {
	spec := workflows.TrainSpec{DP: &workflows.DP{Epsilon: 1}}.WithDefaults()
	s := dataset.HeartDisease
	enc, err := NewEncoding(spec, s, schemaStats(s))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkDPEncoding(spec, s, enc); err != nil {
		t.Fatal(err)
	}
	st := enc.Stats["chol"]
	st.Std = 1e-300 // makes every chol but the mean infinite
	enc.Stats["chol"] = st
	if err := checkDPEncoding(spec, s, enc); err == nil {
		t.Fatal("a made-up encoding accepted")
	}
	tab := &dataset.Table{Schema: s}
	for range 50 {
		tab.Rows = append(tab.Rows, make([]dataset.Cell, len(s.Columns)))
	}
	tr, val, err := SplitRows(tab, spec, [32]byte{})
	if err != nil || len(tr.Rows) != 50 || len(val.Rows) != 0 {
		t.Fatalf("%d training rows, %d validation rows, %v", len(tr.Rows), len(val.Rows), err)
	}
}

// The noise scales are the sensitivity over each part's share of ε.
func TestDPNoiseScales(t *testing.T) {
	const clip, p, eps = 0.5, 4, 0.25
	sc, err := DPNoiseScales(clip, p, eps)
	if err != nil {
		t.Fatal(err)
	}
	if len(sc) != p+1 {
		t.Fatalf("%d scales", len(sc))
	}
	want := new(big.Rat).SetInt(DPSensitivity(clip, p))
	want.Quo(want, new(big.Rat).Mul(new(big.Rat).SetFloat64(eps), big.NewRat(9, 10)))
	for i := range p {
		if sc[i].Cmp(want) != 0 {
			t.Fatalf("scale %d is %v, want %v", i, sc[i], want)
		}
	}
	if sc[p].Cmp(big.NewRat(40, 1)) != 0 { // 1/(0.25/10)
		t.Fatalf("count scale %v, want 40", sc[p])
	}
	if _, err := DPNoiseScales(clip, p, 0); err == nil {
		t.Fatal("ε = 0 accepted")
	}
}

// The coordinator's step from a noisy aggregate: the mean gradient over
// the noisy count, plus the penalty, times the learning rate; a count
// that noise made smaller than the nodes counts as the nodes.
func TestDPWeights(t *testing.T) {
	m, err := model.New(model.LR, 2, model.Params{}.WithDefaults())
	if err != nil {
		t.Fatal(err)
	}
	m.Weights = []float64{0.5, 1, -2}
	unit := new(big.Int).Lsh(big.NewInt(1), DPScaleBits)
	enc := func(x int64) string { return new(big.Int).Mul(big.NewInt(x), unit).String() }
	w, rows, err := dpWeights(m, []string{enc(10), enc(-20), enc(0), "10"}, 0.5, 0.1, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{0.5 - 0.5*1, 1 - 0.5*(-2+0.1*1), -2 - 0.5*(0+0.1*-2)}
	for i := range want {
		if math.Abs(w[i]-want[i]) > 1e-12 {
			t.Fatalf("weights %v, want %v", w, want)
		}
	}
	if rows != 10 {
		t.Fatalf("rows %d", rows)
	}
	w, rows, err = dpWeights(m, []string{enc(3), "0", "0", "-4"}, 1, 0, 3)
	if err != nil || rows != -4 || math.Abs(w[0]-(0.5-1)) > 1e-12 {
		t.Fatalf("a negative noisy count: %v %d %v", w, rows, err)
	}
	if _, _, err := dpWeights(m, []string{"1", "2"}, 1, 0, 3); err == nil {
		t.Fatal("a short aggregate accepted")
	}
}

// A DP task's encoding comes from the schema: a numeric column centred
// and scaled by its range with a missing indicator, a categorical one
// imputing its first level.
func TestSchemaStats(t *testing.T) {
	st := schemaStats(dataset.HeartDisease) // age: range [0, 120]; sex: levels 0, 1
	if a := st["age"]; a.Mean != 60 || a.Std != 30 || a.Missing != 1 {
		t.Fatalf("age %+v", a)
	}
	if s := st["sex"]; s.Mode != "0" || s.Missing != 0 || s.Std != 1 {
		t.Fatalf("sex %+v", s)
	}
	if len(st) != len(dataset.HeartDisease.Columns) {
		t.Fatalf("%d columns", len(st))
	}
}
