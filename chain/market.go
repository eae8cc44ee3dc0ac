package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/twopm/twopm/contracts/bindings/modelmarket"
)

// Errors of the model market; check them with errors.Is.
var (
	// ErrDelivered means an inference request was delivered already: Refund
	// cannot refund it, and Deliver with another result cannot deliver it.
	ErrDelivered = errors.New("chain: inference request already delivered")
	// ErrRefunded means an inference request was refunded already, so
	// Deliver cannot deliver it.
	ErrRefunded = errors.New("chain: inference request already refunded")
	// ErrUnknownModel means the market has no model of that ID.
	ErrUnknownModel = errors.New("chain: unknown model")
)

// Inference request statuses, as InferenceRequest.Status holds them.
const (
	RequestNone      uint8 = 0 // no such request
	RequestPending   uint8 = 1 // paid, neither delivered nor refunded
	RequestDelivered uint8 = 2 // paid out to the model's holders
	RequestRefunded  uint8 = 3 // paid back to the requester
)

// Market is the model market contract: the requester of a settled training
// task publishes one of its rounds' models at a price per inference
// request, anyone pays for requests, the task's coordinator delivers them
// (the payment is shared by the data holders in proportion to their
// credited rounds) or refunds them, and everyone withdraws its credit.
type Market struct {
	c    *Client
	addr common.Address
	b    *modelmarket.ModelMarket
}

// NewMarket binds the model market at addr.
func NewMarket(c *Client, addr common.Address) *Market {
	return &Market{c: c, addr: addr, b: modelmarket.NewModelMarket()}
}

// Client returns the connection the market uses.
func (m *Market) Client() *Client { return m.c }

// Address returns the market contract's address.
func (m *Market) Address() common.Address { return m.addr }

// PublishedModel is a model on sale in the market.
type PublishedModel struct {
	// ID is the model's ID, from 1.
	ID uint64
	// Task is the training task's on-chain ID, TaskKey of its task ID.
	Task [32]byte
	// Round is the training round whose recorded result is the model.
	Round uint32
	// Artifact is the SHA-256 of the model artifact, the round's result.
	Artifact [32]byte
	// Publisher is the training task's requester, who published the model.
	Publisher common.Address
	// Coordinator is the training task's coordinator, the only account
	// that delivers the model's requests.
	Coordinator common.Address
	// Price is what one request pays, in wei.
	Price *big.Int
	// Timeout is how long after a request it may be delivered, in whole
	// seconds.
	Timeout time.Duration
	// Private says whether the model is served in private mode only.
	Private bool
	// Retired says whether the model refuses new requests.
	Retired bool
	// Holders share the revenue: every node the escrow credited for the
	// training task, in the order of their first credit.
	Holders []common.Address
	// Weights are the holders' numbers of credited rounds in the training
	// task, in the order of Holders.
	Weights []*big.Int
	// TotalWeight is the sum of Weights.
	TotalWeight *big.Int
}

// InferenceRequest is a paid inference request.
type InferenceRequest struct {
	// ID is the request's ID, from 1.
	ID uint64
	// ModelID is the model asked.
	ModelID uint64
	// Requester paid for the request; refunds and rounding remainders are
	// credited to it.
	Requester common.Address
	// Commitment binds the request to the client's input (plain mode) or
	// TLS key (private mode).
	Commitment [32]byte
	// Amount is what the request paid, in wei.
	Amount *big.Int
	// Deadline is the last chain time (Unix seconds) at which the request
	// may be delivered; after it anyone may refund it.
	Deadline uint64
	// Status is one of RequestNone, RequestPending, RequestDelivered and
	// RequestRefunded.
	Status uint8
	// Result is the hash the coordinator delivered; zero before delivery
	// and for a refunded request.
	Result [32]byte
}

// Publish publishes the model that round round of task taskID produced:
// the artifact whose SHA-256 is artifact (the round's recorded result), at
// price wei per request, deliverable within timeout (whole seconds, at
// least one). Only the task's requester may publish, once the task is
// settled. Nobody names the holders: the contract reads them from the
// escrow (every node credited for the task) and weighs each by its
// credited rounds. It returns the model's ID, read from the ModelPublished
// event. If s already published this round on these terms and has not
// retired it (a retried call), it sends nothing and returns that model's
// ID; on other terms, the contract refuses with AlreadyPublished.
func (m *Market) Publish(ctx context.Context, s *Signer, taskID string, round uint32, artifact [32]byte, price *big.Int, timeout time.Duration, private bool) (uint64, error) {
	if timeout < time.Second {
		return 0, fmt.Errorf("chain: model timeout %v is under a second", timeout)
	}
	if price == nil {
		return 0, errors.New("chain: model price is missing")
	}
	timeout = timeout.Truncate(time.Second)

	live, err := m.ModelOf(ctx, taskID, round)
	if err != nil {
		return 0, err
	}
	if live != 0 {
		p, err := m.Model(ctx, live)
		if err != nil {
			return 0, err
		}
		if p.Publisher == s.Address() && p.Artifact == artifact && p.Price.Cmp(price) == 0 && p.Timeout == timeout &&
			p.Private == private {
			return live, nil
		}
	}
	abi := m.b.GetABI()
	data := m.b.PackPublish(TaskKey(taskID), round, artifact, price, uint64(timeout/time.Second), private)
	rcpt, err := m.c.Transact(ctx, s, &abi, &m.addr, data, nil)
	if err != nil {
		return 0, err
	}
	ev, err := event(m, rcpt, m.b.UnpackModelPublishedEvent)
	if err != nil {
		return 0, err
	}
	return ev.ModelId.Uint64(), nil
}

