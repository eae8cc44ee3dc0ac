package train

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"
	"go.temporal.io/sdk/activity"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/workflows"
)

// Node holds what the node-side training activities need.
type Node struct {
	NodeID  string
	Source  source.Source
	Schema  dataset.Schema
	View    compute.View
	Store   *compute.Store
	Objects store.Objects
}

// load reads the encoding, the global model and the node's rows, and
// returns the model and the node's training rows, or with val its
// validation rows, encoded, and the whole table.
func (n *Node) load(ctx context.Context, in workflows.LocalTrainInput, val bool) (model.Data, ModelArtifact, *dataset.Table, error) {
	spec := in.Spec.WithDefaults()
	if !n.Schema.Matches(spec.Schema) {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("node %s holds schema %s, the task asks for %s", n.NodeID, n.Schema.Ref(), spec.Schema))
	}
	// Only a task the node's policy admitted as training.
	if rec, err := n.Store.LoadAdmission(in.TaskID); err != nil || rec.Type != workflows.TaskTypeTrainingPolicy {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("node %s has not admitted task %s as training: it trains nothing for it", n.NodeID, in.TaskID))
	}
	var enc dataset.Encoding
	if err := n.Objects.GetJSON(ctx, in.Encoding, &enc); err != nil {
		return model.Data{}, ModelArtifact{}, nil, err
	}
	if spec.DP != nil {
		if err := checkDPEncoding(spec, n.Schema, enc); err != nil {
			return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("node %s: encoding %s: %w", n.NodeID, in.Encoding.Key, err))
		}
	}
	var art ModelArtifact
	if err := n.Objects.GetJSON(ctx, in.Model, &art); err != nil {
		return model.Data{}, ModelArtifact{}, nil, err
	}
	if err := art.Model.Validate(); err != nil {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("model %s: %w", in.Model.Key, err))
	}
	rows, err := n.View.Load(ctx, n.Source, n.Schema)
	if err != nil {
		return model.Data{}, ModelArtifact{}, nil, compute.DataError(n.NodeID, err)
	}
	tr, va, err := SplitRows(rows, spec, HoldoutKey(in.TaskID, in.Encoding.SHA256))
	if err != nil {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(err)
	}
	which, part := tr, "training"
	if val {
		which, part = va, "validation"
	}
	d, err := design(enc, which)
	if err != nil {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("node %s %s rows: %w", n.NodeID, part, err))
	}
	if d.Cols != art.Model.Features {
		return model.Data{}, ModelArtifact{}, nil, activities.BadInput(fmt.Errorf("model takes %d features, the encoding gives %d", art.Model.Features, d.Cols))
	}
	return d, art, rows, nil
}

// LocalTrain trains the global model on the node's training rows for the
// spec's local epochs and saves n·w and n (lr, mlp), or the gradient, the
// negated Hessian and n at the global coefficients (hlr), for the round's
// secure aggregation. A proven hlr task saves the negated Hessian, then
// the gradient and n as its circuit computes them with a fresh commitment
// mask (see provenUpdate). It returns only sizes and a commitment. A retry
// redoes the same deterministic work (with a new mask) and overwrites the
// saved vectors.
func (n *Node) LocalTrain(ctx context.Context, in workflows.LocalTrainInput) (workflows.MapOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", n.NodeID).Str("phase", workflows.PhaseTrain).Logger()
	start := time.Now()
	activity.RecordHeartbeat(ctx, "loading")
	d, art, tab, err := n.load(ctx, in, false)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	rows := float64(d.Rows)
	var vals []float64
	dpTerms, err := n.dpTerms(in)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	switch {
	case dpTerms != nil:
		activity.RecordHeartbeat(ctx, "training")
		if art.Model.Kind == model.HLR {
			return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: a DP task trains lr or mlp, not %s", n.NodeID, art.Model.Kind))
		}
		v, err := dpUpdate(&art.Model, d, dpTerms.ClipNorm)
		if err != nil {
			return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
		}
		// The terms first: the update is released only with noise at
		// them (aggregate.keepsTraining).
		if err := n.Store.SaveTerms(in.TaskID, in.Round, *dpTerms); err != nil {
			return workflows.MapOutput{}, activities.BadInput(err)
		}
		return n.saveVector(in, workflows.SlotTrain, v, lg, start)
	case art.Model.Kind == model.HLR && in.Spec.Circuit != "":
		_, h := model.NewtonTerms(art.Model.Weights, d)
		v, err := n.provenUpdate(ctx, in, art, tab, h)
		if err != nil {
			return workflows.MapOutput{}, err
		}
		return n.saveVector(in, workflows.SlotTrain, v, lg, start)
	case art.Model.Kind == model.HLR:
		g, h := model.NewtonTerms(art.Model.Weights, d)
		vals = append(append(g, h...), rows)
	case d.Rows == 0:
		// No rows to train on: the node adds nothing to the sums.
		vals = make([]float64, art.Model.NumParams()+1)
	default:
		activity.RecordHeartbeat(ctx, "training")
		if clip := in.Spec.ClipNorm; clip > 0 {
			vals, err = clippedUpdate(&art.Model, d, params(in.Spec.Params), in.Round, clip)
		} else {
			vals, err = fedAvgUpdate(&art.Model, d, params(in.Spec.Params), in.Round)
		}
		if err != nil {
			return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
		}
	}
	return n.save(in, workflows.SlotTrain, vals, lg, start)
}

