package selection

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

func TestChoose(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	entry := func(id, schema string, age time.Duration, dataErr string) workflows.NodeEntry {
		return workflows.NodeEntry{NodeInfo: workflows.NodeInfo{ID: id, Schema: schema, DataError: dataErr}, LastSeen: now.Add(-age)}
	}
	entries := []workflows.NodeEntry{
		entry("va", "heart-disease", time.Second, ""),
		entry("cleveland", "heart-disease", 5*time.Second, ""),
		entry("hungarian", "heart-disease", 20*time.Second, ""),
		entry("gone", "heart-disease", 2*time.Minute, ""),
		entry("broken", "heart-disease", time.Second, "x.data:3: column 5 (chol): bad value"),
		entry("wdbc", "breast-cancer", time.Second, ""),
		{NodeInfo: workflows.NodeInfo{ID: "cut-off", Schema: "heart-disease", LinkError: "relay 10.0.0.1:7400: connection refused"}, LastSeen: now.Add(-time.Second)},
	}
	tests := []struct {
		name    string
		spec    workflows.StatsSpec
		exclude []string
		want    string
		wantErr string
	}{
		{name: "all live eligible, sorted", spec: workflows.StatsSpec{}, want: "cleveland,hungarian,va"},
		{name: "exclude leaves too few", spec: workflows.StatsSpec{}, exclude: []string{"va"}, wantErr: "2 live nodes hold heart-disease"},
		{name: "exclude with min 2", spec: workflows.StatsSpec{MinNodes: 2, Exclude: []string{"va"}}, want: "cleveland,hungarian"},
		{name: "explicit nodes", spec: workflows.StatsSpec{Nodes: []string{"va", "hungarian", "cleveland"}}, want: "cleveland,hungarian,va"},
		{name: "explicit node with a data error", spec: workflows.StatsSpec{Nodes: []string{"va", "broken", "cleveland"}}, wantErr: "broken (its data: x.data:3: column 5 (chol): bad value)"},
		{name: "explicit node its relay cut off", spec: workflows.StatsSpec{Nodes: []string{"va", "cut-off", "cleveland"}}, wantErr: "cut-off (unreachable: relay 10.0.0.1:7400: connection refused)"},
		{name: "explicit dead node", spec: workflows.StatsSpec{Nodes: []string{"va", "gone", "cleveland"}}, wantErr: "gone (not alive)"},
		{name: "explicit unknown node", spec: workflows.StatsSpec{Nodes: []string{"va", "nowhere", "cleveland"}}, wantErr: "nowhere (not alive)"},
		{name: "explicit other schema", spec: workflows.StatsSpec{Nodes: []string{"va", "wdbc", "cleveland"}}, wantErr: "wdbc (holds breast-cancer)"},
		{name: "explicit minus excluded still enough", spec: workflows.StatsSpec{MinNodes: 2, Nodes: []string{"va", "broken", "cleveland"}}, exclude: []string{"broken"}, want: "cleveland,va"},
		{name: "explicit minus excluded too few", spec: workflows.StatsSpec{Nodes: []string{"va", "broken", "cleveland"}}, exclude: []string{"broken"}, wantErr: "the task needs 3"},
	}
	a := &Activities{Now: func() time.Time { return now }}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := a.choose(tt.spec.WithDefaults(), tt.exclude, entries)
			if tt.wantErr != "" {
				if !errors.Is(err, ErrTooFewNodes) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want ErrTooFewNodes containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ids := make([]string, len(got))
			for i, n := range got {
				ids[i] = n.ID
			}
			if strings.Join(ids, ",") != tt.want {
				t.Fatalf("chose %v, want %s", ids, tt.want)
			}
		})
	}
}