// Model returns model id; an ID the market does not know fails with
// ErrUnknownModel.
func (m *Market) Model(ctx context.Context, id uint64) (PublishedModel, error) {
	if id == 0 {
		return PublishedModel{}, fmt.Errorf("%w: %d", ErrUnknownModel, id)
	}
	abi := m.b.GetABI()
	out, err := m.c.Call(ctx, &abi, m.addr, m.b.PackGetModel(new(big.Int).SetUint64(id)))
	if err != nil {
		if n, cerr := m.count(ctx, m.b.PackModelCount()); cerr == nil && id > n {
			return PublishedModel{}, fmt.Errorf("%w: %d", ErrUnknownModel, id)
		}
		return PublishedModel{}, err
	}
	got, err := m.b.UnpackGetModel(out)
	if err != nil {
		return PublishedModel{}, err
	}
	p := PublishedModel{
		ID: id, Task: got.TaskId, Round: got.Round, Artifact: got.ArtifactHash, Publisher: got.Publisher,
		Coordinator: got.Coordinator, Price: got.Price, Timeout: time.Duration(got.Timeout) * time.Second,
		Private: got.PrivateMode, Retired: got.Retired, Holders: got.Holders, TotalWeight: got.TotalWeight,
	}
	for _, w := range got.Weights {
		p.Weights = append(p.Weights, new(big.Int).SetUint64(uint64(w)))
	}
	return p, nil
}

// ModelOf returns the ID of the live (not retired) model published for
// round round of task taskID, or 0 if there is none.
func (m *Market) ModelOf(ctx context.Context, taskID string, round uint32) (uint64, error) {
	abi := m.b.GetABI()
	out, err := m.c.Call(ctx, &abi, m.addr, m.b.PackModelOf(TaskKey(taskID), round))
	if err != nil {
		return 0, err
	}
	id, err := m.b.UnpackModelOf(out)
	if err != nil {
		return 0, err
	}
	return id.Uint64(), nil
}

// Retire stops model id from taking new requests; its pending requests can
// still be delivered or refunded. Only its publisher may retire it. A
// retired model (a retried call) is not retired again.
func (m *Market) Retire(ctx context.Context, s *Signer, id uint64) error {
	p, err := m.Model(ctx, id)
	if err != nil || p.Retired {
		return err
	}
	abi := m.b.GetABI()
	_, err = m.c.Transact(ctx, s, &abi, &m.addr, m.b.PackRetire(new(big.Int).SetUint64(id)), nil)
	return err
}

// Request pays price wei from s for an inference request on model modelID
// and returns the request's ID, read from the InferenceRequested event.
// price must be the model's price exactly (the contract refuses any other
// amount, zero included). commitment binds the request to the client's
// input or TLS key. Request is not idempotent: every call that succeeds
// pays for a new request.
func (m *Market) Request(ctx context.Context, s *Signer, modelID uint64, commitment [32]byte, price *big.Int) (uint64, error) {
	abi := m.b.GetABI()
	rcpt, err := m.c.Transact(ctx, s, &abi, &m.addr, m.b.PackRequest(new(big.Int).SetUint64(modelID), commitment), price)
	if err != nil {
		return 0, err
	}
	ev, err := event(m, rcpt, m.b.UnpackInferenceRequestedEvent)
	if err != nil {
		return 0, err
	}
	return ev.RequestId.Uint64(), nil
}

// GetRequest returns inference request id. An ID the market does not know
// gives a request with Status RequestNone (and a zero Amount), not an error.
func (m *Market) GetRequest(ctx context.Context, id uint64) (InferenceRequest, error) {
	none := InferenceRequest{ID: id, Amount: new(big.Int)}
	if id == 0 {
		return none, nil
	}
	abi := m.b.GetABI()
	out, err := m.c.Call(ctx, &abi, m.addr, m.b.PackGetRequest(new(big.Int).SetUint64(id)))
	if err != nil {
		if n, cerr := m.count(ctx, m.b.PackRequestCount()); cerr == nil && id > n {
			return none, nil
		}
		return InferenceRequest{}, err
	}
	got, err := m.b.UnpackGetRequest(out)
	if err != nil {
		return InferenceRequest{}, err
	}
	return InferenceRequest{
		ID: id, ModelID: got.ModelId.Uint64(), Requester: got.Requester, Commitment: got.Commitment,
		Amount: got.Amount, Deadline: got.Deadline, Status: got.Status, Result: got.ResultHash,
	}, nil
}

