package policy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/stats"
)

const example = `# St. Elsewhere's node
disclosure: {min_cell_count: 11}
requesters: [institute-b, "0xAbCd000000000000000000000000000000000001"]
task_types: [statistics, training]
columns:
  chol: [summary]
  thal: []
  num: [summary, label]
max_tasks_per_day: 2
`

func TestParseAndAdmit(t *testing.T) {
	p, err := Parse([]byte(example), "policy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if p.Disclosure != (stats.Rules{MinCell: 11, MinRows: 5, MinNodes: 2}) || len(p.Hash()) != 64 || p.Hash() == Default().Hash() {
		t.Fatalf("parsed %+v, hash %s", p.Disclosure, p.Hash())
	}
	if err := p.CheckSchema(dataset.HeartDisease); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		req  Request
		want string // "" admitted
	}{
		{Request{Type: TypeStatistics, Requester: "institute-b", Summary: []string{"age", "chol"}}, ""},
		{Request{Type: TypeStatistics, Requester: "x", Account: "0xabcd000000000000000000000000000000000001", Summary: []string{"age"}}, ""},
		{Request{Type: TypeStatistics, Requester: "mallory", Summary: []string{"age"}}, "requester mallory is not admitted"},
		{Request{Type: TypeStatistics, Requester: "institute-b", Summary: []string{"thal"}}, "column thal may not be a summary"},
		{Request{Type: TypeTraining, Requester: "institute-b", Label: "num", Features: []string{"age", "chol"}}, "column chol may not be a feature"},
		{Request{Type: TypeTraining, Requester: "institute-b", Label: "sex", Features: []string{"age"}}, ""},
		{Request{Type: "inference", Requester: "institute-b"}, "task type inference is not admitted"},
	} {
		err := p.Admit(tc.req)
		if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
			t.Errorf("%+v: %v, want %q", tc.req, err, tc.want)
		}
	}
	if err := Default().Admit(Request{Type: TypeTraining, Requester: "anyone", Label: "thal", Features: []string{"chol"}}); err != nil {
		t.Errorf("the default policy refused: %v", err)
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"disclosure: {min_cell: 3}\n", "line 1: field min_cell not found"},
		{"colour: red\n", "field colour not found"},
		{"task_types: [inference]\n", `"inference" is not statistics or training`},
		{"columns: {chol: [plot]}\n", `chol: "plot" is not summary`},
		{"disclosure: {min_rows: 5000}\n", "min_rows = 5000: want 1 to 1024"},
		{"max_tasks_per_day: -1\n", "negative"},
		{"requesters: [' ']\n", "an empty name"},
	} {
		if _, err := Parse([]byte(tc.in), "p.yaml"); !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "p.yaml") {
			t.Errorf("%q: %v, want %q", tc.in, err, tc.want)
		}
	}
	p, err := Parse(nil, "empty.yaml")
	if err != nil || p.Disclosure != stats.DefaultRules() {
		t.Errorf("an empty file: %+v, %v", p, err)
	}
	if err := (&Policy{Columns: map[string][]string{"bogus": nil}}).CheckSchema(dataset.HeartDisease); !errors.Is(err, ErrPolicy) {
		t.Errorf("a column the schema lacks: %v", err)
	}
}

