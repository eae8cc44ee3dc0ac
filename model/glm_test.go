package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// The coefficients of a fit on standardized features, put back on the
// original scale by Summarize, are the fit on the original features, and
// so are their standard errors.
func TestSummarizeUndoesStandardization(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	const rows = 400
	raw := Data{Rows: rows, Cols: 3}
	for range rows {
		age, chol, male := 30+50*rng.Float64(), 150+100*rng.Float64(), float64(rng.IntN(2))
		z := -8 + 0.08*age + 0.01*chol + 0.7*male
		y := 0.0
		if rng.Float64() < 1/(1+math.Exp(-z)) {
			y = 1
		}
		raw.X, raw.Y = append(raw.X, age, chol, male), append(raw.Y, y)
	}
	center, scale := []float64{55, 200, 0}, []float64{14, 29, 1}
	std := Data{Rows: rows, Cols: 3, Y: raw.Y}
	for i := range rows {
		for j := range 3 {
			std.X = append(std.X, (raw.X[i*3+j]-center[j])/scale[j])
		}
	}
	names := []string{"age", "chol", "sex=M"}
	want := fitSummary(t, raw, nil, nil, names)
	got := fitSummary(t, std, center, scale, names)
	for k, w := range want.Terms {
		g := got.Terms[k]
		for _, c := range [][2]float64{{g.Estimate, w.Estimate}, {g.StdError, w.StdError}, {g.Z, w.Z}, {g.P, w.P}} {
			if math.Abs(c[0]-c[1]) > 1e-7*math.Abs(c[1]) {
				t.Fatalf("%s: standardized fit gives %+v, the original-scale fit %+v", w.Name, g, w)
			}
		}
	}
	if got.Terms[0].Name != "(intercept)" || got.Terms[3].Name != "sex=M" || got.Rows != rows {
		t.Fatalf("terms %+v", got)
	}
	if _, err := Summarize([]float64{0, 1}, []float64{1, 0, 0, 1}, 0, nil, nil, []float64{0}, 1); !errors.Is(err, ErrInvalidParams) {
		t.Fatalf("scale 0: %v", err)
	}
}

func fitSummary(t *testing.T, d Data, center, scale []float64, names []string) Summary {
	t.Helper()
	beta, _, err := FitNewton(d, 0, 1e-12, 50)
	if err != nil {
		t.Fatal(err)
	}
	_, h := NewtonTerms(beta, d)
	s, err := Summarize(beta, h, 0, names, center, scale, int64(d.Rows))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestCollinearNamesTheColumns(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	const rows = 50
	d := Data{Rows: rows, Cols: 5, Y: make([]float64, rows)}
	for range rows {
		a, b := rng.NormFloat64(), rng.NormFloat64()
		d.X = append(d.X, a, b, a+2*b, 3, 0)
	}
	_, h := NewtonTerms(make([]float64, 6), d)
	err := Collinear(h, []string{"a", "b", "c", "d", "e"})
	if !errors.Is(err, ErrCollinear) {
		t.Fatalf("%v", err)
	}
	for _, want := range []string{"c is a linear combination of a, b", "d is constant", "e is 0 in every row"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%v: lacks %q", err, want)
		}
	}
	_, h = NewtonTerms(make([]float64, 3), Data{Rows: rows, Cols: 2, X: d.X[:2*rows], Y: d.Y})
	if err := Collinear(h, nil); err != nil {
		t.Fatalf("independent columns: %v", err)
	}
}

func TestInformationRatio(t *testing.T) {
	h0 := []float64{4, 0, 0, 4}
	if k := InformationRatio([]float64{1, 1}, []float64{4, 0, 0, 4}, h0); k != 1 {
		t.Fatalf("at 0: %v", k)
	}
	if k := InformationRatio([]float64{0, 1}, []float64{4, 0, 0, 1e-7}, h0); math.Abs(k-2.5e-8) > 1e-20 {
		t.Fatalf("flat along the step: %v", k)
	}
	if k := InformationRatio([]float64{0, 0}, h0, h0); k != 1 {
		t.Fatalf("zero step: %v", k)
	}
}
