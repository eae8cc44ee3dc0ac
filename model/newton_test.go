package model

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

var trueBeta = []float64{-0.5, 1, -2, 0.5}

// logLik is the log-likelihood Σ y·z − log(1+e^z) at beta.
func logLik(beta []float64, d Data) float64 {
	s := 0.0
	for i := range d.Rows {
		z := beta[0]
		for k, x := range d.row(i) {
			z += beta[k+1] * x
		}
		s += d.Y[i]*z - softplus(z)
	}
	return s
}

func TestNewtonTermsFiniteDifferences(t *testing.T) {
	d := synth(10, 60, trueBeta)
	r := rand.New(rand.NewPCG(1, 2))
	beta := randomVec(r, 4, 0.5)
	g, h := NewtonTerms(beta, d)
	p := len(beta)
	if len(g) != p || len(h) != p*p {
		t.Fatalf("len(grad) = %d, len(negHess) = %d", len(g), len(h))
	}
	const step = 1e-5
	shift := func(j int, by float64) []float64 {
		b := append([]float64(nil), beta...)
		b[j] += by
		return b
	}
	for j := range p {
		fd := (logLik(shift(j, step), d) - logLik(shift(j, -step), d)) / (2 * step)
		if !near(fd, g[j], 1e-6) {
			t.Errorf("grad[%d] = %.10g, finite difference %.10g", j, g[j], fd)
		}
		up, _ := NewtonTerms(shift(j, step), d)
		down, _ := NewtonTerms(shift(j, -step), d)
		for i := range p {
			// The Hessian of the log-likelihood is −negHess.
			fd := -(up[i] - down[i]) / (2 * step)
			if !near(fd, h[i*p+j], 1e-6) {
				t.Errorf("negHess[%d,%d] = %.10g, finite difference %.10g", i, j, h[i*p+j], fd)
			}
			if h[i*p+j] != h[j*p+i] {
				t.Errorf("negHess not symmetric at %d,%d", i, j)
			}
		}
	}
}

func TestNewtonTermsBadInput(t *testing.T) {
	d := synth(10, 5, trueBeta)
	if g, h := NewtonTerms([]float64{0, 0}, d); g != nil || h != nil {
		t.Error("wrong beta length gave terms")
	}
	if g, h := NewtonTerms(make([]float64, 4), Data{X: d.X[:3], Rows: 5, Cols: 3, Y: d.Y}); g != nil || h != nil {
		t.Error("short X gave terms")
	}
	g, h := NewtonTerms(make([]float64, 4), Data{Cols: 3})
	if len(g) != 4 || len(h) != 16 || countNonFinite(g)+countNonFinite(h) != 0 {
		t.Fatal("empty part did not give zero terms")
	}
	for _, v := range append(g, h...) {
		if v != 0 {
			t.Fatal("empty part did not give zero terms")
		}
	}
}

