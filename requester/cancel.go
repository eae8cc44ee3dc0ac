package requester

import (
	"context"
	"errors"
	"fmt"
	"time"

	enumspb "go.temporal.io/api/enums/v1"

	"github.com/twopm/twopm/contracts/revert"
	"github.com/twopm/twopm/workflows"
)

// Cancelled is what Cancel did to a task.
type Cancelled struct {
	TaskID string `json:"task_id"`
	// Stopped is true if the task's workflow was running and Cancel
	// cancelled it.
	Stopped bool `json:"stopped"`
	// Status is the workflow's status once Cancel is done with it, such
	// as Canceled or Failed.
	Status string `json:"status"`
	// PaidWei is what the escrow had paid the task's nodes; it stays
	// theirs. Empty for a task without escrow.
	PaidWei string `json:"paid_wei,omitempty"`
	// RefundWei is what this call withdrew to the requester's account:
	// the rest of the escrow, with any other credit the account had.
	RefundWei string `json:"refund_wei,omitempty"`
}

// cancelWait bounds how long Cancel waits for a cancelled workflow to end.
const cancelWait = time.Minute

// Cancel gives up task id: a running task's workflow is cancelled first
// (its rounds stop; one that is waiting for retry-round stops waiting),
// then, with a Payer, the task's escrow is cancelled on chain and what
// was not paid to its nodes is withdrawn to the requester's account. It
// is safe to call again: a cancelled workflow or escrow is left as it is.
// A task whose escrow was settled fails with chain.ErrClosed: its refund
// was credited at settlement.
func (c *Client) Cancel(ctx context.Context, id string) (Cancelled, error) {
	out := Cancelled{TaskID: id}
	wid := workflows.TaskWorkflowID(id)
	d, err := c.T.DescribeWorkflowExecution(ctx, wid, "")
	if err != nil {
		return out, notFound(id, err)
	}
	status := d.GetWorkflowExecutionInfo().GetStatus()
	if status == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING {
		if err := c.T.CancelWorkflow(ctx, wid, ""); err != nil {
			return out, fmt.Errorf("cancel task %s: %w", id, err)
		}
		out.Stopped = true
		wctx, cancel := context.WithTimeout(ctx, cancelWait)
		defer cancel()
		// The workflow ends with a cancellation error: that is the point.
		_ = c.T.GetWorkflow(wctx, wid, "").Get(wctx, nil)
		if d, err = c.T.DescribeWorkflowExecution(ctx, wid, ""); err != nil {
			return out, err
		}
		if status = d.GetWorkflowExecutionInfo().GetStatus(); status == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING {
			return out, fmt.Errorf("cancel task %s: its workflow has not ended %s after the cancellation; run cancel again to cancel its escrow", id, cancelWait)
		}
	}
	out.Status = status.String()
	if c.Payer == nil {
		return out, nil
	}
	e, s := c.Payer.Escrow, c.Payer.Signer
	t, err := e.Task(ctx, id)
	var rerr *revert.Error
	if errors.As(err, &rerr) && rerr.Name == "UnknownTask" {
		return out, nil // nothing was escrowed for it
	}
	if err != nil {
		return out, fmt.Errorf("task %s on chain: %w", id, err)
	}
	if t.Requester != s.Address() {
		return out, fmt.Errorf("task %s was escrowed by %s, not by this account (%s): only its requester may cancel it", id, t.Requester.Hex(), s.Address().Hex())
	}
	if err := e.Cancel(ctx, s, id); err != nil {
		return out, fmt.Errorf("cancel the escrow of task %s: %w", id, err)
	}
	out.PaidWei = t.Paid.String() // cancelling pays no one
	refund, err := e.Withdraw(ctx, s)
	if err != nil {
		return out, fmt.Errorf("task %s is cancelled on chain, but withdrawing its refund failed (run cancel again): %w", id, err)
	}
	out.RefundWei = refund.String()
	return out, nil
}
