package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/baseline"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// Demo training defaults: the consortium's common test split, on which
// the accuracy targets are judged.
const (
	demoHoldout = 0.2
	demoSeed    = 1
)

// trainReport is the output of demo train --json.
type trainReport struct {
	TaskID              string                   `json:"task_id"`
	Dataset             string                   `json:"dataset"`
	Model               string                   `json:"model"`
	SplitSeed           uint64                   `json:"split_seed"`
	Rounds              int                      `json:"rounds"`
	Stopped             string                   `json:"stopped"`
	Accuracy            float64                  `json:"accuracy"`
	AUC                 float64                  `json:"auc"`
	Loss                float64                  `json:"loss"`
	CentralizedAccuracy float64                  `json:"centralized_accuracy"`
	CentralizedAUC      float64                  `json:"centralized_auc"`
	CentralizedLoss     float64                  `json:"centralized_loss"`
	TestRows            int                      `json:"test_rows"`
	TrainRows           int                      `json:"train_rows"`
	ModelArtifact       string                   `json:"model_artifact"`
	ReportArtifact      string                   `json:"report_artifact"`
	SecondsPerRound     float64                  `json:"seconds_per_round"`
	History             []workflows.RoundMetrics `json:"history"`
	Coefficients        *model.Coefficients      `json:"coefficients,omitempty"`
	// Report is, for hlr, the coefficient table on the features'
	// original scale: {"terms": [{"name", "estimate", "std_error", "z",
	// "p"}], "rows"}, as the task's stored report holds it.
	Report *model.Summary        `json:"report,omitempty"`
	Chain  *workflows.Settlement `json:"chain,omitempty"`
	// Unproven are the nodes a proven task left out because a proof of
	// theirs did not verify.
	Unproven []workflows.UnprovenNode `json:"unproven,omitempty"`
	// DP is a DP task's privacy, in all.
	DP *workflows.DP `json:"dp,omitempty"`
}

// demoRoundPaymentWei is what the training demo pays each hospital per
// round it contributes to: 0.0001 ether.
const demoRoundPaymentWei = "100000000000000"

