package contracts_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/bindings/noderegistry"
	"github.com/twopm/twopm/contracts/bindings/plonkverifier"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/contracts/bindings/verifierregistry"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/devchain"
)

// Test parameters, in wei and seconds.
var (
	ether           = big.NewInt(1_000_000_000_000_000_000)
	minStake        = ether
	deregisterDelay = uint64(7 * 24 * 3600)
	payment         = new(big.Int).Div(ether, big.NewInt(100)) // 0.01 ether per contribution
	cancelDelay     = uint64(3600)                             // TaskEscrow's, in seconds
)

// gasMarginPercent is added to every gas estimate; see send.
const gasMarginPercent = 25

// simulatedChainID is the chain id of every ethclient/simulated backend.
var simulatedChainID = big.NewInt(1337)

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), ether) }

func mul(a *big.Int, n int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(n)) }

func add(xs ...*big.Int) *big.Int {
	s := new(big.Int)
	for _, x := range xs {
		s.Add(s, x)
	}
	return s
}

func sub(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }

func h(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

// account is a funded externally owned account with a deterministic key.
type account struct {
	name string
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAccount(t *testing.T, name string) *account {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("twopm contracts test " + name)))
	if err != nil {
		t.Fatalf("key %s: %v", name, err)
	}
	return &account{name: name, key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// deployed is one contract on the simulated chain.
type deployed struct {
	name  string
	addr  common.Address
	bound *bind.BoundContract
	abi   *abi.ABI
}

// env is a simulated chain with the four contracts deployed and funded
// accounts: owner deploys everything, holds DEFAULT_ADMIN_ROLE and owns the
// verifier registry.
type env struct {
	t      *testing.T
	ctx    context.Context
	sim    *simulated.Backend
	client simulated.Client

	owner, slasher, requester, coordinator, outsider *account
	hospitals                                        []*account // ascending by address
	pool                                             []*account // funded, for tests that need many nodes

	reg  *noderegistry.NodeRegistry
	hub  *datahub.DataHub
	vreg *verifierregistry.VerifierRegistry
	esc  *taskescrow.TaskEscrow

	regC, hubC, vregC, escC *deployed
	verC                    *deployed // the verifier, once deployed
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background()}
	e.owner = newAccount(t, "owner")
	e.slasher = newAccount(t, "slasher")
	e.requester = newAccount(t, "requester")
	e.coordinator = newAccount(t, "coordinator")
	e.outsider = newAccount(t, "outsider")
	for _, n := range []string{"hospital-a", "hospital-b", "hospital-c", "hospital-d"} {
		e.hospitals = append(e.hospitals, newAccount(t, n))
	}
	slices.SortFunc(e.hospitals, func(a, b *account) int { return bytes.Compare(a.addr[:], b.addr[:]) })

	for i := range maxPool {
		e.pool = append(e.pool, newAccount(t, fmt.Sprint("pool-", i)))
	}

	alloc := types.GenesisAlloc{}
	for _, a := range slices.Concat([]*account{e.owner, e.slasher, e.requester, e.coordinator, e.outsider}, e.hospitals, e.pool) {
		alloc[a.addr] = types.Account{Balance: eth(1000)}
	}
	e.sim = simulated.NewBackend(alloc, devchain.Osaka)
	t.Cleanup(func() {
		if err := e.sim.Close(); err != nil {
			t.Errorf("close simulated backend: %v", err)
		}
	})
	e.client = e.sim.Client()

	e.reg = noderegistry.NewNodeRegistry()
	e.hub = datahub.NewDataHub()
	e.vreg = verifierregistry.NewVerifierRegistry()
	e.esc = taskescrow.NewTaskEscrow()
	e.regC = e.deploy("NodeRegistry", &noderegistry.NodeRegistryMetaData, e.reg.PackConstructor(minStake, deregisterDelay))
	e.hubC = e.deploy("DataHub", &datahub.DataHubMetaData, e.hub.PackConstructor(e.regC.addr, e.owner.addr))
	e.vregC = e.deploy("VerifierRegistry", &verifierregistry.VerifierRegistryMetaData, e.vreg.PackConstructor(e.owner.addr))
	e.escC = e.deploy("TaskEscrow", &taskescrow.TaskEscrowMetaData, e.esc.PackConstructor(e.hubC.addr, e.vregC.addr, cancelDelay))
	return e
}

// verifier returns the network's verifier contract, deployed on first use.
func (e *env) verifier() *deployed {
	e.t.Helper()
	if e.verC == nil {
		e.verC = e.deploy("PlonkVerifier", &plonkverifier.PlonkVerifierMetaData, nil)
	}
	return e.verC
}

// devVK returns circuit version name's verifying key under the dev SRS in
// the verifier's encoding and the SHA-256 of its gnark encoding, as the
// binary pins them.
func (e *env) devVK(name string) ([]byte, [32]byte) {
	e.t.Helper()
	vk, ok := setup.DevSolidityVK(name)
	hash, pinned := setup.DevPin(name)
	if !ok || !pinned {
		e.t.Fatalf("no dev key of circuit %s", name)
	}
	return vk, hash
}

// circuit registers circuit version name, with the verifier and its key
// under the dev SRS, in the verifier registry under ID h(name), and returns
// the ID.
func (e *env) circuit(name string) [32]byte {
	e.t.Helper()
	id := h(name)
	vk, hash := e.devVK(name)
	e.send(e.vregC, e.owner, nil, e.vreg.PackRegister(id, e.verifier().addr, vk, hash))
	return id
}

// maxPool is how many funded accounts newEnv makes beside the named ones:
// one more than ModelMarket's MAX_HOLDERS.
const maxPool = 33

// activeNodes registers the first n accounts of the pool as active nodes
// (the escrow credits active nodes only) and returns their addresses,
// ascending.
func (e *env) activeNodes(n int) []common.Address {
	e.t.Helper()
	if n > len(e.pool) {
		e.t.Fatalf("%d nodes asked, the pool has %d", n, len(e.pool))
	}
	addrs := make([]common.Address, n)
	for i, a := range e.pool[:n] {
		if !call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
			e.register(a)
		}
		addrs[i] = a.addr
	}
	slices.SortFunc(addrs, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return addrs
}

// registerAll registers every hospital that is not an active node yet.
func (e *env) registerAll() {
	e.t.Helper()
	for _, a := range e.hospitals {
		if !call(e, e.regC, e.reg.PackIsActive(a.addr), e.reg.UnpackIsActive) {
			e.register(a)
		}
	}
}

// schema registers, from the hub's owner unless registered already, a
// schema named name (version "1") whose hash is h("schema " + name), and
// returns the hash.
func (e *env) schema(name string) [32]byte {
	e.t.Helper()
	sh := h("schema " + name)
	if !call(e, e.hubC, e.hub.PackHasSchema(sh), e.hub.UnpackHasSchema) {
		e.send(e.hubC, e.owner, nil, e.hub.PackRegisterSchema(sh, name, "1", "https://consortium.example/"+name+".yaml"))
	}
	return sh
}

// dataset registers a's data set of schema (registering the schema first,
// see schema) with rows rows under root and returns its ID.
func (e *env) dataset(a *account, schema string, rows uint64, root [32]byte) [32]byte {
	e.t.Helper()
	sh := e.schema(schema)
	e.send(e.hubC, a, nil, e.hub.PackRegisterDataset(sh, rows, root, ""))
	return call(e, e.hubC, e.hub.PackDatasetIdOf(a.addr, sh), e.hub.UnpackDatasetIdOf)
}

// with returns e reporting to t, for subtests.
func (e *env) with(t *testing.T) *env {
	c := *e
	c.t = t
	return &c
}

func (e *env) opts(from *account, value *big.Int) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(from.key, simulatedChainID)
	o.Context = e.ctx
	o.Value = value
	return o
}