func TestFitNewtonRecoversCoefficients(t *testing.T) {
	d := synth(11, 5000, trueBeta)
	beta, iters, err := FitNewton(d, 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	if iters < 2 || iters > 10 {
		t.Errorf("converged in %d steps, want a handful", iters)
	}
	for j, b := range beta {
		if math.Abs(b-trueBeta[j]) > 0.15 {
			t.Errorf("beta[%d] = %.3f, want ≈ %.3f", j, b, trueBeta[j])
		}
	}
	// At the MLE the score vanishes.
	g, _ := NewtonTerms(beta, d)
	for j, v := range g {
		if math.Abs(v) > 1e-6 {
			t.Errorf("score[%d] = %g at the fit", j, v)
		}
	}
	t.Logf("beta = %.3f in %d steps", beta, iters)
}

// TestFederatedNewtonEqualsPooled splits the data over three hospitals:
// summed terms equal pooled terms, and Newton on the sums gives the
// pooled fit.
func TestFederatedNewtonEqualsPooled(t *testing.T) {
	d := synth(12, 3000, trueBeta)
	parts := []Data{rows(d, 0, 1100), rows(d, 1100, 1900), rows(d, 1900, 3000)}
	sum := func(beta []float64) (g, h []float64) {
		for _, part := range parts {
			pg, ph := NewtonTerms(beta, part)
			if g == nil {
				g, h = make([]float64, len(pg)), make([]float64, len(ph))
			}
			for i := range pg {
				g[i] += pg[i]
			}
			for i := range ph {
				h[i] += ph[i]
			}
		}
		return g, h
	}
	beta := []float64{0.1, 0.2, -0.3, 0.4}
	sg, sh := sum(beta)
	pg, ph := NewtonTerms(beta, d)
	for i := range pg {
		if !near(pg[i], sg[i], 1e-9) {
			t.Errorf("grad[%d]: pooled %.12g, summed %.12g", i, pg[i], sg[i])
		}
	}
	for i := range ph {
		if !near(ph[i], sh[i], 1e-9) {
			t.Errorf("negHess[%d]: pooled %.12g, summed %.12g", i, ph[i], sh[i])
		}
	}

	for _, l2 := range []float64{0, 5} {
		want, wantIters, err := FitNewton(d, l2, 1e-10, 50)
		if err != nil {
			t.Fatal(err)
		}
		beta := make([]float64, 4)
		iters := 0
		for iters < 50 {
			iters++
			g, h := sum(beta)
			next, err := NewtonStep(beta, g, h, l2)
			if err != nil {
				t.Fatal(err)
			}
			step := 0.0
			for j := range next {
				step = math.Max(step, math.Abs(next[j]-beta[j]))
			}
			beta = next
			if step < 1e-10 {
				break
			}
		}
		if iters != wantIters {
			t.Errorf("l2=%g: federated took %d steps, pooled %d", l2, iters, wantIters)
		}
		for j := range beta {
			if math.Abs(beta[j]-want[j]) > 1e-8 {
				t.Errorf("l2=%g: beta[%d] federated %.12g, pooled %.12g", l2, j, beta[j], want[j])
			}
		}
	}
}

func TestRidgeShrinks(t *testing.T) {
	d := synth(13, 500, trueBeta)
	mle, _, err := FitNewton(d, 0, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	ridge, _, err := FitNewton(d, 200, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	for j := 1; j < len(mle); j++ {
		if !(math.Abs(ridge[j]) < math.Abs(mle[j])) {
			t.Errorf("beta[%d]: ridge %g, mle %g; want shrinkage", j, ridge[j], mle[j])
		}
	}
	// The ridge fit is a stationary point of ℓ(β) − (l2/2)·Σ_{j≥1} β_j².
	g, _ := NewtonTerms(ridge, d)
	for j := range g {
		if j > 0 {
			g[j] -= 200 * ridge[j]
		}
		if math.Abs(g[j]) > 1e-6 {
			t.Errorf("penalized score[%d] = %g", j, g[j])
		}
	}
}

func TestNewtonSingular(t *testing.T) {
	base := synth(14, 200, []float64{0, 1})
	dup := Data{Rows: base.Rows, Cols: 2, X: make([]float64, 2*base.Rows), Y: base.Y}
	zero := Data{Rows: base.Rows, Cols: 2, X: make([]float64, 2*base.Rows), Y: base.Y}
	for i, x := range base.X {
		dup.X[2*i], dup.X[2*i+1] = x, 2*x
		zero.X[2*i] = x
	}
	if _, _, err := FitNewton(dup, 0, 0, 0); !errors.Is(err, ErrSingular) {
		t.Errorf("collinear columns: %v, want ErrSingular", err)
	}
	if _, _, err := FitNewton(zero, 0, 0, 0); !errors.Is(err, ErrSingular) {
		t.Errorf("zero column: %v, want ErrSingular", err)
	}
	if _, _, err := FitNewton(zero, 1, 0, 0); err != nil {
		t.Errorf("zero column with ridge: %v", err)
	}
	sep := Data{X: []float64{-2, -1, 1, 2}, Rows: 4, Cols: 1, Y: []float64{0, 0, 1, 1}}
	beta, _, err := FitNewton(sep, 0, 0, 0)
	if !errors.Is(err, ErrSingular) && !errors.Is(err, ErrNotConverged) {
		t.Errorf("separated data: %v, want ErrSingular or ErrNotConverged", err)
	}
	if len(beta) != 2 || countNonFinite(beta) != 0 {
		t.Errorf("separated data: last iterate %v", beta)
	}
}

func TestNewtonStepErrors(t *testing.T) {
	ok := []float64{2, 0, 0, 2}
	tests := []struct {
		name    string
		beta, g []float64
		h       []float64
		l2      float64
		wantErr error
	}{
		{name: "empty", wantErr: ErrMismatch},
		{name: "grad length", beta: []float64{0, 0}, g: []float64{1}, h: ok, wantErr: ErrMismatch},
		{name: "hessian length", beta: []float64{0, 0}, g: []float64{1, 1}, h: ok[:3], wantErr: ErrMismatch},
		{name: "nan grad", beta: []float64{0, 0}, g: []float64{math.NaN(), 1}, h: ok, wantErr: ErrNotFinite},
		{name: "inf beta", beta: []float64{math.Inf(1), 0}, g: []float64{1, 1}, h: ok, wantErr: ErrNotFinite},
		{name: "negative l2", beta: []float64{0, 0}, g: []float64{1, 1}, h: ok, l2: -1, wantErr: ErrInvalidParams},
		{name: "indefinite", beta: []float64{0, 0}, g: []float64{1, 1}, h: []float64{1, 2, 2, 1}, wantErr: ErrSingular},
		{name: "zero", beta: []float64{0, 0}, g: []float64{1, 1}, h: make([]float64, 4), wantErr: ErrSingular},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := NewtonStep(tc.beta, tc.g, tc.h, tc.l2); !errors.Is(err, tc.wantErr) {
				t.Fatalf("NewtonStep() error = %v, want %v", err, tc.wantErr)
			}
		})
	}
	got, err := NewtonStep([]float64{1, 1}, []float64{2, 4}, ok, 0)
	if err != nil || got[0] != 2 || got[1] != 3 {
		t.Errorf("NewtonStep() = %v, %v; want [2 3]", got, err)
	}
	if _, _, err := FitNewton(synth(1, 10, trueBeta), 0, -1, 0); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("FitNewton with negative tol: %v", err)
	}
	if _, _, err := FitNewton(Data{}, 0, 0, 0); !errors.Is(err, ErrInvalidData) {
		t.Errorf("FitNewton on empty data: %v", err)
	}
}

