package model

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// MaxParams is the largest number of weights New accepts, and the largest
// Newton system ((d+1)² entries) NewtonTerms builds.
const MaxParams = 1 << 24

// Model is a model's architecture and its flat weight vector. It
// serializes to JSON as is.
//
// Weights layout, with d = Features and h = Hidden:
//
//   - LR and HLR: [bias, w_1, …, w_d], d+1 weights; the same layout as
//     the beta of NewtonTerms, so an HLR fit becomes a Model by setting
//     Weights = beta.
//   - MLP: W1, h×d row-major (W1[j*d+k] connects input k to hidden unit
//     j); then b1, h hidden biases; then w2, h output weights; then b2,
//     the output bias. h·(d+2)+1 weights. The network computes
//     p = σ(b2 + Σ_j w2_j·tanh(b1_j + Σ_k W1[j*d+k]·x_k)).
//
// The L2 penalty covers w_1..w_d for LR/HLR, and W1 and w2 for MLP; it
// never covers a bias.
type Model struct {
	// Kind is LR, MLP or HLR.
	Kind string `json:"kind"`
	// Features is the number of input columns d, without intercept.
	Features int `json:"features"`
	// Hidden is the number of hidden units of an MLP, and 0 otherwise.
	Hidden int `json:"hidden,omitempty"`
	// Weights are the parameters, laid out as described on Model.
	Weights []float64 `json:"weights"`
}

// New returns the initial model of the given kind for rows of features
// columns: all zeros for LR and HLR; for MLP, p.Hidden hidden units (16 if
// zero) with W1 and w2 drawn uniformly from ±sqrt(6/(fan_in+fan_out))
// (Xavier) by a PRNG seeded from p.Seed, and zero biases. The same kind,
// features and p always give the same model.
//
// New fails with ErrInvalidParams if p is invalid, ErrUnknownKind for an
// unknown kind, ErrInvalidModel for negative features, and ErrTooLarge
// above MaxParams weights.
func New(kind string, features int, p Params) (*Model, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	p = p.WithDefaults()
	if !knownKind(kind) {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	if features < 0 {
		return nil, fmt.Errorf("%w: features is %d, want at least 0", ErrInvalidModel, features)
	}
	m := &Model{Kind: kind, Features: features}
	if kind == MLP {
		m.Hidden = p.Hidden
	}
	n, err := numParams(kind, features, m.Hidden)
	if err != nil {
		return nil, err
	}
	m.Weights = make([]float64, n)
	if kind == MLP {
		r := newRNG(p.Seed, streamInit)
		o := m.offsets()
		a1 := math.Sqrt(6 / float64(features+m.Hidden))
		for i := o.w1; i < o.b1; i++ {
			m.Weights[i] = a1 * (2*r.float64() - 1)
		}
		a2 := math.Sqrt(6 / float64(m.Hidden+1))
		for i := o.w2; i < o.b2; i++ {
			m.Weights[i] = a2 * (2*r.float64() - 1)
		}
	}
	return m, nil
}

func knownKind(kind string) bool {
	return kind == LR || kind == MLP || kind == HLR
}

// numParams returns the length of the weight vector of an architecture.
func numParams(kind string, features, hidden int) (int, error) {
	if features < 0 || hidden < 0 {
		return 0, fmt.Errorf("%w: negative size", ErrInvalidModel)
	}
	switch kind {
	case LR, HLR:
		if features >= MaxParams {
			return 0, fmt.Errorf("%w: %d features", ErrTooLarge, features)
		}
		return features + 1, nil
	case MLP:
		if hidden < 1 {
			return 0, fmt.Errorf("%w: mlp needs at least 1 hidden unit", ErrInvalidModel)
		}
		if features+2 > MaxParams || hidden > (MaxParams-1)/(features+2) {
			return 0, fmt.Errorf("%w: %d hidden units × %d features", ErrTooLarge, hidden, features)
		}
		return hidden*(features+2) + 1, nil
	}
	return 0, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
}

// NumParams returns the number of weights m's architecture needs, or 0 if
// the architecture is invalid (unknown kind, bad or too large sizes).
func (m *Model) NumParams() int {
	if m == nil {
		return 0
	}
	n, err := numParams(m.Kind, m.Features, m.Hidden)
	if err != nil {
		return 0
	}
	return n
}

// Validate reports every problem of m at once: unknown kind, negative
// features, a hidden size that does not fit the kind, a weight vector of
// the wrong length, non-finite weights. The error wraps ErrInvalidModel,
// and also ErrUnknownKind when the kind is unknown.
func (m *Model) Validate() error {
	if m == nil {
		return fmt.Errorf("%w: nil model", ErrInvalidModel)
	}
	var bad []string
	unknown := !knownKind(m.Kind)
	if unknown {
		bad = append(bad, fmt.Sprintf("kind %q is unknown", m.Kind))
	}
	if m.Features < 0 {
		bad = append(bad, fmt.Sprintf("features is %d, want at least 0", m.Features))
	}
	switch m.Kind {
	case LR, HLR:
		if m.Hidden != 0 {
			bad = append(bad, fmt.Sprintf("hidden is %d, want 0 for %s", m.Hidden, m.Kind))
		}
	case MLP:
		if m.Hidden < 1 {
			bad = append(bad, fmt.Sprintf("hidden is %d, want at least 1 for mlp", m.Hidden))
		}
	}
	if len(bad) == 0 {
		n, err := numParams(m.Kind, m.Features, m.Hidden)
		switch {
		case err != nil:
			bad = append(bad, fmt.Sprintf("needs more than %d weights", MaxParams))
		case len(m.Weights) != n:
			bad = append(bad, fmt.Sprintf("has %d weights, want %d", len(m.Weights), n))
		}
	}
	if n := countNonFinite(m.Weights); n > 0 {
		bad = append(bad, fmt.Sprintf("%d weights are not finite", n))
	}
	if len(bad) == 0 {
		return nil
	}
	msg := ErrInvalidModel.Error() + ": " + strings.Join(bad, "; ")
	if unknown {
		return &multiError{msg: msg, errs: []error{ErrInvalidModel, ErrUnknownKind}}
	}
	return fmt.Errorf("%w: %s", ErrInvalidModel, strings.Join(bad, "; "))
}

// multiError is an error with its own message that matches several
// sentinels under errors.Is.
type multiError struct {
	msg  string
	errs []error
}

func (e *multiError) Error() string   { return e.msg }
func (e *multiError) Unwrap() []error { return e.errs }

func countNonFinite(v []float64) int {
	n := 0
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			n++
		}
	}
	return n
}

