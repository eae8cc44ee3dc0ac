package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	ainfer "github.com/twopm/twopm/activities/infer"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// newMarket connects the client's chain account to the model market.
func newMarket(ctx context.Context, cfg workers.ChainConfig, s3 workers.S3Config) (*requester.Market, error) {
	for name, addr := range map[string]string{"--model-market": cfg.Market, "--node-registry": cfg.Registry, "--task-escrow": cfg.Escrow} {
		if !common.IsHexAddress(addr) {
			return nil, fmt.Errorf("%s %q is not an address", name, addr)
		}
	}
	// The connection lives as long as the command.
	cl, s, err := cfg.DialAccount(ctx)
	if err != nil {
		return nil, err
	}
	s3c, bucket, err := workers.NewS3(ctx, s3)
	if err != nil {
		return nil, err
	}
	return &requester.Market{Market: chain.NewMarket(cl, common.HexToAddress(cfg.Market)),
		Escrow:   chain.NewEscrow(cl, common.HexToAddress(cfg.Escrow)),
		Registry: chain.NewRegistry(cl, common.HexToAddress(cfg.Registry)),
		Signer:   s, Objects: store.Objects{S3: s3c, Bucket: bucket}}, nil
}

func newModelPublish(g *globals) *cobra.Command {
	var ch chainFlags
	var s3 s3Flags
	var task, price string
	var timeout time.Duration
	var private, asJSON bool
	cmd := &cobra.Command{
		Use:   "publish --task ID --price WEI [--private]",
		Short: "Publish a training task's final model on the model market, priced per inference request",
		Long: `publish registers the final model of training task --task on the model market
contract, by its artifact hash, which the contract checks against the result
the task recorded on chain. Anyone can then pay --price wei per inference
request; the payment is escrowed per request and, on delivery, split among the
hospitals that trained the model in proportion to their accepted (paid)
contributions to the task, which the contract counts itself. A request the
network does not answer within --timeout can be refunded.

Only the account that paid for the training task may publish its model, and
only once the task is settled. A model has one live listing at a time:
publishing it again on the same terms prints the same ID; to change the terms,
twopm model retire it first. The model's card (schema, feature encoding,
serving nodes; not its weights) is written to the artifact store at
published/<MODEL-ID>.json, where clients read it.

With --private the model is served only privately: its weights are split into
additive shares, one per serving node (the model's hospitals), each handed to
its node over a mutually authenticated TLS link (workflow ShareModel); a
client's input and the weights then never appear in the clear anywhere (see
twopm infer). Private inference evaluates logistic models (lr, hlr).

Prints the model ID, or with --json {"model_id", "card", "holders": [{"node",
"address", "weight"}], "shares"}.`,
		Args: cobra.NoArgs,
		RunE: g.withClient(func(cmd *cobra.Command, _ []string, c *requester.Client) error {
			if task == "" || price == "" {
				return errors.New("model publish: --task ID and --price WEI are required")
			}
			wei, ok := new(big.Int).SetString(price, 10)
			if !ok || wei.Sign() <= 0 {
				return fmt.Errorf("model publish: --price %q is not a positive number of wei", price)
			}
			m, err := newMarket(cmd.Context(), ch.config(), s3.config())
			if err != nil {
				return err
			}
			c.Market = m
			pub, err := c.PublishModel(cmd.Context(), task, requester.PublishOptions{PriceWei: wei, Timeout: timeout, Private: private})
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "model %d published: %s model of task %s round %d, %s wei per request, served by %s%s\n",
				pub.ModelID, pub.Card.Kind, task, pub.Card.Round, wei, strings.Join(pub.Card.Nodes, ", "),
				map[bool]string{true: " (private: weights shared)", false: ""}[private])
			if asJSON {
				return writeJSON(os.Stdout, pub)
			}
			fmt.Println(pub.ModelID)
			return nil
		}),
	}
	cmd.Flags().StringVar(&task, "task", "", "the training task whose final model to publish")
	cmd.Flags().StringVar(&price, "price", "", "price of one inference request, in wei")
	cmd.Flags().DurationVar(&timeout, "timeout", 5*time.Minute, "how long the network has to answer a request before it may be refunded")
	cmd.Flags().BoolVar(&private, "private", false, "serve the model privately only: share its weights among its nodes")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the published model as JSON")
	ch.register(cmd.Flags())
	s3.register(cmd.Flags())
	return cmd
}

