package stats

import (
	"errors"
	"math/big"
	"testing"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
)

// NoiseScales spends exactly ε: over the entries one record can change
// at once (per column the count, sum, sum of squares and one cell), the
// sensitivities over the scales add up to ε.
func TestNoiseScalesSpendEpsilon(t *testing.T) {
	s := dataset.HeartDisease
	l, err := NewLayout(s, []string{"age", "sex", "chol", "cp"})
	if err != nil {
		t.Fatal(err)
	}
	const eps = 0.7
	scales, err := l.NoiseScales(s, eps)
	if err != nil {
		t.Fatal(err)
	}
	loss := new(big.Rat)
	for _, c := range l.Columns {
		m, err := magnitude(s.Columns[c.Index])
		if err != nil {
			t.Fatal(err)
		}
		add := func(slot int, delta *big.Int) {
			loss.Add(loss, new(big.Rat).Quo(new(big.Rat).SetInt(delta), scales[c.Offset+slot]))
		}
		add(slotCount, big.NewInt(1))
		add(slotSum, m)
		add(slotSumSq, new(big.Int).Mul(m, m))
		if len(c.Levels) > 0 {
			add(slotsFixed, big.NewInt(1))
		}
		if scales[c.Offset+slotMissing].Cmp(scales[c.Offset+slotCount]) != 0 {
			t.Errorf("column %s: the missing count's scale differs from the count's", c.Name)
		}
	}
	if f, _ := loss.Float64(); f < eps*(1-1e-12) || f > eps*(1+1e-12) {
		t.Errorf("privacy loss %v, want ε = %v", f, eps)
	}
	// age in [0, 120] years: the sum's scale is 120·10^6 · 14 groups / ε.
	want := new(big.Rat).Mul(big.NewRat(120*fixed.Scale*14, 1), new(big.Rat).Inv(new(big.Rat).SetFloat64(eps)))
	if got := scales[l.Columns[0].Offset+slotSum]; got.Cmp(want) != 0 {
		t.Errorf("age's sum scale %v, want %v", got.FloatString(0), want.FloatString(0))
	}
}

func TestNoiseScalesRefuse(t *testing.T) {
	s := dataset.HeartDisease
	s.Columns = append([]dataset.Column(nil), s.Columns...)
	s.Columns[0].Range = nil
	l, err := NewLayout(s, []string{"age", "sex"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.NoiseScales(s, 1); !errors.Is(err, ErrNoSensitivity) {
		t.Errorf("a column without a range: %v, want ErrNoSensitivity", err)
	}
	for _, eps := range []float64{0, -1, 0.0001, 101} {
		if _, err := l.NoiseScales(dataset.HeartDisease, eps); err == nil {
			t.Errorf("ε = %v: no error", eps)
		}
	}
}

// FinalizeNoisy clamps what noise made impossible instead of failing.
func TestFinalizeNoisy(t *testing.T) {
	s := dataset.HeartDisease
	l, err := NewLayout(s, []string{"sex"})
	if err != nil {
		t.Fatal(err)
	}
	v := make(field.Vector, l.Len())
	v[slotCount] = field.FromInt64(10)
	v[slotSum] = field.FromInt64(3 * fixed.Scale)
	v[slotSumSq] = field.FromInt64(-5) // negative: noise
	v[slotMissing] = field.FromInt64(-2)
	v[slotsFixed] = field.FromInt64(9)
	v[slotsFixed+1] = field.FromInt64(-1)
	if _, err := Finalize(l, v); !errors.Is(err, ErrInconsistent) {
		t.Fatalf("exact finalize of a noisy vector: %v", err)
	}
	cols, err := FinalizeNoisy(l, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := cols[0]
	if c.Count != 10 || c.Missing != 0 || *c.Mean != 0.3 || *c.Variance != 0 || c.Histogram["0"] != 9 || c.Histogram["1"] != 0 {
		t.Errorf("finalized %+v (mean %v, variance %v)", c, *c.Mean, *c.Variance)
	}
	// noise draws are in the vector as signed values
	sc, err := l.NoiseScales(s, 1)
	if err != nil {
		t.Fatal(err)
	}
	n, err := Noise(dp.NewSampler(dp.Stream([]byte("k"), "t")), sc)
	if err != nil || len(n) != l.Len() {
		t.Fatalf("noise %v, %v", n, err)
	}
}
