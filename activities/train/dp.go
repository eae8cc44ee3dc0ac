package train

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// checkDPEncoding checks that enc is the encoding a DP task of spec takes
// from schema s (schemaStats), which the node computes itself: one the
// coordinator made up (a scale near 0 that makes some rows' features
// infinite) could turn the node's failures into answers about its rows.
func checkDPEncoding(spec workflows.TrainSpec, s dataset.Schema, enc dataset.Encoding) error {
	want, err := NewEncoding(spec, s, schemaStats(s))
	if err != nil {
		return err
	}
	got, err1 := json.Marshal(enc)
	exp, err2 := json.Marshal(want)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	if !bytes.Equal(got, exp) {
		return fmt.Errorf("not the encoding a DP task takes from schema %s", s.Ref())
	}
	return nil
}

// DPScaleBits is the fixed-point scale of a DP round's mean gradient,
// 2^DPScaleBits: fine enough that rounding the mean, then weighting it
// by the row count, moves the sum by far less than one row's clipped
// gradient (DPSensitivity).
const DPScaleBits = 40

// dpCountShare is the part of a DP round's ε spent on the noisy row
// count, one tenth; the gradient sum gets the rest.
var dpCountShare = big.NewRat(1, 10)

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
	err := global.RowGradients(d, func(r int, g []float64) {
		clipRow(g, clip, bound, row)
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
// 2^DPScaleBits and truncated toward zero, into out. It never fails, so
// that no row can make the node's update fail where another would not:
// a gradient that is not finite (a model of huge weights), or whose
// rounding would leave it above bound, counts as zero.
func clipRow(g []float64, clip float64, bound int64, out []int64) {
	clear(out)
	var l1 float64
	for _, v := range g {
		l1 += math.Abs(v)
	}
	if math.IsNaN(l1) || math.IsInf(l1, 0) {
		return
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
		clear(out)
	}
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
	en := new(big.Rat).Mul(e, dpCountShare)
	eg := new(big.Rat).Sub(e, en)
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
	v, err := parseSum(sum)
	if err != nil {
		return nil, 0, err
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
