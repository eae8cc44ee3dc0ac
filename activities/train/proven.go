package train

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"

	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/fixedpoint"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// A proven hlr round (TrainSpec.Circuit set) aggregates, per node, the
// negated Hessian at Scale (not proven), then the circuit's fixed-point
// gradient and labeled row count with the commitment mask (hlr.Input):
// the last MaskElements elements of the aggregate are the masks' sum.

// ProvenGradientTol is the most a proven hlr task's proven gradient may
// be, per labeled row, on any coefficient (with the ridge penalty) when
// its Newton step is below the tolerance: an honest aggregate is that
// close to stationary there (the fixed-point gradient is within about
// 10⁻³ per row of the exact one, and the step bounds the rest), whereas
// an inflated Hessian shrinks the step while the gradient stays large.
const ProvenGradientTol = 1e-2

// checkProvenStep checks a proven hlr round's Newton step against its
// proven gradient g (in the model's layout, summed over rows labeled
// rows) at coefficients beta. The Hessian the step divides by is not
// proven: a node that inflates its share makes every step tiny, which
// would stop training as converged while the proven gradient says the
// model is far from the optimum. So a step below tol (the task's stopping
// tolerance) is accepted only if every penalized gradient entry, per row,
// is within ProvenGradientTol; otherwise it fails, non-retryable, as
// workflows.ErrTypeHessianRejected: the task waits for an operator, who
// can exclude the suspect node with retry-round --exclude.
func checkProvenStep(round int, names []string, beta, g []float64, l2, rows, step, tol float64) error {
	if step >= tol || rows < 1 {
		return nil
	}
	worst, at := 0.0, 0
	for j := range g {
		v := g[j]
		if j > 0 {
			v -= l2 * beta[j]
		}
		if v = math.Abs(v) / rows; v > worst {
			worst, at = v, j
		}
	}
	if worst <= ProvenGradientTol {
		return nil
	}
	name := "(intercept)"
	if at > 0 && at <= len(names) {
		name = names[at-1]
	}
	msg := fmt.Sprintf("round %d: the Newton step moves no coefficient more than %.3g, below the tolerance %.3g, yet the proven gradient is %.3g per row on %s (at most %.3g at convergence): "+
		"the aggregated Hessian, which is not proven, does not fit the proven gradient; some node's Hessian is too large. Training does not stop as converged: exclude the node (retry-round --exclude) or cancel the task",
		round, step, tol, worst, name, ProvenGradientTol)
	return temporal.NewNonRetryableApplicationError(msg, workflows.ErrTypeHessianRejected, nil)
}

// Training returns the training circuit version of a proven task's spec:
// a named version, or one derived from the task's schema, which schemas
// resolves. A circuit that does not prove the task's training (Covers)
// is bad input.
func Training(ctx context.Context, spec workflows.TrainSpec, schemas dataset.Catalog) (setup.Version, error) {
	v, err := setup.Resolve(ctx, spec.Circuit, schemas)
	if setup.BadID(err) {
		return v, activities.BadInput(err)
	}
	if err != nil {
		return v, err
	}
	if !v.Training() {
		return v, activities.BadInput(fmt.Errorf("circuit %s does not prove training", v.ID))
	}
	if !v.HLR.Schema.Matches(spec.Schema) {
		return v, activities.BadInput(fmt.Errorf("circuit %s proves training on %s, not %s", v.ID, v.HLR.Schema.Ref(), spec.Schema))
	}
	if err := Covers(v, spec, v.HLR.Schema); err != nil {
		return v, activities.BadInput(err)
	}
	return v, nil
}

// HoldoutKey is the key under which a proven training task draws its
// held-out rows (dataset.HoldoutRows): SHA-256 of a domain tag, the task
// ID and the hex SHA-256 of the task's encoding. The encoding comes from
// the aggregate of the prep round's statistics, so no node knows the key
// before its table is in that aggregate: a node cannot order its file to
// choose which rows stay out of the proven gradient. Coordinator and
// nodes derive it from the round's inputs; anyone holding the task's
// artifacts can recompute it.
func HoldoutKey(taskID, encodingSHA256 string) [32]byte {
	return sha256.Sum256([]byte("twopm proven holdout\x00" + taskID + "\x00" + encodingSHA256))
}

// RoundParams returns the Params the nodes of a proven training round
// of task taskID compute their gradient at: the coefficients of the
// round's global model model in the layout of v's circuit, the
// standardization of its encoding and the rows held out (about one in
// every, under HoldoutKey(taskID, encoding.SHA256)). It also returns, per
// model coefficient, its gradient entry. Models and encodings that do not
// fit v are bad input.
func RoundParams(ctx context.Context, o store.Objects, v setup.Version, taskID string, model, encoding workflows.ArtifactRef, every int) (hlr.Params, []int, error) {
	var art ModelArtifact
	if err := o.GetJSON(ctx, model, &art); err != nil {
		return hlr.Params{}, nil, err
	}
	var enc dataset.Encoding
	if err := o.GetJSON(ctx, encoding, &enc); err != nil {
		return hlr.Params{}, nil, err
	}
	return roundParams(v, art, enc, HoldoutKey(taskID, encoding.SHA256), every)
}

