package chain

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/plonk"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/bindings/modelmarket"
	"github.com/twopm/twopm/contracts/bindings/noderegistry"
	"github.com/twopm/twopm/contracts/bindings/plonkverifier"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
	"github.com/twopm/twopm/contracts/bindings/verifierregistry"
	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/dataset"
)

// Deployment is where the network's contracts live on a chain.
type Deployment struct {
	ChainID      int64          `json:"chain_id"`
	NodeRegistry common.Address `json:"node_registry"`
	DataHub      common.Address `json:"data_hub"`
	// VerifierRegistry maps circuit versions to their verifiers and
	// verifying key hashes; the deployer owns it.
	VerifierRegistry common.Address `json:"verifier_registry"`
	TaskEscrow       common.Address `json:"task_escrow"`
	Market           common.Address `json:"model_market"`
	// Verifier is the network's PLONK verifier
	// (contracts/src/verifier/PlonkVerifier.sol), which takes the
	// verifying key as an argument: every circuit is verified by it.
	Verifier common.Address `json:"verifier"`
	// Verifiers maps each circuit version ID (circuits/setup) the deployment
	// registered to its verifier, as registered in VerifierRegistry.
	Verifiers map[string]common.Address `json:"verifiers"`
}

// DevCircuits are the circuit versions Deploy registers, with their keys
// under the dev SRS as this binary holds them (setup.DevSolidityVK and
// setup.DevPin): the network's circuits, not the test ones.
func DevCircuits() []string {
	var ids []string
	for _, v := range setup.Versions {
		if !v.Test {
			ids = append(ids, v.ID)
		}
	}
	return ids
}

// DevVKHash returns the SHA-256 of circuit version id's verifying key under
// the dev SRS (gnark's binary encoding of the key, setup.VerifyingKeyHash),
// the hash Deploy registers with the version's dev verifier: the pin this
// binary holds for it (setup.DevPin); false for an unknown version.
func DevVKHash(id string) ([32]byte, bool) {
	return setup.DevPin(id)
}

// DevCancelDelay is the cancellation delay, in seconds of chain time, of
// the escrow Deploy deploys for development networks and tests (their
// chains seal a block, a second of chain time, every 250 ms or less, so
// this is 15 s or less of wall time): between a
// requester's RequestCancel and its Cancel, the coordinator may still
// record the rounds it has results for.
const DevCancelDelay = 60

// Deploy deploys the node registry (with minStake wei and a deregistration
// delay of delay seconds), the data hub, the verifier registry, the task
// escrow (cancellation delay DevCancelDelay), the model market and the
// verifier from s, registers the circuits of DevCircuits with their dev
// SRS keys, and registers the schemas of DevSchemas in the data hub: a
// development network.
func Deploy(ctx context.Context, c *Client, s *Signer, minStake *big.Int, delay uint64) (Deployment, error) {
	d, err := DeployCore(ctx, c, s, minStake, delay, DevCancelDelay)
	if err != nil {
		return Deployment{}, err
	}
	for _, id := range DevCircuits() {
		if err := RegisterDevCircuit(ctx, c, s, &d, id); err != nil {
			return Deployment{}, err
		}
	}
	hub := NewHub(c, d.DataHub)
	for _, e := range DevSchemas() {
		if err := hub.RegisterSchema(ctx, s, e); err != nil {
			return Deployment{}, fmt.Errorf("chain: register schema %s: %w", e.Name, err)
		}
	}
	return d, nil
}

// DevSchemas are the schemas a development deployment registers: the
// built-in data sets' and those of the circuit versions (the test
// circuits' included), each once, with a "builtin:" URI.
func DevSchemas() []SchemaEntry {
	var list []SchemaEntry
	seen := map[[32]byte]bool{}
	add := func(s dataset.Schema) {
		if e := SchemaOf(s, "builtin:"+s.Name); !seen[e.Hash] {
			seen[e.Hash] = true
			list = append(list, e)
		}
	}
	for _, name := range dataset.Builtin() {
		s, err := dataset.Lookup(name)
		if err == nil {
			add(s)
		}
	}
	for _, v := range setup.Versions {
		add(v.Schema())
	}
	return list
}

