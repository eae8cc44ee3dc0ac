package requester

import (
	"context"
	"crypto/sha256"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"go.temporal.io/sdk/client"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
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

// A paid hlr task on heart-disease is proven when a registered circuit
// covers its columns: the named circuit (the schema's label, every other
// column, imputed) for any of its features, a derived circuit registered
// for another label, the narrowest of those that cover; and unproven for
// a label no circuit has, or when it omits rows.
func TestSubmitTrainingProvesOnlyTheCircuitsColumns(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	const circuit = "hlr-heart-disease-v1"
	if d.Verifiers[circuit] == (common.Address{}) {
		t.Fatalf("no verifier of %s deployed", circuit)
	}
	// Circuits of label sex registered in the network's registry: over
	// age and chol, and over every other column. Their keys are not used
	// here (nothing is proven), only the choice among them.
	sex := dataset.Label{Column: "sex", Positive: []string{"1"}}
	narrow, err := setup.HLRWith(dataset.HeartDisease, 300, sex, []string{"age", "chol"})
	if err != nil {
		t.Fatal(err)
	}
	wide, err := setup.HLRWith(dataset.HeartDisease, 300, sex, nil)
	if err != nil {
		t.Fatal(err)
	}
	reg := chain.NewCircuits(c, d.VerifierRegistry)
	for _, v := range []setup.Version{narrow, wide} {
		if err := reg.Register(ctx, chain.NewSigner(devchain.Key(0)), v.ID, d.Verifier, make([]byte, setup.SolidityVKSize), sha256.Sum256([]byte(v.ID))); err != nil {
			t.Fatal(err)
		}
	}
	rec := &startRecorder{}
	cl := &Client{T: rec, Payer: &Payer{Escrow: chain.NewEscrow(c, d.TaskEscrow), Signer: chain.NewSigner(devchain.Key(1)),
		Coordinator: devchain.Address(2), Verifiers: map[string]common.Address{circuit: d.Verifiers[circuit], narrow.ID: d.Verifier, wide.ID: d.Verifier}}}
	base := workflows.TrainSpec{Schema: "heart-disease", Model: workflows.ModelHLR, PaymentWei: "1", Rounds: 2,
		Nodes: []string{"a", "b", "c"}}
	for _, tc := range []struct {
		name    string
		change  func(*workflows.TrainSpec)
		circuit string
	}{
		{"default", func(*workflows.TrainSpec) {}, circuit},
		{"label spelled out", func(s *workflows.TrainSpec) { s.Label = "num" }, circuit},
		{"features", func(s *workflows.TrainSpec) { s.Features = []string{"age", "chol"} }, circuit},
		{"sex on age", func(s *workflows.TrainSpec) { s.Label, s.Features = "sex", []string{"age"} }, narrow.ID},
		{"sex on cp", func(s *workflows.TrainSpec) { s.Label, s.Features = "sex", []string{"cp", "age"} }, wide.ID},
		{"sex on all", func(s *workflows.TrainSpec) { s.Label = "sex" }, wide.ID},
		{"fbs", func(s *workflows.TrainSpec) { s.Label = "fbs" }, ""},
		{"omit", func(s *workflows.TrainSpec) { s.Missing = workflows.MissingOmit }, ""},
	} {
		spec := base
		tc.change(&spec)
		if _, err := cl.SubmitTraining(ctx, "t-"+strings.ReplaceAll(tc.name, " ", "-"), spec); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := rec.started[len(rec.started)-1].Spec.Circuit; got != tc.circuit {
			t.Errorf("%s: circuit %q, want %q", tc.name, got, tc.circuit)
		}
	}
}
