package workflows

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// trainFakes stand in for the training activities. Models are named
// "m<round>"; the validation loss of round r is loss(r).
type trainFakes struct {
	fakes
	mu        sync.Mutex
	trainFn   func(node string, in LocalTrainInput) error
	loss      func(round int) float64
	step      func(round int) float64
	updates   []UpdateModelInput
	updateErr func(round int) error
	finished  *FinishTrainingInput
	evalNodes map[int][]string
}

func (f *trainFakes) InitTraining(_ context.Context, in InitTrainingInput) (InitTrainingOutput, error) {
	if in.Stats.TaskID == "" {
		return InitTrainingOutput{}, errors.New("no statistics")
	}
	return InitTrainingOutput{Model: ArtifactRef{Key: "models/m0.json", SHA256: "m0"}, Encoding: ArtifactRef{Key: "encodings/e.json", SHA256: "e"}, Features: 5}, nil
}

func (f *trainFakes) LocalTrain(ctx context.Context, in LocalTrainInput) (MapOutput, error) {
	node := activity.GetInfo(ctx).TaskQueue
	if f.trainFn != nil {
		if err := f.trainFn(node, in); err != nil {
			return MapOutput{}, err
		}
	}
	return MapOutput{Node: node, VectorLen: 7}, nil
}

func (f *trainFakes) LocalEvaluate(ctx context.Context, in LocalTrainInput) (MapOutput, error) {
	f.mu.Lock()
	f.evalNodes[in.Round] = append(f.evalNodes[in.Round], activity.GetInfo(ctx).TaskQueue)
	f.mu.Unlock()
	return MapOutput{VectorLen: 3}, nil
}

func (f *trainFakes) UpdateModel(_ context.Context, in UpdateModelInput) (UpdateModelOutput, error) {
	f.mu.Lock()
	f.updates = append(f.updates, in)
	f.mu.Unlock()
	if f.updateErr != nil {
		if err := f.updateErr(in.Round); err != nil {
			return UpdateModelOutput{}, err
		}
	}
	out := UpdateModelOutput{Model: ArtifactRef{Key: "models/m" + strconv.Itoa(in.Round) + ".json", SHA256: "m" + strconv.Itoa(in.Round)}, Rows: 100}
	if f.step != nil {
		out.Step = f.step(in.Round)
	}
	return out, nil
}

func (f *trainFakes) ScoreRound(_ context.Context, in ScoreInput) (ScoreOutput, error) {
	r, _ := strconv.Atoi(in.Sum[0])
	return ScoreOutput{Loss: f.loss(r), Accuracy: 0.8, Rows: 50}, nil
}

func (f *trainFakes) FinishTraining(_ context.Context, in FinishTrainingInput) (TrainResult, error) {
	f.finished = &in
	return TrainResult{TaskID: in.TaskID, Rounds: in.State.Round, Stopped: in.State.Stopped, Final: in.Final, History: in.State.History,
		Artifact: "s3://twopm/" + in.Final.Key}, nil
}

func newTrainEnv(t *testing.T, f *trainFakes) *testsuite.TestWorkflowEnvironment {
	env := newEnv(t, &f.fakes)
	f.evalNodes = map[int][]string{}
	if f.loss == nil {
		f.loss = func(r int) float64 { return 1 / float64(r) }
	}
	// The aggregate of an evaluation session carries its round, so that
	// ScoreRound knows which loss to report.
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		return AggregateOutput{Sum: []string{strconv.Itoa(in.Round)}}, nil
	}
	env.RegisterWorkflowWithOptions(FederatedTraining, workflow.RegisterOptions{Name: FederatedTrainingName})
	env.RegisterWorkflowWithOptions(TrainingRound, workflow.RegisterOptions{Name: TrainingRoundName})
	for name, fn := range map[string]any{InitTrainingName: f.InitTraining, LocalTrainName: f.LocalTrain, LocalEvaluateName: f.LocalEvaluate,
		UpdateModelName: f.UpdateModel, ScoreName: f.ScoreRound, FinishTrainingName: f.FinishTraining} {
		env.RegisterActivityWithOptions(fn, activity.RegisterOptions{Name: name})
	}
	return env
}

