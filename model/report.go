package model

import (
	"fmt"
	"math"
)

// z975 is the 0.975 quantile of the standard normal distribution.
const z975 = 1.959964

// Coefficients is the table a statistics package prints for a fitted
// logistic regression, one entry per coefficient, intercept first. JSON
// cannot carry infinities, so an odds ratio that overflows (|coef| > 709)
// makes the table fail to marshal.
type Coefficients struct {
	// Names are "(intercept)" and then the feature names.
	Names []string `json:"names"`
	// Coef are the coefficients β, on the log-odds scale.
	Coef []float64 `json:"coef"`
	// SE are the standard errors sqrt(diag(H⁻¹)), H the negated Hessian
	// at the fit.
	SE []float64 `json:"se"`
	// Z are the Wald statistics Coef/SE.
	Z []float64 `json:"z"`
	// P are the two-sided p-values of Z under the standard normal.
	P []float64 `json:"p"`
	// OR are the odds ratios exp(Coef); for the intercept, the odds at
	// x = 0.
	OR []float64 `json:"odds_ratio"`
	// ORLow and ORHigh bound the 95% Wald interval of OR:
	// exp(Coef ∓ 1.959964·SE).
	ORLow  []float64 `json:"or_ci_low"`
	ORHigh []float64 `json:"or_ci_high"`
}

// Report builds the coefficient table of a logistic regression from the
// fitted beta and the negated Hessian at beta (NewtonTerms at the fit,
// summed over nodes; for a ridge fit add l2 to its non-intercept diagonal
// first). names label b_1..b_d; nil names them x1..xd.
//
// Report fails with ErrMismatch if the lengths disagree, ErrNotFinite for
// a non-finite input, and ErrSingular if negHess is not positive
// definite.
func Report(beta, negHess []float64, names []string) (Coefficients, error) {
	p := len(beta)
	if p < 1 {
		return Coefficients{}, fmt.Errorf("%w: no coefficients", ErrMismatch)
	}
	if names != nil && len(names) != p-1 {
		return Coefficients{}, fmt.Errorf("%w: %d names for %d features", ErrMismatch, len(names), p-1)
	}
	if countNonFinite(beta) > 0 {
		return Coefficients{}, fmt.Errorf("%w: beta", ErrNotFinite)
	}
	if err := checkSystem(p, make([]float64, p), negHess); err != nil {
		return Coefficients{}, err
	}
	l, err := cholesky(negHess, p)
	if err != nil {
		return Coefficients{}, err
	}
	c := Coefficients{
		Names:  make([]string, p),
		Coef:   append([]float64(nil), beta...),
		SE:     make([]float64, p),
		Z:      make([]float64, p),
		P:      make([]float64, p),
		OR:     make([]float64, p),
		ORLow:  make([]float64, p),
		ORHigh: make([]float64, p),
	}
	c.Names[0] = "(intercept)"
	for j := 1; j < p; j++ {
		if names != nil {
			c.Names[j] = names[j-1]
		} else {
			c.Names[j] = fmt.Sprintf("x%d", j)
		}
	}
	e := make([]float64, p)
	for j := range p {
		clear(e)
		e[j] = 1
		v := cholSolve(l, p, e)[j]
		se := math.Sqrt(v)
		c.SE[j] = se
		c.Z[j] = beta[j] / se
		c.P[j] = math.Erfc(math.Abs(c.Z[j]) / math.Sqrt2)
		c.OR[j] = math.Exp(beta[j])
		c.ORLow[j] = math.Exp(beta[j] - z975*se)
		c.ORHigh[j] = math.Exp(beta[j] + z975*se)
	}
	return c, nil
}