// RegisterDevCircuit registers circuit version id in d's verifier registry
// with d's verifier and the version's key under the dev SRS, as this binary
// holds it, from s, the registry's owner, and records it in d.Verifiers.
// The dev SRS's secret is public: for development networks and tests only.
func RegisterDevCircuit(ctx context.Context, c *Client, s *Signer, d *Deployment, id string) error {
	vk, ok := setup.DevSolidityVK(id)
	hash, pinned := DevVKHash(id)
	if !ok || !pinned {
		return fmt.Errorf("chain: no dev verifying key of circuit %s in this binary: run go tool task contracts", id)
	}
	if err := NewCircuits(c, d.VerifierRegistry).Register(ctx, s, id, d.Verifier, vk, hash); err != nil {
		return err
	}
	d.Verifiers[id] = d.Verifier
	return nil
}

// DeployCore deploys the node registry (with minStake wei and a
// deregistration delay of delay seconds), the data hub (owned by s, who
// registers the consortium's schemas with Hub.RegisterSchema), the verifier
// registry (owned by s), the task escrow (with a cancellation delay of
// cancelDelay seconds), the model market (on top of that escrow) and the
// verifier from s, and registers no circuit: register them with
// Circuits.RegisterKey.
func DeployCore(ctx context.Context, c *Client, s *Signer, minStake *big.Int, delay, cancelDelay uint64) (Deployment, error) {
	d := Deployment{ChainID: c.id.Int64(), Verifiers: map[string]common.Address{}}
	reg, hub, vreg := noderegistry.NewNodeRegistry(), datahub.NewDataHub(), verifierregistry.NewVerifierRegistry()
	var err error
	if d.NodeRegistry, err = deploy(ctx, c, s, reg.GetABI(), &noderegistry.NodeRegistryMetaData, reg.PackConstructor(minStake, delay)); err != nil {
		return Deployment{}, err
	}
	if d.DataHub, err = deploy(ctx, c, s, hub.GetABI(), &datahub.DataHubMetaData, hub.PackConstructor(d.NodeRegistry, s.Address())); err != nil {
		return Deployment{}, err
	}
	if d.VerifierRegistry, err = deploy(ctx, c, s, vreg.GetABI(), &verifierregistry.VerifierRegistryMetaData, vreg.PackConstructor(s.Address())); err != nil {
		return Deployment{}, err
	}
	esc := taskescrow.NewTaskEscrow()
	if d.TaskEscrow, err = deploy(ctx, c, s, esc.GetABI(), &taskescrow.TaskEscrowMetaData, esc.PackConstructor(d.DataHub, d.VerifierRegistry, cancelDelay)); err != nil {
		return Deployment{}, err
	}
	mkt := modelmarket.NewModelMarket()
	if d.Market, err = deploy(ctx, c, s, mkt.GetABI(), &modelmarket.ModelMarketMetaData, mkt.PackConstructor(d.TaskEscrow)); err != nil {
		return Deployment{}, err
	}
	ver := plonkverifier.NewPlonkVerifier()
	if d.Verifier, err = deploy(ctx, c, s, ver.GetABI(), &plonkverifier.PlonkVerifierMetaData, nil); err != nil {
		return Deployment{}, err
	}
	return d, nil
}

// Transfer sends value wei from s to to, as when funding a new node's
// account.
func (c *Client) Transfer(ctx context.Context, s *Signer, to common.Address, value *big.Int) error {
	_, err := c.Transact(ctx, s, nil, &to, nil, value)
	return err
}

// deploy sends a contract's code with its packed constructor arguments and
// returns its address; a rejection is decoded against its own ABI.
func deploy(ctx context.Context, c *Client, s *Signer, contract abi.ABI, meta *bind.MetaData, args []byte) (common.Address, error) {
	rcpt, err := c.Transact(ctx, s, &contract, nil, append(common.FromHex(meta.Bin), args...), nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("chain: deploy %s: %w", meta.ID, err)
	}
	return rcpt.ContractAddress, nil
}

// Escrow is the task escrow contract.
type Escrow struct {
	c    *Client
	addr common.Address
	b    *taskescrow.TaskEscrow
}

// NewEscrow binds the escrow at addr.
func NewEscrow(c *Client, addr common.Address) *Escrow {
	return &Escrow{c: c, addr: addr, b: taskescrow.NewTaskEscrow()}
}

