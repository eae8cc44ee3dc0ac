package workflows

import (
	"slices"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// FederatedStatistics computes summary statistics over the data of several
// nodes, revealing only their aggregate. It runs its round as a child
// workflow (ID task-<id>-round-1); a round that fails for a retryable reason
// is tried again up to MaxRoundAttempts times with a new aggregation
// session. A round that fails for good leaves the task in phase
// waiting-retry for RetryWindow, during which an operator may send the
// retry-round update (optionally excluding nodes); after it the task fails
// with the round's error. A paid task checks its escrow before the round
// (checkEscrow) and again before every further attempt: once its requester
// asked on chain to cancel it, no attempt starts and the task fails as
// ErrTypeTaskCancelled. A paid proven task fixes each selected node's data
// set on chain right after selection (RoundInput.Snapshot), and a proof is
// then checked, on and off chain, against that snapshot.
func FederatedStatistics(ctx workflow.Context, spec StatsSpec) (StatsResult, error) {
	spec = spec.WithDefaults()
	taskID := TaskIDFromWorkflowID(workflow.GetInfo(ctx).WorkflowExecution.ID)
	lg := workflow.GetLogger(ctx)
	if err := spec.Validate(); err != nil {
		return StatsResult{}, temporal.NewNonRetryableApplicationError(err.Error(), ErrTypeBadInput, nil)
	}

	const round = 1
	t, err := newTracker(ctx, taskID, round, spec.Exclude)
	if err != nil {
		return StatsResult{}, err
	}
	// Runs started by a schedule get their task ID here.
	_ = workflow.UpsertTypedSearchAttributes(ctx, TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeStatistics),
		RequesterKey.ValueSet(spec.Requester))

	if spec.PaymentWei != "" {
		in := EscrowCheckInput{TaskID: taskID, Circuit: spec.Circuit, PaymentWei: spec.PaymentWei, EscrowWei: spec.EscrowWei,
			Rounds: round, Nodes: len(spec.Nodes)}
		if err := checkEscrow(ctx, in); err != nil {
			t.setPhase(PhaseFailed)
			return StatsResult{}, err
		}
		// A retried attempt checks again that no cancellation is pending.
		t.guardRounds(true)
	}
	// A paid proven task fixes its nodes' data sets on chain when it
	// selects them (histories from before this replay without it).
	snapshot := spec.Circuit != "" && spec.PaymentWei != "" &&
		workflow.GetVersion(ctx, SnapshotDatasetsChange, workflow.DefaultVersion, 1) >= 1
	exclude := slices.Clone(spec.Exclude)
	var res StatsResult
	err = t.runRound(retryPolicy{maxAttempts: spec.MaxRoundAttempts, window: spec.RetryWindow}, &exclude, func(attempt int) error {
		t.setPhase(PhaseSelect)
		// A retried round reuses the round's workflow ID: each attempt is a
		// run of task-<id>-round-<n> in the UI.
		cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
			WorkflowID: RoundWorkflowID(taskID, round),
			TaskQueue:  CoordinatorQueue,
			TypedSearchAttributes: temporal.NewSearchAttributes(
				TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeStatistics),
				RequesterKey.ValueSet(spec.Requester), RoundKey.ValueSet(round), PhaseKey.ValueSet(PhaseStarting)),
		})
		return workflow.ExecuteChildWorkflow(cctx, FederatedRoundName, RoundInput{
			TaskID: taskID, Round: round, Attempt: attempt, Spec: spec, Exclude: exclude, Snapshot: snapshot,
		}).Get(ctx, &res)
	})
	if err != nil {
		return StatsResult{}, err
	}
	if spec.PaymentWei != "" {
		t.setPhase(PhaseSettle)
		var st Settlement
		err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, settleOptions(spec.SettleWindow)), SettleRoundName, SettleInput{
			TaskID: taskID, Round: round, Attempt: t.prog.Attempt, Result: res.ArtifactSHA256, Nodes: res.Nodes, Accounts: res.Accounts, Settle: true,
			Proofs: res.Proofs,
		}).Get(ctx, &st)
		if err != nil {
			t.setPhase(PhaseFailed)
			return StatsResult{}, err
		}
		res.Chain = &st
	}
	res.Unproven = t.unproven
	t.prog.Artifact = res.Artifact
	t.setPhase(PhaseDone)
	lg.Info("task done", "task_id", taskID, "artifact", res.Artifact)
	return res, nil
}
