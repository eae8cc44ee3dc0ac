package workflows

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// TaskTypeTraining is the TwoPMTaskType of a training task.
const TaskTypeTraining = "training"

// Models a training task may fit.
const (
	// ModelLR is L2-regularized logistic regression trained by FedAvg.
	ModelLR = "lr"
	// ModelMLP is a one-hidden-layer perceptron trained by FedAvg.
	ModelMLP = "mlp"
	// ModelHLR is horizontal logistic regression by Newton's method: each
	// round sums the nodes' gradients and Hessians.
	ModelHLR = "hlr"
)

// Models lists the models, the default first.
var Models = []string{ModelLR, ModelMLP, ModelHLR}

// Training defaults.
const (
	DefaultTrainRounds = 30
	DefaultPatience    = 5
	DefaultValidation  = 0.2
	DefaultNewtonTol   = 1e-8
	// TrainContinueEvery is how many rounds a training task runs before it
	// continues as new, which keeps its history bounded.
	TrainContinueEvery = 10
	// MaxTrainRounds is the most rounds a task may ask for.
	MaxTrainRounds = 1000
	// ProvenNewtonTol is the least Tol of a proven hlr task, whose
	// coefficients are fixed point with 16 fractional bits (2^-16 ≈
	// 1.5e-5).
	ProvenNewtonTol = 1e-4
	// MaxHoldout is the most rows out of which a proven task holds one
	// out (dataset.MaxHoldoutEvery).
	MaxHoldout = 256
)

// TrainParams are a model's hyperparameters; zero means the model's
// default (see package model: learning rate 0.1, 1 local epoch per round,
// batch 32, 16 hidden units, L2 1e-4, FedProx mu 0).
type TrainParams struct {
	LearningRate float64 `json:"learning_rate,omitempty" yaml:"learning_rate"`
	Epochs       int     `json:"epochs,omitempty" yaml:"epochs"`
	BatchSize    int     `json:"batch_size,omitempty" yaml:"batch_size"`
	Hidden       int     `json:"hidden,omitempty" yaml:"hidden"`
	L2           float64 `json:"l2,omitempty" yaml:"l2"`
	Mu           float64 `json:"mu,omitempty" yaml:"mu"`
	Seed         uint64  `json:"seed,omitempty" yaml:"seed"`
}

