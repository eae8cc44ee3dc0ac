package chain

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/bindings/hlrheartdiseasev1verifier"
	"github.com/twopm/twopm/contracts/bindings/modelmarket"
	"github.com/twopm/twopm/contracts/bindings/noderegistry"
	"github.com/twopm/twopm/contracts/bindings/statsheartdiseasev1verifier"
	"github.com/twopm/twopm/contracts/bindings/taskescrow"
)

// Deployment is where the network's contracts live on a chain.
type Deployment struct {
	ChainID      int64          `json:"chain_id"`
	NodeRegistry common.Address `json:"node_registry"`
	DataHub      common.Address `json:"data_hub"`
	TaskEscrow   common.Address `json:"task_escrow"`
	Market       common.Address `json:"model_market"`
	// Verifiers maps a circuit version ID (circuits/setup) to its verifier.
	Verifiers map[string]common.Address `json:"verifiers"`
}

// Verifiers are the verifier contracts Deploy deploys, by circuit version:
// contracts/src/verifier, generated from the dev SRS. A production network
// deploys the verifiers of its own ceremony SRS instead.
var Verifiers = map[string]*bind.MetaData{
	"stats-heart-disease-v1": &statsheartdiseasev1verifier.StatsHeartDiseaseV1VerifierMetaData,
	"hlr-heart-disease-v1":   &hlrheartdiseasev1verifier.HLRHeartDiseaseV1VerifierMetaData,
}

// Deploy deploys the node registry (with minStake wei and a deregistration
// delay of delay seconds), the data hub, the task escrow, the model market
// and the dev SRS's verifiers from s.
func Deploy(ctx context.Context, c *Client, s *Signer, minStake *big.Int, delay uint64) (Deployment, error) {
	d, err := DeployCore(ctx, c, s, minStake, delay)
	if err != nil {
		return Deployment{}, err
	}
	for _, id := range slices.Sorted(maps.Keys(Verifiers)) {
		if d.Verifiers[id], err = DeployVerifier(ctx, c, s, common.FromHex(Verifiers[id].Bin)); err != nil {
			return Deployment{}, fmt.Errorf("chain: deploy verifier of %s: %w", id, err)
		}
	}
	return d, nil
}

// DeployCore deploys the node registry (with minStake wei and a
// deregistration delay of delay seconds), the data hub, the task escrow
// and the model market (on top of that escrow) from s, and no verifier.
func DeployCore(ctx context.Context, c *Client, s *Signer, minStake *big.Int, delay uint64) (Deployment, error) {
	d := Deployment{ChainID: c.id.Int64(), Verifiers: map[string]common.Address{}}
	reg, hub := noderegistry.NewNodeRegistry(), datahub.NewDataHub()
	var err error
	if d.NodeRegistry, err = deploy(ctx, c, s, reg.GetABI(), &noderegistry.NodeRegistryMetaData, reg.PackConstructor(minStake, delay)); err != nil {
		return Deployment{}, err
	}
	if d.DataHub, err = deploy(ctx, c, s, hub.GetABI(), &datahub.DataHubMetaData, hub.PackConstructor(d.NodeRegistry)); err != nil {
		return Deployment{}, err
	}
	esc := taskescrow.NewTaskEscrow()
	if d.TaskEscrow, err = deploy(ctx, c, s, esc.GetABI(), &taskescrow.TaskEscrowMetaData, esc.PackConstructor(d.DataHub)); err != nil {
		return Deployment{}, err
	}
	mkt := modelmarket.NewModelMarket()
	if d.Market, err = deploy(ctx, c, s, mkt.GetABI(), &modelmarket.ModelMarketMetaData, mkt.PackConstructor(d.TaskEscrow)); err != nil {
		return Deployment{}, err
	}
	return d, nil
}

// DeployVerifier deploys a verifier contract's creation code (a
// contracts/build/<Contract>.bin, decoded) from s and returns its address.
func DeployVerifier(ctx context.Context, c *Client, s *Signer, code []byte) (common.Address, error) {
	if len(code) == 0 {
		return common.Address{}, errors.New("chain: empty verifier code")
	}
	abi := statsheartdiseasev1verifier.NewStatsHeartDiseaseV1Verifier().GetABI() // every verifier has the same ABI
	rcpt, err := c.Transact(ctx, s, &abi, nil, code, nil)
	if err != nil {
		return common.Address{}, err
	}
	return rcpt.ContractAddress, nil
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

// CreateTask escrows deposit wei from s for a task of rounds rounds that
// pays pay wei per accepted contribution, recorded by coordinator. With a
// non-zero verifier, contributions must be proven to it (RecordProvenRound).
// If the task already exists with s as its requester (a retried call), it
// does nothing.
func (e *Escrow) CreateTask(ctx context.Context, s *Signer, taskID string, specHash [32]byte, rounds uint32, pay *big.Int, coordinator, verifier common.Address, deposit *big.Int) error {
	t, err := e.Task(ctx, taskID)
	if err == nil && t.Requester == s.Address() {
		return nil
	}
	abi := e.b.GetABI()
	_, err = e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackCreateTask(TaskKey(taskID), specHash, rounds, pay, coordinator, verifier), deposit)
	return err
}

