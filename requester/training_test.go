package requester

import (
	"context"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"go.temporal.io/sdk/client"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// startRecorder is a Temporal client that records the training tasks it
// is asked to start.
type startRecorder struct {
	client.Client
	started []workflows.TrainState
}

func (r *startRecorder) ExecuteWorkflow(_ context.Context, _ client.StartWorkflowOptions, _ any, args ...any) (client.WorkflowRun, error) {
	if st, ok := args[0].(workflows.TrainState); ok {
		r.started = append(r.started, st)
	}
	return nil, nil
}

// A paid hlr task on heart-disease is proven when it trains on the
// circuit's columns (the schema's label, every other column, imputed),
// and unproven when it chooses its own features, label or omits rows.
func TestSubmitTrainingProvesOnlyTheCircuitsColumns(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	const circuit = "hlr-heart-disease-v1"
	if d.Verifiers[circuit] == (common.Address{}) {
		t.Fatalf("no verifier of %s deployed", circuit)
	}
	rec := &startRecorder{}
	cl := &Client{T: rec, Payer: &Payer{Escrow: chain.NewEscrow(c, d.TaskEscrow), Signer: chain.NewSigner(devchain.Key(1)),
		Coordinator: devchain.Address(2), Verifiers: map[string]common.Address{circuit: d.Verifiers[circuit]}}}
	base := workflows.TrainSpec{Schema: "heart-disease", Model: workflows.ModelHLR, PaymentWei: "1", Rounds: 2,
		Nodes: []string{"a", "b", "c"}}
	for _, tc := range []struct {
		name   string
		change func(*workflows.TrainSpec)
		proven bool
	}{
		{"default", func(*workflows.TrainSpec) {}, true},
		{"label spelled out", func(s *workflows.TrainSpec) { s.Label = "num" }, true},
		{"features", func(s *workflows.TrainSpec) { s.Features = []string{"age", "chol"} }, false},
		{"label", func(s *workflows.TrainSpec) { s.Label = "sex" }, false},
		{"omit", func(s *workflows.TrainSpec) { s.Missing = workflows.MissingOmit }, false},
	} {
		spec := base
		tc.change(&spec)
		if _, err := cl.SubmitTraining(ctx, "t-"+map[bool]string{true: "p", false: "u"}[tc.proven]+tc.name[:3], spec); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := rec.started[len(rec.started)-1].Spec.Circuit
		if (got != "") != tc.proven {
			t.Errorf("%s: circuit %q, proven %v", tc.name, got, tc.proven)
		}
	}
}
