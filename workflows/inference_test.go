package workflows

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"
)

// inferFakes stand in for the inference activities and record what the
// workflow asked of them.
type inferFakes struct {
	mu        sync.Mutex
	plan      InferPlan
	checkErr  error
	plainErr  map[string]error // by node
	privErr   map[string]error
	plainAsk  []string // nodes asked, in order
	privAsk   []PrivateInput
	delivered []DeliverInput
	refunded  []DeliverInput
}

func (f *inferFakes) CheckInference(_ context.Context, in InferInput) (InferPlan, error) {
	return f.plan, f.checkErr
}

func (f *inferFakes) PlainPredict(ctx context.Context, in PlainInput) (PlainOutput, error) {
	node := strings.TrimPrefix(activity.GetInfo(ctx).TaskQueue, NodeQueue(""))
	f.mu.Lock()
	f.plainAsk = append(f.plainAsk, node)
	f.mu.Unlock()
	if err := f.plainErr[node]; err != nil {
		return PlainOutput{}, err
	}
	return PlainOutput{Prediction: Prediction{Probability: 0.75, Class: 1}, ResultHash: strings.Repeat("ab", 32)}, nil
}

func (f *inferFakes) PrivatePredict(ctx context.Context, in PrivateInput) (PrivateOutput, error) {
	f.mu.Lock()
	f.privAsk = append(f.privAsk, in)
	f.mu.Unlock()
	node := in.Peers[in.Self].ID
	if err := f.privErr[node]; err != nil {
		return PrivateOutput{}, err
	}
	return PrivateOutput{Node: node, BytesSent: 100, ResultHash: strings.Repeat("cd", 32)}, nil
}

func (f *inferFakes) DeliverInference(_ context.Context, in DeliverInput) (InferDelivery, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.delivered = append(f.delivered, in)
	return InferDelivery{PaidWei: "99", RefundWei: "1", Payments: []InferPayment{{Account: "0x1", PaidWei: "99"}}}, nil
}

func (f *inferFakes) RefundInference(_ context.Context, in DeliverInput) (InferDelivery, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.refunded = append(f.refunded, in)
	return InferDelivery{PaidWei: "0", RefundWei: "100"}, nil
}

func runInfer(t *testing.T, f *inferFakes, in InferInput) (InferResult, error) {
	t.Helper()
	var s testsuite.WorkflowTestSuite
	env := s.NewTestWorkflowEnvironment()
	env.RegisterWorkflowWithOptions(Inference, workflow.RegisterOptions{Name: InferenceName})
	for name, fn := range map[string]any{
		CheckInferenceName: f.CheckInference, PlainPredictName: f.PlainPredict, PrivatePredictName: f.PrivatePredict,
		DeliverInferenceName: f.DeliverInference, RefundInferenceName: f.RefundInference,
	} {
		env.RegisterActivityWithOptions(fn, activity.RegisterOptions{Name: name})
	}
	env.ExecuteWorkflow(InferenceName, in)
	if !env.IsWorkflowCompleted() {
		t.Fatal("workflow did not complete")
	}
	var res InferResult
	err := env.GetWorkflowError()
	if err == nil {
		if gerr := env.GetWorkflowResult(&res); gerr != nil {
			t.Fatal(gerr)
		}
	}
	return res, err
}

func threeNodes(deadline time.Duration) InferPlan {
	p := InferPlan{Deadline: time.Now().Add(deadline), Model: ArtifactRef{Key: "models/x.json", SHA256: "x"}}
	for _, id := range []string{"a", "b", "c"} {
		p.Nodes = append(p.Nodes, id)
		p.Peers = append(p.Peers, NodeInfo{ID: id, Addr: id + ":1", Fingerprint: strings.Repeat("0", 64)})
	}
	return p
}

var (
	plainReq   = InferInput{RequestID: 7, ModelID: 1, Input: "63,1,1,145,233,1,2,150,0,2.3,3,0,6,0"}
	privateReq = InferInput{RequestID: 8, ModelID: 2, Private: true, ClientFingerprint: strings.Repeat("e", 64)}
)

func TestInferencePlainDelivers(t *testing.T) {
	f := &inferFakes{plan: threeNodes(time.Hour)}
	res, err := runInfer(t, f, plainReq)
	if err != nil {
		t.Fatal(err)
	}
	if res.Prediction == nil || res.Prediction.Probability != 0.75 || res.Node != "a" || res.PaidWei != "99" {
		t.Fatalf("result %+v", res)
	}
	if len(f.delivered) != 1 || f.delivered[0].RequestID != 7 || f.delivered[0].Result != strings.Repeat("ab", 32) || len(f.refunded) != 0 {
		t.Fatalf("delivered %+v, refunded %+v", f.delivered, f.refunded)
	}
}

func TestInferencePlainMovesOnToTheNextNode(t *testing.T) {
	f := &inferFakes{plan: threeNodes(time.Hour), plainErr: map[string]error{"a": errors.New("node a is down")}}
	res, err := runInfer(t, f, plainReq)
	if err != nil {
		t.Fatal(err)
	}
	if res.Node != "b" || len(f.delivered) != 1 {
		t.Fatalf("answered by %q, delivered %+v (asked %v)", res.Node, f.delivered, f.plainAsk)
	}
}