// deploy deploys a contract from its binding's metadata and commits the block.
func (e *env) deploy(name string, md *bind.MetaData, constructorInput []byte) *deployed {
	e.t.Helper()
	parsed, err := md.ParseABI()
	if err != nil {
		e.t.Fatalf("parse %s ABI: %v", name, err)
	}
	return e.deployRaw(name, parsed, common.FromHex(md.Bin), constructorInput)
}

func (e *env) deployRaw(name string, parsed *abi.ABI, bin, constructorInput []byte) *deployed {
	e.t.Helper()
	addr, tx, err := bind.DeployContract(e.opts(e.owner, nil), bin, e.client, constructorInput)
	if err != nil {
		e.t.Fatalf("deploy %s: %v", name, revert.Decode(parsed, err))
	}
	e.sim.Commit()
	if rc := e.receipt(tx); rc.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("deploy %s: status %d", name, rc.Status)
	}
	return &deployed{name: name, addr: addr, bound: bind.NewBoundContract(addr, *parsed, e.client, e.client, e.client), abi: parsed}
}

func (e *env) receipt(tx *types.Transaction) *types.Receipt {
	e.t.Helper()
	rc, err := e.client.TransactionReceipt(e.ctx, tx.Hash())
	if err != nil {
		e.t.Fatalf("receipt %s: %v", tx.Hash(), err)
	}
	return rc
}

