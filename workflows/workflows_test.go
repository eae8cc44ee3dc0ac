package workflows

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

var fourNodes = []NodeInfo{
	{ID: "cleveland", Queue: NodeQueue("cleveland")}, {ID: "hungarian", Queue: NodeQueue("hungarian")},
	{ID: "switzerland", Queue: NodeQueue("switzerland")}, {ID: "va", Queue: NodeQueue("va")},
}

// fakes stand in for the activities; each test sets what they return.
type fakes struct {
	selectFn    func(SelectInput) (SelectOutput, error)
	mapFn       func(MapInput) (MapOutput, error)
	mapNodeFn   func(queue string, in MapInput) (MapOutput, error) // LocalMap on the node of queue
	publishFn   func(PublishInput)
	admitFn     func(queue string, in AdmitInput) AdmitOutput // AdmitTask; nil admits every task
	aggregateFn func(AggregateInput) (AggregateOutput, error)
	published   atomic.Int32
	// escrowFn, if set, answers CheckEscrow; escrowChecks counts its calls.
	escrowFn     func(EscrowCheckInput) error
	escrowChecks atomic.Int32
	// snapshots records every SnapshotDatasets call, in order.
	snapMu    sync.Mutex
	snapshots []SnapshotInput
}

func (f *fakes) SnapshotDatasets(_ context.Context, in SnapshotInput) (SnapshotOutput, error) {
	f.snapMu.Lock()
	defer f.snapMu.Unlock()
	f.snapshots = append(f.snapshots, in)
	return SnapshotOutput{Fixed: in.Nodes}, nil
}

func (f *fakes) CheckEscrow(_ context.Context, in EscrowCheckInput) error {
	f.escrowChecks.Add(1)
	if f.escrowFn != nil {
		return f.escrowFn(in)
	}
	return nil
}

func (f *fakes) SelectNodes(_ context.Context, in SelectInput) (SelectOutput, error) {
	if f.selectFn != nil {
		return f.selectFn(in)
	}
	var out SelectOutput
	for _, n := range fourNodes {
		if !slices.Contains(in.Exclude, n.ID) {
			out.Nodes = append(out.Nodes, n)
		}
	}
	return out, nil
}

func (f *fakes) AdmitTask(ctx context.Context, in AdmitInput) (AdmitOutput, error) {
	q := activity.GetInfo(ctx).TaskQueue
	if f.admitFn != nil {
		return f.admitFn(q, in), nil
	}
	return AdmitOutput{Node: q, Admitted: true}, nil
}

func (f *fakes) LocalMap(ctx context.Context, in MapInput) (MapOutput, error) {
	if f.mapNodeFn != nil {
		return f.mapNodeFn(activity.GetInfo(ctx).TaskQueue, in)
	}
	if f.mapFn != nil {
		return f.mapFn(in)
	}
	return MapOutput{Node: activity.GetInfo(ctx).TaskQueue, Rows: 10, VectorLen: 2}, nil
}

func (f *fakes) SecureAggregate(_ context.Context, in AggregateInput) (AggregateOutput, error) {
	if f.aggregateFn != nil {
		return f.aggregateFn(in)
	}
	return AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{"40", "7"}}, nil
}

func (f *fakes) PublishStats(_ context.Context, in PublishInput) (StatsResult, error) {
	f.published.Add(1)
	if f.publishFn != nil {
		f.publishFn(in)
	}
	return StatsResult{TaskID: in.TaskID, Nodes: in.Nodes, Protocol: in.Spec.Protocol, Round: in.Round,
		Artifact: "s3://twopm/stats/" + strings.Join(in.Sum, "-") + ".json"}, nil
}

