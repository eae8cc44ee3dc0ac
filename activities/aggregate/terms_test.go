package aggregate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/stats"
	"github.com/twopm/twopm/workflows"
)

// A node releases a contribution only on the terms it was computed for,
// whatever the coordinator asks: a DP task's contribution with its noise
// or not at all, any other under disclosure control, and always laid out
// as the columns it summarized.
func TestKeepsTerms(t *testing.T) {
	dp := &workflows.DP{Epsilon: 1}
	rel := func(d *workflows.DP) *workflows.Release {
		return &workflows.Release{Rules: workflows.Disclosure{MinCell: 5, MinRows: 5, MinNodes: 2}, Schema: "heart-disease", DP: d}
	}
	mascot := func(r *workflows.Release, bounds ...workflows.Bound) workflows.AggregateInput {
		return workflows.AggregateInput{Protocol: workflows.ProtocolMascot, Slot: workflows.SlotStats, Release: r, Bounds: bounds}
	}
	dpTerms := &compute.Terms{Columns: []string{"age"}, DP: dp}
	plain := &compute.Terms{Columns: []string{"age"}}
	openAll := rel(dp)
	openAll.OpenAll = true
	for _, tc := range []struct {
		name  string
		in    workflows.AggregateInput
		terms *compute.Terms
		want  string // "" allowed
	}{
		{"dp with its noise", mascot(rel(dp)), dpTerms, ""},
		{"dp without release", mascot(nil), dpTerms, "released with noise or not at all"},
		{"dp released without noise", mascot(rel(nil)), dpTerms, "released with noise or not at all"},
		{"dp by the additive protocol", workflows.AggregateInput{Protocol: workflows.ProtocolAdditive, Slot: workflows.SlotStats}, dpTerms, "released with noise or not at all"},
		{"dp at another ε", mascot(rel(&workflows.DP{Epsilon: 8})), dpTerms, "the release asks for ε = 8"},
		{"dp opening all", mascot(openAll), dpTerms, "opens every value or checks a bound"},
		{"dp with a bound", mascot(rel(dp), workflows.Bound{Indexes: []int{0}, Max: 1}), dpTerms, "opens every value or checks a bound"},
		{"plain under disclosure control", mascot(rel(nil)), plain, ""},
		{"plain without disclosure control", mascot(nil), plain, "without disclosure control"},
		{"plain released as dp", mascot(rel(dp)), plain, "computed for none"},
		{"plain by the additive protocol", workflows.AggregateInput{Protocol: workflows.ProtocolAdditive, Slot: workflows.SlotStats}, plain, ""},
		{"no terms saved, dp asked", mascot(rel(dp)), nil, "computed for none"},
	} {
		err := keepsTerms(tc.in, tc.terms)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
	// The layout must be the contribution's: checkRelease compares it.
	dir := t.TempDir()
	a := &Activities{NodeID: "n1", Store: &compute.Store{Dir: dir}, Schema: dataset.HeartDisease}
	if err := a.Store.SaveTerms("t", 1, compute.Terms{Columns: []string{"trestbps", "chol"}}); err != nil {
		t.Fatal(err)
	}
	in := mascot(rel(nil))
	in.TaskID, in.Round = "t", 1
	in.Release.Columns = []string{"oldpeak", "age"}
	if _, err := a.checkRelease(in); err == nil || !strings.Contains(err.Error(), "the release lays out columns [oldpeak age], the contribution holds [trestbps chol]") {
		t.Fatalf("another layout: %v", err)
	}
	in.Release.Columns = []string{"trestbps", "chol"}
	if _, err := a.checkRelease(in); err != nil {
		t.Fatalf("the contribution's layout: %v", err)
	}
}

// The only bound a node takes part in is the one its contribution was
// computed for: each outcome of a range check is a bit about its values.
func TestKeepsBounds(t *testing.T) {
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease}
	terms := &compute.Terms{Columns: []string{"age", "sex"}, MaxRowsPerNode: 500}
	l, err := stats.NewLayout(dataset.HeartDisease, terms.Columns)
	if err != nil {
		t.Fatal(err)
	}
	legit := workflows.Bound{Indexes: l.Counts(), Min: 0, Max: 500}
	base := workflows.AggregateInput{Slot: workflows.SlotStats}
	for _, tc := range []struct {
		name   string
		slot   string
		terms  *compute.Terms
		bounds []workflows.Bound
		ok     bool
	}{
		{"the task's bound", workflows.SlotStats, terms, []workflows.Bound{legit}, true},
		{"no bound for a task with one", workflows.SlotStats, terms, nil, false},
		{"another interval", workflows.SlotStats, terms, []workflows.Bound{{Indexes: legit.Indexes, Min: 0, Max: 7}}, false},
		{"other positions", workflows.SlotStats, terms, []workflows.Bound{{Indexes: []int{1}, Min: 0, Max: 500}}, false},
		{"a second bound", workflows.SlotStats, terms, []workflows.Bound{legit, legit}, false},
		{"a bound on a task without one", workflows.SlotStats, &compute.Terms{Columns: terms.Columns}, []workflows.Bound{legit}, false},
		{"a bound on a training update", workflows.SlotTrain, nil, []workflows.Bound{legit}, false},
		{"none on a training update", workflows.SlotTrain, nil, nil, true},
	} {
		in := base
		in.Slot, in.Bounds = tc.slot, tc.bounds
		if err := a.keepsBounds(in, tc.terms); (err == nil) != tc.ok {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

// A node releases statistics by the additive protocol, which opens every
// sum to the nodes, only where its policy allows it; its other sums are
// not affected.
func TestAdditiveNeedsThePolicy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	w, err := policy.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &Activities{NodeID: "n1", Store: &compute.Store{Dir: dir}, Schema: dataset.HeartDisease, Policy: w}
	stats := workflows.AggregateInput{TaskID: "t", Protocol: workflows.ProtocolAdditive, Slot: workflows.SlotStats}
	if _, err := a.checkRelease(stats); err == nil || !strings.Contains(err.Error(), "allow_additive") {
		t.Fatalf("additive statistics under the default policy: %v", err)
	}
	update := workflows.AggregateInput{TaskID: "t", Protocol: workflows.ProtocolAdditive, Slot: workflows.SlotTrain}
	if _, err := a.checkRelease(update); err != nil {
		t.Fatalf("an additive training update: %v", err)
	}
	if err := os.WriteFile(path, []byte("allow_additive: true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := a.checkRelease(stats); err != nil {
		t.Fatalf("additive statistics allowed: %v", err)
	}
}

// A training task admitted as DP releases its updates only with noise at
// the ε and clip_norm they were computed for, and no exact validation
// score; a task admitted without DP gets no noise.
func TestKeepsTraining(t *testing.T) {
	dp := &workflows.DP{Epsilon: 0.5, Mechanism: workflows.MechanismDiscreteLaplace}
	a := &Activities{NodeID: "n1", Store: &compute.Store{Dir: t.TempDir()}, Schema: dataset.HeartDisease,
		NoiseKey: make([]byte, 32), Privacy: policy.NewAccountant(t.TempDir())}
	if err := a.Store.SaveAdmission("dp", compute.Admission{Type: workflows.TaskTypeTrainingPolicy, Columns: []string{"num", "age"}, DP: dp, Releases: 2}); err != nil {
		t.Fatal(err)
	}
	if err := a.Store.SaveAdmission("plain", compute.Admission{Type: workflows.TaskTypeTrainingPolicy, Columns: []string{"num", "age"}}); err != nil {
		t.Fatal(err)
	}
	if err := a.Store.SaveTerms("dp", 1, compute.Terms{Columns: []string{"num", "age"}, DP: dp, ClipNorm: 1}); err != nil {
		t.Fatal(err)
	}
	in := func(task, slot string, clip float64, d *workflows.DP) workflows.AggregateInput {
		return workflows.AggregateInput{TaskID: task, Round: 1, Protocol: workflows.ProtocolMascot, Slot: slot, ClipNorm: clip, DP: d}
	}
	for _, tc := range []struct {
		name string
		in   workflows.AggregateInput
		want string // "" allowed
	}{
		{"dp with its noise", in("dp", workflows.SlotTrain, 1, dp), ""},
		{"dp without noise", in("dp", workflows.SlotTrain, 1, nil), "released with noise or not at all"},
		{"dp at another ε", in("dp", workflows.SlotTrain, 1, &workflows.DP{Epsilon: 5}), "the release asks for"},
		{"dp at another clip", in("dp", workflows.SlotTrain, 2, dp), "clip_norm 2"},
		{"dp scores", in("dp", workflows.SlotEval, 0, nil), "no exact validation scores"},
		{"dp round never computed", workflows.AggregateInput{TaskID: "dp", Round: 2, Protocol: workflows.ProtocolMascot, Slot: workflows.SlotTrain, ClipNorm: 1, DP: dp}, "DP terms of round 2"},
		{"plain", in("plain", workflows.SlotTrain, 0, nil), ""},
		{"plain scores", in("plain", workflows.SlotEval, 0, nil), ""},
		{"plain with noise", in("plain", workflows.SlotTrain, 1, dp), "computed for none"},
		{"never admitted", in("other", workflows.SlotTrain, 0, nil), "never admitted"},
		{"noise for statistics", workflows.AggregateInput{TaskID: "dp", Slot: workflows.SlotStats, DP: dp}, "in slot"},
		{"a round beyond the task's", workflows.AggregateInput{TaskID: "dp", Round: 3, Protocol: workflows.ProtocolMascot, Slot: workflows.SlotTrain, ClipNorm: 1, DP: dp}, "rounds 1 to 2"},
		{"round 0", workflows.AggregateInput{TaskID: "dp", Round: 0, Protocol: workflows.ProtocolMascot, Slot: workflows.SlotTrain, ClipNorm: 1, DP: dp}, "rounds 1 to 2"},
	} {
		terms, err := a.keepsTraining(tc.in)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		case tc.want == "" && (terms != nil) != (tc.in.DP != nil):
			t.Errorf("%s: terms %+v", tc.name, terms)
		}
	}
	// A node without a noise key takes part in no DP release.
	a.NoiseKey = nil
	if _, err := a.keepsTraining(in("dp", workflows.SlotTrain, 1, dp)); err == nil || !strings.Contains(err.Error(), "no noise key") {
		t.Fatalf("no noise key: %v", err)
	}
}
