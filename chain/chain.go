// Package chain connects 2PM to an EVM chain over JSON-RPC: it checks the
// chain ID, signs with a node's key (from an encrypted keystore; keys are
// never logged), manages nonces, estimates gas with a margin, waits for
// receipts with confirmations, retries an unreachable RPC endpoint with
// backoff, and turns reverts into readable contract errors. Sends are made
// idempotent by the callers: an activity retried after a crash reads the
// contract's state before sending again, and the escrow's calls read it
// again after a rejected transaction, so that a retry whose first
// transaction was still pending (and went through) succeeds.
package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/twopm/twopm/contracts/revert"
)

// Errors; check them with errors.Is.
var (
	// ErrWrongChain means the endpoint serves another chain than the one
	// configured.
	ErrWrongChain = errors.New("chain: wrong chain id")
	// ErrUnreachable means the RPC endpoint did not answer within the
	// retry budget.
	ErrUnreachable = errors.New("chain: rpc endpoint unreachable")
	// ErrReverted wraps a transaction or call the contract rejected; the
	// message names the contract error when it can be decoded.
	ErrReverted = errors.New("chain: transaction reverted")
)

// Config says which chain to use.
type Config struct {
	// RPC is the JSON-RPC URL (http, https, ws or wss). Required.
	RPC string
	// ChainID is the chain the endpoint must serve. Required.
	ChainID int64
	// Confirmations is how many blocks must follow a transaction's block
	// before it counts as done. Zero means 1 (the block itself).
	Confirmations uint64
	// GasMargin multiplies every gas estimate. Zero means 1.25.
	GasMargin float64
	// GasAllowance is added to every estimate after the margin, in gas.
	// Zero means 100,000. It covers storage that other transactions change
	// between the estimate and the block: a node that withdraws its
	// credit makes its next credit a new slot, 20,000 gas dearer, and a
	// round credits several nodes. Unused gas is not charged.
	GasAllowance uint64
	// DialTimeout bounds the retries of an unreachable endpoint. Zero
	// means 30 s.
	DialTimeout time.Duration
}

// Presets are the chains 2PM knows by name: a local development chain,
// and Scroll, the Ethereum L2 the network was first designed for.
var Presets = map[string]Config{
	"local":          {RPC: "http://127.0.0.1:8545", ChainID: 1337},
	"scroll-sepolia": {RPC: "https://sepolia-rpc.scroll.io", ChainID: 534351, Confirmations: 2},
	"scroll":         {RPC: "https://rpc.scroll.io", ChainID: 534352, Confirmations: 3},
}

// Client is a connection to one chain.
type Client struct {
	eth *ethclient.Client
	cfg Config
	id  *big.Int
}

// Dial connects to cfg.RPC, retrying with backoff until DialTimeout
// passes (ErrUnreachable), and checks the chain ID (ErrWrongChain).
func Dial(ctx context.Context, cfg Config) (*Client, error) {
	if cfg.RPC == "" || cfg.ChainID <= 0 {
		return nil, fmt.Errorf("chain: rpc url and a positive chain id are required")
	}
	if cfg.Confirmations == 0 {
		cfg.Confirmations = 1
	}
	if cfg.GasMargin == 0 {
		cfg.GasMargin = 1.25
	}
	if cfg.GasAllowance == 0 {
		cfg.GasAllowance = 100_000
	}
	if cfg.DialTimeout == 0 {
		cfg.DialTimeout = 30 * time.Second
	}
	dctx, cancel := context.WithTimeout(ctx, cfg.DialTimeout)
	defer cancel()
	var last error
	for wait := 100 * time.Millisecond; ; wait = min(2*wait, 3*time.Second) {
		c, err := ethclient.DialContext(dctx, cfg.RPC)
		if err == nil {
			var id *big.Int
			if id, err = c.ChainID(dctx); err == nil {
				if id.Int64() != cfg.ChainID {
					c.Close()
					return nil, fmt.Errorf("%w: %s serves chain %d, want %d", ErrWrongChain, cfg.RPC, id, cfg.ChainID)
				}
				return &Client{eth: c, cfg: cfg, id: id}, nil
			}
			c.Close()
		}
		last = err
		select {
		case <-dctx.Done():
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			return nil, fmt.Errorf("%w: %s: %v", ErrUnreachable, cfg.RPC, last)
		case <-time.After(wait):
		}
	}
}

// Close closes the connection.
func (c *Client) Close() { c.eth.Close() }

// Eth returns the underlying go-ethereum client, which implements the
// backends bindings need.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// ChainID returns the chain's ID.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.id) }

// Signer signs for one account and hands out its nonces one at a time,
// so that concurrent sends of one process never reuse a nonce.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	mu   sync.Mutex
}

// NewSigner wraps a private key.
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// scryptN and scryptP are the keystore's key-derivation costs; tests
// lower them.
var scryptN, scryptP = keystore.StandardScryptN, keystore.StandardScryptP