func newModelRetire(g *globals) *cobra.Command {
	var ch chainFlags
	var s3 s3Flags
	var id uint64
	cmd := &cobra.Command{
		Use:   "retire --model ID",
		Short: "Stop a published model from taking requests",
		Long: `retire stops published model --model from taking new inference requests;
requests already paid are still answered or refunded. Only the model's
publisher may retire it. A task's model has one live listing at a time: to
change its price, timeout or mode, retire it and publish it again.`,
		Args: cobra.NoArgs,
		RunE: g.withClient(func(cmd *cobra.Command, _ []string, c *requester.Client) error {
			if id == 0 {
				return errors.New("model retire: --model ID is required")
			}
			var err error
			if c.Market, err = newMarket(cmd.Context(), ch.config(), s3.config()); err != nil {
				return err
			}
			if err := c.RetireModel(cmd.Context(), id); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "model %d retired\n", id)
			return nil
		}),
	}
	cmd.Flags().Uint64Var(&id, "model", 0, "ID of the published model")
	ch.register(cmd.Flags())
	s3.register(cmd.Flags())
	return cmd
}

// inferReport is the output of infer --json and demo infer --json.
type inferReport struct {
	Prediction  float64                  `json:"prediction"` // probability of the positive class
	Class       int                      `json:"class"`
	Private     bool                     `json:"private"`
	Seconds     float64                  `json:"seconds"`
	PaidWei     string                   `json:"paid_wei"`
	RequestID   uint64                   `json:"request_id"`
	ModelID     uint64                   `json:"model_id"`
	Logit       float64                  `json:"logit,omitempty"`
	Nodes       []string                 `json:"nodes"`
	Payments    []workflows.InferPayment `json:"payments"`
	BytesSent   int64                    `json:"bytes_sent,omitempty"`
	TrainTaskID string                   `json:"train_task_id,omitempty"`
	// PlainPrediction is, in demo infer, the model's own prediction for the
	// row, computed by the demo from the artifact, to compare with.
	PlainPrediction *float64 `json:"plain_prediction,omitempty"`
}

func report(out requester.InferOutcome, took time.Duration) inferReport {
	return inferReport{Prediction: out.Prediction.Probability, Class: out.Prediction.Class, Private: out.Private,
		Seconds: took.Seconds(), PaidWei: out.PaidWei, RequestID: out.RequestID, ModelID: out.ModelID, Logit: out.Logit,
		Nodes: out.Nodes, Payments: out.Payments, BytesSent: out.BytesSent}
}

func printInfer(r inferReport) {
	mode := "plain"
	if r.Private {
		mode = "private"
	}
	fmt.Printf("model %d request %d (%s): probability %.6f, class %d; %.3f s; %s wei paid to %d data holders\n",
		r.ModelID, r.RequestID, mode, r.Prediction, r.Class, r.Seconds, r.PaidWei, len(r.Payments))
}

func newInfer(g *globals) *cobra.Command {
	var ch chainFlags
	var s3 s3Flags
	var modelID uint64
	var input string
	var private, asJSON bool
	cmd := &cobra.Command{
		Use:   "infer --model ID --input ROW.csv [--private]",
		Short: "Pay for one prediction of a published model",
		Long: `infer asks published model --model for a prediction on one row: --input is a
file holding one row in the model's schema, read as a node reads its table:
comma-separated, with a header (columns matched by name, in any order, extra
columns ignored) or without one (schema order), the schema's missing texts
for a missing value; the label column may be missing. The row is encoded as the model
was trained (its card's encoding) before anything is paid; then the price is
paid into the model market contract, where it is held for the request, and the
network answers: the payment goes to the model's hospitals on delivery, or
back to this account if the network fails (refunded and withdrawn at once) or
does not answer within the model's timeout.

Plain mode: the first serving node that answers evaluates the model on the row;
it and the network's Temporal server see the row. The request's commitment on
chain binds the row, and the serving node checks it.

--private: nothing is revealed to anyone but this client. It secret-shares the
encoded row into one MASCOT session with the serving nodes, which hold the
weights only as additive shares (with a MAC that catches a node altering its
share); inner products are computed with Beaver triples and the logit is opened
to this client alone, which applies the sigmoid (exact: the logit and the
probability carry the same information). The request commits on chain to this
client's one-time TLS key, and every node checks it before it joins, so no one
else can take the answer. A party that cheats makes the session abort, and the
request is refunded. The prediction equals the plain one to about 1e-4 (16
fractional bits per feature and weight; see package infer).

Prints one line, or with --json {"prediction", "class", "private", "seconds",
"paid_wei", "request_id", "model_id", "logit" (private), "nodes",
"payments": [{"address", "paid_wei"}], "bytes_sent" (private)}.`,
		Args: cobra.NoArgs,
		RunE: g.withClient(func(cmd *cobra.Command, _ []string, c *requester.Client) error {
			if modelID == 0 || input == "" {
				return errors.New("infer: --model ID and --input ROW.csv are required")
			}
			row, err := readRow(input)
			if err != nil {
				return err
			}
			if c.Market, err = newMarket(cmd.Context(), ch.config(), s3.config()); err != nil {
				return err
			}
			start := time.Now()
			out, err := c.Infer(cmd.Context(), requester.InferOptions{ModelID: modelID, Input: row, Private: private})
			if err != nil {
				return err
			}
			r := report(out, time.Since(start))
			if asJSON {
				return writeJSON(os.Stdout, r)
			}
			printInfer(r)
			return nil
		}),
	}
	cmd.Flags().Uint64Var(&modelID, "model", 0, "ID of the published model")
	cmd.Flags().StringVar(&input, "input", "", "file with the one row to predict")
	cmd.Flags().BoolVar(&private, "private", false, "private inference: reveal neither the row nor the weights")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON")
	ch.register(cmd.Flags())
	s3.register(cmd.Flags())
	return cmd
}