func newDemoTrain(g *globals) *cobra.Command {
	var nf netFlags
	var data, kind string
	var rounds int
	var asJSON, keep bool
	var inject, nodeFlags []string
	var unproven bool
	var splitSeed uint64
	var schemaArg string
	var labelArg, featuresArg, missing string
	var ridge float64
	var dpf dpFlags
	cmd := &cobra.Command{
		Use:   "train [--schema FILE --node ID=SOURCE ...] [--label COL[=LEVEL,...]] [--features a,b,c] [--missing omit|impute] [--ridge R] [--dp-epsilon E [--dp-delta D]]",
		Short: "Start the local network, train a model across hospitals, compare it with centralized training",
		Long: `demo train starts the local network with the nodes of --dataset and runs one
training task: heart-disease has the four hospitals as they are (label num > 0);
breast-cancer, one file, is dealt to three simulated hospitals (hospital-a, -b,
-c) by a seeded, stratified split. Every node holds out 20% of its rows (seeded,
stratified; for breast-cancer before the split into hospitals) as the
consortium's common test split and never trains on them. --split-seed seeds
both splits; the default, 1, is the split the accuracy targets are judged on,
and other seeds evaluate the same task on other test splits, each fixed before
training.

The task first computes federated statistics that standardize the features and
impute missing values, then trains --model round by round: lr (logistic
regression) and mlp (one hidden layer) by FedAvg, with early stopping on the
securely aggregated validation loss; hlr by Newton's method on the securely
aggregated gradient and Hessian with a ridge of 1 (--ridge: the plain maximum-
likelihood fit does not exist on either data set), reporting coefficients,
standard errors, z, p-values and odds ratios with 95% intervals. The demo then trains the same model with the same
hyperparameters on the pooled training rows, and scores both on the test split.

Each hospital is paid 0.0001 ether per round it contributes to, through the
task contract. hlr on heart-disease is proven: every round, each hospital
proves in zero knowledge (circuit hlr-heart-disease-v1, about 25 s per proof on
2 cores) that the gradient it fed the secure aggregation was computed from the
table it registered on chain, at the round's coefficients; the chain verifies
each proof and pays only the rounds whose proofs verify. A proven task holds
about one row in five out for validation, drawn by a keyed hash of the row's
position under a key fixed after the preparation round (the circuit checks
the flags), and stops once no coefficient moves more than 1e-4, the
resolution of its fixed-point arithmetic, while the proven gradient is near
zero (a stalled step with a large gradient fails as HessianInconsistent).
With --inject bad-proof=NODE (repeatable) that node's proofs are corrupted:
the coordinator finds the first one invalid, the round runs again without
that node, which stays out (named under "unproven") and is not paid. With
--unproven it trains as the other models do, without proofs.

With --schema FILE and --node ID=SOURCE (repeatable, at least 3) the hospitals
are yours, as in demo stats: each node reads SOURCE (a CSV file, a source file
or postgres://…?table=NAME) and holds out 20% of its rows as the test split;
the model predicts the label the schema file declares (or --label's); the task
is paid, and for hlr on the schema's label and every other column, imputed,
proven: the demo derives the schema's hlr circuit for the largest node's rows
(as twopm circuits register does for a network), sets it up with the dev SRS
and registers its key before the task starts. "dataset" is the schema's
NAME@HASH. The common test split is stratified by the label the schema
declares, which it must.

--label COL trains on another label column, categorical: a column of two
levels counts its second as positive (the first is the reference, as in R),
and COL=LEVEL[,LEVEL] names the positive levels. --features a,b,c trains on
those columns only, in that order (default: every column but the label and
the identifiers the schema marks). --missing omit leaves out every row that misses the label or a
feature (complete-case analysis, R's glm default) instead of imputing it
(impute, the default). --ridge R is hlr's ridge (default 1; 0 is the plain
maximum-likelihood fit, which fails saying which columns are collinear or
separate the classes where the estimate does not exist). hlr with these flags
is proven where a circuit covers the task: on heart-disease, the named
circuit for the schema's label and any of its features; on a schema of
yours (--schema), the circuit derived for the task's label and features,
which the demo registers. With --missing omit it is unproven. Without these
flags the demo trains as described above.

With --dp-epsilon E [--dp-delta D] (lr or mlp) the model is ε-differentially
private for E in all: there are no statistics first (the features are scaled
by their schema ranges), and each round spends E/rounds of every hospital's
privacy budget. Each round is one step of gradient descent (learning rate
3): every hospital clips each training row's gradient to L1 norm 1
(clip_norm), sends the mean and its row count, which MASCOT checks as a
clipped update, and adds discrete Laplace noise to the sum inside MASCOT
before it is opened. No round is scored on the hospitals' rows (the scores
would be exact), so none are held out for validation: every round runs, and
the last model is the result. The centralized model beside it is the
ordinary one, trained without noise on the training rows less its
validation rows ("train_rows").

With --json, stdout carries one JSON object:
  {"task_id", "rounds", "accuracy", "auc", "loss", "centralized_accuracy",
   "model_artifact", "dataset", "model", "split_seed", "stopped", "centralized_auc",
   "centralized_loss", "test_rows", "train_rows", "report_artifact", "seconds_per_round",
   "history": [...], "coefficients" (hlr, on the standardized features),
   "report" (hlr, once converged: {"terms": [{"name", "estimate", "std_error", "z",
   "p"}], "rows"}, the coefficients on the features' original scale, named
   after their columns and levels, e.g. "sex=1", and the rows the fit used),
   "chain" (a paid task), "dp" (a DP task: {"epsilon", "delta", "mechanism"}),
   "unproven" (nodes left out of a proven task: node, round, attempt, reason)}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			nodes, own, err := trainingNodes("demo train", nodeFlags, schemaArg, nf.cfg.StateDir, splitSeed)
			if err != nil {
				return err
			}
			if own != "" {
				data = own
			} else if nodes, err = devnet.TrainingNodes(data, nf.cfg.DataDir, demoHoldout, splitSeed); err != nil {
				return err
			}
			if !slices.Contains(workflows.Models, kind) {
				return fmt.Errorf("--model %q: want one of %s", kind, strings.Join(workflows.Models, ", "))
			}
			faults, err := parseInject(inject)
			if err != nil {
				return err
			}
			if len(mpcFaults(faults)) > 0 {
				return errors.New("--inject: demo train takes bad-proof=NODE only")
			}
			nf.cfg.Nodes, nf.cfg.Inject = nodes, faults
			cols, err := taskColumns(cmd, labelArg, featuresArg, missing, ridge)
			if err != nil {
				return err
			}
			// Check the columns against the schema before the network starts.
			sc, err := demoSchema(schemaArg, data)
			if err != nil {
				return err
			}
			if _, err := train.Resolve(cols, sc); err != nil {
				return err
			}
			pre := cols
			pre.Model = kind
			if pre.DP, err = dpf.spec(cmd, "demo train"); err != nil {
				return err
			}
			if err := pre.WithDefaults().Validate(); err != nil {
				return err
			}
			// hlr is proven with a named circuit that covers the task's
			// label and features (train.Covers); on a schema of the user's,
			// with the derived circuit of the task's label and features,
			// registered once the nodes have registered their tables
			// (demoCircuit). Other tasks are unproven.
			pre.Schema = data
			var proven setup.Version
			ok := false
			for _, v := range setup.Versions {
				if !v.Test && train.Covers(v, pre, sc) == nil {
					proven, ok = v, true
					break
				}
			}
			derive := !ok && schemaArg != "" && kind == workflows.ModelHLR && !unproven && pre.WithDefaults().Missing != workflows.MissingOmit
			if derive {
				ok = true
			}
			if !ok && len(faults) > 0 && kind == workflows.ModelHLR && pre.WithDefaults().Missing == workflows.MissingOmit {
				return errors.New("--inject bad-proof needs proofs: --missing omit leaves rows out, which no circuit proves")
			}
			if ok && unproven {
				if len(faults) > 0 {
					return errors.New("--inject bad-proof needs proofs: drop --unproven")
				}
				ok = false
			}
			if ok && !derive {
				nf.cfg.Circuits = []string{proven.ID}
			} else if !ok && len(faults) > 0 {
				return fmt.Errorf("--inject bad-proof: %s training on %s is not proven", kind, data)
			}
			net, c, stop, err := nf.startDemo(ctx, g)
			if err != nil {
				return err
			}
			defer stop()
			if err := demoPayer(ctx, c, net); err != nil {
				return err
			}
			if unproven {
				c.Payer.Verifiers = nil // the client proves what it knows a verifier for
			}
			if c.Schemas, err = netSchemas(ctx, net); err != nil {
				return err
			}
			if derive {
				// The circuit of the task's own label and features.
				task, err := train.Resolve(pre, sc)
				if err != nil {
					return err
				}
				hlrOf := func(rows int) (setup.Version, error) { return setup.HLRWith(sc, rows, task.Label, task.Features) }
				if proven, err = demoCircuit(ctx, c, net, sc, hlrOf); err != nil {
					return err
				}
			}
			spec := cols
			spec.Schema, spec.Model, spec.Requester, spec.Rounds, spec.MinNodes, spec.PaymentWei = data, kind, "demo", rounds, 3, demoRoundPaymentWei
			spec.DP = pre.DP
			if kind == workflows.ModelHLR {
				// A small ridge keeps the Newton fit defined where features
				// are collinear or separate the classes, as in both data
				// sets (missing-value indicators that coincide; breast
				// cancer's near-duplicate measurements).
				spec.Params.L2 = 1
			}
			for _, n := range nodes {
				spec.Nodes = append(spec.Nodes, n.ID)
			}
			if ok && net.Contracts.Verifiers[proven.ID] != (common.Address{}) {
				// As the requester's client would set it, so that the
				// baseline holds out the same rows as the nodes.
				spec.Circuit = proven.ID
			}
			start := time.Now()
			id, err := c.SubmitTraining(ctx, "", spec)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s submitted: %s/namespaces/%s/workflows/%s\n", id, net.UIURL, g.namespace, workflows.TaskWorkflowID(id))
			res, err := followTraining(ctx, c, id)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s done in %s: %d rounds (%s)\n", id, time.Since(start).Round(10*time.Millisecond), res.Rounds, res.Stopped)
			objects, err := netObjects(ctx, net)
			if err != nil {
				return err
			}
			rep, err := evaluateTraining(ctx, objects, res, spec, nodes, c.Schemas)
			if err != nil {
				return err
			}
			rep.Dataset, rep.SplitSeed = data, splitSeed
			if asJSON {
				err = writeJSON(os.Stdout, rep)
			} else {
				printTraining(os.Stdout, res)
				fmt.Printf("\nheld-out test split (seed %d, %d rows): federated accuracy %.4f, AUC %.4f, loss %.4f; centralized accuracy %.4f, AUC %.4f, loss %.4f\n",
					rep.SplitSeed, rep.TestRows, rep.Accuracy, rep.AUC, rep.Loss, rep.CentralizedAccuracy, rep.CentralizedAUC, rep.CentralizedLoss)
			}
			if err != nil || !keep {
				return err
			}
			fmt.Fprintln(os.Stderr, "network kept running; press Ctrl-C to stop")
			return net.Wait(ctx)
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().StringVar(&data, "dataset", "heart-disease", "heart-disease or breast-cancer")
	cmd.Flags().StringVar(&schemaArg, "schema", "", "the schema of the --node sources: a schema file declaring a label")
	cmd.Flags().StringArrayVar(&nodeFlags, "node", nil, "ID=SOURCE: a hospital node reading SOURCE, a CSV file, a source file (.yaml) or postgres://…?table=NAME; repeatable (default: the nodes of --dataset)")
	cmd.Flags().StringVar(&kind, "model", workflows.ModelLR, "lr, mlp or hlr")
	cmd.Flags().IntVar(&rounds, "rounds", 0, "most rounds (0: the task default, 30)")
	cmd.Flags().Uint64Var(&splitSeed, "split-seed", demoSeed, "seed of the held-out test split (and of breast-cancer's split into hospitals)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object on stdout")
	cmd.Flags().BoolVar(&keep, "keep", false, "keep the network running after the task, until Ctrl-C")
	cmd.Flags().StringArrayVar(&inject, "inject", nil, "bad-proof=NODE: corrupt NODE's proofs of a proven task (hlr on heart-disease); repeatable")
	cmd.Flags().StringVar(&labelArg, "label", "", "COL or COL=LEVEL[,LEVEL]: the label column to predict and its positive levels (default: the schema's label)")
	cmd.Flags().StringVar(&featuresArg, "features", "", "a,b,c: the feature columns (default: every column but the label and a sample id)")
	cmd.Flags().StringVar(&missing, "missing", "", "omit: leave out rows missing the label or a feature; impute (default): impute missing features")
	cmd.Flags().Float64Var(&ridge, "ridge", 1, "hlr's ridge; 0 is the plain maximum-likelihood fit")
	dpf.register(cmd.Flags(), "model")
	cmd.Flags().BoolVar(&unproven, "unproven", false, "train without zero-knowledge proofs where a circuit exists (hlr on heart-disease: seconds a round instead of about 3 minutes; the nodes are paid on the coordinator's word)")
	return cmd
}

// followTraining prints each finished round to stderr and returns the
// result.
func followTraining(ctx context.Context, c *requester.Client, id string) (workflows.TrainResult, error) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		last := ""
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			st, err := c.Status(ctx, id)
			if err != nil {
				continue
			}
			line := fmt.Sprintf("round %d attempt %d: %s", st.Progress.Round, st.Progress.Attempt, st.Progress.Phase)
			if line != last {
				fmt.Fprintln(os.Stderr, line)
				last = line
			}
		}
	}()
	return c.TrainingResult(ctx, id, true)
}

// evaluateTraining scores the task's final model and the centralized
// baseline on the common test split. The baseline pools the training rows
// of the nodes the model holds: a node left out as unproven adds its test
// rows only.
func evaluateTraining(ctx context.Context, obj store.Objects, res workflows.TrainResult, spec workflows.TrainSpec, nodes []devnet.Node, schemas dataset.Catalog) (trainReport, error) {
	schema, err := schemas.Resolve(ctx, spec.Schema)
	if err != nil {
		return trainReport{}, err
	}
	var enc dataset.Encoding
	if err := obj.GetJSON(ctx, res.Encoding, &enc); err != nil {
		return trainReport{}, err
	}
	var art train.ModelArtifact
	if err := obj.GetJSON(ctx, res.Final, &art); err != nil {
		return trainReport{}, err
	}
	left := map[string]bool{}
	for _, u := range res.Unproven {
		left[u.Node] = true
	}
	var bn []baseline.Node
	for _, n := range nodes {
		v := compute.View{Holdout: n.Holdout, Seed: n.SplitSeed}
		if n.Part != "" {
			if err := v.SetPart(n.Part); err != nil {
				return trainReport{}, fmt.Errorf("node %s: %w", n.ID, err)
			}
		}
		b := baseline.Node{Data: n.Data, View: v, Holdout: train.HoldoutKey(res.TaskID, res.Encoding.SHA256), Left: left[n.ID]}
		if n.Source != "" {
			if b.Source, err = source.Load(n.Source); err != nil {
				return trainReport{}, fmt.Errorf("node %s: %w", n.ID, err)
			}
		}
		bn = append(bn, b)
	}
	// The centralized model is the ordinary one, with its validation
	// rows: beside a DP task's (which trains on every row), it shows what
	// the privacy costs.
	plain := spec
	plain.DP = nil
	split, err := baseline.Build(bn, schema, plain, enc)
	if err != nil {
		return trainReport{}, err
	}
	central, curve, err := baseline.CentralizedCurve(plain, split, res.Rounds)
	if err != nil {
		return trainReport{}, err
	}
	// task report draws the centralized curve beside the federated one.
	if err := obj.PutAt(ctx, centralizedKey(res.TaskID), curve); err != nil {
		return trainReport{}, err
	}
	fed, cen := baseline.Score(&art.Model, split.Test), baseline.Score(central, split.Test)
	rep := trainReport{TaskID: res.TaskID, Model: res.Model, Rounds: res.Rounds, Stopped: res.Stopped,
		Accuracy: fed.Accuracy, AUC: fed.AUC, Loss: fed.Loss,
		CentralizedAccuracy: cen.Accuracy, CentralizedAUC: cen.AUC, CentralizedLoss: cen.Loss,
		TestRows: split.Test.Rows, TrainRows: split.Train.Rows, ModelArtifact: res.Artifact, ReportArtifact: res.Report, History: res.History,
		Chain: res.Chain, Unproven: res.Unproven, DP: res.DP}
	var secs float64
	for _, h := range res.History {
		secs += h.Seconds
	}
	if len(res.History) > 0 {
		rep.SecondsPerRound = secs / float64(len(res.History))
	}
	l2 := spec.WithDefaults().Params.L2
	if rep.Coefficients, err = train.Coefficients(art, l2); err != nil {
		return trainReport{}, err
	}
	if res.Stopped == workflows.StopConverged {
		// Before convergence the coefficients are not the estimate.
		if rep.Report, err = train.Summarize(art, enc, schema, l2); err != nil {
			return trainReport{}, err
		}
	}
	return rep, nil
}

// demoSchema returns the schema of demo train's nodes: the --schema file,
// or the built-in schema of --dataset.
func demoSchema(schemaArg, data string) (dataset.Schema, error) {
	if schemaArg != "" {
		return loadSchema(schemaArg)
	}
	return dataset.Lookup(data)
}

// taskColumns returns the part of a training spec that the flags --label,
// --features, --missing and --ridge set (demo train, circuits register);
// flags not given leave their fields unset.
func taskColumns(cmd *cobra.Command, label, features, missing string, ridge float64) (workflows.TrainSpec, error) {
	var s workflows.TrainSpec
	if label != "" {
		col, levels, ok := strings.Cut(label, "=")
		s.Label = strings.TrimSpace(col)
		if ok {
			for _, lv := range strings.Split(levels, ",") {
				s.Positive = append(s.Positive, strings.TrimSpace(lv))
			}
		}
		if s.Label == "" {
			return s, fmt.Errorf("--label %q: want COL or COL=LEVEL[,LEVEL]", label)
		}
	}
	if features != "" {
		for _, f := range strings.Split(features, ",") {
			s.Features = append(s.Features, strings.TrimSpace(f))
		}
	}
	switch missing {
	case "", workflows.MissingImpute:
	case workflows.MissingOmit:
		s.Missing = missing
	default:
		return s, fmt.Errorf("--missing %q: want %s or %s", missing, workflows.MissingOmit, workflows.MissingImpute)
	}
	if cmd.Flags().Changed("ridge") {
		s.Ridge = &ridge
	}
	return s, nil
}

// modelBundle is the file model get writes: a model with the encoding it
// needs, enough to predict anywhere.
type modelBundle struct {
	TaskID   string              `json:"task_id"`
	Round    int                 `json:"round"`
	Artifact train.ModelArtifact `json:"artifact"`
	Encoding dataset.Encoding    `json:"encoding"`
}

func newModel(g *globals) *cobra.Command {
	cmd := &cobra.Command{Use: "model", Short: "Fetch trained models, predict with them, publish them for paid inference"}
	var s3 s3Flags
	var round int
	var out string
	get := &cobra.Command{
		Use:   "get TASK-ID -o FILE",
		Short: "Write a training task's model (the final one, or round --round) with its feature encoding to FILE",
		Args:  cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			if out == "" {
				return errors.New("model get: -o FILE is required")
			}
			res, err := c.TrainingResult(cmd.Context(), args[0], false)
			if err != nil {
				return err
			}
			ref := res.Final
			if round != 0 {
				i := slices.IndexFunc(res.History, func(h workflows.RoundMetrics) bool { return h.Round == round })
				if i < 0 {
					return fmt.Errorf("model get: task %s has no round %d (it ran %d)", args[0], round, res.Rounds)
				}
				ref = res.History[i].Model
			}
			s3c, bucket, err := workers.NewS3(cmd.Context(), s3.config())
			if err != nil {
				return err
			}
			obj := store.Objects{S3: s3c, Bucket: bucket}
			b := modelBundle{TaskID: args[0]}
			if err := obj.GetJSON(cmd.Context(), ref, &b.Artifact); err != nil {
				return err
			}
			if err := obj.GetJSON(cmd.Context(), b.Artifact.Encoding, &b.Encoding); err != nil {
				return err
			}
			b.Round = b.Artifact.Round
			body, err := json.MarshalIndent(b, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, append(body, '\n'), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "model of task %s round %d (%s, %d features) written to %s\n", args[0], b.Round, b.Artifact.Model.Kind, b.Artifact.Model.Features, out)
			return nil
		}),
	}
	get.Flags().IntVar(&round, "round", 0, "the model of this round (0: the task's final model)")
	get.Flags().StringVarP(&out, "output", "o", "", "file to write")
	s3.register(get.Flags())

	var modelFile, input string
	var asJSON bool
	predict := &cobra.Command{
		Use:   "predict --model FILE --input CSV",
		Short: "Predict the probability of the positive class for every row of a data file",
		Long: `predict reads a model written by model get and a data file in the model's schema
(comma-separated, no header, '?' for a missing value; the label column may be
'?'), encodes the rows as the model was trained, and prints one line per row:
the row number, the probability of the positive class and the predicted class.
Rows with a label also count toward the accuracy printed on stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if modelFile == "" || input == "" {
				return errors.New("model predict: --model FILE and --input CSV are required")
			}
			body, err := os.ReadFile(modelFile)
			if err != nil {
				return err
			}
			var b modelBundle
			if err := json.Unmarshal(body, &b); err != nil {
				return fmt.Errorf("model predict: %s is not a model file: %w", modelFile, err)
			}
			if err := b.Artifact.Model.Validate(); err != nil {
				return fmt.Errorf("model predict: %s: %w", modelFile, err)
			}
			schema, err := dataset.Lookup(b.Artifact.Schema)
			if err != nil {
				return err
			}
			t, err := dataset.ReadFile(input, schema)
			if err != nil {
				return err
			}
			x, y, labeled, rows, err := b.Encoding.EncodeAll(t)
			if err != nil {
				return err
			}
			d := model.Data{X: x, Y: y, Rows: rows, Cols: b.Artifact.Model.Features}
			if len(b.Encoding.Names(schema)) != d.Cols {
				return fmt.Errorf("model predict: the model takes %d features, its encoding gives %d", d.Cols, len(b.Encoding.Names(schema)))
			}
			p := b.Artifact.Model.PredictAll(d)
			type line struct {
				Row         int     `json:"row"`
				Probability float64 `json:"probability"`
				Class       int     `json:"class"`
			}
			var out []line
			correct, n := 0, 0
			for i, pi := range p {
				class := 0
				if pi >= 0.5 {
					class = 1
				}
				out = append(out, line{Row: i + 1, Probability: pi, Class: class})
				if labeled[i] {
					n++
					if float64(class) == y[i] {
						correct++
					}
				}
			}
			if n > 0 {
				fmt.Fprintf(os.Stderr, "%d of %d labeled rows predicted right (accuracy %.4f)\n", correct, n, float64(correct)/float64(n))
			}
			if asJSON {
				return writeJSON(os.Stdout, out)
			}
			for _, l := range out {
				fmt.Printf("%d\t%.6f\t%d\n", l.Row, l.Probability, l.Class)
			}
			return nil
		},
	}
	predict.Flags().StringVar(&modelFile, "model", "", "model file written by model get")
	predict.Flags().StringVar(&input, "input", "", "data file to predict")
	predict.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of {row, probability, class}")
	cmd.AddCommand(get, predict, newModelPublish(g), newModelRetire(g))
	return cmd
}

// centralizedKey is where demo train leaves the centralized baseline's
// validation curve of a task.
func centralizedKey(taskID string) string { return train.ReportPrefix + taskID + "/centralized.json" }
