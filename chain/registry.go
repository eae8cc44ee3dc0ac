package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/twopm/twopm/contracts/bindings/datahub"
	"github.com/twopm/twopm/contracts/bindings/noderegistry"
	"github.com/twopm/twopm/dataset"
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

// Hub is the data hub contract: the consortium's schemas, and the data sets
// nodes hold, each with its schema, row count and commitment root.
type Hub struct {
	c    *Client
	addr common.Address
	b    *datahub.DataHub
}

// DatasetID is the data hub ID of owner's data set of the schema whose
// hash is schema (dataset.Schema.Hash), as the hub derives it
// (DataHub.datasetIdOf): keccak256 of the owner's 20 address bytes
// followed by the 32 hash bytes. Only owner can register it.
func DatasetID(owner common.Address, schema [32]byte) [32]byte {
	return crypto.Keccak256Hash(owner[:], schema[:])
}

// SchemaEntry is a schema as the data hub records it.
type SchemaEntry struct {
	Hash          [32]byte
	Name, Version string
	// URI is where the schema file can be read.
	URI string
}

// SchemaOf is the data hub's entry of schema s, its file at uri.
func SchemaOf(s dataset.Schema, uri string) SchemaEntry {
	return SchemaEntry{Hash: s.Hash(), Name: s.Name, Version: s.Version, URI: uri}
}

// ErrSchemaConflict is wrapped by RegisterSchema when the hub holds
// another schema under the same name and version, or the same schema
// under another name, version or URI.
var ErrSchemaConflict = errors.New("chain: schema registered with other content")

// Schema returns the registered schema of hash and whether there is one.
func (h *Hub) Schema(ctx context.Context, hash [32]byte) (SchemaEntry, bool, error) {
	abi := h.b.GetABI()
	out, err := h.c.Call(ctx, &abi, h.addr, h.b.PackHasSchema(hash))
	if err != nil {
		return SchemaEntry{}, false, err
	}
	if ok, err := h.b.UnpackHasSchema(out); err != nil || !ok {
		return SchemaEntry{}, false, err
	}
	if out, err = h.c.Call(ctx, &abi, h.addr, h.b.PackGetSchema(hash)); err != nil {
		return SchemaEntry{}, false, err
	}
	r, err := h.b.UnpackGetSchema(out)
	if err != nil {
		return SchemaEntry{}, false, err
	}
	return SchemaEntry{Hash: hash, Name: r.Name, Version: r.Version, URI: r.Uri}, true, nil
}

// Schemas returns every registered schema, in order of registration.
func (h *Hub) Schemas(ctx context.Context) ([]SchemaEntry, error) {
	abi := h.b.GetABI()
	out, err := h.c.Call(ctx, &abi, h.addr, h.b.PackSchemas())
	if err != nil {
		return nil, err
	}
	hashes, err := h.b.UnpackSchemas(out)
	if err != nil {
		return nil, err
	}
	list := make([]SchemaEntry, 0, len(hashes))
	for _, hash := range hashes {
		e, _, err := h.Schema(ctx, hash)
		if err != nil {
			return nil, err
		}
		list = append(list, e)
	}
	return list, nil
}

// RegisterSchema registers e from s, the hub's owner (the consortium). A
// schema registered as given sends nothing, so a retried registration
// succeeds; one the hub holds with another name, version or URI, or
// another schema under e's name and version, fails wrapping
// ErrSchemaConflict, saying which.
func (h *Hub) RegisterSchema(ctx context.Context, s *Signer, e SchemaEntry) error {
	check := func() (bool, error) {
		got, ok, err := h.Schema(ctx, e.Hash)
		switch {
		case err != nil:
			return false, err
		case ok && got == e:
			return true, nil
		case ok:
			return false, fmt.Errorf("%w: schema %x is registered as %s version %s at %q", ErrSchemaConflict, e.Hash, got.Name, got.Version, got.URI)
		}
		abi := h.b.GetABI()
		out, err := h.c.Call(ctx, &abi, h.addr, h.b.PackSchemaOf(e.Name, e.Version))
		if err != nil {
			return false, err
		}
		if other, err := h.b.UnpackSchemaOf(out); err != nil {
			return false, err
		} else if other != ([32]byte{}) {
			return false, fmt.Errorf("%w: %s version %s is registered with another content (hash %x, this file's %x): give a changed schema a new version", ErrSchemaConflict, e.Name, e.Version, other, e.Hash)
		}
		return false, nil
	}
	if done, err := check(); done || err != nil {
		return err
	}
	abi := h.b.GetABI()
	_, err := h.c.Transact(ctx, s, &abi, &h.addr, h.b.PackRegisterSchema(e.Hash, e.Name, e.Version, e.URI), nil)
	if err != nil {
		// A send retried while the first was pending reverts SchemaExists:
		// what is registered now decides.
		if done, cerr := check(); done {
			return nil
		} else if cerr != nil {
			return cerr
		}
	}
	return err
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

// Register registers s's data set of the schema whose hash is schema,
// under DatasetID(s.Address(), schema), or updates its rows, root and
// metadata if they changed, and returns the ID. A data set registered as
// given sends nothing. The schema must be registered (RegisterSchema).
func (h *Hub) Register(ctx context.Context, s *Signer, schema [32]byte, rows uint64, root [32]byte, uri string) ([32]byte, error) {
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