func TestTrainingRunsRoundsAndKeepsTheBestModel(t *testing.T) {
	f := &trainFakes{}
	env := newTrainEnv(t, f)
	// Validation loss falls until round 3, then rises.
	f.loss = func(r int) float64 { return float64((r - 3) * (r - 3)) }
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 5, Patience: -1}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.Rounds != 5 || res.Stopped != StopRounds || res.Final.SHA256 != "m3" || len(res.History) != 5 {
		t.Fatalf("result %+v", res)
	}
	// Each round trains from the model of the round before.
	for i, u := range f.updates {
		if u.Model.SHA256 != "m"+strconv.Itoa(i) || len(u.Nodes) != 4 {
			t.Fatalf("update %d from %s with %d nodes", i+1, u.Model.SHA256, len(u.Nodes))
		}
	}
	if p := progress(t, env); p.Phase != PhaseDone {
		t.Fatalf("progress %+v", p)
	}
}

func TestTrainingStopsEarlyAndOnConvergence(t *testing.T) {
	f := &trainFakes{loss: func(r int) float64 { return float64(r) }} // never better than round 1
	env := newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 20, Patience: 2}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.Rounds != 3 || res.Stopped != StopEarly || res.Final.SHA256 != "m1" {
		t.Fatalf("early stop: %+v", res)
	}

	f = &trainFakes{step: func(r int) float64 { return 1 / float64(r*r*r*r*r*r*r*r*r*r) }}
	env = newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Model: ModelHLR, Rounds: 20, Tol: 1e-6}})
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	// 1/4^10 < 1e-6: converged after round 4, and the last model is final.
	if res.Rounds != 4 || res.Stopped != StopConverged || res.Final.SHA256 != "m4" {
		t.Fatalf("converged: %+v", res)
	}
}

func TestTrainingContinuesAsNew(t *testing.T) {
	f := &trainFakes{}
	env := newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 25, Patience: -1}})
	var can *workflow.ContinueAsNewError
	if err := env.GetWorkflowError(); !errors.As(err, &can) {
		t.Fatalf("error = %v, want continue-as-new", err)
	}
	var st TrainState
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &st); err != nil {
		t.Fatal(err)
	}
	if st.Round != TrainContinueEvery || len(st.History) != TrainContinueEvery || st.Model.SHA256 != "m10" || st.Encoding.SHA256 != "e" {
		t.Fatalf("carried state: round %d, %d rounds of history, model %s", st.Round, len(st.History), st.Model.SHA256)
	}

	// The next run starts at round 11 without redoing the statistics.
	f2 := &trainFakes{}
	env2 := newTrainEnv(t, f2)
	env2.ExecuteWorkflow(FederatedTrainingName, st)
	var can2 *workflow.ContinueAsNewError
	if err := env2.GetWorkflowError(); !errors.As(err, &can2) {
		t.Fatalf("second run: %v", env2.GetWorkflowError())
	}
	if f2.updates[0].Round != 11 || f2.updates[0].Model.SHA256 != "m10" {
		t.Fatalf("second run started with round %d from %s", f2.updates[0].Round, f2.updates[0].Model.SHA256)
	}
}

// TestTrainingDropout: a node that fails its local training leaves the
// round, which completes with the rest; too few left fails the round.
func TestTrainingDropout(t *testing.T) {
	f := &trainFakes{trainFn: func(node string, in LocalTrainInput) error {
		if node == NodeQueue("va") && in.Round == 2 {
			return temporal.NewApplicationError("node process died", "Killed")
		}
		return nil
	}}
	env := newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 3, Patience: -1}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if got := res.History[1].Nodes; len(got) != 3 || slices.Contains(got, "va") {
		t.Fatalf("round 2 nodes %v", got)
	}
	if len(res.History[2].Nodes) != 4 || len(f.evalNodes[2]) != 3 || res.History[1].Attempt != 1 {
		t.Fatalf("round 3 nodes %v, round 2 evaluated on %v", res.History[2].Nodes, f.evalNodes[2])
	}

	// With min_nodes 4, losing va fails the attempt; the round is retried
	// and succeeds once va is back, without redoing round 1.
	failures := 0
	f = &trainFakes{trainFn: func(node string, in LocalTrainInput) error {
		if node == NodeQueue("va") && in.Round == 2 && failures < 2 { // both tries of the activity
			failures++
			return temporal.NewApplicationError("node process died", "Killed")
		}
		return nil
	}}
	env = newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 2, Patience: -1, MinNodes: 4}})
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.History[1].Attempt != 2 || len(f.updates) != 2 {
		t.Fatalf("round 2 attempt %d, %d updates", res.History[1].Attempt, len(f.updates))
	}
}

