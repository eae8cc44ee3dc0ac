package workflows

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// FederatedRound runs one attempt of one round of a statistics task: select
// nodes, fix their data sets for the task on chain if in.Snapshot says so,
// run the local map on each node's own queue, run secure aggregation
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
	// Each node's policy admits the task, or the node is left out.
	adm := AdmitInput{TaskID: in.TaskID, Type: TaskTypeStatisticsPolicy, Requester: in.Spec.Requester, Schema: in.Spec.Schema, Columns: in.Spec.Columns, DP: in.Spec.DP,
		Protocol: in.Spec.Protocol}
	if in.Training != nil {
		adm.Type, adm.Columns, adm.Training = TaskTypeTrainingPolicy, nil, in.Training
	}
	admitted, err := admitNodes(ctx, adm, sel.Nodes, len(in.Spec.Nodes) > 0, in.Spec.MinNodes)
	if len(admitted.Refused) > 0 {
		lg.Warn("nodes refused by their policies", "task_id", in.TaskID, "round", in.Round, "refused", strings.Join(admitted.Refused, "; "))
		_ = workflow.UpsertMemo(ctx, map[string]any{"refused_by_policy": admitted.Refused})
	}
	if err != nil {
		return StatsResult{}, fail("admission by the nodes' policies", err)
	}
	if in.Spec.DP != nil {
		// The Web UI shows the memo: what the task spends of each
		// admitting node's privacy budget.
		_ = workflow.UpsertMemo(ctx, map[string]any{"dp_epsilon_spent_per_node": in.Spec.DP.Epsilon, "dp_mechanism": in.Spec.DP.Mechanism})
	}
	sel.Nodes = admitted.Nodes
	if in.Training != nil && len(admitted.Answers) > 0 {
		// A training task's statistics: its label and features only.
		in.Spec.Columns = admitted.Answers[0].Columns
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
	if in.Snapshot {
		// Fix the selected nodes' data sets on chain before any of their
		// data is computed on: a node cannot change or reorder its table
		// once the task's keys are known.
		var snap SnapshotOutput
		err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, settleOptions(in.Spec.SettleWindow)), SnapshotDatasetsName,
			SnapshotInput{TaskID: in.TaskID, Round: in.Round, Schema: in.Spec.Schema, Nodes: ids, Accounts: accounts}).Get(ctx, &snap)
		if err != nil {
			return StatsResult{}, fail("fix the selected nodes' data sets on chain", err)
		}
		if len(snap.Changed) > 0 || len(snap.Unregistered) > 0 {
			lg.Warn("data sets not as fixed for the task: these nodes' proofs will be rejected", "task_id", in.TaskID, "round", in.Round,
				"changed", strings.Join(snap.Changed, ","), "unregistered", strings.Join(snap.Unregistered, "; "))
		}
	}

	setPhase(PhaseMap)
	maps := startOnNodes(ctx, sel.Nodes, LocalMapOptions, LocalMapName, MapInput{TaskID: in.TaskID, Round: in.Round, Spec: in.Spec})
	vecLen := -1
	var counts []int
	// Disclosure control: the strictest rules of the nodes, which each
	// announces with its contribution (nodes from before it announce
	// none; a round of only those has none).
	rules := admitted.Rules
	var holders []int64
	for i, f := range maps {
		var out MapOutput
		if err := f.Get(ctx, &out); err != nil {
			return StatsResult{}, fail("local map on node "+ids[i], err)
		}
		if out.Disclosure != nil {
			d := *out.Disclosure
			if rules != nil {
				d = rules.Strictest(d)
			}
			rules = &d
		}
		if holders == nil {
			holders = make([]int64, len(out.Holds))
		}
		for c, h := range out.Holds {
			if h && c < len(holders) {
				holders[c]++
			}
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
	agg := AggregateInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt,
		Protocol: in.Spec.Protocol, VectorLen: vecLen, Bounds: bounds}
	if rules != nil && in.Spec.Protocol == ProtocolMascot {
		// Withheld values are never opened; a proven round opens them to
		// its parties for the commitment check, and the result withholds
		// them.
		agg.Release = &Release{Rules: *rules, Schema: in.Spec.Schema, Columns: in.Spec.Columns, OpenAll: in.Spec.Circuit != "", DP: in.Spec.DP}
	}
	if in.Spec.DP != nil && agg.Release == nil {
		// Nodes too old to add noise: a DP task is never released exact.
		return StatsResult{}, temporal.NewApplicationErrorWithOptions(
			fmt.Sprintf("round %d attempt %d: the task asks for differential privacy and the selected nodes announce no disclosure rules: none of them can add noise", in.Round, in.Attempt),
			ErrTypeBadInput, temporal.ApplicationErrorOptions{NonRetryable: true})
	}
	aggOut, err := aggregateRelease(ctx, agg, sel.Nodes, fail)
	if err != nil {
		return StatsResult{}, err
	}
	sum := aggOut.Sum
	publish := PublishInput{TaskID: in.TaskID, Round: in.Round, Spec: in.Spec, Nodes: ids, Disclosure: rules}
	if agg.Release != nil {
		publish.Suppressed, publish.ColumnNodes, publish.Judged = aggOut.Suppressed, aggOut.ColumnNodes, true
	} else if rules != nil {
		publish.ColumnNodes = holders
	}
	// A proven task: once the aggregation went through, each node proves
	// its contribution, and the coordinator checks the proofs and the sum.
	var proofs []ProveOutput
	var srs string
	if in.Spec.Circuit != "" {
		setPhase(PhaseProve)
		proving := startOnNodes(ctx, sel.Nodes, ProveContributionOptions, ProveContributionName,
			ProveInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Circuit: in.Spec.Circuit})
		var chk CheckOutput
		check := CheckInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Circuit: in.Spec.Circuit, Sum: sum}
		if proofs, sum, chk, err = checkProofs(ctx, check, in.Attempt, sel.Nodes, proving, fail); err != nil {
			return StatsResult{}, err
		}
		srs = chk.SRS
		// The Web UI shows the memo: a dev SRS is worth saying there.
		_ = workflow.UpsertMemo(ctx, map[string]any{"proof_srs": srs})
	}

	setPhase(PhasePublish)
	var res StatsResult
	publish.Sum = sum
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, PublishStatsOptions), PublishStatsName, publish).Get(ctx, &res)
	if err != nil {
		return StatsResult{}, fail("publish result", err)
	}
	res.Accounts = accounts
	res.Proofs, res.ProofSRS = proofs, srs
	res.Policies, res.Refused = admitted.policies(), admitted.Refused
	setPhase(PhaseDone)
	lg.Info("round done", "task_id", in.TaskID, "round", in.Round, "nodes", strings.Join(ids, ","), "artifact", res.Artifact)
	return res, nil
}

