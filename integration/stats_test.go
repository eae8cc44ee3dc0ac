//go:build integration

package integration

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/api/operatorservice/v1"
	"go.temporal.io/api/workflowservice/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/twopm/twopm/activities/store"
	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/baseline"
	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/p2p"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workers"
	"github.com/twopm/twopm/workflows"
)

// TestNetwork starts one local network with the four hospitals and a fifth
// node whose file is malformed, and runs every scenario against it; the last
// one checks that no raw row and no single node's contribution reached
// workflow history, S3 or any log.
func TestNetwork(t *testing.T) {
	tmp := t.TempDir()
	bin := buildTwopm(t, tmp)
	var nodes []devnet.Node
	var files []string
	for _, h := range devnet.Hospitals {
		f := filepath.Join(dataDir(t), "heart-disease", "processed."+h+".data")
		nodes = append(nodes, devnet.Node{ID: h, Data: f})
		files = append(files, f)
	}
	// va runs with a policy file, empty (the default policy) until the
	// policy subtest changes it.
	vaPolicy := filepath.Join(tmp, "va-policy.yaml")
	if err := os.WriteFile(vaPolicy, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	nodes[3].Policy = vaPolicy
	// va opens no port: the others reach it through the network's relay,
	// in every task below.
	nodes[3].Relay = true
	broken := filepath.Join(tmp, "broken.data")
	row := "63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,0.0,6.0,0\n"
	if err := os.WriteFile(broken, []byte(row+row+strings.Replace(row, "233.0", "2x3", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	nodes = append(nodes, devnet.Node{ID: "broken", Data: broken})
	// Three hospitals of a table the project does not ship, declared by a
	// schema file, their extracts with a header and NA for missing.
	cohort, cohortSchema, cohortFiles := cohortNodes(t, tmp)
	nodes = append(nodes, cohort...)
	net := startNetwork(t, bin, nodes, 10000)
	c := dialNetwork(t, net)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()

	want, rawLines := directStats(t, files)
	var mainTask string

	t.Run("statistics match the files", func(t *testing.T) {
		start := time.Now()
		id, err := c.Submit(ctx, "", workflows.StatsSpec{Requester: "integration"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("task %s took %s", id, time.Since(start))
		mainTask = id
		if dir := os.Getenv("TWOPM_RECORD_HISTORY"); dir != "" {
			recordHistory(t, ctx, c, workflows.TaskWorkflowID(id), filepath.Join(dir, "statistics.json"))
			recordHistory(t, ctx, c, workflows.RoundWorkflowID(id, 1), filepath.Join(dir, "round.json"))
		}
		if !slices.Equal(res.Nodes, devnet.Hospitals) {
			t.Fatalf("nodes %v, want the four hospitals (broken must be skipped)", res.Nodes)
		}
		checkColumns(t, res.Columns, want)
		// va took part without a port of its own: it announces the relay.
		entries, err := workers.RegistryClient{Client: c.T}.Nodes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if relayed := strings.HasPrefix(e.Addr, p2p.RelayScheme); relayed != (e.ID == "va") {
				t.Fatalf("node %s announces %q", e.ID, e.Addr)
			}
		}
		checkArtifact(t, net, res)
	})

	t.Run("a table that is not built in", func(t *testing.T) {
		// The requester reads the schema from the artifact store, where
		// the nodes stored it; the coordinator checks it against its hash.
		rc := *c
		rc.Schemas = store.Objects{S3: s3Client(t, net), Bucket: "twopm"}.Schemas()
		id, err := rc.Submit(ctx, "", workflows.StatsSpec{Schema: cohortSchema.Ref(), Requester: "integration"})
		if err != nil {
			t.Fatal(err)
		}
		res, err := rc.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Nodes, nodeIDs(cohort)) {
			t.Fatalf("nodes %v, want the cohort's %v", res.Nodes, nodeIDs(cohort))
		}
		checkColumns(t, res.Columns, directCohort(t, cohortSchema, cohortFiles))
		// A schema of the same name that no node stored is refused before
		// anything starts.
		other := strings.Replace(cohortSchema.Ref(), "@", "@0", 1)[:len(cohortSchema.Ref())]
		if _, err := rc.Submit(ctx, "", workflows.StatsSpec{Schema: other}); err == nil || !strings.Contains(err.Error(), "no node or requester stored it") {
			t.Fatalf("a schema no one stored: %v", err)
		}
	})

	// trainCohort runs a training task over the cohort's hospitals, whose
	// schema the network's data hub holds.
	trainCohort := func(t *testing.T, spec workflows.TrainSpec) workflows.TrainResult {
		t.Helper()
		rc := *c
		rc.Schemas = store.Objects{S3: s3Client(t, net), Bucket: "twopm"}.Schemas()
		return trainAndWait(t, ctx, &rc, spec)
	}
	t.Run("training on a table that is not built in", func(t *testing.T) {
		// Newton's method (hlr) over the cohort's hospitals, on the label its
		// schema file declares, gives the pooled maximum-likelihood fit of
		// the same rows.
		spec := workflows.TrainSpec{Schema: cohortSchema.Ref(), Model: workflows.ModelHLR, Requester: "integration",
			Nodes: nodeIDs(cohort), Params: workflows.TrainParams{L2: 1}}
		res := trainCohort(t, spec)
		if res.Stopped != workflows.StopConverged {
			t.Fatalf("stopped %q after %d rounds", res.Stopped, res.Rounds)
		}
		objs := store.Objects{S3: s3Client(t, net), Bucket: "twopm"}
		var enc dataset.Encoding
		if err := objs.GetJSON(ctx, res.Encoding, &enc); err != nil {
			t.Fatal(err)
		}
		var art train.ModelArtifact
		if err := objs.GetJSON(ctx, res.Final, &art); err != nil {
			t.Fatal(err)
		}
		var bn []baseline.Node
		for _, n := range cohort {
			bn = append(bn, baseline.Node{Data: n.Data, Holdout: train.HoldoutKey(res.TaskID, res.Encoding.SHA256)})
		}
		split, err := baseline.Build(bn, cohortSchema, spec, enc)
		if err != nil {
			t.Fatal(err)
		}
		pooled, err := baseline.Centralized(spec, split, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(art.Model.Weights) != len(pooled.Weights) {
			t.Fatalf("%d coefficients, the pooled fit has %d", len(art.Model.Weights), len(pooled.Weights))
		}
		worst := 0.0
		for i, w := range art.Model.Weights {
			worst = math.Max(worst, math.Abs(w-pooled.Weights[i]))
		}
		t.Logf("cohort hlr: %d rounds, %d training rows, largest difference from the pooled fit %.2e", res.Rounds, split.Train.Rows, worst)
		if worst > 1e-6 {
			t.Fatalf("federated coefficients differ from the pooled fit by %.2e", worst)
		}
	})

	// FedAvg with clip_norm: every round's step, the weighted mean of the
	// nodes' updates, each proven inside MASCOT to be at most clip_norm
	// long, is at most clip_norm long.
	t.Run("clipped updates", func(t *testing.T) {
		const clip = 0.005 // well below the unclipped updates (about 0.03)
		res := trainCohort(t, workflows.TrainSpec{Schema: cohortSchema.Ref(), Model: workflows.ModelLR, Requester: "integration",
			Nodes: nodeIDs(cohort), Rounds: 3, Patience: -1, ClipNorm: clip, Params: workflows.TrainParams{LearningRate: 0.5}, RetryWindow: -1})
		objs := store.Objects{S3: s3Client(t, net), Bucket: "twopm"}
		if len(res.History) != 3 {
			t.Fatalf("%d rounds, want 3", len(res.History))
		}
		var prev []float64
		clipped := false
		for _, r := range res.History {
			var art train.ModelArtifact
			if err := objs.GetJSON(ctx, r.Model, &art); err != nil {
				t.Fatal(err)
			}
			if prev != nil {
				var sq float64
				for i, w := range art.Model.Weights {
					sq += (w - prev[i]) * (w - prev[i])
				}
				t.Logf("round %d: step of norm %.4f", r.Round, math.Sqrt(sq))
				if math.Sqrt(sq) > clip*(1+1e-6) {
					t.Fatalf("round %d: a step of norm %v, above clip_norm %v", r.Round, math.Sqrt(sq), clip)
				}
				clipped = clipped || math.Sqrt(sq) > clip/4 // unclipped, the steps are about 0.03
			}
			prev = art.Model.Weights
		}
		if !clipped {
			t.Fatal("no step came near clip_norm: the test shows nothing about the bound")
		}
	})

	// A node whose data does not read says so in its heartbeat, and a
	// task that asks for it fails at selection, naming the place.
	t.Run("bad input names file line and column", func(t *testing.T) {
		spec := workflows.StatsSpec{Nodes: []string{"cleveland", "hungarian", "broken"}, RetryWindow: -1}
		id, err := c.Submit(ctx, "", spec)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Result(ctx, id, true)
		if err == nil || !strings.Contains(err.Error(), workflows.ErrTypeTooFewNodes) ||
			!strings.Contains(err.Error(), "broken (its data: ") ||
			!strings.Contains(err.Error(), "broken.data:3: column 5 (chol)") {
			t.Fatalf("error = %v, want TooFewNodes naming broken.data:3 column 5 (chol)", err)
		}
		if strings.Contains(err.Error(), "2x3") {
			t.Fatalf("error %q repeats the bad value", err)
		}
		// The node keeps serving: it still announces itself.
		time.Sleep(workflows.HeartbeatInterval + time.Second)
		entries, err := workers.RegistryClient{Client: c.T}.Nodes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(entries, func(e workflows.NodeEntry) bool { return e.ID == "broken" })
		if i < 0 || time.Since(entries[i].LastSeen) > workflows.HeartbeatInterval+5*time.Second || entries[i].DataError == "" {
			t.Fatalf("broken node entry %+v: want alive and reporting its data error", entries)
		}
	})

	// A node's own policy, changed without a restart, leaves it out of a
	// task it does not admit, with the reason, before it computes; the
	// others carry on under their rules.
	t.Run("policy refusal", func(t *testing.T) {
		if devnet.Hospitals[3] != "va" {
			t.Fatalf("hospitals %v: the va node is not the fourth", devnet.Hospitals)
		}
		if err := os.WriteFile(vaPolicy, []byte("requesters: [institute-b]\ndisclosure: {min_cell_count: 6}\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = os.WriteFile(vaPolicy, nil, 0o600) }()
		id, err := c.Submit(ctx, "", workflows.StatsSpec{Requester: "mallory", Columns: []string{"age", "sex"}, RetryWindow: -1})
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(res.Nodes, "va") || len(res.Refused) != 1 || !strings.Contains(res.Refused[0], "va (its policy: requester mallory is not admitted)") {
			t.Fatalf("nodes %v, refused %v", res.Nodes, res.Refused)
		}
		if res.Disclosure == nil || *res.Disclosure != (workflows.Disclosure{MinCell: 5, MinRows: 5, MinNodes: 2}) || len(res.Policies) != len(res.Nodes) {
			t.Fatalf("disclosure %+v, policies %v: want the admitting nodes' default rules", res.Disclosure, res.Policies)
		}
		// The same task from an admitted requester takes va, under its
		// stricter rules.
		id, err = c.Submit(ctx, "", workflows.StatsSpec{Requester: "institute-b", Columns: []string{"age", "sex"}, RetryWindow: -1})
		if err != nil {
			t.Fatal(err)
		}
		if res, err = c.Result(ctx, id, true); err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(res.Nodes, "va") || len(res.Refused) != 0 || res.Disclosure == nil || res.Disclosure.MinCell != 6 {
			t.Fatalf("nodes %v, refused %v, disclosure %+v", res.Nodes, res.Refused, res.Disclosure)
		}
	})

	// A differentially private task: every node adds its noise inside
	// MASCOT, the values are noisy but near the files', and the same
	// question asked again (a difference attack over a changed table
	// needs two answers) is refused by the node whose budget it spent.
	t.Run("differential privacy and its budget", func(t *testing.T) {
		if err := os.WriteFile(vaPolicy, []byte("privacy_budget: {epsilon: 1, period: 24h}\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		defer func() { _ = os.WriteFile(vaPolicy, nil, 0o600) }()
		spec := workflows.StatsSpec{Requester: "integration", Columns: []string{"age", "sex"}, Nodes: devnet.Hospitals,
			DP: &workflows.DP{Epsilon: 1}, RetryWindow: -1}
		id, err := c.Submit(ctx, "", spec)
		if err != nil {
			t.Fatal(err)
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		if res.DP == nil || res.DP.Epsilon != 1 || res.DP.Mechanism != workflows.MechanismDiscreteLaplace || len(res.Nodes) != 4 {
			t.Fatalf("dp %+v over %v", res.DP, res.Nodes)
		}
		age, sex := res.Columns["age"], res.Columns["sex"]
		// count noise: 4 draws of scale 7 (7 groups / ε 1); the mean's:
		// 4 of scale 840 years over ~920 rows.
		if d := age.Count - want["age"].count; d < -150 || d > 150 || age.Mean == nil || *age.Mean-want["age"].mean > 30 || want["age"].mean-*age.Mean > 30 {
			t.Fatalf("age %+v (mean %v), exact count %d mean %v: the noise is far too large", age, age.Mean, want["age"].count, want["age"].mean)
		}
		exact := age.Count == want["age"].count && age.Missing == want["age"].missing && sex.Count == want["sex"].count &&
			sex.Histogram["0"] == want["sex"].hist["0"] && sex.Histogram["1"] == want["sex"].hist["1"]
		if exact {
			t.Fatalf("every count is exact: no noise was added (age %+v, sex %+v)", age, sex)
		}
		// Again: va has spent its ε = 1 and is left out, saying so.
		spec.Nodes = nil
		id, err = c.Submit(ctx, "", spec)
		if err != nil {
			t.Fatal(err)
		}
		if res, err = c.Result(ctx, id, true); err != nil {
			t.Fatal(err)
		}
		if slices.Contains(res.Nodes, "va") || len(res.Refused) != 1 || !strings.Contains(res.Refused[0], "privacy budget exhausted") {
			t.Fatalf("nodes %v, refused %v: want va refusing for its budget", res.Nodes, res.Refused)
		}
	})

	// A DP training task: each hospital spends ε/rounds on each round and
	// nothing else, no round is scored on its rows, and the noisy gradient
	// descent still learns.
	t.Run("differentially private training", func(t *testing.T) {
		spent := func() map[string]float64 {
			out := map[string]float64{}
			for _, h := range devnet.Hospitals {
				s, err := policy.NewAccountant(filepath.Join(net.Config.StateDir, "nodes", h)).Spent(dataset.HeartDisease.ID, 30*24*time.Hour, time.Now())
				if err != nil {
					t.Fatal(err)
				}
				out[h] = s.Epsilon
			}
			return out
		}
		before := spent()
		spec := workflows.TrainSpec{Model: workflows.ModelLR, Requester: "integration", Nodes: devnet.Hospitals, Rounds: 4,
			DP: &workflows.DP{Epsilon: 5}, RetryWindow: -1}
		res := trainAndWait(t, ctx, c, spec)
		if res.DP == nil || res.DP.Epsilon != 5 || res.Rounds != 4 || len(res.History) != 4 || res.Final != res.History[3].Model {
			t.Fatalf("result: dp %+v, %d rounds, final %v", res.DP, res.Rounds, res.Final)
		}
		for _, h := range res.History {
			if h.ValRows != 0 || len(h.Nodes) != 4 {
				t.Fatalf("round %d scored on %d rows over %v: a DP task scores none", h.Round, h.ValRows, h.Nodes)
			}
		}
		after := spent()
		for _, h := range devnet.Hospitals {
			if d := after[h] - before[h]; math.Abs(d-5) > 1e-9 {
				t.Fatalf("%s spent ε = %v on the task, want 5 (1.25 on each of 4 rounds)", h, d)
			}
		}
		// The model learned despite the noise: on all 920 rows (55%
		// positive), noiseless training gets about 0.8.
		art, enc := finalModel(t, ctx, store.Objects{S3: s3Client(t, net), Bucket: "twopm"}, res)
		correct, total := 0, 0
		for _, f := range files {
			p, y, labeled := predictFile(t, art, enc, f)
			for i := range p {
				if labeled[i] {
					total++
					if (p[i] >= 0.5) == (y[i] == 1) {
						correct++
					}
				}
			}
		}
		acc := float64(correct) / float64(total)
		t.Logf("DP training, ε = 5 over 4 rounds: accuracy %.3f on %d rows", acc, total)
		if acc < 0.65 {
			t.Fatalf("accuracy %.3f: the DP model learned nothing", acc)
		}
	})

	t.Run("unknown column fails in the workflow", func(t *testing.T) {
		if _, err := c.Submit(ctx, "", workflows.StatsSpec{Columns: []string{"age", "cholesterol"}}); err == nil || !strings.Contains(err.Error(), "cholesterol") {
			t.Fatalf("submit error = %v, want the unknown column named", err)
		}
		// A client that skips the check still gets a clear failure in the UI.
		spec := workflows.StatsSpec{Columns: []string{"age", "cholesterol"}, RetryWindow: -1}
		run, err := c.T.ExecuteWorkflow(ctx, requester.StartOptions("unknown-column", spec.WithDefaults()), workflows.FederatedStatisticsName, spec)
		if err != nil {
			t.Fatal(err)
		}
		err = run.Get(ctx, nil)
		if err == nil || !strings.Contains(err.Error(), `unknown column ["cholesterol"]`) || !strings.Contains(err.Error(), "BadInput") {
			t.Fatalf("error = %v", err)
		}
	})

	t.Run("more nodes asked than alive", func(t *testing.T) {
		id, err := c.Submit(ctx, "", workflows.StatsSpec{Nodes: []string{"cleveland", "hungarian", "st-elsewhere"}, RetryWindow: -1})
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Result(ctx, id, true)
		if err == nil || !strings.Contains(err.Error(), "TooFewNodes") || !strings.Contains(err.Error(), "st-elsewhere (not alive)") {
			t.Fatalf("error = %v, want TooFewNodes naming st-elsewhere", err)
		}
	})

	t.Run("a paid task that cannot run is cancelled and refunded", func(t *testing.T) {
		pc := devPayer(t, ctx, net, c)
		const pay = 1_000_000
		id, err := pc.Submit(ctx, "", workflows.StatsSpec{Nodes: []string{"cleveland", "hungarian", "st-elsewhere"},
			PaymentWei: fmt.Sprint(pay), RetryWindow: 10 * time.Minute})
		if err != nil {
			t.Fatal(err)
		}
		waitProgress(t, ctx, c, id, func(p workflows.Progress) bool { return p.Phase == workflows.PhaseWaitingRetry })
		cancel := func() requester.Cancelled {
			out, err := exec.CommandContext(ctx, bin, "task", "cancel", id, "--json", "--temporal-address", net.TemporalAddress,
				"--chain-rpc", net.ChainRPC, "--chain-dev-key", fmt.Sprint(devnet.RequesterKey), "--task-escrow", net.Contracts.TaskEscrow.Hex()).Output()
			if err != nil {
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					err = fmt.Errorf("%w: %s", err, ee.Stderr)
				}
				t.Fatalf("task cancel: %v", err)
			}
			var res requester.Cancelled
			if err := json.Unmarshal(out, &res); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			return res
		}
		// The whole deposit (3 nodes × pay) comes back: no node was paid.
		if got := cancel(); !got.Stopped || got.Status != "Canceled" || got.PaidWei != "0" || got.RefundWei != fmt.Sprint(3*pay) {
			t.Fatalf("cancel: %+v", got)
		}
		task, err := pc.Payer.Escrow.Task(ctx, id)
		if err != nil || task.Status != chain.TaskCancelled || task.Escrow.Sign() != 0 {
			t.Fatalf("on chain: %+v, %v", task, err)
		}
		// Again: nothing more is stopped or refunded.
		if got := cancel(); got.Stopped || got.RefundWei != "0" {
			t.Fatalf("second cancel: %+v", got)
		}
	})

	t.Run("retry round without the broken node", func(t *testing.T) {
		spec := workflows.StatsSpec{Nodes: []string{"cleveland", "hungarian", "va", "broken"}, RetryWindow: 10 * time.Minute}
		id, err := c.Submit(ctx, "", spec)
		if err != nil {
			t.Fatal(err)
		}
		var st requester.Status
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(300 * time.Millisecond) {
			if st, err = c.Status(ctx, id); err == nil && st.Progress.Phase == workflows.PhaseWaitingRetry {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("task did not wait for a retry: %+v %v", st, err)
			}
		}
		if !strings.Contains(st.Progress.LastError, "broken.data:3") {
			t.Fatalf("progress %+v, want the bad-input error", st.Progress)
		}
		ack, err := c.RetryRound(ctx, id, []string{"broken"})
		if err != nil {
			t.Fatal(err)
		}
		if ack.Attempt != 2 {
			t.Fatalf("ack %+v", ack)
		}
		if _, err := c.RetryRound(ctx, id, nil); err == nil {
			t.Fatal("a second retry-round while the round runs was accepted")
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(res.Nodes, []string{"cleveland", "hungarian", "va"}) {
			t.Fatalf("nodes %v", res.Nodes)
		}
		sub, _ := directStats(t, []string{files[0], files[1], files[3]})
		checkColumns(t, res.Columns, sub)
	})

	t.Run("schedule keeps each run's result", func(t *testing.T) {
		specFile := filepath.Join(tmp, "nightly.yaml")
		if err := os.WriteFile(specFile, []byte("type: statistics\ncolumns: [age, num]\nrequester: ops\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.CommandContext(ctx, bin, "schedule", "create", "--id", "nightly", "--cron", "0 2 * * *",
			"--spec", specFile, "--trigger-now", "--temporal-address", net.TemporalAddress)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("schedule create: %v\n%s", err, out)
		}
		s3 := s3Client(t, net)
		var key string
		for deadline := time.Now().Add(2 * time.Minute); key == ""; time.Sleep(time.Second) {
			for obj := range s3.ListObjects(ctx, "twopm", minio.ListObjectsOptions{Prefix: "schedules/nightly/", Recursive: true}) {
				if obj.Err == nil {
					key = obj.Key
				}
			}
			if time.Now().After(deadline) {
				t.Fatal("no scheduled result under schedules/nightly/")
			}
		}
		body := readObject(t, s3, key)
		if !strings.Contains(body, `"age"`) || !strings.Contains(body, `"num"`) || strings.Contains(body, `"chol"`) {
			t.Fatalf("scheduled artifact %s:\n%s", key, body)
		}
		out, err := exec.CommandContext(ctx, bin, "schedule", "list", "--temporal-address", net.TemporalAddress).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "nightly") {
			t.Fatalf("schedule list: %v\n%s", err, out)
		}
		for _, verb := range []string{"pause", "unpause", "delete"} {
			if out, err := exec.CommandContext(ctx, bin, "schedule", verb, "nightly", "--temporal-address", net.TemporalAddress).CombinedOutput(); err != nil {
				t.Fatalf("schedule %s: %v\n%s", verb, err, out)
			}
		}
	})

	t.Run("coordinator registers the search attributes", func(t *testing.T) {
		// A namespace the dev server did not start with has none of them,
		// as on a production cluster.
		ns := "ensure-search-attributes"
		_, err := c.T.WorkflowService().RegisterNamespace(ctx, &workflowservice.RegisterNamespaceRequest{
			Namespace: ns, WorkflowExecutionRetentionPeriod: durationpb.New(24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		var last error
		for range 60 { // the new namespace reaches the server's caches within seconds
			if last = workers.EnsureSearchAttributes(ctx, c.T, ns); last == nil {
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
		if last != nil {
			t.Fatal(last)
		}
		got, err := c.T.OperatorService().ListSearchAttributes(ctx, &operatorservice.ListSearchAttributesRequest{Namespace: ns})
		if err != nil {
			t.Fatal(err)
		}
		for _, sa := range workflows.SearchAttributes {
			if _, ok := got.GetCustomAttributes()[sa.Name]; !ok {
				t.Errorf("search attribute %s not registered in %s", sa.Name, ns)
			}
		}
		if err := workers.EnsureSearchAttributes(ctx, c.T, ns); err != nil {
			t.Errorf("registering them again: %v", err)
		}
	})

	t.Run("cli task result", func(t *testing.T) {
		out, err := exec.CommandContext(ctx, bin, "task", "result", mainTask, "--json", "--temporal-address", net.TemporalAddress).Output()
		if err != nil {
			t.Fatal(err)
		}
		var res workflows.StatsResult
		if err := json.Unmarshal(out, &res); err != nil {
			t.Fatal(err)
		}
		checkColumns(t, res.Columns, want)
		out, err = exec.CommandContext(ctx, bin, "task", "status", mainTask, "--temporal-address", net.TemporalAddress).Output()
		if err != nil || !strings.Contains(string(out), "Completed") || !strings.Contains(string(out), "done") {
			t.Fatalf("task status: %v\n%s", err, out)
		}
	})

	t.Run("no raw row or single contribution leaves a node", func(t *testing.T) {
		haystacks := map[string]string{}
		for name, body := range histories(t, ctx, c) {
			haystacks["history "+name] = body
		}
		s3 := s3Client(t, net)
		for obj := range s3.ListObjects(ctx, "twopm", minio.ListObjectsOptions{Recursive: true}) {
			if obj.Err != nil {
				t.Fatal(obj.Err)
			}
			haystacks["s3 "+obj.Key] = readObject(t, s3, obj.Key)
		}
		for name, path := range net.Logs() {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			haystacks["log "+name] = string(b)
		}
		if len(haystacks) < 10 {
			t.Fatalf("only %d places to search", len(haystacks))
		}
		needles := map[string]string{}
		for _, l := range rawLines {
			needles[l] = "raw row"
			needles[strings.ReplaceAll(l, ",", " ")] = "raw row"
		}
		// Each node's own sums and sums of squares, as they would appear
		// if a contribution leaked (every one above 10^6, so no accidental
		// match with a count or a port).
		layout, _ := stats.NewLayout(dataset.HeartDisease, nil)
		local := make([]field.Vector, len(files))
		for i, f := range files {
			tab, err := dataset.ReadFile(f, dataset.HeartDisease)
			if err != nil {
				t.Fatal(err)
			}
			local[i] = stats.LocalMap(tab, layout)
		}
		// A slot where the other nodes add nothing (a column they all miss)
		// reveals one node's value as the aggregate itself: that is the
		// aggregate's disclosure, not a leak, so those values are not
		// needles. The subsets are those the tests above aggregated.
		revealed := map[string]bool{}
		for _, subset := range [][]int{{0, 1, 2, 3}, {0, 1, 3}} {
			sum := make(field.Vector, layout.Len())
			for _, i := range subset {
				sum.AddInPlace(local[i])
			}
			for _, e := range sum {
				revealed[e.Signed().String()] = true
			}
		}
		for i, v := range local {
			for _, e := range v {
				if s := e.Signed(); s.BitLen() > 20 && !revealed[s.String()] {
					needles[s.String()] = "contribution of " + devnet.Hospitals[i]
				}
			}
		}
		t.Logf("searched %d places for %d needles", len(haystacks), len(needles))
		for where, hay := range haystacks {
			for needle, what := range needles {
				if i := indexWhole(hay, needle); i >= 0 {
					t.Errorf("%s found in %s: …%s…", what, where, hay[max(0, i-60):min(len(hay), i+len(needle)+60)])
				}
			}
		}
	})
}

func checkColumns(t *testing.T, got map[string]workflows.ColumnStats, want map[string]*directColumn) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d columns, want %d", len(got), len(want))
	}
	for name, w := range want {
		g, ok := got[name]
		if !ok {
			t.Fatalf("column %s missing", name)
		}
		if g.Count != w.count || g.Missing != w.missing || g.Mean == nil || g.Variance == nil ||
			!close(*g.Mean, w.mean) || !close(*g.Variance, w.variance) {
			t.Errorf("%s: got count %d missing %d mean %v variance %v; want %d %d %v %v",
				name, g.Count, g.Missing, deref(g.Mean), deref(g.Variance), w.count, w.missing, w.mean, w.variance)
		}
		for lv, n := range w.hist {
			if g.Histogram[lv] != n {
				t.Errorf("%s histogram %v, want %v", name, g.Histogram, w.hist)
			}
		}
	}
}

func deref(f *float64) float64 {
	if f == nil {
		return -1
	}
	return *f
}

func s3Client(t *testing.T, net *devnet.Network) *minio.Client {
	t.Helper()
	c, _, err := workers.NewS3(context.Background(), workers.S3Config{Endpoint: net.S3Endpoint,
		AccessKey: net.Config.S3AccessKey, SecretKey: net.Config.S3SecretKey})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readObject(t *testing.T, c *minio.Client, key string) string {
	t.Helper()
	o, err := c.GetObject(context.Background(), "twopm", key, minio.GetObjectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	b, err := io.ReadAll(o)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkArtifact fetches the result artifact and checks it is named by its
// hash and holds the same statistics.
func checkArtifact(t *testing.T, net *devnet.Network, res workflows.StatsResult) {
	t.Helper()
	key := strings.TrimPrefix(res.Artifact, "s3://twopm/")
	if key != "stats/"+res.ArtifactSHA256+".json" {
		t.Fatalf("artifact %s is not named by its hash %s", res.Artifact, res.ArtifactSHA256)
	}
	body := readObject(t, s3Client(t, net), key)
	if got := sha256hex(body); got != res.ArtifactSHA256 {
		t.Fatalf("artifact hash %s, want %s", got, res.ArtifactSHA256)
	}
	var art struct {
		Columns map[string]workflows.ColumnStats `json:"columns"`
	}
	if err := json.Unmarshal([]byte(body), &art); err != nil {
		t.Fatal(err)
	}
	if art.Columns["age"].Count != res.Columns["age"].Count {
		t.Fatal("artifact differs from the result")
	}
}

// histories returns every workflow history of the namespace as JSON text.
func histories(t *testing.T, ctx context.Context, c *requester.Client) map[string]string {
	t.Helper()
	out := map[string]string{}
	var token []byte
	for {
		resp, err := c.T.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{NextPageToken: token})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range resp.Executions {
			ex := e.GetExecution()
			var sb strings.Builder
			it := c.T.GetWorkflowHistory(ctx, ex.GetWorkflowId(), ex.GetRunId(), false, 0)
			for it.HasNext() {
				ev, err := it.Next()
				if err != nil {
					t.Fatal(err)
				}
				b, err := protojson.Marshal(ev)
				if err != nil {
					t.Fatal(err)
				}
				sb.Write(b)
				sb.WriteByte('\n')
			}
			out[ex.GetWorkflowId()+"/"+ex.GetRunId()] = decodePayloads(sb.String())
		}
		token = resp.NextPageToken
		if len(token) == 0 {
			break
		}
	}
	if len(out) == 0 {
		t.Fatal(errors.New("no workflow histories found"))
	}
	return out
}

// recordHistory writes a workflow's history as JSON, in the format of
// temporal workflow show --output json, for the replay tests.
func recordHistory(t *testing.T, ctx context.Context, c *requester.Client, wid, path string) {
	t.Helper()
	var h historypb.History
	it := c.T.GetWorkflowHistory(ctx, wid, "", false, 0)
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatal(err)
		}
		h.Events = append(h.Events, ev)
	}
	b, err := protojson.MarshalOptions{Indent: "  "}.Marshal(&h)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
