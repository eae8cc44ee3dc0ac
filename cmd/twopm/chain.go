package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

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
	return cmd
}