func newEnv(t *testing.T, f *fakes) *testsuite.TestWorkflowEnvironment {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.SetStartWorkflowOptions(startOptions("t1"))
	env.RegisterWorkflowWithOptions(FederatedStatistics, workflow.RegisterOptions{Name: FederatedStatisticsName})
	env.RegisterWorkflowWithOptions(FederatedRound, workflow.RegisterOptions{Name: FederatedRoundName})
	env.RegisterActivityWithOptions(f.SelectNodes, activity.RegisterOptions{Name: SelectNodesName})
	env.RegisterActivityWithOptions(f.LocalMap, activity.RegisterOptions{Name: LocalMapName})
	env.RegisterActivityWithOptions(f.AdmitTask, activity.RegisterOptions{Name: AdmitTaskName})
	env.RegisterActivityWithOptions(f.SecureAggregate, activity.RegisterOptions{Name: SecureAggregateName})
	env.RegisterActivityWithOptions(f.PublishStats, activity.RegisterOptions{Name: PublishStatsName})
	env.RegisterActivityWithOptions(f.CheckEscrow, activity.RegisterOptions{Name: CheckEscrowName})
	env.RegisterActivityWithOptions(f.SnapshotDatasets, activity.RegisterOptions{Name: SnapshotDatasetsName})
	return env
}

func progress(t *testing.T, env *testsuite.TestWorkflowEnvironment) Progress {
	t.Helper()
	v, err := env.QueryWorkflow(ProgressQuery)
	if err != nil {
		t.Fatal(err)
	}
	var p Progress
	if err := v.Get(&p); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestStatisticsHappyPath(t *testing.T) {
	f := &fakes{}
	env := newEnv(t, f)
	var mu sync.Mutex
	var sessions []string
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		mu.Lock()
		sessions = append(sessions, in.Session)
		mu.Unlock()
		return AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{"40", "7"}}, nil
	}
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{Requester: "institute-b"})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	var res StatsResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.TaskID != "t1" || len(res.Nodes) != 4 || res.Artifact != "s3://twopm/stats/40-7.json" {
		t.Fatalf("result %+v", res)
	}
	if len(sessions) != 4 || sessions[0] != "t1/round-1/attempt-1" {
		t.Fatalf("sessions %v", sessions)
	}
	if p := progress(t, env); p.Phase != PhaseDone || p.Artifact != res.Artifact {
		t.Fatalf("progress %+v", p)
	}
}

func TestStatisticsTooFewNodesFailsClearly(t *testing.T) {
	f := &fakes{selectFn: func(SelectInput) (SelectOutput, error) {
		return SelectOutput{}, temporal.NewNonRetryableApplicationError("selection: 2 live nodes hold heart-disease, the task needs 3", ErrTypeTooFewNodes, nil)
	}}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{RetryWindow: -1})
	err := env.GetWorkflowError()
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != ErrTypeTooFewNodes || !strings.Contains(app.Message(), "the task needs 3") {
		t.Fatalf("error = %v, want TooFewNodes with the selection message", err)
	}
	if f.published.Load() != 0 {
		t.Fatal("published a result")
	}
}

func TestStatisticsRejectsBadSpec(t *testing.T) {
	env := newEnv(t, &fakes{})
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{MinNodes: 1, Protocol: "smoke-signals"})
	var app *temporal.ApplicationError
	err := env.GetWorkflowError()
	if !errors.As(err, &app) || app.Type() != ErrTypeBadInput || !strings.Contains(app.Message(), "min_nodes 1") || !strings.Contains(app.Message(), "smoke-signals") {
		t.Fatalf("error = %v, want BadInput naming both problems", err)
	}
}

func TestStatisticsNodeTimeoutRetriesRound(t *testing.T) {
	f := &fakes{}
	var calls atomic.Int32
	f.mapFn = func(in MapInput) (MapOutput, error) {
		if calls.Add(1) == 1 {
			return MapOutput{}, temporal.NewTimeoutError(enumspb.TIMEOUT_TYPE_SCHEDULE_TO_START, nil)
		}
		return MapOutput{VectorLen: 2}, nil
	}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if p := progress(t, env); p.Attempt != 2 || p.Phase != PhaseDone {
		t.Fatalf("progress %+v, want done at attempt 2", p)
	}
}

