package main

import (
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"gopkg.in/yaml.v2"

	"github.com/twopm/twopm/policy"
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
--source (or $TWOPM_SOURCE), and sets --advertise to the address the other hospitals can reach,
or, to open no inbound port, --relay to the network's relay (twopm relay), which
the node dials out to and is reached through. For training
tasks the node reads global models from the S3 artifact store (--s3-*). With
--holdout the node keeps a seeded, stratified fraction of its rows out of every
task, as the consortium's common test split; --part K/N keeps only part K of N
of the rest, to simulate N hospitals from one shared file. With --chain-rpc the
node registers itself (certificate fingerprint, endpoint, stake) in the node
registry and its data set's commitment root in the data hub, announces its
account, and withdraws what tasks pay it at every heartbeat. With --srs the node
proves its contribution to proven tasks in zero knowledge (ProveContribution);
without it, proven tasks fail on this node.

--policy FILE is the hospital's own policy (twopm node policy show prints the
format and the defaults): the disclosure rules every result the node
contributes to must follow, and which tasks it takes part in. It stays on this
machine; the node reads it again whenever it changes, announces its SHA-256 in
its heartbeat, and answers by it when a task selects it, before computing on
its data. A file that does not load stops the node at start; a change that does
not load later keeps the last good policy in force and is reported in the
heartbeat.`,
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
	f.StringVar(&cfg.Relay, "relay", env("TWOPM_RELAY", ""), withEnv("host:port of a relay (twopm relay) to be reached through instead of listening: the node opens no port, and --listen and --advertise are not used", "TWOPM_RELAY"))
	f.StringVar(&cfg.RelayFingerprint, "relay-fingerprint", env("TWOPM_RELAY_FINGERPRINT", ""), withEnv("the relay's certificate fingerprint, as twopm relay prints it, to pin (empty: any; the relay never sees what links carry)", "TWOPM_RELAY_FINGERPRINT"))
	f.StringVar(&cfg.Fault, "inject", "", "make this node cheat on purpose, to show the network catches it: bad-share or bad-mac (in every MASCOT session), infer-bad-share or infer-bad-mac (in private inference sessions only) or bad-proof (every proof it makes); never in production")
	f.StringVar(&cfg.StateDir, "state-dir", env("TWOPM_NODE_STATE_DIR", ".twopm/node"), withEnv("directory for the node's key pair, pending contributions and count of tasks admitted", "TWOPM_NODE_STATE_DIR"))
	f.StringVar(&cfg.Policy, "policy", env("TWOPM_NODE_POLICY", ""), withEnv("the node's policy file (empty: the default policy)", "TWOPM_NODE_POLICY"))
	f.Float64Var(&cfg.View.Holdout, "holdout", 0, "fraction of the rows held out as the consortium's common test split (seeded, stratified by label); the node never computes on them")
	f.Uint64Var(&cfg.View.Seed, "split-seed", 1, "seed of the holdout split and of --part")
	f.StringVar(&part, "part", "", "K/N: keep only part K of N of the rows (after the holdout), stratified by label; to simulate N hospitals from one shared file")
	s3.register(f)
	ch.register(f)
	registerSRS(f, &cfg.SRS)
	node.AddCommand(run, newNodeLeave(), newNodeWithdraw(), newNodePolicy())
	return node
}

// policyFormat documents the policy file.
const policyFormat = `A policy file (YAML; every key optional):

  disclosure:                  # thresholds every result must follow (defaults shown)
    min_cell_count: 5          # a histogram cell below it is withheld
    min_rows: 5                # a column with fewer present values is withheld
    min_nodes: 2               # ... or held by fewer nodes
  requesters: [institute-b]    # requesters admitted (default: any)
  task_types: [statistics, training]   # (default: both)
  columns:                     # uses a column may be put to (default: all)
    chol: [summary, feature]   # summary, feature, label; [] for none
  max_tasks_per_day: 50        # tasks admitted in any 24 hours (default: no bound)
  glm_ratio: 0.33              # an lr or hlr model has at most this × the node's labeled rows parameters (default shown)
  require_dp: false            # true: admit only differentially private tasks (statistics or training)
  allow_additive: false        # true: release statistics by the additive protocol too, which opens every
                               # sum to the nodes, withheld ones included (default: MASCOT only)
  privacy_budget:              # what differentially private tasks may spend (default shown)
    epsilon: 10                # ε in any period, summed over the tasks (0: admit none)
    delta: 0                   # δ in any period
    period: 720h               # the window, at least 1h

