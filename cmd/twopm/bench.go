package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/bench"
)

func newBench() *cobra.Command {
	b := &cobra.Command{Use: "bench", Short: "Measure the secure-computation protocols and the proofs on this machine"}
	var acfg bench.AggregateConfig
	var asJSON bool
	agg := &cobra.Command{
		Use:   "aggregate",
		Short: "Time one secure aggregation against the additive protocol and a plain sum, measured in the same run",
		Long: `bench aggregate runs --parties parties on this machine, each with its own TLS
host on 127.0.0.1 as separate nodes would have, sums --length random field
elements per party with --protocol, and, in the same run, with the additive
protocol and a plain in-process sum. Every protocol runs once to warm up (not
counted: a fresh process grows its heap) and then --runs times; the median is
reported, set-up included. For mascot, setup_seconds is the part
spent in base OTs, OT extension and COPE set-up, and online_seconds the part
after all preprocessing (set-up and the authenticated input masks): the
broadcast of the masked inputs, the sum and the MAC-checked reveal. Every
party's output is checked against the true sum. With --relay the protocol runs
again with the parties opening no port and reaching each other through a relay
(twopm relay) on 127.0.0.1, and relay_ratio is its time over the direct links'.

With --json, stdout carries one JSON object:
  {"protocol", "parties", "length", "seconds", "setup_seconds", "online_seconds",
   "bytes_sent", "ratio_vs_plain", "ratio_vs_additive", "online_ratio_vs_additive",
   "relay_seconds", "relay_ratio" (with --relay)}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			acfg.Progress = func(l string) { fmt.Fprintln(os.Stderr, l) }
			r, err := bench.Aggregate(cmd.Context(), acfg)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(os.Stdout, r)
			}
			fmt.Printf("%s, %d parties × %d values: %.4f s, %d bytes sent, %.1f× plain, %.2f× additive\n",
				r.Protocol, r.Parties, r.Length, r.Seconds, r.BytesSent, r.RatioVsPlain, r.RatioVsAdditive)
			if r.Protocol == bench.Mascot {
				fmt.Printf("  set-up %.4f s; online %.4f s, %.2f× additive\n", r.SetupSeconds, r.OnlineSeconds, r.OnlineRatioVsAdditive)
			}
			if r.RelayRatio > 0 {
				fmt.Printf("  through a relay: %.4f s, %.2f× direct links\n", r.RelaySeconds, r.RelayRatio)
			}
			return nil
		},
	}
	agg.Flags().StringVar(&acfg.Protocol, "protocol", bench.Mascot, "protocol to measure: mascot, additive or plain")
	agg.Flags().IntVar(&acfg.Parties, "parties", 4, "number of parties")
	agg.Flags().IntVar(&acfg.Length, "length", 10_000, "field elements per party")
	agg.Flags().IntVar(&acfg.Runs, "runs", 3, "counted runs per protocol, after one warm-up run; the median is reported")
	agg.Flags().BoolVar(&acfg.Relay, "relay", false, "also run the protocol with the parties reaching each other through a relay, and report it against the direct links")
	agg.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object on stdout")

	var pcfg bench.ProveConfig
	var pJSON bool
	var schemaArg string
	prove := &cobra.Command{
		Use:   "prove",
		Short: "Time the zero-knowledge proof of a contribution (stats or lr), its verification in Go and its gas on chain",
		Long: `bench prove sets up the statistics circuit for a table of exactly --rows rows of
the heart-disease schema (the rows of --data, repeated as needed) with the dev
SRS, proves one contribution over every column, verifies it in Go, and
measures the gas of its verification by the network's verifier contract
(PlonkVerifier, given the circuit's verifying key) on a simulated chain.
In the same run it times computing the same statistics without a proof
(plain_seconds): ratio_vs_plain is the proof's cost over it.

--circuit lr measures the HLR map step instead: the gradient of the logistic
log-likelihood of the schema's label over every other column, at seeded
coefficients and the table's own encoding statistics (plain_seconds: the same
fixed-point gradient computed natively).

--schema NAME|FILE measures another schema's circuits, on the rows of --data
(a file of that schema, with or without a header) or, without --data, on
seeded synthetic rows (5% missing, the label drawn from the other columns).
peak_rss_bytes is the process's peak resident memory once the proof is made,
estimated_bytes the prover memory nodes and circuits register expect of the
circuit (an upper estimate from its constraints; they refuse a circuit whose
estimate exceeds the machine).

With --json, stdout carries one JSON object:
  {"circuit", "rows", "constraints", "setup_seconds", "prove_seconds",
   "verify_seconds", "verify_gas", "plain_seconds", "ratio_vs_plain",
   "schema", "peak_rss_bytes", "estimated_bytes"}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pcfg.Progress = func(l string) { fmt.Fprintln(os.Stderr, l) }
			if schemaArg != "" {
				s, err := loadSchema(schemaArg)
				if err != nil {
					return err
				}
				pcfg.Schema = &s
			}
			r, err := bench.BenchProve(cmd.Context(), pcfg)
			if err != nil {
				return err
			}
			if pJSON {
				return writeJSON(os.Stdout, r)
			}
			gas := "not measured"
			if r.VerifyGas != nil {
				gas = fmt.Sprintf("%d gas", *r.VerifyGas)
			}
			fmt.Printf("%s on %s, %d rows: %d constraints, prove %.2f s (%.0f× plain), verify %.1f ms, %s, peak memory %.0f MB (estimated at most %.0f MB)\n",
				r.Circuit, r.Schema, r.Rows, r.Constraints, r.ProveSeconds, r.RatioVsPlain, r.VerifySeconds*1000, gas, float64(r.PeakRSSBytes)/1e6, float64(r.EstimatedBytes)/1e6)
			return nil
		},
	}
	prove.Flags().StringVar(&pcfg.Circuit, "circuit", bench.CircuitStats, "circuit: stats (statistics contribution) or lr (HLR gradient)")
	prove.Flags().IntVar(&pcfg.Rows, "rows", 303, "table rows (the circuit is made for exactly this many)")
	prove.Flags().StringVar(&pcfg.Data, "data", "", "data file of the schema (default: for heart-disease ../shared/data/heart-disease/processed.cleveland.data, for another schema seeded synthetic rows)")
	prove.Flags().StringVar(&schemaArg, "schema", "", "the table's schema, a built-in name or a schema file (default heart-disease)")
	prove.Flags().BoolVar(&pJSON, "json", false, "print the result as one JSON object on stdout")

	var tcfg bench.TriplesConfig
	var tJSON bool
	triples := &cobra.Command{
		Use:   "triples",
		Short: "Measure MASCOT multiplication-triple generation",
		Long: `bench triples runs --parties parties on this machine, each with its own TLS
host on 127.0.0.1, sets up one MASCOT session and generates --count
authenticated triples (with combining and sacrificing), then opens a sample
to check a·b = c. Set-up is timed apart; triples_per_second counts
generation only, and bytes_per_triple is what one party sends per triple.

With --json, stdout carries one JSON object:
  {"parties", "count", "seconds", "setup_seconds", "triples_per_second", "bytes_per_triple"}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			tcfg.Progress = func(l string) { fmt.Fprintln(os.Stderr, l) }
			r, err := bench.Triples(cmd.Context(), tcfg)
			if err != nil {
				return err
			}
			if tJSON {
				return writeJSON(os.Stdout, r)
			}
			fmt.Printf("%d parties: %d triples in %.2f s (set-up %.2f s): %.0f triples/s, %.0f bytes per triple per party\n",
				r.Parties, r.Count, r.Seconds, r.SetupSeconds, r.TriplesPerSecond, r.BytesPerTriple)
			return nil
		},
	}
	triples.Flags().IntVar(&tcfg.Parties, "parties", 2, "number of parties")
	triples.Flags().IntVar(&tcfg.Count, "count", 100_000, "triples to generate")
	triples.Flags().BoolVar(&tJSON, "json", false, "print the result as one JSON object on stdout")

	var icfg bench.InferConfig
	var iJSON bool
	var modelFile string
	inf := &cobra.Command{
		Use:   "infer",
		Short: "Time one private inference of a logistic model against the same inference in the clear",
		Long: `bench infer splits a logistic-regression model into additive shares among
--nodes serving nodes and runs private inferences (package infer: one MASCOT
session among the client and the nodes, in which only the client learns the
logit) with each party on its own TLS host on 127.0.0.1, as separate nodes
would have. In the same run, over the same hosts, it times the plain
inference it replaces: the client sends its row to one node, which evaluates
the model in the clear and sends back the probability. Both timings include
opening the session's TLS links; each runs --repeat times on fresh rows and
the medians are reported. The model has --features features (default 20,
the width of the heart-disease encoding) and is fit by Newton's method to
seeded synthetic data, or is --model FILE, a trained lr or hlr model as
twopm model get writes it (the rows are then synthetic standardized rows of
its width: the timings do not depend on their values). Every private probability is checked against the
plain one within the fixed-point error bound, and every plain one against
the model's own prediction.

With --json, stdout carries one JSON object:
  {"nodes", "features", "repeat", "private_seconds", "plain_seconds",
   "ratio_vs_plain", "private_bytes_sent", "triples"}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			icfg.Progress = func(l string) { fmt.Fprintln(os.Stderr, l) }
			if modelFile != "" {
				var b modelBundle
				body, err := os.ReadFile(modelFile)
				if err != nil {
					return err
				}
				if err := json.Unmarshal(body, &b); err != nil {
					return fmt.Errorf("bench infer: %s is not a model file: %w", modelFile, err)
				}
				icfg.Model = &b.Artifact.Model
			}
			r, err := bench.Infer(cmd.Context(), icfg)
			if err != nil {
				return err
			}
			if iJSON {
				return writeJSON(os.Stdout, r)
			}
			fmt.Printf("%d nodes, %d features: private %.4f s (%d bytes sent, %d triples), plain %.4f s: %.1f× plain\n",
				r.Nodes, r.Features, r.PrivateSeconds, r.PrivateBytesSent, r.Triples, r.PlainSeconds, r.RatioVsPlain)
			return nil
		},
	}
	inf.Flags().IntVar(&icfg.Nodes, "nodes", 3, "serving nodes holding the model's shares")
	inf.Flags().IntVar(&icfg.Features, "features", 0, "model features (0: the heart-disease encoding's 20)")
	inf.Flags().IntVar(&icfg.Repeat, "repeat", 5, "inferences each way; the medians are reported")
	inf.Flags().BoolVar(&iJSON, "json", false, "print the result as one JSON object on stdout")
	inf.Flags().StringVar(&modelFile, "model", "", "serve this model (a file written by twopm model get) instead of a synthetic one")
	b.AddCommand(agg, triples, prove, inf)
	return b
}
