package compute

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/testsuite"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/workflows"
)

// AdmitTask answers by the node's policy: the columns a task uses, its
// type and requester, then the day's count; it resolves a training task's
// default columns from the schema.
// watchPolicy writes policy, YAML, to policy.yaml in dir and watches it.
func watchPolicy(t *testing.T, dir, policyYAML string) *policy.Watcher {
	t.Helper()
	path := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(path, []byte(policyYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	w, err := policy.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

func TestAdmitTask(t *testing.T) {
	dir := t.TempDir()
	w := watchPolicy(t, dir, "disclosure: {min_cell_count: 11}\ncolumns: {chol: [summary], thal: []}\nmax_tasks_per_day: 2\n")
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease, Policy: w, Ledger: policy.NewLedger(dir)}
	ctx := context.Background()
	ask := func(in workflows.AdmitInput) workflows.AdmitOutput {
		t.Helper()
		in.Schema = "heart-disease"
		out, err := a.AdmitTask(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	out := ask(workflows.AdmitInput{TaskID: "s1", Type: workflows.TaskTypeStatisticsPolicy, Columns: []string{"age", "chol"}})
	if !out.Admitted || out.Disclosure.MinCell != 11 || len(out.Policy) != 64 {
		t.Fatalf("statistics of age and chol: %+v", out)
	}
	if out := ask(workflows.AdmitInput{TaskID: "s2", Type: workflows.TaskTypeStatisticsPolicy}); out.Admitted || !strings.Contains(out.Reason, "column thal may not be a summary") {
		t.Fatalf("statistics of every column: %+v", out)
	}
	out = ask(workflows.AdmitInput{TaskID: "t1", Type: workflows.TaskTypeTrainingPolicy, Training: &workflows.TrainColumns{Features: []string{"age", "sex"}}})
	if !out.Admitted || !slices.Equal(out.Columns, []string{"num", "age", "sex"}) {
		t.Fatalf("training on age and sex: %+v", out)
	}
	if out := ask(workflows.AdmitInput{TaskID: "t2", Type: workflows.TaskTypeTrainingPolicy}); out.Admitted || !strings.Contains(out.Reason, "column chol may not be a feature") {
		t.Fatalf("training on every column: %+v", out)
	}
	// s1 and t1 are today's two tasks: a third is refused, s1 again is not.
	if out := ask(workflows.AdmitInput{TaskID: "s3", Type: workflows.TaskTypeStatisticsPolicy, Columns: []string{"age"}}); out.Admitted || !strings.Contains(out.Reason, "max_tasks_per_day") {
		t.Fatalf("a third task: %+v", out)
	}
	if out := ask(workflows.AdmitInput{TaskID: "s1", Type: workflows.TaskTypeStatisticsPolicy, Columns: []string{"age"}}); !out.Admitted {
		t.Fatalf("s1 again: %+v", out)
	}
	if _, err := a.AdmitTask(ctx, workflows.AdmitInput{TaskID: "x", Type: workflows.TaskTypeStatisticsPolicy, Schema: "breast-cancer"}); err == nil {
		t.Fatal("a task of another schema was answered")
	}
}

// A differentially private task is admitted while the node's budget has
// its ε left, and charged when it is released (as SecureAggregate does),
// once per release: admitted again, or released again over the same data,
// it costs nothing more. The next task that would overspend the budget is
// refused at admission with what is spent and when it frees up. So the
// difference attack — the same statistics asked twice, over tables that
// differ by one row, to subtract — gets one noisy answer, not two: the
// second question is refused, and the same question over changed data is
// another release, charged again.
func TestAdmitTaskPrivacyBudget(t *testing.T) {
	dir := t.TempDir()
	w := watchPolicy(t, dir, "privacy_budget: {epsilon: 1.5, period: 168h}\n")
	p, _ := w.Current()
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease, Policy: w, Privacy: policy.NewAccountant(dir)}
	ctx := context.Background()
	ask := func(id string, eps float64, cols ...string) workflows.AdmitOutput {
		t.Helper()
		out, err := a.AdmitTask(ctx, workflows.AdmitInput{TaskID: id, Type: workflows.TaskTypeStatisticsPolicy, Schema: "heart-disease",
			Columns: cols, DP: &workflows.DP{Epsilon: eps}})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	release := func(id string, eps float64, data int64, cols ...string) error {
		key := PrivacyKey(id, cols, eps, field.Vector{field.FromInt64(data)})
		_, err := a.Privacy.Charge(dataset.HeartDisease.ID, key, eps, 0, p.PrivacyBudget, time.Now())
		return err
	}
	if out := ask("first", 1, "age", "sex"); !out.Admitted {
		t.Fatalf("the first task: %+v", out)
	}
	if err := release("first", 1, 7, "age", "sex"); err != nil {
		t.Fatal(err)
	}
	if out := ask("first", 1, "age", "sex"); !out.Admitted {
		t.Fatalf("the first task again (a retry): %+v", out)
	}
	if err := release("first", 1, 7, "age", "sex"); err != nil {
		t.Fatalf("the first release again over the same data: %v", err)
	}
	out := ask("second", 1, "age", "sex")
	if out.Admitted || !strings.Contains(out.Reason, "privacy budget exhausted") || !strings.Contains(out.Reason, "spent ε = 1, δ = 0 of ε = 1.5") ||
		!strings.Contains(out.Reason, "frees up at") {
		t.Fatalf("the second task, over the budget: %+v", out)
	}
	if out := ask("small", 0.5, "age"); !out.Admitted {
		t.Fatalf("a task within what is left: %+v", out)
	}
	if err := release("small", 0.5, 1, "age"); err != nil {
		t.Fatal(err)
	}
	spent, err := a.Privacy.Spent(dataset.HeartDisease.ID, 168*time.Hour, time.Now())
	if err != nil || spent.Tasks != 2 || spent.Epsilon != 1.5 {
		t.Fatalf("spent %+v, %v; want ε 1.5 over 2 releases", spent, err)
	}
	// Nothing is left: the first task's question over changed data, or
	// another question under its ID, is a new release, refused.
	for _, again := range []func() error{
		func() error { return release("first", 1, 8, "age", "sex") },
		func() error { return release("first", 0.001, 7, "age") },
	} {
		if err := again(); !errors.Is(err, policy.ErrBudget) {
			t.Fatalf("a new release under a charged task's ID: %v", err)
		}
	}
	if out := ask("third", 0.001, "age"); out.Admitted {
		t.Fatalf("over the budget: %+v", out)
	}
	// A δ is refused (the mechanism spends none); a node without an
	// accountant takes part in no DP task.
	if out, err := a.AdmitTask(ctx, workflows.AdmitInput{TaskID: "delta", Type: workflows.TaskTypeStatisticsPolicy, Schema: "heart-disease",
		Columns: []string{"age"}, DP: &workflows.DP{Epsilon: 0.001, Delta: -1}}); err != nil || out.Admitted {
		t.Fatalf("a negative δ: %+v, %v", out, err)
	}
	a.Privacy = nil
	if out := ask("none", 0.1, "age"); out.Admitted || !strings.Contains(out.Reason, "no privacy budget") {
		t.Fatalf("without an accountant: %+v", out)
	}
}

// A training task is refused by a node with fewer labeled rows than its
// min_rows, and a training round of a model with more parameters than
// glm_ratio × its rows.
func TestAdmitTaskTrainingRows(t *testing.T) {
	dir := t.TempDir()
	row := "63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,0.0,6.0,0\n"
	data := filepath.Join(dir, "rows.data")
	if err := os.WriteFile(data, []byte(strings.Repeat(row, 30)+strings.Replace(row, ",0\n", ",?\n", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "policy.yaml")
	write := func(p string) {
		if err := os.WriteFile(path, []byte(p), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("")
	w, err := policy.Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease, Policy: w, Source: source.File(data)}
	ask := func(id string, params int) workflows.AdmitOutput {
		t.Helper()
		out, err := a.AdmitTask(context.Background(), workflows.AdmitInput{TaskID: id, Type: workflows.TaskTypeTrainingPolicy, Schema: "heart-disease",
			Training: &workflows.TrainColumns{Features: []string{"age", "sex"}}, Model: "lr", Params: params})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// 30 labeled rows (one more without a label): 0.33 × 30 = 9.9.
	if out := ask("prep", 0); !out.Admitted {
		t.Fatalf("the preparation round: %+v", out)
	}
	if out := ask("small", 9); !out.Admitted {
		t.Fatalf("9 parameters: %+v", out)
	}
	if out := ask("big", 10); out.Admitted || !strings.Contains(out.Reason, "10 parameters exceeds its glm rule: at most 0.33 × 30 rows = 9") {
		t.Fatalf("10 parameters: %+v", out)
	}
	write("disclosure: {min_rows: 31}\nglm_ratio: 0.5\n")
	time.Sleep(10 * time.Millisecond)
	if out := ask("few", 0); out.Admitted || !strings.Contains(out.Reason, "30 rows with a label, fewer than its min_rows 31") {
		t.Fatalf("min_rows 31: %+v", out)
	}
}

// The local map computes only what the node admitted: nothing for a task
// it never admitted, nor for other columns or other differential privacy
// than it admitted the task for, nor other terms than its first map.
func TestLocalMapKeepsToTheAdmission(t *testing.T) {
	dir := t.TempDir()
	row := "63.0,1.0,1.0,145.0,233.0,1.0,2.0,150.0,0.0,2.3,3.0,0.0,6.0,0\n"
	data := filepath.Join(dir, "rows.data")
	if err := os.WriteFile(data, []byte(strings.Repeat(row, 20)), 0o600); err != nil {
		t.Fatal(err)
	}
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease, Source: source.File(data), Store: &Store{Dir: dir}, Privacy: policy.NewAccountant(dir)}
	ctx := context.Background()
	dp := &workflows.DP{Epsilon: 1, Mechanism: workflows.MechanismDiscreteLaplace}
	spec := workflows.StatsSpec{Schema: "heart-disease", Columns: []string{"age", "sex"}, Protocol: workflows.ProtocolMascot, DP: dp}
	var suite testsuite.WorkflowTestSuite
	env := suite.NewTestActivityEnvironment()
	env.RegisterActivity(a)
	mapped := func(s workflows.StatsSpec) error {
		_, err := env.ExecuteActivity(a.LocalMap, workflows.MapInput{TaskID: "t1", Round: 1, Spec: s})
		return err
	}
	if err := mapped(spec); err == nil || !strings.Contains(err.Error(), "has not admitted task t1") {
		t.Fatalf("a task never admitted: %v", err)
	}
	out, err := a.AdmitTask(ctx, workflows.AdmitInput{TaskID: "t1", Type: workflows.TaskTypeStatisticsPolicy, Schema: "heart-disease", Columns: spec.Columns, DP: dp})
	if err != nil || !out.Admitted {
		t.Fatalf("admission: %+v, %v", out, err)
	}
	plain := spec
	plain.DP = nil
	other := spec
	other.Columns = []string{"age", "chol"}
	for name, s := range map[string]workflows.StatsSpec{"without its noise": plain, "for other columns": other} {
		if err := mapped(s); err == nil || !strings.Contains(err.Error(), "admitted task t1") {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if err := mapped(spec); err != nil {
		t.Fatalf("the admitted terms: %v", err)
	}
	if err := mapped(spec); err != nil {
		t.Fatalf("a retry: %v", err)
	}
	// A task admitted as training gets statistics of its columns for its
	// preparation round only, and a DP training task none.
	for _, tc := range []struct {
		id    string
		round int
		dp    *workflows.DP
		want  string // "" allowed
	}{{"train", 0, nil, ""}, {"train", 1, nil, "preparation round only"}, {"train-dp", 0, dp, "preparation round only"}} {
		in := workflows.AdmitInput{TaskID: tc.id, Type: workflows.TaskTypeTrainingPolicy, Schema: "heart-disease",
			Training: &workflows.TrainColumns{Features: []string{"age"}}, DP: tc.dp, Releases: 3}
		if out, err := a.AdmitTask(ctx, in); err != nil || !out.Admitted {
			t.Fatalf("%s: admission %+v, %v", tc.id, out, err)
		}
		s := workflows.StatsSpec{Schema: "heart-disease", Columns: []string{"num", "age"}, Protocol: workflows.ProtocolMascot, DP: tc.dp}
		_, err := env.ExecuteActivity(a.LocalMap, workflows.MapInput{TaskID: tc.id, Round: tc.round, Spec: s})
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Fatalf("%s round %d: %v, want %q", tc.id, tc.round, err, tc.want)
		}
	}
}

// A DP training task is admitted while one release at its per-round ε
// fits the budget, and recorded with its DP terms, which the node's
// training then keeps to.
func TestAdmitTaskTrainingDP(t *testing.T) {
	dir := t.TempDir()
	w := watchPolicy(t, dir, "privacy_budget: {epsilon: 1, period: 24h}\n")
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease, Policy: w, Privacy: policy.NewAccountant(dir), Store: &Store{Dir: dir}}
	ask := func(id string, eps float64) workflows.AdmitOutput {
		t.Helper()
		return askRound(t, a, id, 0, eps)
	}
	if out := ask("dp", 0.5); !out.Admitted {
		t.Fatalf("a release that fits: %+v", out)
	}
	rec, err := a.Store.LoadAdmission("dp")
	if err != nil || rec.DP == nil || rec.DP.Epsilon != 0.5 || rec.Releases != 4 || !slices.Equal(rec.Columns, []string{"num", "age", "sex"}) {
		t.Fatalf("admission %+v, %v", rec, err)
	}
	if out := ask("big", 2); out.Admitted || !strings.Contains(out.Reason, "privacy budget") {
		t.Fatalf("a release over the budget: %+v", out)
	}
	// Each round is a release of its own: round 3 is refused once rounds
	// 1 and 2 spent the budget, although the task was charged before; a
	// retry of a charged round is not.
	p, _ := w.Current()
	for round := 1; round <= 3; round++ {
		out := askRound(t, a, "dp", round, 0.5)
		if round == 3 {
			if out.Admitted || !strings.Contains(out.Reason, "privacy budget exhausted") {
				t.Fatalf("round 3 over the budget: %+v", out)
			}
			break
		}
		if !out.Admitted {
			t.Fatalf("round %d: %+v", round, out)
		}
		key := PrivacyKey(RoundRelease("dp", round), rec.Columns, 0.5, field.Vector{field.FromInt64(int64(round))})
		if _, err := a.Privacy.Charge(dataset.HeartDisease.ID, key, 0.5, 0, p.PrivacyBudget, time.Now()); err != nil {
			t.Fatal(err)
		}
		if out := askRound(t, a, "dp", round, 0.5); !out.Admitted {
			t.Fatalf("round %d again: %+v", round, out)
		}
	}
}

// askRound asks a's policy to admit round of a DP training task id at
// eps per release.
func askRound(t *testing.T, a *Activities, id string, round int, eps float64) workflows.AdmitOutput {
	t.Helper()
	out, err := a.AdmitTask(context.Background(), workflows.AdmitInput{TaskID: id, Type: workflows.TaskTypeTrainingPolicy, Schema: "heart-disease",
		Training: &workflows.TrainColumns{Features: []string{"age", "sex"}}, Model: workflows.ModelLR, DP: &workflows.DP{Epsilon: eps}, Round: round, Releases: 4})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A statistics round by the additive protocol is refused at admission,
// saying why, unless the policy allows it.
func TestAdmitTaskAdditive(t *testing.T) {
	a := &Activities{NodeID: "n1", Schema: dataset.HeartDisease}
	in := workflows.AdmitInput{TaskID: "add", Type: workflows.TaskTypeStatisticsPolicy, Schema: "heart-disease", Protocol: workflows.ProtocolAdditive}
	out, err := a.AdmitTask(context.Background(), in)
	if err != nil || out.Admitted || !strings.Contains(out.Reason, "allow_additive") {
		t.Fatalf("additive statistics: %+v, %v", out, err)
	}
	in.Protocol = workflows.ProtocolMascot
	if out, err := a.AdmitTask(context.Background(), in); err != nil || !out.Admitted {
		t.Fatalf("mascot statistics: %+v, %v", out, err)
	}
}
