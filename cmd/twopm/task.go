package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/spec"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

func newTask(g *globals) *cobra.Command {
	task := &cobra.Command{Use: "task", Short: "Submit and follow tasks"}

	var id string
	var wait, asJSON bool
	var ch chainFlags
	var coordinator string
	var verifiers []string
	var s3 s3Flags
	submit := &cobra.Command{
		Use:   "submit --spec FILE",
		Short: "Submit a task described by a spec file (YAML or JSON)",
		Long: `submit starts a task from a spec file and prints its ID. A spec names the task
type and what to compute; every other key has a default:

  type: statistics          # required
  schema: heart-disease     # default heart-disease; NAME@HASH, or a schema file's path, for a table that is not built in
  columns: [age, chol, num] # default: every column of the schema
  requester: institute-b    # default anonymous
  protocol: mascot          # mascot (default: aborts if any node cheats) or additive (semi-honest; it opens
                            # every sum to the nodes, so only nodes whose policy says allow_additive take part)
  max_rows_per_node: 10000  # each node proves, in MPC, that every count it contributes is at most this; default 0: no bound
  payment_wei: 1000000000000000   # paid on chain to each node whose contribution is in the result; default: no payment
  escrow_wei: 4000000000000000    # the deposit escrowed at submission; default payment_wei × len(nodes); less than
                                  # payment_wei × len(nodes) (min_nodes if none are listed) is refused
  min_nodes: 3              # fewest nodes whose aggregate may be revealed; default 3, at least 2
  nodes: [cleveland, va, hungarian]  # default: every live node holding the schema; for a paid task at most
                                     # escrow_wei / (payment_wei × rounds) of them, first by ID
  exclude: [switzerland]    # nodes never to select
  max_round_attempts: 3     # automatic attempts of a failed round; default 3
  retry_window: 1h          # how long a failed round waits for 'task retry-round'; 0s fails at once
  settle_window: 10m        # how long settlement tries a chain that does not answer before the task fails
  dp: {epsilon: 1}          # an ε-differentially private result: each node adds discrete Laplace noise
                            # inside MASCOT and charges ε to its privacy budget; default none

A training spec (type: training) takes the node keys above (not columns nor
max_rows_per_node) and model (lr, mlp, hlr), params (learning_rate, epochs,
batch_size, hidden, l2, mu, seed), rounds, patience, tol, validation, label,
positive, features, missing (impute, omit), ridge (hlr), clip_norm (lr, mlp:
each update's L2 bound, checked in MASCOT) and dp: {epsilon: E} (lr, mlp: a
model ε-DP for E in all, each round one noisy step of gradient descent).

An unknown key, task type, schema or column is rejected before anything starts.
A schema that is not built in is read from the artifact store (--s3-*), where
its nodes store it; a spec that names a schema file stores it there and names
it by its NAME@HASH.
A task with payment_wei is escrowed on chain from the --chain-keystore account
(--chain-rpc, --chain-id, --task-escrow, --coordinator-account) before it starts:
too little escrow or a chain that does not answer fail the submission, with the
contract's reason when it rejects the deposit. When the result is published the
coordinator records its hash on chain and settles: each node is credited
payment_wei and withdraws it; the rest goes back to the requester.

With --verifier VERSION=ADDRESS (the network's deployed verifier of a circuit
version, see twopm circuits list), a paid statistics task whose columns that
circuit covers is proven: every node proves its contribution in zero
knowledge, and the task contract pays only the nodes whose proofs verify.
The task names the circuit version; the escrow takes the verifier from the
network's verifier registry, and submission fails if that is not ADDRESS.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, _ := cmd.Flags().GetString("spec")
			if path == "" {
				return errors.New("task submit: --spec FILE is required")
			}
			task, err := spec.ReadTaskFile(path)
			if err != nil {
				return err
			}
			c, closeC, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			defer closeC()
			if err := taskSchema(cmd.Context(), path, &task, s3.config(), c); err != nil {
				return err
			}
			paid := task.Stats != nil && task.Stats.PaymentWei != "" || task.Train != nil && task.Train.PaymentWei != ""
			if paid && ch.cfg.RPC != "" {
				if c.Payer, err = newPayer(cmd.Context(), ch.config(), coordinator); err != nil {
					return err
				}
				if c.Payer.Verifiers, err = parseVerifiers(verifiers); err != nil {
					return err
				}
			}
			var tid string
			if task.Train != nil {
				tid, err = c.SubmitTraining(cmd.Context(), id, *task.Train)
			} else {
				tid, err = c.Submit(cmd.Context(), id, *task.Stats)
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s submitted\n", tid)
			if !wait {
				fmt.Println(tid)
				return nil
			}
			return printTaskResult(cmd.Context(), c, tid, true, asJSON)
		},
	}
	submit.Flags().String("spec", "", "task spec file (YAML or JSON)")
	submit.Flags().StringVar(&id, "id", "", "task ID (default: stats-<time>-<random>)")
	submit.Flags().BoolVar(&wait, "wait", false, "wait for the result and print it")
	submit.Flags().BoolVar(&asJSON, "json", false, "with --wait, print the result as JSON")
	ch.register(submit.Flags())
	submit.Flags().StringArrayVar(&verifiers, "verifier", nil, "VERSION=ADDRESS: the deployed verifier contract of a circuit version; a paid task it covers is proven (repeatable)")
	s3.register(submit.Flags())
	submit.Flags().StringVar(&coordinator, "coordinator-account", env("TWOPM_COORDINATOR_ACCOUNT", ""), withEnv("chain account of the network's coordinator, which records results and settles (tasks with payment_wei)", "TWOPM_COORDINATOR_ACCOUNT"))

	status := &cobra.Command{
		Use:   "status ID",
		Short: "Show a task's status, phase, round, nodes and last error",
		Args:  cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			st, err := c.Status(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(os.Stdout, st)
			}
			p := st.Progress
			fmt.Printf("task      %s\nstatus    %s\nphase     %s\nround     %d (attempt %d)\nnodes     %s\n",
				st.TaskID, st.Status, p.Phase, p.Round, p.Attempt, strings.Join(p.Nodes, ", "))
			if len(p.Exclude) > 0 {
				fmt.Printf("excluded  %s\n", strings.Join(p.Exclude, ", "))
			}
			if p.LastError != "" {
				fmt.Printf("error     %s\n", p.LastError)
			}
			if st.Failure != "" {
				fmt.Printf("failure   %s\n", st.Failure)
			}
			if p.Artifact != "" {
				fmt.Printf("artifact  %s\n", p.Artifact)
			}
			return nil
		}),
	}
	status.Flags().BoolVar(&asJSON, "json", false, "print as JSON")

	result := &cobra.Command{
		Use:   "result ID",
		Short: "Print a task's result (statistics per column, or a training task's rounds and model)",
		Args:  cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			err := printTaskResult(cmd.Context(), c, args[0], wait, asJSON)
			if errors.Is(err, requester.ErrRunning) {
				return fmt.Errorf("%w (use --wait to wait for it)", err)
			}
			return err
		}),
	}
	result.Flags().BoolVar(&wait, "wait", false, "wait until the task ends")
	result.Flags().BoolVar(&asJSON, "json", false, "print as JSON")

	var exclude []string
	retry := &cobra.Command{
		Use:   "retry-round ID",
		Short: "Run a task's failed round again, optionally without some nodes",
		Long: `retry-round restarts the failed round of a task that is waiting for a retry
(phase waiting-retry; see task status). The round runs as a new attempt with a
new aggregation session; --exclude leaves nodes out from now on.`,
		Args: cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			ack, err := c.RetryRound(cmd.Context(), args[0], exclude)
			if err != nil {
				return err
			}
			fmt.Printf("round %d of task %s restarts as attempt %d\n", ack.Round, args[0], ack.Attempt)
			return nil
		}),
	}
	retry.Flags().StringSliceVar(&exclude, "exclude", nil, "node IDs to leave out, comma-separated")

	var cch chainFlags
	cancel := &cobra.Command{
		Use:   "cancel ID",
		Short: "Give up a task: stop its workflow and refund the unpaid escrow to its requester",
		Long: `cancel gives up a task that will not finish, such as one that waits in phase
waiting-retry for a round no one will retry. A running task's workflow is
cancelled first (its rounds stop); then, for a task with payment_wei, the
task's escrow is cancelled on chain from the requester's account (the
--chain-keystore account that escrowed it), in two steps: cancel asks for
it, waits out the escrow's cancellation delay (during which the
coordinator may still record the rounds whose results exist; at most a
minute is waited, otherwise run cancel again after the time it prints),
then completes it: what its nodes were credited stays theirs, and the rest
is withdrawn to the requester. A task whose escrow was made but whose
workflow never started is cancelled the same way.

A completed task was settled on chain and its refund credited then: cancel
refuses it. Cancelling again is safe: what is cancelled stays as it is.`,
		Args: cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			if cch.cfg.RPC != "" {
				_, s, escrow, err := cch.config().Connect(cmd.Context())
				if err != nil {
					return err
				}
				c.Payer = &requester.Payer{Escrow: escrow, Signer: s}
			}
			out, err := c.Cancel(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(os.Stdout, out)
			}
			fmt.Printf("task      %s\nstatus    %s\n", out.TaskID, out.Status)
			if out.RefundWei != "" {
				fmt.Printf("paid      %s wei to its nodes\nrefunded  %s wei to %s\n", out.PaidWei, out.RefundWei, c.Payer.Signer.Address().Hex())
			}
			return nil
		}),
	}
	cancel.Flags().BoolVar(&asJSON, "json", false, "print as JSON: {\"task_id\", \"stopped\", \"status\", \"paid_wei\", \"refund_wei\", \"cancellable_at\"}")
	cch.registerEscrow(cancel.Flags())

	task.AddCommand(submit, status, result, retry, cancel, newTaskReport(g))
	return task
}

func printResult(res workflows.StatsResult, asJSON bool) error {
	if asJSON {
		return writeJSON(os.Stdout, res)
	}
	printStats(os.Stdout, res)
	return nil
}

// columnOrder ranks column names in the order of the schema.
func columnOrder(schema string) func(string) int {
	s, err := dataset.Lookup(schema)
	return func(name string) int {
		if err != nil {
			return 0
		}
		if i := s.Index(name); i >= 0 {
			return i
		}
		return len(s.Columns)
	}
}

// printTaskResult prints the result of a statistics or a training task.
func printTaskResult(ctx context.Context, c *requester.Client, id string, wait, asJSON bool) error {
	typ, err := c.TaskType(ctx, id)
	if err != nil {
		return err
	}
	if typ == workflows.TaskTypeTraining {
		res, err := c.TrainingResult(ctx, id, wait)
		if err != nil {
			return err
		}
		if asJSON {
			return writeJSON(os.Stdout, res)
		}
		printTraining(os.Stdout, res)
		return nil
	}
	res, err := c.Result(ctx, id, wait)
	if err != nil {
		return err
	}
	return printResult(res, asJSON)
}

// printTraining prints a training result: the rounds as a table and the
// final model.
func printTraining(w io.Writer, res workflows.TrainResult) {
	fmt.Fprintf(w, "task %s  model %s  schema %s  protocol %s\n%d rounds (%s)\nmodel  %s\nreport %s\n\n",
		res.TaskID, res.Model, res.Schema, res.Protocol, res.Rounds, res.Stopped, res.Artifact, res.Report)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "round\tnodes\trows\tval loss\tval accuracy\tstep\tseconds\t")
	for _, h := range res.History {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%.4f\t%.4f\t%.2g\t%.1f\t\n", h.Round, len(h.Nodes), h.Rows, h.ValLoss, h.ValAccuracy, h.Step, h.Seconds)
	}
	_ = tw.Flush()
}

// newPayer connects the requester's chain account for escrowing.
func newPayer(ctx context.Context, cfg workers.ChainConfig, coordinator string) (*requester.Payer, error) {
	if !common.IsHexAddress(coordinator) {
		return nil, fmt.Errorf("task submit: --coordinator-account %q is not an address", coordinator)
	}
	// The connection lives as long as the command.
	_, s, escrow, err := cfg.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &requester.Payer{Escrow: escrow, Signer: s, Coordinator: common.HexToAddress(coordinator)}, nil
}

// parseVerifiers reads VERSION=ADDRESS flags.
func parseVerifiers(flags []string) (map[string]common.Address, error) {
	out := map[string]common.Address{}
	for _, f := range flags {
		id, addr, ok := strings.Cut(f, "=")
		if !ok || !setup.KnownID(id) || !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("--verifier %q: want VERSION=ADDRESS with a circuit version (twopm circuits list, or KIND/NAME@HASH/ROWS as twopm circuits register prints it)", f)
		}
		out[id] = common.HexToAddress(addr)
	}
	return out, nil
}

// taskSchema lets c resolve task's schema from the artifact store of cfg
// and, when the spec at specPath names a schema file (relative to the
// spec's directory), stores that file there and names it by its NAME@HASH.
func taskSchema(ctx context.Context, specPath string, task *spec.Task, cfg workers.S3Config, c *requester.Client) error {
	ref := &task.Train.Schema
	if task.Stats != nil {
		ref = &task.Stats.Schema
	}
	file := *ref
	if file != "" && !filepath.IsAbs(file) {
		file = filepath.Join(filepath.Dir(specPath), file)
	}
	_, statErr := os.Stat(file)
	isFile := *ref != "" && statErr == nil
	if _, err := dataset.Lookup(*ref); err == nil && !isFile {
		return nil // a built-in schema: no store needed
	}
	s3c, bucket, err := workers.NewS3(ctx, cfg)
	if err != nil {
		return fmt.Errorf("task submit: the schema %s is not built in, and the artifact store it is read from: %w", *ref, err)
	}
	objects := store.Objects{S3: s3c, Bucket: bucket}
	c.Schemas = objects.Schemas()
	if !isFile {
		return nil
	}
	sc, err := dataset.LoadFile(file)
	if err != nil {
		return err
	}
	if err := objects.PutSchema(ctx, sc); err != nil {
		return fmt.Errorf("task submit: store schema %s: %w", sc.Ref(), err)
	}
	*ref = sc.Ref()
	return nil
}
