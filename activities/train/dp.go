package train

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// DPScaleBits is the fixed-point scale of a DP round's mean gradient,
// 2^DPScaleBits: fine enough that rounding the mean, then weighting it
// by the row count, moves the sum by far less than one row's clipped
// gradient (DPSensitivity).
const DPScaleBits = 40

// dpCountShare is the part of a DP round's ε spent on the noisy row
// count; the gradient sum gets the rest.
const dpCountShare = 0.1

// dpClip returns clip_norm at 2^DPScaleBits, rounded down: the L1 bound
// of one row's clipped gradient in fixed point.
func dpClip(clip float64) int64 {
	return int64(math.Floor(math.Ldexp(clip, DPScaleBits)))
}

// dpUpdate is a node's contribution to a DP round (workflows.TrainSpec.DP):
// at the global model, each training row's gradient of the cross-entropy
// scaled down to L1 norm at most clip, turned into integers at
// 2^DPScaleBits by truncation (so the bound holds exactly), summed
// exactly to S; then the mean q = round(S/n) and n. The secure aggregation
// checks q as a clipped update (DPClipBounds: its L2 norm is at most its
// L1 norm, at most clip, plus rounding) and n, and opens Σ n·q plus every
// node's noise (DPNoiseScales). A node without rows sends zeros.
func dpUpdate(global *model.Model, d model.Data, clip float64) (field.Vector, error) {
	p := global.NumParams()
	bound := dpClip(clip)
	if bound < 1 || clip > workflows.MaxClipNorm {
		return nil, fmt.Errorf("train: clip_norm %v is not in (0, %v]", clip, float64(workflows.MaxClipNorm))
	}
	if int64(d.Rows) > workflows.MaxRowsBound {
		return nil, fmt.Errorf("train: %d training rows, more than a DP round takes (%d)", d.Rows, int64(workflows.MaxRowsBound))
	}
	sum := make([]*big.Int, p)
	for i := range sum {
		sum[i] = new(big.Int)
	}
	// Rows are added in int64 blocks small enough not to overflow:
	// |entry| ≤ bound < 2^50, so 2^12 rows fit.
	const block = 1 << 12
	acc := make([]int64, p)
	row := make([]int64, p)
	flush := func() {
		for i, a := range acc {
			sum[i].Add(sum[i], big.NewInt(a))
			acc[i] = 0
		}
	}
	var bad error
	err := global.RowGradients(d, func(r int, g []float64) {
		if bad != nil {
			return
		}
		if bad = clipRow(g, clip, bound, row); bad != nil {
			return
		}
		for i, v := range row {
			acc[i] += v
		}
		if (r+1)%block == 0 {
			flush()
		}
	})
	if err != nil {
		return nil, err
	}
	if bad != nil {
		return nil, bad
	}
	flush()
	out := make(field.Vector, p+1)
	if d.Rows > 0 {
		n := big.NewInt(int64(d.Rows))
		for i, s := range sum {
			out[i] = field.FromBig(roundDiv(s, n))
		}
	}
	out[p] = field.FromInt64(int64(d.Rows))
	return out, nil
}

// clipRow writes row's gradient g scaled down to L1 norm clip, at
// 2^DPScaleBits and truncated toward zero, into out, and checks that its
// L1 norm is at most bound.
func clipRow(g []float64, clip float64, bound int64, out []int64) error {
	var l1 float64
	for _, v := range g {
		l1 += math.Abs(v)
	}
	if math.IsNaN(l1) || math.IsInf(l1, 0) {
		return errors.New("train: a row's gradient is not finite")
	}
	f := 1.0
	if l1 > clip {
		f = clip / l1 * (1 - 1e-12)
	}
	var n int64
	for i, v := range g {
		out[i] = int64(math.Ldexp(v*f, DPScaleBits)) // truncates toward zero
		n += max(out[i], -out[i])
	}
	if n > bound {
		return fmt.Errorf("train: a clipped gradient of L1 norm %d at 2^%d exceeds %d", n, DPScaleBits, bound)
	}
	return nil
}

