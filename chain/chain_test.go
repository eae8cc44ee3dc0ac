package chain

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devchain/devchaintest"
)

// startChain runs a development chain on a free port for the test, with a
// block every 20 ms.
func startChain(t *testing.T) string {
	t.Helper()
	return startChainEvery(t, 20*time.Millisecond)
}

// startChainEvery runs a development chain on a free port for the test,
// with a block every interval.
func startChainEvery(t *testing.T, interval time.Duration) string {
	t.Helper()
	return devchaintest.Start(t, interval)
}

// deployed starts a chain, connects and deploys the contracts (minimum
// stake 10^15 wei) from development account 0.
func deployed(t *testing.T) (context.Context, *Client, Deployment) {
	t.Helper()
	return deployedEvery(t, 20*time.Millisecond)
}

// deployedEvery is deployed on a chain that seals a block every interval.
func deployedEvery(t *testing.T, interval time.Duration) (context.Context, *Client, Deployment) {
	t.Helper()
	url := startChainEvery(t, interval)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	c, err := Dial(ctx, Config{RPC: url, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	d, err := Deploy(ctx, c, NewSigner(devchain.Key(0)), big.NewInt(1e15), 3600)
	if err != nil {
		t.Fatal(err)
	}
	return ctx, c, d
}

// registerNodes registers each signer as a node of d's registry (the
// escrow credits only active nodes) and returns their addresses, ascending.
func registerNodes(ctx context.Context, t *testing.T, c *Client, d Deployment, nodes ...*Signer) []common.Address {
	t.Helper()
	reg := NewRegistry(c, d.NodeRegistry)
	addrs := make([]common.Address, len(nodes))
	for i, n := range nodes {
		if err := reg.Register(ctx, n, fmt.Sprintf("node-%d", i), [32]byte{byte(i + 1)}, fmt.Sprintf("127.0.0.1:%d", 7400+i)); err != nil {
			t.Fatal(err)
		}
		addrs[i] = n.Address()
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
	return addrs
}

func TestEscrowLifecycleIsIdempotent(t *testing.T) {
	ctx, c, d := deployed(t)
	requester, coord := NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2))
	e := NewEscrow(c, d.TaskEscrow)
	nodes := []*Signer{NewSigner(devchain.Key(3)), NewSigner(devchain.Key(4)), NewSigner(devchain.Key(5))}
	addrs := registerNodes(ctx, t, c, d, nodes...)
	pay, deposit := big.NewInt(1e15), big.NewInt(5e15)

	// Too little escrow is refused with a readable reason.
	err := e.CreateTask(ctx, requester, "t-small", [32]byte{1}, 2, pay, coord.Address(), "", big.NewInt(1))
	if !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "InsufficientEscrow") {
		t.Fatalf("small escrow: %v", err)
	}
	for range 2 { // the second call is a retry and sends nothing
		if err := e.CreateTask(ctx, requester, "t1", [32]byte{1}, 2, pay, coord.Address(), "", deposit); err != nil {
			t.Fatal(err)
		}
	}
	// Only the coordinator records rounds.
	if err := e.RecordRound(ctx, requester, "t1", 1, [32]byte{9}, addrs); !strings.Contains(fmt.Sprint(err), "NotCoordinator") {
		t.Fatalf("record by requester: %v", err)
	}
	for range 2 {
		if err := e.RecordRound(ctx, coord, "t1", 1, [32]byte{9}, addrs); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.RecordRound(ctx, coord, "t1", 1, [32]byte{8}, addrs); !errors.Is(err, ErrConflict) {
		t.Fatalf("conflicting record: %v", err)
	}
	before, _ := c.Balance(ctx, requester.Address())
	for range 2 {
		if err := e.Settle(ctx, coord, "t1"); err != nil {
			t.Fatal(err)
		}
	}
	task, err := e.Task(ctx, "t1")
	if err != nil {
		t.Fatal(err)
	}
	// Three contributions paid, the rest refunded: paid + refund = deposit.
	refund, err := e.Withdraw(ctx, requester)
	if err != nil || task.Paid.Cmp(big.NewInt(3e15)) != 0 || new(big.Int).Add(task.Paid, refund).Cmp(deposit) != 0 {
		t.Fatalf("paid %v, refund withdrawn %v (%v), deposit %v", task.Paid, refund, err, deposit)
	}
	after, _ := c.Balance(ctx, requester.Address())
	if after.Cmp(before) <= 0 {
		t.Fatalf("requester balance %v → %v", before, after)
	}
	for _, n := range nodes {
		got, err := e.Withdraw(ctx, n)
		if err != nil || got.Cmp(pay) != 0 {
			t.Fatalf("node %s withdrew %v, %v", n.Address(), got, err)
		}
		// Paid once: a second withdrawal finds nothing.
		if again, err := e.Withdraw(ctx, n); err != nil || again.Sign() != 0 {
			t.Fatalf("second withdrawal %v, %v", again, err)
		}
	}
}

// TestCancelRefunds: the requester of a task that will not finish cancels
// it in two steps and gets back what was not paid, once. Between the steps
// the coordinator can still record a round whose result exists (finding
// 12 of issue 18: a cancel no longer pre-empts a finished round); only the
// requester may cancel, not before the delay, and a settled task cannot be
// cancelled.
func TestCancelRefunds(t *testing.T) {
	ctx, c, d := deployed(t)
	requester, coord, node := NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2)), NewSigner(devchain.Key(3))
	registerNodes(ctx, t, c, d, node)
	e := NewEscrow(c, d.TaskEscrow)
	pay, deposit := big.NewInt(1e15), big.NewInt(4e15)
	for _, id := range []string{"c1", "c2"} {
		if err := e.CreateTask(ctx, requester, id, [32]byte{1}, 2, pay, coord.Address(), "", deposit); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.RequestCancel(ctx, coord, "c1"); !strings.Contains(fmt.Sprint(err), "NotRequester") {
		t.Fatalf("cancel by the coordinator: %v", err)
	}
	if _, err := e.RequestCancel(ctx, requester, "nope"); !strings.Contains(fmt.Sprint(err), "UnknownTask") {
		t.Fatalf("cancel of an unknown task: %v", err)
	}
	var rerr *revert.Error
	if _, err := e.Task(ctx, "nope"); !errors.As(err, &rerr) || rerr.Name != "UnknownTask" {
		t.Fatalf("unknown task: %v", err)
	}
	if err := e.Cancel(ctx, requester, "c1"); !errors.Is(err, ErrCancelPending) {
		t.Fatalf("cancel without a request: %v", err)
	}
	var due time.Time
	for range 2 { // the second call is a retry and sends nothing
		at, err := e.RequestCancel(ctx, requester, "c1")
		if err != nil || (!due.IsZero() && !at.Equal(due)) {
			t.Fatalf("request cancel: %v, %v (first %v)", at, err, due)
		}
		due = at
	}
	// Round 1's result exists: the coordinator still records it.
	if err := e.RecordRound(ctx, coord, "c1", 1, [32]byte{9}, []common.Address{node.Address()}); err != nil {
		t.Fatal(err)
	}
	if err := e.Cancel(ctx, requester, "c1"); !errors.Is(err, ErrCancelPending) || !strings.Contains(err.Error(), "CancelTooEarly") {
		t.Fatalf("cancel before the delay: %v", err)
	}
	for { // until the chain's clock passes the delay
		now, err := c.ChainTime(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if !now.Before(due) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for range 2 {
		if err := e.Cancel(ctx, requester, "c1"); err != nil {
			t.Fatal(err)
		}
	}
	task, err := e.Task(ctx, "c1")
	if err != nil || task.Status != TaskCancelled {
		t.Fatalf("task %+v, %v", task, err)
	}
	if at, err := e.RequestCancel(ctx, requester, "c1"); err != nil || !at.IsZero() {
		t.Fatalf("request cancel of a cancelled task: %v, %v", at, err)
	}
	// The node keeps its round-1 payment; the rest comes back, once.
	refund, err := e.Withdraw(ctx, requester)
	if err != nil || refund.Cmp(new(big.Int).Sub(deposit, pay)) != 0 {
		t.Fatalf("refund %v, %v", refund, err)
	}
	if got, err := e.Withdraw(ctx, node); err != nil || got.Cmp(pay) != 0 {
		t.Fatalf("node withdrew %v, %v", got, err)
	}
	if err := e.RecordRound(ctx, coord, "c1", 2, [32]byte{8}, []common.Address{node.Address()}); !strings.Contains(fmt.Sprint(err), "AlreadyCancelled") {
		t.Fatalf("round recorded after cancel: %v", err)
	}
	if err := e.Settle(ctx, coord, "c2"); err != nil {
		t.Fatal(err)
	}
	if _, err := e.RequestCancel(ctx, requester, "c2"); !errors.Is(err, ErrClosed) {
		t.Fatalf("cancel after settlement: %v", err)
	}
	if err := e.Cancel(ctx, requester, "c2"); !errors.Is(err, ErrClosed) {
		t.Fatalf("cancel after settlement: %v", err)
	}
}

// sendRaw signs and sends data to the escrow from s without waiting for it
// to be mined: a first attempt that is still pending when its activity is
// retried.
func sendRaw(ctx context.Context, t *testing.T, c *Client, s *Signer, e *Escrow, data []byte, value *big.Int) {
	t.Helper()
	if value == nil {
		value = new(big.Int)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	tx, err := c.sign(ctx, s, &e.addr, data, value)
	if err == nil {
		err = c.eth.SendTransaction(ctx, tx)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// TestRetryWhileFirstSendPending: an activity retried while its first
// transaction is still pending sends again; the second transaction reverts
// (TaskExists, RoundAlreadyRecorded, AlreadySettled, NothingToWithdraw).
// Each call re-reads the contract after the revert and succeeds, since
// what it was to do is done (finding 15 of issue 18).
func TestRetryWhileFirstSendPending(t *testing.T) {
	ctx, c, d := deployedEvery(t, 400*time.Millisecond)
	requester, coord, node := NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2)), NewSigner(devchain.Key(3))
	nodes := registerNodes(ctx, t, c, d, node)
	e := NewEscrow(c, d.TaskEscrow)
	pay := big.NewInt(1e15)
	key := TaskKey("p1")

	sendRaw(ctx, t, c, requester, e, e.b.PackCreateTask(key, [32]byte{1}, 1, pay, coord.Address(), [32]byte{}), pay)
	if err := e.CreateTask(ctx, requester, "p1", [32]byte{1}, 1, pay, coord.Address(), "", pay); err != nil {
		t.Fatalf("create task retried while the first was pending: %v", err)
	}
	sendRaw(ctx, t, c, coord, e, e.b.PackRecordRound(key, 1, [32]byte{9}, nodes), nil)
	if err := e.RecordRound(ctx, coord, "p1", 1, [32]byte{9}, nodes); err != nil {
		t.Fatalf("record retried while the first was pending: %v", err)
	}
	sendRaw(ctx, t, c, coord, e, e.b.PackSettle(key), nil)
	if err := e.Settle(ctx, coord, "p1"); err != nil {
		t.Fatalf("settle retried while the first was pending: %v", err)
	}
	sendRaw(ctx, t, c, node, e, e.b.PackWithdraw(), nil)
	if got, err := e.Withdraw(ctx, node); err != nil || got.Cmp(pay) != 0 {
		t.Fatalf("withdraw retried while the first was pending: %v, %v", got, err)
	}
	task, err := e.Task(ctx, "p1")
	if err != nil || task.Status != TaskSettled || task.Paid.Cmp(pay) != 0 {
		t.Fatalf("task %+v, %v", task, err)
	}
}

// TestCircuits: Deploy registers each dev verifier with the hash of its
// verifying key; a task names its circuit by version and gets the
// registered verifier; an unknown circuit is refused; only the registry's
// owner registers, once per version.
func TestCircuits(t *testing.T) {
	ctx, c, d := deployed(t)
	owner, requester, coord := NewSigner(devchain.Key(0)), NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2))
	e := NewEscrow(c, d.TaskEscrow)
	reg, err := e.Circuits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Verifiers) != len(DevCircuits()) {
		t.Fatalf("%d circuits registered, want %d", len(d.Verifiers), len(DevCircuits()))
	}
	for id, addr := range d.Verifiers {
		want, _ := DevVKHash(id)
		if got, err := reg.VKHash(ctx, id); err != nil || got != want || want == ([32]byte{}) {
			t.Fatalf("VKHash(%s) = %x, %v; want %x", id, got, err, want)
		}
		wantVK, _ := setup.DevSolidityVK(id)
		if got, err := reg.VK(ctx, id); err != nil || !bytes.Equal(got, wantVK) || len(wantVK) != setup.SolidityVKSize {
			t.Fatalf("VK(%s) = %x, %v; want %x", id, got, err, wantVK)
		}
		if got, err := reg.Verifier(ctx, id); err != nil || got != addr {
			t.Fatalf("Verifier(%s) = %s, %v; want %s", id, got, err, addr)
		}
	}
	const id = "stats-heart-disease-v1"
	pay := big.NewInt(1e15)
	if err := e.CreateTask(ctx, requester, "proven", [32]byte{1}, 1, pay, coord.Address(), id, pay); err != nil {
		t.Fatal(err)
	}
	task, err := e.Task(ctx, "proven")
	if err != nil || task.Verifier != d.Verifiers[id] || task.CircuitId != CircuitID(id) {
		t.Fatalf("task %+v, %v", task, err)
	}
	if err := e.CreateTask(ctx, requester, "forged", [32]byte{1}, 1, pay, coord.Address(), "my-own-circuit", pay); !strings.Contains(fmt.Sprint(err), "UnknownCircuit") {
		t.Fatalf("task of an unknown circuit: %v", err)
	}
	if _, err := reg.VKHash(ctx, "my-own-circuit"); !strings.Contains(fmt.Sprint(err), "UnknownCircuit") {
		t.Fatalf("VKHash of an unknown circuit: %v", err)
	}
	// Only the owner registers; a version registered as given sends
	// nothing, otherwise it is refused.
	vk, _ := setup.DevSolidityVK(id)
	if err := reg.Register(ctx, requester, "my-own-circuit", d.Verifiers[id], vk, [32]byte{7}); !strings.Contains(fmt.Sprint(err), "OwnableUnauthorizedAccount") {
		t.Fatalf("register by a requester: %v", err)
	}
	hash, _ := DevVKHash(id)
	if err := reg.Register(ctx, owner, id, d.Verifiers[id], vk, hash); err != nil {
		t.Fatal(err)
	}
	if err := reg.Register(ctx, owner, id, d.Verifiers[id], vk, [32]byte{7}); !errors.Is(err, ErrCircuitMismatch) {
		t.Fatalf("register another key hash for a version: %v", err)
	}
	other := bytes.Clone(vk)
	other[len(other)-1] ^= 1
	if err := reg.Register(ctx, owner, id, d.Verifiers[id], other, hash); !errors.Is(err, ErrCircuitMismatch) {
		t.Fatalf("register another key for a version: %v", err)
	}
	for _, bad := range [][]byte{nil, vk[:len(vk)-1]} {
		if err := reg.Register(ctx, owner, "short-key", d.Verifiers[id], bad, hash); !errors.Is(err, setup.ErrUnsupportedKey) {
			t.Fatalf("register a key of %d bytes: %v", len(bad), err)
		}
	}
}