// TaskKey is the on-chain ID of a 2PM task: keccak256 of its task ID.
func TaskKey(taskID string) [32]byte { return crypto.Keccak256Hash([]byte(taskID)) }

// Task returns the escrow's record of a task; an unknown task fails with
// the contract's UnknownTask (a *revert.Error).
func (e *Escrow) Task(ctx context.Context, taskID string) (taskescrow.TaskEscrowTask, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackGetTask(TaskKey(taskID)))
	if err != nil {
		return taskescrow.TaskEscrowTask{}, err
	}
	return e.b.UnpackGetTask(out)
}

// CircuitID is the on-chain ID of a circuit version: keccak256 of its
// name, e.g. CircuitID("stats-heart-disease-v1"); the empty name (no
// circuit: an unproven task) is the zero ID.
func CircuitID(version string) [32]byte {
	if version == "" {
		return [32]byte{}
	}
	return crypto.Keccak256Hash([]byte(version))
}

// CreateTask escrows deposit wei from s for a task of rounds rounds that
// pays pay wei per accepted contribution, recorded by coordinator. With a
// circuit version, contributions must be proven (RecordProvenRound) to
// the verifier the network's verifier registry holds for it; an unknown
// circuit fails with the contract's UnknownCircuit. If the task exists
// with s as its requester (a retried call, even one whose first
// transaction was still pending), it does nothing.
func (e *Escrow) CreateTask(ctx context.Context, s *Signer, taskID string, specHash [32]byte, rounds uint32, pay *big.Int, coordinator common.Address, circuit string, deposit *big.Int) error {
	mine := func() (bool, error) {
		t, err := e.Task(ctx, taskID)
		var rerr *revert.Error
		if errors.As(err, &rerr) && rerr.Name == "UnknownTask" {
			return false, nil
		}
		return err == nil && t.Requester == s.Address(), err
	}
	if done, err := mine(); err != nil || done {
		return err
	}
	return e.send(ctx, s, e.b.PackCreateTask(TaskKey(taskID), specHash, rounds, pay, coordinator, CircuitID(circuit)), deposit, mine)
}

// send sends data to the escrow from s. If the contract rejects it, done
// is asked whether what it was to do is done anyway (another send of the
// same call went through first, such as a retried activity's first
// transaction that was still pending): then it succeeds.
func (e *Escrow) send(ctx context.Context, s *Signer, data []byte, value *big.Int, done func() (bool, error)) error {
	abi := e.b.GetABI()
	_, err := e.c.Transact(ctx, s, &abi, &e.addr, data, value)
	if err != nil && errors.Is(err, ErrReverted) {
		if ok, derr := done(); derr == nil && ok {
			return nil
		}
	}
	return err
}

// ErrConflict means a round was already recorded with another result.
var ErrConflict = errors.New("chain: round already recorded with another result")

// RecordRound records a round's result hash and credits every participant
// that is an active node of the registry (sorted ascending, as the
// contract requires); ContributionStatus tells who was paid. A round
// already recorded with the same hash (a retried call, even one whose
// first transaction was still pending) is not sent again or counts as
// done; with another hash it fails with ErrConflict.
func (e *Escrow) RecordRound(ctx context.Context, s *Signer, taskID string, round uint32, result [32]byte, participants []common.Address) error {
	done := func() (bool, error) { return e.recorded(ctx, taskID, round, result) }
	if ok, err := done(); err != nil || ok {
		return err
	}
	return e.send(ctx, s, e.b.PackRecordRound(TaskKey(taskID), round, result, participants), nil, done)
}

// recorded reports whether the round was recorded with result already, and
// fails with ErrConflict if it was with another.
func (e *Escrow) recorded(ctx context.Context, taskID string, round uint32, result [32]byte) (bool, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackRoundResult(TaskKey(taskID), round))
	if err != nil {
		return false, err
	}
	got, err := e.b.UnpackRoundResult(out)
	if err != nil {
		return false, err
	}
	switch {
	case got == result:
		return true, nil
	case got != [32]byte{}:
		return false, fmt.Errorf("%w: task %s round %d", ErrConflict, taskID, round)
	}
	return false, nil
}

// Contribution is a node's proven contribution to a round, as the task
// contract checks it.
type Contribution = taskescrow.TaskEscrowContribution

