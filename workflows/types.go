package workflows

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Task types, as shown by the TwoPMTaskType search attribute.
const TaskTypeStatistics = "statistics"

// Secure-aggregation protocols a task may ask for.
const (
	// ProtocolMascot is MASCOT: authenticated shares with MAC checks,
	// secure against any number of cheating nodes, with abort.
	ProtocolMascot = "mascot"
	// ProtocolAdditive is n-party additive secret sharing: secure only
	// against nodes that follow the protocol (semi-honest).
	ProtocolAdditive = "additive"
)

// Protocols lists the secure-aggregation protocols, the default first.
var Protocols = []string{ProtocolMascot, ProtocolAdditive}

// Spec defaults.
const (
	DefaultSchema           = "heart-disease"
	DefaultProtocol         = ProtocolMascot
	DefaultMinNodes         = 3
	DefaultMaxRoundAttempts = 3
	DefaultRetryWindow      = time.Hour
	// DefaultSettleWindow is how long settlement tries an unreachable
	// chain by default.
	DefaultSettleWindow = 10 * time.Minute
	DefaultRequester    = "anonymous"
	// MaxRowsBound is the largest MaxRowsPerNode: 2^26 rows, what the
	// fixed-point encoding allows per node.
	MaxRowsBound = 1 << 26
)

// StatsSpec is what a requester asks of a FederatedStatistics task.
type StatsSpec struct {
	// Schema is the data schema every selected node must hold. Empty means
	// "heart-disease".
	Schema string `json:"schema"`
	// Columns are the columns to summarize, in output order. Empty means
	// every column of the schema.
	Columns []string `json:"columns,omitempty"`
	// Requester names who asked, for search and audit. Empty means
	// "anonymous".
	Requester string `json:"requester"`
	// Protocol is the secure-aggregation protocol: "mascot" or
	// "additive". Empty means "mascot".
	Protocol string `json:"protocol"`
	// MaxRowsPerNode, if positive, bounds every count a node contributes
	// (rows and missing values per column, histogram counts): each node
	// proves inside the secure computation that they lie in
	// [0, MaxRowsPerNode], so one hospital cannot inflate its weight in the
	// result; the round fails if one does not. Zero means no bound. Needs
	// protocol "mascot".
	MaxRowsPerNode int64 `json:"max_rows_per_node,omitempty"`
	// PaymentWei, if set, is what each selected node is paid, in wei, for
	// its accepted contribution: the requester escrows EscrowWei on chain
	// when it submits the task, and when the result is published the
	// coordinator records it on chain and settles, paying every node and
	// refunding the rest. Empty means no payment. A decimal integer.
	PaymentWei string `json:"payment_wei,omitempty"`
	// EscrowWei is the deposit. Empty means PaymentWei times the number of
	// Nodes (then Nodes must be set). A decimal integer.
	EscrowWei string `json:"escrow_wei,omitempty"`
	// Circuit, if set, is the circuit version (package circuits/setup)
	// every node proves its contribution with: the task contract pays only
	// contributions whose proofs verify, and the aggregate must open the
	// nodes' commitments. The requester client sets it for a paid task
	// whose statistics a circuit covers. Empty means contributions are not
	// proven.
	Circuit string `json:"circuit,omitempty"`
	// MinNodes is the fewest nodes whose aggregate may be revealed. Zero
	// means 3; it must be at least 2, since the aggregate of one node is
	// that node's contribution.
	MinNodes int `json:"min_nodes"`
	// Nodes, if set, are exactly the nodes to use; each must be live. Empty
	// means every live node that holds Schema; for a paid task, at most as
	// many of them (the first by ID) as EscrowWei pays PaymentWei to in
	// every round (SelectInput.PaidRounds).
	Nodes []string `json:"nodes,omitempty"`
	// Exclude are nodes never to select.
	Exclude []string `json:"exclude,omitempty"`
	// MaxRoundAttempts is how many times a round is tried automatically
	// after retryable failures. Zero means 3.
	MaxRoundAttempts int `json:"max_round_attempts"`
	// RetryWindow is how long a task whose round failed for good waits for
	// an operator's retry-round before it fails. Zero means one hour; a
	// negative value means fail at once.
	RetryWindow time.Duration `json:"retry_window"`
	// SettleWindow is how long settlement keeps trying a chain that does
	// not answer before the task fails, saying so. Zero means 10 minutes.
	SettleWindow time.Duration `json:"settle_window,omitempty"`
	// ScheduleID, set for runs of a schedule, also files each result under
	// schedules/<ScheduleID>/ in the artifact store.
	ScheduleID string `json:"schedule_id,omitempty"`
	// DP, if set, asks for differentially private statistics: every node
	// adds noise inside the secure aggregation and charges its privacy
	// budget. Needs protocol "mascot" and no circuit.
	DP *DP `json:"dp,omitempty"`
}

