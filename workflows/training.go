package workflows

import (
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// Contribution slots: which saved vector of a node a SecureAggregate
// session sums.
const (
	SlotStats = ""      // a statistics contribution
	SlotTrain = "train" // a training update (or Newton terms)
	SlotEval  = "eval"  // validation scores
	SlotMask  = "mask"  // a proven contribution's commitment mask
)

// Why training stopped.
const (
	StopRounds    = "rounds"
	StopEarly     = "early-stop"
	StopConverged = "converged"
)

// PrepWorkflowID returns the workflow ID of the statistics round that
// prepares training task id.
func PrepWorkflowID(id string) string { return "task-" + id + "-prep" }

// FederatedTraining trains a model across nodes, round after round. It
// first runs a statistics round (task-<id>-prep) whose aggregate
// standardizes the features and imputes missing values, then a child
// workflow per training round (task-<id>-round-<n>): local training on
// every node, secure aggregation of the sample-weighted updates, the new
// global model in the artifact store, and federated validation. A failed
// round is retried as statistics rounds are, without redoing finished
// rounds; the task continues as new every TrainContinueEvery rounds. A
// paid task checks its escrow before the first round (checkEscrow), and
// before every later round and attempt that no cancellation is requested:
// once the requester asked on chain to cancel, the rounds already recorded
// stay paid, no further round starts, and the task fails as
// ErrTypeTaskCancelled. A proven task fixes each node's data set on chain
// when the prep round selects it (RoundInput.Snapshot), before the prep
// aggregate fixes the key that draws the held-out rows
// (train.HoldoutKey): every proof is checked against that snapshot, so a
// node cannot choose its held-out rows by re-registering its table in
// another order; a node first selected after the prep round has no
// snapshot, and its proofs are rejected.
func FederatedTraining(ctx workflow.Context, st TrainState) (TrainResult, error) {
	st.Spec = st.Spec.WithDefaults()
	spec := st.Spec
	taskID := TaskIDFromWorkflowID(workflow.GetInfo(ctx).WorkflowExecution.ID)
	lg := workflow.GetLogger(ctx)
	if err := spec.Validate(); err != nil {
		return TrainResult{}, temporal.NewNonRetryableApplicationError(err.Error(), ErrTypeBadInput, nil)
	}
	if st.Exclude == nil {
		st.Exclude = slices.Clone(spec.Exclude)
	}
	t, err := newTracker(ctx, taskID, st.Round+1, st.Exclude)
	if err != nil {
		return TrainResult{}, err
	}
	t.unproven = st.Unproven
	_ = workflow.UpsertTypedSearchAttributes(ctx, TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeTraining),
		RequesterKey.ValueSet(spec.Requester))
	pol := retryPolicy{maxAttempts: spec.MaxRoundAttempts, window: spec.RetryWindow}
	attrs := func(round int) temporal.SearchAttributes {
		return temporal.NewSearchAttributes(TaskIDKey.ValueSet(taskID), TaskTypeKey.ValueSet(TaskTypeTraining),
			RequesterKey.ValueSet(spec.Requester), RoundKey.ValueSet(int64(round)), PhaseKey.ValueSet(PhaseStarting))
	}

	if spec.PaymentWei != "" && st.Model.Key == "" && st.Round == 0 {
		in := EscrowCheckInput{TaskID: taskID, Circuit: spec.Circuit, PaymentWei: spec.PaymentWei, EscrowWei: spec.EscrowWei,
			Rounds: spec.Rounds, Nodes: len(spec.Nodes)}
		if err := checkEscrow(ctx, in); err != nil {
			t.setPhase(PhaseFailed)
			return TrainResult{}, err
		}
		t.guardRounds(true)
	} else if spec.PaymentWei != "" {
		t.guardRounds(false)
	}
	if st.Model.Key == "" {
		// Round 0: the statistics that standardize the features. A proven
		// task fixes its nodes' data sets on chain when this round selects
		// them, before its aggregate fixes the key that draws each node's
		// held-out rows (histories from before this replay without it). A
		// DP task has none: its encoding comes from the schema.
		t.prog.Round = 0
		stats := StatsResult{TaskID: taskID}
		if spec.DP == nil {
			snapshot := spec.Circuit != "" && workflow.GetVersion(ctx, SnapshotDatasetsChange, workflow.DefaultVersion, 1) >= 1
			err := t.runRound(pol, &st.Exclude, func(attempt int) error {
				t.setPhase(PhaseSelect)
				cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
					WorkflowID: PrepWorkflowID(taskID), TaskQueue: CoordinatorQueue, TypedSearchAttributes: attrs(0),
				})
				return workflow.ExecuteChildWorkflow(cctx, FederatedRoundName, RoundInput{
					TaskID: taskID, Round: 0, Attempt: attempt, Spec: spec.stats(), Exclude: st.Exclude, Snapshot: snapshot,
					Training: spec.columns(),
				}).Get(ctx, &stats)
			})
			if err != nil {
				return TrainResult{}, err
			}
		}
		var init InitTrainingOutput
		err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CoordinatorOptions), InitTrainingName,
			InitTrainingInput{TaskID: taskID, Spec: spec, Stats: stats}).Get(ctx, &init)
		if err != nil {
			t.setPhase(PhaseFailed)
			return TrainResult{}, err
		}
		st.Model, st.Encoding, st.Params = init.Model, init.Encoding, init.Params
		lg.Info("training prepared", "task_id", taskID, "features", init.Features, "model", init.Model.Key)
	}

	for runRounds := 0; st.Stopped == ""; runRounds++ {
		if st.Round >= spec.Rounds {
			st.Stopped = StopRounds
			break
		}
		if runRounds == TrainContinueEvery {
			// Hand over to a new run, so the history stays bounded.
			st.Unproven = t.unproven
			return TrainResult{}, workflow.NewContinueAsNewError(ctx, FederatedTrainingName, st)
		}
		round := st.Round + 1
		t.prog.Round, t.prog.Attempt = round, 1
		var m RoundMetrics
		err := t.runRound(pol, &st.Exclude, func(attempt int) error {
			t.setPhase(PhaseSelect)
			cctx := workflow.WithChildOptions(ctx, workflow.ChildWorkflowOptions{
				WorkflowID: RoundWorkflowID(taskID, round), TaskQueue: CoordinatorQueue, TypedSearchAttributes: attrs(round),
			})
			return workflow.ExecuteChildWorkflow(cctx, TrainingRoundName, TrainRoundInput{
				TaskID: taskID, Round: round, Attempt: attempt, Spec: spec, Model: st.Model, Encoding: st.Encoding, Exclude: st.Exclude, Params: st.Params,
			}).Get(ctx, &m)
		})
		if err != nil {
			return TrainResult{}, err
		}
		if spec.PaymentWei != "" {
			// Record the round's model and its nodes on chain, crediting
			// each; a retried recording finds it done.
			t.setPhase(PhaseSettle)
			var paid Settlement
			err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, settleOptions(spec.SettleWindow)), SettleRoundName, SettleInput{
				TaskID: taskID, Round: round, Attempt: m.Attempt, Result: m.Model.SHA256, Nodes: m.Nodes, Accounts: m.Accounts,
				Proofs: m.Proofs, RoundInputs: m.RoundInputs,
			}).Get(ctx, &paid)
			if err != nil {
				t.setPhase(PhaseFailed)
				return TrainResult{}, err
			}
			if m.Proofs != nil {
				m.Rejected = rejected(paid)
			}
		}
		st.Round, st.Model = round, m.Model
		st.History = append(st.History, m)
		if st.Best == 0 || m.ValLoss < st.History[st.Best-1].ValLoss || spec.DP != nil {
			st.Best = round // a DP task scores no round: its last is its model
		}
		if d := spec.ReleaseDP(); d != nil {
			_ = workflow.UpsertMemo(ctx, map[string]any{"dp_epsilon_spent_per_node": d.Epsilon * float64(round), "dp_mechanism": d.Mechanism})
		}
		lg.Info("training round done", "task_id", taskID, "round", round, "val_loss", m.ValLoss, "val_accuracy", m.ValAccuracy)
		switch {
		case spec.Model == ModelHLR && m.Step < max(spec.Tol, provenTol(spec)):
			st.Stopped = StopConverged
		case spec.Model != ModelHLR && spec.DP == nil && spec.Patience > 0 && round-st.Best >= spec.Patience:
			st.Stopped = StopEarly
		}
	}

	st.Unproven = t.unproven
	final := st.History[len(st.History)-1].Model
	if spec.Model != ModelHLR {
		final = st.History[st.Best-1].Model
	}
	t.setPhase(PhasePublish)
	var res TrainResult
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CoordinatorOptions), FinishTrainingName,
		FinishTrainingInput{TaskID: taskID, State: st, Final: final}).Get(ctx, &res)
	if err != nil {
		t.setPhase(PhaseFailed)
		return TrainResult{}, err
	}
	if spec.PaymentWei != "" {
		in := SettleInput{TaskID: taskID, Settle: true}
		var unpaid [][]int // per node, the rounds whose proof the chain rejected
		for _, h := range st.History {
			for i, n := range h.Nodes {
				k := slices.Index(in.Nodes, n)
				if k < 0 {
					in.Nodes, in.Accounts, in.Contributions = append(in.Nodes, n), append(in.Accounts, h.Accounts[i]), append(in.Contributions, 0)
					unpaid = append(unpaid, nil)
					k = len(in.Nodes) - 1
				}
				if slices.Contains(h.Rejected, n) {
					unpaid[k] = append(unpaid[k], h.Round)
					continue
				}
				in.Contributions[k]++
			}
		}
		var chain Settlement
		if err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, settleOptions(spec.SettleWindow)), SettleRoundName, in).Get(ctx, &chain); err != nil {
			t.setPhase(PhaseFailed)
			return TrainResult{}, err
		}
		if spec.Circuit != "" {
			for i := range chain.Payments {
				ok := i < len(unpaid) && len(unpaid[i]) == 0
				chain.Payments[i].ProofVerified = &ok
				if !ok && i < len(unpaid) {
					chain.Payments[i].Reason = fmt.Sprintf("proof rejected on chain in rounds %v", unpaid[i])
				}
			}
		}
		res.Chain = &chain
	}
	res.Unproven = st.Unproven
	res.DP = spec.DP
	t.prog.Artifact = res.Artifact
	t.setPhase(PhaseDone)
	lg.Info("training done", "task_id", taskID, "rounds", st.Round, "stopped", st.Stopped, "artifact", res.Artifact)
	return res, nil
}

