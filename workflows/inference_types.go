package workflows

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// Workflow and activity names of inference. They live in history: never
// change them.
const (
	InferenceName  = "Inference"
	ShareModelName = "ShareModel"

	// CheckInferenceName checks a request on chain, on the coordinator.
	CheckInferenceName = "CheckInference"
	// PlainPredictName evaluates a model in the clear, on a serving node.
	PlainPredictName = "PlainPredict"
	// PrivatePredictName runs a serving node's party of a private
	// inference session.
	PrivatePredictName = "PrivatePredict"
	// DeliverInferenceName and RefundInferenceName settle a request on
	// chain, on the coordinator.
	DeliverInferenceName = "DeliverInference"
	RefundInferenceName  = "RefundInference"
	// StoreModelShareName receives and stores a node's share of a private
	// model's weights.
	StoreModelShareName = "StoreModelShare"
)

// ErrTypeInferenceFailed is an inference request that could not be served;
// its payment was refunded.
const ErrTypeInferenceFailed = "InferenceFailed"

// ErrTypeOutputStage is a private request whose session failed while the
// prediction was being opened to the client: the client may hold the
// prediction although the request failed and was refunded. MASCOT gives
// security with abort, not fairness, so a client that stops answering
// there cannot be told from a broken link; the type lets operators find
// requesters whose requests fail at that point again and again.
const ErrTypeOutputStage = "OutputStageFailed"

// InferSettleMargin is the time before a request's deadline that serving
// must end by, so that delivery lands before the contract refuses it.
const InferSettleMargin = 20 * time.Second

// InferInput is one paid inference request.
type InferInput struct {
	// RequestID is the request's ID in the model market contract, where
	// it was paid.
	RequestID uint64 `json:"request_id"`
	ModelID   uint64 `json:"model_id"`
	Private   bool   `json:"private"`
	// Input is a plain request's row, one line in the model's schema
	// (comma-separated, '?' for missing). The request's commitment on
	// chain binds it: the serving node checks it. Empty in private mode.
	Input string `json:"input,omitempty"`
	// ClientFingerprint is a private request's client certificate
	// fingerprint (lowercase hex SHA-256), which the request's commitment
	// binds. Empty in plain mode.
	ClientFingerprint string `json:"client_fingerprint,omitempty"`
}

// isFingerprint says whether s is 64 lowercase hex digits.
func isFingerprint(s string) bool {
	return len(s) == 64 && strings.Trim(s, "0123456789abcdef") == ""
}

// Validate checks the request's form.
func (in InferInput) Validate() error {
	switch {
	case in.RequestID == 0 || in.ModelID == 0:
		return errors.New("inference: request and model IDs start at 1")
	case in.Private && !isFingerprint(in.ClientFingerprint):
		return fmt.Errorf("inference: client fingerprint %q is not 64 lowercase hex digits", in.ClientFingerprint)
	case in.Private && in.Input != "":
		return errors.New("inference: a private request carries no input: the client secret-shares it")
	case !in.Private && in.Input == "":
		return errors.New("inference: a plain request needs its input row")
	case !in.Private && in.ClientFingerprint != "":
		return errors.New("inference: a plain request has no client key")
	case len(in.Input) > 64<<10:
		return errors.New("inference: the input row is longer than 64 KiB")
	}
	return nil
}

// InferPlan is what CheckInference found on chain: who serves the model
// and until when.
type InferPlan struct {
	// Nodes are the model's serving nodes (its data holders), in the
	// contract's order; Peers the same with their p2p address and
	// certificate fingerprint from the node registry.
	Nodes []string   `json:"nodes"`
	Peers []NodeInfo `json:"peers"`
	// Model is the model's artifact (plain mode reads it).
	Model ArtifactRef `json:"model"`
	// Deadline is when the contract stops accepting delivery and lets the
	// requester refund.
	Deadline time.Time `json:"deadline"`
	// Refuse, if set, says why the paid request cannot be served: the
	// workflow refunds it.
	Refuse string `json:"refuse,omitempty"`
}

// Prediction is a model's answer for one row.
type Prediction struct {
	Probability float64 `json:"probability"` // of the positive class
	Class       int     `json:"class"`       // 1 when Probability ≥ 0.5
}

// PlainInput asks a serving node to evaluate a model in the clear.
type PlainInput struct {
	RequestID uint64      `json:"request_id"`
	ModelID   uint64      `json:"model_id"`
	Input     string      `json:"input"`
	Model     ArtifactRef `json:"model"`
}

// PlainOutput is a plain prediction and the hash delivered on chain.
type PlainOutput struct {
	Prediction Prediction `json:"prediction"`
	ResultHash string     `json:"result_hash"`
}