// DP asks for an ε-differentially private release (package stats'
// NoiseScales): every selected node inputs discrete Laplace noise of the
// full scale into the secure aggregation, so the release is private
// against any coalition of the other nodes, the coordinator and the
// requester. Delta is the δ spent, 0 for the discrete Laplace mechanism.
type DP struct {
	Epsilon   float64 `json:"epsilon"`
	Delta     float64 `json:"delta"`
	Mechanism string  `json:"mechanism,omitempty"`
}

// Same reports whether d and o ask for the same privacy (ε and δ; both
// nil: none).
func (d *DP) Same(o *DP) bool {
	if d == nil || o == nil {
		return d == o
	}
	return d.Epsilon == o.Epsilon && d.Delta == o.Delta
}

// MechanismDiscreteLaplace is the noise of a DP release.
const MechanismDiscreteLaplace = "discrete_laplace"

// Validate reports every problem of d at once: ε outside [0.001, 100], a
// δ, or another mechanism.
func (d DP) Validate() error {
	if probs := d.problems(); len(probs) > 0 {
		return fmt.Errorf("spec: %s", strings.Join(probs, "; "))
	}
	return nil
}

func (d DP) problems() []string {
	var probs []string
	if !(d.Epsilon >= 0.001 && d.Epsilon <= 100) {
		probs = append(probs, fmt.Sprintf("dp epsilon %v is not in [0.001, 100]", d.Epsilon))
	}
	if d.Delta != 0 {
		probs = append(probs, fmt.Sprintf("dp delta %v: the discrete Laplace mechanism spends no δ; leave it 0", d.Delta))
	}
	if d.Mechanism != "" && d.Mechanism != MechanismDiscreteLaplace {
		probs = append(probs, fmt.Sprintf("dp mechanism %q is not %s", d.Mechanism, MechanismDiscreteLaplace))
	}
	return probs
}

// WithDefaults returns s with every zero field set to its default.
func (s StatsSpec) WithDefaults() StatsSpec {
	if s.Schema == "" {
		s.Schema = DefaultSchema
	}
	if s.Requester == "" {
		s.Requester = DefaultRequester
	}
	if s.DP != nil && s.DP.Mechanism == "" {
		d := *s.DP
		d.Mechanism = MechanismDiscreteLaplace
		s.DP = &d
	}
	if s.Protocol == "" {
		s.Protocol = DefaultProtocol
	}
	if s.MinNodes == 0 {
		s.MinNodes = DefaultMinNodes
	}
	if s.MaxRoundAttempts == 0 {
		s.MaxRoundAttempts = DefaultMaxRoundAttempts
	}
	if s.RetryWindow == 0 {
		s.RetryWindow = DefaultRetryWindow
	}
	if s.SettleWindow == 0 {
		s.SettleWindow = DefaultSettleWindow
	}
	return s
}

