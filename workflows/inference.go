package workflows

import (
	"errors"
	"fmt"
	"strconv"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// Inference answers one paid inference request on a published model. The
// request was paid into the model market contract before the workflow
// starts; the workflow checks it on chain (CheckInference), has the model
// evaluated, and then either delivers (the payment goes to the data holders
// that trained the model) or refunds the requester. Nothing it does is paid
// twice: delivery and refund read the contract first.
//
// Plain mode: one serving node evaluates the model on the input the
// request carries (PlainPredict); it tries the model's nodes in order until
// one answers. Private mode: every serving node runs its party of one
// MASCOT session (PrivatePredict) with the requester's client, which is
// party 0 and learns the prediction alone; the workflow never sees it. A
// session cannot be resumed, so a private request is tried once. A session
// that fails while the prediction is opened to the client is refunded like
// any other, but fails as ErrTypeOutputStage: the client may hold the
// prediction (see ErrTypeOutputStage).
func Inference(ctx workflow.Context, in InferInput) (InferResult, error) {
	res := InferResult{RequestID: in.RequestID, ModelID: in.ModelID, Private: in.Private}
	if err := in.Validate(); err != nil {
		return res, temporal.NewNonRetryableApplicationError(err.Error(), ErrTypeBadInput, nil)
	}
	var plan InferPlan
	err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, CheckInferenceOptions), CheckInferenceName, in).Get(ctx, &plan)
	if err != nil {
		// The request may not exist or not be ours to refund: refusing it
		// is all there is to do, and the requester may refund after the
		// deadline.
		return res, err
	}
	if plan.Refuse != "" {
		return res, refund(ctx, in, temporal.NewNonRetryableApplicationError(plan.Refuse, ErrTypeBadInput, nil))
	}
	res.Nodes = plan.Nodes
	// Everything must be done before the contract's deadline, or delivery
	// reverts; leave the settlement a margin.
	budget := plan.Deadline.Sub(workflow.Now(ctx)) - InferSettleMargin
	if budget <= 0 {
		return res, refund(ctx, in, errors.New("the request's deadline is too close to serve it"))
	}
	if in.Private {
		err = privatePredict(ctx, in, plan, budget, &res)
	} else {
		err = plainPredict(ctx, in, plan, budget, &res)
	}
	if err != nil {
		return res, refund(ctx, in, err)
	}
	var d InferDelivery
	err = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, DeliverInferenceOptions), DeliverInferenceName,
		DeliverInput{RequestID: in.RequestID, Result: res.ResultHash}).Get(ctx, &d)
	if err != nil {
		return res, refund(ctx, in, err)
	}
	res.PaidWei, res.Payments = d.PaidWei, d.Payments
	return res, nil
}

// plainPredict asks the model's serving nodes in order until one answers.
func plainPredict(ctx workflow.Context, in InferInput, plan InferPlan, budget time.Duration, res *InferResult) error {
	var errs []error
	for _, node := range plan.Nodes {
		o := PlainPredictOptions
		o.TaskQueue = NodeQueue(node)
		o.ScheduleToCloseTimeout = budget
		var out PlainOutput
		err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, o), PlainPredictName,
			PlainInput{RequestID: in.RequestID, ModelID: in.ModelID, Input: in.Input, Model: plan.Model}).Get(ctx, &out)
		if err == nil {
			res.Node, res.Prediction, res.ResultHash = node, &out.Prediction, out.ResultHash
			return nil
		}
		var app *temporal.ApplicationError
		if errors.As(err, &app) && app.Type() == ErrTypeBadInput {
			return err // another node would refuse the same input
		}
		errs = append(errs, fmt.Errorf("node %s: %w", node, err))
	}
	return temporal.NewNonRetryableApplicationError("no serving node answered: "+errors.Join(errs...).Error(), ErrTypeNodeUnavailable, nil)
}

