package train

import (
	"errors"
	"math"
	"testing"

	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// Two nodes' Newton terms over the Cleveland file: honest, training
// converges and every step passes checkProvenStep; with one node's
// (unproven) Hessian a million times too large, the first step is below
// the tolerance, which used to stop training as converged at the initial
// model, and the check now fails it as HessianInconsistent.
func TestInflatedHessianDoesNotStopTraining(t *testing.T) {
	tab := heartDisease(t, "cleveland")
	stats, err := dataset.Pooled(tab.Schema, tab.Schema.Names(), tab)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := dataset.NewEncoding(tab.Schema, dataset.HeartDiseaseLabel, nil, stats)
	if err != nil {
		t.Fatal(err)
	}
	half := len(tab.Rows) / 2
	var parts []model.Data
	for _, rows := range [][][]dataset.Cell{tab.Rows[:half], tab.Rows[half:]} {
		d, err := design(enc, &dataset.Table{Schema: tab.Schema, Rows: rows})
		if err != nil {
			t.Fatal(err)
		}
		parts = append(parts, d)
	}
	names := enc.Names(tab.Schema)
	const l2, tol = 1.0, workflows.ProvenNewtonTol
	// round runs one Newton round from beta with node 1's Hessian times
	// inflate, as UpdateModel does.
	round := func(r int, beta []float64, inflate float64) ([]float64, float64, error) {
		p := len(beta)
		g, h := make([]float64, p), make([]float64, p*p)
		rows := 0.0
		for k, d := range parts {
			gk, hk := model.NewtonTerms(beta, d)
			for j := range gk {
				g[j] += gk[j]
			}
			for j := range hk {
				if k == 1 {
					hk[j] *= inflate
				}
				h[j] += hk[j]
			}
			rows += float64(d.Rows)
		}
		next, err := model.NewtonStep(beta, g, h, l2)
		if err != nil {
			t.Fatal(err)
		}
		step := 0.0
		for j := range next {
			step = max(step, math.Abs(next[j]-beta[j]))
		}
		return next, step, checkProvenStep(r, names, beta, g, l2, rows, step, tol)
	}

	beta := make([]float64, len(names)+1)
	for r := 1; ; r++ {
		next, step, err := round(r, beta, 1)
		if err != nil {
			t.Fatalf("honest round %d: %v", r, err)
		}
		beta = next
		if step < tol {
			t.Logf("honest training converged in %d rounds", r)
			break
		}
		if r == 30 {
			t.Fatal("honest training did not converge in 30 rounds")
		}
	}

	_, step, err := round(1, make([]float64, len(names)+1), 1e6)
	if step >= tol {
		t.Fatalf("inflated Hessian: step %g, not below the tolerance: the attack does not stall", step)
	}
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != workflows.ErrTypeHessianRejected || !app.NonRetryable() {
		t.Fatalf("inflated Hessian, step %g: err = %v, want a non-retryable %s", step, err, workflows.ErrTypeHessianRejected)
	}
	t.Log(err)
}
