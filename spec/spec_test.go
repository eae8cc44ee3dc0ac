package spec

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/twopm/twopm/workflows"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{name: "minimal", in: "type: statistics\n"},
		{name: "full yaml", in: "type: statistics\ncolumns: [age, chol]\nmin_nodes: 2\nnodes: [a, b]\nretry_window: 10m\nprotocol: mascot\nmax_rows_per_node: 500\n"},
		{name: "json", in: `{"type": "statistics", "columns": ["age"], "retry_window": "0s"}`},
		{name: "unknown key", in: "type: statistics\ncolumnz: [age]\n", wantErr: "field columnz not found"},
		{name: "unknown type", in: "type: training\n", wantErr: `unknown task type "training"`},
		{name: "missing type", in: "columns: [age]\n", wantErr: "missing type"},
		{name: "empty", in: "", wantErr: "empty spec"},
		{name: "wrong value type", in: "type: statistics\nmin_nodes: many\n", wantErr: "cannot unmarshal"},
		{name: "bad duration", in: "type: statistics\nretry_window: soon\n", wantErr: `retry_window "soon"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in))
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want ErrSpec containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestRetryWindowZeroMeansFailAtOnce(t *testing.T) {
	s, err := Parse([]byte("type: statistics\nretry_window: 0s\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s.WithDefaults().RetryWindow >= 0 {
		t.Fatalf("retry window %v, want negative", s.RetryWindow)
	}
	s, _ = Parse([]byte("type: statistics\nretry_window: 30m\n"))
	if s.RetryWindow != 30*time.Minute {
		t.Fatalf("retry window %v", s.RetryWindow)
	}
}

func TestParseProtocolAndRowBound(t *testing.T) {
	s, err := Parse([]byte("type: statistics\nprotocol: mascot\nmax_rows_per_node: 500\npayment_wei: 1000000000000000000000\nnodes: [a, b, c]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Protocol != "mascot" || s.MaxRowsPerNode != 500 || s.PaymentWei != "1000000000000000000000" || s.WithDefaults().Validate() != nil {
		t.Fatalf("spec %+v", s)
	}
}

func TestParseTask(t *testing.T) {
	tr, err := ParseTask([]byte("type: training\nmodel: hlr\nrounds: 12\nparams:\n  learning_rate: 0.05\n  hidden: 8\nvalidation: 0.25\nretry_window: 0s\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := tr.Train
	if tr.Stats != nil || s == nil || s.Model != "hlr" || s.Rounds != 12 || s.Params.LearningRate != 0.05 || s.Params.Hidden != 8 ||
		s.Validation != 0.25 || s.RetryWindow != -1 {
		t.Fatalf("training spec %+v", s)
	}
	cols, err := ParseTask([]byte("type: training\nmodel: hlr\nlabel: smoker\npositive: [current, former]\nfeatures: [age, sex]\nmissing: omit\nridge: 0\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c := cols.Train; c.Label != "smoker" || !slices.Equal(c.Positive, []string{"current", "former"}) || !slices.Equal(c.Features, []string{"age", "sex"}) ||
		c.Missing != "omit" || c.Ridge == nil || *c.Ridge != 0 {
		t.Fatalf("training spec with columns %+v", c)
	}
	st, err := ParseTask([]byte("type: statistics\ncolumns: [age]\n"))
	if err != nil || st.Stats == nil || st.Train != nil {
		t.Fatalf("statistics task %+v, %v", st, err)
	}
	for in, want := range map[string]string{
		"type: statistics\nmodel: lr\nrounds: 3\n": "model, rounds: only for training tasks",
		"type: statistics\nlabel: num\nridge: 1\n": "label, ridge: only for training tasks",
		"type: training\ncolumns: [age]\n":         "columns: only for statistics tasks",
		"type: training\nparams:\n  learning: 1\n": "field learning not found",
		"type: clustering\n":                       `unknown task type "clustering"`,
		"model: lr\n":                              "missing type",
	} {
		if _, err := ParseTask([]byte(in)); err == nil || !errors.Is(err, ErrSpec) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", in, err, want)
		}
	}
}

func TestSettleWindow(t *testing.T) {
	task, err := ParseTask([]byte("type: statistics\nsettle_window: 45s\n"))
	if err != nil || task.Stats.SettleWindow != 45*time.Second {
		t.Fatalf("settle_window 45s: %+v, %v", task.Stats, err)
	}
	task, err = ParseTask([]byte("type: training\nsettle_window: 2m\n"))
	if err != nil || task.Train.SettleWindow != 2*time.Minute || task.Train.WithDefaults().SettleWindow != 2*time.Minute {
		t.Fatalf("training settle_window 2m: %+v, %v", task.Train, err)
	}
	for _, bad := range []string{"0s", "-1m", "soon"} {
		if _, err := ParseTask([]byte("type: statistics\nsettle_window: " + bad + "\n")); !errors.Is(err, ErrSpec) {
			t.Errorf("settle_window %s: %v", bad, err)
		}
	}
}

func TestParseDP(t *testing.T) {
	s, err := Parse([]byte("type: statistics\ndp: {epsilon: 0.5}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d := s.WithDefaults().DP; d == nil || d.Epsilon != 0.5 || d.Mechanism != workflows.MechanismDiscreteLaplace || s.WithDefaults().Validate() != nil {
		t.Fatalf("spec %+v", s.DP)
	}
	for _, bad := range []string{"type: statistics\ndp: {epsilon: 0}\n", "type: statistics\ndp: {epsilon: 1}\nprotocol: additive\n"} {
		s, err := Parse([]byte(bad))
		if err == nil {
			err = s.WithDefaults().Validate()
		}
		if err == nil || !strings.Contains(err.Error(), "dp") {
			t.Errorf("%q: %v", bad, err)
		}
	}
	tk, err := ParseTask([]byte("type: training\nrounds: 10\ndp: {epsilon: 1}\n"))
	if err != nil {
		t.Fatal(err)
	}
	if tr := tk.Train.WithDefaults(); tr.DP == nil || tr.DP.Epsilon != 1 || tr.ClipNorm != 1 || tr.Validate() != nil || tr.ReleaseDP().Epsilon != 0.1 {
		t.Fatalf("training spec %+v", tr)
	}
	tk, err = ParseTask([]byte("type: training\nmodel: hlr\ndp: {epsilon: 1}\n"))
	if err == nil {
		err = tk.Train.WithDefaults().Validate()
	}
	if err == nil || !strings.Contains(err.Error(), "dp: hlr") {
		t.Errorf("dp for hlr: %v", err)
	}
}
