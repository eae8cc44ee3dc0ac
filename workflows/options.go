package workflows

import (
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// NodeScheduleToStart is how long a node activity may wait for its node to
// pick it up. A hospital whose worker is gone fails the round this fast.
const NodeScheduleToStart = 30 * time.Second

// SelectNodesOptions run selection on the coordinator. Bad input and too few
// nodes are not retried.
var SelectNodesOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: 30 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        5,
		NonRetryableErrorTypes: []string{ErrTypeBadInput, ErrTypeTooFewNodes},
	},
}

// LocalMapOptions run the local map on a node's queue (set TaskQueue per
// node). It reads a local file and is idempotent, so it is retried, except
// for bad input.
var LocalMapOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: NodeScheduleToStart,
	StartToCloseTimeout:    5 * time.Minute,
	HeartbeatTimeout:       30 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        3,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// AdmitTaskOptions ask a node whether its policy admits a task (set
// TaskQueue per node): a node that does not answer in time is left out
// as it would be for a refusal.
var AdmitTaskOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: NodeScheduleToStart,
	StartToCloseTimeout:    30 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        3,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// SecureAggregateOptions run one party of a secure-aggregation session on a
// node's queue (set TaskQueue per node). A session cannot be resumed by one
// party alone, so the activity is tried once; the round is retried with a
// new session instead.
var SecureAggregateOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: NodeScheduleToStart,
	StartToCloseTimeout:    10 * time.Minute,
	HeartbeatTimeout:       30 * time.Second,
	RetryPolicy:            &temporal.RetryPolicy{MaximumAttempts: 1},
}

// PublishStatsOptions run on the coordinator. Artifacts are addressed by
// content hash, so a retry rewrites the same object.
var PublishStatsOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumInterval:        30 * time.Second,
		MaximumAttempts:        20,
		NonRetryableErrorTypes: []string{ErrTypeBadInput, ErrTypeAggregation, ErrTypeMACCheck, ErrTypeBoundViolated},
	},
}

// RoundRetryBackoff is the pause before automatic attempt k+1 of a round:
// k times this.
const RoundRetryBackoff = 2 * time.Second

// LivenessWindow is how recently a node must have sent a heartbeat to the
// registry to be selected.
const LivenessWindow = 35 * time.Second

// HeartbeatInterval is how often nodes announce themselves.
const HeartbeatInterval = 10 * time.Second

// RegistryContinueAsNew is the number of heartbeats after which the
// registry continues as new, keeping its history short.
const RegistryContinueAsNew = 500

// CoordinatorOptions run the coordinator's training activities (set-up,
// model update, scoring, report). Artifacts are addressed by content hash
// and the activities are pure functions of their input and the store, so
// a retry redoes the same work.
var CoordinatorOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: 2 * time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumInterval:        30 * time.Second,
		MaximumAttempts:        20,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// checkEscrow checks, before the first round of a paid task, that its
// escrow on chain matches spec (EscrowCheckInput), so that a task never
// runs unpaid or with a verifier the network did not register. A
// mismatch fails the task as bad input, a cancellation requested as
// ErrTypeTaskCancelled. Histories recorded before the check existed replay
// without it (CheckEscrowChange). Later rounds and attempts check only
// that the escrow is still open (tracker.escrowOpen).
func checkEscrow(ctx workflow.Context, in EscrowCheckInput) error {
	if workflow.GetVersion(ctx, CheckEscrowChange, workflow.DefaultVersion, 1) == workflow.DefaultVersion {
		return nil
	}
	return workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CoordinatorOptions), CheckEscrowName, in).Get(ctx, nil)
}

// LocalTrainOptions run local training and evaluation on a node's queue
// (set TaskQueue per node). They read the node's file and the global model
// and overwrite the node's saved update, so a retry is safe; a node that
// stops heartbeating is given up on quickly and drops out of the round.
var LocalTrainOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: NodeScheduleToStart,
	StartToCloseTimeout:    10 * time.Minute,
	HeartbeatTimeout:       20 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        2,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// ProveContributionOptions run the proof of a node's contribution on its
// queue (set TaskQueue per node). Proving takes seconds to a minute and
// heartbeats meanwhile; it reads the node's file and the mask the local
// map saved, so a retry proves the same contribution again.
var ProveContributionOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: NodeScheduleToStart,
	StartToCloseTimeout:    15 * time.Minute,
	HeartbeatTimeout:       time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        3,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// CheckContributionsOptions run the check of a round's proofs and
// aggregate on the coordinator; it only reads, so it is retried, except
// when the aggregate does not open the commitments.
var CheckContributionsOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: 10 * time.Minute,
	HeartbeatTimeout:    time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        2 * time.Second,
		MaximumAttempts:        5,
		NonRetryableErrorTypes: []string{ErrTypeBadInput, ErrTypeBinding},
	},
}

// SettleRoundOptions run the on-chain settlement on the coordinator. It
// reads the contract's state before every transaction, so a retry after a
// crash never records or pays twice; an unreachable chain is retried for
// about ten minutes (settleOptions bounds that by a spec's SettleWindow).
var SettleRoundOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: 2 * time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        2 * time.Second,
		BackoffCoefficient:     2,
		MaximumInterval:        time.Minute,
		MaximumAttempts:        15,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// settleOptions are SettleRoundOptions retried for at most window: a chain
// that stays unreachable that long fails the task with its last error.
func settleOptions(window time.Duration) workflow.ActivityOptions {
	o := SettleRoundOptions
	if window <= 0 {
		return o
	}
	rp := *o.RetryPolicy
	rp.MaximumAttempts = 0 // the window bounds the attempts
	o.RetryPolicy = &rp
	o.ScheduleToCloseTimeout = window
	o.StartToCloseTimeout = min(o.StartToCloseTimeout, window)
	return o
}