// TestStatisticsAggregationAbortThenRetry: an aborted aggregation fails the
// attempt; the next attempt runs a fresh session and succeeds.
func TestStatisticsAggregationAbortThenRetry(t *testing.T) {
	f := &fakes{}
	var mu sync.Mutex
	var sessions []string
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		mu.Lock()
		sessions = append(sessions, in.Session)
		mu.Unlock()
		if in.Attempt == 1 && in.Peers[in.Self].ID == "va" {
			return AggregateOutput{}, temporal.NewApplicationError("aggregation aborted: peer hung up", ErrTypeAggregation)
		}
		return AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{"1"}}, nil
	}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if len(sessions) != 8 || sessions[0] == sessions[7] || !strings.HasSuffix(sessions[7], "attempt-2") {
		t.Fatalf("sessions %v, want 4 of attempt 1 then 4 of attempt 2", sessions)
	}
	if f.published.Load() != 1 {
		t.Fatalf("published %d times, want once", f.published.Load())
	}
}

func TestStatisticsDisagreeingOutputsAbort(t *testing.T) {
	f := &fakes{aggregateFn: func(in AggregateInput) (AggregateOutput, error) {
		if in.Self == 2 {
			return AggregateOutput{Sum: []string{"41"}}, nil
		}
		return AggregateOutput{Sum: []string{"40"}}, nil
	}}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{RetryWindow: -1, MaxRoundAttempts: 2})
	var app *temporal.ApplicationError
	if err := env.GetWorkflowError(); !errors.As(err, &app) || app.Type() != ErrTypeAggregation || !strings.Contains(app.Message(), "differs") {
		t.Fatalf("error = %v, want AggregationFailed", err)
	}
	if f.published.Load() != 0 {
		t.Fatal("published a result from disagreeing outputs")
	}
}

// TestStatisticsRetryRoundExcludingNode: bad input at one node leaves the
// task waiting; the operator retries the round without that node.
func TestStatisticsRetryRoundExcludingNode(t *testing.T) {
	f := &fakes{}
	f.mapFn = func(in MapInput) (MapOutput, error) {
		return MapOutput{VectorLen: 2}, nil
	}
	var selected [][]string
	f.selectFn = func(in SelectInput) (SelectOutput, error) {
		selected = append(selected, in.Exclude)
		var out SelectOutput
		for _, n := range fourNodes {
			if !slices.Contains(in.Exclude, n.ID) {
				out.Nodes = append(out.Nodes, n)
			}
		}
		return out, nil
	}
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		if len(in.Peers) == 4 && in.Peers[in.Self].ID == "va" {
			return AggregateOutput{}, temporal.NewNonRetryableApplicationError("va.data:3: column 5 (chol): bad value", ErrTypeBadInput, nil)
		}
		return AggregateOutput{Sum: []string{"3"}}, nil
	}
	env := newEnv(t, f)
	var rejected, accepted atomic.Bool
	env.RegisterDelayedCallback(func() {
		// Too early: the round is still running, so the update is rejected.
		env.UpdateWorkflow(RetryRoundUpdate, "early", &testsuite.TestUpdateCallback{
			OnReject: func(error) { rejected.Store(true) }, OnAccept: func() {}, OnComplete: func(any, error) {},
		}, RetryRequest{})
	}, 0)
	env.RegisterDelayedCallback(func() {
		p := progress(t, env)
		if p.Phase != PhaseWaitingRetry || !strings.Contains(p.LastError, "column 5 (chol)") {
			t.Errorf("progress %+v, want waiting-retry with the bad-input message", p)
		}
		env.UpdateWorkflow(RetryRoundUpdate, "ops", &testsuite.TestUpdateCallback{
			OnReject: func(err error) { t.Errorf("update rejected: %v", err) },
			OnAccept: func() { accepted.Store(true) }, OnComplete: func(any, error) {},
		}, RetryRequest{Exclude: []string{"va"}})
	}, 10*time.Minute)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	if !rejected.Load() || !accepted.Load() {
		t.Fatalf("early update rejected %v, retry accepted %v", rejected.Load(), accepted.Load())
	}
	if len(selected) != 2 || !slices.Equal(selected[1], []string{"va"}) {
		t.Fatalf("selections %v, want a second one excluding va", selected)
	}
	var res StatsResult
	_ = env.GetWorkflowResult(&res)
	if len(res.Nodes) != 3 {
		t.Fatalf("result nodes %v", res.Nodes)
	}
}