// RecordProvenRound records attempt attempt of a proven task's round: the
// contract verifies each contribution's proof, bound to that attempt, and
// credits the active nodes whose proofs verify (sorted ascending by node,
// as the contract requires). inputs are the public inputs all the round's
// proofs share after the binding: none for statistics, the model
// parameters' hash for a training round. A round already recorded with the
// same hash (a retried call, even one whose first transaction was still
// pending) is not sent again or counts as done; with another hash it fails
// with ErrConflict. ContributionStatus tells what became of each.
func (e *Escrow) RecordProvenRound(ctx context.Context, s *Signer, taskID string, round, attempt uint32, result [32]byte, inputs []*big.Int, cs []Contribution) error {
	done := func() (bool, error) { return e.recorded(ctx, taskID, round, result) }
	if ok, err := done(); err != nil || ok {
		return err
	}
	return e.send(ctx, s, e.b.PackRecordProvenRound(TaskKey(taskID), round, attempt, result, inputs, cs), nil, done)
}

// Binding returns the binding the contract computes for a proof of node's
// contribution from data set dataset to an attempt of a task's round
// (contribution.NewBinding computes the same off chain).
func (e *Escrow) Binding(ctx context.Context, taskID string, round, attempt uint32, node common.Address, dataset [32]byte) (*big.Int, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackBinding(TaskKey(taskID), round, attempt, node, dataset))
	if err != nil {
		return nil, err
	}
	return e.b.UnpackBinding(out)
}

// SnapshotOf is what the escrow keeps as the snapshot of data set id with
// commitment root root and rows rows (DatasetSnapshot):
// keccak256(abi.encode(id, root, rows)).
func SnapshotOf(id, root [32]byte, rows uint64) [32]byte {
	var n [32]byte
	binary.BigEndian.PutUint64(n[24:], rows)
	return crypto.Keccak256Hash(id[:], root[:], n[:])
}

// DatasetSnapshot returns the snapshot of node's data set for a task
// (SnapshotOf its data set ID, root and rows) as SnapshotDatasets fixed it
// when the coordinator selected the node; zero if it did not.
func (e *Escrow) DatasetSnapshot(ctx context.Context, taskID string, node common.Address) ([32]byte, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackDatasetSnapshot(TaskKey(taskID), node))
	if err != nil {
		return [32]byte{}, err
	}
	return e.b.UnpackDatasetSnapshot(out)
}

// SnapshotDatasets fixes, for a proven task, the data set each node
// computes on: nodes[i]'s is ids[i], with the root and row count the data
// hub holds for it now. A proven contribution is then paid only over that
// registration. s must be the task's coordinator, the task open and no
// round recorded yet, and each data set registered by its node (else the
// contract reverts: NotCoordinator, SnapshotsClosed, UnknownDataset,
// DatasetNotOwned, ...). A node already snapshotted keeps its snapshot and
// is not sent again; with every node snapshotted it sends nothing, and a
// send the contract rejects counts as done if every node is snapshotted
// afterwards (a retried call whose first transaction was still pending).
func (e *Escrow) SnapshotDatasets(ctx context.Context, s *Signer, taskID string, nodes []common.Address, ids [][32]byte) error {
	if len(nodes) != len(ids) {
		return fmt.Errorf("chain: %d nodes, %d data sets", len(nodes), len(ids))
	}
	// pending returns the nodes, and their data sets, not snapshotted yet.
	pending := func() ([]common.Address, [][32]byte, error) {
		var ns []common.Address
		var ds [][32]byte
		for i, n := range nodes {
			snap, err := e.DatasetSnapshot(ctx, taskID, n)
			if err != nil {
				return nil, nil, err
			}
			if snap == ([32]byte{}) {
				ns, ds = append(ns, n), append(ds, ids[i])
			}
		}
		return ns, ds, nil
	}
	ns, ds, err := pending()
	if err != nil || len(ns) == 0 {
		return err
	}
	return e.send(ctx, s, e.b.PackSnapshotDatasets(TaskKey(taskID), ns, ds), nil, func() (bool, error) {
		left, _, err := pending()
		return len(left) == 0, err
	})
}

// Hub returns the data hub the escrow reads the nodes' data sets from.
func (e *Escrow) Hub(ctx context.Context) (*Hub, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackDataHub())
	if err != nil {
		return nil, err
	}
	addr, err := e.b.UnpackDataHub(out)
	if err != nil {
		return nil, err
	}
	return NewHub(e.c, addr), nil
}

