package contracts_test

import (
	"fmt"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/dataset"
)

// snapshot has the coordinator fix nodes[i]'s data set ids[i] for task id,
// as it does when it selects them.
func (e *env) snapshot(id [32]byte, nodes []common.Address, ids ...[32]byte) *types.Receipt {
	e.t.Helper()
	return e.send(e.escC, e.coordinator, nil, e.esc.PackSnapshotDatasets(id, nodes, ids))
}

// snapshotOf is keccak256(abi.encode(datasetId, root, rows)), what
// datasetSnapshot returns.
func snapshotOf(id, root [32]byte, rows uint64) [32]byte {
	return crypto.Keccak256Hash(id[:], root[:], common.LeftPadBytes(new(big.Int).SetUint64(rows).Bytes(), 32))
}

// provenTask deploys the narrow verifier, registers it and creates a
// proven task of rounds rounds paying for up to four contributions a round.
func (e *env) provenTask(name string, rounds uint32) [32]byte {
	e.t.Helper()
	ver := e.circuit("stats-narrow-test")
	id := h(name)
	e.send(e.escC, e.requester, mul(payment, 4*int64(rounds)), e.esc.PackCreateTask(id, h("s"), rounds, payment, e.coordinator.addr, ver))
	return id
}

func root(t *testing.T, tab *dataset.Table) [32]byte {
	t.Helper()
	r, err := tab.CommitmentRoot()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestDatasetFixedAtSelection: the coordinator fixes each node's data set
// when it selects it; a node that re-registers another table (here its
// rows reordered, which decides a training task's held-out rows) between
// its selection and its first proven contribution is rejected
// DatasetChanged and not paid (findings 8 and 10 of issue 18: the snapshot
// was taken at the first contribution, after the holdout key was known, and
// took the new table). A node never snapshotted is rejected NotSnapshotted.
func TestDatasetFixedAtSelection(t *testing.T) {
	e := newEnv(t)
	id := e.provenTask("task", 2)
	a, b, c := e.hospitals[0], e.hospitals[1], e.hospitals[2]
	for _, x := range []*account{a, b, c} {
		e.register(x)
	}
	selected, reordered := narrowTable(t, "1,1,1", "2,0,0"), narrowTable(t, "2,0,0", "1,1,1")
	dsA := e.dataset(a, "narrow", 2, root(t, selected))
	dsB := e.dataset(b, "narrow", 2, root(t, selected))
	dsC := e.dataset(c, "narrow", 2, root(t, selected))

	rc := e.snapshot(id, addrs(a, b), dsA, dsB)
	t.Logf("gas snapshotDatasets (2 nodes): %d", rc.GasUsed)
	evs := events(rc, e.esc.UnpackDatasetSnapshottedEvent)
	if len(evs) != 2 || evs[0].Node != a.addr || evs[0].DatasetId != dsA || evs[0].CommitmentRoot != root(t, selected) || evs[0].Rows != 2 {
		t.Fatalf("DatasetSnapshotted = %+v", evs)
	}
	if got := call(e, e.escC, e.esc.PackDatasetSnapshot(id, a.addr), e.esc.UnpackDatasetSnapshot); got != snapshotOf(dsA, root(t, selected), 2) {
		t.Fatalf("datasetSnapshot = %x", got)
	}

	// After its selection, a re-registers its rows in another order.
	e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(dsA, 2, root(t, reordered), ""))
	round1 := []taskescrow.TaskEscrowContribution{
		prove(t, e, reordered, id, 1, a.addr, dsA),
		prove(t, e, selected, id, 1, b.addr, dsB),
		prove(t, e, selected, id, 1, c.addr, dsC),
	}
	slices.SortFunc(round1, func(x, y taskescrow.TaskEscrowContribution) int { return x.Node.Cmp(y.Node) })
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("r1"), nil, round1))
	if n := len(events(rc, e.esc.UnpackDatasetSnapshottedEvent)); n != 0 {
		t.Fatalf("recording a round took %d snapshots, want none", n)
	}
	want := map[common.Address]uint8{a.addr: rejectDatasetChanged, c.addr: rejectNotSnapshotted}
	for _, r := range events(rc, e.esc.UnpackContributionRejectedEvent) {
		if w, ok := want[r.Participant]; !ok || r.Reason != w {
			t.Errorf("%s rejected for reason %d, want %d", r.Participant, r.Reason, w)
		}
		delete(want, r.Participant)
	}
	if len(want) != 0 {
		t.Errorf("not rejected: %v", want)
	}
	eqBig(t, "a's credit for the reordered table", e.credit(a.addr), new(big.Int))
	eqBig(t, "b's credit", e.credit(b.addr), payment)
	eqBig(t, "c's credit", e.credit(c.addr), new(big.Int))

	// Back on the table it was selected with, a is paid again.
	e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(dsA, 2, root(t, selected), ""))
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 2, 1, h("r2"), nil,
		[]taskescrow.TaskEscrowContribution{prove(t, e, selected, id, 2, a.addr, dsA)}))
	oneEvent(t, rc, e.esc.UnpackContributionCreditedEvent)

	// A new task takes the release current at its own selection.
	e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(dsA, 2, root(t, reordered), ""))
	next := h("next task")
	e.send(e.escC, e.requester, payment, e.esc.PackCreateTask(next, h("s"), 1, payment, e.coordinator.addr, e.task(id).CircuitId))
	e.snapshot(next, addrs(a), dsA)
	rc = e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(next, 1, 1, h("r1"), nil,
		[]taskescrow.TaskEscrowContribution{prove(t, e, reordered, next, 1, a.addr, dsA)}))
	oneEvent(t, rc, e.esc.UnpackContributionCreditedEvent)
}