// TrainingRound runs one attempt of a training round: select the nodes,
// train locally on each, aggregate the updates securely, make the next
// global model, score it on every node's validation rows and aggregate the
// scores. A node that fails its local training drops out of the round if
// at least MinNodes remain; otherwise the round fails and is retried.
func TrainingRound(ctx workflow.Context, in TrainRoundInput) (RoundMetrics, error) {
	lg := workflow.GetLogger(ctx)
	start := workflow.Now(ctx)
	spec := in.Spec
	setPhase, fail := roundHelpers(ctx, in.TaskID, in.Round, in.Attempt)

	setPhase(PhaseSelect, nil)
	var sel SelectOutput
	err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, SelectNodesOptions), SelectNodesName,
		SelectInput{TaskID: in.TaskID, Round: in.Round, Spec: spec.stats(), Exclude: in.Exclude, PaidRounds: spec.Rounds}).Get(ctx, &sel)
	if err != nil {
		return RoundMetrics{}, fail("select nodes", err)
	}
	adm := AdmitInput{TaskID: in.TaskID, Type: TaskTypeTrainingPolicy, Requester: spec.Requester, Schema: spec.Schema,
		Training: spec.columns(), Model: spec.Model, Params: in.Params, DP: spec.ReleaseDP(), Round: in.Round}
	if spec.DP != nil {
		adm.Releases = spec.Rounds
	}
	admitted, err := admitNodes(ctx, adm, sel.Nodes, len(spec.Nodes) > 0, spec.MinNodes)
	if len(admitted.Refused) > 0 {
		lg.Warn("nodes refused by their policies", "task_id", in.TaskID, "round", in.Round, "refused", strings.Join(admitted.Refused, "; "))
	}
	if err != nil {
		return RoundMetrics{}, fail("admission by the nodes' policies", err)
	}
	sel.Nodes = admitted.Nodes

	setPhase(PhaseTrain, ids(sel.Nodes))
	trainIn := LocalTrainInput{TaskID: in.TaskID, Round: in.Round, Spec: spec, Model: in.Model, Encoding: in.Encoding}
	nodes, vecLen, err := onEachNode(ctx, sel.Nodes, LocalTrainOptions, LocalTrainName, "local training", trainIn, spec.MinNodes, fail)
	if err != nil {
		return RoundMetrics{}, err
	}
	if len(nodes) < len(sel.Nodes) {
		lg.Warn("nodes dropped out of the round", "task_id", in.TaskID, "round", in.Round, "left", strings.Join(ids(nodes), ","))
	}

	setPhase(PhaseAggregate, ids(nodes))
	sum, err := aggregate(ctx, AggregateInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Slot: SlotTrain,
		Protocol: spec.Protocol, VectorLen: vecLen, ClipNorm: spec.ClipNorm, DP: spec.ReleaseDP()}, nodes, fail)
	if err != nil {
		return RoundMetrics{}, err
	}
	// A proven task: each node proves its gradient, and the coordinator
	// checks the proofs and the aggregate, as in a statistics round.
	var proofs []ProveOutput
	var chk CheckOutput
	if spec.Circuit != "" {
		setPhase(PhaseProve, nil)
		prove := ProveInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Circuit: spec.Circuit, Model: in.Model, Encoding: in.Encoding,
			HoldoutEvery: spec.HoldoutEvery()}
		proving := startOnNodes(ctx, nodes, ProveContributionOptions, ProveContributionName, prove)
		check := CheckInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Circuit: spec.Circuit, Sum: sum, Model: in.Model, Encoding: in.Encoding,
			HoldoutEvery: prove.HoldoutEvery}
		if proofs, sum, chk, err = checkProofs(ctx, check, in.Attempt, nodes, proving, fail); err != nil {
			return RoundMetrics{}, err
		}
		_ = workflow.UpsertMemo(ctx, map[string]any{"proof_srs": chk.SRS})
	}
	setPhase(PhasePublish, nil)
	var up UpdateModelOutput
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CoordinatorOptions), UpdateModelName,
		UpdateModelInput{TaskID: in.TaskID, Round: in.Round, Spec: spec, Model: in.Model, Nodes: ids(nodes), Sum: sum}).Get(ctx, &up)
	if err != nil {
		return RoundMetrics{}, fail("update the model", err)
	}

	accounts := make([]string, len(nodes))
	for i, n := range nodes {
		accounts[i] = n.Account
	}
	m := RoundMetrics{Round: in.Round, Attempt: in.Attempt, Nodes: ids(nodes), Accounts: accounts, Rows: up.Rows, Model: up.Model,
		Step: up.Step, Proofs: proofs, RoundInputs: chk.RoundInputs, ProofSRS: chk.SRS}
	if spec.DP != nil {
		// Scores on the validation rows would be exact: a DP task
		// releases none.
		setPhase(PhaseDone, nil)
		m.Seconds = workflow.Now(ctx).Sub(start).Seconds()
		return m, nil
	}

	setPhase(PhaseEvaluate, nil)
	evalIn := LocalTrainInput{TaskID: in.TaskID, Round: in.Round, Spec: spec, Model: up.Model, Encoding: in.Encoding}
	evalNodes, evalLen, err := onEachNode(ctx, nodes, LocalTrainOptions, LocalEvaluateName, "local evaluation", evalIn, len(nodes), fail)
	if err != nil {
		return RoundMetrics{}, err
	}
	scores, err := aggregate(ctx, AggregateInput{TaskID: in.TaskID, Round: in.Round, Attempt: in.Attempt, Slot: SlotEval,
		Protocol: spec.Protocol, VectorLen: evalLen}, evalNodes, fail)
	if err != nil {
		return RoundMetrics{}, err
	}
	var sc ScoreOutput
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CoordinatorOptions), ScoreName, ScoreInput{Sum: scores,
		TaskID: in.TaskID, Round: in.Round, Model: up.Model, Parent: in.Model.SHA256, Rows: up.Rows}).Get(ctx, &sc)
	if err != nil {
		return RoundMetrics{}, fail("score the round", err)
	}
	setPhase(PhaseDone, nil)
	m.ValLoss, m.ValAccuracy, m.ValRows = sc.Loss, sc.Accuracy, sc.Rows
	m.Seconds = workflow.Now(ctx).Sub(start).Seconds()
	return m, nil
}