// TestSignerHidesItsKey: a Signer printed any way shows its address, never
// its key.
func TestSignerHidesItsKey(t *testing.T) {
	s := NewSigner(devchain.Key(1))
	key := hex.EncodeToString(crypto.FromECDSA(devchain.Key(1)))
	for _, f := range []string{"%v", "%+v", "%#v", "%s"} {
		out := fmt.Sprintf(f, s)
		if strings.Contains(out, key) || strings.Contains(out, key[:16]) || !strings.Contains(out, s.Address().Hex()) {
			t.Errorf("%s: %q", f, out)
		}
	}
}

// TestConfirmations: a transaction counts as done only once the configured
// number of blocks, its own included, is on the chain.
func TestConfirmations(t *testing.T) {
	url := startChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, conf := range []uint64{1, 3} {
		c, err := Dial(ctx, Config{RPC: url, ChainID: devchain.ChainID, Confirmations: conf})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		rcpt, err := c.Transact(ctx, NewSigner(devchain.Key(1)), nil, &common.Address{1}, nil, big.NewInt(1))
		if err != nil {
			t.Fatal(err)
		}
		head, err := c.Eth().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if got := head + 1 - rcpt.BlockNumber.Uint64(); got < conf {
			t.Fatalf("confirmations %d: done with %d block(s) on the chain", conf, got)
		}
	}
}

