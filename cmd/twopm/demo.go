package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/rs/zerolog"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/twopm/twopm/activities/prove"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

func newDemo(g *globals) *cobra.Command {
	demo := &cobra.Command{Use: "demo", Short: "Run a demonstration task on a fresh local network"}
	var nf netFlags
	var asJSON, keep bool
	var inject, nodeFlags []string
	var schemaArg string
	var dpf dpFlags
	stats := &cobra.Command{
		Use:   "stats [--schema FILE --node ID=SOURCE ...]",
		Short: "Start the local network, run federated statistics over the four hospitals, print the result",
		Long: `demo stats starts the local network (as twopm dev does), runs one statistics task
over every column of the heart-disease data of the four hospitals (Cleveland,
Hungary, Switzerland, VA Long Beach), prints the result and stops the network.
With --keep the network stays up until Ctrl-C, for a look at the task in the
Web UI; the history stays in the state directory either way.

The task runs with the default protocol, MASCOT, and max_rows_per_node 10000:
each hospital proves inside the secure computation that every count it
contributes is at most 10,000. It pays each hospital 0.001 ether through the
task escrow, and it is a proven task: each hospital proves in zero knowledge
that its contribution comes from the data set it registered on chain (with
the dev SRS, which is insecure), the coordinator checks the revealed sum
against the hospitals' commitments, and the task contract pays only the
hospitals whose proofs verify on chain.

With --inject FAULT=NODE (repeatable) that node cheats. bad-share or bad-mac:
in every MASCOT session. The demo shows what ops would see: the round's MAC
check fails and the task retries it per policy, then waits in phase
waiting-retry; the demo then does what an operator does with
"twopm task retry-round ID --exclude NODE", and the task completes without
the cheater. bad-proof: the node corrupts its proof; the coordinator finds it
invalid, the round runs again without that node (named under "unproven"), and
the node is not paid.

With --schema FILE and --node ID=SOURCE (repeatable, at least min_nodes 3)
the network's hospitals are yours: each node reads SOURCE, a CSV file (with or
without a header), a source file (.yaml, see node run), or a PostgreSQL URL
naming its table, postgres://USER:PASSWORD@HOST/DB?table=NAME (the connection
string goes into a file under the state directory that only its owner reads,
never onto a command line). The network registers the schema in its data hub,
the nodes announce it as NAME@HASH, and the task runs over it, paid and
proven: for a schema other than heart-disease the demo derives the schema's
statistics circuit for the largest node's rows (twopm circuits register does
the same for a network), sets it up with the dev SRS and registers its key
before the task starts.

With --json, stdout carries one JSON object:
  {"task_id", "nodes", "protocol", "artifact", "artifact_sha256", "schema", "round",
   "columns": {"age": {"count", "mean", "variance", "missing"}, ...,
               "sex": {..., "histogram": {"0": n, "1": n}}, ...},
   "disclosure": {"min_cell_count", "min_rows", "min_nodes"},
   "chain": {"chain_id", "task_contract", "escrow_wei", "refund_wei",
             "payments": [{"node", "address", "paid_wei", "proof_verified", "reason"}]},
   "inject": {"faults": {"va": "bad-share"}, "failed_attempts", "error", "excluded"}}
("inject" only with --inject, "reason" only for a rejected proof). Every node
applies the default disclosure rules (minimum cell count 5, rows 5, nodes 2):
a value they withhold is null and never opened, and its column gains
"suppressed": {"<count|missing|mean|variance|level>": "<rule>"}. Progress and
logs go to stderr.

With --dp-epsilon E the result is ε-differentially private: every hospital
adds discrete Laplace noise inside MASCOT before anything is opened, the
disclosure rules judge the noisy values, each hospital charges E to its
privacy budget (ε = 10 per 30 days by default) and refuses a task that
would overspend it. The JSON gains "dp": {"epsilon", "delta", "mechanism"};
counts are noisy and clamped at 0. Such a task is paid but not proven (a
proven round opens the exact aggregate to the hospitals) and has no
max_rows_per_node (whether a count passes it would be opened exact).
--dp-delta D allows a failure probability δ = D; the mechanism is ε-DP, which
is (ε, δ)-DP for every δ, so it asks for and spends δ = 0.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			faults, err := parseInject(inject)
			if err != nil {
				return err
			}
			nf.cfg.Inject = faults
			spec := workflows.StatsSpec{Requester: "demo", MaxRowsPerNode: 10_000, PaymentWei: demoPaymentWei}
			if spec.DP, err = dpf.spec(cmd, "demo stats"); err != nil {
				return err
			}
			if spec.DP != nil {
				spec.MaxRowsPerNode = 0 // its outcome would be opened exact
			}
			if schemaArg != "" && len(nodeFlags) == 0 {
				return errors.New("demo stats: --schema needs the nodes that hold it: --node ID=SOURCE, one per hospital")
			}
			var own *dataset.Schema // the nodes' schema, when they are the user's
			if len(nodeFlags) > 0 {
				if schemaArg == "" {
					schemaArg = workflows.DefaultSchema
				}
				sc, err := loadSchema(schemaArg)
				if err != nil {
					return err
				}
				own = &sc
				if nf.cfg.Nodes, err = demoNodes(nodeFlags, schemaArg, nf.cfg.StateDir); err != nil {
					return err
				}
				spec.Schema = sc.Ref()
			}
			net, c, stop, err := nf.startDemo(ctx, g)
			if err != nil {
				return err
			}
			defer stop()
			if err := demoPayer(ctx, c, net); err != nil {
				return err
			}
			if c.Schemas, err = netSchemas(ctx, net); err != nil {
				return err
			}
			if _, named := setup.ForStats(spec.Schema, nil); own != nil && !named && spec.DP == nil {
				stats := func(rows int) (setup.Version, error) { return setup.StatsFor(*own, rows) }
				if _, err := demoCircuit(ctx, c, net, *own, stats); err != nil {
					return err
				}
			}
			for _, n := range net.Config.Nodes {
				spec.Nodes = append(spec.Nodes, n.ID)
			}
			start := time.Now()
			id, err := c.Submit(ctx, "", spec)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s submitted: %s/namespaces/%s/workflows/%s\n", id, net.UIURL, g.namespace, workflows.TaskWorkflowID(id))
			var report *injectReport
			if cheaters := mpcFaults(faults); len(cheaters) > 0 {
				if report, err = handleCheaters(ctx, c, id, cheaters); err != nil {
					return err
				}
			}
			if len(faults) > 0 && report == nil {
				report = &injectReport{Faults: faults}
			}
			res, err := c.Result(ctx, id, true)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s done in %s\n", id, time.Since(start).Round(10*time.Millisecond))
			if asJSON {
				err = writeJSON(os.Stdout, struct {
					workflows.StatsResult
					Inject *injectReport `json:"inject,omitempty"`
				}{res, report})
			} else {
				printStats(os.Stdout, res)
			}
			if err != nil || !keep {
				return err
			}
			fmt.Fprintln(os.Stderr, "network kept running; press Ctrl-C to stop")
			return net.Wait(ctx)
		},
	}
	nf.register(stats.Flags())
	stats.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object on stdout")
	stats.Flags().BoolVar(&keep, "keep", false, "keep the network running after the task, until Ctrl-C")
	stats.Flags().StringVar(&schemaArg, "schema", "", "the schema of the --node sources: a schema file or a built-in name (default heart-disease)")
	stats.Flags().StringArrayVar(&nodeFlags, "node", nil, "ID=SOURCE: a hospital node reading SOURCE, a CSV file, a source file (.yaml) or postgres://…?table=NAME; repeatable (default: the four heart-disease hospitals)")
	dpf.register(stats.Flags(), "result")
	stats.Flags().StringArrayVar(&inject, "inject", nil, "FAULT=NODE: make NODE cheat, in every MASCOT session (bad-share or bad-mac) or in its proof (bad-proof); repeatable")
	demo.AddCommand(stats, newDemoTrain(g), newDemoLoad(g), newDemoInfer(g))
	return demo
}

// dpFlags are --dp-epsilon and --dp-delta, which ask for a differentially
// private task.
type dpFlags struct{ epsilon, delta float64 }

func (f *dpFlags) register(fs *pflag.FlagSet, what string) {
	fs.Float64Var(&f.epsilon, "dp-epsilon", 0, "ask for an ε-differentially private "+what+" with this ε in all (0.001 to 100; each hospital charges it to its privacy budget)")
	fs.Float64Var(&f.delta, "dp-delta", 0, "the δ the "+what+" may fail with, in [0, 1): the discrete Laplace mechanism is ε-DP, which is (ε, δ)-DP for every δ, so it spends none (with --dp-epsilon)")
}

// spec returns the DP the flags ask for (nil without --dp-epsilon). The
// mechanism spends no δ: whatever δ is allowed, the task asks for 0.
func (f *dpFlags) spec(cmd *cobra.Command, name string) (*workflows.DP, error) {
	if !cmd.Flags().Changed("dp-epsilon") {
		if cmd.Flags().Changed("dp-delta") {
			return nil, fmt.Errorf("%s: --dp-delta needs --dp-epsilon", name)
		}
		return nil, nil
	}
	if !(f.delta >= 0 && f.delta < 1) {
		return nil, fmt.Errorf("%s: --dp-delta %v is not in [0, 1)", name, f.delta)
	}
	d := &workflows.DP{Epsilon: f.epsilon}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%s: --dp-epsilon: %w", name, err)
	}
	return d, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printStats prints a result as a table, columns in schema order where
// known.
func printStats(w io.Writer, res workflows.StatsResult) {
	fmt.Fprintf(w, "task %s  nodes %s  protocol %s\nartifact %s\n\n", res.TaskID, strings.Join(res.Nodes, ","), res.Protocol, res.Artifact)
	names := make([]string, 0, len(res.Columns))
	for n := range res.Columns {
		names = append(names, n)
	}
	order := columnOrder(res.Schema)
	sort.SliceStable(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "column\tcount\tmean\tvariance\tmissing\thistogram\t")
	withheld := false
	for _, n := range names {
		c := res.Columns[n]
		mark := func(what, v string) string {
			if rule, ok := c.Suppressed[what]; ok {
				withheld = true
				return "(" + rule + ")"
			}
			return v
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", n, mark("count", strconv.FormatInt(c.Count, 10)), mark("mean", num(c.Mean)),
			mark("variance", num(c.Variance)), mark("missing", strconv.FormatInt(c.Missing, 10)), hist(c.Histogram, c.Suppressed))
	}
	_ = tw.Flush()
	if d := res.Disclosure; d != nil {
		fmt.Fprintf(w, "\ndisclosure control: min cell count %d, min rows %d, min nodes %d", d.MinCell, d.MinRows, d.MinNodes)
		if withheld {
			fmt.Fprint(w, "; a value in parentheses is withheld, by the rule named")
		}
		fmt.Fprintln(w)
	}
	if d := res.DP; d != nil {
		fmt.Fprintf(w, "differential privacy: ε = %g, δ = %g, %s noise added inside the secure computation; every value is noisy, counts clamped at 0\n", d.Epsilon, d.Delta, d.Mechanism)
	}
	if len(res.Refused) > 0 {
		fmt.Fprintf(w, "left out by their policies: %s\n", strings.Join(res.Refused, "; "))
	}
	printSettlement(w, res.Chain, res.ProofSRS)
}

// printSettlement prints what a task paid on chain, and for a proven task
// whether each node's proof verified.
func printSettlement(w io.Writer, c *workflows.Settlement, srs string) {
	if c == nil {
		return
	}
	fmt.Fprintf(w, "\nchain %d  task contract %s  escrow %s wei  refund %s wei\n", c.ChainID, c.TaskContract, c.EscrowWei, c.RefundWei)
	if srs != "" {
		fmt.Fprintf(w, "proofs checked under the SRS: %s\n", srs)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "node\taccount\tpaid wei\tproof\t")
	for _, p := range c.Payments {
		proof := "-"
		if p.ProofVerified != nil {
			proof = "verified on chain"
			if !*p.ProofVerified {
				proof = p.Reason
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", p.Node, p.Address, p.PaidWei, proof)
	}
	_ = tw.Flush()
}

func num(f *float64) string {
	if f == nil {
		return "-"
	}
	return fmt.Sprintf("%.4f", *f)
}

// hist prints a histogram, a level withheld as its rule in parentheses.
func hist(h map[string]int64, suppressed map[string]string) string {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	for k := range suppressed {
		switch k {
		case "count", "missing", "mean", "variance":
		default:
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		if rule, ok := suppressed[k]; ok {
			parts[i] = fmt.Sprintf("%s:(%s)", k, rule)
			continue
		}
		parts[i] = fmt.Sprintf("%s:%d", k, h[k])
	}
	return strings.Join(parts, " ")
}

// injectReport tells what happened to a demo task with cheating nodes.
type injectReport struct {
	Faults         map[string]string `json:"faults"`
	FailedAttempts int               `json:"failed_attempts"`
	Error          string            `json:"error"`
	Excluded       []string          `json:"excluded"`
}

// parseInject turns FAULT=NODE flags into a node → fault map.
func parseInject(flags []string) (map[string]string, error) {
	faults := map[string]string{}
	for _, f := range flags {
		fault, node, ok := strings.Cut(f, "=")
		if !ok || node == "" || (fault != mascot.FaultBadShare && fault != mascot.FaultBadMAC && fault != prove.FaultBadProof) {
			return nil, fmt.Errorf("--inject %q: want bad-share=NODE, bad-mac=NODE or bad-proof=NODE", f)
		}
		faults[node] = fault
	}
	return faults, nil
}

// mpcFaults returns the nodes that cheat in the MPC, which fails the round
// until an operator excludes them.
func mpcFaults(faults map[string]string) map[string]string {
	out := map[string]string{}
	for node, f := range faults {
		if f != prove.FaultBadProof {
			out[node] = f
		}
	}
	return out
}

// handleCheaters waits until the task gives up on its round (every attempt
// fails the MAC check while the cheaters take part), then retries the round
// without them, as an operator would.
func handleCheaters(ctx context.Context, c *requester.Client, id string, faults map[string]string) (*injectReport, error) {
	r := &injectReport{Faults: faults}
	for node := range faults {
		r.Excluded = append(r.Excluded, node)
	}
	sort.Strings(r.Excluded)
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			return nil, err
		}
		p := st.Progress
		if p.Phase == workflows.PhaseWaitingRetry {
			r.FailedAttempts, r.Error = p.Attempt, p.LastError
			break
		}
		if st.Status != "Running" || p.Phase == workflows.PhaseDone {
			return nil, fmt.Errorf("task %s ended (%s, phase %s) although nodes %v cheated", id, st.Status, p.Phase, r.Excluded)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
	fmt.Fprintf(os.Stderr, "round failed %d times: %s\n", r.FailedAttempts, r.Error)
	fmt.Fprintf(os.Stderr, "as an operator: twopm task retry-round %s --exclude %s\n", id, strings.Join(r.Excluded, ","))
	ack, err := c.RetryRound(ctx, id, r.Excluded)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(os.Stderr, "round %d retried as attempt %d without %s\n", ack.Round, ack.Attempt, strings.Join(r.Excluded, ","))
	return r, nil
}

// demoPaymentWei is what the statistics demo pays each hospital: 0.001 ether.
const demoPaymentWei = "1000000000000000"

// demoPayer makes c escrow from the development chain's requester account.
func demoPayer(ctx context.Context, c *requester.Client, net *devnet.Network) error {
	cl, err := chain.Dial(ctx, chain.Config{RPC: net.ChainRPC, ChainID: devchain.ChainID})
	if err != nil {
		return err
	}
	c.Payer = &requester.Payer{Escrow: chain.NewEscrow(cl, net.Contracts.TaskEscrow),
		Signer: chain.NewSigner(devchain.Key(devnet.RequesterKey)), Coordinator: devchain.Address(devnet.CoordinatorKey),
		Verifiers: net.Contracts.Verifiers}
	return nil
}

// netObjects is the artifact store of a local network.
func netObjects(ctx context.Context, net *devnet.Network) (store.Objects, error) {
	s3c, bucket, err := workers.NewS3(ctx, workers.S3Config{Endpoint: net.S3Endpoint, AccessKey: net.Config.S3AccessKey, SecretKey: net.Config.S3SecretKey})
	return store.Objects{S3: s3c, Bucket: bucket}, err
}

// netSchemas resolves schemas from the artifact store of a local network,
// where its nodes store theirs.
func netSchemas(ctx context.Context, net *devnet.Network) (dataset.Catalog, error) {
	objects, err := netObjects(ctx, net)
	return objects.Schemas(), err
}

// demoCircuit derives a circuit of schema sc, a schema no named circuit
// covers, with derive for the largest data set the network's nodes
// registered of it on chain, sets it
// up with the dev SRS, registers its key in the network's verifier
// registry from the deployer's account, stores the keys for the nodes and
// lets the demo's requester prove with it, as a consortium does with
// twopm circuits register.
func demoCircuit(ctx context.Context, c *requester.Client, net *devnet.Network, sc dataset.Schema, derive func(rows int) (setup.Version, error)) (setup.Version, error) {
	cl, err := chain.Dial(ctx, chain.Config{RPC: net.ChainRPC, ChainID: devchain.ChainID})
	if err != nil {
		return setup.Version{}, err
	}
	defer cl.Close()
	hub := chain.NewHub(cl, net.Contracts.DataHub)
	rows := 0
	for i := range net.Config.Nodes {
		d, ok, err := hub.Dataset(ctx, chain.DatasetID(devchain.Address(devnet.NodeKeyBase+i), sc.Hash()))
		if err != nil {
			return setup.Version{}, err
		}
		if ok {
			rows = max(rows, int(d.Rows))
		}
	}
	if rows == 0 {
		return setup.Version{}, fmt.Errorf("demo: no node registered a data set of %s on chain", sc.Ref())
	}
	v, err := derive(rows)
	if err != nil {
		return setup.Version{}, err
	}
	srs, err := setup.DevSRSFor(v)
	if err != nil {
		return setup.Version{}, err
	}
	objects, err := netObjects(ctx, net)
	if err != nil {
		return setup.Version{}, err
	}
	cache := workers.KeyCache(setup.DevName, objects, nil, zerolog.Nop())
	fmt.Fprintf(os.Stderr, "registering circuit %s (the largest table has %d rows; dev SRS: insecure)\n", v.ID, rows)
	start := time.Now()
	escrow := chain.NewEscrow(cl, net.Contracts.TaskEscrow)
	if _, err := workers.RegisterCircuit(ctx, escrow, chain.NewSigner(devchain.Key(devnet.DeployerKey)), net.Contracts.Verifier, v, srs, cache); err != nil {
		return setup.Version{}, err
	}
	fmt.Fprintf(os.Stderr, "circuit %s registered in %s\n", v.ID, time.Since(start).Round(time.Millisecond))
	if c.Payer != nil {
		c.Payer.Verifiers[v.ID] = net.Contracts.Verifier
	}
	return v, nil
}