// Participants returns every node credited at least once for a task, each
// once, in order of first credit.
func (e *Escrow) Participants(ctx context.Context, taskID string) ([]common.Address, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackParticipants(TaskKey(taskID)))
	if err != nil {
		return nil, err
	}
	return e.b.UnpackParticipants(out)
}

// Contribution statuses, as ContributionStatus returns them.
const (
	ContributionNone     uint8 = 0 // not part of the round
	ContributionCredited uint8 = 1 // paid
	ContributionRejected uint8 = 2 // its proof did not verify, or the node was not active
)

// ContributionStatus returns what became of node's contribution to a round.
func (e *Escrow) ContributionStatus(ctx context.Context, taskID string, round uint32, node common.Address) (uint8, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackContributionStatus(TaskKey(taskID), round, node))
	if err != nil {
		return 0, err
	}
	return e.b.UnpackContributionStatus(out)
}

// Settle completes a task and refunds what was not paid to its requester.
// The coordinator may settle at any time; the requester only once every
// round is recorded (else the contract reverts RoundsNotRecorded), or once
// a cancellation it requested is due, when settling cancels the task. A
// settled task is not settled again, and a send that fails because the
// task was settled meanwhile (a retry) counts as done.
func (e *Escrow) Settle(ctx context.Context, s *Signer, taskID string) error {
	done := func() (bool, error) {
		abi := e.b.GetABI()
		out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackIsSettled(TaskKey(taskID)))
		if err != nil {
			return false, err
		}
		return e.b.UnpackIsSettled(out)
	}
	if ok, err := done(); err != nil || ok {
		return err
	}
	return e.send(ctx, s, e.b.PackSettle(TaskKey(taskID)), nil, done)
}

// Task statuses, as Task returns them in Status.
const (
	TaskUnknown   uint8 = 0
	TaskOpen      uint8 = 1
	TaskSettled   uint8 = 2
	TaskCancelled uint8 = 3
)

// Errors of cancelling; check them with errors.Is.
var (
	// ErrClosed means a task cannot be cancelled because it was settled.
	ErrClosed = errors.New("chain: the task was settled")
	// ErrCancelPending means a cancellation was requested and cannot be
	// completed yet: the coordinator may still record rounds until then.
	ErrCancelPending = errors.New("chain: the cancellation is not due yet")
)

// CancelDelay returns the escrow's delay between RequestCancel and Cancel.
func (e *Escrow) CancelDelay(ctx context.Context) (time.Duration, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackCancelDelay())
	if err != nil {
		return 0, err
	}
	d, err := e.b.UnpackCancelDelay(out)
	return time.Duration(d) * time.Second, err
}

// RequestCancel asks to cancel an open task, the first of the two steps
// of cancelling: the coordinator may record rounds for CancelDelay more,
// then Cancel completes it. It returns the chain time from which Cancel
// may be sent. A task whose cancellation was requested or done already is
// not sent again (a cancelled one returns the zero time); a settled one
// fails with ErrClosed, an unknown one with the contract's UnknownTask.
func (e *Escrow) RequestCancel(ctx context.Context, s *Signer, taskID string) (time.Time, error) {
	due := func() (time.Time, bool, error) {
		t, err := e.Task(ctx, taskID)
		if err != nil {
			return time.Time{}, false, err
		}
		switch {
		case t.Status == TaskCancelled:
			return time.Time{}, true, nil
		case t.Status == TaskSettled:
			return time.Time{}, false, fmt.Errorf("%w: task %s: nothing is left to refund", ErrClosed, taskID)
		case t.CancelRequestedAt == 0:
			return time.Time{}, false, nil
		}
		d, err := e.CancelDelay(ctx)
		return time.Unix(int64(t.CancelRequestedAt), 0).Add(d), true, err
	}
	at, ok, err := due()
	if err != nil || ok {
		return at, err
	}
	err = e.send(ctx, s, e.b.PackRequestCancel(TaskKey(taskID)), nil, func() (bool, error) {
		_, ok, err := due()
		return ok, err
	})
	if err != nil {
		return time.Time{}, err
	}
	at, _, err = due()
	return at, err
}

