package infer

import (
	"fmt"
	"math"
	"math/big"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
)

// FracBits is the number of fractional bits of the fixed-point encoding:
// a value v enters the field as round(v·2^FracBits), a negative one as
// p − |round(v·2^FracBits)|. The logit, a sum of products, comes out at
// scale 2^(2·FracBits).
const FracBits = 16

// MaxAbs bounds every feature value and weight: |v| must be below 2^40,
// so an encoded value stays below 2^56.
const MaxAbs = 1 << 40

// MaxFeatures is the largest feature count d served. With |w_i|, |x_i| <
// 2^40 every product is below 2^112 at scale 2^32, and d ≤ 2^12 of them
// stay below 2^125, inside the signed range of the 128-bit field: the
// logit never wraps around.
const MaxFeatures = 1 << 12

// encode returns the fixed-point field elements of vs; what names the
// values in an error ("feature", "weight"), which gives the position and
// never the value.
func encode(vs []float64, what string) (field.Vector, error) {
	out := make(field.Vector, len(vs))
	for i, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("%w: %s %d is not finite", ErrBadInput, what, i)
		}
		if math.Abs(v) >= MaxAbs {
			return nil, fmt.Errorf("%w: %s %d is not below 2^40 in magnitude", ErrBadInput, what, i)
		}
		// v·2^16 is exact; its rounding to an integer is the only error,
		// at most 2^-17 in v. The result is below 2^56, exact in int64.
		out[i] = field.FromInt64(int64(math.Round(math.Ldexp(v, FracBits))))
	}
	return out, nil
}

// decodeLogit returns the signed value of z, at scale 2^(2·FracBits), as
// a float64 (rounded to nearest).
func decodeLogit(z field.Element) float64 {
	f, _ := new(big.Float).SetInt(z.Signed()).Float64()
	return math.Ldexp(f, -2*FracBits)
}

// ErrorBound returns the largest difference between the logit Client
// computes and the one Plain computes for model m and row x:
//
//	(1 + Σ_{i≥1}|w_i| + Σ|x_i|)·2^-17 + d·2^-34 + (d+3)·2^-52·(|w_0| + Σ|w_i·x_i|)
//
// The first two terms are the fixed-point rounding of the weights and the
// features (each off by at most 2^-17), the last covers the float64
// rounding of the plain sum and of the decoded logit. The probabilities
// differ by at most a quarter of it (σ' ≤ 1/4), plus a few units in the
// last place of the sigmoid. It returns NaN if m is not an lr or hlr model
// with len(x) features.
func ErrorBound(m *model.Model, x []float64) float64 {
	if err := checkModel(m); err != nil || len(x) != m.Features {
		return math.NaN()
	}
	w := m.Weights
	sw, sx, s := 0.0, 0.0, math.Abs(w[0])
	for i, v := range x {
		sw += math.Abs(w[i+1])
		sx += math.Abs(v)
		s += math.Abs(w[i+1] * v)
	}
	d := float64(len(x))
	return (1+sw+sx)*0x1p-17 + d*0x1p-34 + (d+3)*0x1p-52*s
}

// checkModel returns an error unless m is a valid lr or hlr model that
// fits the fixed-point encoding.
func checkModel(m *model.Model) error {
	if err := m.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrBadInput, err)
	}
	if m.Kind != model.LR && m.Kind != model.HLR {
		return fmt.Errorf("%w: %q (only lr and hlr have a linear logit)", ErrUnsupportedModel, m.Kind)
	}
	if m.Features > MaxFeatures {
		return fmt.Errorf("%w: %d features, at most %d", ErrBadInput, m.Features, MaxFeatures)
	}
	return nil
}