// provenTol is the least Newton tolerance of a proven task: its
// coefficients enter the proofs rounded to ProvenNewtonTol's order, so
// smaller steps are rounding, not progress.
func provenTol(spec TrainSpec) float64 {
	if spec.Circuit == "" {
		return 0
	}
	return ProvenNewtonTol
}

// rejected returns the nodes of a proven round's settlement whose proofs
// the chain rejected.
func rejected(s Settlement) []string {
	var out []string
	for _, p := range s.Payments {
		if p.ProofVerified != nil && !*p.ProofVerified {
			out = append(out, p.Node)
		}
	}
	return out
}

func ids(nodes []NodeInfo) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

// roundHelpers returns a round's phase setter, which also signals the
// parent task, and its failure wrapper.
func roundHelpers(ctx workflow.Context, taskID string, round, attempt int) (func(string, []string), func(string, error) error) {
	lg := workflow.GetLogger(ctx)
	setPhase := func(phase string, nodes []string) {
		_ = workflow.UpsertTypedSearchAttributes(ctx, PhaseKey.ValueSet(phase))
		if len(nodes) > 0 {
			_ = workflow.UpsertTypedSearchAttributes(ctx, NodesKey.ValueSet(nodes))
		}
		if parent := workflow.GetInfo(ctx).ParentWorkflowExecution; parent != nil {
			u := PhaseUpdate{Round: round, Attempt: attempt, Phase: phase, Nodes: nodes}
			_ = workflow.SignalExternalWorkflow(ctx, parent.ID, "", RoundPhaseSignal, u).Get(ctx, nil)
		}
		lg.Info("round phase", "task_id", taskID, "round", round, "attempt", attempt, "phase", phase)
	}
	return setPhase, roundFailer(ctx, taskID, round, attempt)
}

