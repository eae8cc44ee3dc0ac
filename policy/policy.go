// Package policy is a hospital's own rules for its node: a file on the
// node, never sent to the network, that says what the node takes part in
// (which requesters, which task types, which columns for which use, how
// many tasks a day) and the disclosure rules every result it contributes
// to must follow. The node reads it again when it changes, announces its
// hash in its heartbeat, and answers the coordinator's admission question
// at selection, before any of its data is computed on: a task the policy
// refuses leaves the node out with the reason, never half-way through.
package policy

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/stats"
)

// Task types a policy names.
const (
	TypeStatistics = "statistics"
	TypeTraining   = "training"
)

// Column uses a policy names.
const (
	UseSummary = "summary" // summarized by a statistics task
	UseFeature = "feature" // a model's feature
	UseLabel   = "label"   // a model's label
)

// DefaultGLMRatio is DataSHIELD's default: a model may have at most a
// third as many parameters as the node has rows.
const DefaultGLMRatio = 0.33

// ErrPolicy is a policy file that does not parse or says something
// impossible.
var ErrPolicy = errors.New("policy: invalid policy")

// Policy is a node's rules. The zero Policy admits every task under
// stats.DefaultRules.
type Policy struct {
	// Disclosure are the thresholds every result the node contributes to
	// must follow; zero fields take stats.DefaultRules' values.
	Disclosure stats.Rules `yaml:"disclosure"`
	// Requesters admitted (task requester names or chain accounts);
	// empty admits every requester.
	Requesters []string `yaml:"requesters"`
	// TaskTypes admitted (TypeStatistics, TypeTraining); empty admits
	// both.
	TaskTypes []string `yaml:"task_types"`
	// Columns maps a column to the uses it may be put to (UseSummary,
	// UseFeature, UseLabel; an empty list: none). A column not listed may
	// be put to every use.
	Columns map[string][]string `yaml:"columns"`
	// MaxTasksPerDay bounds the tasks admitted in any 24 hours; 0 is no
	// bound.
	MaxTasksPerDay int `yaml:"max_tasks_per_day"`
	// RequireDP admits only differentially private tasks: statistics or
	// training that ask for DP.
	RequireDP bool `yaml:"require_dp"`
	// AllowAdditive lets the node release statistics by the additive
	// protocol, which opens every sum to the nodes, the ones disclosure
	// control withholds from the result included. Without it the node
	// takes part in statistics (and a training task's preparation round)
	// only by MASCOT, which opens nothing withheld.
	AllowAdditive bool `yaml:"allow_additive"`
	// GLMRatio bounds a trained model's parameters against the node's
	// rows (DataSHIELD's nfilter.glm): the node takes part in no training
	// round of a model with more than GLMRatio × its rows parameters. 0
	// takes DefaultGLMRatio.
	GLMRatio float64 `yaml:"glm_ratio"`
	// PrivacyBudget is what the differentially private tasks on the
	// node's data set may spend (Accountant). A policy without it has
	// DefaultBudget; one with it says each field it means (a missing
	// period is 30 days, a missing epsilon 0, which admits no
	// differentially private task).
	PrivacyBudget Budget `yaml:"privacy_budget"`

	hash string
}

// Default is the policy of a node without a policy file.
func Default() *Policy {
	p := &Policy{}
	p.fill()
	p.hash = hashOf(nil)
	return p
}

// Parse reads a policy file; file names it in errors, which name the line.
func Parse(b []byte, file string) (*Policy, error) {
	var p Policy
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&p); err != nil && !errors.Is(err, io.EOF) { // an empty file is the default policy
		return nil, fmt.Errorf("%w: %s: %s", ErrPolicy, file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	p.fill()
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrPolicy, file, err)
	}
	p.hash = hashOf(b)
	return &p, nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// Hash is the SHA-256 of the policy file (of no bytes for Default): what
// the node announces and results record.
func (p *Policy) Hash() string { return p.hash }

func (p *Policy) fill() {
	d := stats.DefaultRules()
	if p.Disclosure.MinCell == 0 {
		p.Disclosure.MinCell = d.MinCell
	}
	if p.Disclosure.MinRows == 0 {
		p.Disclosure.MinRows = d.MinRows
	}
	if p.Disclosure.MinNodes == 0 {
		p.Disclosure.MinNodes = d.MinNodes
	}
	if p.GLMRatio == 0 {
		p.GLMRatio = DefaultGLMRatio
	}
	if b := DefaultBudget(); p.PrivacyBudget == (Budget{}) {
		p.PrivacyBudget = b
	} else if p.PrivacyBudget.Period == 0 {
		p.PrivacyBudget.Period = b.Period
	}
}

