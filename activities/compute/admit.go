package compute

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/workflows"
)

// AdmitTask answers whether the node's policy admits a task, before any of
// its data is computed on: the task's type, requester and column uses
// against the policy in force, then the day's task count (policy.Ledger).
// A refusal is an answer, not an error; a task for another schema, or a
// training task on a schema without a label that names none, is bad
// input. It reports the policy's hash and disclosure rules, and for a
// training task the columns it uses as this node resolves them. Retrying
// is safe: a task admitted once counts once.
func (a *Activities) AdmitTask(ctx context.Context, in workflows.AdmitInput) (workflows.AdmitOutput, error) {
	if !a.Schema.Matches(in.Schema) {
		return workflows.AdmitOutput{}, activities.BadInput(fmt.Errorf("node %s holds schema %s, the task asks for %s", a.NodeID, a.Schema.Ref(), in.Schema))
	}
	p, perr := a.Policy.Current()
	if perr != nil {
		zerolog.Ctx(ctx).Warn().Err(perr).Msg("the changed policy file does not load: the last good policy stays in force")
	}
	out := workflows.AdmitOutput{Node: a.NodeID, Policy: p.Hash(), Disclosure: workflows.Disclosure(p.Disclosure)}
	req := policy.Request{Type: in.Type, Requester: in.Requester}
	switch in.Type {
	case workflows.TaskTypeStatisticsPolicy:
		req.Summary = in.Columns
		if len(req.Summary) == 0 {
			req.Summary = a.Schema.Names()
		}
	case workflows.TaskTypeTrainingPolicy:
		t := in.Training
		if t == nil {
			t = &workflows.TrainColumns{}
		}
		req.Label = t.Label
		if req.Label == "" && a.Schema.Label != nil {
			req.Label = a.Schema.Label.Column
		}
		if req.Label == "" {
			return workflows.AdmitOutput{}, activities.BadInput(fmt.Errorf("schema %s declares no label and the task names none", a.Schema.Ref()))
		}
		req.Features = t.Features
		if len(req.Features) == 0 {
			req.Features = a.Schema.Features(req.Label)
		}
		out.Columns = append([]string{req.Label}, req.Features...)
	default:
		return workflows.AdmitOutput{}, activities.BadInput(fmt.Errorf("unknown task type %q", in.Type))
	}
	if err := p.Admit(req); err != nil {
		out.Reason = err.Error()
		return out, nil
	}
	ok := true
	if a.Ledger != nil {
		var err error
		if ok, err = a.Ledger.Admit(in.TaskID, time.Now(), p.MaxTasksPerDay); err != nil {
			return workflows.AdmitOutput{}, err
		}
	} else if p.MaxTasksPerDay > 0 {
		return workflows.AdmitOutput{}, fmt.Errorf("node %s has no ledger to count its tasks by (max_tasks_per_day)", a.NodeID)
	}
	if !ok {
		out.Reason = fmt.Sprintf("it has taken part in %d tasks in the last 24 hours (max_tasks_per_day)", p.MaxTasksPerDay)
		return out, nil
	}
	out.Admitted = true
	return out, nil
}
