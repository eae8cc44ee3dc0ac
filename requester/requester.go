// Package requester is the Go client of a 2PM network for data requesters
// and operators: submit a task, follow it, fetch its result, retry a failed
// round, and manage recurring tasks on Temporal Schedules.
package requester

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities/selection"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// Errors; check them with errors.Is.
var (
	ErrBadID       = errors.New("requester: bad id")
	ErrTaskExists  = errors.New("requester: task already exists")
	ErrTaskUnknown = errors.New("requester: no such task")
	ErrRunning     = errors.New("requester: task is still running")
)

// Client talks to a 2PM network through its Temporal server.
type Client struct {
	T client.Client
	// Payer, if set, escrows the payment of tasks that have one.
	Payer *Payer
	// Market, if set, publishes models and pays for inference.
	Market *Market
	// Schemas resolves the schema a task names before it starts; the
	// zero Catalog knows the built-in schemas only.
	Schemas dataset.Catalog
}

// NewTaskID returns a fresh task ID such as stats-20261124-190102-3fa9c1.
func NewTaskID(now time.Time) string { return newID("stats", now) }

// newID returns kind-<UTC time>-<6 random hex digits>.
func newID(kind string, now time.Time) string {
	b := make([]byte, 3)
	_, _ = rand.Read(b)
	return kind + "-" + now.UTC().Format("20060102-150405") + "-" + hex.EncodeToString(b)
}

// Submit checks spec and starts a statistics task with the given ID (empty
// means a fresh one). It returns the task ID. A spec that names an unknown
// schema or column is rejected here, before anything starts.
func (c *Client) Submit(ctx context.Context, id string, spec workflows.StatsSpec) (string, error) {
	if id == "" {
		id = NewTaskID(time.Now())
	}
	if !workflows.ValidID(id) {
		return "", fmt.Errorf("%w %q: use 1 to 64 letters, digits, '.', '_' or '-'", ErrBadID, id)
	}
	spec = spec.WithDefaults()
	if err := selection.CheckSpec(ctx, spec, c.Schemas); err != nil {
		return "", err
	}
	if spec.PaymentWei != "" {
		// The deposit is on chain before the task starts: a task never
		// runs unpaid.
		if c.Payer == nil {
			return "", ErrNoPayer
		}
		if spec.DP == nil {
			// A proven round opens the exact aggregate to its nodes: a
			// differentially private task is paid, not proven.
			spec.Circuit = c.Payer.circuit(ctx, c.Schemas, spec.Schema, spec.Columns)
		}
		if err := c.Payer.escrow(ctx, id, spec, spec.PaymentWei, spec.EscrowWei, len(spec.Nodes), 1, spec.Circuit); err != nil {
			return "", err
		}
	}
	_, err := c.T.ExecuteWorkflow(ctx, StartOptions(id, spec), workflows.FederatedStatisticsName, spec)
	var started *serviceerror.WorkflowExecutionAlreadyStarted
	if errors.As(err, &started) {
		return "", fmt.Errorf("%w: %s", ErrTaskExists, id)
	}
	if err != nil {
		return "", fmt.Errorf("start task %s: %w", id, err)
	}
	return id, nil
}

// StartOptions are the options of the workflow of task id: its ID, queue,
// search attributes and a memo with the spec summary, shown in the Web UI.
func StartOptions(id string, spec workflows.StatsSpec) client.StartWorkflowOptions {
	return client.StartWorkflowOptions{
		ID:                       workflows.TaskWorkflowID(id),
		TaskQueue:                workflows.CoordinatorQueue,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL,
		WorkflowIDReusePolicy:    enumspb.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		TypedSearchAttributes:    searchAttributes(id, spec),
		Memo:                     map[string]any{"spec": Summary(spec)},
	}
}

func searchAttributes(id string, spec workflows.StatsSpec) temporal.SearchAttributes {
	updates := []temporal.SearchAttributeUpdate{
		workflows.TaskTypeKey.ValueSet(workflows.TaskTypeStatistics),
		workflows.RequesterKey.ValueSet(spec.Requester),
		workflows.PhaseKey.ValueSet(workflows.PhaseStarting),
		workflows.RoundKey.ValueSet(1),
	}
	if id != "" {
		updates = append(updates, workflows.TaskIDKey.ValueSet(id))
	}
	return temporal.NewSearchAttributes(updates...)
}