func TestStatisticsRetryWindowExpires(t *testing.T) {
	f := &fakes{mapFn: func(MapInput) (MapOutput, error) {
		return MapOutput{}, temporal.NewNonRetryableApplicationError("x.data:1: dataset: wrong number of columns", ErrTypeBadInput, nil)
	}}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{RetryWindow: time.Hour})
	var app *temporal.ApplicationError
	if err := env.GetWorkflowError(); !errors.As(err, &app) || app.Type() != ErrTypeBadInput || !strings.Contains(app.Message(), "local map on node cleveland: x.data:1") {
		t.Fatalf("error = %v", err)
	}
}

func TestRegistryKeepsLatestHeartbeatSorted(t *testing.T) {
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.RegisterWorkflowWithOptions(NodeRegistry, workflow.RegisterOptions{Name: NodeRegistryName})
	for i, id := range []string{"va", "cleveland", "va"} {
		env.RegisterDelayedCallback(func() {
			env.SignalWorkflow(HeartbeatSignal, NodeInfo{ID: id, Rows: i})
		}, time.Duration(i+1)*time.Second)
	}
	env.RegisterDelayedCallback(func() {
		v, err := env.QueryWorkflow(NodesQuery)
		if err != nil {
			t.Error(err)
			return
		}
		var nodes []NodeEntry
		_ = v.Get(&nodes)
		if len(nodes) != 2 || nodes[0].ID != "cleveland" || nodes[1].ID != "va" || nodes[1].Rows != 2 {
			t.Errorf("nodes %+v", nodes)
		}
		env.CancelWorkflow()
	}, 10*time.Second)
	env.ExecuteWorkflow(NodeRegistryName, RegistryState{})
}

func startOptions(id string) client.StartWorkflowOptions {
	return client.StartWorkflowOptions{ID: TaskWorkflowID(id), TaskQueue: CoordinatorQueue}
}

// TestStatisticsMACCheckFailureIsReported: in a MASCOT round where one node
// cheats, the honest nodes fail the MAC check and the cheater's peers may
// only see it hang up; the round reports the MAC check, and the task
// retries the round per policy before failing with that type.
func TestStatisticsMACCheckFailureIsReported(t *testing.T) {
	var attempts atomic.Int32
	f := &fakes{aggregateFn: func(in AggregateInput) (AggregateOutput, error) {
		if in.Protocol != ProtocolMascot {
			return AggregateOutput{}, fmt.Errorf("protocol %q, want the default mascot", in.Protocol)
		}
		if in.Self == 0 {
			attempts.Add(1)
			return AggregateOutput{}, temporal.NewApplicationError("secure aggregation aborted: receive from party 3: link closed", ErrTypeAggregation)
		}
		return AggregateOutput{}, temporal.NewApplicationError("secure aggregation aborted: integrity check failed: mascot: MAC check failed", ErrTypeMACCheck)
	}}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{RetryWindow: -1, MaxRoundAttempts: 2})
	var app *temporal.ApplicationError
	if err := env.GetWorkflowError(); !errors.As(err, &app) || app.Type() != ErrTypeMACCheck || !strings.Contains(app.Message(), "MAC check failed") {
		t.Fatalf("error = %v, want MACCheckFailed", err)
	}
	if attempts.Load() != 2 {
		t.Fatalf("%d attempts, want 2", attempts.Load())
	}
}

