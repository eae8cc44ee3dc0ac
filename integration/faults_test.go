//go:build integration

package integration

import (
	"context"
	"fmt"
	gonet "net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"go.temporal.io/api/workflowservice/v1"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workflows"
)

// TestFaults injects faults into one running network, one after the
// other, and checks that the tasks they hit complete and lose nothing
// (go tool task test:faults runs them alone).
func TestFaults(t *testing.T) {
	bin := buildTwopm(t, t.TempDir())
	nodes, err := devnet.TrainingNodes("heart-disease", dataDir(t), 0.2, 1)
	if err != nil {
		t.Fatal(err)
	}
	net := startNetwork(t, bin, nodes, 16000)
	c := dialNetwork(t, net)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()

	t.Run("MinIO down for 30 s while a statistics task publishes", func(t *testing.T) {
		if err := net.KillProcess("minio"); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		id, err := c.Submit(ctx, "", workflows.StatsSpec{Requester: "faults", MinNodes: 4})
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(30 * time.Second)
		if st, err := c.Status(ctx, id); err != nil || st.Status != "Running" {
			t.Fatalf("with MinIO down the task is %+v (%v), want it still running", st, err)
		}
		if err := net.Restart("minio"); err != nil {
			t.Fatal(err)
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatalf("task %s after MinIO came back: %v", id, err)
		}
		if res.Artifact == "" || len(res.Nodes) != 4 || res.Columns["age"].Count == 0 {
			t.Fatalf("result %+v", res)
		}
		t.Logf("task %s completed %s after submission, its artifact %s", id, time.Since(start).Round(time.Second), res.Artifact)
	})

	t.Run("Temporal restarted in the middle of a training task", func(t *testing.T) {
		id, err := c.SubmitTraining(ctx, "", workflows.TrainSpec{Schema: "heart-disease", Rounds: 8, Patience: -1, MinNodes: 3, Requester: "faults"})
		if err != nil {
			t.Fatal(err)
		}
		// Any point of rounds 2 to 6 will do: round 1 is finished and
		// rounds are still to come. (A round can be shorter than a status
		// query on a loaded machine, so the window spans several.)
		var at workflows.Progress
		waitProgress(t, ctx, c, id, func(p workflows.Progress) bool { at = p; return p.Round >= 2 && p.Round <= 6 })
		if err := net.KillProcess("temporal"); err != nil {
			t.Fatal(err)
		}
		t.Logf("killed the Temporal server in round %d (%s)", at.Round, at.Phase)
		time.Sleep(3 * time.Second)
		if err := net.Restart("temporal"); err != nil {
			t.Fatal(err)
		}
		var res workflows.TrainResult
		for { // the client reconnects once the server answers again
			if res, err = c.TrainingResult(ctx, id, true); err == nil || ctx.Err() != nil {
				break
			}
			time.Sleep(time.Second)
		}
		if err != nil {
			t.Fatal(err)
		}
		if res.Rounds != 8 || len(res.History) != 8 {
			t.Fatalf("%d rounds, history of %d", res.Rounds, len(res.History))
		}
		// A finished round is never run again: round 1 has one run.
		for round := 1; round <= 8; round++ {
			runs := countRuns(t, ctx, c, workflows.RoundWorkflowID(id, round))
			t.Logf("round %d: attempt %d, %d run(s), %.1f s", round, res.History[round-1].Attempt, runs, res.History[round-1].Seconds)
			if round == 1 && runs != 1 {
				t.Errorf("round 1, finished before the restart, ran %d times", runs)
			}
		}
	})

	t.Run("coordinator killed in the middle of settlement", func(t *testing.T) {
		pc := devPayer(t, ctx, net, c)
		escrow := pc.Payer.Escrow
		const pay = 1_000_000
		// Freeze the chain between node selection and settlement (nothing
		// in between uses it), so that settlement, once started, hangs on
		// it; then kill the coordinator in the middle of it.
		id := catchPhase(t, ctx, c, func() (string, error) {
			return pc.Submit(ctx, "", workflows.StatsSpec{Requester: "faults", Nodes: nodeIDs(nodes), PaymentWei: fmt.Sprint(pay)})
		}, workflows.PhaseMap, workflows.PhaseAggregate, workflows.PhasePublish)
		if err := net.Pause("chain"); err != nil {
			t.Fatal(err)
		}
		waitProgress(t, ctx, c, id, func(p workflows.Progress) bool { return p.Phase == workflows.PhaseSettle })
		time.Sleep(time.Second)
		if err := net.KillProcess("coordinator"); err != nil {
			t.Fatal(err)
		}
		t.Log("killed the coordinator during settlement")
		if err := net.Resume("chain"); err != nil {
			t.Fatal(err)
		}
		if err := net.Restart("coordinator"); err != nil {
			t.Fatal(err)
		}
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		task, err := escrow.Task(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		// Exactly one payment per contribution, on chain.
		if task.Paid.Int64() != int64(pay*len(nodes)) || task.Escrow.Sign() != 0 || res.Chain == nil {
			t.Fatalf("paid %v of a deposit of %v (escrow left %v), settlement %+v", task.Paid, task.Deposit, task.Escrow, res.Chain)
		}
		for _, p := range res.Chain.Payments {
			st, err := escrow.ContributionStatus(ctx, id, 1, common.HexToAddress(p.Address))
			if err != nil || st != chain.ContributionCredited || p.PaidWei != fmt.Sprint(pay) {
				t.Errorf("%s: status %d (%v), paid %s wei", p.Node, st, err, p.PaidWei)
			}
		}
	})

	t.Run("a node cut off in the middle of the secure aggregation", func(t *testing.T) {
		id := catchPhase(t, ctx, c, boundedStats(ctx, c, "faults"), workflows.PhaseAggregate)
		if err := net.Pause("node-va"); err != nil {
			t.Fatal(err)
		}
		t.Log("froze node va during the aggregation")
		start := time.Now()
		res, err := c.Result(ctx, id, true)
		if err := net.Resume("node-va"); err != nil {
			t.Fatal(err)
		}
		if err != nil {
			t.Fatal(err)
		}
		if res.Round != 1 || len(res.Nodes) != 3 || slices.Contains(res.Nodes, "va") {
			t.Fatalf("result of round %d over %v", res.Round, res.Nodes)
		}
		t.Logf("the round aborted and went on without va in %s", time.Since(start).Round(time.Second))
	})

	t.Run("a node killed in the middle of its local map", func(t *testing.T) {
		id := catchPhase(t, ctx, c, func() (string, error) {
			return c.Submit(ctx, "", workflows.StatsSpec{Requester: "faults", MinNodes: 3})
		}, workflows.PhaseMap)
		if err := net.KillProcess("node-switzerland"); err != nil {
			t.Fatal(err)
		}
		t.Log("killed node switzerland during the local map")
		start := time.Now()
		res, err := c.Result(ctx, id, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Nodes) != 3 || slices.Contains(res.Nodes, "switzerland") {
			t.Fatalf("result over %v, want the three other nodes", res.Nodes)
		}
		t.Logf("the round finished over %v %s after the kill", res.Nodes, time.Since(start).Round(time.Second))
		if err := net.Restart("node-switzerland"); err != nil {
			t.Fatal(err)
		}
		if err := net.WaitNodes(ctx); err != nil {
			t.Fatal(err)
		}
	})

	// Last: the chain does not come back (a restarted development chain
	// would be a new, empty one).
	t.Run("the chain RPC stops before settlement", func(t *testing.T) {
		pc := devPayer(t, ctx, net, c)
		id := catchPhase(t, ctx, c, func() (string, error) {
			return pc.Submit(ctx, "", workflows.StatsSpec{Requester: "faults", Nodes: nodeIDs(nodes), PaymentWei: "1000", SettleWindow: 75 * time.Second})
		}, workflows.PhaseMap, workflows.PhaseAggregate, workflows.PhasePublish)
		if err := net.KillProcess("chain"); err != nil {
			t.Fatal(err)
		}
		t.Log("stopped the chain before settlement")
		start := time.Now()
		_, err = c.Result(ctx, id, true)
		if err == nil {
			t.Fatal("the task settled with the chain down")
		}
		t.Logf("the task failed %s later: %v", time.Since(start).Round(time.Second), err)
		if !strings.Contains(err.Error(), net.ChainRPC) && !strings.Contains(err.Error(), "connection refused") {
			t.Errorf("the failure does not say the chain is unreachable: %v", err)
		}
		if st, serr := c.Status(ctx, id); serr != nil || st.Status != "Failed" || st.Progress.Phase != workflows.PhaseFailed {
			t.Errorf("status %+v (%v), want failed", st, serr)
		}
	})
}

// statsPhases are a statistics task's phases in the order it goes through
// them.
var statsPhases = []string{workflows.PhaseStarting, workflows.PhaseSelect, workflows.PhaseMap, workflows.PhaseAggregate,
	workflows.PhaseProve, workflows.PhasePublish, workflows.PhaseSettle, workflows.PhaseDone}

// catchPhase submits a statistics task and polls it until it is in one of
// phases, and returns its ID. A phase can be shorter than a poll: a task
// that gets past phases unseen is waited for, and another is submitted, up
// to three in all.
func catchPhase(t *testing.T, ctx context.Context, c *requester.Client, submit func() (string, error), phases ...string) string {
	t.Helper()
	last := -1
	for _, p := range phases {
		last = max(last, slices.Index(statsPhases, p))
	}
	for try := 1; ; try++ {
		id, err := submit()
		if err != nil {
			t.Fatal(err)
		}
		for {
			st, err := c.Status(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			if st.Status == "Running" && slices.Contains(phases, st.Progress.Phase) {
				return id
			}
			if p := st.Progress.Phase; p == workflows.PhaseWaitingRetry || p == workflows.PhaseFailed {
				t.Fatalf("task %s is %s: %s", id, p, st.Progress.LastError)
			}
			if st.Status != "Running" || slices.Index(statsPhases, st.Progress.Phase) > last {
				break
			}
			time.Sleep(10 * time.Millisecond)
		}
		if try == 3 {
			t.Fatalf("three tasks in a row got past %v between two polls", phases)
		}
		t.Logf("task %s got past %v between two polls; submitting another", id, phases)
		if _, err := c.Result(ctx, id, true); err != nil {
			t.Fatal(err)
		}
	}
}

// boundedStats submits a statistics task whose counts are bounded in the
// secure computation: its aggregation lasts long enough (seconds, not
// tens of milliseconds) to be hit in the middle.
func boundedStats(ctx context.Context, c *requester.Client, requester string) func() (string, error) {
	return func() (string, error) {
		return c.Submit(ctx, "", workflows.StatsSpec{Requester: requester, MinNodes: 3, MaxRowsPerNode: 10_000})
	}
}

// waitProgress polls task id until its progress satisfies ok.
func waitProgress(t *testing.T, ctx context.Context, c *requester.Client, id string, ok func(workflows.Progress) bool) {
	t.Helper()
	for {
		st, err := c.Status(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if ok(st.Progress) {
			return
		}
		if st.Status != "Running" {
			t.Fatalf("task ended early: %+v", st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// countRuns returns how many runs workflow id has had.
func countRuns(t *testing.T, ctx context.Context, c *requester.Client, id string) int {
	t.Helper()
	resp, err := c.T.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{Query: fmt.Sprintf("WorkflowId = '%s'", id)})
	if err != nil {
		t.Fatal(err)
	}
	return len(resp.GetExecutions())
}

// TestSeparateHosts runs the network with every process on a host of its
// own (a network namespace with its own interface and address), every
// hospital's host dropping inbound connections (nftables) and its node
// reached through the relay: a task's traffic crosses the hosts'
// interfaces, a proven, paid statistics task and a training task complete,
// and cutting a node's host off the network in the middle of the secure
// aggregation aborts the round, which goes on without it.
func TestSeparateHosts(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("separate hosts need root (ip netns)")
	}
	if out, err := exec.Command("ip", "netns", "add", "tpprobe").CombinedOutput(); err != nil {
		t.Skipf("this machine cannot make network namespaces: %v: %s", err, out)
	}
	_ = exec.Command("ip", "netns", "del", "tpprobe").Run()
	bin := buildTwopm(t, t.TempDir())
	if _, err := exec.LookPath("nft"); err != nil {
		t.Fatal("the hospitals' firewalls need nft (Debian's nftables)")
	}
	var nodes []devnet.Node
	for _, h := range devnet.Hospitals {
		nodes = append(nodes, devnet.Node{ID: h, Data: filepath.Join(dataDir(t), "heart-disease", "processed."+h+".data"), Relay: true})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	net, err := devnet.Start(ctx, devnet.Config{StateDir: t.TempDir(), ToolsDir: toolsDir(t), DataDir: dataDir(t), Nodes: nodes,
		Binary: bin, Hosts: "tpsep", Firewall: true, Progress: testWriter{t}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Stop)
	c := dialNetwork(t, net)
	t.Logf("Temporal on %s, MinIO on %s, chain on %s", net.TemporalAddress, net.S3Endpoint, net.ChainRPC)

	// The firewall is up: a connection into a hospital's host is dropped
	// (it times out rather than being refused), whatever the port.
	vaAddr, err := net.Address("node-va")
	if err != nil {
		t.Fatal(err)
	}
	if conn, err := (&gonet.Dialer{Timeout: 2 * time.Second}).DialContext(ctx, "tcp", gonet.JoinHostPort(vaAddr, "7304")); err == nil {
		_ = conn.Close()
		t.Fatal("a connection into va's host went through")
	} else if ne, ok := err.(gonet.Error); !ok || !ne.Timeout() {
		t.Fatalf("a connection into va's host: %v, want it dropped (a timeout)", err)
	}

	id, err := c.Submit(ctx, "", workflows.StatsSpec{Requester: "hosts"})
	if err != nil {
		t.Fatal(err)
	}
	if res, err := c.Result(ctx, id, true); err != nil || len(res.Nodes) != 4 {
		t.Fatalf("task over separate hosts: %+v, %v", res.Nodes, err)
	}
	for _, h := range append(slices.Clone(devnet.Hospitals), "relay") {
		name := "node-" + h
		if h == "relay" {
			name = h
		}
		sent, received, err := net.LinkBytes(name)
		if err != nil || sent == 0 || received == 0 {
			t.Fatalf("%s's interface: %d bytes sent, %d received (%v)", name, sent, received, err)
		}
		t.Logf("%s's interface: %d bytes sent, %d received", name, sent, received)
	}

	// A proven, paid task: every hospital proves its contribution through
	// the firewall, and is paid.
	pc := devPayer(t, ctx, net, c)
	pc.Payer.Verifiers = net.Contracts.Verifiers
	id, err = pc.Submit(ctx, "", workflows.StatsSpec{Requester: "hosts", Nodes: devnet.Hospitals, PaymentWei: "1000"})
	if err != nil {
		t.Fatal(err)
	}
	res, err := pc.Result(ctx, id, true)
	if err != nil {
		t.Fatal(err)
	}
	verified := 0
	for _, p := range res.Proofs {
		if p.Verified {
			verified++
		}
	}
	if verified != 4 {
		t.Fatalf("%d of the proofs verified over %v, want 4", verified, res.Nodes)
	}
	// A training task through the relay.
	tr := trainAndWait(t, ctx, c, workflows.TrainSpec{Model: workflows.ModelLR, Requester: "hosts", Nodes: devnet.Hospitals, Rounds: 1, Patience: -1})
	if len(tr.History) != 1 || len(tr.History[0].Nodes) != 4 {
		t.Fatalf("training through the relay: %d rounds", len(tr.History))
	}

	id = catchPhase(t, ctx, c, boundedStats(ctx, c, "hosts"), workflows.PhaseAggregate)
	if err := net.CutOff("node-va"); err != nil {
		t.Fatal(err)
	}
	t.Log("cut node va's host off the network during the aggregation")
	start := time.Now()
	res, err = c.Result(ctx, id, true)
	if rerr := net.Reconnect("node-va"); rerr != nil {
		t.Fatal(rerr)
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Nodes) != 3 || slices.Contains(res.Nodes, "va") {
		t.Fatalf("result over %v, want the three other nodes", res.Nodes)
	}
	t.Logf("the round aborted and went on without va in %s", time.Since(start).Round(time.Second))
}
