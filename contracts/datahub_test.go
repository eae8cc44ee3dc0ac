package contracts_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/contracts/bindings/datahub"
)

func TestDataHubConstructor(t *testing.T) {
	e := newEnv(t)
	md := &datahub.DataHubMetaData
	parsed, err := md.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = bind.DeployContract(e.opts(e.owner, nil), common.FromHex(md.Bin), e.client, e.hub.PackConstructor(common.Address{}))
	if err == nil {
		t.Fatal("deploy with a zero registry succeeded")
	}
	assertRevert(t, parsed, err, "ZeroAddress()")
	if got := call(e, e.hubC, e.hub.PackRegistry(), e.hub.UnpackRegistry); got != e.regC.addr {
		t.Fatalf("registry = %s, want %s", got, e.regC.addr)
	}
}

func TestDataHubRegisterDataset(t *testing.T) {
	e := newEnv(t)
	a, b := e.hospitals[0], e.hospitals[1]
	e.register(a)
	e.register(b)

	root := h("root 1")
	id := call(e, e.hubC, e.hub.PackDatasetIdOf(a.addr, "breast-cancer/v1"), e.hub.UnpackDatasetIdOf)
	if want := crypto.Keccak256Hash(a.addr[:], []byte("breast-cancer/v1")); id != want {
		t.Fatalf("datasetIdOf = %x, want keccak256(owner ‖ schema) = %x", id, want)
	}
	rc := e.send(e.hubC, a, nil, e.hub.PackRegisterDataset("breast-cancer/v1", 569, root, "s3://a/meta.json"))
	t.Logf("gas registerDataset: %d", rc.GasUsed)
	ev := oneEvent(t, rc, e.hub.UnpackDatasetRegisteredEvent)
	if ev.DatasetId != id || ev.Owner != a.addr || ev.SchemaId != "breast-cancer/v1" || ev.Rows != 569 || ev.CommitmentRoot != root || ev.MetadataURI != "s3://a/meta.json" {
		t.Fatalf("DatasetRegistered = %+v", ev)
	}
	d := call(e, e.hubC, e.hub.PackGetDataset(id), e.hub.UnpackGetDataset)
	at := e.blockTime(rc)
	if d.Owner != a.addr || d.SchemaId != "breast-cancer/v1" || d.Rows != 569 || d.CommitmentRoot != root || d.MetadataURI != "s3://a/meta.json" || d.RegisteredAt != at || d.UpdatedAt != at {
		t.Fatalf("getDataset = %+v", d)
	}
	if !call(e, e.hubC, e.hub.PackExists(id), e.hub.UnpackExists) || call(e, e.hubC, e.hub.PackExists(h("other")), e.hub.UnpackExists) {
		t.Fatal("exists is wrong")
	}
	id2 := e.dataset(a, "breast-cancer/v2", 10, root)
	if got := call(e, e.hubC, e.hub.PackDatasetCount(), e.hub.UnpackDatasetCount); got.Int64() != 2 {
		t.Fatalf("datasetCount = %d, want 2", got)
	}
	if got := call(e, e.hubC, e.hub.PackDatasetAt(big.NewInt(1)), e.hub.UnpackDatasetAt); got != id2 {
		t.Fatalf("datasetAt(1) = %x, want %x", got, id2)
	}
	if got := call(e, e.hubC, e.hub.PackDatasetsOf(a.addr), e.hub.UnpackDatasetsOf); len(got) != 2 || got[0] != id || got[1] != id2 {
		t.Fatalf("datasetsOf = %x", got)
	}
	if got := call(e, e.hubC, e.hub.PackDatasetsOf(b.addr), e.hub.UnpackDatasetsOf); len(got) != 0 {
		t.Fatalf("datasetsOf(b) = %x, want none", got)
	}
	callRevert(e, e.hubC, e.hub.PackDatasetAt(big.NewInt(2)), e.hub.UnpackDatasetAt, "IndexOutOfRange(2, 2)")
	unknown := h("unknown")
	callRevert(e, e.hubC, e.hub.PackGetDataset(unknown), e.hub.UnpackGetDataset, fmt.Sprintf("UnknownDataset(%s)", hexutil.Encode(unknown[:])))

	for _, tc := range []struct {
		name    string
		from    *account
		schema  string
		rows    uint64
		root    [32]byte
		wantErr string
	}{
		{"not a node", e.outsider, "s", 1, root, fmt.Sprintf("NotActiveNode(%s)", e.outsider.addr.Hex())},
		{"registered already", a, "breast-cancer/v1", 1, root, fmt.Sprintf("DatasetExists(%s)", hexutil.Encode(id[:]))},
		{"empty schema", b, "", 1, root, "EmptySchema()"},
		{"zero rows", b, "s", 0, root, "ZeroRows()"},
		{"zero commitment", b, "s", 1, [32]byte{}, "ZeroCommitment()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.hubC, tc.from, nil, e.hub.PackRegisterDataset(tc.schema, tc.rows, tc.root, ""), tc.wantErr)
		})
	}

	// A node that is leaving may no longer register.
	e.send(e.regC, b, nil, e.reg.PackRequestDeregister())
	e.expectRevert(e.hubC, b, nil, e.hub.PackRegisterDataset("s", 1, root, ""), fmt.Sprintf("NotActiveNode(%s)", b.addr.Hex()))
}