// roundDiv returns s/n rounded to the nearest integer, halves away from
// zero (n > 0).
func roundDiv(s, n *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(s, n, new(big.Int))
	r2 := new(big.Int).Abs(r)
	if r2.Lsh(r2, 1).Cmp(n) >= 0 {
		q.Add(q, big.NewInt(int64(s.Sign())))
	}
	return q
}

// DPClipBounds returns what the secure aggregation checks of a DP round's
// mean gradient of p entries (dpUpdate): every entry at most maxAbs in
// magnitude and the squared L2 norm at most normSq, at 2^DPScaleBits.
func DPClipBounds(clip float64, p int) (maxAbs, normSq *big.Int) {
	return clipBounds(big.NewInt(dpClip(clip)), p)
}

// DPSensitivity returns the L1 sensitivity of a DP round's released sum
// Σ n·q for p weights, at 2^DPScaleBits: adding or removing one row of a
// node changes its exact sum S by one clipped gradient (L1 at most clip),
// and n·q lies within n/2 of S in each entry for n and n ± 1 rows, both
// at most workflows.MaxRowsBound (the aggregation checks it), so
// ‖n′q′ − nq‖₁ ≤ clip + p·MaxRowsBound.
func DPSensitivity(clip float64, p int) *big.Int {
	s := new(big.Int).Mul(big.NewInt(int64(p)), big.NewInt(workflows.MaxRowsBound))
	return s.Add(s, big.NewInt(dpClip(clip)))
}

// DPNoiseScales returns the scales of a node's discrete Laplace noise for
// a DP round of p weights at privacy eps: DPSensitivity/((1−c)·eps) for
// every entry of the gradient sum and 1/(c·eps) for the row count, c the
// count's share, so the opened vector is eps-DP for one row added or
// removed (basic composition of the two parts).
func DPNoiseScales(clip float64, p int, eps float64) ([]*big.Rat, error) {
	if !(eps > 0) || math.IsInf(eps, 0) || p < 1 {
		return nil, fmt.Errorf("train: DP noise for ε = %v over %d weights", eps, p)
	}
	e := new(big.Rat).SetFloat64(eps)
	eg := new(big.Rat).Mul(e, new(big.Rat).SetFloat64(1-dpCountShare))
	en := new(big.Rat).Mul(e, new(big.Rat).SetFloat64(dpCountShare))
	g := new(big.Rat).SetInt(DPSensitivity(clip, p))
	g.Quo(g, eg)
	scales := make([]*big.Rat, p+1)
	for i := range p {
		scales[i] = g
	}
	scales[p] = new(big.Rat).Inv(en)
	return scales, nil
}

// dpWeights turns a DP round's opened aggregate, Σ n·q + noise at
// 2^DPScaleBits and the noisy Σ n, into the next global weights: one step
// of gradient descent w − lr·(Σ n·q / Σ n + l2·w) (post-processing of
// the noisy values, with the count taken as at least nodes, so a count
// that noise made small cannot blow the step up), and the noisy count.
func dpWeights(m *model.Model, sum []string, lr, l2 float64, nodes int) ([]float64, int64, error) {
	p := len(m.Weights)
	if len(sum) != p+1 {
		return nil, 0, fmt.Errorf("%d values, want %d", len(sum), p+1)
	}
	v := make([]*big.Int, len(sum))
	for i, s := range sum {
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, 0, fmt.Errorf("aggregate element %d is not an integer", i)
		}
		v[i] = b
	}
	rows := v[p].Int64()
	if !v[p].IsInt64() {
		return nil, 0, errors.New("the noisy row count is out of range")
	}
	den := float64(max(rows, int64(max(nodes, 1))))
	grad := make([]float64, p)
	for i := range grad {
		f, _ := new(big.Float).SetInt(v[i]).Float64()
		grad[i] = math.Ldexp(f, -DPScaleBits) / den
	}
	m.AddPenalty(l2, grad)
	w := make([]float64, p)
	for i := range w {
		w[i] = m.Weights[i] - lr*grad[i]
	}
	return w, rows, nil
}