// Cancel completes the cancellation of a task that RequestCancel asked for
// at least CancelDelay ago: what its participants were credited stays
// theirs and the rest of the escrow is credited back to s, which Withdraw
// then pays out. Before then it fails with ErrCancelPending. A task
// cancelled already (a retried call) is not sent again; a settled one
// fails with ErrClosed, an unknown one with the contract's UnknownTask.
func (e *Escrow) Cancel(ctx context.Context, s *Signer, taskID string) error {
	cancelled := func() (bool, error) {
		t, err := e.Task(ctx, taskID)
		if err != nil {
			return false, err
		}
		switch t.Status {
		case TaskCancelled:
			return true, nil
		case TaskSettled:
			return false, fmt.Errorf("%w: task %s: nothing is left to refund", ErrClosed, taskID)
		}
		return false, nil
	}
	if ok, err := cancelled(); err != nil || ok {
		return err
	}
	err := e.send(ctx, s, e.b.PackCancel(TaskKey(taskID)), nil, cancelled)
	var rerr *revert.Error
	if errors.As(err, &rerr) && (rerr.Name == "CancelTooEarly" || rerr.Name == "CancelNotRequested") {
		return fmt.Errorf("%w: task %s: %w", ErrCancelPending, taskID, err)
	}
	return err
}

// ChainTime returns the latest block's timestamp on the escrow's chain,
// the clock CancelDelay runs on.
func (e *Escrow) ChainTime(ctx context.Context) (time.Time, error) { return e.c.ChainTime(ctx) }

// ChainTime returns the latest block's timestamp, the clock CancelDelay
// runs on.
func (c *Client) ChainTime(ctx context.Context) (time.Time, error) {
	h, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("chain: latest header: %w", err)
	}
	return time.Unix(int64(h.Time), 0), nil
}

// Credit returns what account may withdraw.
func (e *Escrow) Credit(ctx context.Context, account common.Address) (*big.Int, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackCredit(account))
	if err != nil {
		return nil, err
	}
	return e.b.UnpackCredit(out)
}

// Withdraw pulls s's credited payments and returns the amount; with no
// credit it sends nothing and returns 0. A withdrawal that fails because
// an earlier send of it went through first returns what that one paid.
func (e *Escrow) Withdraw(ctx context.Context, s *Signer) (*big.Int, error) {
	credit, err := e.Credit(ctx, s.Address())
	if err != nil || credit.Sign() == 0 {
		return credit, err
	}
	err = e.send(ctx, s, e.b.PackWithdraw(), nil, func() (bool, error) {
		left, err := e.Credit(ctx, s.Address())
		return err == nil && left.Sign() == 0, err
	})
	if err != nil {
		return nil, err
	}
	return credit, nil
}

// Circuits is the verifier registry contract: the network owner's list of
// circuit versions, each with its verifier contract, its verifying key in
// the verifier's encoding (setup.SolidityVK) and the SHA-256 of the same key
// in gnark's (setup.VerifyingKeyHash).
type Circuits struct {
	c    *Client
	addr common.Address
	b    *verifierregistry.VerifierRegistry
}

// NewCircuits binds the verifier registry at addr.
func NewCircuits(c *Client, addr common.Address) *Circuits {
	return &Circuits{c: c, addr: addr, b: verifierregistry.NewVerifierRegistry()}
}

// Circuits returns the verifier registry the escrow takes its tasks'
// verifiers from.
func (e *Escrow) Circuits(ctx context.Context) (*Circuits, error) {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackVerifiers())
	if err != nil {
		return nil, err
	}
	addr, err := e.b.UnpackVerifiers(out)
	if err != nil {
		return nil, err
	}
	return NewCircuits(e.c, addr), nil
}

// Circuit is a circuit version's registry entry.
type Circuit = verifierregistry.VerifierRegistryCircuit

// Circuit returns the entry of circuit version id (revoked or not); an
// unregistered one fails with the registry's UnknownCircuit.
func (r *Circuits) Circuit(ctx context.Context, id string) (Circuit, error) {
	abi := r.b.GetABI()
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackGetCircuit(CircuitID(id)))
	if err != nil {
		return Circuit{}, err
	}
	return r.b.UnpackGetCircuit(out)
}