// roundFailer returns the failure wrapper of a round attempt: it logs the
// failure and returns an application error of the cause's type whose
// message says where in which round and attempt it happened.
func roundFailer(ctx workflow.Context, taskID string, round, attempt int) func(what string, err error) error {
	lg := workflow.GetLogger(ctx)
	return func(what string, err error) error {
		f := classify(err)
		msg := fmt.Sprintf("round %d attempt %d: %s: %s", round, attempt, what, f.Message)
		lg.Error("round failed", "task_id", taskID, "round", round, "attempt", attempt, "type", f.Type, "error", msg)
		return temporal.NewApplicationErrorWithOptions(msg, f.Type, temporal.ApplicationErrorOptions{NonRetryable: f.NonRetryable})
	}
}

// onEachNode runs a node activity on every node's queue and returns the
// nodes that succeeded and the vector length they agree on. Nodes that
// fail drop out as long as at least min succeed; bad input from any node
// fails the round. Failures come back through fail, as what on the node.
func onEachNode(ctx workflow.Context, nodes []NodeInfo, opts workflow.ActivityOptions, name, what string, in any, min int,
	fail func(string, error) error) ([]NodeInfo, int, error) {
	futs := startOnNodes(ctx, nodes, opts, name, in)
	var ok []NodeInfo
	var firstErr error
	vecLen := -1
	for i, f := range futs {
		var out MapOutput
		if err := f.Get(ctx, &out); err != nil {
			if classify(err).Type == ErrTypeBadInput {
				return nil, 0, fail(what+" on node "+nodes[i].ID, err)
			}
			if firstErr == nil {
				firstErr = fail(what+" on node "+nodes[i].ID, err)
			}
			continue
		}
		if vecLen >= 0 && out.VectorLen != vecLen {
			return nil, 0, fail(what, temporal.NewNonRetryableApplicationError(
				fmt.Sprintf("node %s computed %d values, others %d", nodes[i].ID, out.VectorLen, vecLen), ErrTypeBadInput, nil))
		}
		vecLen = out.VectorLen
		ok = append(ok, nodes[i])
	}
	if len(ok) < min || len(ok) < 2 {
		if firstErr == nil {
			firstErr = fail(what, temporal.NewApplicationError(
				fmt.Sprintf("%d of %d nodes finished, fewer than %d", len(ok), len(nodes), min), ErrTypeNodeUnavailable))
		}
		return nil, 0, firstErr
	}
	return ok, vecLen, nil
}

