package workflows

import (
	"fmt"
	"slices"
	"time"

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
// with the round's error.
func FederatedStatistics(ctx workflow.Context, spec StatsSpec) (StatsResult, error) {
	spec = spec.WithDefaults()
	taskID := TaskIDFromWorkflowID(workflow.GetInfo(ctx).WorkflowExecution.ID)
	lg := workflow.GetLogger(ctx)
	if err := spec.Validate(); err != nil {
		return StatsResult{}, temporal.NewNonRetryableApplicationError(err.Error(), ErrTypeBadInput, nil)
	}

	const round = 1
	prog := Progress{TaskID: taskID, Phase: PhaseStarting, Round: round, Attempt: 1, Exclude: spec.Exclude}
	if err := workflow.SetQueryHandler(ctx, ProgressQuery, func() (Progress, error) { return prog, nil }); err != nil {
		return StatsResult{}, err
	}
	setPhase := func(phase string) {
		prog.Phase = phase
		_ = workflow.UpsertTypedSearchAttributes(ctx, PhaseKey.ValueSet(phase), RoundKey.ValueSet(int64(prog.Round)))
	}
	// Runs started by a schedule get their task ID here.
	_ = workflow.UpsertTypedSearchAttributes(ctx, TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeStatistics),
		RequesterKey.ValueSet(spec.Requester))

	var pending *RetryRequest
	err := workflow.SetUpdateHandlerWithOptions(ctx, RetryRoundUpdate,
		func(ctx workflow.Context, req RetryRequest) (RetryAck, error) {
			pending = &req
			return RetryAck{Round: prog.Round, Attempt: prog.Attempt + 1}, nil
		},
		workflow.UpdateHandlerOptions{Validator: func(ctx workflow.Context, req RetryRequest) error {
			if prog.Phase != PhaseWaitingRetry || pending != nil {
				return fmt.Errorf("task %s is in phase %s: only a task waiting for a retry can retry its round", taskID, prog.Phase)
			}
			return nil
		}})
	if err != nil {
		return StatsResult{}, err
	}

	// Follow the running round's phases.
	workflow.Go(ctx, func(ctx workflow.Context) {
		ch := workflow.GetSignalChannel(ctx, RoundPhaseSignal)
		for {
			var u PhaseUpdate
			ch.Receive(ctx, &u)
			if u.Round != prog.Round || u.Attempt != prog.Attempt || slices.Contains([]string{PhaseWaitingRetry, PhaseDone, PhaseFailed}, prog.Phase) {
				continue
			}
			if len(u.Nodes) > 0 && !slices.Equal(u.Nodes, prog.Nodes) {
				prog.Nodes = u.Nodes
				_ = workflow.UpsertTypedSearchAttributes(ctx, NodesKey.ValueSet(u.Nodes))
			}
			if u.Phase != PhaseDone {
				setPhase(u.Phase)
			}
		}
	})

	exclude := slices.Clone(spec.Exclude)
	autoLeft := spec.MaxRoundAttempts
	for {
		setPhase(PhaseSelect)
		// A retried round reuses the round's workflow ID: each attempt is a
		// run of task-<id>-round-<n> in the UI.
		cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
			WorkflowID: RoundWorkflowID(taskID, round),
			TaskQueue:  CoordinatorQueue,
			TypedSearchAttributes: temporal.NewSearchAttributes(
				TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeStatistics),
				RequesterKey.ValueSet(spec.Requester), RoundKey.ValueSet(round), PhaseKey.ValueSet(PhaseStarting)),
		})
		var res StatsResult
		err := workflow.ExecuteChildWorkflow(cctx, FederatedRoundName, RoundInput{
			TaskID: taskID, Round: round, Attempt: prog.Attempt, Spec: spec, Exclude: exclude,
		}).Get(ctx, &res)
		if err == nil {
			prog.Artifact, prog.LastError = res.Artifact, ""
			setPhase(PhaseDone)
			lg.Info("task done", "task_id", taskID, "artifact", res.Artifact)
			return res, nil
		}
		f := classify(err)
		prog.LastError = f.Message
		autoLeft--
		if !f.NonRetryable && autoLeft > 0 {
			lg.Warn("round failed, retrying", "task_id", taskID, "round", round, "attempt", prog.Attempt, "error", f.Message)
			if err := workflow.Sleep(ctx, time.Duration(prog.Attempt)*RoundRetryBackoff); err != nil {
				return StatsResult{}, err
			}
			prog.Attempt++
			continue
		}
		finalErr := temporal.NewNonRetryableApplicationError(f.Message, f.Type, nil)
		if spec.RetryWindow < 0 {
			setPhase(PhaseFailed)
			return StatsResult{}, finalErr
		}
		setPhase(PhaseWaitingRetry)
		lg.Warn("round failed, waiting for retry-round", "task_id", taskID, "round", round, "error", f.Message, "window", spec.RetryWindow.String())
		ok, err := workflow.AwaitWithTimeout(ctx, spec.RetryWindow, func() bool { return pending != nil })
		if err != nil {
			return StatsResult{}, err
		}
		if !ok {
			setPhase(PhaseFailed)
			return StatsResult{}, finalErr
		}
		for _, n := range pending.Exclude {
			if !slices.Contains(exclude, n) {
				exclude = append(exclude, n)
			}
		}
		lg.Info("retrying round on request", "task_id", taskID, "round", round, "exclude", fmt.Sprint(pending.Exclude))
		pending = nil
		prog.Exclude = exclude
		prog.Attempt++
		autoLeft = spec.MaxRoundAttempts
	}
}
