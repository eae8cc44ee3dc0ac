package model

import (
	"fmt"
	"math"
)

// Defaults of FitNewton.
const (
	DefaultNewtonTol     = 1e-8
	DefaultNewtonMaxIter = 25
)

// pivotTol is the smallest share of a diagonal entry of the negated
// Hessian that may remain after eliminating the preceding coefficients;
// below it the column is taken as collinear and the matrix as singular.
const pivotTol = 1e-10

// NewtonTerms returns the two sums Newton's method needs for logistic
// regression at coefficients beta = [intercept, b_1, …, b_d] (len
// d.Cols+1): the gradient of the log-likelihood, grad = Σ (y_i − p_i)·x̃_i,
// and the negated Hessian, negHess = Σ p_i(1−p_i)·x̃_i·x̃_iᵀ, row-major
// (d+1)×(d+1), symmetric and positive semidefinite, where x̃_i = [1, x_i]
// and p_i = σ(beta·x̃_i). Both are sums over rows, so the terms of
// disjoint parts of a data set add up to the terms of the whole; a part
// with zero rows gives zeros.
//
// Labels are read as given (Validate checks they are 0 or 1). NewtonTerms
// returns nil, nil if len(beta) != d.Cols+1, d's sizes are inconsistent,
// or (d.Cols+1)² exceeds MaxParams.
func NewtonTerms(beta []float64, d Data) (grad, negHess []float64) {
	p := d.Cols + 1
	if !d.shapeOK() || len(beta) != p || p > MaxParams/p {
		return nil, nil
	}
	grad = make([]float64, p)
	negHess = make([]float64, p*p)
	xt := make([]float64, p)
	xt[0] = 1
	for i := range d.Rows {
		copy(xt[1:], d.row(i))
		z := 0.0
		for k, v := range beta {
			z += v * xt[k]
		}
		pi := sigmoid(z)
		wi := pi * sigmoid(-z)
		r := d.Y[i] - pi
		for a, xa := range xt {
			grad[a] += r * xa
			wa := wi * xa
			row := negHess[a*p : (a+1)*p]
			for b := a; b < p; b++ {
				row[b] += wa * xt[b]
			}
		}
	}
	for a := range p {
		for b := a + 1; b < p; b++ {
			negHess[b*p+a] = negHess[a*p+b]
		}
	}
	return grad, negHess
}

// NewtonStep returns the next Newton iterate beta + H⁻¹·g for the
// log-likelihood whose gradient and negated Hessian at beta are grad and
// negHess (from NewtonTerms, possibly summed over nodes). With l2 > 0 it
// maximizes the ridge-penalized log-likelihood ℓ(β) − (l2/2)·Σ_{j≥1} β_j²
// instead: g = grad − l2·β and H = negHess + l2·I, both on the
// non-intercept entries only. Note that l2 here weighs a sum over rows,
// while Loss weighs a mean: the same penalty is l2 = n·L2.
//
// NewtonStep reads only the lower triangle of negHess. It fails with
// ErrMismatch if the lengths disagree, ErrInvalidParams for a negative or
// non-finite l2, ErrNotFinite for a non-finite input, and ErrSingular if
// H is not positive definite.
func NewtonStep(beta, grad, negHess []float64, l2 float64) ([]float64, error) {
	p := len(beta)
	if err := checkSystem(p, grad, negHess); err != nil {
		return nil, err
	}
	if math.IsNaN(l2) || math.IsInf(l2, 0) || l2 < 0 {
		return nil, fmt.Errorf("%w: l2 must be finite and non-negative", ErrInvalidParams)
	}
	if countNonFinite(beta) > 0 {
		return nil, fmt.Errorf("%w: beta", ErrNotFinite)
	}
	a := append([]float64(nil), negHess...)
	g := append([]float64(nil), grad...)
	for j := 1; j < p; j++ {
		a[j*p+j] += l2
		g[j] -= l2 * beta[j]
	}
	l, err := cholesky(a, p)
	if err != nil {
		return nil, err
	}
	step := cholSolve(l, p, g)
	out := make([]float64, p)
	for j := range out {
		out[j] = beta[j] + step[j]
	}
	if countNonFinite(out) > 0 {
		return nil, fmt.Errorf("%w: newton step overflowed", ErrNotFinite)
	}
	return out, nil
}