func roundParams(v setup.Version, art ModelArtifact, enc dataset.Encoding, holdout [32]byte, every int) (hlr.Params, []int, error) {
	if !v.Training() {
		return hlr.Params{}, nil, activities.BadInput(fmt.Errorf("circuit %s does not prove training", v.ID))
	}
	names, err := v.HLR.Names()
	if err != nil {
		return hlr.Params{}, nil, activities.BadInput(err)
	}
	if len(art.Model.Weights) != len(art.Features)+1 {
		return hlr.Params{}, nil, activities.BadInput(fmt.Errorf("model of %d coefficients for %d features", len(art.Model.Weights), len(art.Features)))
	}
	index := make([]int, len(art.Model.Weights))
	beta := make([]float64, len(names)+1)
	beta[0] = art.Model.Weights[0]
	for j, f := range art.Features {
		k := slices.Index(names, f)
		if k < 0 {
			return hlr.Params{}, nil, activities.BadInput(fmt.Errorf("circuit %s has no feature %q", v.ID, f))
		}
		index[j+1] = k + 1
		beta[k+1] = art.Model.Weights[j+1]
	}
	p, err := v.HLR.NewParams(beta, circuitStats(v.HLR.Schema, enc.Stats))
	if err != nil {
		return hlr.Params{}, nil, activities.BadInput(fmt.Errorf("round parameters: %w", err))
	}
	if p.Holdout, err = dataset.HoldoutRows(holdout, v.HLR.Slots(), every); err != nil {
		return hlr.Params{}, nil, activities.BadInput(fmt.Errorf("round parameters: %w", err))
	}
	return p, index, nil
}

// circuitStats returns the statistics a circuit's Params encode its
// feature columns with: the task's, and for a column of the circuit the
// task does not use (its coefficient is 0, so it moves no prediction)
// values from the schema alone: the middle of its range and half its
// width for a numeric column (so its gradient entries stay as small as a
// standardized column's), the first level for a categorical one.
func circuitStats(s dataset.Schema, task map[string]dataset.ColumnStats) map[string]dataset.ColumnStats {
	out := maps.Clone(task)
	if out == nil {
		out = map[string]dataset.ColumnStats{}
	}
	for _, c := range s.Columns {
		if _, ok := out[c.Name]; ok {
			continue
		}
		st := dataset.ColumnStats{Std: 1}
		switch {
		case len(c.Levels) > 0:
			st.Mode = c.Levels[0]
		case c.Range != nil:
			st.Mean = float64(c.Range.Min+c.Range.Max) / 2 / fixed.Scale
			if w := float64(c.Range.Max-c.Range.Min) / 2 / fixed.Scale; w > 0 {
				st.Std = w
			}
		}
		out[c.Name] = st
	}
	return out
}

// provenUpdate returns what a node feeds a proven round's aggregation: its
// negated Hessian at Scale, then hlr.Input of its proven gradient over its
// whole table tab under a fresh mask, which it saves for
// ProveContribution.
func (n *Node) provenUpdate(ctx context.Context, in workflows.LocalTrainInput, art ModelArtifact, tab *dataset.Table, negHess []float64) (field.Vector, error) {
	spec := in.Spec.WithDefaults()
	v, err := Training(ctx, spec, dataset.CatalogOf(tab.Schema))
	if err != nil {
		return nil, err
	}
	var enc dataset.Encoding
	if err := n.Objects.GetJSON(ctx, in.Encoding, &enc); err != nil {
		return nil, err
	}
	p, _, err := roundParams(v, art, enc, HoldoutKey(in.TaskID, in.Encoding.SHA256), spec.HoldoutEvery())
	if err != nil {
		return nil, err
	}
	g, rows, err := v.HLR.Gradient(tab, p)
	if err != nil {
		return nil, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
	}
	mask, err := contribution.NewMask(rand.Reader)
	if err != nil {
		return nil, err
	}
	proven, err := hlr.Input(g, rows, mask)
	if err != nil {
		return nil, err
	}
	h, err := encode(negHess)
	if err != nil {
		return nil, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
	}
	if _, err := n.Store.Save(in.TaskID, in.Round, workflows.SlotMask, proven[len(proven)-workflows.MaskElements:]); err != nil {
		return nil, err
	}
	return append(h, proven...), nil
}

// provenSum splits the aggregate of a proven round (masks stripped) into
// the gradient in the model's layout, the negated Hessian and the row
// count, for a model of p coefficients and a circuit of width gradient
// entries, index mapping the first to the second.
func provenSum(sum []string, p, width int, index []int) (g, negHess []float64, rows float64, err error) {
	if len(sum) != p*p+width+1 {
		return nil, nil, 0, fmt.Errorf("%d values, want %d", len(sum), p*p+width+1)
	}
	negHess, err = decode(sum[:p*p])
	if err != nil {
		return nil, nil, 0, err
	}
	ints, err := field.ParseVector(sum[p*p:])
	if err != nil {
		return nil, nil, 0, err
	}
	g = make([]float64, p)
	for j, k := range index {
		f, _ := new(big.Float).SetInt(ints[k].Signed()).Float64()
		g[j] = f / fixedpoint.One
	}
	r, _ := new(big.Float).SetInt(ints[len(ints)-1].Signed()).Float64()
	return g, negHess, r, nil
}