// TrainSpec is what a requester asks of a FederatedTraining task.
type TrainSpec struct {
	// Schema is the data schema of the nodes. Empty means "heart-disease".
	Schema string `json:"schema"`
	// Model is "lr", "mlp" or "hlr". Empty means "lr".
	Model  string      `json:"model"`
	Params TrainParams `json:"params"`
	// Rounds is the most rounds to run. Zero means 30.
	Rounds int `json:"rounds"`
	// Patience stops training after this many rounds without a better
	// validation loss (FedAvg models). Zero means 5; negative never stops
	// early.
	Patience int `json:"patience"`
	// Tol stops Newton's method (hlr) once no coefficient moves more than
	// this in a round. Zero means 1e-8; a proven task (Circuit) uses at
	// least ProvenNewtonTol.
	Tol float64 `json:"tol"`
	// Validation is the fraction of each node's training rows it keeps to
	// score the model each round. Zero means 0.2.
	Validation float64 `json:"validation"`
	// Requester, Protocol, MinNodes, Nodes, Exclude, MaxRoundAttempts,
	// RetryWindow and SettleWindow mean what they mean in StatsSpec.
	Requester        string        `json:"requester"`
	Protocol         string        `json:"protocol"`
	MinNodes         int           `json:"min_nodes"`
	Nodes            []string      `json:"nodes,omitempty"`
	Exclude          []string      `json:"exclude,omitempty"`
	MaxRoundAttempts int           `json:"max_round_attempts"`
	RetryWindow      time.Duration `json:"retry_window"`
	SettleWindow     time.Duration `json:"settle_window,omitempty"`
	// PaymentWei, if set, is paid on chain to each node for each round it
	// contributes to: every round's model hash is recorded on chain with
	// its nodes, and the task settles when training ends. EscrowWei is the
	// deposit; empty means PaymentWei × len(Nodes) × Rounds.
	PaymentWei string `json:"payment_wei,omitempty"`
	EscrowWei  string `json:"escrow_wei,omitempty"`
	// Circuit, set by the requester's client for a paid hlr task when the
	// network has a verifier for it, is the circuit version (package
	// circuits/setup) every node proves each round's gradient with: a
	// node is paid for a round only when its proof verifies on chain.
	// Each node then holds out about one row in HoldoutEvery() for
	// validation, drawn by a keyed hash of the row's position under a key
	// fixed after the prep round (train.HoldoutKey), since the proof
	// covers its whole registered table.
	Circuit string `json:"circuit,omitempty"`
	// Label is the column the model predicts. Empty means the label the
	// schema declares. It must be categorical; Positive lists its levels
	// that count as class 1 (empty: the schema's positive levels if Label
	// is the schema's label column, else the second of two levels, the
	// first being the reference, as R's glm reads a two-level factor).
	Label    string   `json:"label,omitempty"`
	Positive []string `json:"positive,omitempty"`
	// Features are the columns the model reads, in this order. Empty
	// means every column but the label and those the schema's table
	// never offers as a feature (a sample id). A proven task (Circuit)
	// takes the circuit's features: every column but the schema's label.
	Features []string `json:"features,omitempty"`
	// Missing says what becomes of a row with a missing feature or label:
	// MissingImpute (the default) imputes a missing feature from the
	// federated statistics (the mean, or the most frequent level) and adds
	// an indicator feature "column=?"; MissingOmit leaves the row out of
	// the fit and the validation (complete-case analysis, the default of
	// R's glm). A row with a missing label is always left out. A proven
	// task imputes: its circuit covers every row.
	Missing string `json:"missing,omitempty"`
	// Ridge, for hlr, is the coefficient l2 of the penalty (l2/2)·Σβ_j²
	// over the coefficients of the standardized features (not the
	// intercept); 0 is the plain maximum-likelihood fit. When set it
	// replaces Params.L2 (WithDefaults copies it there); unset, hlr uses
	// Params.L2, whose zero is also the plain fit. With a ridge above 0
	// the estimate always exists; without, a task whose pooled
	// maximum-likelihood estimate does not exist (collinear features,
	// separated classes) fails saying which.
	Ridge *float64 `json:"ridge,omitempty"`
	// ClipNorm, if positive (lr and mlp, protocol mascot), bounds each
	// node's model update: a node sends its update w_local − w_global
	// clipped to this L2 norm, and the secure aggregation proves, for
	// every node, that the update's squared norm is at most ClipNorm²
	// before it enters the sum, weighted by the node's row count (itself
	// proven to be at most MaxRowsBound). Every round's step is then at
	// most ClipNorm long, whatever any node sends; a node that claims
	// many rows still sets much of its direction. Zero: no bound. With
	// DP it also bounds each row's gradient, in L1 (see DP).
	ClipNorm float64 `json:"clip_norm,omitempty"`
	// DP, if set (lr and mlp, protocol mascot, unproven), makes the model
	// ε-differentially private for DP.Epsilon in all: there is no
	// preparation round (the encoding comes from the schema, see
	// train.InitTraining), and every round is a release of ε/rounds
	// (ReleaseDP). Each round is one step of gradient descent: a
	// node clips each training row's gradient to L1 norm ClipNorm
	// (default 1) and sends their mean and its row count, the secure
	// aggregation checks the mean's L2 norm and the count as for any
	// clipped update, and every node adds discrete Laplace noise to the
	// sum before it is opened. No validation score is released: every
	// round runs, and the last round's model is the result.
	DP *DP `json:"dp,omitempty"`
}

// ReleaseDP returns the privacy of each of a DP task's releases: its ε
// shared evenly by its rounds; nil without DP.
func (s TrainSpec) ReleaseDP() *DP {
	if s.DP == nil {
		return nil
	}
	rounds := s.Rounds
	if rounds < 1 {
		rounds = DefaultTrainRounds
	}
	return &DP{Epsilon: s.DP.Epsilon / float64(rounds), Mechanism: MechanismDiscreteLaplace}
}

// DefaultDPLearningRate is the step size of a DP task's gradient descent
// when its params name none.
const DefaultDPLearningRate = 3.0