// TestSnapshotDatasetsOnlyByCoordinator: only the task's coordinator fixes
// data sets, and only of a proven, open task, each node's own, before any
// round is recorded. A requester could fix a stale table, a node one of its
// choosing after the task's keys are known, an outsider anything.
func TestSnapshotDatasetsOnlyByCoordinator(t *testing.T) {
	e := newEnv(t)
	id := e.provenTask("task", 2)
	a, b := e.hospitals[0], e.hospitals[1]
	e.register(a)
	e.register(b)
	tab := narrowTable(t, "1,1,1")
	dsA := e.dataset(a, "narrow", 1, root(t, tab))
	dsB := e.dataset(b, "narrow", 1, root(t, tab))
	plain := h("plain task")
	e.send(e.escC, e.requester, payment, e.esc.PackCreateTask(plain, h("s"), 1, payment, e.coordinator.addr, [32]byte{}))
	nobody := h("nobody's data set")

	for _, tc := range []struct {
		name    string
		from    *account
		task    [32]byte
		nodes   []common.Address
		ids     [][32]byte
		wantErr string
	}{
		{"requester", e.requester, id, addrs(a), [][32]byte{dsA}, fmt.Sprintf("NotCoordinator(%s)", e.requester.addr.Hex())},
		{"the node itself", a, id, addrs(a), [][32]byte{dsA}, fmt.Sprintf("NotCoordinator(%s)", a.addr.Hex())},
		{"outsider", e.outsider, id, addrs(a), [][32]byte{dsA}, fmt.Sprintf("NotCoordinator(%s)", e.outsider.addr.Hex())},
		{"unknown task", e.coordinator, h("no task"), addrs(a), [][32]byte{dsA}, fmt.Sprintf("UnknownTask(%s)", hex32(h("no task")))},
		{"unproven task", e.coordinator, plain, addrs(a), [][32]byte{dsA}, fmt.Sprintf("NoVerifier(%s)", hex32(plain))},
		{"lengths differ", e.coordinator, id, addrs(a, b), [][32]byte{dsA}, "LengthMismatch(2, 1)"},
		{"unknown data set", e.coordinator, id, addrs(a), [][32]byte{nobody}, fmt.Sprintf("UnknownDataset(%s)", hex32(nobody))},
		{"another node's data set", e.coordinator, id, addrs(a), [][32]byte{dsB},
			fmt.Sprintf("DatasetNotOwned(%s, %s, %s)", a.addr.Hex(), hex32(dsB), b.addr.Hex())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.escC, tc.from, nil, e.esc.PackSnapshotDatasets(tc.task, tc.nodes, tc.ids), tc.wantErr)
		})
	}
	if got := call(e, e.escC, e.esc.PackDatasetSnapshot(id, a.addr), e.esc.UnpackDatasetSnapshot); got != ([32]byte{}) {
		t.Fatalf("a failed snapshot left %x", got)
	}

	// Once a round is recorded, no new node is fixed; one fixed before
	// still is (a retry).
	rc := e.snapshot(id, addrs(a), dsA)
	t.Logf("gas snapshotDatasets (1 node): %d", rc.GasUsed)
	e.send(e.escC, e.coordinator, nil, e.esc.PackRecordProvenRound(id, 1, 1, h("r1"), nil,
		[]taskescrow.TaskEscrowContribution{prove(t, e, tab, id, 1, a.addr, dsA)}))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackSnapshotDatasets(id, addrs(a, b), [][32]byte{dsA, dsB}), fmt.Sprintf("SnapshotsClosed(%s)", hex32(id)))
	e.snapshot(id, addrs(a), dsA)

	// A closed task takes no snapshot.
	e.send(e.escC, e.coordinator, nil, e.esc.PackSettle(id))
	e.expectRevert(e.escC, e.coordinator, nil, e.esc.PackSnapshotDatasets(id, addrs(a), [][32]byte{dsA}), fmt.Sprintf("AlreadySettled(%s)", hex32(id)))
}

