package requester

import (
	"context"
	"errors"
	"fmt"
	"time"

	enumspb "go.temporal.io/api/enums/v1"

	"github.com/twopm/twopm/chain"
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
	// as Canceled or Failed; NotStarted for a task that was escrowed but
	// whose workflow never started.
	Status string `json:"status"`
	// PaidWei is what the escrow had paid the task's nodes, rounds
	// recorded during the cancellation delay included; it stays theirs.
	// Empty for a task without escrow.
	PaidWei string `json:"paid_wei,omitempty"`
	// RefundWei is what this call withdrew to the requester's account:
	// the rest of the escrow, with any other credit the account had.
	RefundWei string `json:"refund_wei,omitempty"`
	// CancellableAt is, when the escrow's cancellation is still pending,
	// the chain time (RFC 3339) from which running Cancel again completes it.
	CancellableAt string `json:"cancellable_at,omitempty"`
}

// StatusNotStarted is Cancelled.Status for a task whose workflow never
// started (its submission failed after escrowing).
const StatusNotStarted = "NotStarted"

// cancelWait bounds how long Cancel waits for a cancelled workflow to end,
// and for the escrow's cancellation delay to pass.
const cancelWait = time.Minute

// Cancel gives up task id: a running task's workflow is cancelled first
// (its rounds stop; one that is waiting for retry-round stops waiting),
// then, with a Payer, the task's escrow is cancelled on chain in its two
// steps — RequestCancel, then, once the escrow's cancellation delay has
// passed on chain (during which the coordinator may still record rounds
// whose results exist), Cancel — and what was not paid to its nodes is
// withdrawn to the requester's account. A delay longer than a minute is
// not waited for: Cancel returns with CancellableAt and an error wrapping
// chain.ErrCancelPending, and running it again then completes it. A task
// whose workflow never started (its submission failed after escrowing) has
// its escrow cancelled all the same. It is safe to call again: a cancelled
// workflow or escrow is left as it is. A task whose escrow was settled
// fails with chain.ErrClosed: its refund was credited at settlement.
func (c *Client) Cancel(ctx context.Context, id string) (Cancelled, error) {
	out := Cancelled{TaskID: id}
	wid := workflows.TaskWorkflowID(id)
	started := true
	d, err := c.T.DescribeWorkflowExecution(ctx, wid, "")
	if err != nil {
		err = notFound(id, err)
		if !errors.Is(err, ErrTaskUnknown) || c.Payer == nil {
			return out, err
		}
		started, out.Status = false, StatusNotStarted
	} else {
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
	}
	if c.Payer == nil {
		return out, nil
	}
	return c.cancelEscrow(ctx, id, started, out)
}

// cancelEscrow cancels the escrow of task id in its two steps and
// withdraws the refund; started says whether the task's workflow exists.
func (c *Client) cancelEscrow(ctx context.Context, id string, started bool, out Cancelled) (Cancelled, error) {
	e, s := c.Payer.Escrow, c.Payer.Signer
	t, err := e.Task(ctx, id)
	var rerr *revert.Error
	if errors.As(err, &rerr) && rerr.Name == "UnknownTask" {
		if !started {
			return out, fmt.Errorf("%w: %s", ErrTaskUnknown, id)
		}
		return out, nil // nothing was escrowed for it
	}
	if err != nil {
		return out, fmt.Errorf("task %s on chain: %w", id, err)
	}
	if t.Requester != s.Address() {
		return out, fmt.Errorf("task %s was escrowed by %s, not by this account (%s): only its requester may cancel it", id, t.Requester.Hex(), s.Address().Hex())
	}
	if t.Status != chain.TaskCancelled {
		due, err := e.RequestCancel(ctx, s, id)
		if err != nil {
			return out, fmt.Errorf("cancel the escrow of task %s: %w", id, err)
		}
		if err := waitChain(ctx, e, due); err != nil {
			out.CancellableAt = due.UTC().Format(time.RFC3339)
			return out, fmt.Errorf("task %s: %w: its coordinator may record finished rounds until %s; run cancel again then (%v)",
				id, chain.ErrCancelPending, out.CancellableAt, err)
		}
		if err := e.Cancel(ctx, s, id); err != nil {
			return out, fmt.Errorf("cancel the escrow of task %s: %w", id, err)
		}
		if t, err = e.Task(ctx, id); err != nil {
			return out, fmt.Errorf("task %s on chain: %w", id, err)
		}
	}
	out.PaidWei = t.Paid.String() // cancelling pays no one
	refund, err := e.Withdraw(ctx, s)
	if err != nil {
		return out, fmt.Errorf("task %s is cancelled on chain, but withdrawing its refund failed (run cancel again): %w", id, err)
	}
	out.RefundWei = refund.String()
	return out, nil
}

// waitChain waits, for cancelWait at most, until the chain's clock reaches due.
func waitChain(ctx context.Context, e *chain.Escrow, due time.Time) error {
	wctx, cancel := context.WithTimeout(ctx, cancelWait)
	defer cancel()
	for {
		now, err := e.ChainTime(wctx)
		if err == nil && !now.Before(due) {
			return nil
		}
		select {
		case <-wctx.Done():
			return fmt.Errorf("waited %s", cancelWait)
		case <-time.After(500 * time.Millisecond):
		}
	}
}