// maxFloat64 is the largest finite float64 (math.MaxFloat64, which a
// workflow package does not import).
const maxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))

// What a training task does with rows that miss a value (TrainSpec.Missing).
const (
	MissingImpute = "impute"
	MissingOmit   = "omit"
)

// HLRRidge returns the ridge coefficient of an hlr task: Ridge if set, else
// Params.L2.
func (s TrainSpec) HLRRidge() float64 {
	if s.Ridge != nil {
		return *s.Ridge
	}
	return s.Params.L2
}

// HoldoutEvery returns how many rows a proven task's nodes hold one out
// of, on average, for validation: round(1/Validation). Which rows is
// drawn per task by a keyed hash of each row's position
// (train.HoldoutKey, dataset.HoldoutRows), not by index, so a node
// cannot choose them by ordering its file.
func (s TrainSpec) HoldoutEvery() int {
	s = s.WithDefaults()
	return int(1/s.Validation + 0.5) // round(1/Validation); Validation > 0
}

// WithDefaults returns s with every zero field set to its default.
func (s TrainSpec) WithDefaults() TrainSpec {
	st := s.stats().WithDefaults()
	s.Schema, s.Requester, s.Protocol, s.MinNodes = st.Schema, st.Requester, st.Protocol, st.MinNodes
	s.MaxRoundAttempts, s.RetryWindow, s.SettleWindow = st.MaxRoundAttempts, st.RetryWindow, st.SettleWindow
	if s.Model == "" {
		s.Model = ModelLR
	}
	if s.Rounds == 0 {
		s.Rounds = DefaultTrainRounds
	}
	if s.Patience == 0 {
		s.Patience = DefaultPatience
	}
	if s.Tol == 0 {
		s.Tol = DefaultNewtonTol
	}
	if s.Validation == 0 {
		s.Validation = DefaultValidation
	}
	if s.Missing == "" {
		s.Missing = MissingImpute
	}
	if s.Ridge != nil && s.Model == ModelHLR {
		s.Params.L2 = *s.Ridge
	}
	if s.DP != nil {
		d := *s.DP
		if d.Mechanism == "" {
			d.Mechanism = MechanismDiscreteLaplace
		}
		s.DP = &d
		if s.ClipNorm == 0 {
			s.ClipNorm = 1
		}
		if s.Params.LearningRate == 0 {
			s.Params.LearningRate = DefaultDPLearningRate
		}
	}
	return s
}