func TestTrainingRejectsBadSpec(t *testing.T) {
	env := newTrainEnv(t, &trainFakes{})
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Model: "svm", Rounds: -1, Validation: 2}})
	var app *temporal.ApplicationError
	err := env.GetWorkflowError()
	if !errors.As(err, &app) || app.Type() != ErrTypeBadInput {
		t.Fatalf("error = %v, want BadInput", err)
	}
	for _, want := range []string{`model "svm"`, "rounds -1", "validation 2"} {
		if !strings.Contains(app.Message(), want) {
			t.Errorf("message %q lacks %q", app.Message(), want)
		}
	}
}

// TestTrainingEscrowCoversEveryRound: a training task's deposit must pay
// every listed node in every round.
func TestTrainingEscrowCoversEveryRound(t *testing.T) {
	nodes := []string{"a", "b", "c"}
	short := TrainSpec{Rounds: 4, PaymentWei: "10", EscrowWei: "119", Nodes: nodes}.WithDefaults().Validate()
	if short == nil || !strings.Contains(short.Error(), "escrow_wei 119 is less than payment_wei × 3 (the nodes listed) × 4 round(s) = 120") {
		t.Fatalf("short escrow: %v", short)
	}
	if err := (TrainSpec{Rounds: 4, PaymentWei: "10", EscrowWei: "120", Nodes: nodes}).WithDefaults().Validate(); err != nil {
		t.Fatal(err)
	}
}

// TestTrainingPaysPerRound: with a payment, every round is recorded on
// chain with its nodes, and the task settles at the end with each node's
// number of contributions.
func TestTrainingPaysPerRound(t *testing.T) {
	f := &trainFakes{trainFn: func(node string, in LocalTrainInput) error {
		if node == NodeQueue("va") && in.Round == 2 {
			return temporal.NewApplicationError("node process died", "Killed")
		}
		return nil
	}}
	env := newTrainEnv(t, f)
	var calls []SettleInput
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		calls = append(calls, in)
		return Settlement{EscrowWei: "120"}, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	var paidRounds []int
	f.selectFn = func(in SelectInput) (SelectOutput, error) {
		if in.Round > 0 {
			paidRounds = append(paidRounds, in.PaidRounds)
		}
		nodes := slices.Clone(fourNodes)
		for i := range nodes {
			nodes[i].Account = "0x" + strings.Repeat(strconv.Itoa(i+1), 40)
		}
		return SelectOutput{Nodes: nodes}, nil
	}
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 3, Patience: -1, PaymentWei: "10", Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	// Selection bounds the nodes by what the deposit pays over every round.
	if !slices.Equal(paidRounds, []int{3, 3, 3}) {
		t.Fatalf("training rounds selected with paid rounds %v, want [3 3 3]", paidRounds)
	}
	if len(calls) != 4 || res.Chain == nil || res.Chain.EscrowWei != "120" {
		t.Fatalf("%d settlement calls, chain %+v", len(calls), res.Chain)
	}
	for r, c := range calls[:3] {
		if c.Round != r+1 || c.Settle || c.Result != "m"+strconv.Itoa(r+1) || len(c.Accounts) != len(c.Nodes) {
			t.Fatalf("round %d recorded as %+v", r+1, c)
		}
	}
	if len(calls[1].Nodes) != 3 {
		t.Fatalf("round 2 paid %v, va dropped out", calls[1].Nodes)
	}
	final := calls[3]
	if final.Round != 0 || !final.Settle || !slices.Equal(final.Nodes, []string{"cleveland", "hungarian", "switzerland", "va"}) ||
		!slices.Equal(final.Contributions, []int{3, 3, 3, 2}) {
		t.Fatalf("settlement %+v", final)
	}
}

// A proven round whose Newton step the coordinator rejects as stalled by
// an inflated Hessian does not end training as converged: the round is
// not retried automatically, and the task fails with that error once its
// retry window passes, without a final model.
func TestTrainingInconsistentHessianDoesNotConverge(t *testing.T) {
	f := &trainFakes{step: func(int) float64 { return 1e-9 }}
	f.updateErr = func(int) error {
		return temporal.NewNonRetryableApplicationError("round 1: the Newton step moves no coefficient more than 4.9e-06, yet the proven gradient is 0.21 per row", ErrTypeHessianRejected, nil)
	}
	env := newTrainEnv(t, f)
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Model: ModelHLR, Rounds: 20, RetryWindow: time.Minute}})
	err := env.GetWorkflowError()
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != ErrTypeHessianRejected {
		t.Fatalf("err = %v, want %s", err, ErrTypeHessianRejected)
	}
	if f.finished != nil || len(f.updates) != 1 {
		t.Fatalf("finished %v after %d updates: the stalled step ended training", f.finished != nil, len(f.updates))
	}
}