// TestStatisticsRowBoundReachesEveryNode: max_rows_per_node becomes a
// bound over the count positions the nodes report.
func TestStatisticsRowBoundReachesEveryNode(t *testing.T) {
	var mu sync.Mutex
	var got [][]Bound
	f := &fakes{
		mapFn: func(MapInput) (MapOutput, error) {
			return MapOutput{Rows: 10, VectorLen: 6, Counts: []int{0, 3, 4}}, nil
		},
		aggregateFn: func(in AggregateInput) (AggregateOutput, error) {
			mu.Lock()
			got = append(got, in.Bounds)
			mu.Unlock()
			return AggregateOutput{Sum: []string{"1"}}, nil
		},
	}
	env := newEnv(t, f)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{MaxRowsPerNode: 500})
	if err := env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	want := []Bound{{Indexes: []int{0, 3, 4}, Min: 0, Max: 500}}
	if len(got) != 4 {
		t.Fatalf("%d aggregations", len(got))
	}
	for _, b := range got {
		if len(b) != 1 || !slices.Equal(b[0].Indexes, want[0].Indexes) || b[0].Max != 500 || b[0].Min != 0 {
			t.Fatalf("bounds %+v, want %+v", b, want)
		}
	}
}

func TestSpecProtocolAndRowBound(t *testing.T) {
	if p := (StatsSpec{}).WithDefaults().Protocol; p != ProtocolMascot {
		t.Fatalf("default protocol %q", p)
	}
	for _, tc := range []struct {
		spec StatsSpec
		want string
	}{
		{StatsSpec{Protocol: "additive"}, ""},
		{StatsSpec{Protocol: "shamir"}, `protocol "shamir" is not one of [mascot, additive]`},
		{StatsSpec{MaxRowsPerNode: -1}, "max_rows_per_node -1 is not in"},
		{StatsSpec{MaxRowsPerNode: 1000, Protocol: "additive"}, `max_rows_per_node needs protocol "mascot"`},
		{StatsSpec{MaxRowsPerNode: 1000}, ""},
		{StatsSpec{PaymentWei: "10", Nodes: []string{"a", "b", "c"}}, ""},
		{StatsSpec{PaymentWei: "10"}, "payment_wei without nodes needs escrow_wei"},
		{StatsSpec{PaymentWei: "1e18", EscrowWei: "-3"}, `payment_wei "1e18" is not a decimal number of wei`},
		{StatsSpec{EscrowWei: "3"}, "escrow_wei without payment_wei"},
		// Too little escrow is refused before anything starts.
		{StatsSpec{PaymentWei: "10", EscrowWei: "29", Nodes: []string{"a", "b", "c"}}, "escrow_wei 29 is less than payment_wei × 3 (the nodes listed) × 1 round(s) = 30"},
		{StatsSpec{PaymentWei: "10", EscrowWei: "30", Nodes: []string{"a", "b", "c"}}, ""},
		{StatsSpec{PaymentWei: "10", EscrowWei: "20"}, "escrow_wei 20 is less than payment_wei × 3 (min_nodes)"},
	} {
		err := tc.spec.WithDefaults().Validate()
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%+v: error %v, want %q", tc.spec, err, tc.want)
		}
	}
}

// TestStatisticsSettlesOnChain: a task with a payment settles after its
// result is published, with every node's account, and reports it.
func TestStatisticsSettlesOnChain(t *testing.T) {
	f := &fakes{}
	var got SettleInput
	env := newEnv(t, f)
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		got = in
		return Settlement{ChainID: 1337, EscrowWei: "40", RefundWei: "0", Payments: []Payment{{Node: "cleveland", PaidWei: "10"}}}, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}})
	var res StatsResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if res.Chain == nil || res.Chain.EscrowWei != "40" || got.Round != 1 || len(got.Accounts) != 4 || got.Accounts[3] != fmt.Sprintf("0x%040d", 4) ||
		got.Result != res.ArtifactSHA256 || !slices.Equal(got.Nodes, res.Nodes) {
		t.Fatalf("settlement %+v from %+v", res.Chain, got)
	}
}

