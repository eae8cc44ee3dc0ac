package requester

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	"go.temporal.io/api/serviceerror"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/temporal"

	"github.com/twopm/twopm/activities/train"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// NewTrainingID returns a fresh training task ID such as
// train-20261124-190102-3fa9c1.
func NewTrainingID(now time.Time) string { return newID("train", now) }

// CheckTrainSpec validates a training spec with defaults applied and
// checks that schemas resolves its schema and that the schema has the
// label and feature columns the spec asks for (train.Resolve).
func CheckTrainSpec(ctx context.Context, spec workflows.TrainSpec, schemas dataset.Catalog) error {
	if err := spec.Validate(); err != nil {
		return err
	}
	schema, err := schemas.Resolve(ctx, spec.Schema)
	if err != nil {
		return fmt.Errorf("spec: %w", err)
	}
	_, err = train.Resolve(spec, schema)
	return err
}

// SubmitTraining checks spec and starts a training task with the given ID
// (empty means a fresh one). It returns the task ID.
func (c *Client) SubmitTraining(ctx context.Context, id string, spec workflows.TrainSpec) (string, error) {
	if id == "" {
		id = NewTrainingID(time.Now())
	}
	if !workflows.ValidID(id) {
		return "", fmt.Errorf("%w %q: use 1 to 64 letters, digits, '.', '_' or '-'", ErrBadID, id)
	}
	spec = spec.WithDefaults()
	if err := CheckTrainSpec(ctx, spec, c.Schemas); err != nil {
		return "", err
	}
	if spec.PaymentWei != "" {
		if c.Payer == nil {
			return "", ErrNoPayer
		}
		// A task no registered circuit covers (its label, its features,
		// missing values imputed) is trained unproven.
		spec.Circuit = c.Payer.trainingCircuit(ctx, c.Schemas, spec)
		if spec.Circuit != "" {
			if err := spec.Validate(); err != nil {
				return "", err
			}
		}
		if err := c.Payer.escrow(ctx, id, spec, spec.PaymentWei, spec.EscrowWei, len(spec.Nodes), spec.Rounds, spec.Circuit); err != nil {
			return "", err
		}
	}
	opts := client.StartWorkflowOptions{
		ID:                       workflows.TaskWorkflowID(id),
		TaskQueue:                workflows.CoordinatorQueue,
		WorkflowIDConflictPolicy: enumspb.WORKFLOW_ID_CONFLICT_POLICY_FAIL,
		WorkflowIDReusePolicy:    enumspb.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE,
		TypedSearchAttributes: temporal.NewSearchAttributes(
			workflows.TaskIDKey.ValueSet(id), workflows.TaskTypeKey.ValueSet(workflows.TaskTypeTraining),
			workflows.RequesterKey.ValueSet(spec.Requester), workflows.PhaseKey.ValueSet(workflows.PhaseStarting),
			workflows.RoundKey.ValueSet(0)),
		Memo: map[string]any{"spec": TrainSummary(spec)},
	}
	_, err := c.T.ExecuteWorkflow(ctx, opts, workflows.FederatedTrainingName, workflows.TrainState{Spec: spec})
	var started *serviceerror.WorkflowExecutionAlreadyStarted
	if errors.As(err, &started) {
		return "", fmt.Errorf("%w: %s", ErrTaskExists, id)
	}
	if err != nil {
		return "", fmt.Errorf("start task %s: %w", id, err)
	}
	return id, nil
}

// TrainSummary describes a training spec in one line, for the memo.
func TrainSummary(s workflows.TrainSpec) string {
	nodes := "all live nodes"
	if len(s.Nodes) > 0 {
		nodes = strings.Join(s.Nodes, ",")
	}
	return fmt.Sprintf("training %s on %s, up to %d rounds; nodes: %s (min %d); protocol %s; requester %s",
		s.Model, s.Schema, s.Rounds, nodes, s.MinNodes, s.Protocol, s.Requester)
}

// TaskType returns the type of task id: workflows.TaskTypeStatistics or
// workflows.TaskTypeTraining.
func (c *Client) TaskType(ctx context.Context, id string) (string, error) {
	d, err := c.T.DescribeWorkflowExecution(ctx, workflows.TaskWorkflowID(id), "")
	if err != nil {
		return "", notFound(id, err)
	}
	if d.GetWorkflowExecutionInfo().GetType().GetName() == workflows.FederatedTrainingName {
		return workflows.TaskTypeTraining, nil
	}
	return workflows.TaskTypeStatistics, nil
}

// TrainingResult returns the result of training task id. With wait it
// blocks until the task ends; without, a running task gives ErrRunning.
func (c *Client) TrainingResult(ctx context.Context, id string, wait bool) (workflows.TrainResult, error) {
	var res workflows.TrainResult
	err := c.result(ctx, id, wait, &res)
	return res, err
}