// startOnNodes starts activity name with input in on each node's queue.
func startOnNodes(ctx workflow.Context, nodes []NodeInfo, opts workflow.ActivityOptions, name string, in any) []workflow.Future {
	futs := make([]workflow.Future, len(nodes))
	for i, n := range nodes {
		o := opts
		o.TaskQueue = n.Queue
		futs[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, o), name, in)
	}
	return futs
}

// checkProofs waits for the proofs of nodes, has the coordinator check
// them and the aggregate in.Sum against their commitments, and returns the
// proofs, all verified, the aggregate without the masks' sum, and the
// check's output (the SRS, the round's shared inputs). A proof that does
// not verify fails the attempt with ErrTypeProofRejected naming its node:
// an unproven contribution never reaches a result or a model.
//
// The attempt is the workflow's, never a node's: each proof is checked
// bound to attempt, and its Attempt is set to attempt, whatever the node
// reported, so settlement records the round with the attempt the proofs
// were checked for.
func checkProofs(ctx workflow.Context, in CheckInput, attempt int, nodes []NodeInfo, proving []workflow.Future,
	fail func(string, error) error) ([]ProveOutput, []string, CheckOutput, error) {
	ids := make([]string, len(nodes))
	in.Accounts = make([]string, len(nodes))
	for i, n := range nodes {
		ids[i], in.Accounts[i] = n.ID, n.Account
	}
	proofs := make([]ProveOutput, len(proving))
	for i, f := range proving {
		if err := f.Get(ctx, &proofs[i]); err != nil {
			return nil, nil, CheckOutput{}, fail("prove the contribution of node "+ids[i], err)
		}
		proofs[i].Attempt = attempt
	}
	in.Attempt, in.Proofs = attempt, proofs
	var chk CheckOutput
	err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CheckContributionsOptions), CheckContributionsName, in).Get(ctx, &chk)
	if err != nil {
		return nil, nil, CheckOutput{}, fail("check the proofs against the aggregate", err)
	}
	if len(chk.Verified) != len(proofs) || len(chk.Reasons) != len(proofs) || len(in.Sum) < MaskElements {
		return nil, nil, CheckOutput{}, temporal.NewNonRetryableApplicationError(
			fmt.Sprintf("round %d: %d proofs checked, %d sent", in.Round, len(chk.Verified), len(proofs)), ErrTypeBadInput, nil)
	}
	var unproven []UnprovenNode
	for i := range proofs {
		proofs[i].Verified = chk.Verified[i]
		proofs[i].Reason = chk.Reasons[i]
		if !proofs[i].Verified {
			unproven = append(unproven, UnprovenNode{Node: ids[i], Round: in.Round, Attempt: attempt, Reason: chk.Reasons[i]})
		}
	}
	// An aggregate with an unproven contribution is never published nor
	// stepped from: the attempt fails, and the task runs the round again
	// without those nodes. (Tasks started before this rule published it
	// and left the node unpaid.)
	if len(unproven) > 0 && workflow.GetVersion(ctx, versionExcludeUnproven, workflow.DefaultVersion, 1) >= 1 {
		return nil, nil, CheckOutput{}, unprovenError(in.Round, attempt, unproven)
	}
	if chk.Unopened != "" {
		// Only a task from before the rule above gets here.
		return nil, nil, CheckOutput{}, fail("check the proofs against the aggregate",
			temporal.NewApplicationError(fmt.Sprintf("round %d: %s", in.Round, chk.Unopened), ErrTypeBinding))
	}
	return proofs, in.Sum[:len(in.Sum)-MaskElements], chk, nil
}