func TestInferencePlainBadInputIsRefundedAtOnce(t *testing.T) {
	bad := temporal.NewNonRetryableApplicationError("the row has 3 columns", ErrTypeBadInput, nil)
	f := &inferFakes{plan: threeNodes(time.Hour), plainErr: map[string]error{"a": bad}}
	_, err := runInfer(t, f, plainReq)
	if err == nil || !strings.Contains(err.Error(), "refunded") || !strings.Contains(err.Error(), "3 columns") {
		t.Fatalf("error %v", err)
	}
	if len(f.plainAsk) != 1 || len(f.refunded) != 1 || len(f.delivered) != 0 {
		t.Fatalf("asked %v, refunded %+v, delivered %+v", f.plainAsk, f.refunded, f.delivered)
	}
}

func TestInferencePrivateRunsEveryNode(t *testing.T) {
	f := &inferFakes{plan: threeNodes(time.Hour)}
	res, err := runInfer(t, f, privateReq)
	if err != nil {
		t.Fatal(err)
	}
	if res.Prediction != nil || res.BytesSent != 300 || len(f.delivered) != 1 {
		t.Fatalf("result %+v, delivered %+v", res, f.delivered)
	}
	if len(f.privAsk) != 3 {
		t.Fatalf("asked %d nodes", len(f.privAsk))
	}
	for _, in := range f.privAsk {
		// Party 0 is the client, pinned by the fingerprint the request
		// was paid for; the nodes follow in the plan's order.
		if in.Session != "infer/8" || in.Peers[0].ID != InferClientID || in.Peers[0].Fingerprint != privateReq.ClientFingerprint ||
			len(in.Peers) != 4 || in.Peers[in.Self].ID != f.plan.Nodes[in.Self-1] {
			t.Fatalf("node input %+v", in)
		}
	}
}

func TestInferencePrivateAbortRefunds(t *testing.T) {
	mac := temporal.NewApplicationError("private inference aborted: integrity check failed", ErrTypeMACCheck)
	f := &inferFakes{plan: threeNodes(time.Hour), privErr: map[string]error{"b": mac}}
	_, err := runInfer(t, f, privateReq)
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != ErrTypeInferenceFailed || !strings.Contains(err.Error(), "integrity check failed") {
		t.Fatalf("error %v", err)
	}
	if len(f.refunded) != 1 || len(f.delivered) != 0 {
		t.Fatalf("refunded %+v, delivered %+v", f.refunded, f.delivered)
	}
}

// TestInferencePrivateOutputStage: a session that fails while the
// prediction is opened to the client is refunded, and says that the client
// may hold the prediction.
func TestInferencePrivateOutputStage(t *testing.T) {
	out := temporal.NewApplicationError("private inference aborted while the prediction was opened to the client, which may hold it", ErrTypeOutputStage)
	f := &inferFakes{plan: threeNodes(time.Hour), privErr: map[string]error{"a": out, "c": out}}
	_, err := runInfer(t, f, privateReq)
	var app *temporal.ApplicationError
	if !errors.As(err, &app) || app.Type() != ErrTypeOutputStage || !strings.Contains(err.Error(), "may hold it") {
		t.Fatalf("error %v", err)
	}
	if len(f.refunded) != 1 || len(f.delivered) != 0 {
		t.Fatalf("refunded %+v, delivered %+v", f.refunded, f.delivered)
	}
}

func TestInferenceRefusedRequests(t *testing.T) {
	// Not this workflow's to refund: the check fails and nothing is paid
	// or refunded.
	f := &inferFakes{checkErr: temporal.NewNonRetryableApplicationError("infer: refused: request 7 is not on chain: it was never paid", ErrTypeBadInput, nil)}
	if _, err := runInfer(t, f, plainReq); err == nil || !strings.Contains(err.Error(), "never paid") || len(f.refunded)+len(f.delivered) != 0 {
		t.Fatalf("unpaid: %v, refunded %+v, delivered %+v", err, f.refunded, f.delivered)
	}
	// Paid but not servable: refunded.
	plan := threeNodes(time.Hour)
	plan.Refuse = "model 1 is served privately only"
	f = &inferFakes{plan: plan}
	if _, err := runInfer(t, f, plainReq); err == nil || !strings.Contains(err.Error(), "privately only") || len(f.refunded) != 1 || len(f.plainAsk) != 0 {
		t.Fatalf("refused: %v, refunded %+v, asked %v", err, f.refunded, f.plainAsk)
	}
	// Too close to its deadline to be served: refunded, no node asked.
	f = &inferFakes{plan: threeNodes(InferSettleMargin / 2)}
	if _, err := runInfer(t, f, privateReq); err == nil || !strings.Contains(err.Error(), "deadline") || len(f.refunded) != 1 || len(f.privAsk) != 0 {
		t.Fatalf("late: %v, refunded %+v", err, f.refunded)
	}
	// Malformed input never reaches an activity.
	for _, in := range []InferInput{
		{RequestID: 1, ModelID: 1},
		{RequestID: 1, ModelID: 1, Private: true, ClientFingerprint: "xyz"},
		{RequestID: 1, ModelID: 1, Private: true, ClientFingerprint: strings.Repeat("e", 64), Input: "1,2"},
		{ModelID: 1, Input: "1,2"},
	} {
		f = &inferFakes{plan: threeNodes(time.Hour)}
		if _, err := runInfer(t, f, in); err == nil || len(f.refunded)+len(f.plainAsk)+len(f.privAsk) != 0 {
			t.Errorf("%+v: %v", in, err)
		}
	}
}