func TestDialErrors(t *testing.T) {
	url := startChain(t)
	ctx := context.Background()
	if _, err := Dial(ctx, Config{RPC: url, ChainID: 534352}); !errors.Is(err, ErrWrongChain) {
		t.Fatalf("wrong chain id: %v", err)
	}
	l, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := "http://" + l.Addr().String()
	_ = l.Close()
	if _, err := Dial(ctx, Config{RPC: dead, ChainID: 1337, DialTimeout: 500 * time.Millisecond}); !errors.Is(err, ErrUnreachable) {
		t.Fatalf("dead endpoint: %v", err)
	}
	if _, err := Dial(ctx, Config{}); err == nil {
		t.Fatal("empty config accepted")
	}
}

func TestKeystore(t *testing.T) {
	scryptN, scryptP = keystore.LightScryptN, keystore.LightScryptP
	dir := t.TempDir()
	s1, err := LoadKeystore(dir, "pass")
	if err != nil {
		t.Fatal(err)
	}
	s2, err := LoadKeystore(dir, "pass")
	if err != nil || s2.Address() != s1.Address() {
		t.Fatalf("reloaded %v, %v", s2, err)
	}
	if _, err := LoadKeystore(dir, "wrong"); err == nil {
		t.Fatal("wrong passphrase accepted")
	}
}

