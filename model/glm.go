package model

import (
	"fmt"
	"math"
	"strings"
)

// Term is one coefficient of a fitted logistic regression as a statistics
// package prints it: the estimate, its standard error, the Wald statistic
// z = estimate/std_error and its two-sided p-value under the standard
// normal.
type Term struct {
	Name     string  `json:"name"`
	Estimate float64 `json:"estimate"`
	StdError float64 `json:"std_error"`
	Z        float64 `json:"z"`
	P        float64 `json:"p"`
}

// Summary is the coefficient table of a logistic regression on the
// original scale of its features (Summarize), and the number of rows it
// was fit on.
type Summary struct {
	Terms []Term `json:"terms"`
	Rows  int64  `json:"rows"`
}

// Summarize returns the coefficient table of a logistic regression fit on
// transformed features, on the original scale of the features. Design
// column j (from 1) is x̃_j = (x_j − center_j)/scale_j, so the model
// η = β_0 + Σ β_j·x̃_j is η = θ_0 + Σ θ_j·x_j with θ_j = β_j/scale_j and
// θ_0 = β_0 − Σ β_j·center_j/scale_j, that is θ = A·β for a fixed matrix
// A. θ is the maximum-likelihood estimate on the original scale (the
// estimate is invariant under a reparametrization), and its covariance is
// A·Σ·Aᵀ, Σ = H⁻¹ the covariance of β (H the negated Hessian at the fit,
// plus l2 on the non-intercept diagonal for a ridge fit). nil center and
// scale mean 0 and 1: no transformation. names label the features
// (nil: x1..xd); the intercept is "(intercept)".
//
// Summarize fails with ErrMismatch if the lengths disagree, ErrNotFinite
// for a non-finite input, ErrInvalidParams for a scale that is not
// positive and finite or a negative l2, and ErrSingular if H is not
// positive definite.
func Summarize(beta, negHess []float64, l2 float64, names []string, center, scale []float64, rows int64) (Summary, error) {
	p := len(beta)
	if p < 1 {
		return Summary{}, fmt.Errorf("%w: no coefficients", ErrMismatch)
	}
	d := p - 1
	if names != nil && len(names) != d || center != nil && len(center) != d || scale != nil && len(scale) != d {
		return Summary{}, fmt.Errorf("%w: %d features, %d names, %d centers, %d scales", ErrMismatch, d, len(names), len(center), len(scale))
	}
	if countNonFinite(beta) > 0 || countNonFinite(center) > 0 {
		return Summary{}, fmt.Errorf("%w: coefficients or centers", ErrNotFinite)
	}
	for j, s := range scale {
		if !(s > 0) || math.IsInf(s, 0) {
			return Summary{}, fmt.Errorf("%w: scale of feature %d is not positive and finite", ErrInvalidParams, j+1)
		}
	}
	if math.IsNaN(l2) || math.IsInf(l2, 0) || l2 < 0 {
		return Summary{}, fmt.Errorf("%w: l2 must be finite and non-negative", ErrInvalidParams)
	}
	if err := checkSystem(p, make([]float64, p), negHess); err != nil {
		return Summary{}, err
	}
	h := append([]float64(nil), negHess...)
	for j := 1; j < p; j++ {
		h[j*p+j] += l2
	}
	l, err := cholesky(h, p)
	if err != nil {
		return Summary{}, err
	}
	// a is A, row-major p×p.
	a := make([]float64, p*p)
	a[0] = 1
	for j := 1; j < p; j++ {
		c, s := 0.0, 1.0
		if center != nil {
			c = center[j-1]
		}
		if scale != nil {
			s = scale[j-1]
		}
		a[j] = -c / s
		a[j*p+j] = 1 / s
	}
	out := Summary{Terms: make([]Term, p), Rows: rows}
	for k := range p {
		row := a[k*p : (k+1)*p]
		est, v := 0.0, 0.0
		u := cholSolve(l, p, row)
		for j, x := range row {
			est += x * beta[j]
			v += x * u[j]
		}
		t := Term{Name: "(intercept)", Estimate: est, StdError: math.Sqrt(v)}
		if k > 0 {
			t.Name = fmt.Sprintf("x%d", k)
			if names != nil {
				t.Name = names[k-1]
			}
		}
		t.Z = t.Estimate / t.StdError
		t.P = math.Erfc(math.Abs(t.Z) / math.Sqrt2)
		out.Terms[k] = t
	}
	return out, nil
}

// CollinearTol is the least share of a design column's weighted sum of
// squares that the columns before it (intercept first) may leave
// unexplained: below it, R² of the column on those is above 1 − 10⁻⁷ (a
// variance inflation factor above 10⁷) and the column is taken as a
// linear combination of them. It is far above the rounding of the
// aggregated Hessian (10⁻⁹ per node and entry) and far below the
// dependence of any two measurements that carry information of their own.
const CollinearTol = 1e-7

