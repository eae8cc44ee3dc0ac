package workflows

import (
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"
)

// admission is what the selected nodes' policies said of a task.
type admission struct {
	// Nodes are the nodes that admitted it, in selection order, and
	// Answers their answers.
	Nodes   []NodeInfo
	Answers []AdmitOutput
	// Refused are the nodes that refused it, each with its reason.
	Refused []string
	// Rules are the strictest disclosure rules of the nodes that admitted
	// it.
	Rules *Disclosure
}

// admitNodes asks every selected node whether its policy admits the task
// (in) and keeps those that do. A node that refuses, or does not answer,
// is left out with the reason; when the spec names its nodes, or fewer
// than minNodes remain, the round fails as TooFewNodes, listing every
// refusal, before any node computes on its data. Rounds recorded before
// nodes had policies (NodePolicyChange) ask nothing and keep every node.
func admitNodes(ctx workflow.Context, in AdmitInput, nodes []NodeInfo, named bool, minNodes int) (admission, error) {
	if workflow.GetVersion(ctx, NodePolicyChange, workflow.DefaultVersion, 1) == workflow.DefaultVersion {
		return admission{Nodes: nodes}, nil
	}
	futs := make([]workflow.Future, len(nodes))
	for i, n := range nodes {
		o := AdmitTaskOptions
		o.TaskQueue = n.Queue
		futs[i] = workflow.ExecuteActivity(workflow.WithActivityOptions(ctx, o), AdmitTaskName, in)
	}
	var a admission
	for i, f := range futs {
		var out AdmitOutput
		if err := f.Get(ctx, &out); err != nil {
			a.Refused = append(a.Refused, fmt.Sprintf("%s (no answer from its policy: %s)", nodes[i].ID, classify(err).Message))
			continue
		}
		if !out.Admitted {
			a.Refused = append(a.Refused, fmt.Sprintf("%s (its policy: %s)", nodes[i].ID, out.Reason))
			continue
		}
		a.Nodes, a.Answers = append(a.Nodes, nodes[i]), append(a.Answers, out)
		if out.Disclosure == (Disclosure{}) {
			continue
		}
		d := out.Disclosure
		if a.Rules != nil {
			d = a.Rules.Strictest(d)
		}
		a.Rules = &d
	}
	if len(a.Refused) > 0 && (named || len(a.Nodes) < minNodes) {
		why := fmt.Sprintf("%d of the %d nodes selected admit the task, it needs %d", len(a.Nodes), len(nodes), minNodes)
		if named {
			why = "the task names its nodes, and not every one admits it"
		}
		return a, temporal.NewNonRetryableApplicationError(fmt.Sprintf("%s: refused by %s", why, strings.Join(a.Refused, "; ")), ErrTypeTooFewNodes, nil)
	}
	if in.Training != nil && len(a.Answers) > 0 {
		// Every node resolves the training columns from the same schema.
		for _, out := range a.Answers[1:] {
			if !slices.Equal(out.Columns, a.Answers[0].Columns) {
				return a, temporal.NewNonRetryableApplicationError(fmt.Sprintf("nodes %s and %s resolve the task's columns differently: %v, %v",
					out.Node, a.Answers[0].Node, out.Columns, a.Answers[0].Columns), ErrTypeBadInput, nil)
			}
		}
	}
	return a, nil
}

// policies returns the policy hashes of an admission's answers.
func (a admission) policies() []string {
	if len(a.Answers) == 0 {
		return nil
	}
	out := make([]string, len(a.Answers))
	for i, ans := range a.Answers {
		out[i] = ans.Policy
	}
	return out
}
