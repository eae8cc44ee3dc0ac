package infer

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// TestCheckInferenceServesFromActiveHolders: three registered nodes train
// a model, then one of them leaves the registry. A plain request is served
// by the two still active; a private one is refused, because the session
// needs every holder's weight share, and the refusal names the node that
// left.
func TestCheckInferenceServesFromActiveHolders(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	requester, coord, buyer := chain.NewSigner(devchain.Key(1)), chain.NewSigner(devchain.Key(2)), chain.NewSigner(devchain.Key(6))
	reg, e, m := chain.NewRegistry(c, d.NodeRegistry), chain.NewEscrow(c, d.TaskEscrow), chain.NewMarket(c, d.Market)
	nodes := []*chain.Signer{chain.NewSigner(devchain.Key(3)), chain.NewSigner(devchain.Key(4)), chain.NewSigner(devchain.Key(5))}
	names := []string{"cleveland", "hungarian", "va"}
	var accounts []common.Address
	for i, n := range nodes {
		if err := reg.Register(ctx, n, names[i], [32]byte{byte(i + 1)}, names[i]+":7400"); err != nil {
			t.Fatal(err)
		}
		accounts = append(accounts, n.Address())
	}
	slices.SortFunc(accounts, func(a, b common.Address) int { return a.Cmp(b) })
	const task = "train-then-leave"
	results := [][32]byte{{0xa1}, {0xa2}}
	if err := e.CreateTask(ctx, requester, task, [32]byte{1}, 2, big.NewInt(1e15), coord.Address(), "", big.NewInt(6e15)); err != nil {
		t.Fatal(err)
	}
	for r, res := range results {
		if err := e.RecordRound(ctx, coord, task, uint32(r+1), res, accounts); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.Settle(ctx, coord, task); err != nil {
		t.Fatal(err)
	}
	price := big.NewInt(1000)
	plainID, err := m.Publish(ctx, requester, task, 1, results[0], price, time.Hour, false)
	if err != nil {
		t.Fatal(err)
	}
	privateID, err := m.Publish(ctx, requester, task, 2, results[1], price, time.Hour, true)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Leave(ctx, nodes[1]); err != nil {
		t.Fatal(err)
	}
	co := &Coordinator{Market: m, Registry: reg, Signer: coord}

	plainReq, err := m.Request(ctx, buyer, plainID, PlainCommitment(plainID, row), price)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := co.CheckInference(ctx, workflows.InferInput{RequestID: plainReq, ModelID: plainID, Input: row})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Refuse != "" {
		t.Fatalf("plain request refused: %s", plan.Refuse)
	}
	slices.Sort(plan.Nodes)
	if strings.Join(plan.Nodes, ",") != "cleveland,va" || len(plan.Peers) != 2 {
		t.Fatalf("plain request served by %v (peers %+v), want cleveland and va", plan.Nodes, plan.Peers)
	}
	for _, p := range plan.Peers {
		if p.Account == nodes[1].Address().Hex() {
			t.Fatalf("the node that left is a peer: %+v", p)
		}
	}

	// The holder that left trained the model: it is paid its share.
	del, err := co.DeliverInference(ctx, workflows.DeliverInput{RequestID: plainReq, Result: strings.Repeat("ef", 32)})
	if err != nil {
		t.Fatal(err)
	}
	paid := map[string]string{}
	for _, p := range del.Payments {
		paid[p.Node] = p.PaidWei
	}
	if len(del.Payments) != 3 || paid["hungarian"] != "333" || del.PaidWei != "999" || del.RefundWei != "1" {
		t.Fatalf("delivery %+v, want 333 wei to each of the three holders, hungarian included", del)
	}

	fp := strings.Repeat("cd", 32)
	privateReq, err := m.Request(ctx, buyer, privateID, PrivateCommitment(privateID, fp), price)
	if err != nil {
		t.Fatal(err)
	}
	plan, err = co.CheckInference(ctx, workflows.InferInput{RequestID: privateReq, ModelID: privateID, Private: true, ClientFingerprint: fp})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plan.Refuse, nodes[1].Address().Hex()) || !strings.Contains(plan.Refuse, "every") {
		t.Fatalf("private request with a holder gone: refuse %q, want it to name %s and say every holder is needed", plan.Refuse, nodes[1].Address().Hex())
	}
}