// PrivateInput asks a serving node to run its party of a private request's
// session: party 0 is the client, parties 1.. are the serving nodes.
type PrivateInput struct {
	RequestID         uint64     `json:"request_id"`
	ModelID           uint64     `json:"model_id"`
	Session           string     `json:"session"`
	Self              int        `json:"self"`
	Peers             []NodeInfo `json:"peers"`
	ClientFingerprint string     `json:"client_fingerprint"`
}

// PrivateOutput is what a node's party did; the prediction went to the
// client only.
type PrivateOutput struct {
	Node       string `json:"node"`
	BytesSent  int64  `json:"bytes_sent"`
	ResultHash string `json:"result_hash"`
}

// DeliverInput settles request RequestID: delivered with Result, or
// refunded (Result unused).
type DeliverInput struct {
	RequestID uint64 `json:"request_id"`
	Result    string `json:"result,omitempty"`
}

// InferPayment is what one data holder was credited for a request.
type InferPayment struct {
	Node    string `json:"node,omitempty"`
	Account string `json:"address"`
	PaidWei string `json:"paid_wei"`
}

// InferDelivery is how a request was settled on chain.
type InferDelivery struct {
	PaidWei   string         `json:"paid_wei"`
	RefundWei string         `json:"refund_wei"`
	Payments  []InferPayment `json:"payments,omitempty"`
}

// InferResult is the result of the Inference workflow.
type InferResult struct {
	RequestID uint64 `json:"request_id"`
	ModelID   uint64 `json:"model_id"`
	Private   bool   `json:"private"`
	// Nodes are the model's serving nodes; Node the one that answered a
	// plain request.
	Nodes []string `json:"nodes"`
	Node  string   `json:"node,omitempty"`
	// Prediction is a plain request's answer; nil in private mode, where
	// only the client learns it.
	Prediction *Prediction `json:"prediction,omitempty"`
	ResultHash string      `json:"result_hash"`
	BytesSent  int64       `json:"bytes_sent,omitempty"`
	PaidWei    string      `json:"paid_wei"`
	// Payments are the data holders' shares of the payment.
	Payments []InferPayment `json:"payments,omitempty"`
}

// ShareInput asks the serving nodes of private model ModelID to receive
// their weight shares from its publisher, party 0 of Session.
type ShareInput struct {
	ModelID              uint64     `json:"model_id"`
	Session              string     `json:"session"`
	Peers                []NodeInfo `json:"peers"`
	PublisherFingerprint string     `json:"publisher_fingerprint"`
}

// StoreShareInput is one node's part of ShareModel.
type StoreShareInput struct {
	ModelID uint64     `json:"model_id"`
	Session string     `json:"session"`
	Self    int        `json:"self"`
	Peers   []NodeInfo `json:"peers"`
}

// StoreShareOutput says that a node stored its share: the SHA-256 of the
// stored share, which the publisher also computed.
type StoreShareOutput struct {
	Node   string `json:"node"`
	SHA256 string `json:"sha256"`
}

// ShareResult lists the nodes that stored their shares.
type ShareResult struct {
	Nodes []StoreShareOutput `json:"nodes"`
}

// CheckInferenceOptions read the chain on the coordinator; retried while
// the chain is unreachable, never for a request that is not payable.
var CheckInferenceOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: 30 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        5,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// PlainPredictOptions evaluate a model on a node (set TaskQueue). The
// evaluation is a pure function of its input, so it is retried; the
// workflow moves on to the next serving node when a node does not answer.
var PlainPredictOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: 10 * time.Second,
	StartToCloseTimeout:    30 * time.Second,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        time.Second,
		MaximumAttempts:        2,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// PrivatePredictOptions run a node's party of a private session (set
// TaskQueue). A session cannot resume with one party, so it is tried once.
var PrivatePredictOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: 10 * time.Second,
	StartToCloseTimeout:    2 * time.Minute,
	HeartbeatTimeout:       20 * time.Second,
	RetryPolicy:            &temporal.RetryPolicy{MaximumAttempts: 1},
}

// DeliverInferenceOptions deliver or refund on the coordinator. Both read
// the contract first, so a retry after a crash pays or refunds once.
var DeliverInferenceOptions = workflow.ActivityOptions{
	TaskQueue:           CoordinatorQueue,
	StartToCloseTimeout: time.Minute,
	RetryPolicy: &temporal.RetryPolicy{
		InitialInterval:        2 * time.Second,
		BackoffCoefficient:     2,
		MaximumInterval:        30 * time.Second,
		MaximumAttempts:        10,
		NonRetryableErrorTypes: []string{ErrTypeBadInput},
	},
}

// StoreModelShareOptions run a node's part of ShareModel (set TaskQueue):
// tried once, like any session; the publisher shares again on failure.
var StoreModelShareOptions = workflow.ActivityOptions{
	ScheduleToStartTimeout: 30 * time.Second,
	StartToCloseTimeout:    2 * time.Minute,
	RetryPolicy:            &temporal.RetryPolicy{MaximumAttempts: 1},
}
