package stats

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dp"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
)

// Differential privacy of a statistics vector. Neighbouring tables differ
// by one record, added or removed. In each column a record changes either
// the count of present values or the missing count by 1, the sum by at
// most M and the sum of squares by at most M² (M the largest magnitude in
// the column's range, which the reader enforces on every value: a value
// outside it is refused, never clamped silently), and one histogram cell
// by 1. ε is split evenly over the groups a record touches — per column
// {count, missing}, sum, sum of squares and, for a categorical column, the
// histogram — and each entry gets discrete Laplace noise of scale
// Δ·groups/ε, so the whole vector is ε-differentially private (the L1
// mechanism: the privacy losses of the groups add up to ε).

// ErrNoSensitivity is a column whose values are unbounded, so no noise
// makes its sum private.
var ErrNoSensitivity = errors.New("stats: column has no range to bound its sensitivity")

// MinEpsilon and MaxEpsilon bound the ε a release may ask for: below
// MinEpsilon the noise drowns every statistic (and outgrows the secure
// comparison's range), beyond MaxEpsilon it protects nobody.
const (
	MinEpsilon = 0.001
	MaxEpsilon = 100
)

// CheckEpsilon checks that ε is a number in [MinEpsilon, MaxEpsilon].
func CheckEpsilon(eps float64) error {
	if math.IsNaN(eps) || eps < MinEpsilon || eps > MaxEpsilon {
		return fmt.Errorf("stats: ε = %v: want %v to %v", eps, MinEpsilon, float64(MaxEpsilon))
	}
	return nil
}

// NoiseScales returns, per position of l, the discrete Laplace scale
// whose noise makes the release of the whole vector over schema s
// ε-differentially private.
func (l Layout) NoiseScales(s dataset.Schema, eps float64) ([]*big.Rat, error) {
	if err := CheckEpsilon(eps); err != nil {
		return nil, err
	}
	groups := int64(0)
	bound := make([]*big.Int, len(l.Columns))
	var errs []error
	for c, col := range l.Columns {
		m, err := magnitude(s.Columns[col.Index])
		if err != nil {
			errs = append(errs, err)
			continue
		}
		bound[c] = m
		groups += 3
		if len(col.Levels) > 0 {
			groups++
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	// per group: ε/groups; scale = Δ/(ε/groups) = Δ·groups/ε.
	unit := new(big.Rat).SetFloat64(eps)
	unit.Quo(big.NewRat(groups, 1), unit)
	scales := make([]*big.Rat, l.len)
	for c, col := range l.Columns {
		m := bound[c]
		at := func(slot int, delta *big.Int) {
			scales[col.Offset+slot] = new(big.Rat).Mul(unit, new(big.Rat).SetInt(delta))
		}
		at(slotCount, big.NewInt(1))
		at(slotMissing, big.NewInt(1))
		at(slotSum, m)
		at(slotSumSq, new(big.Int).Mul(m, m))
		for k := range col.Levels {
			at(slotsFixed+k, big.NewInt(1))
		}
	}
	// The noisy sums must still read as signed values mod p: the largest
	// honest sum of squares plus the noise of many parties (4096 scales,
	// past which a discrete Laplace draw has probability e^−4096/64).
	half := new(big.Int).Rsh(field.Modulus(), 1)
	for c, col := range l.Columns {
		m2 := new(big.Int).Mul(bound[c], bound[c])
		worst := new(big.Rat).SetInt(m2.Mul(m2, big.NewInt(fixed.MaxRows)))
		worst.Add(worst, new(big.Rat).Mul(scales[col.Offset+slotSumSq], big.NewRat(4096, 1)))
		if worst.Cmp(new(big.Rat).SetInt(half)) > 0 {
			return nil, fmt.Errorf("stats: column %s: ε = %v over %d statistics needs noise too large for the field; ask for a larger ε or fewer columns", col.Name, eps, groups)
		}
	}
	return scales, nil
}

// magnitude is the largest |Q| a present value of c can have, at least 1.
func magnitude(c dataset.Column) (*big.Int, error) {
	m := int64(1)
	switch {
	case c.Kind == dataset.Categorical:
		for k, lv := range c.Levels {
			q, err := fixed.Parse(lv)
			if err != nil {
				q = int64(k) * fixed.Scale // as the reader codes a non-numeric level
			}
			m = max(m, q, -q)
		}
	case c.Range != nil:
		m = max(m, c.Range.Min, -c.Range.Min, c.Range.Max, -c.Range.Max)
	default:
		return nil, fmt.Errorf("%w: %s (give it a range in the schema)", ErrNoSensitivity, c.Name)
	}
	return big.NewInt(m), nil
}

// Noise draws one noise vector of the given scales.
func Noise(s *dp.Sampler, scales []*big.Rat) (field.Vector, error) {
	v := make(field.Vector, len(scales))
	for i, sc := range scales {
		y, err := s.DiscreteLaplace(sc)
		if err != nil {
			return nil, err
		}
		v[i] = field.FromBig(y)
	}
	return v, nil
}