func TestRegistryAndHubAreIdempotent(t *testing.T) {
	ctx, c, d := deployed(t)
	reg, hub := NewRegistry(c, d.NodeRegistry), NewHub(c, d.DataHub)
	node := NewSigner(devchain.Key(7))
	if _, active, err := reg.Node(ctx, node.Address()); err != nil || active {
		t.Fatalf("unregistered node active %v, %v", active, err)
	}
	// The consortium (the deployer) registers a schema; again is a no-op,
	// and other content under its name and version is refused.
	owner := NewSigner(devchain.Key(0))
	schema := SchemaEntry{Hash: [32]byte{9}, Name: "clinic", Version: "1", URI: "https://c.example/clinic.yaml"}
	for range 2 {
		if err := hub.RegisterSchema(ctx, owner, schema); err != nil {
			t.Fatal(err)
		}
	}
	if got, ok, err := hub.Schema(ctx, schema.Hash); err != nil || !ok || got != schema {
		t.Fatalf("schema %+v %v %v", got, ok, err)
	}
	changed := schema
	changed.Hash = [32]byte{10}
	if err := hub.RegisterSchema(ctx, owner, changed); !errors.Is(err, ErrSchemaConflict) || !strings.Contains(err.Error(), "new version") {
		t.Fatalf("other content under clinic 1: %v", err)
	}
	moved := schema
	moved.URI = "elsewhere"
	if err := hub.RegisterSchema(ctx, owner, moved); !errors.Is(err, ErrSchemaConflict) {
		t.Fatalf("the same schema at another URI: %v", err)
	}
	if err := hub.RegisterSchema(ctx, node, SchemaEntry{Hash: [32]byte{11}, Name: "mine", Version: "1"}); !strings.Contains(fmt.Sprint(err), "OwnableUnauthorizedAccount") {
		t.Fatalf("a node registered a schema: %v", err)
	}
	// Not registered: the hub refuses its data set with a readable reason.
	if _, err := hub.Register(ctx, node, schema.Hash, 10, [32]byte{2}, "u"); !strings.Contains(fmt.Sprint(err), "NotActive") {
		t.Fatalf("data set of an unregistered node: %v", err)
	}
	for range 2 {
		if err := reg.Register(ctx, node, "va", [32]byte{3}, "127.0.0.1:7304"); err != nil {
			t.Fatal(err)
		}
	}
	if err := reg.Register(ctx, node, "va", [32]byte{4}, "127.0.0.1:7304"); err != nil {
		t.Fatal(err)
	}
	rec, active, err := reg.Node(ctx, node.Address())
	if err != nil || !active || rec.TlsFingerprint != [32]byte{4} || rec.Stake.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("node %+v active %v, %v", rec, active, err)
	}
	var id [32]byte
	for _, rows := range []uint64{10, 10, 12} {
		if id, err = hub.Register(ctx, node, schema.Hash, rows, [32]byte{2}, "u"); err != nil {
			t.Fatal(err)
		}
	}
	if id != DatasetID(node.Address(), schema.Hash) {
		t.Fatalf("data set id %x, want DatasetID %x", id, DatasetID(node.Address(), schema.Hash))
	}
	if _, err := hub.Register(ctx, node, [32]byte{12}, 10, [32]byte{2}, "u"); !strings.Contains(fmt.Sprint(err), "UnknownSchema") {
		t.Fatalf("data set of an unregistered schema: %v", err)
	}
	ds, ok, err := hub.Dataset(ctx, id)
	if err != nil || !ok || ds.Rows != 12 || ds.Owner != node.Address() || ds.CommitmentRoot != [32]byte{2} {
		t.Fatalf("data set %+v %v %v", ds, ok, err)
	}
}

