// Package spec reads task spec files, YAML or JSON, strictly: an unknown
// key, a wrong type or an unknown task type is an error that names it.
//
// A statistics spec:
//
//	type: statistics          # required
//	schema: heart-disease     # default heart-disease
//	columns: [age, chol, num] # default: every column of the schema
//	requester: institute-b    # default anonymous
//	protocol: mascot          # mascot (default, actively secure) or additive (semi-honest; nodes take part only with allow_additive in their policy)
//	max_rows_per_node: 10000  # each node proves its counts are at most this, in MPC; default 0: no bound
//	payment_wei: 1000000000000000  # paid to each node on chain when the result is published; default: no payment
//	escrow_wei: 4000000000000000   # the deposit; default payment_wei × len(nodes)
//	min_nodes: 3              # default 3, at least 2
//	nodes: [cleveland, va, hungarian]  # default: every live node with the schema (a paid task: at most escrow_wei / (payment_wei × rounds), first by ID)
//	exclude: [switzerland]    # nodes never to select
//	max_round_attempts: 3     # automatic attempts of a round, default 3
//	retry_window: 1h          # how long a failed round waits for retry-round; default 1h, "0s" fails at once
//	settle_window: 10m        # how long settlement tries a chain that does not answer; default 10m
//	dp: {epsilon: 1}          # ε-differentially private statistics (discrete Laplace noise added inside MASCOT); default none
//
// A training spec takes the same node keys (schema, requester, protocol,
// min_nodes, nodes, exclude, max_round_attempts, retry_window,
// settle_window) and:
//
//	type: training            # required
//	model: lr                 # lr (default), mlp or hlr
//	params:                   # hyperparameters; zero means the model's default
//	  learning_rate: 0.1
//	  epochs: 1               # local epochs per round
//	  batch_size: 32
//	  hidden: 16              # mlp hidden units
//	  l2: 0.0001
//	  mu: 0                   # FedProx proximal term; 0 is FedAvg
//	  seed: 1
//	rounds: 30                # most rounds; default 30
//	patience: 5               # stop after this many rounds without a better validation loss; negative: never
//	tol: 1e-8                 # hlr: stop when no coefficient moves more than this
//	validation: 0.2           # fraction of each node's rows scored every round
//	payment_wei: 100000000000000   # paid on chain per node and round; escrow_wei defaults to it × nodes × rounds
//	clip_norm: 1              # lr/mlp: each node's update clipped to this L2 norm, proven in MASCOT before the sum; default 0: none (with dp: 1, and each row's gradient clipped to it in L1)
//	dp: {epsilon: 8}          # lr/mlp: an ε-differentially private model, ε in all; each round one noisy step of gradient descent (learning_rate default 3); default none
package spec

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
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
	PaymentWei       string   `yaml:"payment_wei"`
	EscrowWei        string   `yaml:"escrow_wei"`
	MinNodes         int      `yaml:"min_nodes"`
	Nodes            []string `yaml:"nodes"`
	Exclude          []string `yaml:"exclude"`
	MaxRoundAttempts int      `yaml:"max_round_attempts"`
	RetryWindow      string   `yaml:"retry_window"`
	SettleWindow     string   `yaml:"settle_window"`
	DP               *struct {
		Epsilon float64 `yaml:"epsilon"`
	} `yaml:"dp"`
	// Training only.
	Model      *string                `yaml:"model"`
	Params     *workflows.TrainParams `yaml:"params"`
	Rounds     *int                   `yaml:"rounds"`
	Patience   *int                   `yaml:"patience"`
	Tol        *float64               `yaml:"tol"`
	Validation *float64               `yaml:"validation"`
	Label      *string                `yaml:"label"`
	Positive   []string               `yaml:"positive"`
	Features   []string               `yaml:"features"`
	Missing    *string                `yaml:"missing"`
	Ridge      *float64               `yaml:"ridge"`
	ClipNorm   *float64               `yaml:"clip_norm"`
}

// Task is a parsed spec file: exactly one of Stats and Train is set.
type Task struct {
	Stats *workflows.StatsSpec
	Train *workflows.TrainSpec
}

// ReadTaskFile parses the spec file at path, of any task type.
func ReadTaskFile(path string) (Task, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Task{}, fmt.Errorf("spec: %w", err)
	}
	t, err := ParseTask(b)
	if err != nil {
		return Task{}, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// ParseTask parses a YAML or JSON spec of a statistics or a training task.
// Defaults are not applied.
func ParseTask(b []byte) (Task, error) {
	f, err := decode(b)
	if err != nil {
		return Task{}, err
	}
	switch f.Type {
	case workflows.TaskTypeStatistics:
		s, err := f.stats()
		return Task{Stats: &s}, err
	case workflows.TaskTypeTraining:
		s, err := f.train()
		return Task{Train: &s}, err
	case "":
		return Task{}, fmt.Errorf("%w: missing type (want %s or %s)", ErrSpec, workflows.TaskTypeStatistics, workflows.TaskTypeTraining)
	}
	return Task{}, fmt.Errorf("%w: unknown task type %q (known: %s, %s)", ErrSpec, f.Type, workflows.TaskTypeStatistics, workflows.TaskTypeTraining)
}

func decode(b []byte) (file, error) {
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	var f file
	if err := dec.Decode(&f); err != nil {
		if errors.Is(err, io.EOF) {
			return file{}, fmt.Errorf("%w: empty spec", ErrSpec)
		}
		return file{}, fmt.Errorf("%w: %v", ErrSpec, err)
	}
	return f, nil
}

// settleWindow parses settle_window; empty means the default.
func (f file) settleWindow() (time.Duration, error) {
	if f.SettleWindow == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(f.SettleWindow)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("%w: settle_window %q is not a positive duration such as 10m", ErrSpec, f.SettleWindow)
	}
	return d, nil
}