// TestTrainingStopsOnAPendingCancel: once the requester asks on chain to
// cancel a paid task, the coordinator starts no further round: the round
// that finished is still recorded (and paid), the next one never starts,
// and the task ends as TaskCancelled (a review of finding 12 of issue 18:
// the escrow was checked before the first round only, so after the
// cancellation delay the requester could close the task between a later
// round's result and its recording).
func TestTrainingStopsOnAPendingCancel(t *testing.T) {
	f := &trainFakes{}
	var cancelled atomic.Bool
	var checks []EscrowCheckInput
	f.escrowFn = func(in EscrowCheckInput) error {
		checks = append(checks, in)
		if cancelled.Load() {
			return temporal.NewNonRetryableApplicationError("its requester asked on chain to cancel task t1", ErrTypeTaskCancelled, nil)
		}
		return nil
	}
	env := newTrainEnv(t, f)
	var calls []SettleInput
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		calls = append(calls, in)
		if in.Round == 1 {
			cancelled.Store(true) // requestCancel lands while round 1 is recorded
		}
		return Settlement{EscrowWei: "120"}, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 3, Patience: -1, PaymentWei: "10",
		Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}}})
	err := env.GetWorkflowError()
	if err == nil || classify(err).Type != ErrTypeTaskCancelled || !classify(err).NonRetryable {
		t.Fatalf("error %v, want %s", err, ErrTypeTaskCancelled)
	}
	for _, u := range f.updates {
		if u.Round > 1 {
			t.Fatalf("round %d started after the cancellation was requested", u.Round)
		}
	}
	if len(calls) != 1 || calls[0].Round != 1 || calls[0].Settle {
		t.Fatalf("settlement calls %+v, want round 1 recorded only", calls)
	}
	if p := progress(t, env); p.Phase != PhaseFailed || !strings.Contains(p.LastError, "cancel") {
		t.Fatalf("progress %+v", p)
	}
	// The full check before the preparation round, then one before each
	// training round: rounds 1 and 2 (which it stopped).
	if len(checks) != 3 || checks[0].OpenOnly || checks[0].PaymentWei != "10" || !checks[1].OpenOnly || !checks[2].OpenOnly || checks[2].TaskID != "t1" {
		t.Fatalf("escrow checks %+v", checks)
	}
}

func TestTrainSpecColumnsMissingAndRidge(t *testing.T) {
	zero, neg := 0.0, -1.0
	ok := []TrainSpec{
		{Model: ModelHLR, Label: "sex", Positive: []string{"M"}, Features: []string{"age", "chol"}, Missing: MissingOmit, Ridge: &zero},
		{Model: ModelLR, Missing: MissingImpute},
	}
	for _, s := range ok {
		if err := s.WithDefaults().Validate(); err != nil {
			t.Errorf("%+v: %v", s, err)
		}
	}
	for _, tc := range []struct {
		spec TrainSpec
		want string
	}{
		{TrainSpec{Positive: []string{"1"}}, "positive: name the label column"},
		{TrainSpec{Label: "y", Features: []string{"a", "y"}}, `features: "y" is the label column`},
		{TrainSpec{Features: []string{"a", "a"}}, `features: "a" is listed twice`},
		{TrainSpec{Missing: "drop"}, `missing "drop" is not impute or omit`},
		{TrainSpec{Model: ModelLR, Ridge: &zero}, "only hlr takes a ridge"},
		{TrainSpec{Model: ModelHLR, Ridge: &neg}, "ridge -1 is not finite and non-negative"},
		{TrainSpec{Model: ModelHLR, PaymentWei: "1", Circuit: "hlr-x", Missing: MissingOmit}, "a proven task imputes missing values"},
	} {
		if err := tc.spec.WithDefaults().Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
	}
	one := 1.0
	if s := (TrainSpec{Model: ModelHLR, Ridge: &one, Params: TrainParams{L2: 5}}).WithDefaults(); s.Params.L2 != 1 || s.HLRRidge() != 1 {
		t.Errorf("ridge 1 over l2 5: l2 %v", s.Params.L2)
	}
	if s := (TrainSpec{Model: ModelHLR, Ridge: &zero, Params: TrainParams{L2: 5}}).WithDefaults(); s.Params.L2 != 0 {
		t.Errorf("ridge 0 over l2 5: l2 %v", s.Params.L2)
	}
	if s := (TrainSpec{Model: ModelHLR, Params: TrainParams{L2: 5}}).WithDefaults(); s.HLRRidge() != 5 || s.Missing != MissingImpute {
		t.Errorf("unset ridge: %v, missing %q", s.HLRRidge(), s.Missing)
	}
}