// checkSystem checks that grad and negHess fit p coefficients and are
// finite.
func checkSystem(p int, grad, negHess []float64) error {
	if p < 1 {
		return fmt.Errorf("%w: no coefficients", ErrMismatch)
	}
	if len(grad) != p {
		return fmt.Errorf("%w: %d coefficients, gradient of length %d", ErrMismatch, p, len(grad))
	}
	if len(negHess)%p != 0 || len(negHess)/p != p {
		return fmt.Errorf("%w: %d coefficients, hessian of length %d, want %d×%d", ErrMismatch, p, len(negHess), p, p)
	}
	if countNonFinite(grad) > 0 {
		return fmt.Errorf("%w: gradient", ErrNotFinite)
	}
	if countNonFinite(negHess) > 0 {
		return fmt.Errorf("%w: hessian", ErrNotFinite)
	}
	return nil
}

// cholesky returns the lower-triangular L, row-major p×p, with L·Lᵀ = a,
// reading only a's lower triangle. It fails with ErrSingular when a is not
// (numerically) positive definite.
func cholesky(a []float64, p int) ([]float64, error) {
	l := make([]float64, p*p)
	for j := range p {
		ajj := a[j*p+j]
		s := ajj
		lj := l[j*p : j*p+j]
		for _, v := range lj {
			s -= v * v
		}
		if !(ajj > 0) || !(s > pivotTol*ajj) {
			return nil, fmt.Errorf("%w: coefficient %d is collinear with earlier ones or has no information", ErrSingular, j)
		}
		djj := math.Sqrt(s)
		l[j*p+j] = djj
		for i := j + 1; i < p; i++ {
			s := a[i*p+j]
			for k, v := range l[i*p : i*p+j] {
				s -= v * lj[k]
			}
			l[i*p+j] = s / djj
		}
	}
	return l, nil
}

// cholSolve returns x with L·Lᵀ·x = b.
func cholSolve(l []float64, p int, b []float64) []float64 {
	x := append([]float64(nil), b...)
	for i := range p {
		s := x[i]
		for k := range i {
			s -= l[i*p+k] * x[k]
		}
		x[i] = s / l[i*p+i]
	}
	for i := p - 1; i >= 0; i-- {
		s := x[i]
		for k := i + 1; k < p; k++ {
			s -= l[k*p+i] * x[k]
		}
		x[i] = s / l[i*p+i]
	}
	return x
}

// FitNewton fits logistic regression to pooled data d by Newton's method
// from beta = 0, with the ridge l2 of NewtonStep (0 is plain maximum
// likelihood). It stops after the first step whose largest absolute
// change is below tol, and returns the coefficients [intercept, b_1, …,
// b_d] and the number of steps taken. A zero tol means 1e-8 and a zero
// maxIter means 25.
//
// FitNewton fails with ErrInvalidData for invalid data, ErrInvalidParams
// for negative or non-finite l2, tol or maxIter, the errors of NewtonStep
// (ErrSingular for collinear features or separated data), and
// ErrNotConverged after maxIter steps. When NewtonStep fails or the
// iteration does not converge, it still returns the last iterate and the
// number of steps that produced it.
func FitNewton(d Data, l2, tol float64, maxIter int) ([]float64, int, error) {
	if err := d.Validate(); err != nil {
		return nil, 0, err
	}
	if math.IsNaN(l2) || math.IsInf(l2, 0) || l2 < 0 ||
		math.IsNaN(tol) || math.IsInf(tol, 0) || tol < 0 || maxIter < 0 {
		return nil, 0, fmt.Errorf("%w: l2 and tol must be finite and non-negative, max_iter non-negative", ErrInvalidParams)
	}
	if tol == 0 {
		tol = DefaultNewtonTol
	}
	if maxIter == 0 {
		maxIter = DefaultNewtonMaxIter
	}
	if p := d.Cols + 1; p > MaxParams/p {
		return nil, 0, fmt.Errorf("%w: %d features", ErrTooLarge, d.Cols)
	}
	beta := make([]float64, d.Cols+1)
	for it := 1; it <= maxIter; it++ {
		g, h := NewtonTerms(beta, d)
		next, err := NewtonStep(beta, g, h, l2)
		if err != nil {
			return beta, it - 1, err
		}
		step := 0.0
		for j := range next {
			step = math.Max(step, math.Abs(next[j]-beta[j]))
		}
		beta = next
		if step < tol {
			return beta, it, nil
		}
	}
	return beta, maxIter, fmt.Errorf("%w: largest step still at least %g after %d steps", ErrNotConverged, tol, maxIter)
}