func TestCheckSpec(t *testing.T) {
	tests := []struct {
		name    string
		spec    workflows.StatsSpec
		wantErr string
	}{
		{"defaults", workflows.StatsSpec{}, ""},
		{"unknown schema", workflows.StatsSpec{Schema: "mnist"}, `unknown schema "mnist"`},
		{"unknown column", workflows.StatsSpec{Columns: []string{"age", "bmi"}}, `unknown column ["bmi"]`},
		{"one node", workflows.StatsSpec{MinNodes: 1}, "min_nodes 1 is below 2"},
		{"built-in by hash", workflows.StatsSpec{Schema: dataset.HeartDisease.Ref()}, ""},
		{"stored schema", workflows.StatsSpec{Schema: cohort.Ref(), Columns: []string{"age"}}, ""},
		{"stored schema, unknown column", workflows.StatsSpec{Schema: cohort.Ref(), Columns: []string{"chol"}}, `unknown column ["chol"]`},
		{"schema no one stored", workflows.StatsSpec{Schema: "cohort@" + strings.Repeat("ab", 32)}, "no node or requester stored it"},
		{"bare name not built in", workflows.StatsSpec{Schema: "cohort"}, "is named NAME@HASH"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckSpec(context.Background(), tt.spec.WithDefaults(), schemaStore(nil))
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("error = %v, want %q", err, tt.wantErr)
			}
			if errors.Is(err, ErrSchemaStore) {
				t.Fatalf("%v: not a store failure", err)
			}
		})
	}
	down := errors.New("connection refused")
	if err := CheckSpec(context.Background(), workflows.StatsSpec{Schema: cohort.Ref()}.WithDefaults(), schemaStore(down)); !errors.Is(err, ErrSchemaStore) {
		t.Fatalf("store down: %v, want ErrSchemaStore (retried)", err)
	}
}

// cohort is a schema that is not built in.
var cohort = func() dataset.Schema {
	s, err := dataset.Parse([]byte("name: cohort\nversion: \"1\"\ncolumns:\n  - {name: age, kind: numeric, range: {min: 0, max: 120}, decimals: 0}\n"), "cohort.yaml")
	if err != nil {
		panic(err)
	}
	return s
}()

// schemaStore is a catalog whose store holds cohort, or fails with down.
func schemaStore(down error) dataset.Catalog {
	return dataset.Catalog{Fetch: func(_ context.Context, h [32]byte) ([]byte, error) {
		if down != nil {
			return nil, down
		}
		if h == cohort.Hash() {
			return cohort.YAML()
		}
		return nil, fmt.Errorf("%w: not stored (no node or requester stored it)", dataset.ErrUnknownSchema)
	}}
}

// TestChooseBySchemaHash: a node is taken for the schema its announced
// reference names, whether the task names a built-in schema by name or by
// hash; a node of another schema of the same name is not.
func TestChooseBySchemaHash(t *testing.T) {
	now := time.Now()
	entries := []workflows.NodeEntry{
		{NodeInfo: workflows.NodeInfo{ID: "a", Schema: dataset.HeartDisease.Ref(), Account: "0x01"}, LastSeen: now},
		{NodeInfo: workflows.NodeInfo{ID: "b", Schema: "heart-disease", Account: "0x02"}, LastSeen: now},
		{NodeInfo: workflows.NodeInfo{ID: "c", Schema: "heart-disease@" + strings.Repeat("cd", 32), Account: "0x03"}, LastSeen: now},
		{NodeInfo: workflows.NodeInfo{ID: "d", Schema: cohort.Ref(), Account: "0x04"}, LastSeen: now},
		{NodeInfo: workflows.NodeInfo{ID: "e", Schema: cohort.Ref(), Account: "0x05"}, LastSeen: now},
	}
	a := &Activities{Now: func() time.Time { return now }}
	for _, c := range []struct {
		schema string
		want   []string
	}{
		{"heart-disease", []string{"a", "b"}},
		{dataset.HeartDisease.Ref(), []string{"a", "b"}},
		{cohort.Ref(), []string{"d", "e"}},
	} {
		got, _, err := a.choose(workflows.StatsSpec{Schema: c.schema, MinNodes: 2}.WithDefaults(), nil, entries)
		if err != nil {
			t.Fatalf("%s: %v", c.schema, err)
		}
		var ids []string
		for _, n := range got {
			ids = append(ids, n.ID)
		}
		if !slices.Equal(ids, c.want) {
			t.Errorf("%s: chose %v, want %v", c.schema, ids, c.want)
		}
	}
}

type fixedRegistry []workflows.NodeEntry

