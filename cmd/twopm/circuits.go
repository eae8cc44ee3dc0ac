package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/spf13/cobra"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/workers"
)

func newCircuits() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "circuits",
		Short: "The network's zero-knowledge circuits: list them, export their Solidity verifiers",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the circuit versions with their shapes",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, v := range setup.Versions {
				what := ""
				if v.Training() {
					w, err := v.HLR.Width()
					if err != nil {
						return err
					}
					what = fmt.Sprintf("hlr gradient of %d entries", w)
				} else {
					l, err := v.Shape.Layout()
					if err != nil {
						return err
					}
					what = fmt.Sprintf("statistics of %d columns", len(l.Columns))
				}
				test := ""
				if v.Test {
					test = " (tests only)"
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%-24s %-30s schema %s, up to %d rows, %s%s\n",
					v.ID, v.Contract, v.Schema().ID, v.Rows(), what, test)
			}
			return nil
		},
	})
	var srsFlag, out, pinsOut string
	sol := &cobra.Command{
		Use:   "solidity",
		Short: "Set up every circuit version with an SRS and write its Solidity verifier",
		Long: `solidity compiles every circuit version, sets up its PLONK keys with the SRS
of --srs, and writes each verifying key's Solidity verifier to
--out/<Contract>.sol, for the contracts build (go tool task contracts) to
compile with the project's solc.

--srs is required. "dev" is the dev network's SRS, whose secret is public:
proofs checked by those verifiers prove nothing, and the files say so. A
production network passes a ceremony SRS file in gnark-crypto's binary
format for BN254 (see package circuits/setup), then deploys the verifiers
it compiles with their verifying keys' SHA-256, which this command prints
on stderr (twopm chain deploy --verifier VERSION=FILE --vk-hash VERSION=HEX):
the verifier registry records them, and workers verify only with keys of
those hashes.

--pins FILE (with --srs dev) also writes the SHA-256 of every verifying
key as the Go table the binary pins them with (circuits/setup/devpins.go):
nodes and the coordinator use no other verifying key, whatever the key
store holds.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			srs, err := loadSRS(srsFlag)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("circuits: %w", err)
			}
			pins := map[string][32]byte{}
			for _, v := range setup.Versions {
				keys, err := setup.NewKeys(v, srs)
				if err != nil {
					return err
				}
				if pins[v.ID], err = setup.VerifyingKeyHash(keys.VK); err != nil {
					return err
				}
				src, err := keys.Solidity(srs)
				if err != nil {
					return err
				}
				path := filepath.Join(out, v.Contract+".sol")
				if err := os.WriteFile(path, src, 0o644); err != nil {
					return fmt.Errorf("circuits: %w", err)
				}
				fmt.Fprintln(cmd.OutOrStdout(), path)
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: verifying key sha256 %x (twopm chain deploy --vk-hash %s=%x)\n", v.ID, pins[v.ID], v.ID, pins[v.ID])
			}
			if pinsOut == "" {
				return nil
			}
			if !srs.Dev {
				return errors.New("circuits: --pins writes the binary's pins of the dev SRS's keys: use it with --srs dev")
			}
			var b bytes.Buffer
			if err := setup.WritePins(&b, pins); err != nil {
				return err
			}
			if err := os.WriteFile(pinsOut, b.Bytes(), 0o644); err != nil {
				return fmt.Errorf("circuits: %w", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), pinsOut)
			return nil
		},
	}
	sol.Flags().StringVar(&srsFlag, "srs", "", `"dev" for the insecure dev SRS, or the path of a ceremony SRS file (required)`)
	sol.Flags().StringVar(&out, "out", "contracts/src/verifier", "directory to write the .sol files to")
	sol.Flags().StringVar(&pinsOut, "pins", "", "with --srs dev, also write the verifying-key pins compiled into the binary (circuits/setup/devpins.go) to this file")
	cmd.AddCommand(sol)
	cmd.AddCommand(newCircuitsKeys())
	return cmd
}

func newCircuitsKeys() *cobra.Command {
	var s3 s3Flags
	var cf chainFlags
	var srsFlag string
	var only []string
	cmd := &cobra.Command{
		Use:   "keys",
		Short: "Make the circuit versions' proving and verifying keys once and store them in S3",
		Long: `keys sets up the circuit versions of --circuit (repeatable; default: every
statistics version) with the SRS of --srs and stores the proving
and verifying keys in the S3 bucket, under circuits/<version>/<SRS SHA-256>/,
each named by its own SHA-256 and listed in keys.json. Nodes and the
coordinator load them from there instead of setting the circuits up
themselves; keys already stored are kept. twopm dev and demo run it before
starting the nodes. A training version (hlr-heart-disease-v1) takes about a
minute and 1 GB; a node that finds no keys makes them itself.

Keys are stored only if their verifying key has the pinned hash: with
--chain-rpc and --task-escrow, the hash the network's verifier registry
records for the version (a ceremony SRS needs this); without, the binary's
pins, which cover the dev SRS only.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if srsFlag == "" {
				_, err := loadSRS("")
				return err
			}
			ctx := cmd.Context()
			s3c, bucket, err := workers.NewS3(ctx, s3.config())
			if err != nil {
				return err
			}
			var versions []setup.Version
			for _, id := range only {
				v, err := setup.Lookup(id)
				if err != nil {
					return fmt.Errorf("circuits keys: --circuit: %w", err)
				}
				versions = append(versions, v)
			}
			if len(only) == 0 {
				for _, v := range setup.Versions {
					if !v.Test && !v.Training() {
						versions = append(versions, v)
					}
				}
			}
			// With a chain, the keys must have the hashes the verifier
			// registry records; without one, the binary's (dev SRS) pins.
			var escrow *chain.Escrow
			if cf.cfg.RPC != "" {
				if !common.IsHexAddress(cf.cfg.Escrow) {
					return fmt.Errorf("circuits keys: --task-escrow %q is not an address: the verifier registry is read through the task escrow", cf.cfg.Escrow)
				}
				cl, err := chain.Dial(ctx, chain.Config{RPC: cf.cfg.RPC, ChainID: cf.cfg.ChainID})
				if err != nil {
					return err
				}
				defer cl.Close()
				escrow = chain.NewEscrow(cl, common.HexToAddress(cf.cfg.Escrow))
			}
			cache := workers.KeyCache(srsFlag, store.Objects{S3: s3c, Bucket: bucket}, escrow, zerolog.New(os.Stderr))
			for _, v := range versions {
				start := time.Now()
				if _, err := cache.Keys(ctx, v); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: keys in s3://%s/circuits/%s/ (%s)\n", v.ID, bucket, v.ID, time.Since(start).Round(time.Millisecond))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&srsFlag, "srs", "", `"dev" for the insecure dev SRS, or the path of a ceremony SRS file (required)`)
	cmd.Flags().StringArrayVar(&only, "circuit", nil, "a circuit version to make the keys of (repeatable; default: every statistics version)")
	s3.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&cf.cfg.RPC, "chain-rpc", env("TWOPM_CHAIN_RPC", ""), withEnv("JSON-RPC URL of the network's chain: the keys must have the verifying-key hashes its verifier registry records (empty: the binary's pins, which cover the dev SRS only)", "TWOPM_CHAIN_RPC"))
	f.Int64Var(&cf.cfg.ChainID, "chain-id", int64(envInt("TWOPM_CHAIN_ID", 1337)), withEnv("chain ID the RPC must serve", "TWOPM_CHAIN_ID"))
	f.StringVar(&cf.cfg.Escrow, "task-escrow", env("TWOPM_TASK_ESCROW", ""), withEnv("address of the task escrow contract, whose verifier registry pins the keys", "TWOPM_TASK_ESCROW"))
	return cmd
}

// loadSRS opens the SRS of --srs, warning on stderr about the dev SRS.
func loadSRS(setting string) (*setup.SRS, error) {
	if setting == setup.DevName {
		fmt.Fprintln(os.Stderr, "WARNING: using the dev SRS, whose secret is public: proofs made with it prove nothing")
	}
	srs, err := setup.Open(setting)
	if err != nil {
		return nil, fmt.Errorf("circuits: --srs: %w", err)
	}
	return srs, nil
}
