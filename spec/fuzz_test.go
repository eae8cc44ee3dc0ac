package spec

import (
	"errors"
	"testing"
)

// FuzzParseTask feeds the spec parser arbitrary YAML and JSON: it never
// panics, every error it returns wraps ErrSpec, a spec it accepts is of
// exactly one task type, and validating it with its defaults never panics.
func FuzzParseTask(f *testing.F) {
	for _, s := range []string{
		"type: statistics\ncolumns: [age, chol]\nmin_nodes: 2\nretry_window: 10m\n",
		`{"type": "statistics", "columns": ["age"], "retry_window": "0s", "payment_wei": "1000"}`,
		"type: training\nmodel: hlr\nrounds: 12\nparams:\n  learning_rate: 0.05\n  hidden: 8\nvalidation: 0.25\n",
		"type: training\nmodel: mlp\ntol: -1\nvalidation: 2\npatience: -3\n",
		"type: statistics\nretry_window: soon\n",
		"type: clustering\n",
		"type: [statistics]\n",
		"nodes: {a: b}\n",
		"---\n...\n",
		"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		task, err := ParseTask(b)
		if err != nil {
			if !errors.Is(err, ErrSpec) {
				t.Fatalf("error %q does not wrap ErrSpec", err)
			}
			return
		}
		switch {
		case (task.Stats == nil) == (task.Train == nil):
			t.Fatalf("accepted spec %q is not of exactly one task type", b)
		case task.Stats != nil:
			_ = task.Stats.WithDefaults().Validate()
		default:
			_ = task.Train.WithDefaults().Validate()
		}
	})
}