// Deliver delivers inference request id with the hash of its answer:
// the contract credits the payment to the model's holders. Only the
// model's coordinator may, until the request's deadline. A request already
// delivered with this result (a retried call) is not sent again; one
// delivered with another result fails with ErrDelivered, a refunded one
// with ErrRefunded.
func (m *Market) Deliver(ctx context.Context, s *Signer, id uint64, result [32]byte) error {
	if done, err := m.ended(ctx, id, RequestDelivered, result); err != nil || done {
		return err
	}
	abi := m.b.GetABI()
	_, err := m.c.Transact(ctx, s, &abi, &m.addr, m.b.PackDeliver(new(big.Int).SetUint64(id), result), nil)
	return m.unlessEnded(ctx, err, id, RequestDelivered, result)
}

// Refund credits inference request id's payment back to its requester.
// The model's coordinator may refund a pending request at any time,
// anyone else only after its deadline. A refunded request (a retried call)
// is not refunded again; a delivered one fails with ErrDelivered.
func (m *Market) Refund(ctx context.Context, s *Signer, id uint64) error {
	if done, err := m.ended(ctx, id, RequestRefunded, [32]byte{}); err != nil || done {
		return err
	}
	abi := m.b.GetABI()
	_, err := m.c.Transact(ctx, s, &abi, &m.addr, m.b.PackRefund(new(big.Int).SetUint64(id)), nil)
	return m.unlessEnded(ctx, err, id, RequestRefunded, [32]byte{})
}

// ended reports whether request id already ended as want (delivered with
// result, or refunded), and fails with ErrDelivered or ErrRefunded if it
// ended otherwise.
func (m *Market) ended(ctx context.Context, id uint64, want uint8, result [32]byte) (bool, error) {
	r, err := m.GetRequest(ctx, id)
	if err != nil {
		return false, err
	}
	switch {
	case r.Status == RequestDelivered && want == RequestDelivered && r.Result != result:
		return false, fmt.Errorf("%w: request %d, with result %x", ErrDelivered, id, r.Result)
	case r.Status == RequestDelivered && want == RequestRefunded:
		return false, fmt.Errorf("%w: request %d", ErrDelivered, id)
	case r.Status == RequestRefunded && want == RequestDelivered:
		return false, fmt.Errorf("%w: request %d", ErrRefunded, id)
	}
	return r.Status == want, nil
}

// unlessEnded returns err, the outcome of sending, unless it is a revert
// and request id has ended as wanted meanwhile: another send of the same
// call (a retry racing the first) got there first.
func (m *Market) unlessEnded(ctx context.Context, err error, id uint64, want uint8, result [32]byte) error {
	if !errors.Is(err, ErrReverted) {
		return err
	}
	if done, rerr := m.ended(ctx, id, want, result); rerr == nil && done {
		return nil
	}
	return err
}

// Credit returns what account may withdraw from the market.
func (m *Market) Credit(ctx context.Context, account common.Address) (*big.Int, error) {
	abi := m.b.GetABI()
	out, err := m.c.Call(ctx, &abi, m.addr, m.b.PackCredit(account))
	if err != nil {
		return nil, err
	}
	return m.b.UnpackCredit(out)
}

// Withdraw pulls s's credit (revenue, refunds and remainders) and returns
// the amount; with no credit it sends nothing and returns 0.
func (m *Market) Withdraw(ctx context.Context, s *Signer) (*big.Int, error) {
	credit, err := m.Credit(ctx, s.Address())
	if err != nil || credit.Sign() == 0 {
		return credit, err
	}
	abi := m.b.GetABI()
	if _, err := m.c.Transact(ctx, s, &abi, &m.addr, m.b.PackWithdraw(), nil); err != nil {
		return nil, err
	}
	return credit, nil
}

// count runs a view that returns a count (modelCount, requestCount).
func (m *Market) count(ctx context.Context, data []byte) (uint64, error) {
	abi := m.b.GetABI()
	out, err := m.c.Call(ctx, &abi, m.addr, data)
	if err != nil {
		return 0, err
	}
	n, err := m.b.UnpackModelCount(out) // every count is one uint256
	if err != nil {
		return 0, err
	}
	return n.Uint64(), nil
}

// event returns the first event of rcpt that the market emitted and unpack
// accepts.
func event[T any](m *Market, rcpt *types.Receipt, unpack func(*types.Log) (*T, error)) (*T, error) {
	for _, l := range rcpt.Logs {
		if l.Address != m.addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("chain: transaction %s emitted no %T", rcpt.TxHash, *new(T))
}