// dpTerms returns the terms of a DP task's round as the node admitted
// the task (nil for a task admitted without DP): the spec must ask for
// the same privacy per release, and a task admitted as DP is trained only
// so.
func (n *Node) dpTerms(in workflows.LocalTrainInput) (*compute.Terms, error) {
	rec, err := n.Store.LoadAdmission(in.TaskID)
	if err != nil {
		return nil, err
	}
	spec := in.Spec.WithDefaults()
	want := spec.ReleaseDP()
	switch {
	case rec.DP == nil && want == nil:
		return nil, nil
	case !rec.DP.Same(want):
		return nil, activities.BadInput(fmt.Errorf("node %s admitted task %s with DP %+v, the round asks for %+v: it trains nothing on other terms", n.NodeID, in.TaskID, rec.DP, want))
	}
	return &compute.Terms{Columns: rec.Columns, DP: rec.DP, ClipNorm: spec.ClipNorm}, nil
}

// LocalEvaluate scores the model on the node's validation rows and saves
// the summed log loss, the number of correct predictions and the row
// count for the round's second secure aggregation. A DP task is scored
// on no rows: the scores would be released exact.
func (n *Node) LocalEvaluate(ctx context.Context, in workflows.LocalTrainInput) (workflows.MapOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", n.NodeID).Str("phase", workflows.PhaseEvaluate).Logger()
	start := time.Now()
	d, art, _, err := n.load(ctx, in, true)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	if rec, err := n.Store.LoadAdmission(in.TaskID); err != nil || rec.DP != nil {
		return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s admitted task %s as differentially private: it releases no exact validation scores", n.NodeID, in.TaskID))
	}
	p := art.Model.PredictAll(d)
	rows := float64(d.Rows)
	vals := []float64{0, 0, rows}
	if d.Rows > 0 {
		vals[0] = model.LogLoss(p, d.Y) * rows
		vals[1] = model.Accuracy(p, d.Y) * rows
	}
	return n.save(in, workflows.SlotEval, vals, lg, start)
}

func (n *Node) save(in workflows.LocalTrainInput, slot string, vals []float64, lg zerolog.Logger, start time.Time) (workflows.MapOutput, error) {
	v, err := encode(vals)
	if err != nil {
		return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
	}
	return n.saveVector(in, slot, v, lg, start)
}

func (n *Node) saveVector(in workflows.LocalTrainInput, slot string, v field.Vector, lg zerolog.Logger, start time.Time) (workflows.MapOutput, error) {
	commitment, err := n.Store.Save(in.TaskID, in.Round, slot, v)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	lg.Info().Int("values", len(v)).Dur("took", time.Since(start)).Str("commitment", commitment[:16]).Msg("local " + slot + " done")
	return workflows.MapOutput{Node: n.NodeID, VectorLen: len(v), Commitment: commitment}, nil
}
