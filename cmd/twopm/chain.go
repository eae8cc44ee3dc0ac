package main

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/plonk"
	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/devchain"
)

func newChain() *cobra.Command {
	var cfg devchain.Config
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "Run a local EVM development chain with its JSON-RPC API on --addr",
		Long: fmt.Sprintf(`chain runs a development chain for the local network: go-ethereum's
simulated backend (a real EVM, Osaka rules, chain id %d) with its JSON-RPC API
over HTTP on --addr, sealing a block every --block-interval. It funds
--accounts development accounts whose keys are derived from a public seed:
anyone can spend from them, so use the chain for local development only.
twopm dev and demo start it and deploy the network's contracts on it.`, devchain.ChainID),
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return devchain.Run(cmd.Context(), cfg, func(url string) {
				fmt.Fprintf(os.Stderr, "development chain %d serving JSON-RPC on %s\n", devchain.ChainID, url)
				for i := range min(cfg.Accounts, 4) {
					fmt.Fprintf(os.Stderr, "  account %d: %s\n", i, devchain.Address(i))
				}
			})
		},
	}
	cmd.Flags().StringVar(&cfg.Addr, "addr", "127.0.0.1:8545", "host:port of the JSON-RPC HTTP server")
	cmd.Flags().IntVar(&cfg.Accounts, "accounts", 16, "development accounts to fund, 1,000 ether each")
	cmd.Flags().DurationVar(&cfg.BlockInterval, "block-interval", 0, "how often a block is sealed (0: 250ms)")
	cmd.AddCommand(newChainDeploy(), newChainAccount(), newChainFund())
	return cmd
}

// newChainAccount prints the address of a keystore's account, making the
// account if the keystore is empty.
func newChainAccount() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "account",
		Short: "Print the address of the account in --chain-keystore, making the account if there is none",
		Long: `account prints the address of the only account in --chain-keystore, decrypted
with $TWOPM_CHAIN_PASSPHRASE; an empty keystore gets a new account first. A new
hospital node runs it before its first start, so that the network's operator can
fund the account (twopm chain fund) for the node's stake and gas.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := cf.config().Account()
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), s.Address().Hex())
			return nil
		},
	}
	cf.registerAccount(cmd.Flags())
	return cmd
}

// newChainFund sends ether from the configured account.
func newChainFund() *cobra.Command {
	var cf chainFlags
	var to, value string
	cmd := &cobra.Command{
		Use:   "fund --to ADDRESS --value WEI",
		Short: "Send ether from the configured account to another, such as a new node's",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !common.IsHexAddress(to) {
				return fmt.Errorf("chain fund: --to %q is not an address", to)
			}
			wei, ok := new(big.Int).SetString(value, 10)
			if !ok || wei.Sign() <= 0 {
				return fmt.Errorf("chain fund: --value %q is not a positive number of wei", value)
			}
			ctx := cmd.Context()
			c, s, err := cf.config().DialAccount(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			if err := c.Transfer(ctx, s, common.HexToAddress(to), wei); err != nil {
				return fmt.Errorf("chain fund: %w", err)
			}
			bal, err := c.Balance(ctx, common.HexToAddress(to))
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "sent %s wei to %s, whose balance is now %s wei\n", wei, to, bal)
			return nil
		},
	}
	cf.registerAccount(cmd.Flags())
	cmd.Flags().StringVar(&to, "to", "", "address to fund")
	cmd.Flags().StringVar(&value, "value", "", "wei to send")
	return cmd
}

// newChainDeploy deploys the network's contracts.
func newChainDeploy() *cobra.Command {
	var cf chainFlags
	var minStake, out string
	var delay time.Duration
	var devVerifiers bool
	var circuitFlags []string
	var cancelDelay time.Duration
	cmd := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the network's contracts (node registry, data hub, verifier registry, task escrow, model market, verifier), register its circuits and write their addresses",
		Long: `deploy deploys the node registry (--min-stake, --deregister-delay), the data