// Summary describes a spec in one line, for the memo and listings.
func Summary(s workflows.StatsSpec) string {
	cols := "all columns"
	if len(s.Columns) > 0 {
		cols = strings.Join(s.Columns, ",")
	}
	nodes := "all live nodes"
	if len(s.Nodes) > 0 {
		nodes = strings.Join(s.Nodes, ",")
	}
	return fmt.Sprintf("statistics over %s of %s; nodes: %s (min %d); protocol %s; requester %s",
		cols, s.Schema, nodes, s.MinNodes, s.Protocol, s.Requester)
}

// Status is a task's state as the server and the task report it.
type Status struct {
	TaskID   string             `json:"task_id"`
	Status   string             `json:"status"` // Running, Completed, Failed, ...
	Progress workflows.Progress `json:"progress"`
	Failure  string             `json:"failure,omitempty"`
}

// Status describes task id.
func (c *Client) Status(ctx context.Context, id string) (Status, error) {
	wid := workflows.TaskWorkflowID(id)
	d, err := c.T.DescribeWorkflowExecution(ctx, wid, "")
	if err != nil {
		return Status{}, notFound(id, err)
	}
	st := Status{TaskID: id, Status: d.GetWorkflowExecutionInfo().GetStatus().String()}
	if v, err := c.T.QueryWorkflow(ctx, wid, "", workflows.ProgressQuery); err == nil {
		_ = v.Get(&st.Progress)
	}
	if st.Status != enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING.String() && st.Status != enumspb.WORKFLOW_EXECUTION_STATUS_COMPLETED.String() {
		if _, err := c.Result(ctx, id, false); err != nil {
			st.Failure = err.Error()
		}
	}
	return st, nil
}

// Result returns the result of task id. With wait it blocks until the task
// ends; without, a running task gives ErrRunning.
func (c *Client) Result(ctx context.Context, id string, wait bool) (workflows.StatsResult, error) {
	var res workflows.StatsResult
	err := c.result(ctx, id, wait, &res)
	return res, err
}

// result decodes the result of task id into res.
func (c *Client) result(ctx context.Context, id string, wait bool, res any) error {
	wid := workflows.TaskWorkflowID(id)
	if !wait {
		d, err := c.T.DescribeWorkflowExecution(ctx, wid, "")
		if err != nil {
			return notFound(id, err)
		}
		if d.GetWorkflowExecutionInfo().GetStatus() == enumspb.WORKFLOW_EXECUTION_STATUS_RUNNING {
			return fmt.Errorf("%w: %s", ErrRunning, id)
		}
	}
	if err := c.T.GetWorkflow(ctx, wid, "").Get(ctx, res); err != nil {
		var app *temporal.ApplicationError
		if errors.As(err, &app) {
			return fmt.Errorf("task %s failed (%s): %s", id, app.Type(), app.Message())
		}
		return fmt.Errorf("task %s: %w", id, notFound(id, err))
	}
	return nil
}

// RetryRound asks a task that waits after a failed round to run it again,
// leaving out the exclude nodes from now on.
func (c *Client) RetryRound(ctx context.Context, id string, exclude []string) (workflows.RetryAck, error) {
	h, err := c.T.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID:   workflows.TaskWorkflowID(id),
		UpdateName:   workflows.RetryRoundUpdate,
		Args:         []any{workflows.RetryRequest{Exclude: exclude}},
		WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	if err != nil {
		return workflows.RetryAck{}, notFound(id, err)
	}
	var ack workflows.RetryAck
	if err := h.Get(ctx, &ack); err != nil {
		return workflows.RetryAck{}, fmt.Errorf("retry round of task %s: %w", id, err)
	}
	return ack, nil
}

func notFound(id string, err error) error {
	var nf *serviceerror.NotFound
	if errors.As(err, &nf) {
		return fmt.Errorf("%w: %s", ErrTaskUnknown, id)
	}
	return err
}
