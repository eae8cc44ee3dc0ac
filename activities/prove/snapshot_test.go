package prove

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
)

// TestSnapshotFromTheEscrow: the check reads the snapshot the escrow took
// at the node's selection: none before it, the registration of then after
// it, whatever the node registered since; a task without escrow has none
// to check, and its current registration stands.
func TestSnapshotFromTheEscrow(t *testing.T) {
	ctx, cl, d := chaintest.Deployed(t)
	requester, coord, node := chain.NewSigner(devchain.Key(1)), chain.NewSigner(devchain.Key(2)), chain.NewSigner(devchain.Key(3))
	if err := chain.NewRegistry(cl, d.NodeRegistry).Register(ctx, node, "n", [32]byte{1}, "127.0.0.1:1"); err != nil {
		t.Fatal(err)
	}
	hub := chain.NewHub(cl, d.DataHub)
	id, err := hub.Register(ctx, node, dataset.HeartDisease.Hash(), 10, [32]byte{2}, "")
	if err != nil {
		t.Fatal(err)
	}
	esc := chain.NewEscrow(cl, d.TaskEscrow)
	if err := esc.CreateTask(ctx, requester, "t", [32]byte{1}, 1, big.NewInt(1e15), coord.Address(), "hlr-heart-disease-v1", big.NewInt(1e15)); err != nil {
		t.Fatal(err)
	}
	c := &Coordinator{Hub: hub, Tasks: esc}
	if snap, onChain, err := c.getSnapshot(ctx, "no such task", node.Address()); err != nil || onChain || snap != [32]byte{} {
		t.Fatalf("task without escrow: %x, %v, %v", snap, onChain, err)
	}
	if snap, onChain, err := c.getSnapshot(ctx, "t", node.Address()); err != nil || !onChain || snap != [32]byte{} {
		t.Fatalf("before the selection: %x, %v, %v", snap, onChain, err)
	}
	if err := esc.SnapshotDatasets(ctx, coord, "t", []common.Address{node.Address()}, [][32]byte{id}); err != nil {
		t.Fatal(err)
	}
	if _, err := hub.Register(ctx, node, dataset.HeartDisease.Hash(), 10, [32]byte{3}, ""); err != nil {
		t.Fatal(err)
	}
	if snap, onChain, err := c.getSnapshot(ctx, "t", node.Address()); err != nil || !onChain || snap != chain.SnapshotOf(id, [32]byte{2}, 10) {
		t.Fatalf("after the selection and a re-registration: %x, %v, %v", snap, onChain, err)
	}
}