// Collinear checks that the design whose negated Hessian at β = 0 (that
// is, ¼·X̃ᵀX̃, summed over nodes) is negHess0 has full column rank, as the
// maximum-likelihood estimate needs. It eliminates the columns in order,
// intercept first: a column that is zero in every row, or whose part not
// explained by the earlier kept columns is below CollinearTol of it, is
// named with the columns it depends on (those with a non-negligible
// weight in the combination) and left out of the rest of the check. It
// returns nil for a full-rank design and otherwise an error wrapping
// ErrCollinear that names every such column. names label the features
// (nil: x1..xd).
func Collinear(negHess0 []float64, names []string) error {
	p := int(math.Sqrt(float64(len(negHess0))) + 0.5)
	if p < 1 || p*p != len(negHess0) || names != nil && len(names) != p-1 {
		return fmt.Errorf("%w: hessian of %d entries, %d names", ErrMismatch, len(negHess0), len(names))
	}
	if countNonFinite(negHess0) > 0 {
		return fmt.Errorf("%w: hessian", ErrNotFinite)
	}
	name := func(j int) string {
		switch {
		case j == 0:
			return "(intercept)"
		case names != nil:
			return names[j-1]
		}
		return fmt.Sprintf("x%d", j)
	}
	var kept []int        // columns kept so far
	var lrows [][]float64 // lrows[i]: row i of the Cholesky factor of the kept block
	var probs []string
	for j := range p {
		hjj := negHess0[j*p+j]
		if !(hjj > 0) {
			probs = append(probs, fmt.Sprintf("%s is 0 in every row", name(j)))
			continue
		}
		// Forward-solve L·l = h_Kj.
		l := make([]float64, len(kept))
		r := hjj
		for i, k := range kept {
			s := negHess0[k*p+j]
			for m := range i {
				s -= lrows[i][m] * l[m]
			}
			l[i] = s / lrows[i][i]
			r -= l[i] * l[i]
		}
		if r > CollinearTol*hjj {
			lrows = append(lrows, append(l, math.Sqrt(r)))
			kept = append(kept, j)
			continue
		}
		// c = Lᵀ⁻¹·l: the column as a combination of the kept ones.
		c := append([]float64(nil), l...)
		for i := len(kept) - 1; i >= 0; i-- {
			s := c[i]
			for m := i + 1; m < len(kept); m++ {
				s -= lrows[m][i] * c[m]
			}
			c[i] = s / lrows[i][i]
		}
		var with []string
		for i, k := range kept {
			if math.Abs(c[i])*math.Sqrt(negHess0[k*p+k]/hjj) > 1e-3 {
				with = append(with, name(k))
			}
		}
		if len(with) == 1 && with[0] == "(intercept)" {
			probs = append(probs, fmt.Sprintf("%s is constant", name(j)))
		} else {
			probs = append(probs, fmt.Sprintf("%s is a linear combination of %s", name(j), strings.Join(with, ", ")))
		}
	}
	if len(probs) > 0 {
		return fmt.Errorf("%w: %s (over the pooled rows)", ErrCollinear, strings.Join(probs, "; "))
	}
	return nil
}

// SeparationTol bounds the information ratio (InformationRatio) below
// which a plain maximum-likelihood Newton iteration is taken to run off
// to infinity: the rows that determine the fit along the step carry less
// than 10⁻⁶ of the weight they carry at β = 0, that is, their fitted
// probabilities are within about 2.5·10⁻⁷ of 0 or 1 on average. A finite
// estimate that extreme would need millions of rows per such group; under
// (quasi-)complete separation the ratio shrinks about e-fold each round
// while the coefficients grow without bound.
const SeparationTol = 1e-6

// InformationRatio returns κ = sᵀH(β)s / sᵀH(0)s for a Newton step s
// taken at β, H(β) = negHess and H(0) = negHess0 the negated Hessians at β
// and at 0. Since each row's weight p(1−p) is at most ¼, its value at 0,
// κ is in [0, 1]: the average weight of the rows along s relative to 1/4.
// Under complete or quasi-complete separation the Newton steps tend to a
// fixed direction d with d·x̃_i ≥ 0 for every positive row and ≤ 0 for
// every negative one (= 0 on the rows that are not separated), whose rows
// have fitted probabilities going to 0 and 1, so κ → 0 while the steps
// stay about the same size; where the estimate exists the steps shrink to
// 0 and κ tends to a positive limit. It returns 1 for a zero step.
func InformationRatio(step, negHess, negHess0 []float64) float64 {
	q := func(h []float64) float64 {
		p := len(step)
		s := 0.0
		for a := range p {
			for b := range p {
				s += step[a] * h[a*p+b] * step[b]
			}
		}
		return s
	}
	den := q(negHess0)
	if !(den > 0) {
		return 1
	}
	return q(negHess) / den
}