// aggregate runs one secure-aggregation session among nodes, of the
// contribution slot of in (in gives the task, round, attempt, protocol,
// vector length and bounds; the session, party index and peers are set
// here), and returns the sum all parties agree on. It waits for every
// party before failing, so no activity of the session still runs when the
// next attempt starts; a failed integrity check is the error reported over
// a peer that only hung up after it. Failures come back through fail.
func aggregate(ctx workflow.Context, in AggregateInput, nodes []NodeInfo, fail func(string, error) error) ([]string, error) {
	out, err := aggregateRelease(ctx, in, nodes, fail)
	return out.Sum, err
}

// aggregateRelease runs the secure aggregation of in on nodes and returns
// what every node agrees it opened: the sum and, under disclosure control
// (in.Release), what was withheld.
func aggregateRelease(ctx workflow.Context, in AggregateInput, nodes []NodeInfo, fail func(string, error) error) (AggregateOutput, error) {
	in.Session = fmt.Sprintf("%s/round-%d/attempt-%d", in.TaskID, in.Round, in.Attempt)
	if in.Slot != SlotStats {
		in.Session += "/" + in.Slot
	}
	in.Peers = nodes
	futs := make([]workflow.Future, len(nodes))
	for i, n := range nodes {
		opts := SecureAggregateOptions
		opts.TaskQueue = n.Queue
		in.Self = i
		futs[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, opts), SecureAggregateName, in)
	}
	var first *AggregateOutput
	var firstErr error
	for i, f := range futs {
		var out AggregateOutput
		if err := f.Get(ctx, &out); err != nil {
			if firstErr == nil || integrityFailure(err) && !integrityFailure(firstErr) {
				firstErr = fail("secure aggregation on node "+nodes[i].ID, err)
			}
			continue
		}
		if first != nil && (!slices.Equal(first.Sum, out.Sum) || !slices.Equal(first.Suppressed, out.Suppressed) || !slices.Equal(first.ColumnNodes, out.ColumnNodes)) {
			if firstErr == nil {
				firstErr = temporal.NewApplicationError(
					fmt.Sprintf("round %d attempt %d: secure aggregation: node %s output differs from node %s", in.Round, in.Attempt, nodes[i].ID, nodes[0].ID),
					ErrTypeAggregation)
			}
			continue
		}
		if first == nil {
			first = &out
		}
	}
	if first == nil {
		return AggregateOutput{}, firstErr
	}
	return *first, firstErr
}
