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
	_, _, err = bind.DeployContract(e.opts(e.owner, nil), common.FromHex(md.Bin), e.client, e.hub.PackConstructor(common.Address{}, e.owner.addr))
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
	bc1, bc2 := e.schema("breast-cancer"), e.schema("breast-cancer-2")
	id := call(e, e.hubC, e.hub.PackDatasetIdOf(a.addr, bc1), e.hub.UnpackDatasetIdOf)
	if want := crypto.Keccak256Hash(a.addr[:], bc1[:]); id != want {
		t.Fatalf("datasetIdOf = %x, want keccak256(owner ‖ schema hash) = %x", id, want)
	}
	rc := e.send(e.hubC, a, nil, e.hub.PackRegisterDataset(bc1, 569, root, "s3://a/meta.json"))
	t.Logf("gas registerDataset: %d", rc.GasUsed)
	ev := oneEvent(t, rc, e.hub.UnpackDatasetRegisteredEvent)
	if ev.DatasetId != id || ev.Owner != a.addr || ev.SchemaHash != bc1 || ev.Rows != 569 || ev.CommitmentRoot != root || ev.MetadataURI != "s3://a/meta.json" {
		t.Fatalf("DatasetRegistered = %+v", ev)
	}
	d := call(e, e.hubC, e.hub.PackGetDataset(id), e.hub.UnpackGetDataset)
	at := e.blockTime(rc)
	if d.Owner != a.addr || d.SchemaHash != bc1 || d.Rows != 569 || d.CommitmentRoot != root || d.MetadataURI != "s3://a/meta.json" || d.RegisteredAt != at || d.UpdatedAt != at {
		t.Fatalf("getDataset = %+v", d)
	}
	if !call(e, e.hubC, e.hub.PackExists(id), e.hub.UnpackExists) || call(e, e.hubC, e.hub.PackExists(h("other")), e.hub.UnpackExists) {
		t.Fatal("exists is wrong")
	}
	id2 := e.dataset(a, "breast-cancer-2", 10, root)
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

	unregistered := h("a schema nobody registered")
	for _, tc := range []struct {
		name    string
		from    *account
		schema  [32]byte
		rows    uint64
		root    [32]byte
		wantErr string
	}{
		{"not a node", e.outsider, bc2, 1, root, fmt.Sprintf("NotActiveNode(%s)", e.outsider.addr.Hex())},
		{"registered already", a, bc1, 1, root, fmt.Sprintf("DatasetExists(%s)", hexutil.Encode(id[:]))},
		{"unregistered schema", b, unregistered, 1, root, fmt.Sprintf("UnknownSchema(%s)", hexutil.Encode(unregistered[:]))},
		{"zero schema", b, [32]byte{}, 1, root, fmt.Sprintf("UnknownSchema(%s)", hexutil.Encode(make([]byte, 32)))},
		{"zero rows", b, bc2, 0, root, "ZeroRows()"},
		{"zero commitment", b, bc2, 1, [32]byte{}, "ZeroCommitment()"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.hubC, tc.from, nil, e.hub.PackRegisterDataset(tc.schema, tc.rows, tc.root, ""), tc.wantErr)
		})
	}

	// A node that is leaving may no longer register.
	e.send(e.regC, b, nil, e.reg.PackRequestDeregister())
	e.expectRevert(e.hubC, b, nil, e.hub.PackRegisterDataset(bc2, 1, root, ""), fmt.Sprintf("NotActiveNode(%s)", b.addr.Hex()))
}