// ErrConflict means a round was already recorded with another result.
var ErrConflict = errors.New("chain: round already recorded with another result")

// RecordRound records a round's result hash and credits every participant
// (sorted ascending, as the contract requires). A round already recorded
// with the same hash (a retried call) is not sent again; with another
// hash it fails with ErrConflict.
func (e *Escrow) RecordRound(ctx context.Context, s *Signer, taskID string, round uint32, result [32]byte, participants []common.Address) error {
	if done, err := e.recorded(ctx, taskID, round, result); err != nil || done {
		return err
	}
	abi := e.b.GetABI()
	_, err := e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackRecordRound(TaskKey(taskID), round, result, participants), nil)
	return err
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

// RecordProvenRound records a proven task's round: the contract verifies
// each contribution's proof and credits the nodes whose proofs verify
// (sorted ascending by node, as the contract requires). inputs are the
// public inputs all the round's proofs share after the binding: none for
// statistics, the model parameters' hash for a training round. A round already
// recorded with the same hash (a retried call) is not sent again; with
// another hash it fails with ErrConflict. ContributionStatus tells what
// became of each.
func (e *Escrow) RecordProvenRound(ctx context.Context, s *Signer, taskID string, round uint32, result [32]byte, inputs []*big.Int, cs []Contribution) error {
	if done, err := e.recorded(ctx, taskID, round, result); err != nil || done {
		return err
	}
	abi := e.b.GetABI()
	_, err := e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackRecordProvenRound(TaskKey(taskID), round, result, inputs, cs), nil)
	return err
}

// Contribution statuses, as ContributionStatus returns them.
const (
	ContributionNone     uint8 = 0 // not part of the round
	ContributionCredited uint8 = 1 // paid
	ContributionRejected uint8 = 2 // its proof did not verify
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
// A settled task is not settled again.
func (e *Escrow) Settle(ctx context.Context, s *Signer, taskID string) error {
	abi := e.b.GetABI()
	out, err := e.c.Call(ctx, &abi, e.addr, e.b.PackIsSettled(TaskKey(taskID)))
	if err != nil {
		return err
	}
	if done, err := e.b.UnpackIsSettled(out); err != nil || done {
		return err
	}
	_, err = e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackSettle(TaskKey(taskID)), nil)
	return err
}

// Task statuses, as Task returns them in Status.
const (
	TaskUnknown   uint8 = 0
	TaskOpen      uint8 = 1
	TaskSettled   uint8 = 2
	TaskCancelled uint8 = 3
)

// ErrClosed means a task cannot be cancelled because it was settled.
var ErrClosed = errors.New("chain: the task was settled")

// Cancel closes an open task at its requester's request: what its
// participants were credited stays theirs and the rest of the escrow is
// credited back to s, which Withdraw then pays out. A task cancelled
// already (a retried call) is not sent again; a settled one fails with
// ErrClosed, an unknown one with the contract's UnknownTask.
func (e *Escrow) Cancel(ctx context.Context, s *Signer, taskID string) error {
	t, err := e.Task(ctx, taskID)
	if err == nil {
		switch t.Status {
		case TaskCancelled:
			return nil
		case TaskSettled:
			return fmt.Errorf("%w: task %s: nothing is left to refund", ErrClosed, taskID)
		}
	}
	abi := e.b.GetABI()
	_, err = e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackCancel(TaskKey(taskID)), nil)
	return err
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
// credit it sends nothing and returns 0.
func (e *Escrow) Withdraw(ctx context.Context, s *Signer) (*big.Int, error) {
	credit, err := e.Credit(ctx, s.Address())
	if err != nil || credit.Sign() == 0 {
		return credit, err
	}
	abi := e.b.GetABI()
	if _, err := e.c.Transact(ctx, s, &abi, &e.addr, e.b.PackWithdraw(), nil); err != nil {
		return nil, err
	}
	return credit, nil
}
