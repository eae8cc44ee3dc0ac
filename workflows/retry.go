package workflows

import (
	"fmt"
	"slices"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// tracker keeps a task's progress: it answers the progress query, updates
// the phase and round search attributes, follows the phases its running
// round signals, and takes the retry-round update while the task waits.
type tracker struct {
	ctx     workflow.Context
	prog    Progress
	pending *RetryRequest
	// unproven are the nodes excluded because their proofs did not verify.
	unproven []UnprovenNode
	// guardEscrow makes runRound check the task's escrow before every
	// attempt (a paid task); escrowFresh skips the next check, the full
	// check having just run.
	guardEscrow, escrowFresh bool
}

// guardRounds makes every later runRound attempt check first that the
// paid task's escrow is open with no cancellation requested; justChecked
// says that the full check (checkEscrow) just ran, so the first attempt
// needs none.
func (t *tracker) guardRounds(justChecked bool) {
	t.guardEscrow, t.escrowFresh = true, justChecked
}

// escrowOpen is the check before an attempt of a paid task's round: a
// round started once the requester asked on chain to cancel could end
// after the cancellation delay, and the requester could then close the
// task before the round is recorded, leaving its nodes unpaid. So no round
// nor attempt starts then: the task fails as ErrTypeTaskCancelled.
// Histories recorded before the check replay without it
// (CheckEscrowOpenChange).
func (t *tracker) escrowOpen() error {
	if !t.guardEscrow {
		return nil
	}
	if t.escrowFresh {
		t.escrowFresh = false
		return nil
	}
	if workflow.GetVersion(t.ctx, CheckEscrowOpenChange, workflow.DefaultVersion, 1) == workflow.DefaultVersion {
		return nil
	}
	in := EscrowCheckInput{TaskID: t.prog.TaskID, OpenOnly: true}
	return workflow.ExecuteActivity(workflow.WithActivityOptions(t.ctx, CoordinatorOptions), CheckEscrowName, in).Get(t.ctx, nil)
}

// newTracker registers the progress query, the retry-round update and
// the round-phase signal handler of a task.
func newTracker(ctx workflow.Context, taskID string, round int, exclude []string) (*tracker, error) {
	t := &tracker{ctx: ctx, prog: Progress{TaskID: taskID, Phase: PhaseStarting, Round: round, Attempt: 1, Exclude: exclude}}
	if err := workflow.SetQueryHandler(ctx, ProgressQuery, func() (Progress, error) { return t.prog, nil }); err != nil {
		return nil, err
	}
	err := workflow.SetUpdateHandlerWithOptions(ctx, RetryRoundUpdate,
		func(ctx workflow.Context, req RetryRequest) (RetryAck, error) {
			t.pending = &req
			return RetryAck{Round: t.prog.Round, Attempt: t.prog.Attempt + 1}, nil
		},
		workflow.UpdateHandlerOptions{Validator: func(ctx workflow.Context, req RetryRequest) error {
			if t.prog.Phase != PhaseWaitingRetry || t.pending != nil {
				return fmt.Errorf("task %s is in phase %s: only a task waiting for a retry can retry its round", taskID, t.prog.Phase)
			}
			return nil
		}})
	if err != nil {
		return nil, err
	}
	// Follow the running round's phases.
	workflow.Go(ctx, func(ctx workflow.Context) {
		ch := workflow.GetSignalChannel(ctx, RoundPhaseSignal)
		for {
			var u PhaseUpdate
			ch.Receive(ctx, &u)
			if u.Round != t.prog.Round || u.Attempt != t.prog.Attempt || slices.Contains([]string{PhaseWaitingRetry, PhaseDone, PhaseFailed}, t.prog.Phase) {
				continue
			}
			if len(u.Nodes) > 0 && !slices.Equal(u.Nodes, t.prog.Nodes) {
				t.prog.Nodes = u.Nodes
				_ = workflow.UpsertTypedSearchAttributes(ctx, NodesKey.ValueSet(u.Nodes))
			}
			if u.Phase != PhaseDone {
				t.setPhase(u.Phase)
			}
		}
	})
	return t, nil
}

func (t *tracker) setPhase(phase string) {
	t.prog.Phase = phase
	_ = workflow.UpsertTypedSearchAttributes(t.ctx, PhaseKey.ValueSet(phase), RoundKey.ValueSet(int64(t.prog.Round)))
}

// retryPolicy is what a task's spec says about failed rounds.
type retryPolicy struct {
	maxAttempts int
	window      time.Duration
}

// runRound runs one round through attempt until it succeeds. A retryable
// failure is tried again up to maxAttempts times; then, or after a
// non-retryable failure, the task waits in phase waiting-retry for the
// window, for an operator's retry-round (which may exclude nodes: they are
// added to *exclude). It returns the round's final error when the window
// passes. The nodes of an ErrTypeProofRejected failure are added to
// *exclude (and to t.unproven) at once, so no later attempt or round
// aggregates their contributions. For a paid task (guardRounds), every
// attempt first checks that the escrow is open with no cancellation
// requested; if not, runRound returns that failure at once, in phase
// failed, without waiting for a retry.
func (t *tracker) runRound(pol retryPolicy, exclude *[]string, attempt func(attempt int) error) error {
	ctx, lg := t.ctx, workflow.GetLogger(t.ctx)
	autoLeft := pol.maxAttempts
	for {
		if err := t.escrowOpen(); err != nil {
			f := classify(err)
			t.prog.LastError = f.Message
			t.setPhase(PhaseFailed)
			lg.Warn("round not started: the escrow does not allow it", "task_id", t.prog.TaskID, "round", t.prog.Round,
				"attempt", t.prog.Attempt, "type", f.Type, "error", f.Message)
			return temporal.NewNonRetryableApplicationError(f.Message, f.Type, nil)
		}
		err := attempt(t.prog.Attempt)
		if err == nil {
			t.prog.LastError = ""
			return nil
		}
		f := classify(err)
		t.prog.LastError = f.Message
		if u := unprovenNodes(err); len(u) > 0 {
			// The nodes whose proofs failed are out of the task: the next
			// attempt aggregates without them.
			for _, n := range u {
				if !slices.Contains(*exclude, n.Node) {
					*exclude = append(*exclude, n.Node)
				}
			}
			t.unproven = append(t.unproven, u...)
			t.prog.Exclude = *exclude
			_ = workflow.UpsertMemo(ctx, map[string]any{"unproven": t.unproven})
			lg.Warn("nodes excluded: their proofs did not verify", "task_id", t.prog.TaskID, "round", t.prog.Round, "exclude", fmt.Sprint(*exclude))
		}
		autoLeft--
		if !f.NonRetryable && autoLeft > 0 {
			lg.Warn("round failed, retrying", "task_id", t.prog.TaskID, "round", t.prog.Round, "attempt", t.prog.Attempt, "error", f.Message)
			if err := workflow.Sleep(ctx, time.Duration(t.prog.Attempt)*RoundRetryBackoff); err != nil {
				return err
			}
			t.prog.Attempt++
			continue
		}
		finalErr := temporal.NewNonRetryableApplicationError(f.Message, f.Type, nil)
		if pol.window < 0 {
			t.setPhase(PhaseFailed)
			return finalErr
		}
		t.setPhase(PhaseWaitingRetry)
		lg.Warn("round failed, waiting for retry-round", "task_id", t.prog.TaskID, "round", t.prog.Round, "error", f.Message, "window", pol.window.String())
		ok, err := workflow.AwaitWithTimeout(ctx, pol.window, func() bool { return t.pending != nil })
		if err != nil {
			return err
		}
		if !ok {
			t.setPhase(PhaseFailed)
			return finalErr
		}
		for _, n := range t.pending.Exclude {
			if !slices.Contains(*exclude, n) {
				*exclude = append(*exclude, n)
			}
		}
		lg.Info("retrying round on request", "task_id", t.prog.TaskID, "round", t.prog.Round, "exclude", fmt.Sprint(t.pending.Exclude))
		t.pending = nil
		t.prog.Exclude = *exclude
		t.prog.Attempt++
		autoLeft = pol.maxAttempts
	}
}
