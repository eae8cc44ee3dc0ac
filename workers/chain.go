package workers

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/devchain"
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
	// Keystore is a directory holding the account's encrypted key, and
	// Passphrase unlocks it. Never logged.
	Keystore, Passphrase string
	// DevKey, if not negative, uses development account DevKey of the
	// local development chain instead of a keystore: its key is public.
	DevKey int
}

// Connect dials the chain and loads the account; the caller closes the
// client.
func (c ChainConfig) Connect(ctx context.Context) (*chain.Client, *chain.Signer, *chain.Escrow, error) {
	if !common.IsHexAddress(c.Escrow) {
		return nil, nil, nil, fmt.Errorf("chain: task escrow address %q is not an address", c.Escrow)
	}
	var s *chain.Signer
	switch {
	case c.DevKey >= 0:
		if c.ChainID != devchain.ChainID {
			return nil, nil, nil, fmt.Errorf("chain: development keys are for the development chain (%d), not chain %d", devchain.ChainID, c.ChainID)
		}
		s = chain.NewSigner(devchain.Key(c.DevKey))
	case c.Keystore != "":
		var err error
		if s, err = chain.LoadKeystore(c.Keystore, c.Passphrase); err != nil {
			return nil, nil, nil, err
		}
	default:
		return nil, nil, nil, fmt.Errorf("chain: no account: give a keystore (or a development key on the development chain)")
	}
	cl, err := chain.Dial(ctx, chain.Config{RPC: c.RPC, ChainID: c.ChainID})
	if err != nil {
		return nil, nil, nil, err
	}
	return cl, s, chain.NewEscrow(cl, common.HexToAddress(c.Escrow)), nil
}