// TestDataHubIDsCannotBeSquatted: a data set's ID derives from its owner's
// address, so another node registering "the same" data set first gets
// another ID and the owner still registers its own (finding 16 of issue
// 18: IDs were keccak256 of the node's name and schema, which anyone could
// take first).
func TestDataHubIDsCannotBeSquatted(t *testing.T) {
	e := newEnv(t)
	victim, squatter := e.hospitals[0], e.hospitals[1]
	e.registerAll()
	want := call(e, e.hubC, e.hub.PackDatasetIdOf(victim.addr, "heart-disease"), e.hub.UnpackDatasetIdOf)
	got := e.dataset(squatter, "heart-disease", 1, h("root"))
	if got == want {
		t.Fatal("a squatter registered the victim's data set ID")
	}
	if id := e.dataset(victim, "heart-disease", 1, h("root")); id != want {
		t.Fatalf("victim's data set id %x, want %x", id, want)
	}
	if d := call(e, e.hubC, e.hub.PackGetDataset(want), e.hub.UnpackGetDataset); d.Owner != victim.addr {
		t.Fatalf("victim's data set is owned by %s", d.Owner)
	}
}

func TestDataHubUpdateDataset(t *testing.T) {
	e := newEnv(t)
	a, b := e.hospitals[0], e.hospitals[1]
	e.register(a)
	e.register(b)
	root := h("root 1")
	first := e.send(e.hubC, a, nil, e.hub.PackRegisterDataset("breast-cancer/v1", 569, root, "m1"))
	id := oneEvent(t, first, e.hub.UnpackDatasetRegisteredEvent).DatasetId

	root2 := h("root 2")
	rc := e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(id, 600, root2, "m2"))
	ev := oneEvent(t, rc, e.hub.UnpackDatasetUpdatedEvent)
	if ev.DatasetId != id || ev.Owner != a.addr || ev.Rows != 600 || ev.CommitmentRoot != root2 || ev.MetadataURI != "m2" {
		t.Fatalf("DatasetUpdated = %+v", ev)
	}
	d := call(e, e.hubC, e.hub.PackGetDataset(id), e.hub.UnpackGetDataset)
	if d.Rows != 600 || d.CommitmentRoot != root2 || d.MetadataURI != "m2" || d.SchemaId != "breast-cancer/v1" ||
		d.RegisteredAt != e.blockTime(first) || d.UpdatedAt != e.blockTime(rc) {
		t.Fatalf("getDataset after update = %+v", d)
	}

	unknown := h("unknown")
	for _, tc := range []struct {
		name    string
		from    *account
		id      [32]byte
		rows    uint64
		root    [32]byte
		wantErr string
	}{
		{"unknown", a, unknown, 1, root, fmt.Sprintf("UnknownDataset(%s)", hexutil.Encode(unknown[:]))},
		{"not owner", b, id, 1, root, fmt.Sprintf("NotDatasetOwner(%s, %s)", hexutil.Encode(id[:]), a.addr.Hex())},
		{"not a node", e.outsider, id, 1, root, fmt.Sprintf("NotActiveNode(%s)", e.outsider.addr.Hex())},
		{"zero rows", a, id, 0, root, "ZeroRows()"},
		{"zero commitment", a, id, 1, [32]byte{}, "ZeroCommitment()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.hubC, tc.from, nil, e.hub.PackUpdateDataset(tc.id, tc.rows, tc.root, ""), tc.wantErr)
		})
	}

	e.send(e.regC, a, nil, e.reg.PackRequestDeregister())
	e.expectRevert(e.hubC, a, nil, e.hub.PackUpdateDataset(id, 1, root, ""), fmt.Sprintf("NotActiveNode(%s)", a.addr.Hex()))
}
