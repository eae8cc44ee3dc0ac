package compute

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/rs/zerolog"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/model"
	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/policy"
	"github.com/twopm/twopm/stats"
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
	req := policy.Request{Type: in.Type, Requester: in.Requester, DP: in.DP != nil, Additive: in.Protocol == workflows.ProtocolAdditive}
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
		params := in.Params
		if in.Model != model.LR && in.Model != model.HLR {
			params = 0 // the glm rule is for linear models
		}
		if reason, err := a.checkTrainingRows(ctx, p, req.Label, params); err != nil || reason != "" {
			out.Reason = reason
			return out, err
		}
	default:
		return workflows.AdmitOutput{}, activities.BadInput(fmt.Errorf("unknown task type %q", in.Type))
	}
	if err := p.Admit(req); err != nil {
		out.Reason = err.Error()
		return out, nil
	}
	if d := in.DP; d != nil {
		cols := req.Summary
		if in.Type == workflows.TaskTypeTrainingPolicy {
			cols = out.Columns
		}
		if reason, err := a.checkPrivacy(in, p.PrivacyBudget, cols); err != nil || reason != "" {
			out.Reason = reason
			return out, err
		}
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
	if a.Store != nil {
		// The node's local computations for the task keep to these terms,
		// whatever they are asked later.
		rec := Admission{Type: in.Type, Columns: req.Summary, DP: in.DP}
		if in.Type == workflows.TaskTypeTrainingPolicy {
			rec.Columns, rec.Releases = out.Columns, in.Releases
		}
		if err := a.Store.SaveAdmission(in.TaskID, rec); err != nil {
			return workflows.AdmitOutput{}, activities.BadInput(err)
		}
	}
	out.Admitted = true
	return out, nil
}

// checkPrivacy returns why the node cannot take part in a differentially
// private task, or "": it has no accountant, the task asks for a δ, a
// column has no range to bound its noise (a training task: to scale it,
// train.InitTraining), or the budget has too little left for one release
// at in.DP (a training task checks each round's at that round's
// admission). The budget is charged when the release runs
// (SecureAggregate), once the contribution it covers is known; a task
// charged before is admitted again (its retries cost nothing).
func (a *Activities) checkPrivacy(in workflows.AdmitInput, b policy.Budget, columns []string) (string, error) {
	d := in.DP
	if a.Privacy == nil {
		return "the node keeps no privacy budget: it takes part in no differentially private task", nil
	}
	if d.Delta != 0 {
		return fmt.Sprintf("δ = %g: the discrete Laplace mechanism spends none", d.Delta), nil
	}
	if in.Type == workflows.TaskTypeTrainingPolicy && (in.Releases < 1 || in.Releases > workflows.MaxTrainRounds) {
		return fmt.Sprintf("a differentially private training task of %d rounds: want 1 to %d", in.Releases, workflows.MaxTrainRounds), nil
	}
	l, err := stats.NewLayout(a.Schema, columns)
	if err != nil {
		return "", activities.BadInput(err)
	}
	if in.Type == workflows.TaskTypeTrainingPolicy {
		for _, c := range columns {
			if i := a.Schema.Index(c); i >= 0 && len(a.Schema.Columns[i].Levels) == 0 && a.Schema.Columns[i].Range == nil {
				return fmt.Sprintf("column %s has no range in schema %s: a DP training task scales its features by their range", c, a.Schema.Ref()), nil
			}
		}
	} else if _, err := l.NoiseScales(a.Schema, d.Epsilon); err != nil {
		return err.Error(), nil
	}
	release := in.TaskID
	if in.Type == workflows.TaskTypeTrainingPolicy && in.Round > 0 {
		release = RoundRelease(in.TaskID, in.Round)
	}
	if err := a.Privacy.Fits(a.Schema.ID, release+"/", d.Epsilon, d.Delta, b, time.Now()); err != nil {
		if errors.Is(err, policy.ErrBudget) {
			return err.Error(), nil
		}
		return "", err
	}
	return "", nil
}

// RoundRelease names the releases of a DP training task's round for
// PrivacyKey: each round is a release of its own, charged at its
// admission's check even when an earlier round of the task was charged.
func RoundRelease(task string, round int) string {
	return task + "/round-" + strconv.Itoa(round)
}

// PrivacyKey names one differentially private release for the privacy
// accountant and the node's noise stream: the task, and a hash of the
// columns and ε it asks for and of the node's contribution. A retry of
// the release (another attempt or round, over the same data) has the same
// key, so it is charged once and adds the same noise, and gives nobody a
// second sample to average; another question, or the same question over
// changed data (whose difference would show the change), has another key
// and is charged again, with fresh noise.
func PrivacyKey(task string, columns []string, eps float64, x field.Vector) string {
	h := sha256.New()
	for _, c := range columns {
		h.Write([]byte(c))
		h.Write([]byte{0})
	}
	h.Write([]byte(strconv.FormatFloat(eps, 'g', -1, 64)))
	h.Write([]byte{0})
	h.Write(x.AppendBytes(nil))
	return task + "/" + hex.EncodeToString(h.Sum(nil)[:16])
}

// checkTrainingRows returns why the node's rows are too few for a training
// task, or "": fewer rows with a label than its disclosure rules' min_rows,
// or a linear model of params parameters (0: not known yet, the
// preparation round, or not a linear model) above glm_ratio × those rows,
// whose coefficients could then give rows away (DataSHIELD applies the
// rule to glm; an mlp's parameters are not coefficients of the rows).
func (a *Activities) checkTrainingRows(ctx context.Context, p *policy.Policy, label string, params int) (string, error) {
	if a.Source == nil {
		return "", nil // no data to weigh (tests of the policy alone)
	}
	tab, err := a.View.Load(ctx, a.Source, a.Schema)
	if err != nil {
		return "", DataError(a.NodeID, err)
	}
	col, rows := a.Schema.Index(label), 0
	for _, r := range tab.Rows {
		if col >= 0 && !r[col].Missing {
			rows++
		}
	}
	if int64(rows) < p.Disclosure.MinRows {
		return fmt.Sprintf("it has %d rows with a label, fewer than its min_rows %d", rows, p.Disclosure.MinRows), nil
	}
	if params > 0 && float64(params) > p.GLMRatio*float64(rows) {
		return fmt.Sprintf("a model of %d parameters exceeds its glm rule: at most %g × %d rows = %d", params, p.GLMRatio, rows, int(p.GLMRatio*float64(rows))), nil
	}
	return "", nil
}
