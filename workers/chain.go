package workers

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/workflows"
)

// ChainConfig says which chain a worker uses and with which account. The
// zero value means no chain.
type ChainConfig struct {
	// RPC is the chain's JSON-RPC URL. Empty means no chain.
	RPC string
	// ChainID is the chain's ID; Dial fails on another chain.
	ChainID int64
	// Escrow is the task escrow contract's address (hex).
	Escrow string
	// Registry and DataHub are the node registry's and the data hub's
	// addresses (hex). Empty means nodes do not register and selection
	// does not check the chain.
	Registry, DataHub string
	// Market is the model market's address (hex). Empty means the worker
	// serves no inference.
	Market string
	// Keystore is a directory holding the account's encrypted key, and
	// Passphrase unlocks it. Never logged.
	Keystore, Passphrase string
	// DevKey, if not negative, uses development account DevKey of the
	// local development chain instead of a keystore: its key is public.
	DevKey int
	// Confirmations is how many blocks must follow a transaction's block
	// before it counts as done (chain.Config.Confirmations). Zero means 1,
	// right for the development chain; chain.Presets gives Scroll's.
	Confirmations uint64
}

// Connect dials the chain and loads the account; the caller closes the
// client.
func (c ChainConfig) Connect(ctx context.Context) (*chain.Client, *chain.Signer, *chain.Escrow, error) {
	if !common.IsHexAddress(c.Escrow) {
		return nil, nil, nil, fmt.Errorf("chain: task escrow address %q is not an address", c.Escrow)
	}
	cl, s, err := c.DialAccount(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	return cl, s, chain.NewEscrow(cl, common.HexToAddress(c.Escrow)), nil
}

// DialAccount loads the account and dials the chain; the caller closes
// the client.
func (c ChainConfig) DialAccount(ctx context.Context) (*chain.Client, *chain.Signer, error) {
	s, err := c.Account()
	if err != nil {
		return nil, nil, err
	}
	cl, err := chain.Dial(ctx, chain.Config{RPC: c.RPC, ChainID: c.ChainID, Confirmations: c.Confirmations})
	if err != nil {
		return nil, nil, err
	}
	return cl, s, nil
}

// Account loads the configured account: a development key, or the
// keystore's only account (made if the keystore is empty).
func (c ChainConfig) Account() (*chain.Signer, error) {
	switch {
	case c.DevKey >= 0:
		if c.ChainID != devchain.ChainID {
			return nil, fmt.Errorf("chain: development keys are for the development chain (%d), not chain %d", devchain.ChainID, c.ChainID)
		}
		return chain.NewSigner(devchain.Key(c.DevKey)), nil
	case c.Keystore != "":
		return chain.LoadKeystore(c.Keystore, c.Passphrase)
	}
	return nil, fmt.Errorf("chain: no account: give a keystore (or a development key on the development chain)")
}

// market binds the model market, or returns nil if none is configured.
func (c ChainConfig) market(cl *chain.Client) (*chain.Market, error) {
	if c.Market == "" {
		return nil, nil
	}
	if !common.IsHexAddress(c.Market) {
		return nil, fmt.Errorf("chain: model market address %q is not an address", c.Market)
	}
	return chain.NewMarket(cl, common.HexToAddress(c.Market)), nil
}

// registry binds the node registry, or returns nil if none is configured.
func (c ChainConfig) registry(cl *chain.Client) (*chain.Registry, error) {
	if c.Registry == "" {
		return nil, nil
	}
	if !common.IsHexAddress(c.Registry) {
		return nil, fmt.Errorf("chain: node registry address %q is not an address", c.Registry)
	}
	return chain.NewRegistry(cl, common.HexToAddress(c.Registry)), nil
}

// verifier checks announced nodes against the registry: registered and
// staked, at the announced account, under the announced node ID, pinning
// the announced certificate. The name matters because selection keeps one
// node per account (the first by ID): without it, anyone who can send a
// heartbeat could announce a low-sorting ID with an honest node's account
// and public fingerprint and push the honest node out. The impostor is
// rejected instead; the account's owner is not.
func verifier(reg *chain.Registry) func(context.Context, workflows.NodeInfo) error {
	return func(ctx context.Context, n workflows.NodeInfo) error {
		if !common.IsHexAddress(n.Account) {
			return errors.New("announces no chain account")
		}
		rec, active, err := reg.Node(ctx, common.HexToAddress(n.Account))
		switch {
		case err != nil:
			return fmt.Errorf("registry unreadable: %w", err)
		case !active:
			return errors.New("not registered and staked on chain")
		case rec.Name != n.ID:
			return fmt.Errorf("announces account %s, which is registered on chain as node %q", common.HexToAddress(n.Account).Hex(), rec.Name)
		case hex.EncodeToString(rec.TlsFingerprint[:]) != n.Fingerprint:
			return errors.New("certificate differs from the one registered on chain")
		}
		return nil
	}
}

// registerNode registers the node, its certificate and its data set on
// chain; already registered as given, it sends nothing.
func registerNode(ctx context.Context, cfg ChainConfig, cl *chain.Client, s *chain.Signer, info workflows.NodeInfo, schema dataset.Schema, data *dataset.Table) error {
	reg, err := cfg.registry(cl)
	if err != nil || reg == nil {
		return err
	}
	fp, err := hex.DecodeString(info.Fingerprint)
	if err != nil || len(fp) != 32 {
		return fmt.Errorf("chain: certificate fingerprint %q is not 32 hex bytes", info.Fingerprint)
	}
	if err := reg.Register(ctx, s, info.ID, [32]byte(fp), info.Addr); err != nil {
		return fmt.Errorf("chain: register node: %w", err)
	}
	// The registry keeps the name an account first registered with, and
	// selection accepts the account only under that node ID.
	rec, _, err := reg.Node(ctx, s.Address())
	if err != nil {
		return fmt.Errorf("chain: read node registration: %w", err)
	}
	if rec.Name != info.ID {
		return fmt.Errorf("chain: account %s is registered as node %q, not %q: selection would leave this node out; run it as %q, or register another account",
			s.Address().Hex(), rec.Name, info.ID, rec.Name)
	}
	if cfg.DataHub == "" || data == nil {
		return nil
	}
	if !common.IsHexAddress(cfg.DataHub) {
		return fmt.Errorf("chain: data hub address %q is not an address", cfg.DataHub)
	}
	hub := chain.NewHub(cl, common.HexToAddress(cfg.DataHub))
	if _, ok, err := hub.Schema(ctx, schema.Hash()); err != nil {
		return fmt.Errorf("chain: read schema registration: %w", err)
	} else if !ok {
		return fmt.Errorf("chain: schema %s is not registered in the data hub: the consortium registers it (twopm schema register) before a node can offer data of it", schema.Ref())
	}
	root, err := data.CommitmentRoot()
	if err != nil {
		return fmt.Errorf("chain: data set commitment: %w", err)
	}
	_, err = hub.Register(ctx, s, schema.Hash(), uint64(len(data.Rows)), root, "twopm://"+info.ID+"/"+info.Schema)
	if err != nil {
		return fmt.Errorf("chain: register data set: %w", err)
	}
	return nil
}