// TestPaidTaskChecksItsEscrowFirst: a paid task checks its escrow on
// chain before its first round, and one whose escrow does not match its
// spec fails before any node computes (finding 11 of issue 18).
func TestPaidTaskChecksItsEscrowFirst(t *testing.T) {
	f := &fakes{}
	var got EscrowCheckInput
	f.escrowFn = func(in EscrowCheckInput) error {
		got = in
		return temporal.NewNonRetryableApplicationError("escrow pays 1 wei per contribution, the spec 10", ErrTypeBadInput, nil)
	}
	var maps atomic.Int32
	f.mapFn = func(MapInput) (MapOutput, error) { maps.Add(1); return MapOutput{VectorLen: 3}, nil }
	env := newEnv(t, f)
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Circuit: "stats-heart-disease-v1", Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}})
	err := env.GetWorkflowError()
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != ErrTypeBadInput {
		t.Fatalf("error %v, want the escrow check's bad input", err)
	}
	if maps.Load() != 0 || f.escrowChecks.Load() != 1 {
		t.Fatalf("%d local maps, %d escrow checks; want 0 and 1", maps.Load(), f.escrowChecks.Load())
	}
	if got.TaskID != "t1" || got.PaymentWei != "10" || got.Rounds != 1 || got.Nodes != 4 || got.Circuit != "stats-heart-disease-v1" {
		t.Fatalf("check %+v", got)
	}
	// An unpaid task has nothing to check.
	f2 := &fakes{}
	env = newEnv(t, f2)
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{})
	if err := env.GetWorkflowError(); err != nil || f2.escrowChecks.Load() != 0 {
		t.Fatalf("unpaid task: %v, %d escrow checks", err, f2.escrowChecks.Load())
	}
}

// TestSettlementGivesUpAfterItsWindow: a chain that never answers is
// retried for the spec's settle window, then the task fails with the
// chain's error.
func TestSettlementGivesUpAfterItsWindow(t *testing.T) {
	f := &fakes{}
	env := newEnv(t, f)
	var attempts atomic.Int32
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		attempts.Add(1)
		return Settlement{}, errors.New("chain: dial http://10.0.0.4:8545: connection refused")
	}, activity.RegisterOptions{Name: SettleRoundName})
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Nodes: []string{"cleveland", "hungarian", "switzerland", "va"},
		SettleWindow: 45 * time.Second})
	err := env.GetWorkflowError()
	if err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Fatalf("error %v, want the chain's", err)
	}
	// 2 s, 4 s, 8 s, 16 s apart: five attempts fit in 45 s, not fifteen.
	if n := attempts.Load(); n < 2 || n > 6 {
		t.Fatalf("%d attempts in a 45 s window", n)
	}
}

// selectWithAccounts selects the four nodes but the excluded ones, with
// chain accounts 0x…1 to 0x…4; fewer than three is too few.
func selectWithAccounts(in SelectInput) (SelectOutput, error) {
	var nodes []NodeInfo
	for i, n := range fourNodes {
		if !slices.Contains(in.Exclude, n.ID) {
			n.Account = fmt.Sprintf("0x%040d", i+1)
			nodes = append(nodes, n)
		}
	}
	if len(nodes) < 3 {
		return SelectOutput{}, temporal.NewNonRetryableApplicationError(fmt.Sprintf("%d nodes eligible, want 3", len(nodes)), ErrTypeTooFewNodes, nil)
	}
	return SelectOutput{Nodes: nodes}, nil
}

// TestDecimalArithmetic checks the escrow check's decimal product and
// comparison against math/big, on wei amounts up to 2^256.
func TestDecimalArithmetic(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 2000 {
		a := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(257))))
		b := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(257))))
		k := r.Intn(1 << 20)
		if got, want := mulDecimal(a.String(), k), new(big.Int).Mul(a, big.NewInt(int64(k))).String(); got != want {
			t.Fatalf("%s × %d = %s, want %s", a, k, got, want)
		}
		if got, want := compareDecimal("000"+a.String(), b.String()), a.Cmp(b); (got > 0) != (want > 0) || (got < 0) != (want < 0) {
			t.Fatalf("compare %s %s = %d, want %d", a, b, got, want)
		}
	}
}