// LoadKeystore decrypts the only account of the go-ethereum keystore in dir
// with passphrase, or creates one if dir holds none.
func LoadKeystore(dir, passphrase string) (*Signer, error) {
	ks := keystore.NewKeyStore(dir, scryptN, scryptP)
	accs := ks.Accounts()
	if len(accs) == 0 {
		acc, err := ks.NewAccount(passphrase)
		if err != nil {
			return nil, fmt.Errorf("chain: new keystore account in %s: %w", dir, err)
		}
		accs = append(accs, acc)
	}
	if len(accs) > 1 {
		return nil, fmt.Errorf("chain: keystore %s holds %d accounts, want one", dir, len(accs))
	}
	blob, err := ks.Export(accs[0], passphrase, passphrase)
	if err != nil {
		return nil, fmt.Errorf("chain: unlock keystore %s: %w", dir, err)
	}
	key, err := keystore.DecryptKey(blob, passphrase)
	if err != nil {
		return nil, fmt.Errorf("chain: unlock keystore %s: %w", dir, err)
	}
	return NewSigner(key.PrivateKey), nil
}

// Address returns the signer's address.
func (s *Signer) Address() common.Address { return s.addr }

// String names the signer by its address only, so that printing or
// logging a Signer never shows its key.
func (s *Signer) String() string { return "signer " + s.addr.Hex() }

// GoString is String, for %#v.
func (s *Signer) GoString() string { return s.String() }

// Balance returns the balance of addr in wei.
func (c *Client) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	return c.eth.BalanceAt(ctx, addr, nil)
}

// Call runs a read-only call of data on contract to and returns its
// output; a revert is decoded against abi (may be nil) and wraps
// ErrReverted.
func (c *Client) Call(ctx context.Context, contract *abi.ABI, to common.Address, data []byte) ([]byte, error) {
	out, err := c.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, c.reverted(contract, err)
	}
	return out, nil
}

// Transact sends data to contract to (nil to deploy data as code) with
// value wei from s, and returns the receipt once it has the configured
// confirmations. A transaction the contract rejects — at estimation or
// on chain — fails with an error wrapping ErrReverted that names the
// contract error.
func (c *Client) Transact(ctx context.Context, s *Signer, contract *abi.ABI, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	s.mu.Lock()
	tx, err := c.sign(ctx, s, to, data, value)
	if err == nil {
		err = c.eth.SendTransaction(ctx, tx)
	}
	s.mu.Unlock()
	if err != nil {
		return nil, c.reverted(contract, err)
	}
	rcpt, err := c.wait(ctx, tx)
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		if rcpt.GasUsed >= tx.Gas() {
			return rcpt, fmt.Errorf("%w: transaction %s ran out of its %d gas", ErrReverted, tx.Hash(), tx.Gas())
		}
		prev := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
		rerr := revert.Replay(ctx, c.eth, contract, s.addr, tx, prev)
		return rcpt, fmt.Errorf("%w: transaction %s: %v", ErrReverted, tx.Hash(), rerr)
	}
	return rcpt, nil
}

// sign builds and signs an EIP-1559 transaction with the pending nonce and
// a gas estimate times the margin plus the allowance. s.mu is held.
func (c *Client) sign(ctx context.Context, s *Signer, to *common.Address, data []byte, value *big.Int) (*types.Transaction, error) {
	nonce, err := c.eth.PendingNonceAt(ctx, s.addr)
	if err != nil {
		return nil, fmt.Errorf("chain: nonce of %s: %w", s.addr, err)
	}
	gas, err := c.eth.EstimateGas(ctx, ethereum.CallMsg{From: s.addr, To: to, Data: data, Value: value})
	if err != nil {
		return nil, err
	}
	tip, err := c.eth.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain: gas tip: %w", err)
	}
	head, err := c.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("chain: latest header: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: c.id, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: uint64(float64(gas)*c.cfg.GasMargin) + c.cfg.GasAllowance, To: to, Value: value, Data: data,
	})
	return types.SignTx(tx, types.LatestSignerForChainID(c.id), s.key)
}

// wait polls for tx's receipt until it has the configured confirmations.
func (c *Client) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	for {
		rcpt, err := c.eth.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			head, herr := c.eth.BlockNumber(ctx)
			if herr == nil && head+1 >= rcpt.BlockNumber.Uint64()+c.cfg.Confirmations {
				return rcpt, nil
			}
		} else if !errors.Is(err, ethereum.NotFound) && !strings.Contains(err.Error(), "indexing is in progress") {
			// A node still indexing its transactions answers like this
			// for a while after start; anything else is an error.
			return nil, fmt.Errorf("chain: receipt of %s: %w", tx.Hash(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("chain: waiting for %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// reverted decodes a revert in err against contract.
func (c *Client) reverted(contract *abi.ABI, err error) error {
	var rerr *revert.Error
	if d := revert.Decode(contract, err); errors.As(d, &rerr) {
		return fmt.Errorf("%w: %w", ErrReverted, rerr)
	}
	return err
}