// privatePredict runs every serving node's party of the session; the
// client is party 0.
func privatePredict(ctx workflow.Context, in InferInput, plan InferPlan, budget time.Duration, res *InferResult) error {
	session := InferSession(in.RequestID)
	peers := append([]NodeInfo{{ID: InferClientID, Fingerprint: in.ClientFingerprint}}, plan.Peers...)
	o := PrivatePredictOptions
	o.StartToCloseTimeout = min(o.StartToCloseTimeout, budget)
	futures := make([]workflow.Future, len(plan.Peers))
	for i, p := range plan.Peers {
		o.TaskQueue = NodeQueue(p.ID)
		futures[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, o), PrivatePredictName, PrivateInput{
			RequestID: in.RequestID, ModelID: in.ModelID, Session: session, Self: i + 1, Peers: peers,
			ClientFingerprint: in.ClientFingerprint})
	}
	var errs []error
	typ := ErrTypeAggregation
	for i, f := range futures {
		var out PrivateOutput
		if err := f.Get(ctx, &out); err != nil {
			errs = append(errs, fmt.Errorf("node %s: %w", plan.Peers[i].ID, err))
			if classify(err).Type == ErrTypeOutputStage {
				typ = ErrTypeOutputStage
			}
			continue
		}
		res.BytesSent += out.BytesSent
		if res.ResultHash == "" {
			res.ResultHash = out.ResultHash
		} else if res.ResultHash != out.ResultHash {
			errs = append(errs, fmt.Errorf("node %s closed session %s with another transcript hash", plan.Peers[i].ID, session))
		}
	}
	if len(errs) > 0 {
		return temporal.NewNonRetryableApplicationError("private inference aborted: "+errors.Join(errs...).Error(), typ, nil)
	}
	return nil
}

// refund returns the request's payment after cause made it fail, and
// returns cause (with the refund's own failure, if any).
func refund(ctx workflow.Context, in InferInput, cause error) error {
	var r InferDelivery
	err := workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, DeliverInferenceOptions), RefundInferenceName,
		DeliverInput{RequestID: in.RequestID}).Get(ctx, &r)
	if err != nil {
		return fmt.Errorf("%w; refunding the request failed too: %w", cause, err)
	}
	var app *temporal.ApplicationError
	typ := ErrTypeInferenceFailed
	if errors.As(cause, &app) && (app.Type() == ErrTypeBadInput || app.Type() == ErrTypeOutputStage) {
		typ = app.Type()
	}
	return temporal.NewNonRetryableApplicationError(fmt.Sprintf("inference failed, %s wei refunded to the requester: %v", r.RefundWei, cause), typ, nil)
}

// InferSession is the MASCOT session of a private request.
func InferSession(requestID uint64) string { return "infer/" + strconv.FormatUint(requestID, 10) }

// InferClientID is the node ID (and certificate common name) of a private
// request's client in its session; the client is known by its pinned
// certificate fingerprint, which the request commits to on chain.
const InferClientID = "client"

// InferWorkflowID is the workflow ID of inference request id: one workflow
// per paid request.
func InferWorkflowID(requestID uint64) string { return "infer-" + strconv.FormatUint(requestID, 10) }

// ShareModel hands the serving nodes of a private model their shares of
// its weights: the publisher's client is party 0 of a session with the
// nodes and sends each its share over the session's TLS link; each node
// stores it (StoreModelShare). The workflow only arranges the meeting; the
// shares never pass through it.
func ShareModel(ctx workflow.Context, in ShareInput) (ShareResult, error) {
	if len(in.Peers) == 0 || in.Session == "" || in.PublisherFingerprint == "" {
		return ShareResult{}, temporal.NewNonRetryableApplicationError("share model: nodes, session and publisher key are required", ErrTypeBadInput, nil)
	}
	peers := append([]NodeInfo{{ID: PublisherID, Fingerprint: in.PublisherFingerprint}}, in.Peers...)
	futures := make([]workflow.Future, len(in.Peers))
	for i, n := range in.Peers {
		o := StoreModelShareOptions
		o.TaskQueue = NodeQueue(n.ID)
		futures[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, o), StoreModelShareName, StoreShareInput{
			ModelID: in.ModelID, Session: in.Session, Self: i + 1, Peers: peers})
	}
	var res ShareResult
	var errs []error
	for i, f := range futures {
		var out StoreShareOutput
		if err := f.Get(ctx, &out); err != nil {
			errs = append(errs, fmt.Errorf("node %s: %w", in.Peers[i].ID, err))
			continue
		}
		res.Nodes = append(res.Nodes, out)
	}
	if len(errs) > 0 {
		return res, temporal.NewNonRetryableApplicationError("sharing the model failed: "+errors.Join(errs...).Error(), ErrTypeAggregation, nil)
	}
	return res, nil
}

// PublisherID is the node ID of a model's publisher in the session that
// shares the model.
const PublisherID = "publisher"