// A DP task runs no preparation round, spends ε/rounds on each round,
// adds noise to every round's update (clip_norm and a learning rate by
// default), scores no round on the nodes' rows, runs every round and
// keeps the last model.
func TestTrainingDP(t *testing.T) {
	f := &trainFakes{}
	env := newTrainEnv(t, f)
	var mu sync.Mutex
	var admits []AdmitInput
	var aggs []AggregateInput
	f.admitFn = func(q string, in AdmitInput) AdmitOutput {
		mu.Lock()
		admits = append(admits, in)
		mu.Unlock()
		return AdmitOutput{Node: q, Admitted: true, Disclosure: Disclosure{MinCell: 5, MinRows: 5, MinNodes: 2}}
	}
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		mu.Lock()
		aggs = append(aggs, in)
		mu.Unlock()
		return AggregateOutput{Sum: []string{strconv.Itoa(in.Round)}}, nil
	}
	// Scores would say round 2 is best: a DP task has none, and keeps the last.
	f.loss = func(r int) float64 { return float64((r - 2) * (r - 2)) }
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Rounds: 4, Patience: 1, DP: &DP{Epsilon: 4}}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.Rounds != 4 || res.Stopped != StopRounds || res.Final.SHA256 != "m4" || res.DP == nil || res.DP.Epsilon != 4 {
		t.Fatalf("result %+v", res)
	}
	if len(f.evalNodes) != 0 {
		t.Fatalf("rounds scored on the nodes: %v", f.evalNodes)
	}
	for _, a := range admits {
		if a.DP == nil || a.DP.Epsilon != 1 {
			t.Fatalf("admission %+v: want ε = 1 per release", a)
		}
	}
	train := 0
	for _, a := range aggs {
		switch a.Slot {
		case SlotTrain:
			train++
			if a.DP == nil || a.DP.Epsilon != 1 || a.ClipNorm != 1 {
				t.Fatalf("round %d's aggregation %+v: want noise at ε = 1, clip_norm 1", a.Round, a)
			}
		default:
			t.Fatalf("an aggregation of slot %q", a.Slot)
		}
	}
	if train != 4*len(fourNodes) {
		t.Fatalf("%d training aggregations", train)
	}
	for _, u := range f.updates {
		if u.Spec.Params.LearningRate != DefaultDPLearningRate || u.Spec.ClipNorm != 1 {
			t.Fatalf("update spec %+v", u.Spec)
		}
	}
}

// A DP spec is refused for hlr, the additive protocol, a proven task, or
// an ε too small to share over its rounds.
func TestTrainSpecDP(t *testing.T) {
	for _, tc := range []struct {
		spec TrainSpec
		want string
	}{
		{TrainSpec{Model: ModelHLR, DP: &DP{Epsilon: 1}}, "hlr's Newton terms"},
		{TrainSpec{Protocol: ProtocolAdditive, DP: &DP{Epsilon: 1}}, "dp needs protocol"},
		{TrainSpec{Rounds: 200, DP: &DP{Epsilon: 0.01}}, "leaves"},
		{TrainSpec{DP: &DP{Epsilon: 1, Delta: 1e-5}}, "dp delta"},
	} {
		err := tc.spec.WithDefaults().Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want %q", tc.spec, err, tc.want)
		}
	}
	if err := (TrainSpec{DP: &DP{Epsilon: 3}}).WithDefaults().Validate(); err != nil {
		t.Fatal(err)
	}
	if d := (TrainSpec{Rounds: 10, DP: &DP{Epsilon: 3}}).ReleaseDP(); d.Epsilon != 0.3 {
		t.Fatalf("per release %+v", d)
	}
}