// The watcher reads a changed file without a restart, and keeps the last
// good policy when the new file does not parse.
func TestWatcher(t *testing.T) {
	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte("disclosure: {min_cell_count: 7}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	w, err := Watch(path)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := w.Current(); p.Disclosure.MinCell != 7 {
		t.Fatalf("min cell %d", p.Disclosure.MinCell)
	}
	if err := os.WriteFile(path, []byte("disclosure: {min_cell_count: 11, min_rows: 10}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p, err := w.Current(); err != nil || p.Disclosure.MinCell != 11 || p.Disclosure.MinRows != 10 {
		t.Fatalf("after the change: %+v, %v", p.Disclosure, err)
	}
	if err := os.WriteFile(path, []byte("disclosure: [\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if p, err := w.Current(); !errors.Is(err, ErrPolicy) || p.Disclosure.MinCell != 11 {
		t.Fatalf("a broken file: %+v, %v; want the last good policy and the error", p.Disclosure, err)
	}
	if _, err := Watch(filepath.Join(t.TempDir(), "none.yaml")); err == nil {
		t.Error("watching a missing file succeeded")
	}
	if w, err := Watch(""); err != nil {
		t.Fatal(err)
	} else if p, _ := w.Current(); p.Hash() != Default().Hash() {
		t.Error("no file: not the default policy")
	}
}

// The ledger admits at most max tasks in 24 hours, counts a task once,
// and forgets tasks older than a day.
func TestLedger(t *testing.T) {
	l := NewLedger(t.TempDir())
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		task string
		at   time.Time
		want bool
	}{
		{"a", now, true},
		{"b", now.Add(time.Hour), true},
		{"a", now.Add(2 * time.Hour), true}, // again: one task
		{"c", now.Add(3 * time.Hour), false},
		{"c", now.Add(25 * time.Hour), true}, // a has aged out
	} {
		ok, err := l.Admit(tc.task, tc.at, 2)
		if err != nil || ok != tc.want {
			t.Fatalf("admit %s at %s: %v, %v; want %v", tc.task, tc.at, ok, err, tc.want)
		}
	}
}

func TestPrivacyBudget(t *testing.T) {
	if b := Default().PrivacyBudget; b != DefaultBudget() {
		t.Errorf("default budget %+v", b)
	}
	p, err := Parse([]byte("privacy_budget: {epsilon: 2}\n"), "p.yaml")
	if err != nil || p.PrivacyBudget != (Budget{Epsilon: 2, Period: 30 * 24 * time.Hour}) {
		t.Fatalf("%+v, %v", p.PrivacyBudget, err)
	}
	for _, bad := range []string{"privacy_budget: {epsilon: -1}", "privacy_budget: {epsilon: 1, delta: 1}", "privacy_budget: {epsilon: 1, period: 1m}"} {
		if _, err := Parse([]byte(bad), "p.yaml"); !errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "privacy_budget") {
			t.Errorf("%s: %v", bad, err)
		}
	}
	// Charges leave the window after the period, and survive a restart
	// (a new accountant on the same directory).
	dir := t.TempDir()
	b := Budget{Epsilon: 1, Period: 24 * time.Hour}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, err := NewAccountant(dir).Charge("d", "a", 0.6, 0, b, t0); err != nil {
		t.Fatal(err)
	}
	if _, err := NewAccountant(dir).Charge("d", "b", 0.6, 0, b, t0.Add(time.Hour)); !errors.Is(err, ErrBudget) {
		t.Fatalf("over the budget: %v", err)
	}
	if _, err := NewAccountant(dir).Charge("other", "b", 0.6, 0, b, t0.Add(time.Hour)); err != nil {
		t.Fatalf("another data set's budget: %v", err)
	}
	s, err := NewAccountant(dir).Charge("d", "b", 0.6, 0, b, t0.Add(25*time.Hour))
	if err != nil || s.Tasks != 1 {
		t.Fatalf("after the period: %+v, %v", s, err)
	}
}

func TestRequireDP(t *testing.T) {
	p, err := Parse([]byte("require_dp: true\n"), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Admit(Request{Type: TypeStatistics, Summary: []string{"age"}}); err == nil || !strings.Contains(err.Error(), "require_dp") {
		t.Errorf("statistics without DP: %v", err)
	}
	if err := p.Admit(Request{Type: TypeTraining, Label: "num"}); err == nil {
		t.Error("training admitted under require_dp")
	}
	if err := p.Admit(Request{Type: TypeStatistics, Summary: []string{"age"}, DP: true}); err != nil {
		t.Errorf("statistics with DP: %v", err)
	}
	if err := p.Admit(Request{Type: TypeTraining, Label: "num", DP: true}); err != nil {
		t.Errorf("training with DP: %v", err)
	}
}

// Statistics by the additive protocol, which opens withheld sums to the
// nodes, only where the policy allows it.
func TestAllowAdditive(t *testing.T) {
	req := Request{Type: TypeStatistics, Summary: []string{"age"}, Additive: true}
	if err := Default().Admit(req); err == nil || !strings.Contains(err.Error(), "allow_additive") {
		t.Errorf("the default policy: %v", err)
	}
	p, err := Parse([]byte("allow_additive: true\n"), "p.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Admit(req); err != nil {
		t.Errorf("allow_additive: %v", err)
	}
}
