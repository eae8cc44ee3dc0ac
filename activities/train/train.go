// Package train implements the activities of a federated training task. On
// each node, LocalTrain trains the global model on the node's own rows (or,
// for hlr, computes the gradient and Hessian of the log-likelihood) and
// saves the sample-weighted result for secure aggregation; LocalEvaluate
// scores a model on the node's validation rows the same way. On the
// coordinator, InitTraining turns the federated statistics into a feature
// encoding and the initial model, UpdateModel makes the next global model
// from the aggregate, ScoreRound turns aggregated scores into metrics and
// FinishTraining writes the task's report. Models and encodings live in the
// artifact store under their SHA-256; only references go through the
// workflows.
//
// # Label, features, missing values, ridge
//
// A task names its label column (and positive levels) and its feature
// columns, or takes the schema's label and every other column (Resolve);
// the encoding covers exactly those features. With missing: omit the
// nodes fit on, and validate with, the rows that have the label and every
// feature (complete-case analysis, as R's glm); with impute (the default)
// a missing feature is imputed from the prep round's statistics, with an
// indicator. hlr's ridge (TrainSpec.Ridge) of 0 is the plain maximum-
// likelihood fit: FinishTraining then reports the coefficients on the
// original scale of the features, named after their columns and levels,
// with standard errors, z and p-values (Summarize), which on pooled rows
// where the estimate exists match R's glm to 1e-6 relative
// (TestHLRMatchesGLM measures about 2e-8, the p-values of |z| ≈ 10; the
// estimates, standard errors and z agree to 1e-9). Where it does not
// exist, UpdateModel fails the task as bad input saying why: collinear
// features in round 1, or separated classes (model.InformationRatio).
//
// # Proven hlr
//
// In a proven hlr task (TrainSpec.Circuit) each node's gradient is proven
// (circuits/hlr) and its validation rows are drawn by a keyed hash of
// their positions under HoldoutKey, which no node knows before its table
// is in the prep round's aggregate. The Hessian is not proven: a node can
// skew the Newton steps by scaling its share. UpdateModel catches the
// stall an inflated Hessian causes — a step below the tolerance while the
// proven gradient is more than ProvenGradientTol per row fails the round
// as HessianInconsistent instead of ending training as converged — but
// not a Hessian skewed within what an honest one could be.
package train

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// Scale is the fixed-point scale of the vectors nodes aggregate: a value x
// travels as the integer round(x·Scale), so sums are exact to 10^-9 per
// node and term.
const Scale = 1e9

// maxFixed bounds |x·Scale| so that it fits an int64.
const maxFixed = 9e18

// Object key prefixes.
const (
	ModelPrefix    = "models/"
	EncodingPrefix = "encodings/"
	ReportPrefix   = "training/"
)

// ModelArtifact is the stored form of a global model: the model, what it
// takes as input and where it comes from.
type ModelArtifact struct {
	TaskID string `json:"task_id"`
	Round  int    `json:"round"`
	// Parent is the SHA-256 of the model this one was made from; empty for
	// the initial model.
	Parent string `json:"parent,omitempty"`
	// Schema is the schema of the rows it reads, as the task named it: a
	// built-in name or NAME@HASH (dataset.Catalog.Resolve).
	Schema   string                `json:"schema"`
	Model    model.Model           `json:"model"`
	Features []string              `json:"features"` // design-matrix column names
	Encoding workflows.ArtifactRef `json:"encoding"`
	// Rows is the number of training rows over all nodes that made it.
	Rows int64 `json:"rows,omitempty"`
	// NegHessian is, for hlr, the aggregated negated Hessian at the
	// parent's coefficients, which the coefficient report needs.
	NegHessian []float64 `json:"neg_hessian,omitempty"`
	// NegHessian0 is, for hlr, the aggregated negated Hessian at β = 0
	// (¼·X̃ᵀX̃ over the pooled training rows), from the first round on:
	// the reference of the separation check (model.InformationRatio).
	NegHessian0 []float64 `json:"neg_hessian_0,omitempty"`
}

// errTooLarge is wrapped when a value does not fit the fixed-point form.
var errTooLarge = errors.New("train: value too large for the fixed-point encoding")

// encode turns values into field elements at Scale.
func encode(xs []float64) (field.Vector, error) {
	v := make(field.Vector, len(xs))
	for i, x := range xs {
		q := math.Round(x * Scale)
		if math.IsNaN(q) || math.Abs(q) > maxFixed {
			return nil, fmt.Errorf("%w: element %d", errTooLarge, i)
		}
		v[i] = field.FromInt64(int64(q))
	}
	return v, nil
}

