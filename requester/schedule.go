package requester

import (
	"context"
	"fmt"
	"time"

	"go.temporal.io/sdk/client"

	"github.com/twopm/twopm/activities/selection"
	"github.com/twopm/twopm/workflows"
)

// ScheduleInfo describes a recurring task.
type ScheduleInfo struct {
	ID      string      `json:"id"`
	Crons   []string    `json:"cron"`
	Paused  bool        `json:"paused"`
	Note    string      `json:"note,omitempty"`
	NextRun []time.Time `json:"next_run,omitempty"`
	Spec    string      `json:"spec,omitempty"`
}

// CreateSchedule creates a Temporal Schedule that starts a statistics task
// on each cron time. Each run's task ID is task-<id>-<time> less the task-
// prefix, and its result is also stored under schedules/<id>/ in S3. With
// triggerNow the first run starts at once.
func (c *Client) CreateSchedule(ctx context.Context, id, cron string, spec workflows.StatsSpec, triggerNow bool) error {
	if !workflows.ValidID(id) {
		return fmt.Errorf("%w %q: use 1 to 64 letters, digits, '.', '_' or '-'", ErrBadID, id)
	}
	spec.ScheduleID = id
	spec = spec.WithDefaults()
	if err := selection.CheckSpec(ctx, spec, c.Schemas); err != nil {
		return err
	}
	_, err := c.T.ScheduleClient().Create(ctx, client.ScheduleOptions{
		ID:   id,
		Spec: client.ScheduleSpec{CronExpressions: []string{cron}},
		Action: &client.ScheduleWorkflowAction{
			ID:                    workflows.TaskWorkflowID(id),
			Workflow:              workflows.FederatedStatisticsName,
			Args:                  []any{spec},
			TaskQueue:             workflows.CoordinatorQueue,
			TypedSearchAttributes: searchAttributes("", spec),
			Memo:                  map[string]any{"spec": Summary(spec)},
		},
		TriggerImmediately: triggerNow,
		Memo:               map[string]any{"spec": Summary(spec)},
	})
	if err != nil {
		return fmt.Errorf("create schedule %s: %w", id, err)
	}
	return nil
}

// ListSchedules lists every schedule.
func (c *Client) ListSchedules(ctx context.Context) ([]ScheduleInfo, error) {
	it, err := c.T.ScheduleClient().List(ctx, client.ScheduleListOptions{})
	if err != nil {
		return nil, fmt.Errorf("list schedules: %w", err)
	}
	var out []ScheduleInfo
	for it.HasNext() {
		e, err := it.Next()
		if err != nil {
			return nil, fmt.Errorf("list schedules: %w", err)
		}
		info := ScheduleInfo{ID: e.ID, Paused: e.Paused, Note: e.Note, NextRun: e.NextActionTimes}
		if e.Spec != nil {
			info.Crons = e.Spec.CronExpressions
			for _, cal := range e.Spec.Calendars {
				info.Crons = append(info.Crons, fmt.Sprintf("%v", cal))
			}
		}
		out = append(out, info)
	}
	return out, nil
}

// PauseSchedule pauses (pause true) or resumes a schedule, with a note.
func (c *Client) PauseSchedule(ctx context.Context, id string, pause bool, note string) error {
	h := c.T.ScheduleClient().GetHandle(ctx, id)
	var err error
	if pause {
		err = h.Pause(ctx, client.SchedulePauseOptions{Note: note})
	} else {
		err = h.Unpause(ctx, client.ScheduleUnpauseOptions{Note: note})
	}
	if err != nil {
		return fmt.Errorf("schedule %s: %w", id, err)
	}
	return nil
}

// DeleteSchedule deletes a schedule; tasks it started are left alone.
func (c *Client) DeleteSchedule(ctx context.Context, id string) error {
	if err := c.T.ScheduleClient().GetHandle(ctx, id).Delete(ctx); err != nil {
		return fmt.Errorf("delete schedule %s: %w", id, err)
	}
	return nil
}