// send sends a transaction, mines it and fails the test unless it succeeds.
// The gas limit is the estimate plus gasMarginPercent: eth_estimateGas runs in
// the latest block's context, so a write of block.timestamp over a value
// written in that very block is a cheap no-op there and a real write once
// mined (DataHub.updateDataset right after registerDataset, for one).
func (e *env) send(c *deployed, from *account, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	o := e.opts(from, value)
	est, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: from.addr, To: &c.addr, Value: value, Data: data})
	if err != nil {
		e.t.Fatalf("%s: estimate gas from %s: %v", c.name, from.name, revert.Decode(c.abi, err))
	}
	o.GasLimit = est + est*gasMarginPercent/100
	tx, err := bind.Transact(c.bound, o, data)
	if err != nil {
		e.t.Fatalf("%s: send from %s: %v", c.name, from.name, revert.Decode(c.abi, err))
	}
	e.sim.Commit()
	rc := e.receipt(tx)
	if rc.Status != types.ReceiptStatusSuccessful {
		e.t.Fatalf("%s: tx from %s failed: %v", c.name, from.name, revert.Replay(e.ctx, e.client, c.abi, from.addr, tx, nil))
	}
	return rc
}

// expectRevert sends a transaction that must revert with want, the decoded
// custom error "Name(args)". The revert shows up when the binding estimates gas,
// so nothing is mined.
func (e *env) expectRevert(c *deployed, from *account, value *big.Int, data []byte, want string) {
	e.t.Helper()
	tx, err := bind.Transact(c.bound, e.opts(from, value), data)
	if err == nil {
		e.sim.Commit()
		e.t.Fatalf("%s: tx %s from %s succeeded, want revert %s", c.name, tx.Hash(), from.name, want)
	}
	assertRevert(e.t, c.abi, err, want)
}

func assertRevert(t *testing.T, contract *abi.ABI, err error, want string) {
	t.Helper()
	var rerr *revert.Error
	if !errors.As(revert.Decode(contract, err), &rerr) {
		t.Fatalf("error %v carries no decodable revert, want %s", err, want)
	}
	if got := rerr.String(); got != want {
		t.Fatalf("revert = %s, want %s", got, want)
	}
}

// call runs a view function at the latest block.
func call[T any](e *env, c *deployed, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := bind.Call(c.bound, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err != nil {
		e.t.Fatalf("%s: call: %v", c.name, revert.Decode(c.abi, err))
	}
	return v
}

// callRevert runs a view function that must revert with want.
func callRevert[T any](e *env, c *deployed, data []byte, unpack func([]byte) (T, error), want string) {
	e.t.Helper()
	_, err := bind.Call(c.bound, &bind.CallOpts{Context: e.ctx}, data, unpack)
	if err == nil {
		e.t.Fatalf("%s: call succeeded, want revert %s", c.name, want)
	}
	assertRevert(e.t, c.abi, err, want)
}

func (e *env) balance(a common.Address) *big.Int {
	e.t.Helper()
	b, err := e.client.BalanceAt(e.ctx, a, nil)
	if err != nil {
		e.t.Fatalf("balance of %s: %v", a, err)
	}
	return b
}

// gasCost is what a mined transaction cost its sender, in wei.
func gasCost(rc *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
}

func (e *env) blockTime(rc *types.Receipt) uint64 {
	e.t.Helper()
	hd, err := e.client.HeaderByNumber(e.ctx, rc.BlockNumber)
	if err != nil {
		e.t.Fatalf("header %d: %v", rc.BlockNumber, err)
	}
	return hd.Time
}

// advance moves the chain's clock forward by d.
//
// The simulated beacon refuses while its transaction pool still lists a
// transaction as pending, and the pool drops the transactions of a sealed
// block in the background: right after a send it may still list the one
// just mined (seen on a loaded machine), so advance waits for the pool.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := e.sim.AdjustTime(d)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("adjust time: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// events decodes every log of rc that unpack accepts (unpack rejects logs of
// other events by their topic).
func events[T any](rc *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range rc.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// oneEvent is events that expects exactly one match.
func oneEvent[T any](t *testing.T, rc *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := events(rc, unpack)
	if len(evs) != 1 {
		t.Fatalf("got %d events of type %T, want 1", len(evs), *new(T))
	}
	return evs[0]
}

func addrs(as ...*account) []common.Address {
	out := make([]common.Address, len(as))
	for i, a := range as {
		out[i] = a.addr
	}
	return out
}

func eqBig(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got.Cmp(want) != 0 {
		t.Fatalf("%s = %s, want %s", what, got, want)
	}
}

// register registers hospital a as an active node with the minimum stake.
func (e *env) register(a *account) *types.Receipt {
	e.t.Helper()
	return e.send(e.regC, a, minStake, e.reg.PackRegister(a.name, h("cert "+a.name), a.name+".example.org:7400"))
}