// decode parses an aggregate of signed decimal integers at Scale.
func decode(sum []string) ([]float64, error) {
	v, err := parseSum(sum)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(v))
	for i, b := range v {
		f, _ := new(big.Float).SetInt(b).Float64()
		out[i] = f / Scale
	}
	return out, nil
}

// parseSum parses an aggregate of signed decimal integers.
func parseSum(sum []string) ([]*big.Int, error) {
	out := make([]*big.Int, len(sum))
	for i, s := range sum {
		b, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("train: aggregate element %d is not an integer", i)
		}
		out[i] = b
	}
	return out, nil
}

// fedAvgUpdate is a node's FedAvg contribution to a round: the global
// model trained on the node's rows d for the round's local epochs, sent as
// n·w for every weight w and then n, the row count, so that the aggregate
// of all nodes' vectors is Σ n_i·w_i and Σ n_i.
func fedAvgUpdate(global *model.Model, d model.Data, p model.Params, round int) ([]float64, error) {
	m, err := global.Train(d, p, round)
	if err != nil {
		return nil, err
	}
	rows := float64(d.Rows)
	vals := make([]float64, 0, len(m.Weights)+1)
	for _, w := range m.Weights {
		vals = append(vals, w*rows)
	}
	return append(vals, rows), nil
}

// clippedUpdate is a node's FedAvg contribution under a norm bound: the
// global model trained on the node's rows, sent as the update
// Δ = w_local − w_global scaled down to L2 norm at most clip if longer,
// then n, the row count, as n/Scale so that its fixed-point encoding is
// the integer n. The secure aggregation proves the bounds (ClipBounds, and
// n at most workflows.MaxRowsBound) and opens Σ n·Δ, at Scale, and Σ n,
// which decodes as Σ n / Scale (clippedWeights).
func clippedUpdate(global *model.Model, d model.Data, p model.Params, round int, clip float64) ([]float64, error) {
	m, err := global.Train(d, p, round)
	if err != nil {
		return nil, err
	}
	delta := make([]float64, len(m.Weights))
	var sq float64
	for i, w := range m.Weights {
		delta[i] = w - global.Weights[i]
		sq += delta[i] * delta[i]
	}
	if norm := math.Sqrt(sq); norm > clip {
		f := clip / norm * (1 - 1e-12) // strictly inside, whatever the rounding
		for i := range delta {
			delta[i] *= f
		}
	}
	return append(delta, float64(d.Rows)/Scale), nil
}

// ClipBounds returns what the secure aggregation proves of a clipped
// update of p entries at Scale (clippedUpdate): every entry at most maxAbs
// in magnitude and the squared norm at most normSq. Rounding each entry
// moves it by at most ½, so the norm grows by at most ½·√p units.
func ClipBounds(clip float64, p int) (maxAbs, normSq *big.Int) {
	c, _ := new(big.Float).SetFloat64(clip * Scale).Int(nil)
	return clipBounds(c, p)
}

// clipBounds returns the bounds of an update of p entries rounded from a
// vector of L2 norm at most c units: each entry at most c+1 in magnitude,
// the norm at most c+1+⌈√p/2⌉.
func clipBounds(c *big.Int, p int) (maxAbs, normSq *big.Int) {
	c = new(big.Int).Add(c, big.NewInt(1))
	slack := int64(math.Ceil(math.Sqrt(float64(p)) / 2))
	n := new(big.Int).Add(c, big.NewInt(slack))
	return c, n.Mul(n, n)
}

// clippedWeights turns the decoded aggregate of the nodes' clipped
// updates, Σ n·Δ and Σ n / Scale, into the next global weights
// w + Σ n·Δ / Σ n, and Σ n.
func clippedWeights(global []float64, sum []float64) (w []float64, rows float64, err error) {
	if len(sum) == len(global)+1 {
		sum = slices.Clone(sum)
		sum[len(global)] = math.Round(sum[len(global)] * Scale) // a count
	}
	step, rows, err := fedAvgWeights(sum, len(global))
	if err != nil {
		return nil, 0, err
	}
	for i := range step {
		step[i] += global[i]
	}
	return step, rows, nil
}

