// Package compute implements the LocalMap activity: on a node, beside its
// data, it reads the node's own file and computes the node's contribution
// to a statistics task. The contribution stays on the node (see Store);
// what the activity returns is its length, the row count and a salted
// commitment.
package compute

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"

	"github.com/rs/zerolog"
	"go.temporal.io/sdk/activity"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workflows"
)

// Activities holds what LocalMap needs on one node.
type Activities struct {
	NodeID string
	// Source is where the node's rows are read from, on this machine only.
	Source source.Source
	Schema dataset.Schema
	// View is the part of the rows the node computes on; the zero View
	// is all of them.
	View  View
	Store *Store
	// Policy is the node's policy (nil: policy.Default): its disclosure
	// rules go with every contribution, and AdmitTask answers by it.
	Policy *policy.Watcher
	// Ledger counts the tasks the node admitted; nil admits without a
	// daily bound.
	Ledger *policy.Ledger
	// Privacy is the node's privacy accountant: AdmitTask admits a
	// differentially private task only if it fits the budget (the release
	// charges it, in SecureAggregate); nil refuses them.
	Privacy *policy.Accountant
}

// LocalMap reads the data file and saves the contribution for the task's
// round. A malformed file, a schema other than the node's or an unknown
// column fail as bad input naming file, line and column. Retrying is safe:
// it recomputes from the file and overwrites the saved contribution.
func (a *Activities) LocalMap(ctx context.Context, in workflows.MapInput) (workflows.MapOutput, error) {
	lg := zerolog.Ctx(ctx).With().Str("task_id", in.TaskID).Int("round", in.Round).Str("node", a.NodeID).Str("phase", workflows.PhaseMap).Logger()
	spec := in.Spec.WithDefaults()
	if !a.Schema.Matches(spec.Schema) {
		return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s holds schema %s, the task asks for %s", a.NodeID, a.Schema.Ref(), spec.Schema))
	}
	layout, err := stats.NewLayout(a.Schema, spec.Columns)
	if err != nil {
		return workflows.MapOutput{}, activities.BadInput(err)
	}
	names := layout.Names()
	if err := a.admitted(in.TaskID, in.Round, names, spec.DP); err != nil {
		return workflows.MapOutput{}, activities.BadInput(err)
	}
	if spec.DP != nil && (spec.Circuit != "" || spec.MaxRowsPerNode > 0 || spec.Protocol != workflows.ProtocolMascot) {
		// Each would open something exact: a proven round the aggregate, a
		// bound whether a count passes it, the additive protocol all.
		return workflows.MapOutput{}, activities.BadInput(fmt.Errorf("node %s: a differentially private task with a circuit, max_rows_per_node or protocol %s", a.NodeID, spec.Protocol))
	}
	activity.RecordHeartbeat(ctx, "reading")
	tab, err := a.View.Load(ctx, a.Source, a.Schema)
	if err != nil {
		// A missing, unreadable or malformed file is for the hospital to
		// fix; a database that is down is retried.
		lg.Warn().Err(err).Str("source", a.Source.String()).Msg("data did not load")
		return workflows.MapOutput{}, DataError(a.NodeID, err)
	}
	v := stats.LocalMap(tab, layout)
	if spec.Circuit != "" {
		if v, err = a.provable(ctx, in, spec, tab); err != nil {
			return workflows.MapOutput{}, err
		}
	}
	commitment, err := a.Store.Save(in.TaskID, in.Round, workflows.SlotStats, v)
	if err != nil {
		return workflows.MapOutput{}, err
	}
	if err := a.Store.SaveTerms(in.TaskID, in.Round, Terms{Columns: names, DP: spec.DP, MaxRowsPerNode: spec.MaxRowsPerNode}); err != nil {
		return workflows.MapOutput{}, activities.BadInput(err)
	}
	lg.Info().Int("rows", len(tab.Rows)).Int("values", len(v)).Str("commitment", commitment[:16]).Msg("local map done")
	p, _ := a.Policy.Current() // AdmitTask logged a file that does not load
	out := workflows.MapOutput{Node: a.NodeID, VectorLen: len(v), Counts: layout.Counts(), Commitment: commitment,
		Disclosure: new(workflows.Disclosure(p.Disclosure))}
	if spec.DP == nil {
		// Exact, for the history: a DP task says neither.
		out.Rows = len(tab.Rows)
		out.Holds = make([]bool, len(layout.Columns))
		for c := range layout.Columns {
			out.Holds[c] = !v[layout.CountAt(c)].IsZero()
		}
	}
	return out, nil
}

// provable returns what a node feeds the aggregation of a proven task: its
// statistics and a fresh commitment mask (contribution.Shape.Input), the
// mask saved for ProveContribution to commit with.
func (a *Activities) provable(ctx context.Context, in workflows.MapInput, spec workflows.StatsSpec, tab *dataset.Table) (field.Vector, error) {
	v, err := setup.Resolve(ctx, spec.Circuit, dataset.CatalogOf(tab.Schema))
	if err != nil {
		return nil, activities.BadInput(err)
	}
	if !v.CoversStats(spec.Schema, spec.Columns) {
		return nil, activities.BadInput(fmt.Errorf("circuit %s does not prove the statistics of these columns of %s", v.ID, spec.Schema))
	}
	mask, err := contribution.NewMask(rand.Reader)
	if err != nil {
		return nil, err
	}
	input, err := v.Shape.Input(tab, mask)
	if err != nil {
		return nil, activities.BadInput(fmt.Errorf("node %s: %w", a.NodeID, err))
	}
	if _, err := a.Store.Save(in.TaskID, in.Round, workflows.SlotMask, input[len(input)-workflows.MaskElements:]); err != nil {
		return nil, err
	}
	return input, nil
}

// admitted checks that the node admitted the task (AdmitTask) for these
// columns and this differential privacy: a coordinator that skips the
// admission, or asks the local map for other terms than it admitted,
// gets no contribution. A training task gets statistics only for its
// preparation round (round 0), and a DP training task, which has none,
// never.
func (a *Activities) admitted(taskID string, round int, columns []string, d *workflows.DP) error {
	rec, err := a.Store.LoadAdmission(taskID)
	if errors.Is(err, ErrNoContribution) {
		return fmt.Errorf("node %s has not admitted task %s: it computes nothing for it", a.NodeID, taskID)
	}
	if err != nil {
		return err
	}
	if rec.Type == workflows.TaskTypeTrainingPolicy && (round != 0 || rec.DP != nil) {
		return fmt.Errorf("node %s admitted task %s as training: it computes statistics for its preparation round only, and for a differentially private one none", a.NodeID, taskID)
	}
	if !slices.Equal(rec.Columns, columns) {
		return fmt.Errorf("node %s admitted task %s for columns %v, not %v", a.NodeID, taskID, rec.Columns, columns)
	}
	if !rec.DP.Same(d) {
		return fmt.Errorf("node %s admitted task %s with differential privacy %v, not %v", a.NodeID, taskID, rec.DP, d)
	}
	return nil
}
