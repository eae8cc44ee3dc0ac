package train

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// The circuit's gradient at a round's Params, mapped back into the
// model's layout by provenSum, is the float gradient of the model's own
// encoding over the same training rows, within the sigmoid's error: a
// coefficient in the wrong place would be far off.
func TestProvenGradientMatchesTheModel(t *testing.T) {
	sex := dataset.Label{Column: "sex", Positive: []string{"1"}}
	sexCircuit, err := setup.HLRWith(dataset.HeartDisease, 123, sex, []string{"thalach", "chol", "age", "cp"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		circuit setup.Version
		spec    workflows.TrainSpec
	}{
		{"the named circuit", setup.HLRHeartDisease, workflows.TrainSpec{}},
		// Columns of the circuit the task does not use get coefficient 0.
		{"some of its features", setup.HLRHeartDisease, workflows.TrainSpec{Features: []string{"cp", "age", "chol"}}},
		{"another label", sexCircuit, workflows.TrainSpec{Label: "sex", Features: []string{"chol", "cp", "age"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := tc.spec
			spec.Model, spec.Schema, spec.Circuit, spec.PaymentWei = workflows.ModelHLR, "heart-disease", tc.circuit.ID, "1"
			provenGradientMatches(t, spec.WithDefaults())
		})
	}
}

// provenGradientMatches checks the proven gradient of a task of spec on
// switzerland's table against the model's.
func provenGradientMatches(t *testing.T, spec workflows.TrainSpec) {
	tab := heartDisease(t, "switzerland")
	v, err := Training(context.Background(), spec, dataset.CatalogOf())
	if err != nil {
		t.Fatal(err)
	}
	stats, err := dataset.Pooled(tab.Schema, tab.Schema.Names(), tab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := NewEncoding(spec, tab.Schema, stats)
	if err != nil {
		t.Fatal(err)
	}
	names := enc.Names(tab.Schema)
	w := make([]float64, len(names)+1)
	for j := range w {
		w[j] = 0.3 * math.Sin(float64(7*j+1))
	}
	art := ModelArtifact{Model: model.Model{Kind: model.HLR, Features: len(names), Weights: w}, Features: names}
	key := HoldoutKey("train-1", "e")
	p, index, err := roundParams(v, art, enc, key, spec.HoldoutEvery())
	if err != nil {
		t.Fatal(err)
	}
	g, n, err := v.HLR.Gradient(tab, p)
	if err != nil {
		t.Fatal(err)
	}
	train, _, err := SplitRows(tab, spec, key)
	if err != nil {
		t.Fatal(err)
	}
	d, err := design(enc, train)
	if err != nil {
		t.Fatal(err)
	}
	if int(n) != d.Rows {
		t.Fatalf("the circuit counts %d training rows, the model %d", n, d.Rows)
	}
	wantG, wantH := model.NewtonTerms(w, d)
	width, _ := v.HLR.Width()
	sum := append(make([]string, 0), stringsOf(t, wantH)...)
	for _, x := range g {
		sum = append(sum, field.FromInt64(x).Signed().String())
	}
	sum = append(sum, field.FromInt64(n).Signed().String())
	gotG, gotH, rows, err := provenSum(sum, len(w), width, index)
	if err != nil {
		t.Fatal(err)
	}
	if rows != float64(n) || len(gotH) != len(wantH) {
		t.Fatalf("rows %v, %d Hessian entries", rows, len(gotH))
	}
	// The sigmoid's error and the roundings of the features and
	// coefficients (as in package hlr's test), per row and feature.
	absX := make([]float64, len(w))
	for i := range d.Rows {
		absX[0]++
		for j := 1; j < len(w); j++ {
			absX[j] += math.Abs(d.X[i*d.Cols+j-1])
		}
	}
	for j := range wantG {
		tol := absX[j]*(fixedpoint.SigmoidErrorBound+2e-3) + 1e-3
		if math.Abs(gotG[j]-wantG[j]) > tol {
			t.Errorf("%s: proven gradient %.4f, model's %.4f", append([]string{"(intercept)"}, names...)[j], gotG[j], wantG[j])
		}
	}
}

func stringsOf(t *testing.T, xs []float64) []string {
	t.Helper()
	v, err := encode(xs)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(v))
	for i, e := range v {
		out[i] = e.Signed().String()
	}
	return out
}

// heartDisease reads hospital's heart-disease file from $TWOPM_DATA_DIR,
// or from the shared data beside the repository.
func heartDisease(t *testing.T, hospital string) *dataset.Table {
	t.Helper()
	dir := os.Getenv("TWOPM_DATA_DIR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	tab, err := dataset.ReadFile(filepath.Join(dir, "heart-disease", "processed."+hospital+".data"), dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	return tab
}