// TestDataHubSchemas: only the consortium registers schemas; a schema is
// written once; a name and version name one schema only, so a changed
// schema file cannot be registered under a registered version; the views
// list what was registered.
func TestDataHubSchemas(t *testing.T) {
	e := newEnv(t)
	hd1, hd2 := h("heart-disease v1 content"), h("heart-disease v2 content")
	rc := e.send(e.hubC, e.owner, nil, e.hub.PackRegisterSchema(hd1, "heart-disease", "1", "https://c.example/hd1.yaml"))
	t.Logf("gas registerSchema: %d", rc.GasUsed)
	ev := oneEvent(t, rc, e.hub.UnpackSchemaRegisteredEvent)
	if ev.SchemaHash != hd1 || ev.Name != "heart-disease" || ev.Version != "1" || ev.Uri != "https://c.example/hd1.yaml" {
		t.Fatalf("SchemaRegistered = %+v", ev)
	}
	got := call(e, e.hubC, e.hub.PackGetSchema(hd1), e.hub.UnpackGetSchema)
	if got.Name != "heart-disease" || got.Version != "1" || got.Uri != "https://c.example/hd1.yaml" || got.RegisteredAt != e.blockTime(rc) {
		t.Fatalf("getSchema = %+v", got)
	}
	if call(e, e.hubC, e.hub.PackSchemaOf("heart-disease", "1"), e.hub.UnpackSchemaOf) != hd1 ||
		call(e, e.hubC, e.hub.PackSchemaOf("heart-disease", "2"), e.hub.UnpackSchemaOf) != ([32]byte{}) {
		t.Fatal("schemaOf is wrong")
	}
	if !call(e, e.hubC, e.hub.PackHasSchema(hd1), e.hub.UnpackHasSchema) || call(e, e.hubC, e.hub.PackHasSchema(hd2), e.hub.UnpackHasSchema) {
		t.Fatal("hasSchema is wrong")
	}
	for _, tc := range []struct {
		name        string
		from        *account
		hash        [32]byte
		sname, sver string
		wantErr     string
	}{
		{"a node", e.hospitals[0], hd2, "heart-disease", "2", fmt.Sprintf("OwnableUnauthorizedAccount(%s)", e.hospitals[0].addr.Hex())},
		{"an outsider", e.outsider, hd2, "heart-disease", "2", fmt.Sprintf("OwnableUnauthorizedAccount(%s)", e.outsider.addr.Hex())},
		{"zero hash", e.owner, [32]byte{}, "x", "1", "ZeroSchemaHash()"},
		{"no name", e.owner, hd2, "", "1", "EmptySchemaName()"},
		{"no version", e.owner, hd2, "x", "", "EmptySchemaName()"},
		{"written once", e.owner, hd1, "heart-disease", "9", fmt.Sprintf("SchemaExists(%s)", hexutil.Encode(hd1[:]))},
		{"version taken", e.owner, hd2, "heart-disease", "1", fmt.Sprintf("SchemaVersionTaken(\"heart-disease\", \"1\", %s)", hexutil.Encode(hd1[:]))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e.with(t).expectRevert(e.hubC, tc.from, nil, e.hub.PackRegisterSchema(tc.hash, tc.sname, tc.sver, ""), tc.wantErr)
		})
	}
	e.send(e.hubC, e.owner, nil, e.hub.PackRegisterSchema(hd2, "heart-disease", "2", ""))
	if l := call(e, e.hubC, e.hub.PackSchemas(), e.hub.UnpackSchemas); len(l) != 2 || l[0] != hd1 || l[1] != hd2 {
		t.Fatalf("schemas = %x", l)
	}
	none := h("none")
	callRevert(e, e.hubC, e.hub.PackGetSchema(none), e.hub.UnpackGetSchema, fmt.Sprintf("UnknownSchema(%s)", hexutil.Encode(none[:])))
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
	want := call(e, e.hubC, e.hub.PackDatasetIdOf(victim.addr, e.schema("heart-disease")), e.hub.UnpackDatasetIdOf)
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
	bc := e.schema("breast-cancer")
	first := e.send(e.hubC, a, nil, e.hub.PackRegisterDataset(bc, 569, root, "m1"))
	id := oneEvent(t, first, e.hub.UnpackDatasetRegisteredEvent).DatasetId

	root2 := h("root 2")
	rc := e.send(e.hubC, a, nil, e.hub.PackUpdateDataset(id, 600, root2, "m2"))
	ev := oneEvent(t, rc, e.hub.UnpackDatasetUpdatedEvent)
	if ev.DatasetId != id || ev.Owner != a.addr || ev.Rows != 600 || ev.CommitmentRoot != root2 || ev.MetadataURI != "m2" {
		t.Fatalf("DatasetUpdated = %+v", ev)
	}
	d := call(e, e.hubC, e.hub.PackGetDataset(id), e.hub.UnpackGetDataset)
	if d.Rows != 600 || d.CommitmentRoot != root2 || d.MetadataURI != "m2" || d.SchemaHash != bc ||
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