// TestSnapshotDatasetsIsIdempotent: a retried snapshot succeeds and
// changes nothing, even after the node updated its data set; a node first
// selected in a later attempt is added.
func TestSnapshotDatasetsIsIdempotent(t *testing.T) {
	e := newEnv(t)
	id := e.provenTask("task", 1)
	e.registerAll()
	tab, other := narrowTable(t, "1,1,1"), narrowTable(t, "2,0,0")
	var ds [][32]byte
	for _, x := range e.hospitals {
		ds = append(ds, e.dataset(x, "narrow", 1, root(t, tab)))
	}
	a := e.hospitals[0]
	nodes := addrs(e.hospitals[:3]...)

	rc := e.snapshot(id, nodes, ds[:3]...)
	t.Logf("gas snapshotDatasets (3 nodes): %d", rc.GasUsed)
	fixed := call(e, e.escC, e.esc.PackDatasetSnapshot(id, a.addr), e.esc.UnpackDatasetSnapshot)
	rc = e.snapshot(id, nodes, ds[:3]...)
	t.Logf("gas snapshotDatasets (retry, 3 nodes already fixed): %d", rc.GasUsed)
	if n := len(events(rc, e.esc.UnpackDatasetSnapshottedEvent)); n != 0 {
		t.Fatalf("a retry took %d snapshots", n)
	}
	// a updates its data set, then the selection of a new attempt adds d.
	e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(ds[0], 1, root(t, other), ""))
	rc = e.snapshot(id, addrs(e.hospitals...), ds...)
	if ev := oneEvent(t, rc, e.esc.UnpackDatasetSnapshottedEvent); ev.Node != e.hospitals[3].addr {
		t.Fatalf("DatasetSnapshotted = %+v, want d's only", ev)
	}
	t.Logf("gas snapshotDatasets (4 nodes, 1 new): %d", rc.GasUsed)
	if got := call(e, e.escC, e.esc.PackDatasetSnapshot(id, a.addr), e.esc.UnpackDatasetSnapshot); got != fixed || got != snapshotOf(ds[0], root(t, tab), 1) {
		t.Fatalf("a's snapshot changed to %x", got)
	}
}

// TestSnapshotDatasetsGas measures a selection of four nodes.
func TestSnapshotDatasetsGas(t *testing.T) {
	e := newEnv(t)
	id := e.provenTask("task", 1)
	e.registerAll()
	var ds [][32]byte
	for _, x := range e.hospitals {
		ds = append(ds, e.dataset(x, "narrow", 1, h("root "+x.name)))
	}
	rc := e.snapshot(id, addrs(e.hospitals...), ds...)
	t.Logf("gas snapshotDatasets (4 nodes): %d", rc.GasUsed)
	rc = e.snapshot(id, addrs(e.hospitals[:1]...), ds[0])
	t.Logf("gas snapshotDatasets (retry, 1 node): %d", rc.GasUsed)
}