// maxRowFile bounds the file infer reads its one row from.
const maxRowFile = 1 << 20

// readRow reads the file of the one row to predict (with or without a
// header line; the client reads it with the model's schema).
func readRow(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer func() { _ = f.Close() }() // read-only
	b, err := io.ReadAll(io.LimitReader(f, maxRowFile+1))
	if err != nil {
		return "", err
	}
	if len(b) > maxRowFile {
		return "", fmt.Errorf("infer: %s is over %d bytes; a request predicts one row", path, maxRowFile)
	}
	return string(b), nil
}

// demoInferPriceWei is what one demo inference request pays: 0.00001 ether.
const demoInferPriceWei = "10000000000000"

func newDemoInfer(g *globals) *cobra.Command {
	var nf netFlags
	var rounds int
	var input, schemaArg string
	var private, asJSON, keep bool
	var inject, nodeFlags []string
	cmd := &cobra.Command{
		Use:   "infer [--private] [--schema FILE --node ID=SOURCE ...]",
		Short: "Start the local network, train and publish a model, pay for one prediction",
		Long: `demo infer starts the local network with the four heart-disease hospitals, trains
a logistic regression across them (--rounds rounds, paid through escrow),
publishes the final model on the model market at 0.00001 ether per request
(--private: served privately, its weights shared among the hospitals),
and then, as a user with an account of its own, pays for one prediction on one
row: the first row of --input, or by default of the Cleveland hospital's file
(its label is not used).

--schema FILE --node ID=SOURCE [--node ...] runs it on hospitals of your own
instead, as demo train does: the model predicts the label the schema declares,
and the row comes from --input (a file of the schema, with or without a
header), by default the first node's file.

With --inject bad-share=NODE or bad-mac=NODE (private mode), that node cheats
in the session: the MAC check aborts it, no prediction is revealed, and the
payment is refunded; the demo then fails with the network's error.

With --json, stdout carries one JSON object:
  {"prediction", "class", "private", "seconds", "paid_wei", "request_id",
   "model_id", "logit" (private), "nodes", "payments", "bytes_sent" (private),
   "train_task_id", "plain_prediction"}
where seconds is the request's latency (from paying to the answer) and
plain_prediction is the model's own prediction for the row, computed by the
demo from the model artifact, to compare with. Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			data := "heart-disease"
			nodes, own, err := trainingNodes("demo infer", nodeFlags, schemaArg, nf.cfg.StateDir, demoSeed)
			if err != nil {
				return err
			}
			if own != "" {
				data = own
			} else if nodes, err = devnet.TrainingNodes(data, nf.cfg.DataDir, demoHoldout, demoSeed); err != nil {
				return err
			}
			sc, err := demoSchema(schemaArg, data)
			if err != nil {
				return err
			}
			faults, err := parseInject(inject)
			if err != nil {
				return err
			}
			if len(faults) > 0 && (!private || len(mpcFaults(faults)) != len(faults)) {
				return errors.New("--inject: demo infer takes bad-share=NODE or bad-mac=NODE, with --private")
			}
			if input == "" && nodes[0].Data == "" {
				return fmt.Errorf("demo infer: node %s reads no file to take a row from: give --input", nodes[0].ID)
			}
			if input == "" {
				input = nodes[0].Data
			}
			row, err := firstRow(input, sc)
			if err != nil {
				return err
			}
			// The cheaters cheat in inference only: the training that
			// makes the model stays honest.
			for node, f := range faults {
				faults[node] = ainfer.FaultPrefix + f
			}
			nf.cfg.Nodes, nf.cfg.Inject = nodes, faults
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
			spec := workflows.TrainSpec{Schema: data, Model: workflows.ModelLR, Requester: "demo", Rounds: rounds, MinNodes: 3, PaymentWei: demoRoundPaymentWei}
			for _, n := range nodes {
				spec.Nodes = append(spec.Nodes, n.ID)
			}
			id, err := c.SubmitTraining(ctx, "", spec)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "training task %s submitted: %s/namespaces/%s/workflows/%s\n", id, net.UIURL, g.namespace, workflows.TaskWorkflowID(id))
			res, err := followTraining(ctx, c, id)
			if err != nil {
				return err
			}
			s3 := workers.S3Config{Endpoint: net.S3Endpoint, AccessKey: net.Config.S3AccessKey, SecretKey: net.Config.S3SecretKey}
			cfg := workers.ChainConfig{RPC: net.ChainRPC, ChainID: devchain.ChainID, Escrow: net.Contracts.TaskEscrow.Hex(),
				Registry: net.Contracts.NodeRegistry.Hex(), Market: net.Contracts.Market.Hex(), DevKey: devnet.RequesterKey}
			if c.Market, err = newMarket(ctx, cfg, s3); err != nil {
				return err
			}
			wei, _ := new(big.Int).SetString(demoInferPriceWei, 10)
			pub, err := c.PublishModel(ctx, id, requester.PublishOptions{PriceWei: wei, Private: private})
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "model %d published (%s wei per request, private %v), served by %s\n", pub.ModelID, wei, private, strings.Join(pub.Card.Nodes, ", "))
			plain, err := plainPrediction(ctx, c.Market.Objects, res, row)
			if err != nil {
				return err
			}
			// The user pays from an account of its own.
			cfg.DevKey = devnet.UserKey
			if c.Market, err = newMarket(ctx, cfg, s3); err != nil {
				return err
			}
			start := time.Now()
			out, err := c.Infer(ctx, requester.InferOptions{ModelID: pub.ModelID, Input: row, Private: private})
			if err != nil {
				return err
			}
			r := report(out, time.Since(start))
			r.TrainTaskID, r.PlainPrediction = id, &plain
			fmt.Fprintf(os.Stderr, "the model's own prediction for the row: %.6f (difference %.2g)\n", plain, math.Abs(plain-r.Prediction))
			if asJSON {
				err = writeJSON(os.Stdout, r)
			} else {
				printInfer(r)
			}
			if err != nil || !keep {
				return err
			}
			fmt.Fprintln(os.Stderr, "network kept running; press Ctrl-C to stop")
			return net.Wait(ctx)
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().IntVar(&rounds, "rounds", 10, "training rounds")
	cmd.Flags().StringVar(&input, "input", "", "file whose first row to predict (default: the first node's file)")
	cmd.Flags().StringVar(&schemaArg, "schema", "", "the schema of the --node sources: a schema file declaring a label")
	cmd.Flags().StringArrayVar(&nodeFlags, "node", nil, "ID=SOURCE: a hospital node reading SOURCE, a CSV file, a source file (.yaml) or postgres://…?table=NAME; repeatable (default: the heart-disease hospitals)")
	cmd.Flags().BoolVar(&private, "private", false, "publish the model for private inference and query it privately")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as one JSON object on stdout")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the network running afterwards, until Ctrl-C")
	cmd.Flags().StringArrayVar(&inject, "inject", nil, "bad-share=NODE or bad-mac=NODE: NODE cheats in the private session (repeatable)")
	return cmd
}

// firstRow returns the first row of path, a file of schema s with or
// without a header, as a line in schema order (dataset.Schema.FormatRow).
func firstRow(path string, s dataset.Schema) (string, error) {
	t, err := dataset.ReadFile(path, s)
	if err != nil {
		return "", err
	}
	return s.FormatRow(t.Rows[0])
}

// plainPrediction is the final model's own prediction for row.
func plainPrediction(ctx context.Context, obj store.Objects, res workflows.TrainResult, row string) (float64, error) {
	var art train.ModelArtifact
	if err := obj.GetJSON(ctx, res.Final, &art); err != nil {
		return 0, err
	}
	var enc dataset.Encoding
	if err := obj.GetJSON(ctx, art.Encoding, &enc); err != nil {
		return 0, err
	}
	schema, err := obj.Schemas().Resolve(ctx, art.Schema)
	if err != nil {
		return 0, err
	}
	x, err := ainfer.EncodeRow(row, schema, enc)
	if err != nil {
		return 0, err
	}
	return art.Model.Predict(x), nil
}