// Validate reports every problem of a spec with defaults applied, at once.
// It does not know schemas: the SelectNodes activity checks the columns.
func (s StatsSpec) Validate() error {
	var probs []string
	if !slices.Contains(Protocols, s.Protocol) {
		probs = append(probs, fmt.Sprintf("protocol %q is not one of [%s]", s.Protocol, strings.Join(Protocols, ", ")))
	}
	if s.MaxRowsPerNode < 0 || s.MaxRowsPerNode > MaxRowsBound {
		probs = append(probs, fmt.Sprintf("max_rows_per_node %d is not in [0, %d]", s.MaxRowsPerNode, int64(MaxRowsBound)))
	}
	for _, w := range []struct{ name, v string }{{"payment_wei", s.PaymentWei}, {"escrow_wei", s.EscrowWei}} {
		if w.v != "" && !isWei(w.v) {
			probs = append(probs, fmt.Sprintf("%s %q is not a decimal number of wei", w.name, w.v))
		}
	}
	if s.EscrowWei != "" && s.PaymentWei == "" {
		probs = append(probs, "escrow_wei without payment_wei")
	}
	if s.PaymentWei != "" && s.EscrowWei == "" && len(s.Nodes) == 0 {
		probs = append(probs, "payment_wei without nodes needs escrow_wei: the deposit must cover every node that may be selected")
	}
	if short := escrowShort(s.PaymentWei, s.EscrowWei, s.Nodes, s.MinNodes, 1); short != "" {
		probs = append(probs, short)
	}
	if s.MaxRowsPerNode > 0 && s.Protocol != ProtocolMascot {
		probs = append(probs, fmt.Sprintf("max_rows_per_node needs protocol %q, not %q", ProtocolMascot, s.Protocol))
	}
	if s.MinNodes < 2 {
		probs = append(probs, fmt.Sprintf("min_nodes %d is below 2: one node's aggregate is its own contribution", s.MinNodes))
	}
	if len(s.Nodes) > 0 && len(s.Nodes) < s.MinNodes {
		probs = append(probs, fmt.Sprintf("nodes lists %d nodes, fewer than min_nodes %d", len(s.Nodes), s.MinNodes))
	}
	if dup := firstDuplicate(s.Nodes); dup != "" {
		probs = append(probs, fmt.Sprintf("nodes lists %q twice", dup))
	}
	if dup := firstDuplicate(s.Columns); dup != "" {
		probs = append(probs, fmt.Sprintf("columns lists %q twice", dup))
	}
	for _, n := range s.Nodes {
		if slices.Contains(s.Exclude, n) {
			probs = append(probs, fmt.Sprintf("node %q is both in nodes and in exclude", n))
		}
	}
	if s.SettleWindow < 0 {
		probs = append(probs, fmt.Sprintf("settle_window %s is negative", s.SettleWindow))
	}
	if d := s.DP; d != nil {
		probs = append(probs, d.problems()...)
		if s.Protocol != ProtocolMascot {
			probs = append(probs, fmt.Sprintf("dp needs protocol %q: the noise is added inside it", ProtocolMascot))
		}
		if s.Circuit != "" {
			probs = append(probs, "dp with a circuit: a proven round opens the exact aggregate to its nodes for the commitment check; ask for one or the other")
		}
		if s.MaxRowsPerNode > 0 {
			probs = append(probs, "dp with max_rows_per_node: whether a node's counts pass the bound is opened exact")
		}
	}
	if s.ScheduleID != "" && !ValidID(s.ScheduleID) {
		probs = append(probs, fmt.Sprintf("schedule_id %q must be 1 to 64 letters, digits, '.', '_' or '-'", s.ScheduleID))
	}
	if s.MaxRoundAttempts < 1 {
		probs = append(probs, fmt.Sprintf("max_round_attempts %d is below 1", s.MaxRoundAttempts))
	}
	if len(probs) > 0 {
		return fmt.Errorf("spec: %s", strings.Join(probs, "; "))
	}
	return nil
}

// escrowShort says why a deposit of escrow wei cannot pay pay wei to each
// node of every round: to each listed node, or, with none listed, to at
// least minNodes. Empty if it can, or if either amount is missing or
// malformed (reported on its own).
func escrowShort(pay, escrow string, nodes []string, minNodes, rounds int) string {
	if !isWei(pay) || !isWei(escrow) {
		return ""
	}
	n, who := len(nodes), "the nodes listed"
	if n == 0 {
		n, who = minNodes, "min_nodes"
	}
	rounds = max(rounds, 1)
	need := mulDecimal(pay, n*rounds)
	if compareDecimal(escrow, need) >= 0 {
		return ""
	}
	return fmt.Sprintf("escrow_wei %s is less than payment_wei × %d (%s) × %d round(s) = %s: the deposit must pay every contribution", escrow, n, who, rounds, need)
}

// mulDecimal returns the decimal string d (digits only) times k ≥ 0.
func mulDecimal(d string, k int) string {
	out := make([]byte, len(d)+20)
	carry, j := 0, len(out)-1
	for i := len(d) - 1; i >= 0 || carry > 0; i-- {
		v := carry
		if i >= 0 {
			v += int(d[i]-'0') * k
		}
		out[j], carry = byte('0'+v%10), v/10
		j--
	}
	return trimZeros(string(out[j+1:]))
}

// compareDecimal compares two decimal strings (digits only) by value.
func compareDecimal(a, b string) int {
	a, b = trimZeros(a), trimZeros(b)
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}

func trimZeros(d string) string {
	d = strings.TrimLeft(d, "0")
	if d == "" {
		return "0"
	}
	return d
}

