package main

import (
	"fmt"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/twopm/twopm/workers"
)

func newWorker(g *globals) *cobra.Command {
	var s3 s3Flags
	var ch chainFlags
	var srs string
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Run the coordinator worker (task workflows, node selection, model updates, result publishing)",
		Long: `worker runs the coordinator: it hosts the FederatedStatistics, FederatedRound,
FederatedTraining, TrainingRound and NodeRegistry workflows and the SelectNodes,
PublishStats, InitTraining, UpdateModel, ScoreRound and FinishTraining
activities on the twopm-coordinator task queue, and writes results and models
to the S3 bucket. With --chain-rpc and --task-escrow it records the results of
tasks with a payment on chain and settles them (SettleRound). With --srs it
checks the proofs of proven tasks and their aggregate against the nodes'
commitments (CheckContributions), then submits the proofs to the task contract,
which pays only the nodes whose proofs verify.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lg, err := g.logger()
			if err != nil {
				return err
			}
			return workers.RunCoordinator(cmd.Context(), workers.CoordinatorConfig{Temporal: g.temporalConfig(), S3: s3.config(), Chain: ch.config(), SRS: srs, Logger: lg})
		},
	}
	s3.register(cmd.Flags())
	ch.register(cmd.Flags())
	registerSRS(cmd.Flags(), &srs)
	return cmd
}

func newNode(g *globals) *cobra.Command {
	node := &cobra.Command{Use: "node", Short: "Run a hospital's node"}
	var cfg workers.NodeConfig
	var s3 s3Flags
	var ch chainFlags
	var part string
	run := &cobra.Command{
		Use:   "run --id ID (--data FILE | --source SOURCE.yaml)",
		Short: "Run a node worker beside its private data",
		Long: `node run serves one hospital: it reads its rows on this machine only, from
FILE (comma-separated, no header, '?' for a missing value, in the columns of
--schema) or from what SOURCE.yaml names, announces itself to the network's
registry, and computes its contributions when a task selects it. Other nodes
reach it on --listen over mutually authenticated TLS; its key pair is made on
first start in --state-dir/tls.

A source file has one section. For a CSV file:

  csv:
    path: cardiology.csv          # relative to the source file
    delimiter: ";"                # optional: default ",", or tab
    header: "yes"                 # optional: auto (default), yes or no; with a
                                  # header, columns are matched by name

For a PostgreSQL query (columns matched to the schema by name, NULL missing):

  postgres:
    name: warehouse               # names the source in logs and errors
    query: SELECT age, sex, cp FROM cardiology.extract
    dsn_env: TWOPM_PG_DSN         # or dsn_file: /etc/twopm/pg.dsn

The query should order its rows (ORDER BY a key, or the whole row as in
SELECT * FROM extract AS t ORDER BY t): PostgreSQL returns rows in no fixed
order, the commitment the node registers covers them in order, and the same
rows in another order read as a changed release. The connection string
stays in that environment variable or file: no task
names it and no log, error or workflow history holds it. The query runs in a
read-only transaction; a database that is down makes a task's step retry,
while a bad cell or a failing query fails it, naming row and column, never
the value.

A hospital points its node at its own data with --data (or $TWOPM_DATA) or
--source (or $TWOPM_SOURCE), and sets --advertise to the address the other hospitals can reach. For training
tasks the node reads global models from the S3 artifact store (--s3-*). With
--holdout the node keeps a seeded, stratified fraction of its rows out of every
task, as the consortium's common test split; --part K/N keeps only part K of N
of the rest, to simulate N hospitals from one shared file. With --chain-rpc the
node registers itself (certificate fingerprint, endpoint, stake) in the node
registry and its data set's commitment root in the data hub, announces its
account, and withdraws what tasks pay it at every heartbeat. With --srs the node
proves its contribution to proven tasks in zero knowledge (ProveContribution);
without it, proven tasks fail on this node.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lg, err := g.logger()
			if err != nil {
				return err
			}
			cfg.Temporal, cfg.Logger, cfg.S3, cfg.Chain = g.temporalConfig(), lg, s3.config(), ch.config()
			if part != "" {
				if err := cfg.View.SetPart(part); err != nil {
					return fmt.Errorf("--part: %w", err)
				}
			}
			return workers.RunNode(cmd.Context(), cfg)
		},
	}
	f := run.Flags()
	f.StringVar(&cfg.ID, "id", env("TWOPM_NODE_ID", ""), withEnv("node ID (letters, digits, '.', '_', '-')", "TWOPM_NODE_ID"))
	f.StringVar(&cfg.DataPath, "data", env("TWOPM_DATA", ""), withEnv("the node's private data file (CSV); or give --source", "TWOPM_DATA"))
	f.StringVar(&cfg.SourceFile, "source", env("TWOPM_SOURCE", ""), withEnv("a source file (YAML) saying where the node's rows are: a csv path, or a postgres query with the environment variable or file that holds its connection string", "TWOPM_SOURCE"))
	f.StringVar(&cfg.Schema, "schema", env("TWOPM_SCHEMA", "heart-disease"), withEnv("schema of the node's rows: a built-in name or a schema file; the node announces it as NAME@HASH and is selected for tasks of that schema", "TWOPM_SCHEMA"))
	f.StringVar(&cfg.Listen, "listen", env("TWOPM_LISTEN", "127.0.0.1:7301"), withEnv("host:port of the peer-to-peer TLS listener", "TWOPM_LISTEN"))
	f.StringVar(&cfg.Advertise, "advertise", env("TWOPM_ADVERTISE", ""), withEnv("host:port other nodes dial (empty: --listen)", "TWOPM_ADVERTISE"))
	f.StringVar(&cfg.Fault, "inject", "", "make this node cheat on purpose, to show the network catches it: bad-share or bad-mac (in every MASCOT session), infer-bad-share or infer-bad-mac (in private inference sessions only) or bad-proof (every proof it makes); never in production")
	f.StringVar(&cfg.StateDir, "state-dir", env("TWOPM_NODE_STATE_DIR", ".twopm/node"), withEnv("directory for the node's key pair and pending contributions", "TWOPM_NODE_STATE_DIR"))
	f.Float64Var(&cfg.View.Holdout, "holdout", 0, "fraction of the rows held out as the consortium's common test split (seeded, stratified by label); the node never computes on them")
	f.Uint64Var(&cfg.View.Seed, "split-seed", 1, "seed of the holdout split and of --part")
	f.StringVar(&part, "part", "", "K/N: keep only part K of N of the rows (after the holdout), stratified by label; to simulate N hospitals from one shared file")
	s3.register(f)
	ch.register(f)
	registerSRS(f, &cfg.SRS)
	node.AddCommand(run, newNodeLeave(), newNodeWithdraw())
	return node
}

// registerSRS adds --srs.
func registerSRS(f *pflag.FlagSet, srs *string) {
	f.StringVar(srs, "srs", env("TWOPM_SRS", ""), withEnv(`KZG SRS for the zero-knowledge proofs of proven tasks: "dev" for the dev network's SRS, whose secret is public (insecure), or the path of a ceremony SRS file in gnark-crypto's BN254 format (empty: no proofs)`, "TWOPM_SRS"))
}
