//go:build integration

package integration

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/client"

	ainfer "github.com/twopm/twopm/activities/infer"
	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devchain"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/infer"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// TestInference trains a logistic regression across the four heart-disease
// hospitals, publishes its model for plain inference, retires it and
// publishes it again for private inference, and queries it
// as a user with an account of its own: the plain answer is the model's own
// prediction, the private one agrees within the fixed-point bound, and every
// payment is split among the hospitals by their accepted contributions.
// Then it shows what is refused: a request that was never paid, one whose
// workflow names another client key than the one paid for, an underpaid
// request, a publisher that did not pay for the training, and a serving
// node whose stored weight share was altered (the session aborts and the
// user gets the payment back).
func TestInference(t *testing.T) {
	bin := buildTwopm(t, t.TempDir())
	nodes, err := devnet.TrainingNodes("heart-disease", dataDir(t), 0.2, 1)
	if err != nil {
		t.Fatal(err)
	}
	net := startNetwork(t, bin, nodes, 12000)
	c := dialNetwork(t, net)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cl, err := chain.Dial(ctx, chain.Config{RPC: net.ChainRPC, ChainID: devchain.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	c.Payer = &requester.Payer{Escrow: chain.NewEscrow(cl, net.Contracts.TaskEscrow),
		Signer: chain.NewSigner(devchain.Key(devnet.RequesterKey)), Coordinator: devchain.Address(devnet.CoordinatorKey)}
	spec := workflows.TrainSpec{Schema: "heart-disease", Model: workflows.ModelLR, Rounds: 3, Patience: -1, MinNodes: 3, PaymentWei: "1000"}
	spec.Nodes = nodeIDs(nodes)
	res := trainAndWait(t, ctx, c, spec)
	task := res.TaskID
	if dir := os.Getenv("TWOPM_RECORD_HISTORY"); dir != "" {
		// A paid training task: escrow, per-round credits, settlement.
		recordHistory(t, ctx, c, workflows.TaskWorkflowID(task), filepath.Join(dir, "training-paid.json"))
	}
	s3, bucket, err := workers.NewS3(ctx, workers.S3Config{Endpoint: net.S3Endpoint, AccessKey: net.Config.S3AccessKey, SecretKey: net.Config.S3SecretKey})
	if err != nil {
		t.Fatal(err)
	}
	objects := store.Objects{S3: s3, Bucket: bucket}
	market := chain.NewMarket(cl, net.Contracts.Market)
	account := func(key int) *requester.Market {
		return &requester.Market{Market: market, Escrow: chain.NewEscrow(cl, net.Contracts.TaskEscrow),
			Registry: chain.NewRegistry(cl, net.Contracts.NodeRegistry), Signer: chain.NewSigner(devchain.Key(key)), Objects: objects}
	}
	c.Market = account(devnet.RequesterKey)
	price := big.NewInt(1_000_003) // not a multiple of the weights' sum
	plainPub, err := c.PublishModel(ctx, task, requester.PublishOptions{PriceWei: price})
	if err != nil {
		t.Fatal(err)
	}
	if len(plainPub.Holders) != 4 {
		t.Fatalf("holders %+v", plainPub.Holders)
	}
	user := &requester.Client{T: c.T, Market: account(devnet.UserKey)}
	if _, err := user.PublishModel(ctx, task, requester.PublishOptions{PriceWei: price}); err == nil || !strings.Contains(err.Error(), "NotTaskRequester") {
		t.Errorf("a stranger published the task's model: %v", err)
	}

	// The row: the first held-out row of the Cleveland file, and the
	// model's own prediction for it.
	row := firstLine(t, nodes[0].Data)
	want := ownPrediction(t, ctx, objects, res, row)

	plain, err := user.Infer(ctx, requester.InferOptions{ModelID: plainPub.ModelID, Input: row})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Prediction.Probability != want {
		t.Errorf("plain prediction %v, the model's own %v", plain.Prediction.Probability, want)
	}
	checkSplit(t, "plain", plain, plainPub, price)
	// An unpaid request: no request on chain.
	err = runInference(ctx, c, workflows.InferInput{RequestID: 999, ModelID: plainPub.ModelID, Input: row})
	if err == nil || !strings.Contains(err.Error(), "never paid") {
		t.Errorf("unpaid request: %v", err)
	}
	// An underpaid request is refused by the contract.
	if _, err := market.Request(ctx, user.Market.Signer, plainPub.ModelID, ainfer.PlainCommitment(plainPub.ModelID, row), new(big.Int).Sub(price, big.NewInt(1))); err == nil || !strings.Contains(err.Error(), "WrongPayment") {
		t.Errorf("underpaid request: %v", err)
	}

	// One live listing per model: the plain one is retired, then the model
	// is published again for private inference.
	if err := c.RetireModel(ctx, plainPub.ModelID); err != nil {
		t.Fatal(err)
	}
	if _, err := user.Infer(ctx, requester.InferOptions{ModelID: plainPub.ModelID, Input: row}); err == nil || !strings.Contains(err.Error(), "retired") {
		t.Errorf("request on a retired model: %v", err)
	}
	privPub, err := c.PublishModel(ctx, task, requester.PublishOptions{PriceWei: price, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(privPub.Shares) != 4 || privPub.ModelID == plainPub.ModelID {
		t.Fatalf("private model %d, shares %+v", privPub.ModelID, privPub.Shares)
	}

	start := time.Now()
	private, err := user.Infer(ctx, requester.InferOptions{ModelID: privPub.ModelID, Input: row, Private: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("private inference took %s (%d bytes from the nodes); plain %v, private %v", time.Since(start), private.BytesSent, want, private.Prediction.Probability)
	if d := math.Abs(private.Prediction.Probability - want); d > 1e-4 {
		t.Errorf("private prediction %v, the model's own %v: off by %.2g", private.Prediction.Probability, want, d)
	}
	checkSplit(t, "private", private, privPub, price)
	if dir := os.Getenv("TWOPM_RECORD_HISTORY"); dir != "" {
		recordHistory(t, ctx, c, workflows.InferWorkflowID(plain.RequestID), filepath.Join(dir, "inference-plain.json"))
		recordHistory(t, ctx, c, workflows.InferWorkflowID(private.RequestID), filepath.Join(dir, "inference-private.json"))
	}

	// Refused before paying: a plain request on a private model.
	if _, err := user.Infer(ctx, requester.InferOptions{ModelID: privPub.ModelID, Input: row}); err == nil || !strings.Contains(err.Error(), "privately only") {
		t.Errorf("plain request on a private model: %v", err)
	}
	// A request paid for one client key, run for another: the nodes would
	// reveal the prediction to the wrong party, so it is refused.
	paidFP := strings.Repeat("ab", 32)
	reqID, err := market.Request(ctx, user.Market.Signer, privPub.ModelID, ainfer.PrivateCommitment(privPub.ModelID, paidFP), price)
	if err != nil {
		t.Fatal(err)
	}
	err = runInference(ctx, c, workflows.InferInput{RequestID: reqID, ModelID: privPub.ModelID, Private: true, ClientFingerprint: strings.Repeat("cd", 32)})
	if err == nil || !strings.Contains(err.Error(), "commits to another") {
		t.Errorf("swapped client key: %v", err)
	}

	// A node alters its stored weight share: the MAC on the shares catches
	// it, nothing is revealed, and the user is refunded.
	tamperShare(t, filepath.Join(net.Config.StateDir, "nodes", nodes[2].ID, "models"), privPub.ModelID)
	before, err := cl.Balance(ctx, user.Market.Signer.Address())
	if err != nil {
		t.Fatal(err)
	}
	_, err = user.Infer(ctx, requester.InferOptions{ModelID: privPub.ModelID, Input: row, Private: true})
	if !errors.Is(err, requester.ErrRefunded) || !strings.Contains(err.Error(), "weight share") {
		t.Fatalf("tampered share: %v", err)
	}
	t.Logf("tampered share: %v", err)
	after, err := cl.Balance(ctx, user.Market.Signer.Address())
	if err != nil {
		t.Fatal(err)
	}
	// The user paid only gas: the price came back.
	if spent := new(big.Int).Sub(before, after); spent.Sign() < 0 || spent.Cmp(big.NewInt(1e15)) > 0 {
		t.Errorf("the failed request cost the user %s wei", spent)
	}
}

// runInference runs the Inference workflow directly, as a coordinator
// that misbehaves or a client that did not pay would.
func runInference(ctx context.Context, c *requester.Client, in workflows.InferInput) error {
	run, err := c.T.ExecuteWorkflow(ctx, client.StartWorkflowOptions{ID: workflows.InferWorkflowID(in.RequestID) + "-direct", TaskQueue: workflows.CoordinatorQueue},
		workflows.InferenceName, in)
	if err != nil {
		return err
	}
	return run.Get(ctx, nil)
}

// checkSplit checks that a request's payment went to the model's holders
// in proportion to their weights, the remainder back to the user.
func checkSplit(t *testing.T, mode string, out requester.InferOutcome, pub requester.Published, price *big.Int) {
	t.Helper()
	if len(out.Payments) != len(pub.Holders) {
		t.Fatalf("%s: payments %+v, holders %+v", mode, out.Payments, pub.Holders)
	}
	total := new(big.Int)
	for _, h := range pub.Holders {
		w, _ := new(big.Int).SetString(h.Weight, 10)
		total.Add(total, w)
	}
	paid := new(big.Int)
	for i, h := range pub.Holders {
		w, _ := new(big.Int).SetString(h.Weight, 10)
		want := new(big.Int).Quo(new(big.Int).Mul(price, w), total)
		got, _ := new(big.Int).SetString(out.Payments[i].PaidWei, 10)
		if out.Payments[i].Account != h.Account || got.Cmp(want) != 0 {
			t.Errorf("%s: %s paid %s wei, want %s (weight %s of %s)", mode, out.Payments[i].Account, got, want, w, total)
		}
		paid.Add(paid, got)
	}
	if paid.String() != out.PaidWei || paid.Cmp(price) > 0 || new(big.Int).Sub(price, paid).Cmp(big.NewInt(int64(len(pub.Holders)))) >= 0 {
		t.Errorf("%s: paid %s of %s (reported %s)", mode, paid, price, out.PaidWei)
	}
}

func firstLine(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
}

// finalModel reads a training task's final model artifact and its feature
// encoding from the store.
func finalModel(t *testing.T, ctx context.Context, obj store.Objects, res workflows.TrainResult) (train.ModelArtifact, dataset.Encoding) {
	t.Helper()
	var art train.ModelArtifact
	if err := obj.GetJSON(ctx, res.Final, &art); err != nil {
		t.Fatal(err)
	}
	var enc dataset.Encoding
	if err := obj.GetJSON(ctx, art.Encoding, &enc); err != nil {
		t.Fatal(err)
	}
	return art, enc
}

// predictFile returns the predictions of art's model for every row of the
// heart-disease file path, encoded by enc, with their labels and whether
// each has one.
func predictFile(t *testing.T, art train.ModelArtifact, enc dataset.Encoding, path string) (p, y []float64, labeled []bool) {
	t.Helper()
	tab, err := dataset.ReadFile(path, dataset.HeartDisease)
	if err != nil {
		t.Fatal(err)
	}
	x, y, labeled, rows, err := enc.EncodeAll(tab)
	if err != nil {
		t.Fatal(err)
	}
	return art.Model.PredictAll(model.Data{X: x, Rows: rows, Cols: art.Model.Features}), y, labeled
}

// ownPrediction is the task's final model's prediction for row, computed
// here from the artifact.
func ownPrediction(t *testing.T, ctx context.Context, obj store.Objects, res workflows.TrainResult, row string) float64 {
	t.Helper()
	art, enc := finalModel(t, ctx, obj, res)
	schema, err := dataset.Lookup(art.Schema)
	if err != nil {
		t.Fatal(err)
	}
	x, err := ainfer.EncodeRow(row, schema, enc)
	if err != nil {
		t.Fatal(err)
	}
	return art.Model.Predict(x)
}

// tamperShare adds one to the first weight share stored in dir for model.
func tamperShare(t *testing.T, dir string, model uint64) {
	t.Helper()
	path := filepath.Join(dir, "model-"+big.NewInt(int64(model)).String()+".json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var s infer.Share
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatal(err)
	}
	s.W[0] = s.W[0].Add(field.One())
	b, err = json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestDemoInfer runs demo infer --private: its JSON answer agrees with the
// model's own prediction, the price is split among the four hospitals; and
// with a node that cheats in the session the demo fails with the MAC check
// and the payment refunded, revealing nothing.
func TestDemoInfer(t *testing.T) {
	var rep struct {
		Prediction      *float64 `json:"prediction"`
		Class           *int     `json:"class"`
		Private         bool     `json:"private"`
		Seconds         float64  `json:"seconds"`
		PaidWei         string   `json:"paid_wei"`
		Logit           float64  `json:"logit"`
		Nodes           []string `json:"nodes"`
		PlainPrediction *float64 `json:"plain_prediction"`
		Payments        []workflows.InferPayment
	}
	tmp := t.TempDir()
	runDemoJSON(t, tmp, 13000, &rep, "demo", "infer", "--private", "--rounds", "3")
	if rep.Prediction == nil || rep.PlainPrediction == nil || rep.Class == nil || !rep.Private || rep.Seconds <= 0 || len(rep.Nodes) != 4 {
		t.Fatalf("report %+v", rep)
	}
	if d := math.Abs(*rep.Prediction - *rep.PlainPrediction); d > 1e-4 {
		t.Errorf("private %v, the model's own %v", *rep.Prediction, *rep.PlainPrediction)
	}
	if want := 1 / (1 + math.Exp(-rep.Logit)); math.Abs(want-*rep.Prediction) > 1e-12 || *rep.Class != map[bool]int{true: 1, false: 0}[want >= 0.5] {
		t.Errorf("logit %v, prediction %v, class %d", rep.Logit, *rep.Prediction, *rep.Class)
	}
	paid := new(big.Int)
	for _, p := range rep.Payments {
		v, _ := new(big.Int).SetString(p.PaidWei, 10)
		paid.Add(paid, v)
	}
	if len(rep.Payments) != 4 || rep.PaidWei != "10000000000000" || paid.String() != rep.PaidWei {
		t.Errorf("paid %s in %+v", rep.PaidWei, rep.Payments)
	}
	t.Logf("private prediction %.6f (plain %.6f) in %.2f s", *rep.Prediction, *rep.PlainPrediction, rep.Seconds)

	bin := filepath.Join(tmp, "twopm")
	cmd := exec.Command(bin, "demo", "infer", "--private", "--rounds", "1", "--inject", "bad-mac=va", "--json",
		"--state-dir", filepath.Join(tmp, "state2"), "--tools-dir", toolsDir(t), "--data-dir", dataDir(t),
		"--temporal-port", "22233", "--ui-port", "23233", "--s3-port", "24000", "--s3-console-port", "24001",
		"--node-port-base", "22301", "--chain-port", "23545")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err == nil || len(out) != 0 {
		t.Fatalf("a cheating node: exit %v, stdout %q", err, out)
	}
	if msg := stderr.String(); !strings.Contains(msg, "refunded") || !strings.Contains(msg, "integrity check failed") {
		t.Errorf("a cheating node: %s", msg[max(0, len(msg)-2000):])
	}
}