// isWei reports whether s is a non-negative decimal integer of at most 78
// digits (a uint256).
func isWei(s string) bool {
	if len(s) == 0 || len(s) > 78 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func firstDuplicate(xs []string) string {
	for i, x := range xs {
		if slices.Contains(xs[:i], x) {
			return x
		}
	}
	return ""
}

// NodeInfo is what a node announces to the registry.
type NodeInfo struct {
	ID          string `json:"id"`
	Queue       string `json:"queue"`
	Addr        string `json:"addr"`        // host:port of its p2p listener
	Fingerprint string `json:"fingerprint"` // SHA-256 of its TLS certificate
	Schema      string `json:"schema"`
	Rows        int    `json:"rows"` // rows in its data file; -1 when the file does not read
	DataError   string `json:"data_error,omitempty"`
	// LinkError says why peers cannot reach the node now (its relay does
	// not answer); a task leaves such a node out, as one whose data does
	// not read.
	LinkError string `json:"link_error,omitempty"`
	// Account is the node's address on the network's chain (hex), where
	// it is paid; empty for a node without one.
	Account string `json:"account,omitempty"`
	// Policy is the SHA-256 of the node's policy file (package policy),
	// and PolicyError why a changed file did not load (the last good
	// policy stays in force).
	Policy      string `json:"policy,omitempty"`
	PolicyError string `json:"policy_error,omitempty"`
	// Privacy is what differentially private tasks spent of the node's
	// budget within its period.
	Privacy *PrivacySpent `json:"privacy,omitempty"`
}

// NodeEntry is a registry entry: a node and when it was last heard from.
type NodeEntry struct {
	NodeInfo
	LastSeen time.Time `json:"last_seen"`
}

// RegistryState is the NodeRegistry's input, carried across ContinueAsNew.
type RegistryState struct {
	Nodes []NodeEntry `json:"nodes"`
}

// SelectInput asks the coordinator for the nodes of a round.
type SelectInput struct {
	TaskID  string    `json:"task_id"`
	Round   int       `json:"round"`
	Spec    StatsSpec `json:"spec"`
	Exclude []string  `json:"exclude,omitempty"`
	// PaidRounds is how many rounds of a paid task the deposit
	// (Spec.EscrowWei) pays each selected node for: selection takes at
	// most EscrowWei / (PaymentWei × PaidRounds) nodes, so every round's
	// payments fit in what is left in escrow. Zero means 1 (statistics).
	PaidRounds int `json:"paid_rounds,omitempty"`
}

// SelectOutput lists the chosen nodes in party order (sorted by ID).
type SelectOutput struct {
	Nodes []NodeInfo `json:"nodes"`
	// LeftOut names each eligible node not chosen, and why (it shares a
	// chain account with a node chosen; the deposit pays no more nodes).
	LeftOut []string `json:"left_out,omitempty"`
}

// MapInput asks a node to compute its local contribution.
type MapInput struct {
	TaskID string    `json:"task_id"`
	Round  int       `json:"round"`
	Spec   StatsSpec `json:"spec"`
}

// MapOutput describes a contribution without revealing it.
type MapOutput struct {
	Node      string `json:"node"`
	Rows      int    `json:"rows"`
	VectorLen int    `json:"vector_len"`
	// Counts are the positions in the vector that hold counts, which
	// MaxRowsPerNode bounds.
	Counts     []int  `json:"counts,omitempty"`
	Commitment string `json:"commitment"` // hex SHA-256 of a secret salt and the contribution
	// Disclosure is the node's own disclosure rules: the task's are the
	// strictest of its nodes'.
	Disclosure *Disclosure `json:"disclosure,omitempty"`
	// Holds says, per column summarized, whether the node has a present
	// value of it: the additive protocol, which cannot count holders on
	// shares, judges min_nodes on these.
	Holds []bool `json:"holds,omitempty"`
}

// PrivacySpent is a node's privacy budget and what its data set's
// differentially private tasks spent of it within the budget's period.
type PrivacySpent struct {
	Epsilon       float64       `json:"epsilon"`
	Delta         float64       `json:"delta"`
	Tasks         int           `json:"tasks"`
	BudgetEpsilon float64       `json:"budget_epsilon"`
	BudgetDelta   float64       `json:"budget_delta"`
	Period        time.Duration `json:"period"`
}

// Disclosure are the thresholds of disclosure control, field for field
// package stats' Rules (which it converts to and from): a column whose present values are fewer than MinRows, or held
// by fewer than MinNodes nodes, is withheld whole, and a histogram cell
// below MinCell is withheld.
type Disclosure struct {
	MinCell  int64 `json:"min_cell_count"`
	MinRows  int64 `json:"min_rows"`
	MinNodes int64 `json:"min_nodes"`
}

// Strictest returns the thresholds that satisfy both d and o.
func (d Disclosure) Strictest(o Disclosure) Disclosure {
	return Disclosure{MinCell: max(d.MinCell, o.MinCell), MinRows: max(d.MinRows, o.MinRows), MinNodes: max(d.MinNodes, o.MinNodes)}
}

// Release asks a statistics round's secure aggregation to open only what
// disclosure control allows (mascot only).
type Release struct {
	Rules Disclosure `json:"rules"`
	// Schema and Columns are the task's: each node lays its vector out
	// from them.
	Schema  string   `json:"schema"`
	Columns []string `json:"columns,omitempty"`
	// OpenAll opens every value, for a proven round whose commitment
	// check needs the whole aggregate; Suppressed still says what the
	// result withholds.
	OpenAll bool `json:"open_all,omitempty"`
	// DP, if set, makes every node add its noise before anything of the
	// data is opened.
	DP *DP `json:"dp,omitempty"`
}

// Suppression is a position of an aggregate that disclosure control
// withholds, and the rule that withholds it.
type Suppression struct {
	Index int    `json:"index"`
	Rule  string `json:"rule"`
}

// AggregateInput asks a node to run one secure-aggregation session.
type AggregateInput struct {
	TaskID  string `json:"task_id"`
	Round   int    `json:"round"`
	Attempt int    `json:"attempt"`
	Session string `json:"session"`
	// Slot names the saved contribution to sum: SlotStats (empty),
	// SlotTrain or SlotEval.
	Slot      string     `json:"slot,omitempty"`
	Protocol  string     `json:"protocol"`
	Self      int        `json:"self"`
	Peers     []NodeInfo `json:"peers"`
	VectorLen int        `json:"vector_len"`
	// Bounds, if any, are checked inside the secure computation for every
	// party's input before the sum is revealed (mascot only).
	Bounds []Bound `json:"bounds,omitempty"`
	// Release, if set, opens the sum under disclosure control.
	Release *Release `json:"release,omitempty"`
	// ClipNorm, if positive, makes a training round's aggregation prove
	// every party's clipped update (TrainSpec.ClipNorm) before the sum.
	ClipNorm float64 `json:"clip_norm,omitempty"`
	// DP, if set with ClipNorm, makes every party add its noise for a
	// differentially private training round (TrainSpec.DP) to the sum
	// before it is opened.
	DP *DP `json:"dp,omitempty"`
}

// Bound asks every party to prove that its input values at Indexes lie in
// [Min, Max].
type Bound struct {
	Indexes []int `json:"indexes"`
	Min     int64 `json:"min"`
	Max     int64 `json:"max"`
}

// AggregateOutput is the sum over all parties, as signed decimal integers.
type AggregateOutput struct {
	Node      string   `json:"node"`
	Sum       []string `json:"sum"`
	BytesSent int64    `json:"bytes_sent"`
	// Suppressed are the positions disclosure control withheld (Release),
	// in increasing order; their Sum entries are empty unless OpenAll.
	Suppressed []Suppression `json:"suppressed,omitempty"`
	// ColumnNodes is, per column, how many parties hold a present value
	// of it (Release).
	ColumnNodes []int64 `json:"column_nodes,omitempty"`
}

// PublishInput asks the coordinator to turn an aggregate into a result.
type PublishInput struct {
	TaskID string    `json:"task_id"`
	Round  int       `json:"round"`
	Spec   StatsSpec `json:"spec"`
	Nodes  []string  `json:"nodes"`
	Sum    []string  `json:"sum"`
	// Disclosure, if set, are the rules the result follows: Suppressed
	// says what the secure aggregation withheld, or, when it could not
	// judge (the additive protocol), ColumnNodes are the nodes holding
	// each column and the rules are judged on Sum.
	Disclosure  *Disclosure   `json:"disclosure,omitempty"`
	Suppressed  []Suppression `json:"suppressed,omitempty"`
	ColumnNodes []int64       `json:"column_nodes,omitempty"`
	Judged      bool          `json:"judged,omitempty"` // Suppressed came from the secure aggregation
}

// ColumnStats summarizes one column over all selected nodes.
type ColumnStats struct {
	Count     int64            `json:"count"`
	Mean      *float64         `json:"mean"`     // nil when Count is 0
	Variance  *float64         `json:"variance"` // sample variance (n−1); nil when Count < 2
	Missing   int64            `json:"missing"`
	Histogram map[string]int64 `json:"histogram,omitempty"` // categorical columns: count per level
	// Suppressed names what disclosure control withheld ("count",
	// "missing", "mean", "variance", or a histogram level) with the rule
	// that withheld each. In JSON a withheld value is null; in Go a
	// withheld count reads 0 and a withheld level is absent.
	Suppressed map[string]string `json:"suppressed,omitempty"`
}

// StatsResult is the result of a statistics task.
type StatsResult struct {
	TaskID string   `json:"task_id"`
	Nodes  []string `json:"nodes"`
	// Accounts are the nodes' chain accounts, in the order of Nodes.
	Accounts []string `json:"accounts,omitempty"`
	// Proofs are the nodes' proofs, in the order of Nodes, for a task
	// with a Circuit, and ProofSRS the SRS they were checked under (see
	// CheckOutput.SRS).
	Proofs   []ProveOutput `json:"proofs,omitempty"`
	ProofSRS string        `json:"proof_srs,omitempty"`
	// Unproven are the nodes left out because their proofs did not verify
	// off chain: the result has no contribution of theirs.
	Unproven []UnprovenNode `json:"unproven,omitempty"`
	// Chain is the task's settlement, for a task with a payment.
	Chain          *Settlement            `json:"chain,omitempty"`
	Protocol       string                 `json:"protocol"`
	Schema         string                 `json:"schema"`
	Round          int                    `json:"round"`
	Artifact       string                 `json:"artifact"`        // s3://bucket/key of the JSON artifact
	ArtifactSHA256 string                 `json:"artifact_sha256"` // hex SHA-256 of the artifact's bytes
	Columns        map[string]ColumnStats `json:"columns"`
	// Disclosure are the rules the result follows: the strictest of its
	// nodes'.
	Disclosure *Disclosure `json:"disclosure,omitempty"`
	// Policies are the hashes of the policies that admitted the task, in
	// the order of Nodes, and Refused the nodes selected whose policies
	// refused it, each with the reason.
	Policies []string `json:"policies,omitempty"`
	Refused  []string `json:"refused,omitempty"`
	// DP is the differential privacy the values have, for a task that
	// asked for it: every value is noisy, the counts clamped at 0.
	DP *DP `json:"dp,omitempty"`
}

// UnprovenNode is a node left out of a proven round because its proof did
// not verify: the attempt it proved in failed as ErrTypeProofRejected and
// the round ran again without it.
type UnprovenNode struct {
	Node    string `json:"node"`
	Round   int    `json:"round"`
	Attempt int    `json:"attempt"`
	Reason  string `json:"reason,omitempty"`
}

// RoundInput starts one attempt of a round.
type RoundInput struct {
	TaskID  string    `json:"task_id"`
	Round   int       `json:"round"`
	Attempt int       `json:"attempt"`
	Spec    StatsSpec `json:"spec"`
	Exclude []string  `json:"exclude,omitempty"`
	// Snapshot makes the round fix each selected node's data set for the
	// task on chain right after selection (SnapshotDatasets), before any
	// key derived from the task's data is known. Set for the round of a
	// paid proven statistics task and the prep round of a proven training
	// task (whose aggregate fixes the key that draws the held-out rows).
	// False means no snapshot (unproven tasks, histories from before it).
	Snapshot bool `json:"snapshot,omitempty"`
	// Training, set for the preparation round of a training task, makes
	// the round admitted as training (AdmitInput) and summarize only the
	// columns the nodes resolve for it: the label and the features.
	Training *TrainColumns `json:"training,omitempty"`
}

// TrainColumns are the columns a training task asks for: its spec's label,
// positive levels and features (empty: the schema's).
type TrainColumns struct {
	Label    string   `json:"label,omitempty"`
	Features []string `json:"features,omitempty"`
}

// Task types, as node policies name them.
const (
	TaskTypeStatisticsPolicy = "statistics"
	TaskTypeTrainingPolicy   = "training"
)

// AdmitInput asks a node whether its policy admits a task.
type AdmitInput struct {
	TaskID    string `json:"task_id"`
	Type      string `json:"type"` // TaskTypeStatisticsPolicy or TaskTypeTrainingPolicy
	Requester string `json:"requester"`
	Schema    string `json:"schema"`
	// Columns a statistics task summarizes (empty: all); Training the
	// columns a training task uses.
	Columns  []string      `json:"columns,omitempty"`
	Training *TrainColumns `json:"training,omitempty"`
	// DP is what a differentially private task spends of the node's
	// privacy budget.
	DP *DP `json:"dp,omitempty"`
	// Model is a training task's model kind, and Params, for a training
	// round, its number of parameters, which the node's glm rule weighs
	// against its rows for a linear model (0: the preparation round, or
	// not known).
	Model  string `json:"model,omitempty"`
	Params int    `json:"params,omitempty"`
	// Round is a training round's number (0: the preparation round, or a
	// statistics task): each DP training round is a release of its own.
	Round int `json:"round,omitempty"`
	// Releases is, for a DP training task, how many releases at DP its
	// ε covers (its rounds): the node charges it no more.
	Releases int `json:"releases,omitempty"`
	// Protocol is the protocol a statistics round (a statistics task's, or
	// a training task's preparation round) releases its sums by; empty
	// for a training round's updates.
	Protocol string `json:"protocol,omitempty"`
}

// AdmitOutput is a node's answer.
type AdmitOutput struct {
	Node     string `json:"node"`
	Admitted bool   `json:"admitted"`
	// Reason says which rule refused the task.
	Reason string `json:"reason,omitempty"`
	// Policy is the hash of the policy that answered, and Disclosure its
	// rules, which the task's results must follow.
	Policy     string     `json:"policy"`
	Disclosure Disclosure `json:"disclosure"`
	// Columns are, for a training task, the columns it uses as this node
	// resolves them: the label, then the features.
	Columns []string `json:"columns,omitempty"`
}

// PhaseUpdate tells a task which phase its running round is in.
type PhaseUpdate struct {
	Round   int      `json:"round"`
	Attempt int      `json:"attempt"`
	Phase   string   `json:"phase"`
	Nodes   []string `json:"nodes,omitempty"`
}

// RetryRequest is an operator's request to run a failed round again.
type RetryRequest struct {
	// Exclude are nodes to leave out from now on.
	Exclude []string `json:"exclude,omitempty"`
}

// RetryAck answers a RetryRequest.
type RetryAck struct {
	Round   int `json:"round"`
	Attempt int `json:"attempt"`
}

// Progress is what the progress query returns.
type Progress struct {
	TaskID    string   `json:"task_id"`
	Phase     string   `json:"phase"`
	Round     int      `json:"round"`
	Attempt   int      `json:"attempt"`
	Nodes     []string `json:"nodes,omitempty"`
	Exclude   []string `json:"exclude,omitempty"`
	LastError string   `json:"last_error,omitempty"`
	Artifact  string   `json:"artifact,omitempty"`
}

// ValidID reports whether id can name a task, schedule or node: 1 to 64
// ASCII letters, digits, '.', '_' or '-', not starting with '.'. Such IDs
// are safe in workflow IDs, task queue names and object keys.
func ValidID(id string) bool {
	if len(id) == 0 || len(id) > 64 || id[0] == '.' {
		return false
	}
	for _, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '_' || r == '-'
		if !ok {
			return false
		}
	}
	return true
}