// fedAvgWeights turns the aggregate of the nodes' fedAvgUpdate vectors for
// a model of p weights into the next global weights, Σ n_i·w_i / Σ n_i, and
// the total row count. It fails if the aggregate has another length or
// counts no rows.
func fedAvgWeights(sum []float64, p int) (w []float64, rows float64, err error) {
	if len(sum) != p+1 {
		return nil, 0, fmt.Errorf("%d values, want %d", len(sum), p+1)
	}
	if rows = sum[p]; rows < 1 {
		return nil, 0, errors.New("no rows")
	}
	w = make([]float64, p)
	for i := range w {
		w[i] = sum[i] / rows
	}
	return w, rows, nil
}

// params converts a spec's hyperparameters.
func params(p workflows.TrainParams) model.Params {
	return model.Params{LearningRate: p.LearningRate, Epochs: p.Epochs, BatchSize: p.BatchSize, Hidden: p.Hidden,
		L2: p.L2, Mu: p.Mu, Seed: p.Seed}.WithDefaults()
}

// SplitRows splits a node's rows into its training and validation rows:
// the spec's seeded, stratified Validation fraction (dataset.Split with
// seed Params.Seed+1, stratified by the task's label, see Resolve) is kept
// to score each round's model. A DP task keeps none. With missing: omit, the rows missing the
// label or a feature are left out first, of both. The training demo's
// baseline splits the same way, so its pooled rows are exactly the nodes'
// training rows.
//
// A proven task (Circuit set) holds rows out as its circuit checks
// instead: row i is a validation row when dataset.HoldoutRows under
// holdout, the task's HoldoutKey, holds position i out (about one row in
// TrainSpec.HoldoutEvery). holdout is not used otherwise.
func SplitRows(rows *dataset.Table, spec workflows.TrainSpec, holdout [32]byte) (train, val *dataset.Table, err error) {
	cols, err := Resolve(spec, rows.Schema)
	if err != nil {
		return nil, nil, err
	}
	spec = spec.WithDefaults()
	if spec.Circuit == "" {
		if spec.Missing == workflows.MissingOmit {
			if rows, err = complete(rows, append(slices.Clone(cols.Features), cols.Label.Column)); err != nil {
				return nil, nil, err
			}
		}
		if spec.DP != nil {
			// A DP task scores no round, and a seeded split would move
			// many rows between the parts when one row is added: every
			// row trains, so one row changes one gradient.
			return rows, &dataset.Table{Schema: rows.Schema, File: rows.File}, nil
		}
		return dataset.Split(rows, cols.Label, spec.Validation, spec.Params.Seed+1)
	}
	held, err := dataset.HoldoutRows(holdout, len(rows.Rows), spec.HoldoutEvery())
	if err != nil {
		return nil, nil, fmt.Errorf("train: validation %v: %w", spec.Validation, err)
	}
	train = &dataset.Table{Schema: rows.Schema, File: rows.File}
	val = &dataset.Table{Schema: rows.Schema, File: rows.File}
	for i, r := range rows.Rows {
		if held[i] {
			val.Rows = append(val.Rows, r)
		} else {
			train.Rows = append(train.Rows, r)
		}
	}
	return train, val, nil
}

// NewEncoding returns the feature encoding of a task on schema s from the
// statistics of its prep round: the task's features (Resolve) with their
// statistics, and its label. With missing: omit no feature gets a
// missing-value indicator, since no row the task fits on misses a value.
func NewEncoding(spec workflows.TrainSpec, s dataset.Schema, stats map[string]dataset.ColumnStats) (dataset.Encoding, error) {
	cols, err := Resolve(spec, s)
	if err != nil {
		return dataset.Encoding{}, err
	}
	enc := dataset.Encoding{Label: cols.Label, Features: cols.Features, Stats: make(map[string]dataset.ColumnStats, len(cols.Features))}
	omit := spec.WithDefaults().Missing == workflows.MissingOmit
	for _, f := range cols.Features {
		st, ok := stats[f]
		if !ok {
			continue // Validate names it
		}
		if omit {
			st.Missing = 0
		}
		enc.Stats[f] = st
	}
	if err := enc.Validate(s); err != nil {
		return dataset.Encoding{}, fmt.Errorf("feature encoding: %w", err)
	}
	return enc, nil
}

// design encodes a table into model data. A table with no labeled rows
// (with missing: omit, none that has every feature) gives data of no rows,
// which a node contributes as zeros.
func design(enc dataset.Encoding, t *dataset.Table) (model.Data, error) {
	x, y, rows, err := enc.Encode(t)
	if err != nil {
		return model.Data{}, err
	}
	d := model.Data{X: x, Rows: rows, Cols: len(enc.Names(t.Schema)), Y: y}
	if rows == 0 {
		return d, nil
	}
	return d, d.Validate()
}
