package workers

import (
	"context"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"

	"github.com/twopm/twopm/activities/selection"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/chain/chaintest"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

type fixedNodes []workflows.NodeEntry

func (r fixedNodes) Nodes(context.Context) ([]workflows.NodeEntry, error) { return r, nil }

// TestChainCheckKeepsTheAccountsOwner: selection keeps one node per chain
// account, the first by ID. Whoever can send a heartbeat can announce a
// low-sorting ID with an honest node's account and its public certificate
// fingerprint; the chain check must reject it, since the registry records
// the account under the honest node's name, so the honest node is selected
// and the impostor is left out, saying why.
func TestChainCheckKeepsTheAccountsOwner(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	reg := chain.NewRegistry(c, d.NodeRegistry)
	now := time.Now()
	var entries fixedNodes
	for i, id := range []string{"cleveland", "hungarian", "va"} {
		s := chain.NewSigner(devchain.Key(i + 1))
		fp := [32]byte{byte(i + 1)}
		if err := reg.Register(ctx, s, id, fp, "127.0.0.1:7400"); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, workflows.NodeEntry{NodeInfo: workflows.NodeInfo{ID: id, Schema: "heart-disease",
			Account: s.Address().Hex(), Fingerprint: hex.EncodeToString(fp[:])}, LastSeen: now})
	}
	// The impostor copies va's account and fingerprint under an ID that
	// sorts first.
	impostor := entries[2]
	impostor.ID = "aaa"
	entries = append(entries, impostor)

	check := verifier(reg)
	if err := check(ctx, entries[2].NodeInfo); err != nil {
		t.Fatalf("va itself: %v", err)
	}
	err := check(ctx, impostor.NodeInfo)
	if err == nil || !strings.Contains(err.Error(), `registered on chain as node "va"`) {
		t.Errorf("impostor aaa with va's account: error = %v, want one naming the registered node va", err)
	}

	a := &selection.Activities{Registry: entries, Verify: check}
	env := &testsuite.WorkflowTestSuite{}
	aenv := env.NewTestActivityEnvironment()
	aenv.RegisterActivity(a.SelectNodes)
	v, err := aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1})
	if err != nil {
		t.Fatal(err)
	}
	var out workflows.SelectOutput
	if err := v.Get(&out); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, n := range out.Nodes {
		ids = append(ids, n.ID)
	}
	if strings.Join(ids, ",") != "cleveland,hungarian,va" {
		t.Fatalf("selected %v, want cleveland,hungarian,va: aaa announces va's account", ids)
	}
}

// TestRegisterNodeRefusesAnotherName: the registry keeps the name an
// account first registered with; a node started under another ID would be
// rejected at every selection, so it fails at start, saying so.
func TestRegisterNodeRefusesAnotherName(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	cfg := ChainConfig{Registry: d.NodeRegistry.Hex()}
	s := chain.NewSigner(devchain.Key(1))
	info := workflows.NodeInfo{ID: "va", Fingerprint: strings.Repeat("01", 32), Addr: "127.0.0.1:7400"}
	if err := registerNode(ctx, cfg, c, s, info, dataset.HeartDisease, nil); err != nil {
		t.Fatal(err)
	}
	if err := registerNode(ctx, cfg, c, s, info, dataset.HeartDisease, nil); err != nil {
		t.Fatalf("registered again as given: %v", err)
	}
	info.ID = "aaa"
	err := registerNode(ctx, cfg, c, s, info, dataset.HeartDisease, nil)
	if err == nil || !strings.Contains(err.Error(), `registered as node "va", not "aaa"`) {
		t.Fatalf("error = %v, want one saying the account is registered as va", err)
	}
}

// TestRegisterNodeNeedsRegisteredSchema: a node offers data only of a
// schema the consortium registered in the data hub; of another it fails at
// start, naming the schema, and registers no data set.
func TestRegisterNodeNeedsRegisteredSchema(t *testing.T) {
	ctx, c, d := chaintest.Deployed(t)
	cfg := ChainConfig{Registry: d.NodeRegistry.Hex(), DataHub: d.DataHub.Hex()}
	s := chain.NewSigner(devchain.Key(2))
	info := workflows.NodeInfo{ID: "cleveland", Fingerprint: strings.Repeat("02", 32), Addr: "127.0.0.1:7401"}
	own, err := dataset.Parse([]byte("name: clinic\nversion: \"1\"\ncolumns:\n  - {name: age, kind: numeric, range: {min: 0, max: 120}, decimals: 0}\n"), "clinic.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tab := &dataset.Table{Schema: own, Rows: [][]dataset.Cell{{{Q: 50_000_000}}}}
	err = registerNode(ctx, cfg, c, s, info, own, tab)
	if err == nil || !strings.Contains(err.Error(), own.Ref()+" is not registered") {
		t.Fatalf("error = %v, want one naming the unregistered schema", err)
	}
	hub := chain.NewHub(c, d.DataHub)
	if _, ok, err := hub.Dataset(ctx, chain.DatasetID(s.Address(), own.Hash())); err != nil || ok {
		t.Fatalf("a data set of an unregistered schema exists (%v, %v)", ok, err)
	}
	if err := hub.RegisterSchema(ctx, chain.NewSigner(devchain.Key(0)), chain.SchemaOf(own, "https://c.example/clinic.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := registerNode(ctx, cfg, c, s, info, own, tab); err != nil {
		t.Fatalf("after the consortium registered the schema: %v", err)
	}
	if _, ok, err := hub.Dataset(ctx, chain.DatasetID(s.Address(), own.Hash())); err != nil || !ok {
		t.Fatalf("no data set after registration (%v, %v)", ok, err)
	}
}