// SettleInput asks the coordinator to record a round's result on chain
// and, with Settle, to settle the task's escrow.
type SettleInput struct {
	TaskID string `json:"task_id"`
	// Round is the round to record; 0 records nothing (settle only).
	Round int `json:"round"`
	// Attempt is the round's attempt whose result is recorded, from 1: a
	// proven round is recorded bound to it, never to the attempt a node
	// reports in its ProveOutput.
	Attempt int `json:"attempt,omitempty"`
	// Result is the hex SHA-256 of the round's result artifact.
	Result   string   `json:"result"`
	Nodes    []string `json:"nodes"`
	Accounts []string `json:"accounts"`
	// Settle settles the task after recording.
	Settle bool `json:"settle,omitempty"`
	// Contributions counts, per node, the rounds it was paid for (nil
	// means one each), for the report of what each node was paid.
	Contributions []int `json:"contributions,omitempty"`
	// Proofs, for a proven task, are the nodes' proofs in the order of
	// Nodes: the round is recorded with them, and only the nodes whose
	// proofs verify on chain are paid.
	Proofs []ProveOutput `json:"proofs,omitempty"`
	// RoundInputs are the public inputs the proofs share after the
	// binding, as decimal integers (CheckOutput.RoundInputs).
	RoundInputs []string `json:"round_inputs,omitempty"`
}

