package workflows

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"testing"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"
)

// provenRun runs a proven, paid task over the four nodes; check decides
// the coordinator's check of each attempt.
func provenRun(t *testing.T, check func(attempt int, in CheckInput) (CheckOutput, error)) (StatsResult, SettleInput, []string, error) {
	t.Helper()
	return provenRunWith(t, func(out ProveOutput) ProveOutput { return out }, check)
}

// provenRunWith is provenRun with the nodes' answers changed by lie.
func provenRunWith(t *testing.T, lie func(ProveOutput) ProveOutput, check func(attempt int, in CheckInput) (CheckOutput, error)) (StatsResult, SettleInput, []string, error) {
	t.Helper()
	f := &fakes{}
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		// The statistics (10 per node), then the masks' sum.
		return AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{strconv.Itoa(10 * len(in.Peers)), "7", "123", "456"}}, nil
	}
	env := newEnv(t, f)
	var mu sync.Mutex
	var proved []string
	env.RegisterActivityWithOptions(func(ctx context.Context, in ProveInput) (ProveOutput, error) {
		mu.Lock()
		defer mu.Unlock()
		q := activity.GetInfo(ctx).TaskQueue
		proved = append(proved, q)
		if in.Circuit != "stats-heart-disease-v1" || in.Round != 1 {
			return ProveOutput{}, fmt.Errorf("prove input %+v", in)
		}
		return lie(ProveOutput{Node: q, Attempt: in.Attempt, Rows: 10, Commitment: [2]string{"1", "2"}}), nil
	}, activity.RegisterOptions{Name: ProveContributionName})
	attempts := 0
	env.RegisterActivityWithOptions(func(_ context.Context, in CheckInput) (CheckOutput, error) {
		mu.Lock()
		attempts++
		a := attempts
		mu.Unlock()
		return check(a, in)
	}, activity.RegisterOptions{Name: CheckContributionsName})
	var settled SettleInput
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		settled = in
		return Settlement{ChainID: 1337}, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	f.selectFn = selectWithAccounts
	env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Circuit: "stats-heart-disease-v1",
		Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}})
	var res StatsResult
	err := env.GetWorkflowError()
	if err == nil {
		err = env.GetWorkflowResult(&res)
	}
	return res, settled, proved, err
}