// VKHash returns the SHA-256 of circuit version id's verifying key (gnark's
// binary encoding, VerifyingKey.WriteTo) as the network's owner registered
// it: off-chain verification must use a key with this hash. An
// unregistered version fails with the registry's UnknownCircuit.
func (r *Circuits) VKHash(ctx context.Context, id string) ([32]byte, error) {
	c, err := r.Circuit(ctx, id)
	return c.VkHash, err
}

// Verifier returns the verifier a new task of circuit version id gets; an
// unregistered or revoked version fails with the registry's
// UnknownCircuit or RevokedCircuit.
func (r *Circuits) Verifier(ctx context.Context, id string) (common.Address, error) {
	abi := r.b.GetABI()
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackVerifierOf(CircuitID(id)))
	if err != nil {
		return common.Address{}, err
	}
	return r.b.UnpackVerifierOf(out)
}

// VK returns circuit version id's verifying key as the registry holds it,
// in the verifier's encoding (setup.SolidityVK), revoked or not; an
// unregistered one fails with the registry's UnknownCircuit.
func (r *Circuits) VK(ctx context.Context, id string) ([]byte, error) {
	abi := r.b.GetABI()
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackVkOf(CircuitID(id)))
	if err != nil {
		return nil, err
	}
	return r.b.UnpackVkOf(out)
}

// ErrCircuitMismatch means a circuit version is registered with another
// verifier or verifying key than the one given.
var ErrCircuitMismatch = errors.New("chain: circuit registered differently")

// RegisterKey registers circuit version id with verifier and its verifying
// key, from s, the registry's owner: the key in the verifier's encoding
// and the SHA-256 of its gnark encoding, both from the one key, so that
// the chain verifies with the very key off-chain verification pins. A key
// the verifier cannot take fails with setup.ErrUnsupportedKey before
// anything is sent. Otherwise as Register.
func (r *Circuits) RegisterKey(ctx context.Context, s *Signer, id string, verifier common.Address, key plonk.VerifyingKey) error {
	vk, err := setup.SolidityVK(key)
	if err != nil {
		return fmt.Errorf("chain: circuit %s: %w", id, err)
	}
	hash, err := setup.VerifyingKeyHash(key)
	if err != nil {
		return err
	}
	return r.Register(ctx, s, id, verifier, vk, hash)
}

// Register registers circuit version id with its verifier, its verifying
// key in the verifier's encoding and the SHA-256 of its gnark encoding,
// from s, the registry's owner; RegisterKey derives both from a key. A
// version registered as given sends nothing; one registered otherwise
// fails with ErrCircuitMismatch (entries are written once: a new key is a
// new version). A key of another length than the verifier takes fails
// with setup.ErrUnsupportedKey before anything is sent. Register cannot
// tell whether vk and vkHash are the same key; workers refuse a circuit
// whose two disagree (workers.RegistryPins.CheckKey).
func (r *Circuits) Register(ctx context.Context, s *Signer, id string, verifier common.Address, vk []byte, vkHash [32]byte) error {
	if len(vk) != setup.SolidityVKSize {
		return fmt.Errorf("chain: circuit %s: %w: a key of %d bytes, the verifier takes %d", id, setup.ErrUnsupportedKey, len(vk), setup.SolidityVKSize)
	}
	same := func() (bool, error) {
		c, err := r.Circuit(ctx, id)
		var rerr *revert.Error
		if errors.As(err, &rerr) && rerr.Name == "UnknownCircuit" {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		held, err := r.VK(ctx, id)
		if err != nil {
			return false, err
		}
		if c.Verifier != verifier || c.VkHash != vkHash || !bytes.Equal(held, vk) {
			return false, fmt.Errorf("%w: %s is registered with verifier %s, key hash %x and a key, not with those given", ErrCircuitMismatch, id, c.Verifier, c.VkHash)
		}
		return true, nil
	}
	if ok, err := same(); err != nil || ok {
		return err
	}
	abi := r.b.GetABI()
	if _, err := r.c.Transact(ctx, s, &abi, &r.addr, r.b.PackRegister(CircuitID(id), verifier, vk, vkHash), nil); err != nil {
		if ok, serr := same(); serr == nil && ok {
			return nil
		}
		return fmt.Errorf("chain: register circuit %s: %w", id, err)
	}
	return nil
}