// versionExcludeUnproven is the workflow.GetVersion change ID of failing
// an attempt whose aggregate holds an unproven contribution.
const versionExcludeUnproven = "exclude-unproven-contributions"

// unprovenError is the ErrTypeProofRejected failure of an attempt with
// unproven contributions; its details are the nodes, which the task
// excludes before the next attempt (unprovenNodes).
func unprovenError(round, attempt int, unproven []UnprovenNode) error {
	parts := make([]string, len(unproven))
	for i, u := range unproven {
		parts[i] = u.Node
		if u.Reason != "" {
			parts[i] += " (" + u.Reason + ")"
		}
	}
	msg := fmt.Sprintf("round %d attempt %d: the proof of %s did not verify: the aggregate is not used; the round runs again without them",
		round, attempt, strings.Join(parts, ", "))
	return temporal.NewApplicationErrorWithOptions(msg, ErrTypeProofRejected, temporal.ApplicationErrorOptions{Details: []any{unproven}})
}

// unprovenNodes returns the nodes an ErrTypeProofRejected failure in err
// names, or nil.
func unprovenNodes(err error) []UnprovenNode {
	var app *temporal.ApplicationError
	for e := err; errors.As(e, &app); e = app.Unwrap() {
		if app.Type() != ErrTypeProofRejected {
			continue
		}
		var out []UnprovenNode
		if app.HasDetails() && app.Details(&out) == nil {
			return out
		}
	}
	return nil
}

// integrityFailure reports whether err is a failed MAC, bound or binding
// check.
func integrityFailure(err error) bool {
	t := classify(err).Type
	return t == ErrTypeMACCheck || t == ErrTypeBoundViolated || t == ErrTypeBinding
}