// TestStatisticsStopsOnAPendingCancel: an attempt that fails is not tried
// again once the requester asked on chain to cancel the task; the task
// ends as TaskCancelled without publishing.
func TestStatisticsStopsOnAPendingCancel(t *testing.T) {
	f := &fakes{}
	var cancelled atomic.Bool
	f.escrowFn = func(EscrowCheckInput) error {
		if cancelled.Load() {
			return temporal.NewNonRetryableApplicationError("its requester asked on chain to cancel task t1", ErrTypeTaskCancelled, nil)
		}
		return nil
	}
	var sessions sync.Map
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		sessions.Store(in.Session, true)
		cancelled.Store(true)
		return AggregateOutput{}, temporal.NewApplicationError("peer hung up", ErrTypeAggregation)
	}
	env := newEnv(t, f)
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		return Settlement{}, errors.New("a cancelled round is not recorded")
	}, activity.RegisterOptions{Name: SettleRoundName})
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}})
	err := env.GetWorkflowError()
	if err == nil || classify(err).Type != ErrTypeTaskCancelled {
		t.Fatalf("error %v, want %s", err, ErrTypeTaskCancelled)
	}
	n := 0
	sessions.Range(func(any, any) bool { n++; return true })
	if n != 1 || f.published.Load() != 0 {
		t.Fatalf("%d sessions, %d published; want 1 attempt and nothing published", n, f.published.Load())
	}
}

// TestStatisticsDisclosure: the round asks for a release under the
// strictest rules its nodes announce, with their row counts, and hands
// the result what the aggregation withheld; an additive round judges on
// the nodes' holdings instead; nodes that announce no rules get none.
func TestStatisticsDisclosure(t *testing.T) {
	for _, tc := range []struct {
		name     string
		protocol string
		rules    []*Disclosure
	}{
		{"mascot", ProtocolMascot, []*Disclosure{{5, 5, 2}, {11, 3, 2}, {5, 5, 3}, nil}},
		{"additive", ProtocolAdditive, []*Disclosure{{5, 5, 2}, {11, 3, 2}, {5, 5, 3}, {5, 5, 2}}},
		{"no rules", ProtocolMascot, []*Disclosure{nil, nil, nil, nil}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var mu sync.Mutex
			var releases []*Release
			var published PublishInput
			f := &fakes{
				mapFn: func(MapInput) (MapOutput, error) { return MapOutput{VectorLen: 2}, nil },
				aggregateFn: func(in AggregateInput) (AggregateOutput, error) {
					mu.Lock()
					releases = append(releases, in.Release)
					mu.Unlock()
					out := AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{"40", "7"}}
					if in.Release != nil {
						out.Sum[1] = ""
						out.Suppressed, out.ColumnNodes = []Suppression{{Index: 1, Rule: "min_cell_count"}}, []int64{4}
					}
					return out, nil
				},
			}
			f.mapNodeFn = func(queue string, _ MapInput) (MapOutput, error) {
				i := slices.IndexFunc(fourNodes, func(n NodeInfo) bool { return n.Queue == queue }) + 1
				return MapOutput{Rows: 10 * i, VectorLen: 2, Disclosure: tc.rules[i-1], Holds: []bool{i != 2}}, nil
			}
			f.publishFn = func(in PublishInput) { published = in }
			env := newEnv(t, f)
			env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{Protocol: tc.protocol, Columns: []string{"age"}})
			if err := env.GetWorkflowError(); err != nil {
				t.Fatal(err)
			}
			strictest := &Disclosure{11, 5, 3}
			switch tc.name {
			case "mascot":
				for _, r := range releases {
					if r == nil || r.Rules != *strictest || r.OpenAll || !slices.Equal(r.Columns, []string{"age"}) {
						t.Fatalf("release %+v", r)
					}
				}
				if !published.Judged || len(published.Suppressed) != 1 || *published.Disclosure != *strictest || published.Sum[1] != "" {
					t.Fatalf("published %+v", published)
				}
			case "additive":
				if releases[0] != nil || published.Judged || !slices.Equal(published.ColumnNodes, []int64{3}) || *published.Disclosure != *strictest {
					t.Fatalf("release %+v, published %+v", releases[0], published)
				}
			case "no rules":
				if releases[0] != nil || published.Disclosure != nil {
					t.Fatalf("release %+v, published %+v", releases[0], published)
				}
			}
		})
	}
}