hub, the verifier registry (owned by the configured account: the network's
owner), the task escrow (--cancel-delay), the model market and the verifier
(PlonkVerifier, which takes a circuit's verifying key as an argument) from the
configured account to the chain of --chain-rpc, registers the circuits in the
verifier registry, each with its verifying key, and writes the addresses as
JSON ({"chain_id", "node_registry", "data_hub", "verifier_registry",
"task_escrow", "model_market", "verifier", "verifiers": {VERSION: ADDRESS}}) to
--out or stdout. Workers take them as --node-registry, --data-hub,
--task-escrow and --model-market; requesters as --verifier VERSION=ADDRESS. A
task names its circuit version and the escrow takes the verifier and the key
from the registry: a requester can choose neither.

The keys must be those of the network's SRS. --circuit VERSION=FILE registers
circuit VERSION with the verifying key in FILE (gnark's binary encoding) as
written by
  twopm circuits solidity --srs CEREMONY.srs --vk-dir keys/
(repeatable): the registry records the key as the verifier takes it and the
SHA-256 of FILE, which off-chain verification pins. --dev-verifiers registers
instead the circuits' keys under the dev SRS built into this binary: anyone
can forge proofs they accept, so use them on a test network only.

The data hub is owned by the configured account too (the consortium), and
deploy registers in it the schema of each circuit it registers (a built-in
schema, URI builtin:NAME); register others with twopm schema register.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			stake, ok := new(big.Int).SetString(minStake, 10)
			if !ok || stake.Sign() < 0 {
				return fmt.Errorf("chain deploy: --min-stake %q is not a number of wei", minStake)
			}
			keys := map[string]plonk.VerifyingKey{}
			for _, f := range circuitFlags {
				id, file, ok := strings.Cut(f, "=")
				if !ok {
					return fmt.Errorf("chain deploy: --circuit %q: want VERSION=FILE", f)
				}
				if !setup.KnownID(id) {
					return fmt.Errorf("chain deploy: --circuit %q: not a circuit version (twopm circuits list, or KIND/NAME@HASH/ROWS)", id)
				}
				b, err := os.ReadFile(file)
				if err != nil {
					return fmt.Errorf("chain deploy: %w", err)
				}
				vk := plonk.NewVerifyingKey(ecc.BN254)
				if _, err := vk.ReadFrom(bytes.NewReader(b)); err != nil {
					return fmt.Errorf("chain deploy: --circuit %s: %s holds no verifying key: %w", id, file, err)
				}
				if _, err := setup.SolidityVK(vk); err != nil {
					return fmt.Errorf("chain deploy: --circuit %s: %w", id, err)
				}
				keys[id] = vk
			}
			if devVerifiers {
				fmt.Fprintln(os.Stderr, "WARNING: registering the dev SRS's keys, whose proofs anyone can forge: for test networks only")
			}
			ctx := cmd.Context()
			c, s, err := cf.config().DialAccount(ctx)
			if err != nil {
				return err
			}
			defer c.Close()
			d, err := chain.DeployCore(ctx, c, s, stake, uint64(delay.Seconds()), uint64(cancelDelay.Seconds()))
			if err != nil {
				return err
			}
			circuits := chain.NewCircuits(c, d.VerifierRegistry)
			ids := slices.Sorted(maps.Keys(keys))
			for _, id := range ids {
				if err := circuits.RegisterKey(ctx, s, id, d.Verifier, keys[id]); err != nil {
					return fmt.Errorf("chain deploy: %w", err)
				}
				d.Verifiers[id] = d.Verifier
			}
			if devVerifiers {
				for _, id := range chain.DevCircuits() {
					if _, ok := keys[id]; ok {
						continue
					}
					if err := chain.RegisterDevCircuit(ctx, c, s, &d, id); err != nil {
						return fmt.Errorf("chain deploy: %w", err)
					}
					ids = append(ids, id)
				}
			}
			for _, id := range ids {
				// A named circuit's data is of its built-in schema: nodes
				// may offer it. A derived circuit's schema is registered
				// with twopm schema register.
				v, err := setup.Lookup(id)
				if err != nil {
					continue
				}
				sc := v.Schema()
				if err := chain.NewHub(c, d.DataHub).RegisterSchema(ctx, s, chain.SchemaOf(sc, "builtin:"+sc.Name)); err != nil {
					return fmt.Errorf("chain deploy: schema of %s: %w", id, err)
				}
			}
			w := cmd.OutOrStdout()
			if out != "" {
				f, err := os.Create(out)
				if err != nil {
					return fmt.Errorf("chain deploy: %w", err)
				}
				defer func() { _ = f.Close() }() // written and synced below
				w = f
				defer func() {
					if err := f.Sync(); err != nil {
						fmt.Fprintln(os.Stderr, "chain deploy:", err)
					}
				}()
			}
			return writeJSON(w, d)
		},
	}
	cf.registerAccount(cmd.Flags())
	cmd.Flags().StringVar(&minStake, "min-stake", "10000000000000000", "wei a node must stake to register")
	cmd.Flags().DurationVar(&delay, "deregister-delay", time.Hour, "how long a node stays registered after asking to leave")
	cmd.Flags().StringArrayVar(&circuitFlags, "circuit", nil, "VERSION=FILE: register circuit VERSION with the verifying key in FILE (gnark's binary encoding, from twopm circuits solidity --vk-dir; repeatable)")
	cmd.Flags().DurationVar(&cancelDelay, "cancel-delay", time.Hour, "how long after a requester asks to cancel a task the coordinator may still record its rounds (1s to 720h); set it above the longest round plus its settlement: a round running when the cancel is asked for is paid only if recorded within it")
	cmd.Flags().BoolVar(&devVerifiers, "dev-verifiers", false, "also register the circuits with their keys under the dev SRS built into this binary (insecure: test networks only)")
	cmd.Flags().StringVarP(&out, "out", "o", "", "file to write the addresses to (default: stdout)")
	return cmd
}