func (p *Policy) validate() error {
	var errs []error
	if err := p.Disclosure.Validate(); err != nil {
		errs = append(errs, err)
	}
	for _, t := range p.TaskTypes {
		if t != TypeStatistics && t != TypeTraining {
			errs = append(errs, fmt.Errorf("task_types: %q is not %s or %s", t, TypeStatistics, TypeTraining))
		}
	}
	for _, c := range slices.Sorted(maps.Keys(p.Columns)) {
		for _, u := range p.Columns[c] {
			if u != UseSummary && u != UseFeature && u != UseLabel {
				errs = append(errs, fmt.Errorf("columns: %s: %q is not %s, %s or %s", c, u, UseSummary, UseFeature, UseLabel))
			}
		}
	}
	if !(p.GLMRatio > 0 && p.GLMRatio <= 1) {
		errs = append(errs, fmt.Errorf("glm_ratio %v is not in (0, 1]", p.GLMRatio))
	}
	if err := p.PrivacyBudget.validate(); err != nil {
		errs = append(errs, err)
	}
	if p.MaxTasksPerDay < 0 {
		errs = append(errs, fmt.Errorf("max_tasks_per_day %d is negative", p.MaxTasksPerDay))
	}
	for _, r := range p.Requesters {
		if strings.TrimSpace(r) == "" {
			errs = append(errs, errors.New("requesters: an empty name"))
		}
	}
	return errors.Join(errs...)
}

// CheckSchema reports the columns the policy names that schema s lacks,
// which is likely a typo: a column the policy means to restrict would
// stay unrestricted.
func (p *Policy) CheckSchema(s dataset.Schema) error {
	var unknown []string
	for c := range p.Columns {
		if s.Index(c) < 0 {
			unknown = append(unknown, c)
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return fmt.Errorf("%w: columns %s are not columns of %s", ErrPolicy, strings.Join(unknown, ", "), s.Ref())
	}
	return nil
}

// Request is what a task asks of a node.
type Request struct {
	Type      string
	Requester string
	// Account is the requester's chain account, for a paid task.
	Account string
	// Summary are the columns a statistics task summarizes; Label and
	// Features the columns a training task uses (its prep round
	// summarizes those only).
	Summary  []string
	Label    string
	Features []string
	// DP says the task asks for differential privacy.
	DP bool
	// Additive says statistics are to be released by the additive
	// protocol (AllowAdditive).
	Additive bool
}

// Admit returns nil if the policy admits r, or an error saying which rule
// refuses it. It does not count the task against MaxTasksPerDay: the
// Ledger does.
func (p *Policy) Admit(r Request) error {
	if p.RequireDP && !r.DP {
		return fmt.Errorf("the task asks for no differential privacy (require_dp)")
	}
	if r.Additive && !p.AllowAdditive {
		return errors.New("the additive protocol would open the statistics disclosure control withholds to every node (allow_additive)")
	}
	if len(p.TaskTypes) > 0 && !slices.Contains(p.TaskTypes, r.Type) {
		return fmt.Errorf("task type %s is not admitted (task_types: %s)", r.Type, strings.Join(p.TaskTypes, ", "))
	}
	if len(p.Requesters) > 0 && !slices.Contains(p.Requesters, r.Requester) &&
		!(r.Account != "" && slices.ContainsFunc(p.Requesters, func(a string) bool { return strings.EqualFold(a, r.Account) })) {
		return fmt.Errorf("requester %s is not admitted", r.Requester)
	}
	use := func(col, u string) error {
		uses, listed := p.Columns[col]
		if listed && !slices.Contains(uses, u) {
			return fmt.Errorf("column %s may not be a %s (columns: %s: [%s])", col, u, col, strings.Join(uses, ", "))
		}
		return nil
	}
	var errs []error
	for _, c := range r.Summary {
		errs = append(errs, use(c, UseSummary))
	}
	for _, c := range r.Features {
		errs = append(errs, use(c, UseFeature))
	}
	if r.Label != "" {
		errs = append(errs, use(r.Label, UseLabel))
	}
	return errors.Join(errs...)
}