func (f file) retryWindow() (time.Duration, error) {
	if f.RetryWindow == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(f.RetryWindow)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%w: retry_window %q is not a duration such as 30m or 0s", ErrSpec, f.RetryWindow)
	}
	if d == 0 {
		d = -1 // fail at once
	}
	return d, nil
}

func (f file) train() (workflows.TrainSpec, error) {
	var bad []string
	if len(f.Columns) > 0 {
		bad = append(bad, "columns")
	}
	if f.MaxRowsPerNode != 0 {
		bad = append(bad, "max_rows_per_node")
	}
	if len(bad) > 0 {
		return workflows.TrainSpec{}, fmt.Errorf("%w: %s: only for statistics tasks", ErrSpec, strings.Join(bad, ", "))
	}
	s := workflows.TrainSpec{Schema: f.Schema, Requester: f.Requester, Protocol: f.Protocol, MinNodes: f.MinNodes,
		Nodes: f.Nodes, Exclude: f.Exclude, MaxRoundAttempts: f.MaxRoundAttempts, PaymentWei: f.PaymentWei, EscrowWei: f.EscrowWei}
	if f.Model != nil {
		s.Model = *f.Model
	}
	if f.Params != nil {
		s.Params = *f.Params
	}
	if f.Rounds != nil {
		s.Rounds = *f.Rounds
	}
	if f.Patience != nil {
		s.Patience = *f.Patience
	}
	if f.Tol != nil {
		s.Tol = *f.Tol
	}
	if f.Validation != nil {
		s.Validation = *f.Validation
	}
	if f.Label != nil {
		s.Label = *f.Label
	}
	s.Positive, s.Features, s.Ridge = f.Positive, f.Features, f.Ridge
	if f.ClipNorm != nil {
		s.ClipNorm = *f.ClipNorm
	}
	if f.DP != nil {
		s.DP = &workflows.DP{Epsilon: f.DP.Epsilon}
	}
	if f.Missing != nil {
		s.Missing = *f.Missing
	}
	var err error
	if s.RetryWindow, err = f.retryWindow(); err != nil {
		return s, err
	}
	s.SettleWindow, err = f.settleWindow()
	return s, err
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

// Parse parses a YAML or JSON spec of a statistics task. Defaults are not
// applied.
func Parse(b []byte) (workflows.StatsSpec, error) {
	f, err := decode(b)
	if err != nil {
		return workflows.StatsSpec{}, err
	}
	switch f.Type {
	case workflows.TaskTypeStatistics:
	case "":
		return workflows.StatsSpec{}, fmt.Errorf("%w: missing type (want %q)", ErrSpec, workflows.TaskTypeStatistics)
	default:
		return workflows.StatsSpec{}, fmt.Errorf("%w: unknown task type %q (known: %s)", ErrSpec, f.Type, workflows.TaskTypeStatistics)
	}
	return f.stats()
}

func (f file) stats() (workflows.StatsSpec, error) {
	var bad []string
	for name, set := range map[string]bool{"model": f.Model != nil, "params": f.Params != nil, "rounds": f.Rounds != nil,
		"patience": f.Patience != nil, "tol": f.Tol != nil, "validation": f.Validation != nil, "label": f.Label != nil,
		"positive": f.Positive != nil, "features": f.Features != nil, "missing": f.Missing != nil, "ridge": f.Ridge != nil, "clip_norm": f.ClipNorm != nil} {
		if set {
			bad = append(bad, name)
		}
	}
	if len(bad) > 0 {
		slices.Sort(bad)
		return workflows.StatsSpec{}, fmt.Errorf("%w: %s: only for training tasks", ErrSpec, strings.Join(bad, ", "))
	}
	s := workflows.StatsSpec{
		Schema: f.Schema, Columns: f.Columns, Requester: f.Requester, Protocol: f.Protocol, MaxRowsPerNode: f.MaxRowsPerNode,
		PaymentWei: f.PaymentWei, EscrowWei: f.EscrowWei,
		MinNodes: f.MinNodes, Nodes: f.Nodes, Exclude: f.Exclude, MaxRoundAttempts: f.MaxRoundAttempts,
	}
	if f.DP != nil {
		s.DP = &workflows.DP{Epsilon: f.DP.Epsilon}
	}
	var err error
	if s.RetryWindow, err = f.retryWindow(); err != nil {
		return s, err
	}
	s.SettleWindow, err = f.settleWindow()
	return s, err
}