// registryAccount dials the chain of cf and binds the node registry and
// the account.
func registryAccount(ctx context.Context, cf *chainFlags) (*chain.Client, *chain.Registry, *chain.Signer, error) {
	cfg := cf.config()
	if !common.IsHexAddress(cfg.Registry) {
		return nil, nil, nil, fmt.Errorf("--node-registry %q is not an address", cfg.Registry)
	}
	c, s, err := cfg.DialAccount(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	return c, chain.NewRegistry(c, common.HexToAddress(cfg.Registry)), s, nil
}

// newNodeLeave deregisters a node's account.
func newNodeLeave() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "leave",
		Short: "Take the node out of the network: deregister its account, so that no task selects it",
		Long: `leave asks the node registry to deregister the node's account (its keystore,
--chain-keystore): from now on selection skips the node, and after the
registry's deregistration delay its stake can be withdrawn with
twopm node withdraw-stake. Stop the node's process first. Running it again
changes nothing.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, reg, s, err := registryAccount(ctx, &cf)
			if err != nil {
				return fmt.Errorf("node leave: %w", err)
			}
			defer c.Close()
			free, err := reg.Leave(ctx, s)
			if err != nil {
				return fmt.Errorf("node leave: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is leaving the network; its stake can be withdrawn from %s\n", s.Address().Hex(), free.UTC().Format(time.RFC3339))
			return nil
		},
	}
	cf.register(cmd.Flags())
	return cmd
}

// newNodeWithdraw withdraws a node's stake after it left.
func newNodeWithdraw() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "withdraw-stake",
		Short: "Withdraw the stake of a node that left, once the deregistration delay is over",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			c, reg, s, err := registryAccount(ctx, &cf)
			if err != nil {
				return fmt.Errorf("node withdraw-stake: %w", err)
			}
			defer c.Close()
			amount, err := reg.WithdrawStake(ctx, s)
			if err != nil {
				return fmt.Errorf("node withdraw-stake: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "withdrew %s wei of stake to %s\n", amount, s.Address().Hex())
			return nil
		},
	}
	cf.register(cmd.Flags())
	return cmd
}
