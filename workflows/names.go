package workflows

import "strconv"

// Workflow type names. They live in history: never change them.
const (
	FederatedStatisticsName = "FederatedStatistics"
	FederatedRoundName      = "FederatedRound"
	NodeRegistryName        = "NodeRegistry"
	FederatedTrainingName   = "FederatedTraining"
	TrainingRoundName       = "TrainingRound"
)

// Activity names. They live in history: never change them.
const (
	SelectNodesName     = "SelectNodes"
	LocalMapName        = "LocalMap"
	SecureAggregateName = "SecureAggregate"
	PublishStatsName    = "PublishStats"
	InitTrainingName    = "InitTraining"
	LocalTrainName      = "LocalTrain"
	LocalEvaluateName   = "LocalEvaluate"
	UpdateModelName     = "UpdateModel"
	ScoreName           = "ScoreRound"
	FinishTrainingName  = "FinishTraining"
	SettleRoundName     = "SettleRound"
	// ProveContributionName proves a node's contribution, on its queue.
	ProveContributionName = "ProveContribution"
	// CheckContributionsName checks a round's proofs and aggregate, on the
	// coordinator.
	CheckContributionsName = "CheckContributions"
	// CheckEscrowName checks a paid task's escrow on chain against its
	// spec before the first round, on the coordinator.
	CheckEscrowName = "CheckEscrow"
	// CheckEscrowChange is the GetVersion change ID of that check: the
	// histories of paid tasks started before it have no such call.
	CheckEscrowChange = "check-escrow"
	// CheckEscrowOpenChange is the GetVersion change ID of the check,
	// before every later round or attempt of a paid task, that its escrow
	// is still open with no cancellation requested (EscrowCheckInput's
	// OpenOnly): histories recorded before it have no such calls.
	CheckEscrowOpenChange = "check-escrow-open"
	// SnapshotDatasetsName fixes on chain, on the coordinator, the data
	// sets of the nodes a proven task selects first (SnapshotInput).
	SnapshotDatasetsName = "SnapshotDatasets"
	// SnapshotDatasetsChange is the GetVersion change ID of that snapshot:
	// the histories of proven tasks started before it take none.
	SnapshotDatasetsChange = "snapshot-datasets"
	// AdmitTaskName asks a node, on its queue, whether its policy admits
	// a task (AdmitInput), right after selection.
	AdmitTaskName = "AdmitTask"
	// NodePolicyChange is the GetVersion change ID of that question:
	// rounds recorded before it ask none.
	NodePolicyChange = "node-policy"
)

// Signal, query and update names.
const (
	// HeartbeatSignal carries a NodeInfo from a node to the registry.
	HeartbeatSignal = "heartbeat"
	// NodesQuery returns the registry's []NodeEntry.
	NodesQuery = "nodes"
	// ProgressQuery returns a task's Progress.
	ProgressQuery = "progress"
	// RetryRoundUpdate takes a RetryRequest and restarts a failed round.
	RetryRoundUpdate = "retry-round"
	// RoundPhaseSignal carries a PhaseUpdate from a round to its task.
	RoundPhaseSignal = "round-phase"
)

// CoordinatorQueue is the task queue of the coordinator worker.
const CoordinatorQueue = "twopm-coordinator"

// RegistryWorkflowID is the ID of the one NodeRegistry workflow.
const RegistryWorkflowID = "twopm-registry"

// NodeQueue returns the task queue of node id; activities scheduled on it
// run on that node, beside its data.
func NodeQueue(id string) string { return "twopm-node-" + id }

// TaskWorkflowID returns the workflow ID of task id.
func TaskWorkflowID(id string) string { return "task-" + id }

// RoundWorkflowID returns the workflow ID of round n of task id.
func RoundWorkflowID(id string, n int) string {
	return "task-" + id + "-round-" + strconv.Itoa(n)
}

// TaskIDFromWorkflowID returns the task ID of a task workflow ID, which is
// the workflow ID without its "task-" prefix.
func TaskIDFromWorkflowID(wid string) string {
	if len(wid) > 5 && wid[:5] == "task-" {
		return wid[5:]
	}
	return wid
}

// Phases of a task and a round, as shown by the TwoPMPhase search attribute
// and the progress query.
const (
	PhaseStarting     = "starting"
	PhaseSelect       = "select"
	PhaseMap          = "map"
	PhaseAggregate    = "aggregate"
	PhaseProve        = "prove"
	PhasePublish      = "publish"
	PhaseTrain        = "train"
	PhaseEvaluate     = "evaluate"
	PhaseSettle       = "settle"
	PhaseWaitingRetry = "waiting-retry"
	PhaseDone         = "done"
	PhaseFailed       = "failed"
)

// Application error types. Activities and workflows fail with these types,
// and workflows switch on them.
const (
	// ErrTypeBadInput is bad input: a malformed data file, an invalid spec.
	// Never retried automatically.
	ErrTypeBadInput = "BadInput"
	// ErrTypeTooFewNodes is a selection with fewer live, eligible nodes than
	// the task needs. Never retried automatically.
	ErrTypeTooFewNodes = "TooFewNodes"
	// ErrTypeAggregation is a failed secure aggregation: a peer vanished, a
	// protocol message was malformed, or the parties' outputs disagree.
	// The round is retried with a new session.
	ErrTypeAggregation = "AggregationFailed"
	// ErrTypeMACCheck is a MASCOT session in which a party's shares failed
	// the MAC check (or another of its integrity checks): some node
	// cheated or its messages were altered. Nothing was revealed. The
	// round is retried with a new session; an operator can exclude a
	// suspect node with retry-round --exclude.
	ErrTypeMACCheck = "MACCheckFailed"
	// ErrTypeBoundViolated is a node whose input failed a bound checked
	// in the secure computation (such as max_rows_per_node). The round is
	// retried; the same data fails again until the node is excluded.
	ErrTypeBoundViolated = "BoundViolated"
	// ErrTypeBinding is a round whose revealed aggregate does not open the
	// sum of the commitments the nodes proved: some node fed the
	// aggregation other values than it proved. Retried, like a MAC check.
	ErrTypeBinding = "BindingViolated"
	// ErrTypeProofRejected is an attempt of a proven round in which some
	// node's proof did not verify: its contribution is in the aggregate,
	// so nothing of the attempt is published or stepped from. The task
	// excludes the node (its error's details name it) and runs the round
	// again without it; with too few nodes left, the round fails.
	ErrTypeProofRejected = "ProofRejected"
	// ErrTypeHessianRejected is a proven hlr round whose Newton step is
	// below the stopping tolerance while the proven gradient is still far
	// from zero: the aggregated Hessian, which is not proven, is too large
	// for the gradient, so some node inflated its share to stall training.
	// Not retried automatically: an operator excludes the suspect node.
	ErrTypeHessianRejected = "HessianInconsistent"
	// ErrTypeTaskCancelled is a paid task whose requester asked on chain
	// to cancel it (requestCancel), or cancelled it: the coordinator starts
	// no new round, nor a new attempt of one, and the task ends with this
	// error. The rounds recorded before stay paid; the requester completes
	// the cancellation on chain. Never retried.
	ErrTypeTaskCancelled = "TaskCancelled"
	// ErrTypeNodeUnavailable is a node that did not pick up or finish its
	// work in time. The round is retried.
	ErrTypeNodeUnavailable = "NodeUnavailable"
	// ErrTypeRoundFailed is the task's final error after a round failed and
	// was not retried.
	ErrTypeRoundFailed = "RoundFailed"
)
