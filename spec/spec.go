// Package spec reads task spec files, YAML or JSON, strictly: an unknown
// key, a wrong type or an unknown task type is an error that names it.
//
// A statistics spec:
//
//	type: statistics          # required
//	schema: heart-disease     # default heart-disease
//	columns: [age, chol, num] # default: every column of the schema
//	requester: institute-b    # default anonymous
//	protocol: mascot          # mascot (default, actively secure) or additive (semi-honest)
//	max_rows_per_node: 10000  # each node proves its counts are at most this, in MPC; default 0: no bound
//	min_nodes: 3              # default 3, at least 2
//	nodes: [cleveland, va, hungarian]  # default: every live node with the schema
//	exclude: [switzerland]    # nodes never to select
//	max_round_attempts: 3     # automatic attempts of a round, default 3
//	retry_window: 1h          # how long a failed round waits for retry-round; default 1h, "0s" fails at once
package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/twopm/twopm/workflows"
)

// ErrSpec is wrapped by every error about a spec's content.
var ErrSpec = errors.New("spec")

type file struct {
	Type             string   `yaml:"type"`
	Schema           string   `yaml:"schema"`
	Columns          []string `yaml:"columns"`
	Requester        string   `yaml:"requester"`
	Protocol         string   `yaml:"protocol"`
	MaxRowsPerNode   int64    `yaml:"max_rows_per_node"`
	MinNodes         int      `yaml:"min_nodes"`
	Nodes            []string `yaml:"nodes"`
	Exclude          []string `yaml:"exclude"`
	MaxRoundAttempts int      `yaml:"max_round_attempts"`
	RetryWindow      string   `yaml:"retry_window"`
}

// ReadFile parses the spec file at path.
func ReadFile(path string) (workflows.StatsSpec, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return workflows.StatsSpec{}, fmt.Errorf("spec: %w", err)
	}
	s, err := Parse(b)
	if err != nil {
		return workflows.StatsSpec{}, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Parse parses a YAML or JSON spec. Defaults are not applied.
func Parse(b []byte) (workflows.StatsSpec, error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var f file
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return workflows.StatsSpec{}, fmt.Errorf("%w: empty spec", ErrSpec)
		}
		return workflows.StatsSpec{}, fmt.Errorf("%w: %v", ErrSpec, err)
	}
	switch f.Type {
	case workflows.TaskTypeStatistics:
	case "":
		return workflows.StatsSpec{}, fmt.Errorf("%w: missing type (want %q)", ErrSpec, workflows.TaskTypeStatistics)
	default:
		return workflows.StatsSpec{}, fmt.Errorf("%w: unknown task type %q (known: %s)", ErrSpec, f.Type, workflows.TaskTypeStatistics)
	}
	s := workflows.StatsSpec{
		Schema: f.Schema, Columns: f.Columns, Requester: f.Requester, Protocol: f.Protocol, MaxRowsPerNode: f.MaxRowsPerNode,
		MinNodes: f.MinNodes, Nodes: f.Nodes, Exclude: f.Exclude, MaxRoundAttempts: f.MaxRoundAttempts,
	}
	if f.RetryWindow != "" {
		d, err := time.ParseDuration(f.RetryWindow)
		if err != nil || d < 0 {
			return workflows.StatsSpec{}, fmt.Errorf("%w: retry_window %q is not a duration such as 30m or 0s", ErrSpec, f.RetryWindow)
		}
		if d == 0 {
			d = -1 // fail at once
		}
		s.RetryWindow = d
	}
	return s, nil
}