// EscrowCheckInput asks the coordinator to check a paid task's escrow on
// chain against the task's spec before its first round: it must exist,
// be open with no cancellation requested, name this coordinator, the
// spec's circuit (with the verifier the network's registry holds for it),
// payment and rounds, and hold at least the deposit the spec implies.
// With OpenOnly, before every later round or attempt, only the first two.
type EscrowCheckInput struct {
	TaskID string `json:"task_id"`
	// OpenOnly asks only whether the task may start a round: its escrow
	// open, no cancellation requested (before each round or attempt after
	// the first). The other fields are then not used.
	OpenOnly   bool   `json:"open_only,omitempty"`
	Circuit    string `json:"circuit,omitempty"`
	PaymentWei string `json:"payment_wei"`
	EscrowWei  string `json:"escrow_wei,omitempty"`
	Rounds     int    `json:"rounds"`
	Nodes      int    `json:"nodes"`
}

// MaskElements is how many elements a proven contribution appends to its
// statistics or training update: its commitment mask in two parts
// (contribution.MaskParts). The aggregate's last MaskElements elements are
// the masks' sum.
const MaskElements = 2

// ProveInput asks a node to prove its contribution to a round of a task
// whose spec names a circuit.
type ProveInput struct {
	TaskID string `json:"task_id"`
	Round  int    `json:"round"`
	// Attempt is the round's attempt, from 1; the proof is bound to it.
	Attempt int    `json:"attempt,omitempty"`
	Circuit string `json:"circuit"`
	// Model, Encoding and HoldoutEvery are, for a training round, the
	// global model the nodes trained from, its feature encoding and how
	// many rows the nodes hold one out of for validation
	// (TrainSpec.HoldoutEvery; which rows, train.HoldoutKey says).
	Model        ArtifactRef `json:"model,omitzero"`
	Encoding     ArtifactRef `json:"encoding,omitzero"`
	HoldoutEvery int         `json:"holdout_every,omitempty"`
}

