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
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

func newCircuits() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "circuits",
		Short: "The network's zero-knowledge circuits: list them, export the verifier contract, make their keys",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "list",
		Short: "List the named circuit versions with their shapes, and the circuits every schema has",
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
				fmt.Fprintf(cmd.OutOrStdout(), "%-24s schema %s, up to %d rows, %s%s\n",
					v.ID, v.Schema().ID, v.Rows(), what, test)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "and for every schema: %s/NAME@HASH/ROWS (statistics of every column) and %s/NAME@HASH/ROWS (hlr on its label), ROWS one of %v (twopm circuits register)\n",
				setup.KindStats, setup.KindHLR, setup.SizeClasses)
			return nil
		},
	})
	var srsFlag, out, pinsOut, vkDir string
	sol := &cobra.Command{
		Use:   "solidity",
		Short: "Write the network's verifier contract, and set up every circuit version's keys with an SRS",
		Long: `solidity writes the network's one PLONK verifier contract to
--out/PlonkVerifier.sol, for the contracts build (go tool task contracts) to
compile with the project's solc. It is gnark's verifier with the verifying key
an argument: the verifier registry holds each circuit's key, and the escrow
hands it to the verifier with every proof, so a new circuit (a new schema, a
new size) needs no new Solidity. The contract is the same for every SRS on
BN254's generators.

--srs is required: the circuit versions are set up with it to check that the
contract takes their keys (one commitment each). "dev" is the dev network's
SRS, whose secret is public: proofs under it prove nothing. A production
network passes a ceremony SRS file in gnark-crypto's binary format for BN254
(see package circuits/setup) with --vk-dir DIR: each version's verifying key
(gnark's binary encoding) is written to DIR/<version>.vk, and its SHA-256
printed on stderr, for twopm chain deploy --circuit VERSION=DIR/<version>.vk
to register.

--pins FILE (with --srs dev) also writes the SHA-256 of every verifying
key, and the key in the contract's encoding, as the Go tables the binary
pins them with (circuits/setup/devpins.go): nodes and the coordinator use no
other verifying key, whatever the key store holds, and a development chain
registers those keys.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			srs, err := loadSRS(srsFlag)
			if err != nil {
				return err
			}
			if pinsOut != "" && !srs.Dev {
				return errors.New("circuits: --pins writes the binary's pins of the dev SRS's keys: use it with --srs dev")
			}
			for _, dir := range []string{out, vkDir} {
				if dir == "" {
					continue
				}
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return fmt.Errorf("circuits: %w", err)
				}
			}
			pins, vks := map[string][32]byte{}, map[string][]byte{}
			var contract []byte
			for _, v := range setup.Versions {
				keys, err := setup.NewKeys(v, srs)
				if err != nil {
					return err
				}
				if pins[v.ID], err = setup.VerifyingKeyHash(keys.VK); err != nil {
					return err
				}
				if vks[v.ID], err = setup.SolidityVK(keys.VK); err != nil {
					return fmt.Errorf("circuits: %s: %w", v.ID, err)
				}
				src, err := setup.UniversalSolidity(keys)
				if err != nil {
					return err
				}
				if contract != nil && !bytes.Equal(src, contract) {
					return fmt.Errorf("circuits: the verifier exported for %s differs from the others': gnark's template changed", v.ID)
				}
				contract = src
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: verifying key sha256 %x\n", v.ID, pins[v.ID])
				if vkDir != "" {
					var b bytes.Buffer
					if _, err := keys.VK.WriteTo(&b); err != nil {
						return fmt.Errorf("circuits: %s: %w", v.ID, err)
					}
					path := filepath.Join(vkDir, v.ID+".vk")
					if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
						return fmt.Errorf("circuits: %w", err)
					}
					fmt.Fprintln(cmd.OutOrStdout(), path)
				}
			}
			path := filepath.Join(out, setup.VerifierContract+".sol")
			if err := os.WriteFile(path, contract, 0o644); err != nil {
				return fmt.Errorf("circuits: %w", err)
			}
			fmt.Fprintln(cmd.OutOrStdout(), path)
			if pinsOut == "" {
				return nil
			}
			var b bytes.Buffer
			if err := setup.WritePins(&b, pins, vks); err != nil {
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
	sol.Flags().StringVar(&out, "out", "contracts/src/verifier", "directory to write PlonkVerifier.sol to")
	sol.Flags().StringVar(&pinsOut, "pins", "", "with --srs dev, also write the verifying-key pins and encodings compiled into the binary (circuits/setup/devpins.go) to this file")
	sol.Flags().StringVar(&vkDir, "vk-dir", "", "also write each circuit version's verifying key to DIR/<version>.vk, for twopm chain deploy --circuit")
	cmd.AddCommand(sol)
	cmd.AddCommand(newCircuitsKeys())
	cmd.AddCommand(newCircuitsRegister())
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
			objects := store.Objects{S3: s3c, Bucket: bucket}
			var versions []setup.Version
			for _, id := range only {
				v, err := setup.Resolve(ctx, id, objects.Schemas())
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
			cache := workers.KeyCache(srsFlag, objects, escrow, zerolog.New(os.Stderr))
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

// newCircuitsRegister derives a schema's circuit, sets it up and registers
// its key on chain.
func newCircuitsRegister() *cobra.Command {
	var cf chainFlags
	var s3 s3Flags
	var srsFlag, kind, verifier, labelArg, featuresArg string
	var rows int
	var storeKeys bool
	cmd := &cobra.Command{
		Use:   "register NAME|FILE --kind stats|hlr [--label COL[=LEVEL,...]] [--features A,B] --rows N --srs dev|FILE --verifier ADDRESS",
		Short: "Make a schema's statistics or hlr circuit for tables of up to N rows and register its key on chain (the network owner's account)",
		Long: `register derives the circuit of a schema (a built-in name or a schema file):
--kind stats proves the statistics of every column, --kind hlr the gradient of
a binary label against feature columns: the schema's declared label unless
--label names another (COL=LEVEL,... its positive levels; a two-level column's
second level by default), against every other column but the identifiers
unless --features lists them. An hlr circuit proves every task of its label
whose features are among its own (the others get coefficient 0), so the
default features serve every choice; fewer prove faster. The circuit is made
for the size class of --rows (the smallest of 64, 128, ..., 16384 rows that
holds it: a table of up to that many rows is proven with it), so its ID,
printed first, is KIND-v1/NAME@HASH/ROWS, with /yL.P... for another label and
/xF... for other features (column and level numbers, from 0), and anyone
holding the SRS sets up the same keys.

It estimates the prover memory of the circuit (about 3 KiB per element of
its evaluation domain, printed; every node that proves with it needs as much)
and refuses a circuit beyond this machine's memory, then compiles the circuit
and sets it up with --srs (a circuit larger than the SRS fails here, before
anything is sent), then registers the verifying key in
the verifier registry of --task-escrow with the network's verifier contract
(--verifier: the "verifier" of twopm chain deploy's output), from the
registry's owner account. Tasks then name the circuit by its ID: requesters
pass --verifier ID=ADDRESS to twopm task submit, and a paid task on the schema
is proven with it. With --store-keys the keys are also stored in the S3 bucket
(--s3-endpoint ...) for the nodes, which otherwise set the circuit up themselves on first use.
The schema must be registered in the data hub too (twopm schema register) for
nodes to offer data of it. Registering a circuit again with the same key
changes nothing; an ID registered with another key is refused.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			sc, err := loadSchema(args[0])
			if err != nil {
				return err
			}
			kinds := map[string]string{"stats": setup.KindStats, "hlr": setup.KindHLR}
			if kinds[kind] == "" {
				return fmt.Errorf("circuits register: --kind %q: want stats or hlr", kind)
			}
			var v setup.Version
			if kinds[kind] == setup.KindHLR && (labelArg != "" || featuresArg != "") {
				cols, err := taskColumns(cmd, labelArg, featuresArg, "", 0)
				if err != nil {
					return fmt.Errorf("circuits register: %w", err)
				}
				cols.Model = workflows.ModelHLR
				task, err := train.Resolve(cols, sc)
				if err != nil {
					return fmt.Errorf("circuits register: %w", err)
				}
				v, err = setup.HLRWith(sc, rows, task.Label, task.Features)
				if err != nil {
					return fmt.Errorf("circuits register: %w", err)
				}
			} else if labelArg != "" || featuresArg != "" {
				return errors.New("circuits register: --label and --features choose an hlr circuit's columns: add --kind hlr")
			} else if v, err = setup.Derive(kinds[kind], sc, rows); err != nil {
				return fmt.Errorf("circuits register: %w", err)
			}
			if !common.IsHexAddress(verifier) {
				return fmt.Errorf("circuits register: --verifier %q is not an address (the \"verifier\" of twopm chain deploy's output)", verifier)
			}
			cfg := cf.config()
			if !common.IsHexAddress(cfg.Escrow) {
				return fmt.Errorf("circuits register: --task-escrow %q is not an address: the verifier registry is read through the task escrow", cfg.Escrow)
			}
			// Setup takes about what proving does: a circuit beyond this
			// machine fails here, and one beyond the SRS at setup, both
			// before anything is sent (workers.RegisterCircuit).
			e, err := setup.CheckMachine(v)
			if err != nil {
				return fmt.Errorf("circuits register: %w", err)
			}
			srs, err := loadSRS(srsFlag)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			fmt.Fprintln(cmd.OutOrStdout(), v.ID)
			if e.Constraints > 0 {
				fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s to prove; every node proving with it needs that much\n", v.ID, e)
			}
			var cache *setup.Cache
			if storeKeys {
				s3c, bucket, err := workers.NewS3(ctx, s3.config())
				if err != nil {
					return err
				}
				cache = workers.KeyCache(srsFlag, store.Objects{S3: s3c, Bucket: bucket}, nil, zerolog.New(os.Stderr))
			}
			c, signer, err := cfg.DialAccount(ctx)
			if err != nil {
				return fmt.Errorf("circuits register: %w", err)
			}
			defer c.Close()
			start := time.Now()
			fmt.Fprintf(cmd.ErrOrStderr(), "setting up %s with the SRS (a minute or more for thousands of rows)\n", v.ID)
			k, err := workers.RegisterCircuit(ctx, chain.NewEscrow(c, common.HexToAddress(cfg.Escrow)), signer, common.HexToAddress(verifier), v, srs, cache)
			if err != nil {
				return fmt.Errorf("circuits register: %w", err)
			}
			pin, err := setup.VerifyingKeyHash(k.VK)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "registered %s: %d constraints, verifying key sha256 %x (%s)\n", v.ID, k.CCS.GetNbConstraints(), pin, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	cf.registerEscrow(cmd.Flags())
	s3.register(cmd.Flags())
	cmd.Flags().StringVar(&srsFlag, "srs", "", `"dev" for the insecure dev SRS, or the path of a ceremony SRS file (required)`)
	cmd.Flags().StringVar(&kind, "kind", "stats", "stats (every column's statistics) or hlr (the gradient of a label)")
	cmd.Flags().StringVar(&labelArg, "label", "", "hlr: the label column, COL or COL=LEVEL[,LEVEL] (default: the schema's)")
	cmd.Flags().StringVar(&featuresArg, "features", "", "hlr: the feature columns, comma-separated (default: every column but the label and the identifiers)")
	cmd.Flags().IntVar(&rows, "rows", 0, "the most rows a node's table has (rounded up to a size class)")
	cmd.Flags().BoolVar(&storeKeys, "store-keys", false, "also store the keys in the S3 bucket for the nodes")
	cmd.Flags().StringVar(&verifier, "verifier", env("TWOPM_VERIFIER", ""), withEnv("address of the network's verifier contract", "TWOPM_VERIFIER"))
	return cmd
}
