package model

import (
	"cmp"
	"math"
	"slices"
)

// Accuracy returns the share of rows whose prediction, 1 if prob ≥ 0.5
// and 0 otherwise, equals the label y. It returns NaN if the lengths
// differ or are zero.
func Accuracy(prob, y []float64) float64 {
	if len(prob) != len(y) || len(prob) == 0 {
		return math.NaN()
	}
	hit := 0
	for i, p := range prob {
		pred := 0.0
		if p >= 0.5 {
			pred = 1
		}
		if pred == y[i] {
			hit++
		}
	}
	return float64(hit) / float64(len(prob))
}

// AUC returns the area under the ROC curve, by the Mann–Whitney
// statistic: the share of (positive, negative) pairs in which the
// positive has the higher probability, a tie counting 1/2. Labels ≥ 0.5
// are positive. It returns NaN if the lengths differ, a probability is
// NaN, or either class is absent.
func AUC(prob, y []float64) float64 {
	if len(prob) != len(y) {
		return math.NaN()
	}
	idx := make([]int, len(prob))
	for i, p := range prob {
		if math.IsNaN(p) {
			return math.NaN()
		}
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(prob[a], prob[b]), cmp.Compare(a, b))
	})
	var nPos, nNeg, rankSum float64
	for start := 0; start < len(idx); {
		end := start + 1
		for end < len(idx) && prob[idx[end]] == prob[idx[start]] {
			end++
		}
		// Rows start..end-1 share ranks start+1..end; each gets the mean.
		rank := float64(start+1+end) / 2
		for _, i := range idx[start:end] {
			if y[i] >= 0.5 {
				nPos++
				rankSum += rank
			} else {
				nNeg++
			}
		}
		start = end
	}
	if nPos == 0 || nNeg == 0 {
		return math.NaN()
	}
	return (rankSum - nPos*(nPos+1)/2) / (nPos * nNeg)
}

// LogLoss returns the mean cross-entropy −y·log p − (1−y)·log(1−p), with p
// clipped to [1e-15, 1−1e-15]. It returns NaN if the lengths differ or are
// zero, or a probability is NaN.
func LogLoss(prob, y []float64) float64 {
	if len(prob) != len(y) || len(prob) == 0 {
		return math.NaN()
	}
	const eps = 1e-15
	s := 0.0
	for i, p := range prob {
		if math.IsNaN(p) {
			return math.NaN()
		}
		p = min(max(p, eps), 1-eps)
		s -= y[i]*math.Log(p) + (1-y[i])*math.Log1p(-p)
	}
	return s / float64(len(prob))
}