// ProveOutput is a node's proven contribution: the public values its proof
// is about and where the proof is.
type ProveOutput struct {
	Node string `json:"node"`
	// Attempt is the round's attempt the proof is bound to (ProveInput).
	Attempt int `json:"attempt,omitempty"`
	// DatasetID is the hex ID of the data hub registration the proof is
	// against: its commitment root and row count are public inputs.
	DatasetID string `json:"dataset_id"`
	Rows      int    `json:"rows"`
	// Commitment is the Pedersen commitment to the contribution, its x
	// and y as decimal integers.
	Commitment [2]string `json:"commitment"`
	// Proof is the PLONK proof as the Solidity verifier takes it, in S3.
	Proof ArtifactRef `json:"proof"`
	// Seconds is how long proving took.
	Seconds float64 `json:"seconds"`
	// Verified says whether the coordinator verified the proof off chain,
	// and Reason why not; set by the round.
	Verified bool   `json:"verified"`
	Reason   string `json:"reason,omitempty"`
}

// SnapshotInput asks the coordinator to fix on chain, for a proven task,
// the data set of each node it just selected: the node's data set of
// Schema (chain.DatasetID of its account), as the data hub holds it now.
type SnapshotInput struct {
	TaskID string `json:"task_id"`
	Round  int    `json:"round"`
	Schema string `json:"schema"`
	// Nodes and Accounts are the selected nodes and their chain accounts,
	// in the same order.
	Nodes    []string `json:"nodes"`
	Accounts []string `json:"accounts"`
}

