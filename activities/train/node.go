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
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/workflows"
)

// Node holds what the node-side training activities need.
type Node struct {
	NodeID   string
	DataPath string
	Schema   dataset.Schema
	View     compute.View
	Store    *compute.Store
	Objects  store.Objects
}

// load reads the encoding, the global model and the node's rows, and
// returns the model and the node's training rows, or with val its
// validation rows, encoded.
func (n *Node) load(ctx context.Context, in workflows.LocalTrainInput, val bool) (model.Data, ModelArtifact, error) {
	spec := in.Spec.WithDefaults()
	if spec.Schema != n.Schema.ID {
		return model.Data{}, ModelArtifact{}, activities.BadInput(fmt.Errorf("node %s holds schema %s, the task asks for %s", n.NodeID, n.Schema.ID, spec.Schema))
	}
	var enc dataset.Encoding
	if err := n.Objects.GetJSON(ctx, in.Encoding, &enc); err != nil {
		return model.Data{}, ModelArtifact{}, err
	}
	var art ModelArtifact
	if err := n.Objects.GetJSON(ctx, in.Model, &art); err != nil {
		return model.Data{}, ModelArtifact{}, err
	}
	if err := art.Model.Validate(); err != nil {
		return model.Data{}, ModelArtifact{}, activities.BadInput(fmt.Errorf("model %s: %w", in.Model.Key, err))
	}
	rows, err := n.View.Load(n.DataPath, n.Schema)
	if err != nil {
		return model.Data{}, ModelArtifact{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
	}
	tr, va, err := SplitRows(rows, spec)
	if err != nil {
		return model.Data{}, ModelArtifact{}, activities.BadInput(err)
	}
	which, part := tr, "training"
	if val {
		which, part = va, "validation"
	}
	d, err := design(enc, which)
	if err != nil {
		return model.Data{}, ModelArtifact{}, activities.BadInput(fmt.Errorf("node %s %s rows: %w", n.NodeID, part, err))
	}
	if d.Cols != art.Model.Features {
		return model.Data{}, ModelArtifact{}, activities.BadInput(fmt.Errorf("model takes %d features, the encoding gives %d", art.Model.Features, d.Cols))
	}
	return d, art, nil
}

// LocalTrain trains the global model on the node's training rows for the
// spec's local epochs and saves n·w and n (lr, mlp), or the gradient, the
// negated Hessian and n at the global coefficients (hlr), for the round's
// secure aggregation. It returns only sizes and a commitment. A retry
// redoes the same deterministic work and overwrites the saved vector.
func (n *Node) LocalTrain(ctx context.Context, in workflows.LocalTrainInput) (workflows.MapOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", n.NodeID).Str("phase", workflows.PhaseTrain).Logger()
	start := time.Now()
	activity.RecordHeartbeat(ctx, "loading")
	d, art, err := n.load(ctx, in, false)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	rows := float64(d.Rows)
	var vals []float64
	switch art.Model.Kind {
	case model.HLR:
		g, h := model.NewtonTerms(art.Model.Weights, d)
		vals = append(append(g, h...), rows)
	default:
		activity.RecordHeartbeat(ctx, "training")
		m, err := art.Model.Train(d, params(in.Spec.Params), in.Round)
		if err != nil {
			return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
		}
		for _, w := range m.Weights {
			vals = append(vals, w*rows)
		}
		vals = append(vals, rows)
	}
	return n.save(ctx, in, workflows.SlotTrain, vals, lg, start)
}

// LocalEvaluate scores the model on the node's validation rows and saves
// the summed log loss, the number of correct predictions and the row
// count for the round's second secure aggregation.
func (n *Node) LocalEvaluate(ctx context.Context, in workflows.LocalTrainInput) (workflows.MapOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", n.NodeID).Str("phase", workflows.PhaseEvaluate).Logger()
	start := time.Now()
	d, art, err := n.load(ctx, in, true)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	p := art.Model.PredictAll(d)
	rows := float64(d.Rows)
	vals := []float64{0, 0, rows}
	if d.Rows > 0 {
		vals[0] = model.LogLoss(p, d.Y) * rows
		vals[1] = model.Accuracy(p, d.Y) * rows
	}
	return n.save(ctx, in, workflows.SlotEval, vals, lg, start)
}

func (n *Node) save(ctx context.Context, in workflows.LocalTrainInput, slot string, vals []float64, lg zerolog.Logger, start time.Time) (workflows.MapOutput, error) {
	v, err := encode(vals)
	if err != nil {
		return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: %w", n.NodeID, err))
	}
	commitment, err := n.Store.Save(in.TaskID, in.Round, slot, v)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	lg.Info().Int("values", len(v)).Dur("took", time.Since(start)).Str("commitment", commitment[:16]).Msg("local " + slot + " done")
	return workflows.MapOutput{Node: n.NodeID, VectorLen: len(v), Commitment: commitment}, nil
}
