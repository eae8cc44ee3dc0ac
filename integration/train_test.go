//go:build integration

package integration

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/baseline"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// TestTrainHLRMatchesPooledNewton runs demo train on breast cancer with
// hlr and checks the federated coefficients against Newton's method on
// the pooled training rows, encoded from statistics computed directly
// from the files, to 1e-6; and the output contract. It does so on the
// published split, where it also checks the accuracy targets, and on the
// split of --split-seed 2, which every node and the baseline must take.
func TestTrainHLRMatchesPooledNewton(t *testing.T) {
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprintf("split seed %d", seed), func(t *testing.T) { checkHLRMatchesPooled(t, seed) })
	}
}

func checkHLRMatchesPooled(t *testing.T, seed uint64) {
	tmp := t.TempDir()
	var rep struct {
		TaskID              string   `json:"task_id"`
		SplitSeed           *uint64  `json:"split_seed"`
		Rounds              int      `json:"rounds"`
		Stopped             string   `json:"stopped"`
		Accuracy            *float64 `json:"accuracy"`
		AUC                 *float64 `json:"auc"`
		Loss                *float64 `json:"loss"`
		CentralizedAccuracy *float64 `json:"centralized_accuracy"`
		ModelArtifact       string   `json:"model_artifact"`
		Chain               *struct {
			EscrowWei string `json:"escrow_wei"`
			RefundWei string `json:"refund_wei"`
			Payments  []struct {
				Node    string `json:"node"`
				PaidWei string `json:"paid_wei"`
			} `json:"payments"`
		} `json:"chain"`
		Coefficients struct {
			Names []string  `json:"names"`
			Coef  []float64 `json:"coef"`
			SE    []float64 `json:"se"`
			P     []float64 `json:"p"`
		} `json:"coefficients"`
	}
	runDemoJSON(t, tmp, 22000, &rep, "demo", "train", "--dataset", "breast-cancer", "--model", "hlr",
		"--split-seed", strconv.FormatUint(seed, 10))
	if rep.TaskID == "" || rep.Accuracy == nil || rep.AUC == nil || rep.Loss == nil || rep.CentralizedAccuracy == nil || rep.ModelArtifact == "" {
		t.Fatalf("output lacks a field: %+v", rep)
	}
	if rep.SplitSeed == nil || *rep.SplitSeed != seed {
		t.Fatalf("split_seed %v, want %d", rep.SplitSeed, seed)
	}
	if rep.Stopped != workflows.StopConverged || rep.Rounds > 15 {
		t.Fatalf("Newton stopped %q after %d rounds", rep.Stopped, rep.Rounds)
	}
	// The targets are set on the published split.
	if (seed == 1 && *rep.Accuracy < 0.95) || math.Abs(*rep.Accuracy-*rep.CentralizedAccuracy) > 0.015 {
		t.Errorf("accuracy %.4f, centralized %.4f", *rep.Accuracy, *rep.CentralizedAccuracy)
	}
	// Each hospital is paid 10^14 wei per round; the unused rounds'
	// escrow goes back: payments plus refund are the deposit.
	if c := rep.Chain; c == nil || len(c.Payments) != 3 {
		t.Fatalf("settlement %+v", rep.Chain)
	}
	sum, _ := new(big.Int).SetString(rep.Chain.RefundWei, 10)
	for _, p := range rep.Chain.Payments {
		w, _ := new(big.Int).SetString(p.PaidWei, 10)
		if w.Cmp(big.NewInt(int64(rep.Rounds)*1e14)) != 0 {
			t.Fatalf("%s paid %s for %d rounds", p.Node, p.PaidWei, rep.Rounds)
		}
		sum.Add(sum, w)
	}
	if sum.String() != rep.Chain.EscrowWei {
		t.Fatalf("payments and refund %v, escrow %s", sum, rep.Chain.EscrowWei)
	}

	// The pooled fit, from the files.
	nodes, err := devnet.TrainingNodes("breast-cancer", dataDir(t), 0.2, seed)
	if err != nil {
		t.Fatal(err)
	}
	schema := dataset.BreastCancer
	var bn []baseline.Node
	var tables []*dataset.Table
	for i, n := range nodes {
		v := compute.View{Holdout: n.Holdout, Seed: n.SplitSeed, Part: i + 1, Parts: 3}
		bn = append(bn, baseline.Node{Data: n.Data, View: v})
		tab, err := v.Load(context.Background(), source.File(n.Data), schema)
		if err != nil {
			t.Fatal(err)
		}
		tables = append(tables, tab)
	}
	probe, err := dataset.NewEncoding(schema, dataset.BreastCancerLabel, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st, err := dataset.Pooled(schema, probe.Features, tables...)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := dataset.NewEncoding(schema, dataset.BreastCancerLabel, nil, st)
	if err != nil {
		t.Fatal(err)
	}
	spec := workflows.TrainSpec{Schema: schema.ID, Model: workflows.ModelHLR, Params: workflows.TrainParams{L2: 1}}
	split, err := baseline.Build(bn, schema, spec, enc)
	if err != nil {
		t.Fatal(err)
	}
	pooled, err := baseline.Centralized(spec, split, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rep.Coefficients.Names[1:], enc.Names(schema)) || len(rep.Coefficients.Coef) != len(pooled.Weights) {
		t.Fatalf("coefficients %v, want (intercept) and %v", rep.Coefficients.Names, enc.Names(schema))
	}
	worst := 0.0
	for i, c := range rep.Coefficients.Coef {
		worst = math.Max(worst, math.Abs(c-pooled.Weights[i]))
	}
	t.Logf("federated Newton: %d rounds, largest difference from the pooled fit %.2e", rep.Rounds, worst)
	if worst > 1e-6 {
		t.Fatalf("federated coefficients differ from the pooled fit by %.2e", worst)
	}
	for i, se := range rep.Coefficients.SE {
		if !(se > 0) || !(rep.Coefficients.P[i] >= 0 && rep.Coefficients.P[i] <= 1) {
			t.Fatalf("coefficient %s: se %v p %v", rep.Coefficients.Names[i], se, rep.Coefficients.P[i])
		}
	}
}

// TestTrainDropoutKillsNode kills a node process in the middle of a
// training task: the rounds go on with the other three, and no finished
// round is run again.
func TestTrainDropoutKillsNode(t *testing.T) {
	bin := buildTwopm(t, t.TempDir())
	nodes, err := devnet.TrainingNodes("heart-disease", dataDir(t), 0.2, 1)
	if err != nil {
		t.Fatal(err)
	}
	net := startNetwork(t, bin, nodes, 23000)
	c := dialNetwork(t, net)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	id, err := c.SubmitTraining(ctx, "", workflows.TrainSpec{Schema: "heart-disease", Rounds: 4, Patience: -1, MinNodes: 3})
	if err != nil {
		t.Fatal(err)
	}
	// Kill va once round 2 has selected its nodes and before it is done
	// (one phase of a round can be shorter than a poll).
	var at workflows.Progress
	waitProgress(t, ctx, c, id, func(p workflows.Progress) bool {
		at = p
		return p.Round == 2 && slices.Contains([]string{workflows.PhaseTrain, workflows.PhaseAggregate, workflows.PhasePublish, workflows.PhaseEvaluate}, p.Phase)
	})
	if err := net.KillProcess("node-va"); err != nil {
		t.Fatal(err)
	}
	t.Logf("killed node va during round 2 (%s)", at.Phase)
	res, err := c.TrainingResult(ctx, id, true)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rounds != 4 || len(res.History) != 4 {
		t.Fatalf("%d rounds, history %d", res.Rounds, len(res.History))
	}
	for i, h := range res.History {
		if h.Round != i+1 {
			t.Fatalf("history rounds %v", res.History)
		}
		t.Logf("round %d attempt %d: nodes %v, %.1f s", h.Round, h.Attempt, h.Nodes, h.Seconds)
	}
	if dir := os.Getenv("TWOPM_RECORD_HISTORY"); dir != "" {
		recordHistory(t, ctx, c, workflows.TaskWorkflowID(id), filepath.Join(dir, "training.json"))
		recordHistory(t, ctx, c, workflows.RoundWorkflowID(id, 3), filepath.Join(dir, "training-round.json"))
	}
	if len(res.History[0].Nodes) != 4 || res.History[0].Attempt != 1 {
		t.Fatalf("round 1 %+v", res.History[0])
	}
	for _, h := range res.History[1:] {
		if len(h.Nodes) != 3 || slices.Contains(h.Nodes, "va") {
			t.Fatalf("round %d ran with %v after va died", h.Round, h.Nodes)
		}
	}
	// Every round's model is stored with its round, parent and metrics.
	s3, bucket, err := workers.NewS3(ctx, workers.S3Config{Endpoint: net.S3Endpoint, AccessKey: net.Config.S3AccessKey, SecretKey: net.Config.S3SecretKey})
	if err != nil {
		t.Fatal(err)
	}
	objects := store.Objects{S3: s3, Bucket: bucket}
	for i, h := range res.History {
		var meta workflows.ModelMeta
		if err := objects.GetAt(ctx, workflows.ModelMetaKey(h.Model), &meta); err != nil {
			t.Fatalf("round %d: %v", h.Round, err)
		}
		parentOK := meta.Parent != "" && (i == 0 || meta.Parent == res.History[i-1].Model.SHA256)
		if meta.TaskID != id || meta.Round != h.Round || meta.Model != h.Model || !parentOK || meta.Rows != h.Rows ||
			meta.ValAccuracy != h.ValAccuracy || meta.ValLoss != h.ValLoss || meta.ValRows != h.ValRows {
			t.Fatalf("round %d: stored %+v, history %+v", h.Round, meta, h)
		}
	}
	checkModelCLI(t, ctx, bin, net, objects, id, res)
}

// checkModelCLI fetches a finished training task's models with the CLI's
// model get (the final one and round 2's) and predicts with model predict
// on a hospital's file: every probability is the stored model's own, and a
// round the task did not run is refused by name.
func checkModelCLI(t *testing.T, ctx context.Context, bin string, net *devnet.Network, objects store.Objects, id string, res workflows.TrainResult) {
	t.Helper()
	dir := t.TempDir()
	conn := []string{"--temporal-address", net.TemporalAddress, "--s3-endpoint", net.S3Endpoint,
		"--s3-access-key", net.Config.S3AccessKey, "--s3-secret-key", net.Config.S3SecretKey}
	cli := func(args ...string) ([]byte, error) {
		return exec.CommandContext(ctx, bin, append(args, conn...)...).Output()
	}
	final, round2 := filepath.Join(dir, "final.json"), filepath.Join(dir, "round2.json")
	for _, args := range [][]string{{"model", "get", id, "-o", final}, {"model", "get", id, "--round", "2", "-o", round2}} {
		if out, err := cli(args...); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	var b2 struct {
		Round    int `json:"round"`
		Artifact struct {
			Round int `json:"round"`
		} `json:"artifact"`
	}
	if body, err := os.ReadFile(round2); err != nil || json.Unmarshal(body, &b2) != nil || b2.Round != 2 || b2.Artifact.Round != 2 {
		t.Fatalf("model get --round 2 wrote round %d (artifact round %d), %v", b2.Round, b2.Artifact.Round, err)
	}
	cmd := exec.CommandContext(ctx, bin, append([]string{"model", "get", id, "--round", "9", "-o", filepath.Join(dir, "none.json")}, conn...)...)
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "has no round 9") {
		t.Fatalf("model get --round 9: %v\n%s", err, out)
	}

	input := filepath.Join(dataDir(t), "heart-disease", "processed.cleveland.data")
	out, err := exec.CommandContext(ctx, bin, "model", "predict", "--model", final, "--input", input, "--json").Output()
	if err != nil {
		t.Fatalf("model predict: %v", err)
	}
	var preds []struct {
		Row         int     `json:"row"`
		Probability float64 `json:"probability"`
		Class       int     `json:"class"`
	}
	if err := json.Unmarshal(out, &preds); err != nil {
		t.Fatalf("model predict output: %v\n%s", err, out)
	}
	art, enc := finalModel(t, ctx, objects, res)
	want, _, _ := predictFile(t, art, enc, input)
	if len(preds) != 303 || len(want) != 303 {
		t.Fatalf("%d predictions, %d from the stored model, want 303", len(preds), len(want))
	}
	for i, p := range preds {
		if p.Row != i+1 || math.Abs(p.Probability-want[i]) > 1e-12 || (p.Class == 1) != (want[i] >= 0.5) {
			t.Fatalf("row %d: predicted %+v, the stored model gives %v", i+1, p, want[i])
		}
	}
}

// TestTrainHLRProven runs demo train with hlr on heart disease, where every
// round is proven, for two rounds with va's proofs corrupted: va's first
// proof fails the off-chain check, so round 1 runs again without it and
// va stays out, named as unproven; both rounds' models come from the three
// honest hospitals' proven gradients, which the chain pays for both rounds,
// and the rest is refunded; every round's proofs are recorded with the
// round's parameter hash; the federated model scores as the pooled one does
// on the same rows.
func TestTrainHLRProven(t *testing.T) {
	var rep struct {
		Rounds              int      `json:"rounds"`
		Stopped             string   `json:"stopped"`
		Accuracy            *float64 `json:"accuracy"`
		CentralizedAccuracy *float64 `json:"centralized_accuracy"`
		History             []workflows.RoundMetrics
		Unproven            []workflows.UnprovenNode `json:"unproven"`
		Chain               *workflows.Settlement    `json:"chain"`
		Coefficients        struct {
			Names []string `json:"names"`
		} `json:"coefficients"`
	}
	runDemoJSON(t, t.TempDir(), 15000, &rep, "demo", "train", "--dataset", "heart-disease", "--model", "hlr", "--rounds", "2",
		"--inject", "bad-proof=va")
	if rep.Rounds != 2 || rep.Stopped != workflows.StopRounds || len(rep.History) != 2 || rep.Accuracy == nil || rep.CentralizedAccuracy == nil {
		t.Fatalf("report %+v", rep)
	}
	if len(rep.Unproven) != 1 || rep.Unproven[0].Node != "va" || rep.Unproven[0].Round != 1 || rep.Unproven[0].Reason == "" {
		t.Fatalf("unproven %+v, want va in round 1 with a reason", rep.Unproven)
	}
	for _, h := range rep.History {
		if len(h.Proofs) != 3 || len(h.RoundInputs) != 1 || len(h.Rejected) != 0 {
			t.Fatalf("round %d: %d proofs, inputs %v, rejected %v", h.Round, len(h.Proofs), h.RoundInputs, h.Rejected)
		}
		for _, p := range h.Proofs {
			if p.Node == "va" || !p.Verified {
				t.Errorf("round %d: %s in the round, verified off chain %v (%s)", h.Round, p.Node, p.Verified, p.Reason)
			}
			t.Logf("round %d: %s proved in %.0f s", h.Round, p.Node, p.Seconds)
		}
	}
	if rep.History[0].RoundInputs[0] == rep.History[1].RoundInputs[0] {
		t.Error("both rounds have the same parameter hash")
	}
	c := rep.Chain
	if c == nil || len(c.Payments) != 3 {
		t.Fatalf("settlement %+v", c)
	}
	total, _ := new(big.Int).SetString(c.RefundWei, 10)
	for _, p := range c.Payments {
		paid, _ := new(big.Int).SetString(p.PaidWei, 10)
		if p.Node == "va" || paid.Cmp(big.NewInt(2e14)) != 0 || p.ProofVerified == nil || !*p.ProofVerified {
			t.Errorf("%s: paid %s wei, proof verified %v (%s); want 2e14 for two proven rounds", p.Node, p.PaidWei, p.ProofVerified, p.Reason)
		}
		total.Add(total, paid)
	}
	if total.String() != c.EscrowWei {
		t.Errorf("payments and refund %s, escrow %s", total, c.EscrowWei)
	}
	// The proven gradient is fixed point: after the same two Newton steps
	// the federated model scores within a test row of the pooled one.
	if math.Abs(*rep.Accuracy-*rep.CentralizedAccuracy) > 0.011 {
		t.Errorf("accuracy %.4f, centralized %.4f", *rep.Accuracy, *rep.CentralizedAccuracy)
	}
}

// TestRecordProvenTraining records, when TWOPM_RECORD_HISTORY names a
// directory, the histories of a proven HLR task for the workflows' replay
// test: two rounds on heart disease, with the nodes' gradients proven and
// va's proofs corrupted, so that the proving, checking, excluding and
// settling branches are all in them. TestTrainHLRProven runs the same task
// through the demo command; without the variable this test is skipped,
// since the recording is all it adds.
func TestRecordProvenTraining(t *testing.T) {
	dir := os.Getenv("TWOPM_RECORD_HISTORY")
	if dir == "" {
		t.Skip("records histories only; set TWOPM_RECORD_HISTORY to a directory")
	}
	proven := setup.HLRHeartDisease
	nodes, err := devnet.TrainingNodes("heart-disease", dataDir(t), 0.2, 1)
	if err != nil {
		t.Fatal(err)
	}
	net := startNetworkConfig(t, devnet.Config{Binary: buildTwopm(t, t.TempDir()), Nodes: nodes,
		Circuits: []string{proven.ID}, Inject: map[string]string{"va": "bad-proof"}}, 18000)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	c := devPayer(t, ctx, net, dialNetwork(t, net))
	c.Payer.Verifiers = net.Contracts.Verifiers
	spec := workflows.TrainSpec{Schema: "heart-disease", Model: workflows.ModelHLR, Requester: "test", Rounds: 2,
		MinNodes: 3, PaymentWei: "100000000000000", Circuit: proven.ID}
	spec.Params.L2 = 1
	spec.Nodes = nodeIDs(nodes)
	res := trainAndWait(t, ctx, c, spec)
	id := res.TaskID
	if res.Rounds != 2 || len(res.History) != 2 {
		t.Fatalf("%d rounds, history %d", res.Rounds, len(res.History))
	}
	if len(res.Unproven) != 1 || res.Unproven[0].Node != "va" {
		t.Fatalf("unproven %+v, want va", res.Unproven)
	}
	for _, h := range res.History {
		if len(h.Proofs) != 3 {
			t.Fatalf("round %d: %d proofs, want the three honest nodes'", h.Round, len(h.Proofs))
		}
	}
	recordHistory(t, ctx, c, workflows.TaskWorkflowID(id), filepath.Join(dir, "training-proven.json"))
	recordHistory(t, ctx, c, workflows.RoundWorkflowID(id, 2), filepath.Join(dir, "training-proven-round.json"))
	t.Logf("recorded task %s", workflows.TaskWorkflowID(id))
}