// Every node proves; the coordinator checks the proofs with the whole
// aggregate; the result and the settlement carry each proof's verdict,
// and the published statistics leave the masks' sum out.
func TestProvenRoundSettlesWithProofs(t *testing.T) {
	res, settled, proved, err := provenRun(t, func(_ int, in CheckInput) (CheckOutput, error) {
		if len(in.Proofs) != 4 || !slices.Equal(in.Sum, []string{"40", "7", "123", "456"}) {
			return CheckOutput{}, fmt.Errorf("check input %+v", in)
		}
		return CheckOutput{Verified: []bool{true, true, true, true}, Reasons: make([]string, 4), SRS: "dev"}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(proved) != 4 {
		t.Fatalf("proved on %v, want every node", proved)
	}
	if res.Artifact != "s3://twopm/stats/40-7.json" || res.ProofSRS != "dev" {
		t.Fatalf("published %s: the masks' sum was not left out", res.Artifact)
	}
	if len(settled.Proofs) != 4 || !settled.Proofs[0].Verified || !settled.Proofs[3].Verified {
		t.Fatalf("settled with proofs %+v", settled.Proofs)
	}
}

// A node whose proof does not verify never reaches the published
// statistics: the attempt fails as ProofRejected, the node is excluded,
// the round aggregates again without it, and the result says so.
func TestProvenRoundExcludesUnprovenNode(t *testing.T) {
	res, settled, proved, err := provenRun(t, func(attempt int, in CheckInput) (CheckOutput, error) {
		n := len(in.Proofs)
		out := CheckOutput{Verified: make([]bool, n), Reasons: make([]string, n), SRS: "dev"}
		for i, p := range in.Proofs {
			out.Verified[i] = p.Node != NodeQueue("va")
			if p.Node == NodeQueue("va") {
				out.Reasons[i] = "proof invalid"
			}
		}
		return out, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(proved) != 7 {
		t.Fatalf("proved %d times, want 4 then 3", len(proved))
	}
	if res.Artifact != "s3://twopm/stats/30-7.json" {
		t.Fatalf("published %s: va's unproven contribution is in the result", res.Artifact)
	}
	if slices.Contains(res.Nodes, "va") || slices.Contains(settled.Nodes, "va") || len(settled.Proofs) != 3 {
		t.Fatalf("result nodes %v, settled %v with %d proofs: va is still in", res.Nodes, settled.Nodes, len(settled.Proofs))
	}
	if len(res.Unproven) != 1 || res.Unproven[0].Node != "va" || res.Unproven[0].Attempt != 1 || res.Unproven[0].Reason != "proof invalid" {
		t.Fatalf("unproven %+v, want va in attempt 1", res.Unproven)
	}
}

// The attempt a proven round is checked and settled with is the
// workflow's: a node that reports another attempt in its answer does not
// get it into the settlement, where a mixed or wrong attempt would make
// the chain refuse the round and leave every node unpaid (issue 18,
// finding 4).
func TestProvenRoundSettlesWithTheWorkflowsAttempt(t *testing.T) {
	lie := func(out ProveOutput) ProveOutput {
		if out.Node == NodeQueue("va") {
			out.Attempt = 99
		}
		return out
	}
	var checked []int
	var accounts []string
	_, settled, _, err := provenRunWith(t, lie, func(_ int, in CheckInput) (CheckOutput, error) {
		checked = append(checked, in.Attempt)
		for _, p := range in.Proofs {
			checked = append(checked, p.Attempt)
		}
		accounts = in.Accounts
		return CheckOutput{Verified: []bool{true, true, true, true}, Reasons: make([]string, 4)}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The check also learns whose accounts the selected nodes are.
	if want := []string{fmt.Sprintf("0x%040d", 1), fmt.Sprintf("0x%040d", 2), fmt.Sprintf("0x%040d", 3), fmt.Sprintf("0x%040d", 4)}; !slices.Equal(accounts, want) {
		t.Errorf("checked with accounts %v, want the selected nodes' %v", accounts, want)
	}
	if !slices.Equal(checked, []int{1, 1, 1, 1, 1}) {
		t.Errorf("checked attempt, then the proofs' attempts: %v, want attempt 1 throughout", checked)
	}
	if settled.Attempt != 1 {
		t.Errorf("settled attempt %d, want the round's attempt 1", settled.Attempt)
	}
	for _, p := range settled.Proofs {
		if p.Attempt != 1 {
			t.Errorf("settled the proof of %s with attempt %d, want 1", p.Node, p.Attempt)
		}
	}
}

// An aggregate that does not open while a proof is unverified excludes
// the unverified node, rather than retrying the round with it.
func TestProvenRoundExcludesUnprovenNodeWhenTheAggregateDoesNotOpen(t *testing.T) {
	res, _, proved, err := provenRun(t, func(_ int, in CheckInput) (CheckOutput, error) {
		n := len(in.Proofs)
		out := CheckOutput{Verified: make([]bool, n), Reasons: make([]string, n)}
		for i, p := range in.Proofs {
			out.Verified[i] = p.Node != NodeQueue("va")
			if !out.Verified[i] {
				out.Reasons[i], out.Unopened = "3 rows reported, the data set is registered with 2", "the aggregate does not open the commitments"
			}
		}
		return out, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(proved) != 7 || slices.Contains(res.Nodes, "va") || len(res.Unproven) != 1 || res.Unproven[0].Node != "va" {
		t.Fatalf("proved %d times, nodes %v, unproven %+v: want va excluded after attempt 1", len(proved), res.Nodes, res.Unproven)
	}
}

// When too few nodes are left once the unproven ones are out, the round
// fails rather than publish.
func TestProvenRoundFailsWithTooFewProvenNodes(t *testing.T) {
	_, _, _, err := provenRun(t, func(_ int, in CheckInput) (CheckOutput, error) {
		n := len(in.Proofs)
		out := CheckOutput{Verified: make([]bool, n), Reasons: make([]string, n)}
		for i, p := range in.Proofs {
			out.Verified[i] = p.Node == NodeQueue("cleveland") || p.Node == NodeQueue("hungarian")
		}
		return out, nil
	})
	if err == nil {
		t.Fatal("published with two proven nodes of four, min_nodes 3")
	}
	t.Log(err)
}

// An aggregate that does not open the commitments fails the attempt as an
// integrity failure, and the round is tried again.
func TestProvenRoundRetriesBindingViolation(t *testing.T) {
	_, _, proved, err := provenRun(t, func(attempt int, in CheckInput) (CheckOutput, error) {
		if attempt == 1 {
			return CheckOutput{}, temporal.NewApplicationError("the aggregate does not open the sum of the proven commitments", ErrTypeBinding)
		}
		return CheckOutput{Verified: []bool{true, true, true, true}, Reasons: make([]string, 4)}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(proved) != 8 {
		t.Fatalf("proved %d times, want 4 per attempt over 2 attempts", len(proved))
	}
}

// A proven training task: every round, after the aggregation, every node
// proves its update at the round's model and holdout, and the coordinator
// checks them; each round is recorded with its proofs and shared inputs,
// the update sees the aggregate without the masks, and a node the chain
// rejects in a round is not paid for it.
func TestProvenTraining(t *testing.T) {
	f := &trainFakes{step: func(int) float64 { return 1 }}
	env := newTrainEnv(t, f)
	f.selectFn = selectWithAccounts
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		if in.Slot == SlotTrain {
			return AggregateOutput{Sum: []string{"11", "22", "3", "4"}}, nil // update, then the masks' sum
		}
		return AggregateOutput{Sum: []string{strconv.Itoa(in.Round)}}, nil
	}
	var mu sync.Mutex
	proved := map[int]int{}
	env.RegisterActivityWithOptions(func(ctx context.Context, in ProveInput) (ProveOutput, error) {
		mu.Lock()
		defer mu.Unlock()
		if in.Circuit != "hlr-heart-disease-v1" || in.Model.SHA256 != "m"+strconv.Itoa(in.Round-1) || in.Encoding.SHA256 != "e" || in.HoldoutEvery != 5 {
			return ProveOutput{}, temporal.NewNonRetryableApplicationError(fmt.Sprintf("prove input %+v", in), ErrTypeBadInput, nil)
		}
		proved[in.Round]++
		return ProveOutput{Node: activity.GetInfo(ctx).TaskQueue, Rows: 10}, nil
	}, activity.RegisterOptions{Name: ProveContributionName})
	env.RegisterActivityWithOptions(func(_ context.Context, in CheckInput) (CheckOutput, error) {
		if in.Model.SHA256 != "m"+strconv.Itoa(in.Round-1) || len(in.Sum) != 4 {
			return CheckOutput{}, fmt.Errorf("check input %+v", in)
		}
		n := len(in.Proofs)
		ok := slices.Repeat([]bool{true}, n)
		return CheckOutput{Verified: ok, Reasons: make([]string, n), SRS: "dev", RoundInputs: []string{"77" + strconv.Itoa(in.Round)}}, nil
	}, activity.RegisterOptions{Name: CheckContributionsName})
	var settles []SettleInput
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		mu.Lock()
		settles = append(settles, in)
		mu.Unlock()
		var s Settlement
		for _, n := range in.Nodes {
			p := Payment{Node: n}
			if in.Proofs != nil {
				ok := !(in.Round == 1 && n == "va") // the chain rejects va's first proof
				p.ProofVerified = &ok
			}
			s.Payments = append(s.Payments, p)
		}
		return s, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Model: ModelHLR, Rounds: 2, PaymentWei: "10",
		Circuit: "hlr-heart-disease-v1", Params: TrainParams{Seed: 7}, Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if proved[1] != 4 || proved[2] != 4 {
		t.Fatalf("proofs per round %v, want 4 each", proved)
	}
	for _, u := range f.updates {
		if !slices.Equal(u.Sum, []string{"11", "22"}) {
			t.Errorf("round %d updated from %v, want the masks stripped", u.Round, u.Sum)
		}
	}
	if len(settles) != 3 || len(settles[0].Proofs) != 4 || !slices.Equal(settles[1].RoundInputs, []string{"772"}) {
		t.Fatalf("settlements %+v", settles)
	}
	if settles[0].Attempt != 1 || settles[1].Attempt != 1 {
		t.Errorf("rounds settled with attempts %d and %d, want each round's attempt 1", settles[0].Attempt, settles[1].Attempt)
	}
	final := settles[2]
	if k := slices.Index(final.Nodes, "va"); k < 0 || final.Contributions[k] != 1 || final.Contributions[0] != 2 {
		t.Fatalf("final settlement %v %v: va is paid for one round, the others for two", final.Nodes, final.Contributions)
	}
	if res.History[0].Rejected[0] != "va" || res.Chain == nil {
		t.Fatalf("round 1 rejected %v", res.History[0].Rejected)
	}
	for _, p := range res.Chain.Payments {
		if want := p.Node != "va"; p.ProofVerified == nil || *p.ProofVerified != want {
			t.Errorf("%s: proof verified %v, want %v (%s)", p.Node, p.ProofVerified, want, p.Reason)
		}
	}
	// The nodes' data sets were fixed once, when the prep round selected
	// them, before its aggregate fixed the key of the held-out rows
	// (findings 8 and 10 of issue 18).
	if len(f.snapshots) != 1 {
		t.Fatalf("%d snapshots %+v, want one, at the prep round's selection", len(f.snapshots), f.snapshots)
	}
	snap := f.snapshots[0]
	if snap.Round != 0 || snap.TaskID != "t1" || snap.Schema != DefaultSchema || len(snap.Nodes) != 4 || len(snap.Accounts) != 4 ||
		snap.Accounts[3] != fmt.Sprintf("0x%040d", 4) || snap.Nodes[3] != "va" {
		t.Fatalf("snapshot %+v, want the prep round's four nodes and their accounts", snap)
	}
}

// TestProvenStatisticsFixDatasetsAtSelection: a paid proven statistics
// task fixes its nodes' data sets on chain after each selection of its
// round, before the nodes compute; an unproven paid task takes no
// snapshot.
func TestProvenStatisticsFixDatasetsAtSelection(t *testing.T) {
	for _, circuit := range []string{"stats-heart-disease-v1", ""} {
		t.Run("circuit "+circuit, func(t *testing.T) {
			f := &fakes{}
			f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
				return AggregateOutput{Sum: []string{"40", "7", "123", "456"}}, nil
			}
			f.selectFn = selectWithAccounts
			f.mapFn = func(MapInput) (MapOutput, error) {
				f.snapMu.Lock()
				defer f.snapMu.Unlock()
				if circuit != "" && len(f.snapshots) == 0 {
					return MapOutput{}, temporal.NewNonRetryableApplicationError("local map before the snapshot", ErrTypeBadInput, nil)
				}
				return MapOutput{Rows: 10, VectorLen: 2}, nil
			}
			env := newEnv(t, f)
			env.RegisterActivityWithOptions(func(ctx context.Context, in ProveInput) (ProveOutput, error) {
				return ProveOutput{Node: activity.GetInfo(ctx).TaskQueue, Rows: 10}, nil
			}, activity.RegisterOptions{Name: ProveContributionName})
			env.RegisterActivityWithOptions(func(_ context.Context, in CheckInput) (CheckOutput, error) {
				n := len(in.Proofs)
				out := CheckOutput{Verified: make([]bool, n), Reasons: make([]string, n)}
				for i, p := range in.Proofs {
					out.Verified[i] = p.Node != NodeQueue("va") // va re-registered its table after the snapshot
				}
				return out, nil
			}, activity.RegisterOptions{Name: CheckContributionsName})
			env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
				return Settlement{}, nil
			}, activity.RegisterOptions{Name: SettleRoundName})
			env.ExecuteWorkflow(FederatedStatisticsName, StatsSpec{PaymentWei: "10", Circuit: circuit,
				Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}})
			if err := env.GetWorkflowError(); err != nil {
				t.Fatal(err)
			}
			if circuit == "" {
				if len(f.snapshots) != 0 {
					t.Fatalf("an unproven task took snapshots %+v", f.snapshots)
				}
				return
			}
			// Attempt 1 fixes the four nodes; va is excluded for its proof,
			// and attempt 2 asks again for the three left (kept as fixed).
			if len(f.snapshots) != 2 || len(f.snapshots[0].Nodes) != 4 || len(f.snapshots[1].Nodes) != 3 || f.snapshots[0].Round != 1 {
				t.Fatalf("snapshots %+v, want one per attempt of round 1", f.snapshots)
			}
		})
	}
}

// A proven training round in which a node's proof does not verify never
// takes a Newton step from its contribution: the node is excluded, the
// round runs again without it, and it stays out of later rounds.
func TestProvenTrainingExcludesUnprovenNode(t *testing.T) {
	f := &trainFakes{step: func(int) float64 { return 1 }}
	env := newTrainEnv(t, f)
	f.selectFn = selectWithAccounts
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		if in.Slot == SlotTrain {
			return AggregateOutput{Sum: []string{strconv.Itoa(len(in.Peers)), "22", "3", "4"}}, nil
		}
		return AggregateOutput{Sum: []string{strconv.Itoa(in.Round)}}, nil
	}
	env.RegisterActivityWithOptions(func(ctx context.Context, in ProveInput) (ProveOutput, error) {
		return ProveOutput{Node: activity.GetInfo(ctx).TaskQueue, Rows: 10}, nil
	}, activity.RegisterOptions{Name: ProveContributionName})
	env.RegisterActivityWithOptions(func(_ context.Context, in CheckInput) (CheckOutput, error) {
		n := len(in.Proofs)
		out := CheckOutput{Verified: make([]bool, n), Reasons: make([]string, n)}
		for i, p := range in.Proofs {
			out.Verified[i] = p.Node != NodeQueue("va")
		}
		return out, nil
	}, activity.RegisterOptions{Name: CheckContributionsName})
	settled := map[int]int{} // round: attempt
	env.RegisterActivityWithOptions(func(_ context.Context, in SettleInput) (Settlement, error) {
		if in.Round > 0 {
			settled[in.Round] = in.Attempt
		}
		return Settlement{}, nil
	}, activity.RegisterOptions{Name: SettleRoundName})
	env.ExecuteWorkflow(FederatedTrainingName, TrainState{Spec: TrainSpec{Model: ModelHLR, Rounds: 2, PaymentWei: "10",
		Circuit: "hlr-heart-disease-v1", Params: TrainParams{Seed: 7}, Nodes: []string{"cleveland", "hungarian", "switzerland", "va"}}})
	var res TrainResult
	if err := env.GetWorkflowResult(&res); err != nil {
		t.Fatal(err)
	}
	if settled[1] != 2 || settled[2] != 1 {
		t.Errorf("settled round: attempt %v, want round 1 with its second attempt, round 2 with its first", settled)
	}
	if len(f.updates) != 2 {
		t.Fatalf("%d model updates, want one per round", len(f.updates))
	}
	for _, u := range f.updates {
		if slices.Contains(u.Nodes, "va") || u.Sum[0] != "3" {
			t.Errorf("round %d updated from nodes %v, sum %v: va's unproven gradient reached the model", u.Round, u.Nodes, u.Sum)
		}
	}
	if res.History[0].Attempt != 2 || len(res.Unproven) != 1 || res.Unproven[0].Node != "va" || res.Unproven[0].Round != 1 {
		t.Fatalf("round 1 attempt %d, unproven %+v", res.History[0].Attempt, res.Unproven)
	}
}