Thresholds are 1 to 1024. A task's results follow the strictest rules of the
nodes it selects; a node whose policy refuses a task is left out of it, with
the reason, and a task that names its nodes, or keeps fewer than its minimum,
fails at selection.`

// newNodePolicy prints and checks policy files.
func newNodePolicy() *cobra.Command {
	cmd := &cobra.Command{Use: "policy", Short: "Show or check a node's policy file"}
	var schemaArg, stateDir string
	load := func(path string) (*policy.Policy, error) {
		if path == "" {
			return policy.Default(), nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		p, err := policy.Parse(b, path)
		if err != nil {
			return nil, err
		}
		if schemaArg != "" {
			s, err := workers.LoadSchema(schemaArg)
			if err != nil {
				return nil, err
			}
			if err := p.CheckSchema(s); err != nil {
				return nil, err
			}
		}
		return p, nil
	}
	show := &cobra.Command{
		Use:   "show [FILE]",
		Short: "Print the policy a node runs with: FILE, or the default policy",
		Long: "show prints the policy in force with FILE (or without one), its defaults filled in, and its SHA-256, which the node announces; " +
			"with --schema and --state-dir also what differentially private tasks spent of its privacy budget on that data set.\n\n" + policyFormat,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := ""
			if len(args) == 1 {
				path = args[0]
			}
			p, err := load(path)
			if err != nil {
				return err
			}
			b, err := yaml.Marshal(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "# sha256 %s\n%s", p.Hash(), b)
			if stateDir != "" && schemaArg != "" {
				s, err := workers.LoadSchema(schemaArg)
				if err != nil {
					return err
				}
				bud := p.PrivacyBudget
				sp, err := policy.NewAccountant(stateDir).Spent(s.ID, bud.Period, time.Now())
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "# privacy spent on %s in the last %s: ε = %g of %g, δ = %g of %g, by %d tasks\n",
					s.ID, bud.Period, sp.Epsilon, bud.Epsilon, sp.Delta, bud.Delta, sp.Tasks)
			}
			return nil
		},
	}
	check := &cobra.Command{
		Use:   "check FILE [--schema S]",
		Short: "Check a policy file, and with --schema that the columns it names exist",
		Long:  "check reports every problem of FILE with its line, and with --schema every column it names that the schema lacks (a likely typo: that column would stay unrestricted).\n\n" + policyFormat,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := load(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: ok, sha256 %s\n", args[0], p.Hash())
			return nil
		},
	}
	for _, c := range []*cobra.Command{show, check} {
		c.Flags().StringVar(&schemaArg, "schema", "", "the node's schema (a built-in name or a schema file): check the columns the policy names")
	}
	show.Flags().StringVar(&stateDir, "state-dir", env("TWOPM_NODE_STATE_DIR", ""), withEnv("the node's state directory: with --schema, print the privacy budget spent", "TWOPM_NODE_STATE_DIR"))
	cmd.AddCommand(show, check)
	return cmd
}

// registerSRS adds --srs.
func registerSRS(f *pflag.FlagSet, srs *string) {
	f.StringVar(srs, "srs", env("TWOPM_SRS", ""), withEnv(`KZG SRS for the zero-knowledge proofs of proven tasks: "dev" for the dev network's SRS, whose secret is public (insecure), or the path of a ceremony SRS file in gnark-crypto's BN254 format (empty: no proofs)`, "TWOPM_SRS"))
}