// Validate reports every problem of a spec with defaults applied, at once.
func (s TrainSpec) Validate() error {
	var probs []string
	if err := s.stats().Validate(); err != nil {
		probs = append(probs, strings.TrimPrefix(err.Error(), "spec: "))
	}
	if s.Rounds > 1 && escrowShort(s.PaymentWei, s.EscrowWei, s.Nodes, s.MinNodes, 1) == "" {
		if short := escrowShort(s.PaymentWei, s.EscrowWei, s.Nodes, s.MinNodes, s.Rounds); short != "" {
			probs = append(probs, short)
		}
	}
	if !slices.Contains(Models, s.Model) {
		probs = append(probs, fmt.Sprintf("model %q is not one of [%s]", s.Model, strings.Join(Models, ", ")))
	}
	if s.Rounds < 1 || s.Rounds > MaxTrainRounds {
		probs = append(probs, fmt.Sprintf("rounds %d is not in [1, %d]", s.Rounds, MaxTrainRounds))
	}
	if !(s.Validation > 0 && s.Validation < 1) {
		probs = append(probs, fmt.Sprintf("validation %v is not in (0, 1)", s.Validation))
	}
	if !(s.Tol > 0) {
		probs = append(probs, fmt.Sprintf("tol %v is not positive", s.Tol))
	}
	probs = append(probs, s.columnProblems()...)
	if s.ClipNorm != 0 {
		switch {
		case !(s.ClipNorm > 0 && s.ClipNorm <= MaxClipNorm):
			probs = append(probs, fmt.Sprintf("clip_norm %v is not in (0, %v]", s.ClipNorm, float64(MaxClipNorm)))
		case s.Model == ModelHLR:
			probs = append(probs, "clip_norm: hlr's Newton terms are sums of the rows, not an update to clip")
		case s.Protocol != ProtocolMascot:
			probs = append(probs, fmt.Sprintf("clip_norm needs protocol %q, which proves the bound", ProtocolMascot))
		}
	}
	if d := s.DP; d != nil {
		probs = append(probs, d.problems()...)
		switch {
		case s.Model == ModelHLR:
			probs = append(probs, "dp: hlr's Newton terms are sums of the rows, not clipped gradients; use lr or mlp")
		case s.Protocol != ProtocolMascot:
			probs = append(probs, fmt.Sprintf("dp needs protocol %q, which adds the noise before anything is opened", ProtocolMascot))
		case s.Circuit != "":
			probs = append(probs, "dp: a proven round opens the exact aggregate to its nodes; a task is proven or DP, not both")
		}
		if r := s.ReleaseDP(); r.Epsilon < 0.001 {
			probs = append(probs, fmt.Sprintf("dp epsilon %v over %d rounds leaves %.2g each, below 0.001", d.Epsilon, s.Rounds, r.Epsilon))
		}
	}
	if s.Circuit != "" {
		if s.Missing == MissingOmit {
			probs = append(probs, fmt.Sprintf("missing %s: circuit %s proves the gradient over every row of a node's table, so a proven task imputes missing values; train unproven to leave incomplete rows out", MissingOmit, s.Circuit))
		}
		if s.Model != ModelHLR || s.PaymentWei == "" {
			probs = append(probs, fmt.Sprintf("circuit %s: only paid hlr tasks are proven", s.Circuit))
		}
		if every := s.HoldoutEvery(); every < 2 || every > MaxHoldout {
			probs = append(probs, fmt.Sprintf("validation %v: a proven task holds out every 1/validation-th row, 2 to %d", s.Validation, MaxHoldout))
		}
	}
	p := s.Params
	if p.LearningRate < 0 || p.Epochs < 0 || p.BatchSize < 0 || p.Hidden < 0 || p.L2 < 0 || p.Mu < 0 {
		probs = append(probs, "params: learning_rate, epochs, batch_size, hidden, l2 and mu must not be negative")
	}
	if len(probs) > 0 {
		return fmt.Errorf("spec: %s", strings.Join(probs, "; "))
	}
	return nil
}

// columnProblems reports what is wrong with the label, features, missing
// and ridge of a spec, as far as can be told without its schema (package
// activities/train checks them against the schema).
func (s TrainSpec) columnProblems() []string {
	var probs []string
	if len(s.Positive) > 0 && s.Label == "" {
		probs = append(probs, "positive: name the label column it belongs to (label)")
	}
	seen := map[string]bool{}
	for i, f := range s.Features {
		switch {
		case f == "":
			probs = append(probs, fmt.Sprintf("features: entry %d is empty", i+1))
		case seen[f]:
			probs = append(probs, fmt.Sprintf("features: %q is listed twice", f))
		case s.Label != "" && f == s.Label:
			probs = append(probs, fmt.Sprintf("features: %q is the label column", f))
		}
		seen[f] = true
	}
	if s.Missing != "" && s.Missing != MissingImpute && s.Missing != MissingOmit {
		probs = append(probs, fmt.Sprintf("missing %q is not %s or %s", s.Missing, MissingImpute, MissingOmit))
	}
	if r := s.Ridge; r != nil {
		if s.Model != ModelHLR {
			probs = append(probs, fmt.Sprintf("ridge: only hlr takes a ridge; %s takes params.l2", s.Model))
		}
		if !(*r >= 0 && *r <= maxFloat64) { // NaN fails both
			probs = append(probs, fmt.Sprintf("ridge %v is not finite and non-negative", *r))
		}
	}
	return probs
}

// stats is the statistics view of a training spec: the nodes to select
// and the statistics that standardize the features.
// columns returns the columns the spec asks for, as nodes' policies see
// them.
func (s TrainSpec) columns() *TrainColumns {
	return &TrainColumns{Label: s.Label, Features: slices.Clone(s.Features)}
}