// shapeOK reports whether m's weights have the length its architecture
// needs, which makes every index below safe.
func (m *Model) shapeOK() bool {
	if m == nil {
		return false
	}
	n, err := numParams(m.Kind, m.Features, m.Hidden)
	return err == nil && len(m.Weights) == n
}

// mlpOffsets locates the blocks of an MLP weight vector.
type mlpOffsets struct{ w1, b1, w2, b2 int }

func (m *Model) offsets() mlpOffsets {
	hd := m.Hidden * m.Features
	return mlpOffsets{w1: 0, b1: hd, w2: hd + m.Hidden, b2: hd + 2*m.Hidden}
}

// penalized returns the index ranges [lo, hi) of the weights the L2
// penalty covers.
func (m *Model) penalized() [][2]int {
	if m.Kind == MLP {
		o := m.offsets()
		return [][2]int{{o.w1, o.b1}, {o.w2, o.b2}}
	}
	return [][2]int{{1, 1 + m.Features}}
}

// logit returns the pre-sigmoid output for row x under weights w; h is
// scratch of length Hidden for an MLP.
func (m *Model) logit(w, x, h []float64) float64 {
	if m.Kind == MLP {
		return m.mlpForward(w, x, h)
	}
	z := w[0]
	for k, v := range w[1:] {
		z += v * x[k]
	}
	return z
}

// mlpForward fills h with the hidden activations and returns the output
// logit.
func (m *Model) mlpForward(w, x, h []float64) float64 {
	o, d := m.offsets(), m.Features
	for j := range h {
		a := w[o.b1+j]
		for k, v := range w[j*d : (j+1)*d] {
			a += v * x[k]
		}
		h[j] = math.Tanh(a)
	}
	z := w[o.b2]
	for j, v := range w[o.w2:o.b2] {
		z += v * h[j]
	}
	return z
}

// addRowGrad computes the cross-entropy of one row (features x, label y)
// under weights w and, if grad is not nil, adds its gradient to grad.
func (m *Model) addRowGrad(w, x []float64, y float64, grad, h []float64) float64 {
	z := m.logit(w, x, h)
	loss := bce(z, y)
	if grad == nil {
		return loss
	}
	dz := sigmoid(z) - y
	if m.Kind != MLP {
		grad[0] += dz
		g := grad[1:]
		for k, v := range x {
			g[k] += dz * v
		}
		return loss
	}
	o, d := m.offsets(), m.Features
	grad[o.b2] += dz
	for j, hj := range h {
		grad[o.w2+j] += dz * hj
		da := dz * w[o.w2+j] * (1 - hj*hj)
		grad[o.b1+j] += da
		g := grad[j*d : (j+1)*d]
		for k, v := range x {
			g[k] += da * v
		}
	}
	return loss
}

