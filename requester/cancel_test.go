package requester

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// noWorkflows is a Temporal client that knows no workflow: a task whose
// submission escrowed its deposit and then failed to start.
type noWorkflows struct{ client.Client }

func (noWorkflows) DescribeWorkflowExecution(context.Context, string, string) (*workflowservice.DescribeWorkflowExecutionResponse, error) {
	return nil, serviceerror.NewNotFound("workflow not found")
}

// TestCancelTaskThatNeverStarted: a task escrowed on chain whose workflow
// never started is cancelled all the same, in the escrow's two steps, and
// its whole deposit comes back (finding 15 of issue 18: cancel answered
// "no such task" and left the deposit in escrow). A task unknown to both
// Temporal and the chain is still unknown.
func TestCancelTaskThatNeverStarted(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	s := chain.NewSigner(devchain.Key(1))
	e := chain.NewEscrow(c, d.TaskEscrow)
	p := &Payer{Escrow: e, Signer: s, Coordinator: devchain.Address(2)}
	deposit := big.NewInt(4e15)
	if err := p.escrow(ctx, "orphan", workflows.StatsSpec{}, "1000000000000000", deposit.String(), 4, 1, ""); err != nil {
		t.Fatal(err)
	}
	cl := &Client{T: noWorkflows{}, Payer: p}
	out, err := cl.Cancel(ctx, "orphan")
	if err != nil {
		t.Fatal(err)
	}
	if out.Status != StatusNotStarted || out.PaidWei != "0" || out.RefundWei != deposit.String() {
		t.Fatalf("cancelled %+v", out)
	}
	if task, err := e.Task(ctx, "orphan"); err != nil || task.Status != chain.TaskCancelled {
		t.Fatalf("task %+v, %v", task, err)
	}
	// Again: nothing left to do.
	if out, err := cl.Cancel(ctx, "orphan"); err != nil || out.RefundWei != "0" {
		t.Fatalf("second cancel %+v, %v", out, err)
	}
	if _, err := cl.Cancel(ctx, "nobody"); !errors.Is(err, ErrTaskUnknown) {
		t.Fatalf("cancel of an unknown task: %v", err)
	}
}

// TestEscrowChecksTheRegistry: a proven task is escrowed only if the
// network's registry holds the verifier the requester expects for its
// circuit; the escrow records the circuit and the registry's verifier.
func TestEscrowChecksTheRegistry(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	e := chain.NewEscrow(c, d.TaskEscrow)
	const circuit = "stats-heart-disease-v1"
	p := &Payer{Escrow: e, Signer: chain.NewSigner(devchain.Key(1)), Coordinator: devchain.Address(2),
		Verifiers: map[string]common.Address{circuit: devchain.Address(9)}}
	if err := p.escrow(ctx, "t", workflows.StatsSpec{}, "1", "4", 4, 1, circuit); err == nil {
		t.Fatal("escrowed with a verifier the registry does not hold")
	}
	p.Verifiers[circuit] = d.Verifiers[circuit]
	if err := p.escrow(ctx, "t", workflows.StatsSpec{}, "1", "4", 4, 1, circuit); err != nil {
		t.Fatal(err)
	}
	if task, err := e.Task(ctx, "t"); err != nil || task.Verifier != d.Verifiers[circuit] || task.CircuitId != chain.CircuitID(circuit) {
		t.Fatalf("task %+v, %v", task, err)
	}
}
