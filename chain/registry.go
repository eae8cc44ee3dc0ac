package chain

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/bindings/noderegistry"
)

// Registry is the node registry contract: who the network's nodes are,
// the TLS certificate each one pins, and the stake behind it.
type Registry struct {
	c    *Client
	addr common.Address
	b    *noderegistry.NodeRegistry
}

// NewRegistry binds the registry at addr.
func NewRegistry(c *Client, addr common.Address) *Registry {
	return &Registry{c: c, addr: addr, b: noderegistry.NewNodeRegistry()}
}

// Node returns a node's record and whether it is active (registered, with
// at least the minimum stake, not leaving).
func (r *Registry) Node(ctx context.Context, node common.Address) (noderegistry.NodeRegistryNode, bool, error) {
	abi := r.b.GetABI()
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackGetNode(node))
	if err != nil {
		return noderegistry.NodeRegistryNode{}, false, err
	}
	n, err := r.b.UnpackGetNode(out)
	if err != nil {
		return n, false, err
	}
	out, err = r.c.Call(ctx, &abi, r.addr, r.b.PackIsActive(node))
	if err != nil {
		return n, false, err
	}
	active, err := r.b.UnpackIsActive(out)
	return n, active, err
}

// Register registers s's account as a node with the minimum stake, or,
// if it is registered with another certificate or endpoint, updates them.
// A node registered as given sends nothing, so calling it at every start
// is harmless.
func (r *Registry) Register(ctx context.Context, s *Signer, name string, fingerprint [32]byte, endpoint string) error {
	n, active, err := r.Node(ctx, s.Address())
	if err != nil {
		return err
	}
	abi := r.b.GetABI()
	switch {
	case active && n.TlsFingerprint == fingerprint && n.Endpoint == endpoint:
		return nil
	case active:
		_, err = r.c.Transact(ctx, s, &abi, &r.addr, r.b.PackUpdateNode(fingerprint, endpoint), nil)
		return err
	}
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackMinStake())
	if err != nil {
		return err
	}
	stake, err := r.b.UnpackMinStake(out)
	if err != nil {
		return err
	}
	_, err = r.c.Transact(ctx, s, &abi, &r.addr, r.b.PackRegister(name, fingerprint, endpoint), new(big.Int).Set(stake))
	return err
}

// Node statuses, as the registry records them.
const (
	NodeNone    uint8 = 0 // never registered, or its stake was withdrawn
	NodeActive  uint8 = 1
	NodeExiting uint8 = 2 // leaving: deregistration requested
)

// Leave asks the registry to deregister s's account: it stops being
// active, so no task selects it, and its stake can be withdrawn after the
// registry's delay. It returns when that will be. A node already leaving
// sends nothing.
func (r *Registry) Leave(ctx context.Context, s *Signer) (time.Time, error) {
	n, _, err := r.Node(ctx, s.Address())
	if err != nil {
		return time.Time{}, err
	}
	delay, err := r.delay(ctx)
	if err != nil {
		return time.Time{}, err
	}
	if n.Status != NodeExiting {
		abi := r.b.GetABI()
		if _, err := r.c.Transact(ctx, s, &abi, &r.addr, r.b.PackRequestDeregister(), nil); err != nil {
			return time.Time{}, err
		}
		if n, _, err = r.Node(ctx, s.Address()); err != nil {
			return time.Time{}, err
		}
	}
	return time.Unix(int64(n.ExitRequestedAt+delay), 0), nil
}

func (r *Registry) delay(ctx context.Context) (uint64, error) {
	abi := r.b.GetABI()
	out, err := r.c.Call(ctx, &abi, r.addr, r.b.PackDeregisterDelay())
	if err != nil {
		return 0, err
	}
	return r.b.UnpackDeregisterDelay(out)
}

// WithdrawStake sends s's stake back once its deregistration delay is
// over, and returns the amount; an account with no record gets nothing and
// sends nothing. Too early, it fails with the registry's WithdrawTooEarly.
func (r *Registry) WithdrawStake(ctx context.Context, s *Signer) (*big.Int, error) {
	n, _, err := r.Node(ctx, s.Address())
	if err != nil || n.Status == NodeNone {
		return new(big.Int), err
	}
	abi := r.b.GetABI()
	if _, err := r.c.Transact(ctx, s, &abi, &r.addr, r.b.PackWithdrawStake(), nil); err != nil {
		return nil, err
	}
	return n.Stake, nil
}

// Hub is the data hub contract: the data sets nodes hold, each with its
// row count and commitment root.
type Hub struct {
	c    *Client
	addr common.Address
	b    *datahub.DataHub
}

// DatasetID is the data hub ID of owner's data set of a schema, as the
// hub derives it (DataHub.datasetIdOf): keccak256 of the owner's 20
// address bytes followed by the schema ID. Only owner can register it.
func DatasetID(owner common.Address, schema string) [32]byte {
	return crypto.Keccak256Hash(owner[:], []byte(schema))
}

// NewHub binds the data hub at addr.
func NewHub(c *Client, addr common.Address) *Hub {
	return &Hub{c: c, addr: addr, b: datahub.NewDataHub()}
}

// Dataset returns a data set's record and whether it exists.
func (h *Hub) Dataset(ctx context.Context, id [32]byte) (datahub.DataHubDataset, bool, error) {
	abi := h.b.GetABI()
	out, err := h.c.Call(ctx, &abi, h.addr, h.b.PackExists(id))
	if err != nil {
		return datahub.DataHubDataset{}, false, err
	}
	if ok, err := h.b.UnpackExists(out); err != nil || !ok {
		return datahub.DataHubDataset{}, false, err
	}
	out, err = h.c.Call(ctx, &abi, h.addr, h.b.PackGetDataset(id))
	if err != nil {
		return datahub.DataHubDataset{}, false, err
	}
	d, err := h.b.UnpackGetDataset(out)
	return d, err == nil, err
}

// Register registers s's data set of schema, whose ID is
// DatasetID(s.Address(), schema), or updates its rows, root and metadata if
// they changed, and returns the ID. A data set registered as given sends
// nothing.
func (h *Hub) Register(ctx context.Context, s *Signer, schema string, rows uint64, root [32]byte, uri string) ([32]byte, error) {
	id := DatasetID(s.Address(), schema)
	d, ok, err := h.Dataset(ctx, id)
	if err != nil {
		return id, err
	}
	abi := h.b.GetABI()
	switch {
	case ok && d.Rows == rows && d.CommitmentRoot == root && d.MetadataURI == uri:
		return id, nil
	case ok:
		_, err = h.c.Transact(ctx, s, &abi, &h.addr, h.b.PackUpdateDataset(id, rows, root, uri), nil)
	default:
		_, err = h.c.Transact(ctx, s, &abi, &h.addr, h.b.PackRegisterDataset(schema, rows, root, uri), nil)
	}
	return id, err
}