// TestReportTwoByTwo fits a binary predictor, whose logistic regression
// has a closed form: the intercept is the log odds at x = 0, the slope
// the log odds ratio, and the standard errors are Woolf's.
func TestReportTwoByTwo(t *testing.T) {
	const pos0, neg0, pos1, neg1 = 30, 70, 60, 40
	var d Data
	add := func(x, y float64, n int) {
		for range n {
			d.X = append(d.X, x)
			d.Y = append(d.Y, y)
			d.Rows++
		}
	}
	d.Cols = 1
	add(0, 1, pos0)
	add(0, 0, neg0)
	add(1, 1, pos1)
	add(1, 0, neg1)
	beta, _, err := FitNewton(d, 0, 1e-12, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, h := NewtonTerms(beta, d)
	c, err := Report(beta, h, []string{"smoker"})
	if err != nil {
		t.Fatal(err)
	}
	orr := (60.0 / 40) / (30.0 / 70)
	wantCoef := []float64{math.Log(30.0 / 70), math.Log(orr)}
	wantSE := []float64{math.Sqrt(1.0/pos0 + 1.0/neg0), math.Sqrt(1.0/pos0 + 1.0/neg0 + 1.0/pos1 + 1.0/neg1)}
	if c.Names[0] != "(intercept)" || c.Names[1] != "smoker" {
		t.Errorf("Names = %q", c.Names)
	}
	for j := range 2 {
		if math.Abs(c.Coef[j]-wantCoef[j]) > 1e-9 || math.Abs(c.SE[j]-wantSE[j]) > 1e-9 {
			t.Errorf("%s: coef %.10g se %.10g, want %.10g %.10g", c.Names[j], c.Coef[j], c.SE[j], wantCoef[j], wantSE[j])
		}
		if c.Z[j] != c.Coef[j]/c.SE[j] {
			t.Errorf("%s: z %g, want coef/se", c.Names[j], c.Z[j])
		}
		if !(c.P[j] > 0 && c.P[j] <= 1) {
			t.Errorf("%s: p %g outside (0, 1]", c.Names[j], c.P[j])
		}
		if !(c.ORLow[j] < c.OR[j] && c.OR[j] < c.ORHigh[j]) {
			t.Errorf("%s: OR %g outside [%g, %g]", c.Names[j], c.OR[j], c.ORLow[j], c.ORHigh[j])
		}
	}
	if math.Abs(c.OR[1]-orr) > 1e-9 {
		t.Errorf("odds ratio %g, want %g", c.OR[1], orr)
	}
	// z = log(3.5)/0.2988 = 4.1925…, two-sided p = 2.7584e-5.
	if math.Abs(c.Z[1]-4.192546794) > 1e-8 || math.Abs(c.P[1]-2.7584016e-5)/2.7584016e-5 > 1e-6 {
		t.Errorf("slope z %.9g p %.6g", c.Z[1], c.P[1])
	}
	// A coefficient of 1.959964 standard errors has p = 0.05 and a CI
	// that ends at OR = 1.
	k, err := Report([]float64{0, 1.959964}, []float64{1, 0, 0, 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if k.Names[1] != "x1" || math.Abs(k.P[1]-0.05) > 1e-6 || math.Abs(k.ORLow[1]-1) > 1e-12 || k.P[0] != 1 {
		t.Errorf("Report() = %+v", k)
	}
}

func TestReportErrors(t *testing.T) {
	tests := []struct {
		name    string
		beta, h []float64
		names   []string
		wantErr error
	}{
		{name: "empty", wantErr: ErrMismatch},
		{name: "names", beta: []float64{0, 1}, h: []float64{1, 0, 0, 1}, names: []string{"a", "b"}, wantErr: ErrMismatch},
		{name: "hessian", beta: []float64{0, 1}, h: []float64{1}, wantErr: ErrMismatch},
		{name: "singular", beta: []float64{0, 1}, h: []float64{1, 1, 1, 1}, wantErr: ErrSingular},
		{name: "nan", beta: []float64{0, math.NaN()}, h: []float64{1, 0, 0, 1}, wantErr: ErrNotFinite},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Report(tc.beta, tc.h, tc.names); !errors.Is(err, tc.wantErr) {
				t.Fatalf("Report() error = %v, want %v", err, tc.wantErr)
			}
		})
	}
}