// TestAdmission: a node whose policy refuses the task is left out, with
// the reason in the result, before any node maps; a task that names its
// nodes fails at selection instead; a training task's preparation round
// summarizes only the columns the nodes resolve for it.
func TestAdmission(t *testing.T) {
	refuseVA := func(queue string, in AdmitInput) AdmitOutput {
		if queue == NodeQueue("va") {
			return AdmitOutput{Node: "va", Reason: "requester mallory is not admitted", Policy: "p2"}
		}
		return AdmitOutput{Node: queue, Admitted: true, Policy: "p1", Disclosure: Disclosure{5, 5, 2},
			Columns: []string{"num", "age", "chol"}}
	}
	t.Run("left out", func(t *testing.T) {
		var mapped atomic.Int32
		f := &fakes{admitFn: refuseVA, mapNodeFn: func(queue string, _ MapInput) (MapOutput, error) {
			if queue == NodeQueue("va") {
				t.Error("the refusing node mapped")
			}
			mapped.Add(1)
			return MapOutput{VectorLen: 2}, nil
		}}
		env := newEnv(t, f)
		env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{Requester: "mallory"})
		if err := env.GetWorkflowError(); err != nil {
			t.Fatal(err)
		}
		var res StatsResult
		if err := env.GetWorkflowResult(&res); err != nil {
			t.Fatal(err)
		}
		if mapped.Load() != 3 || len(res.Refused) != 1 || !strings.Contains(res.Refused[0], "va (its policy: requester mallory is not admitted)") ||
			!slices.Equal(res.Policies, []string{"p1", "p1", "p1"}) {
			t.Fatalf("mapped %d, refused %v, policies %v", mapped.Load(), res.Refused, res.Policies)
		}
	})
	t.Run("named nodes", func(t *testing.T) {
		f := &fakes{admitFn: refuseVA, mapNodeFn: func(string, MapInput) (MapOutput, error) {
			t.Error("a node mapped")
			return MapOutput{}, nil
		}}
		env := newEnv(t, f)
		env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}, RetryWindow: -1})
		err := env.GetWorkflowError()
		if err == nil || !strings.Contains(err.Error(), ErrTypeTooFewNodes) || !strings.Contains(err.Error(), "requester mallory is not admitted") {
			t.Fatalf("error %v, want TooFewNodes with the reason", err)
		}
	})
	t.Run("training columns", func(t *testing.T) {
		var mu sync.Mutex
		var cols [][]string
		var types []string
		f := &fakes{
			admitFn: func(queue string, in AdmitInput) AdmitOutput {
				mu.Lock()
				types = append(types, in.Type)
				mu.Unlock()
				return AdmitOutput{Node: queue, Admitted: true, Columns: []string{"num", "age", "chol"}}
			},
			mapNodeFn: func(_ string, in MapInput) (MapOutput, error) {
				mu.Lock()
				cols = append(cols, in.Spec.Columns)
				mu.Unlock()
				return MapOutput{VectorLen: 2}, nil
			},
		}
		env := newEnv(t, f)
		env.ExecuteWorkflow(FederatedRoundName, RoundInput{TaskID: "t1", Round: 0, Attempt: 1, Spec: StatsSpec{}.WithDefaults(),
			Training: &TrainColumns{Label: "num", Features: []string{"age", "chol"}}})
		if err := env.GetWorkflowError(); err != nil {
			t.Fatal(err)
		}
		if len(cols) != 4 || !slices.Equal(cols[0], []string{"num", "age", "chol"}) || types[0] != TaskTypeTrainingPolicy {
			t.Fatalf("mapped columns %v, admitted as %v", cols, types)
		}
	})
}