func (s TrainSpec) stats() StatsSpec {
	return StatsSpec{Schema: s.Schema, Requester: s.Requester, Protocol: s.Protocol, MinNodes: s.MinNodes,
		Nodes: s.Nodes, Exclude: s.Exclude, MaxRoundAttempts: s.MaxRoundAttempts, RetryWindow: s.RetryWindow, SettleWindow: s.SettleWindow,
		PaymentWei: s.PaymentWei, EscrowWei: s.EscrowWei}
}

// MaxClipNorm is the largest clip_norm: an update's entries stay far
// inside the fixed-point range.
const MaxClipNorm = 1000

// ArtifactRef names an object in the artifact store by key and content
// hash.
type ArtifactRef struct {
	Key    string `json:"key"`
	SHA256 string `json:"sha256"`
}

// TrainState is FederatedTraining's input, carried across ContinueAsNew.
type TrainState struct {
	Spec TrainSpec `json:"spec"`
	// Round is the last round done; 0 before the first.
	Round int `json:"round"`
	// Model is the current global model; empty before training starts.
	Model    ArtifactRef `json:"model"`
	Encoding ArtifactRef `json:"encoding"`
	// Params is the model's number of parameters, which each node's glm
	// rule weighs against its rows at admission (0: not known, for
	// histories from before it).
	Params int `json:"params,omitempty"`
	// Best is the round with the lowest validation loss so far.
	Best    int            `json:"best"`
	Exclude []string       `json:"exclude,omitempty"`
	History []RoundMetrics `json:"history,omitempty"`
	Stopped string         `json:"stopped,omitempty"`
	// Unproven are the nodes left out of a proven round because their
	// proofs did not verify; they stay in Exclude.
	Unproven []UnprovenNode `json:"unproven,omitempty"`
}

// RoundMetrics is what one training round did.
type RoundMetrics struct {
	Round   int      `json:"round"`
	Attempt int      `json:"attempt"`
	Nodes   []string `json:"nodes"`
	// Accounts are the nodes' chain accounts, in the order of Nodes.
	Accounts []string `json:"accounts,omitempty"`
	// Rows are the training rows over all nodes (with DP, a noisy count).
	Rows  int64       `json:"rows"`
	Model ArtifactRef `json:"model"`
	// ValLoss and ValAccuracy score the round's model on every node's
	// validation rows (ValRows of them), aggregated securely; all 0 for a
	// DP task, which releases no score.
	ValLoss     float64 `json:"val_loss"`
	ValAccuracy float64 `json:"val_accuracy"`
	ValRows     int64   `json:"val_rows"`
	// Step is the largest coefficient change of a Newton round.
	Step float64 `json:"step,omitempty"`
	// Seconds is the round's wall time, from workflow time.
	Seconds float64 `json:"seconds"`
	// Proofs, RoundInputs and ProofSRS are, for a proven task, the
	// nodes' proofs of their updates in the order of Nodes, the inputs
	// they share (the round's parameter hash) and the SRS they were
	// checked under (CheckOutput).
	Proofs      []ProveOutput `json:"proofs,omitempty"`
	RoundInputs []string      `json:"round_inputs,omitempty"`
	ProofSRS    string        `json:"proof_srs,omitempty"`
	// Rejected are the nodes whose proofs the chain rejected: they were
	// not paid for the round.
	Rejected []string `json:"rejected,omitempty"`
}

// TrainResult is the result of a training task.
type TrainResult struct {
	TaskID   string `json:"task_id"`
	Model    string `json:"model"`
	Schema   string `json:"schema"`
	Protocol string `json:"protocol"`
	Rounds   int    `json:"rounds"`
	// Stopped says why training ended: "rounds", "early-stop" or
	// "converged".
	Stopped string `json:"stopped"`
	// Final is the model of the round with the best validation loss (the
	// last round for hlr).
	Final    ArtifactRef    `json:"final"`
	Encoding ArtifactRef    `json:"encoding"`
	Artifact string         `json:"artifact"` // s3://bucket/key of Final
	Report   string         `json:"report"`   // s3://bucket/key of the task's JSON report
	History  []RoundMetrics `json:"history"`
	// Unproven are the nodes left out of a proven task's rounds because
	// their proofs did not verify off chain: no model has their
	// contribution, and they are not paid for those rounds.
	Unproven []UnprovenNode `json:"unproven,omitempty"`
	// Chain is the task's settlement, for a task with a payment.
	Chain *Settlement `json:"chain,omitempty"`
	// DP is the privacy of a DP task's model: what each node spent on it
	// in all, if it took part in every round.
	DP *DP `json:"dp,omitempty"`
}