func (r fixedRegistry) Nodes(context.Context) ([]workflows.NodeEntry, error) { return r, nil }

// TestVerifyRejectsNodesTheChainDoesNotVouchFor: a node the chain check
// rejects is not selected, and the error says why.
func TestVerifyRejectsNodesTheChainDoesNotVouchFor(t *testing.T) {
	now := time.Now()
	var reg fixedRegistry
	for _, id := range []string{"a", "b", "c", "mallory"} {
		reg = append(reg, workflows.NodeEntry{NodeInfo: workflows.NodeInfo{ID: id, Schema: "heart-disease", Fingerprint: "fp-" + id}, LastSeen: now})
	}
	a := &Activities{Registry: reg, Verify: func(_ context.Context, n workflows.NodeInfo) error {
		if n.ID == "mallory" {
			return errors.New("certificate differs from the one registered on chain")
		}
		return nil
	}}
	env := &testsuite.WorkflowTestSuite{}
	aenv := env.NewTestActivityEnvironment()
	aenv.RegisterActivity(a.SelectNodes)
	v, err := aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1})
	if err != nil {
		t.Fatal(err)
	}
	var out workflows.SelectOutput
	if err := v.Get(&out); err != nil || len(out.Nodes) != 3 || out.Nodes[2].ID != "c" {
		t.Fatalf("selected %+v, %v", out.Nodes, err)
	}
	_, err = aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1, Spec: workflows.StatsSpec{MinNodes: 4}})
	if err == nil || !strings.Contains(err.Error(), "mallory (certificate differs from the one registered on chain)") {
		t.Fatalf("error = %v", err)
	}
}

