package model

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
)

// PRNG streams: New uses streamInit; Train uses 2·round, which is even and
// so never collides with it.
const streamInit = 1

// rng draws from a PCG-DXSM source through fixed algorithms, so the
// numbers do not depend on how math/rand/v2 maps bits to ranges.
type rng struct{ src *rand.PCG }

func newRNG(seed, stream uint64) rng {
	return rng{src: rand.NewPCG(splitmix(seed), splitmix(stream^0x6a09e667f3bcc909))}
}

// splitmix is the SplitMix64 finalizer; it spreads nearby seeds apart.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// float64 returns a uniform value in [0, 1).
func (r rng) float64() float64 {
	return float64(r.src.Uint64()>>11) * 0x1p-53
}

// uint64n returns a uniform value in [0, n), n > 0, by Lemire's method.
func (r rng) uint64n(n uint64) uint64 {
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		thresh := -n % n
		for lo < thresh {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// shuffle permutes idx in place (Fisher–Yates).
func (r rng) shuffle(idx []int) {
	for i := len(idx) - 1; i > 0; i-- {
		j := int(r.uint64n(uint64(i + 1)))
		idx[i], idx[j] = idx[j], idx[i]
	}
}

// Train runs p.Epochs epochs of minibatch SGD on the objective
// Loss(·, p.L2) over d, starting from m, and returns the new model; m is
// not modified. Each epoch visits the rows in an order shuffled by a PCG
// stream seeded from p.Seed and round, so runs are reproducible and
// rounds differ. Each step moves the weights by −p.LearningRate times the
// gradient of the batch's mean cross-entropy plus the L2 penalty. If
// p.Mu > 0 the objective also has the FedProx term (p.Mu/2)·||w − g||²,
// where g is m's weights at entry. p.Hidden is not read: m fixes the
// architecture.
//
// Train fails with ErrInvalidModel, ErrInvalidData or ErrInvalidParams
// for invalid input, ErrMismatch if d.Cols != m.Features, ErrNotSGD for an
// HLR model, and ErrDiverged if a weight becomes non-finite.
func (m *Model) Train(d Data, p Params, round int) (*Model, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if m.Kind == HLR {
		return nil, fmt.Errorf("%w: fit %s with NewtonTerms and NewtonStep", ErrNotSGD, m.Kind)
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	if d.Cols != m.Features {
		return nil, fmt.Errorf("%w: data has %d columns, model has %d features", ErrMismatch, d.Cols, m.Features)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	p = p.WithDefaults()

	out := m.clone()
	w := out.Weights
	global := m.Weights
	grad := make([]float64, len(w))
	h := make([]float64, m.Hidden)
	idx := make([]int, d.Rows)
	for i := range idx {
		idx[i] = i
	}
	bs := min(p.BatchSize, d.Rows)
	r := newRNG(p.Seed, 2*uint64(round))
	for range p.Epochs {
		r.shuffle(idx)
		for start := 0; start < d.Rows; start += bs {
			batch := idx[start:min(start+bs, d.Rows)]
			clear(grad)
			for _, i := range batch {
				out.addRowGrad(w, d.row(i), d.Y[i], grad, h)
			}
			inv := 1 / float64(len(batch))
			for i := range grad {
				grad[i] *= inv
			}
			out.penalty(w, p.L2, grad)
			if p.Mu > 0 {
				for i := range grad {
					grad[i] += p.Mu * (w[i] - global[i])
				}
			}
			for i := range w {
				w[i] -= p.LearningRate * grad[i]
			}
		}
		if countNonFinite(w) > 0 {
			return nil, fmt.Errorf("%w: non-finite weights after an epoch; lower learning_rate", ErrDiverged)
		}
	}
	return out, nil
}

// Average returns the FedAvg of models: Σ (c_i/Σc)·w_i, with c = counts,
// usually the nodes' row counts. All models must be valid and share kind,
// features and hidden size; counts must be finite and non-negative with a
// positive sum. A single model comes back with bit-identical weights,
// whatever its count. The sum runs in slice order.
//
// Average fails with ErrMismatch for an empty list, len(counts) !=
// len(models) or different architectures, ErrInvalidModel for an invalid
// model, and ErrInvalidParams for bad counts.
func Average(models []*Model, counts []float64) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("%w: no models to average", ErrMismatch)
	}
	if len(counts) != len(models) {
		return nil, fmt.Errorf("%w: %d models, %d counts", ErrMismatch, len(models), len(counts))
	}
	total := 0.0
	for i, c := range counts {
		if math.IsNaN(c) || math.IsInf(c, 0) || c < 0 {
			return nil, fmt.Errorf("%w: count %d must be finite and non-negative", ErrInvalidParams, i)
		}
		total += c
	}
	if !(total > 0) || math.IsInf(total, 0) {
		return nil, fmt.Errorf("%w: counts must have a positive, finite sum", ErrInvalidParams)
	}
	for i, m := range models {
		if err := m.Validate(); err != nil {
			return nil, fmt.Errorf("%w (models[%d])", err, i)
		}
		if m.Kind != models[0].Kind || m.Features != models[0].Features || m.Hidden != models[0].Hidden {
			return nil, fmt.Errorf("%w: model %d is %s(features=%d, hidden=%d), model 0 is %s(features=%d, hidden=%d)",
				ErrMismatch, i, m.Kind, m.Features, m.Hidden, models[0].Kind, models[0].Features, models[0].Hidden)
		}
	}
	out := &Model{Kind: models[0].Kind, Features: models[0].Features, Hidden: models[0].Hidden,
		Weights: make([]float64, len(models[0].Weights))}
	f := counts[0] / total
	for j, v := range models[0].Weights {
		out.Weights[j] = f * v
	}
	for i, m := range models[1:] {
		f := counts[i+1] / total
		for j, v := range m.Weights {
			out.Weights[j] += f * v
		}
	}
	return out, nil
}