// SnapshotOutput says what became of each node of a SnapshotInput.
type SnapshotOutput struct {
	// Fixed are the nodes whose data set is fixed for the task: now, or
	// at an earlier selection (then kept as it was).
	Fixed []string `json:"fixed,omitempty"`
	// Changed are the nodes of Fixed whose data set differs now from its
	// snapshot: their proofs will be rejected.
	Changed []string `json:"changed,omitempty"`
	// Unregistered names each node left without a snapshot, and why (no
	// data set of the schema registered by its account): its proofs will
	// be rejected.
	Unregistered []string `json:"unregistered,omitempty"`
}

// CheckInput asks the coordinator to check a round's proofs, and the
// aggregate (with the masks' sum) against their commitments.
type CheckInput struct {
	TaskID string `json:"task_id"`
	Round  int    `json:"round"`
	// Attempt is the round's attempt the proofs are bound to.
	Attempt int           `json:"attempt,omitempty"`
	Circuit string        `json:"circuit"`
	Proofs  []ProveOutput `json:"proofs"`
	// Accounts are the chain accounts of the nodes selected for the
	// round, in the order of Proofs: a proof counts only from a data set
	// its node's account owns.
	Accounts []string `json:"accounts"`
	Sum      []string `json:"sum"`
	// Model, Encoding and HoldoutEvery are, for a training round, the
	// global model the nodes trained from, its feature encoding and how
	// many rows the nodes hold one out of for validation
	// (TrainSpec.HoldoutEvery; which rows, train.HoldoutKey says).
	Model        ArtifactRef `json:"model,omitzero"`
	Encoding     ArtifactRef `json:"encoding,omitzero"`
	HoldoutEvery int         `json:"holdout_every,omitempty"`
}

// CheckOutput says, per proof of a CheckInput, whether it verifies off
// chain, and why not, and which SRS the keys come from.
type CheckOutput struct {
	Verified []bool   `json:"verified"`
	Reasons  []string `json:"reasons"`
	// SRS names the SRS of the verifying key: "dev (insecure: its secret
	// is public)" or "sha256:<hex>" of a ceremony file.
	SRS string `json:"srs"`
	// RoundInputs are the public inputs every proof of the round shares
	// after the binding, as decimal integers: for a training round, the
	// hash of the model parameters the nodes computed at; none for
	// statistics.
	RoundInputs []string `json:"round_inputs,omitempty"`
	// Unopened, if set, says why the aggregate does not open the nodes'
	// commitments: reported, rather than failed as ErrTypeBinding, when
	// some proof is unverified (those nodes are excluded and the next
	// attempt is checked without them).
	Unopened string `json:"unopened,omitempty"`
}

// Settlement is what a task paid on chain.
type Settlement struct {
	ChainID      int64     `json:"chain_id"`
	TaskContract string    `json:"task_contract"`
	EscrowWei    string    `json:"escrow_wei"`
	Payments     []Payment `json:"payments"`
	RefundWei    string    `json:"refund_wei"`
}

// Payment is what one node was paid.
type Payment struct {
	Node    string `json:"node"`
	Address string `json:"address"`
	PaidWei string `json:"paid_wei"`
	// ProofVerified, for a proven task, says whether the task contract
	// verified the node's proof (and paid it); Reason says why not.
	ProofVerified *bool  `json:"proof_verified,omitempty"`
	Reason        string `json:"reason,omitempty"`
}