// InitTrainingInput asks the coordinator to set up a training task from
// the federated statistics of its nodes.
type InitTrainingInput struct {
	TaskID string      `json:"task_id"`
	Spec   TrainSpec   `json:"spec"`
	Stats  StatsResult `json:"stats"`
}

// InitTrainingOutput is the initial model and the feature encoding.
type InitTrainingOutput struct {
	Model    ArtifactRef `json:"model"`
	Encoding ArtifactRef `json:"encoding"`
	Features int         `json:"features"`
	Params   int         `json:"params,omitempty"`
}

// TrainRoundInput starts one attempt of a training round.
type TrainRoundInput struct {
	TaskID   string      `json:"task_id"`
	Round    int         `json:"round"`
	Attempt  int         `json:"attempt"`
	Spec     TrainSpec   `json:"spec"`
	Model    ArtifactRef `json:"model"`
	Encoding ArtifactRef `json:"encoding"`
	Exclude  []string    `json:"exclude,omitempty"`
	Params   int         `json:"params,omitempty"`
}

// LocalTrainInput asks a node to train (or, for hlr, to compute Newton
// terms) from a global model, or to score one (Evaluate).
type LocalTrainInput struct {
	TaskID   string      `json:"task_id"`
	Round    int         `json:"round"`
	Spec     TrainSpec   `json:"spec"`
	Model    ArtifactRef `json:"model"`
	Encoding ArtifactRef `json:"encoding"`
}

// UpdateModelInput asks the coordinator for the next global model from the
// aggregate of the nodes' updates.
type UpdateModelInput struct {
	TaskID string      `json:"task_id"`
	Round  int         `json:"round"`
	Spec   TrainSpec   `json:"spec"`
	Model  ArtifactRef `json:"model"`
	Nodes  []string    `json:"nodes"`
	Sum    []string    `json:"sum"`
}

// UpdateModelOutput is the new global model.
type UpdateModelOutput struct {
	Model ArtifactRef `json:"model"`
	Rows  int64       `json:"rows"`
	Step  float64     `json:"step,omitempty"`
}

// ScoreInput asks the coordinator to turn an aggregate of the nodes'
// validation scores into metrics.
type ScoreInput struct {
	Sum []string `json:"sum"`
	// TaskID, Round, Model, Parent and Rows name the round's new model:
	// its metrics are stored beside it (ModelMetaKey).
	TaskID string      `json:"task_id,omitempty"`
	Round  int         `json:"round,omitempty"`
	Model  ArtifactRef `json:"model,omitzero"`
	Parent string      `json:"parent,omitempty"`
	Rows   int64       `json:"rows,omitempty"`
}

// ModelMeta is what is known of a round's model once it is scored; it is
// stored at ModelMetaKey(model), beside the model artifact.
type ModelMeta struct {
	TaskID string      `json:"task_id"`
	Round  int         `json:"round"`
	Model  ArtifactRef `json:"model"`
	// Parent is the SHA-256 of the model it was made from.
	Parent string `json:"parent"`
	// Rows is the number of training rows over the nodes that made it.
	Rows        int64   `json:"rows"`
	ValLoss     float64 `json:"val_loss"`
	ValAccuracy float64 `json:"val_accuracy"`
	ValRows     int64   `json:"val_rows"`
}

// ModelMetaKey is where the metadata of model artifact ref is stored:
// models/<sha256>.meta.json beside models/<sha256>.json.
func ModelMetaKey(ref ArtifactRef) string { return "models/" + ref.SHA256 + ".meta.json" }

// ScoreOutput is a round's validation metrics.
type ScoreOutput struct {
	Loss     float64 `json:"loss"`
	Accuracy float64 `json:"accuracy"`
	Rows     int64   `json:"rows"`
}

// FinishTrainingInput asks the coordinator to write a training task's
// report.
type FinishTrainingInput struct {
	TaskID string      `json:"task_id"`
	State  TrainState  `json:"state"`
	Final  ArtifactRef `json:"final"`
}
