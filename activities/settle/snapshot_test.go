package settle

import (
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// TestSnapshotDatasets: the coordinator fixes the selected nodes' data sets
// for a proven task; a retry (or a later attempt's selection) sends nothing
// for nodes already fixed and keeps their snapshots, even after a node
// re-registered its table, which it reports as changed; a node without a
// data set is reported, not fixed, and fails nobody.
func TestSnapshotDatasets(t *testing.T) {
	ctx, a, d := network(t)
	requester := chain.NewSigner(devchain.Key(1))
	x, y, bare := chain.NewSigner(devchain.Key(3)), chain.NewSigner(devchain.Key(4)), chain.NewSigner(devchain.Key(5))
	reg, hub := chain.NewRegistry(a.Chain, d.NodeRegistry), chain.NewHub(a.Chain, d.DataHub)
	for i, n := range []*chain.Signer{x, y, bare} {
		if err := reg.Register(ctx, n, "n", [32]byte{byte(i + 1)}, "127.0.0.1:1"); err != nil {
			t.Fatal(err)
		}
	}
	for i, n := range []*chain.Signer{x, y} {
		if _, err := hub.Register(ctx, n, dataset.HeartDisease.Hash(), 10, [32]byte{byte(i + 1)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Escrow.CreateTask(ctx, requester, "t", [32]byte{1}, 2, big.NewInt(1e15), a.Signer.Address(), "hlr-heart-disease-v1", big.NewInt(6e15)); err != nil {
		t.Fatal(err)
	}
	in := workflows.SnapshotInput{TaskID: "t", Schema: "heart-disease", Nodes: []string{"x", "y", "bare"},
		Accounts: []string{x.Address().Hex(), y.Address().Hex(), bare.Address().Hex()}}
	out, err := a.SnapshotDatasets(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(out.Fixed, []string{"x", "y"}) || len(out.Changed) != 0 || len(out.Unregistered) != 1 || !strings.HasPrefix(out.Unregistered[0], "bare ") {
		t.Fatalf("snapshot %+v", out)
	}
	// x reorders its table after its selection; the retry keeps x's snapshot.
	if _, err := hub.Register(ctx, x, dataset.HeartDisease.Hash(), 10, [32]byte{9}, ""); err != nil {
		t.Fatal(err)
	}
	if out, err = a.SnapshotDatasets(ctx, in); err != nil {
		t.Fatalf("retried snapshot: %v", err)
	}
	if !slices.Equal(out.Fixed, []string{"x", "y"}) || !slices.Equal(out.Changed, []string{"x"}) {
		t.Fatalf("retried snapshot %+v, want x reported changed", out)
	}
	snap, err := a.Escrow.DatasetSnapshot(ctx, "t", x.Address())
	if err != nil || snap != chain.SnapshotOf(chain.DatasetID(x.Address(), dataset.HeartDisease.Hash()), [32]byte{1}, 10) {
		t.Fatalf("x's snapshot %x, %v: want its registration at selection", snap, err)
	}
	// A coordinator that is not the task's cannot fix data sets: bad input.
	other := &Activities{Chain: a.Chain, Escrow: a.Escrow, Contract: a.Contract, Signer: requester}
	in.Nodes, in.Accounts = []string{"bare"}, []string{bare.Address().Hex()}
	if _, err := hub.Register(ctx, bare, dataset.HeartDisease.Hash(), 3, [32]byte{7}, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := other.SnapshotDatasets(ctx, in); !isBadInput(err) || !strings.Contains(err.Error(), "NotCoordinator") {
		t.Fatalf("snapshot by the requester: %v, want bad input NotCoordinator", err)
	}
}