// A node leaves: it stops being active at once and gets its stake back
// after the registry's delay (100 s of chain time: the development chain
// seals a block every 20 ms here, each a second later), once. The contracts come from
// DeployCore, the node's ether from Transfer.
func TestNodeLeaves(t *testing.T) {
	url := startChain(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := Dial(ctx, Config{RPC: url, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	owner := NewSigner(devchain.Key(0))
	d, err := DeployCore(ctx, c, owner, big.NewInt(1e15), 100, 60)
	if err != nil {
		t.Fatal(err)
	}
	if code, err := c.Eth().CodeAt(ctx, d.Verifier, nil); err != nil || len(code) == 0 {
		t.Fatalf("no verifier deployed at %s: %v", d.Verifier, err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	node := NewSigner(key)
	if err := c.Transfer(ctx, owner, node.Address(), big.NewInt(1e16)); err != nil {
		t.Fatal(err)
	}
	reg := NewRegistry(c, d.NodeRegistry)
	if err := reg.Register(ctx, node, "new", [32]byte{9}, "10.0.0.9:7301"); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err = reg.Leave(ctx, node); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := reg.WithdrawStake(ctx, node); !strings.Contains(fmt.Sprint(err), "WithdrawTooEarly") {
		t.Fatalf("withdrawing before the delay: %v", err)
	}
	if n, active, err := reg.Node(ctx, node.Address()); err != nil || active || n.Status != NodeExiting {
		t.Fatalf("after leaving: %+v active %v, %v", n, active, err)
	}
	before, _ := c.Balance(ctx, node.Address())
	var got *big.Int
	for { // until the chain's clock passes the delay
		if got, err = reg.WithdrawStake(ctx, node); !strings.Contains(fmt.Sprint(err), "WithdrawTooEarly") || ctx.Err() != nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil || got.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("withdrew %v, %v", got, err)
	}
	after, _ := c.Balance(ctx, node.Address())
	if gain := new(big.Int).Sub(after, before); gain.Sign() <= 0 || gain.Cmp(big.NewInt(1e15)) > 0 {
		t.Fatalf("balance moved by %v for a stake of 10^15 less gas", gain)
	}
	if got, err := reg.WithdrawStake(ctx, node); err != nil || got.Sign() != 0 {
		t.Fatalf("second withdrawal %v, %v", got, err)
	}
}

// TestSnapshotDatasetsIsIdempotent: the coordinator fixes the selected
// nodes' data sets for a proven task; a retry, even one sent while the
// first transaction was pending, succeeds, and a node already fixed keeps
// its snapshot after it updates its data set. SnapshotOf computes what the
// contract keeps.
func TestSnapshotDatasetsIsIdempotent(t *testing.T) {
	ctx, c, d := deployedEvery(t, 400*time.Millisecond)
	requester, coord := NewSigner(devchain.Key(1)), NewSigner(devchain.Key(2))
	nodes := []*Signer{NewSigner(devchain.Key(3)), NewSigner(devchain.Key(4))}
	registerNodes(ctx, t, c, d, nodes...)
	e := NewEscrow(c, d.TaskEscrow)
	hub, err := e.Hub(ctx)
	if err != nil {
		t.Fatal(err)
	}
	accounts := make([]common.Address, len(nodes))
	ids := make([][32]byte, len(nodes))
	for i, n := range nodes {
		accounts[i] = n.Address()
		if ids[i], err = hub.Register(ctx, n, dataset.HeartDisease.Hash(), 10, [32]byte{byte(i + 1)}, ""); err != nil {
			t.Fatal(err)
		}
	}
	pay := big.NewInt(1e15)
	if err := e.CreateTask(ctx, requester, "s1", [32]byte{1}, 1, pay, coord.Address(), "stats-heart-disease-v1", new(big.Int).Mul(pay, big.NewInt(2))); err != nil {
		t.Fatal(err)
	}
	sendRaw(ctx, t, c, coord, e, e.b.PackSnapshotDatasets(TaskKey("s1"), accounts, ids), nil)
	if err := e.SnapshotDatasets(ctx, coord, "s1", accounts, ids); err != nil {
		t.Fatalf("snapshot retried while the first was pending: %v", err)
	}
	if _, err := hub.Register(ctx, nodes[0], dataset.HeartDisease.Hash(), 11, [32]byte{9}, ""); err != nil {
		t.Fatal(err)
	}
	if err := e.SnapshotDatasets(ctx, coord, "s1", accounts, ids); err != nil {
		t.Fatalf("snapshot retried after a node updated its data set: %v", err)
	}
	for i, a := range accounts {
		got, err := e.DatasetSnapshot(ctx, "s1", a)
		if err != nil || got != SnapshotOf(ids[i], [32]byte{byte(i + 1)}, 10) {
			t.Fatalf("node %d: snapshot %x, %v; want the registration at selection", i, got, err)
		}
	}
	// Only the coordinator fixes data sets.
	var rerr *revert.Error
	if err := e.SnapshotDatasets(ctx, requester, "s1", []common.Address{coord.Address()}, ids[:1]); !errors.As(err, &rerr) || rerr.Name != "NotCoordinator" {
		t.Fatalf("requester's snapshot: %v, want NotCoordinator", err)
	}
}