// penalty returns (l2/2)·||w||² over the penalized weights and, if grad is
// not nil, adds l2·w to grad there.
func (m *Model) penalty(w []float64, l2 float64, grad []float64) float64 {
	s := 0.0
	for _, r := range m.penalized() {
		for i := r[0]; i < r[1]; i++ {
			s += w[i] * w[i]
			if grad != nil {
				grad[i] += l2 * w[i]
			}
		}
	}
	return l2 / 2 * s
}

// dataFits reports whether d can be evaluated by m without an index going
// out of range.
func (m *Model) dataFits(d Data) bool {
	return m.shapeOK() && d.shapeOK() && d.Cols == m.Features
}

// Predict returns the probability of class 1 for one row x of Features
// values. It returns NaN if len(x) != Features or m's weight vector does
// not fit its architecture.
func (m *Model) Predict(x []float64) float64 {
	if !m.shapeOK() || len(x) != m.Features {
		return math.NaN()
	}
	return sigmoid(m.logit(m.Weights, x, make([]float64, m.Hidden)))
}

// PredictAll returns Predict for every row of d (d.Y is not read). It
// returns nil if d.Cols != Features, d's sizes are inconsistent, or m's
// weight vector does not fit its architecture.
func (m *Model) PredictAll(d Data) []float64 {
	if !m.shapeOK() || d.Cols != m.Features {
		return nil
	}
	if n, ok := d.cells(); !ok || len(d.X) != n {
		return nil
	}
	out := make([]float64, d.Rows)
	h := make([]float64, m.Hidden)
	for i := range out {
		out[i] = sigmoid(m.logit(m.Weights, d.row(i), h))
	}
	return out
}

// Loss returns the mean binary cross-entropy of m over d plus
// (l2/2)·||w||², where w excludes the biases (see Model). It returns NaN
// if d has no rows, its sizes are inconsistent, d.Cols != Features, or
// m's weight vector does not fit its architecture.
func (m *Model) Loss(d Data, l2 float64) float64 {
	if !m.dataFits(d) || d.Rows == 0 {
		return math.NaN()
	}
	h := make([]float64, m.Hidden)
	s := 0.0
	for i := range d.Rows {
		s += m.addRowGrad(m.Weights, d.row(i), d.Y[i], nil, h)
	}
	return s/float64(d.Rows) + m.penalty(m.Weights, l2, nil)
}

// Gradient returns the gradient of Loss(d, l2) with respect to Weights,
// in the same layout. It returns nil where Loss returns NaN.
func (m *Model) Gradient(d Data, l2 float64) []float64 {
	if !m.dataFits(d) || d.Rows == 0 {
		return nil
	}
	g := make([]float64, len(m.Weights))
	h := make([]float64, m.Hidden)
	for i := range d.Rows {
		m.addRowGrad(m.Weights, d.row(i), d.Y[i], g, h)
	}
	inv := 1 / float64(d.Rows)
	for i := range g {
		g[i] *= inv
	}
	m.penalty(m.Weights, l2, g)
	return g
}

// clone returns a deep copy of m.
func (m *Model) clone() *Model {
	c := *m
	c.Weights = append([]float64(nil), m.Weights...)
	return &c
}

// sigmoid returns 1/(1+e^−z) without overflow for large |z|.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// softplus returns log(1+e^z) without overflow for large |z|.
func softplus(z float64) float64 {
	return math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z)))
}

// bce returns the cross-entropy of label y under logit z,
// −y·log σ(z) − (1−y)·log(1−σ(z)), accurate for large |z|.
func bce(z, y float64) float64 {
	switch y {
	case 1:
		return softplus(-z)
	case 0:
		return softplus(z)
	}
	return y*softplus(-z) + (1-y)*softplus(z)
}

// RowGradients calls each with the gradient of the cross-entropy of every
// row of d in turn, without the penalty, in the layout of Weights; g is
// reused between calls. It fails where Loss returns NaN.
func (m *Model) RowGradients(d Data, each func(row int, g []float64)) error {
	if !m.dataFits(d) {
		return fmt.Errorf("model: %d features and %d weights for data of %d columns", m.Features, len(m.Weights), d.Cols)
	}
	if n, ok := d.cells(); !ok || len(d.X) != n {
		return errors.New("model: data sizes are inconsistent")
	}
	g := make([]float64, len(m.Weights))
	h := make([]float64, m.Hidden)
	for i := range d.Rows {
		clear(g)
		m.addRowGrad(m.Weights, d.row(i), d.Y[i], g, h)
		each(i, g)
	}
	return nil
}

// AddPenalty adds the gradient of the L2 penalty (l2/2)·||w||², l2·w over
// the penalized weights, to grad.
func (m *Model) AddPenalty(l2 float64, grad []float64) {
	m.penalty(m.Weights, l2, grad)
}
