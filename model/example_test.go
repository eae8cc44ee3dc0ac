package model_test

import (
	"fmt"
	"math"

	"github.com/twopm/twopm/model"
)

// hospitals returns three small data sets with one standardized feature.
func hospitals() []model.Data {
	return []model.Data{
		{X: []float64{-1.2, -0.4, 0.3, 1.5, 0.8, -0.9}, Rows: 6, Cols: 1, Y: []float64{0, 0, 1, 1, 0, 1}},
		{X: []float64{-1.6, 0.1, 1.1, 0.6}, Rows: 4, Cols: 1, Y: []float64{0, 1, 1, 0}},
		{X: []float64{-0.2, 2.0, -0.7, 0.4, 1.3}, Rows: 5, Cols: 1, Y: []float64{0, 1, 0, 1, 1}},
	}
}

// A round of FedAvg: every hospital trains the global model on its rows,
// and the updates are averaged by row count.
func ExampleAverage() {
	p := model.Params{Epochs: 5, Seed: 1}
	global, err := model.New(model.LR, 1, p)
	if err != nil {
		panic(err)
	}
	for round := range 3 {
		var updates []*model.Model
		var counts []float64
		for _, d := range hospitals() {
			m, err := global.Train(d, p, round)
			if err != nil {
				panic(err)
			}
			updates = append(updates, m)
			counts = append(counts, float64(d.Rows))
		}
		if global, err = model.Average(updates, counts); err != nil {
			panic(err)
		}
	}
	fmt.Printf("bias %.2f, slope %.2f\n", global.Weights[0], global.Weights[1])
	// Output: bias 0.03, slope 0.35
}

// Federated Newton: the hospitals' NewtonTerms add up to the pooled
// terms, so summing them each step fits the pooled model.
func ExampleNewtonStep() {
	beta := []float64{0, 0}
	for step := math.Inf(1); step >= 1e-10; {
		grad, negHess := make([]float64, 2), make([]float64, 4)
		for _, d := range hospitals() {
			g, h := model.NewtonTerms(beta, d)
			for i := range g {
				grad[i] += g[i]
			}
			for i := range h {
				negHess[i] += h[i]
			}
		}
		next, err := model.NewtonStep(beta, grad, negHess, 0)
		if err != nil {
			panic(err)
		}
		step = math.Max(math.Abs(next[0]-beta[0]), math.Abs(next[1]-beta[1]))
		beta = next
	}
	all := pooled(hospitals())
	want, _, err := model.FitNewton(all, 0, 1e-10, 0)
	if err != nil {
		panic(err)
	}
	fmt.Printf("matches pooled fit: %v\n", math.Abs(beta[0]-want[0]) < 1e-9 && math.Abs(beta[1]-want[1]) < 1e-9)
	_, negHess := model.NewtonTerms(beta, all)
	c, err := model.Report(beta, negHess, []string{"age"})
	if err != nil {
		panic(err)
	}
	for i, name := range c.Names {
		fmt.Printf("%-11s coef %5.2f  se %.2f  p %.3f  OR %.2f [%.2f, %.2f]\n",
			name, c.Coef[i], c.SE[i], c.P[i], c.OR[i], c.ORLow[i], c.ORHigh[i])
	}
	// Output:
	// matches pooled fit: true
	// (intercept) coef -0.11  se 0.63  p 0.857  OR 0.89 [0.26, 3.09]
	// age         coef  1.43  se 0.77  p 0.063  OR 4.16 [0.92, 18.76]
}

func pooled(parts []model.Data) model.Data {
	var d model.Data
	for _, p := range parts {
		d.X = append(d.X, p.X...)
		d.Y = append(d.Y, p.Y...)
		d.Rows += p.Rows
		d.Cols = p.Cols
	}
	return d
}
