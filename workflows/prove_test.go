package workflows

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/temporal"
)

// provenRun runs a proven, paid task over the four nodes; check decides
// the coordinator's check of each attempt.
func provenRun(t *testing.T, check func(attempt int, in CheckInput) (CheckOutput, error)) (StatsResult, SettleInput, []string, error) {
	t.Helper()
	f := &fakes{}
	f.aggregateFn = func(in AggregateInput) (AggregateOutput, error) {
		// The statistics, then the masks' sum.
		return AggregateOutput{Node: in.Peers[in.Self].ID, Sum: []string{"40", "7", "123", "456"}}, nil
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
		return ProveOutput{Node: q, Rows: 10, Commitment: [2]string{"1", "2"}}, nil
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
		return CheckOutput{Verified: []bool{true, true, true, false}, Reasons: []string{"", "", "", "proof invalid"}, SRS: "dev"}, nil
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
	if len(settled.Proofs) != 4 || !settled.Proofs[0].Verified || settled.Proofs[3].Verified || settled.Proofs[3].Reason != "proof invalid" {
		t.Fatalf("settled with proofs %+v", settled.Proofs)
	}
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
