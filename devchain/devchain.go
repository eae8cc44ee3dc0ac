// Package devchain runs a local EVM development chain: go-ethereum's
// simulated backend, a real EVM with the current forks, with its JSON-RPC
// API served over HTTP on localhost and a block sealed at a fixed
// interval, so that any Ethereum client (the project's connector, cast,
// a wallet) can use it as if it were a node. Its accounts are funded from
// keys derived from a fixed seed: they are public and for local
// development only.
package devchain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
)

// ChainID is the chain ID of the development chain.
const ChainID = 1337

// Config configures a development chain.
type Config struct {
	// Addr is the host:port of the JSON-RPC HTTP server. Empty means
	// 127.0.0.1:8545.
	Addr string
	// Accounts is how many development accounts to fund. Zero means 16.
	Accounts int
	// Balance is each account's balance in wei. Nil means 1,000 ether.
	Balance *big.Int
	// BlockInterval is how often a block is sealed, empty or not. Zero
	// means 250 ms.
	BlockInterval time.Duration
}

// Osaka is a simulated-backend option that pins the chain to the Osaka
// fork, the one public chains run. go-ethereum v1.17.10's simulated
// backend starts on params.AllDevChainProtocolChanges, which also
// activates Bogota and its draft gas schedule: new storage costs several
// times more there (createTask uses 690k gas instead of 163k), so neither
// gas figures nor estimates would say anything about a real deployment.
func Osaka(_ *node.Config, ec *ethconfig.Config) {
	cfg := *ec.Genesis.Config
	cfg.AmsterdamTime, cfg.BogotaTime = nil, nil
	ec.Genesis.Config = &cfg
}

// Key returns development account i's private key: keccak256 of
// "2pm/devchain/" and i. Anyone can compute it; never use it on a real
// chain.
func Key(i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("2pm/devchain/" + strconv.Itoa(i))))
	if err != nil {
		panic("devchain: " + err.Error()) // unreachable: a 32-byte hash is a valid key with overwhelming probability
	}
	return k
}

// Address returns development account i's address.
func Address(i int) common.Address { return crypto.PubkeyToAddress(Key(i).PublicKey) }

// Run serves the chain until ctx ends. ready, if not nil, is called with
// the RPC URL once the server listens.
func Run(ctx context.Context, cfg Config, ready func(url string)) error {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:8545"
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = 16
	}
	if cfg.Balance == nil {
		cfg.Balance = new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
	}
	if cfg.BlockInterval == 0 {
		cfg.BlockInterval = 250 * time.Millisecond
	}
	host, portStr, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return fmt.Errorf("devchain: address %q: %w", cfg.Addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return fmt.Errorf("devchain: port %q: %w", portStr, err)
	}
	alloc := types.GenesisAlloc{}
	for i := range cfg.Accounts {
		alloc[Address(i)] = types.Account{Balance: cfg.Balance}
	}
	sim := simulated.NewBackend(alloc, Osaka, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = host, port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", "127.0.0.1", host}
	})
	defer func() { _ = sim.Close() }()
	url := "http://" + cfg.Addr
	if ready != nil {
		ready(url)
	}
	t := time.NewTicker(cfg.BlockInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			sim.Commit()
		}
	}
}
