package model

import (
	"math"
	"testing"
)

// clipHigh is 1−1e-15 rounded to float64, as LogLoss computes it.
var clipHigh = func() float64 { eps := 1e-15; return 1 - eps }()

func TestMetrics(t *testing.T) {
	tests := []struct {
		name          string
		prob, y       []float64
		acc, auc, log float64 // NaN means NaN is wanted
	}{
		{
			name: "sklearn example",
			prob: []float64{0.1, 0.4, 0.35, 0.8}, y: []float64{0, 0, 1, 1},
			acc: 0.75, auc: 0.75,
			log: -(math.Log(0.9) + math.Log(0.6) + math.Log(0.35) + math.Log(0.8)) / 4,
		},
		{
			// Pairs (pos, neg): (0.5, 0.5) tie ½, (0.5, 0.2) 1, (0.8, 0.5) 1,
			// (0.8, 0.2) 1, so AUC = 3.5/4.
			name: "ties",
			prob: []float64{0.5, 0.5, 0.2, 0.8}, y: []float64{1, 0, 0, 1},
			acc: 0.75, auc: 0.875,
			log: -(math.Log(0.5) + math.Log(0.5) + math.Log(0.8) + math.Log(0.8)) / 4,
		},
		{
			name: "all tied",
			prob: []float64{0.3, 0.3, 0.3}, y: []float64{1, 0, 1},
			acc: 1.0 / 3, auc: 0.5,
			log: -(2*math.Log(0.3) + math.Log(0.7)) / 3,
		},
		{
			name: "clipped",
			prob: []float64{0, 1}, y: []float64{1, 0},
			acc: 0, auc: 0,
			// 1−1e-15 rounds to 1−9.992e-16 in float64.
			log: -(math.Log(1e-15) + math.Log(1-clipHigh)) / 2,
		},
		{name: "one class", prob: []float64{0.2, 0.9}, y: []float64{1, 1}, acc: 0.5, auc: math.NaN(), log: -(math.Log(0.2) + math.Log(0.9)) / 2},
		{name: "empty", acc: math.NaN(), auc: math.NaN(), log: math.NaN()},
		{name: "lengths", prob: []float64{0.2}, y: []float64{1, 0}, acc: math.NaN(), auc: math.NaN(), log: math.NaN()},
	}
	check := func(t *testing.T, what string, got, want float64) {
		t.Helper()
		if math.IsNaN(want) != math.IsNaN(got) || !math.IsNaN(want) && math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
			t.Errorf("%s = %.15g, want %.15g", what, got, want)
		}
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check(t, "Accuracy", Accuracy(tc.prob, tc.y), tc.acc)
			check(t, "AUC", AUC(tc.prob, tc.y), tc.auc)
			check(t, "LogLoss", LogLoss(tc.prob, tc.y), tc.log)
		})
	}
	if !math.IsNaN(AUC([]float64{math.NaN(), 0.1}, []float64{1, 0})) {
		t.Error("AUC with a NaN probability is not NaN")
	}
}