// TestChooseRejectsSharedAccounts: two node IDs announcing one chain
// account (in any case) would be paid once and reported twice, and make a
// proven round revert; the later one (by ID) is left out, and the task
// fails if too few nodes remain.
func TestChooseRejectsSharedAccounts(t *testing.T) {
	now := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	acct := "0x" + strings.Repeat("ab", 20)
	entry := func(id, account string) workflows.NodeEntry {
		return workflows.NodeEntry{NodeInfo: workflows.NodeInfo{ID: id, Schema: "heart-disease", Account: account}, LastSeen: now}
	}
	entries := []workflows.NodeEntry{
		entry("va", "0x"+strings.Repeat("01", 20)),
		entry("cleveland", acct),
		entry("hungarian", strings.ToUpper(acct[:2])+strings.ToUpper(acct[2:])),
		entry("switzerland", ""), // no chain account: nothing to share
		entry("zurich", ""),
	}
	a := &Activities{Now: func() time.Time { return now }}
	got, left, err := a.choose(workflows.StatsSpec{MinNodes: 2}.WithDefaults(), nil, entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(left) != 1 || !strings.Contains(left[0], "hungarian (shares chain account") || !strings.Contains(left[0], "with cleveland") {
		t.Fatalf("left out %q, want hungarian for sharing cleveland's account", left)
	}
	var ids []string
	for _, n := range got {
		ids = append(ids, n.ID)
	}
	if strings.Join(ids, ",") != "cleveland,switzerland,va,zurich" {
		t.Fatalf("chose %v, want cleveland,switzerland,va,zurich (hungarian shares cleveland's account)", ids)
	}
	// Asked for by name, the duplicate leaves the task short, and the
	// error says why.
	_, _, err = a.choose(workflows.StatsSpec{Nodes: []string{"va", "cleveland", "hungarian"}}.WithDefaults(), nil, entries)
	if !errors.Is(err, ErrTooFewNodes) || !strings.Contains(err.Error(), "hungarian (shares chain account") {
		t.Fatalf("error = %v, want ErrTooFewNodes naming hungarian's shared account", err)
	}
}

// TestSelectNodesTakesNoMoreThanTheDepositPays: a paid task that lists no
// nodes takes every live node with its schema, but the escrow pays only
// EscrowWei / PaymentWei contributions a round; with more live nodes, the
// chain would refuse to record the round after its result was published,
// and nobody would be paid. Selection takes the first nodes by ID that the
// deposit pays for.
func TestSelectNodesTakesNoMoreThanTheDepositPays(t *testing.T) {
	now := time.Now()
	var reg fixedRegistry
	for _, id := range []string{"e", "a", "d", "b", "c"} {
		reg = append(reg, workflows.NodeEntry{NodeInfo: workflows.NodeInfo{ID: id, Schema: "heart-disease"}, LastSeen: now})
	}
	a := &Activities{Registry: reg}
	env := &testsuite.WorkflowTestSuite{}
	aenv := env.NewTestActivityEnvironment()
	aenv.RegisterActivity(a.SelectNodes)
	spec := workflows.StatsSpec{PaymentWei: "10", EscrowWei: "39"} // pays 3 nodes, min_nodes 3
	v, err := aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1, Spec: spec})
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
	if strings.Join(ids, ",") != "a,b,c" {
		t.Fatalf("selected %v, want a,b,c: a deposit of 39 wei pays 3 contributions of 10", ids)
	}
	if len(out.LeftOut) != 2 || !strings.HasPrefix(out.LeftOut[0], "d (the deposit of 39 wei pays 10 wei × 1 round(s) to at most 3 nodes)") ||
		!strings.HasPrefix(out.LeftOut[1], "e (") {
		t.Fatalf("left out %q, want d and e for the deposit", out.LeftOut)
	}

	// Training: the deposit pays every round, so 4 nodes over 2 rounds
	// take 80 wei, and 79 pays 3.
	spec = workflows.StatsSpec{PaymentWei: "10", EscrowWei: "79"}
	v, err = aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 2, Spec: spec, PaidRounds: 2})
	if err != nil {
		t.Fatal(err)
	}
	out = workflows.SelectOutput{}
	if err := v.Get(&out); err != nil || len(out.Nodes) != 3 || out.Nodes[2].ID != "c" {
		t.Fatalf("2 paid rounds: selected %+v, %v; want a,b,c", out.Nodes, err)
	}

	// Fewer nodes fit than the task needs: a clear failure, not a round
	// the chain will not record.
	_, err = aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1, Spec: spec, PaidRounds: 3})
	if err == nil || !strings.Contains(err.Error(), "pays 10 wei × 3 round(s) to 2 nodes, fewer than min_nodes 3") {
		t.Fatalf("error = %v, want one saying the deposit pays 2 nodes", err)
	}

	// Nodes listed without escrow_wei: the deposit is made for exactly
	// them; and an unpaid task has no bound.
	for _, spec := range []workflows.StatsSpec{{PaymentWei: "10", Nodes: []string{"a", "b", "c", "d"}}, {}} {
		v, err = aenv.ExecuteActivity(a.SelectNodes, workflows.SelectInput{TaskID: "t", Round: 1, Spec: spec})
		if err != nil {
			t.Fatal(err)
		}
		var out workflows.SelectOutput
		if err := v.Get(&out); err != nil || len(out.Nodes) < 4 || len(out.LeftOut) != 0 {
			t.Fatalf("spec %+v: selected %+v, left out %q, %v", spec, out.Nodes, out.LeftOut, err)
		}
	}
}

func TestPaidNodes(t *testing.T) {
	tests := []struct {
		pay, escrow string
		rounds      int
		want        int
		wantErr     string
	}{
		{"", "", 0, -1, ""},
		{"10", "", 0, -1, ""},
		{"0", "100", 1, -1, ""},
		{"10", "30", 0, 3, ""},
		{"10", "39", 1, 3, ""},
		{"10", "60", 2, 3, ""},
		{"10", "59", 2, 0, "to 2 nodes, fewer than min_nodes 3"},
		{"1", "1" + strings.Repeat("0", 40), 1, -1, ""},
		{"1000000000000000000", "3000000000000000000", 1, 3, ""},
	}
	for _, tt := range tests {
		got, err := PaidNodes(workflows.StatsSpec{PaymentWei: tt.pay, EscrowWei: tt.escrow}.WithDefaults(), tt.rounds)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("PaidNodes(%s, %s, %d) error = %v, want %q", tt.pay, tt.escrow, tt.rounds, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("PaidNodes(%s, %s, %d) = %d, %v; want %d", tt.pay, tt.escrow, tt.rounds, got, err, tt.want)
		}
	}
}
