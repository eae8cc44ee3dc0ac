package workflows

import (
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// FederatedRound runs one attempt of one round of a statistics task: select
// nodes, run the local map on each node's own queue, run secure aggregation
// among them, and publish the result. It fails with an application error
// whose type says what went wrong (ErrTypeBadInput, ErrTypeTooFewNodes,
// ErrTypeAggregation, ErrTypeNodeUnavailable) and whose message names the
// node and the cause.
func FederatedRound(ctx workflow.Context, in RoundInput) (StatsResult, error) {
	lg := workflow.GetLogger(ctx)
	prog := Progress{TaskID: in.TaskID, Phase: PhaseStarting, Round: in.Round, Attempt: in.Attempt, Exclude: in.Exclude}
	if err := workflow.SetQueryHandler(ctx, ProgressQuery, func() (Progress, error) { return prog, nil }); err != nil {
		return StatsResult{}, err
	}
	setPhase := func(phase string) {
		prog.Phase = phase
		_ = workflow.UpsertTypedSearchAttributes(ctx, PhaseKey.ValueSet(phase))
		if parent := workflow.GetInfo(ctx).ParentWorkflowExecution; parent != nil {
			u := PhaseUpdate{Round: in.Round, Attempt: in.Attempt, Phase: phase, Nodes: prog.Nodes}
			_ = workflow.SignalExternalWorkflow(ctx, parent.ID, "", RoundPhaseSignal, u).Get(ctx, nil)
		}
		lg.Info("round phase", "task_id", in.TaskID, "round", in.Round, "attempt", in.Attempt, "phase", phase)
	}
	fail := roundFailer(ctx, in.TaskID, in.Round, in.Attempt)

	setPhase(PhaseSelect)
	var sel SelectOutput
	err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, SelectNodesOptions), SelectNodesName,
		SelectInput{TaskID: in.TaskID, Round: in.Round, Spec: in.Spec, Exclude: in.Exclude}).Get(ctx, &sel)
	if err != nil {
		return StatsResult{}, fail("select nodes", err)
	}
	ids := make([]string, len(sel.Nodes))
	for i, n := range sel.Nodes {
		ids[i] = n.ID
	}
	prog.Nodes = ids
	accounts := make([]string, len(sel.Nodes))
	for i, n := range sel.Nodes {
		accounts[i] = n.Account
	}
	_ = workflow.UpsertTypedSearchAttributes(ctx, NodesKey.ValueSet(ids))

	setPhase(PhaseMap)
	maps := make([]workflow.Future, len(sel.Nodes))
	for i, n := range sel.Nodes {
		opts := LocalMapOptions
		opts.TaskQueue = n.Queue
		maps[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, opts), LocalMapName,
			MapInput{TaskID: in.TaskID, Round: in.Round, Spec: in.Spec})
	}
	vecLen := -1
	var counts []int
	for i, f := range maps {
		var out MapOutput
		if err := f.Get(ctx, &out); err != nil {
			return StatsResult{}, fail("local map on node "+ids[i], err)
		}
		if vecLen >= 0 && (out.VectorLen != vecLen || !slices.Equal(out.Counts, counts)) {
			return StatsResult{}, temporal.NewApplicationErrorWithOptions(
				fmt.Sprintf("round %d attempt %d: node %s computed %d values, others %d", in.Round, in.Attempt, ids[i], out.VectorLen, vecLen),
				ErrTypeBadInput, temporal.ApplicationErrorOptions{NonRetryable: true})
		}
		vecLen, counts = out.VectorLen, out.Counts
	}
	var bounds []Bound
	if in.Spec.MaxRowsPerNode > 0 {
		bounds = []Bound{{Indexes: counts, Min: 0, Max: in.Spec.MaxRowsPerNode}}
	}

	setPhase(PhaseAggregate)
	sum, err := aggregate(ctx, AggregateInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt,
		Protocol: in.Spec.Protocol, VectorLen: vecLen, Bounds: bounds}, sel.Nodes, fail)
	if err != nil {
		return StatsResult{}, err
	}

	setPhase(PhasePublish)
	var res StatsResult
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, PublishStatsOptions), PublishStatsName,
		PublishInput{TaskID: in.TaskID, Round: in.Round, Spec: in.Spec, Nodes: ids, Sum: sum}).Get(ctx, &res)
	if err != nil {
		return StatsResult{}, fail("publish result", err)
	}
	res.Accounts = accounts
	setPhase(PhaseDone)
	lg.Info("round done", "task_id", in.TaskID, "round", in.Round, "nodes", strings.Join(ids, ","), "artifact", res.Artifact)
	return res, nil
}

// integrityFailure reports whether err is a failed MAC or bound check.
func integrityFailure(err error) bool {
	t := classify(err).Type
	return t == ErrTypeMACCheck || t == ErrTypeBoundViolated
}
