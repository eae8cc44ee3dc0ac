package workflows

import (
	"os"
	"testing"

	"go.temporal.io/sdk/client"

	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
)

// TestReplay replays histories recorded on a real dev server (by the
// integration test with TWOPM_RECORD_HISTORY set): a change to workflow
// code that would break running tasks fails here. Changes of shape go
// behind workflow.GetVersion, with a new history recorded beside the old.
func TestReplay(t *testing.T) {
	tests := []struct {
		name       string
		file       string
		workflowID string // the recorded run's ID: task IDs derive from it
	}{
		{"statistics task", "testdata/statistics.json", "task-stats-20261124-191851-fd6dac"},
		{"statistics round", "testdata/round.json", "task-stats-20261124-191851-fd6dac-round-1"},
		// A training task in which node va was killed during round 2.
		{"training task", "testdata/training.json", "task-train-20261124-205105-5c94fc"},
		{"training round", "testdata/training-round.json", "task-train-20261124-205105-5c94fc-round-3"},
		// A paid training task: deposit checked, rounds credited on chain.
		{"paid training task", "testdata/training-paid.json", "task-train-20261204-020937-413751"},
		// A proven HLR task (TestRecordProvenTraining): every node proves
		// its gradient, va's proofs are corrupted and rejected.
		{"proven training task", "testdata/training-proven.json", "task-train-20261204-102610-12f7ce"},
		{"proven training round", "testdata/training-proven-round.json", "task-train-20261204-102610-12f7ce-round-2"},
		// The same task after the security review's fixes: the escrow
		// checked before every round, data sets fixed at selection, the
		// unproven node excluded.
		{"proven training task, data sets fixed at selection", "testdata/training-proven-snapshot.json", "task-train-20261207-124432-0c5920"},
		{"proven training round, data sets fixed at selection", "testdata/training-proven-snapshot-round.json", "task-train-20261207-124432-0c5920-round-2"},
		{"plain inference", "testdata/inference-plain.json", "infer-1"},
		{"private inference", "testdata/inference-private.json", "infer-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := worker.NewWorkflowReplayer()
			r.RegisterWorkflowWithOptions(FederatedStatistics, workflow.RegisterOptions{Name: FederatedStatisticsName})
			r.RegisterWorkflowWithOptions(FederatedRound, workflow.RegisterOptions{Name: FederatedRoundName})
			r.RegisterWorkflowWithOptions(FederatedTraining, workflow.RegisterOptions{Name: FederatedTrainingName})
			r.RegisterWorkflowWithOptions(TrainingRound, workflow.RegisterOptions{Name: TrainingRoundName})
			r.RegisterWorkflowWithOptions(Inference, workflow.RegisterOptions{Name: InferenceName})
			f, err := os.Open(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			h, err := client.HistoryFromJSON(f, client.HistoryJSONOptions{})
			if err != nil {
				t.Fatal(err)
			}
			err = r.ReplayWorkflowHistoryWithOptions(nil, h, worker.ReplayWorkflowHistoryOptions{
				OriginalExecution: workflow.Execution{ID: tt.workflowID},
			})
			if err != nil {
				t.Fatal(err)
			}
		})
	}
}
