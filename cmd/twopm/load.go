package main

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"go.temporal.io/api/workflowservice/v1"
	"go.temporal.io/sdk/client"
	"google.golang.org/protobuf/proto"

	"github.com/twopm/twopm/devnet"
	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/workflows"
)

// loadReport is what demo load measures.
type loadReport struct {
	StatsTasks int `json:"stats_tasks"`
	// StatsLatency is, over the concurrent statistics tasks, the seconds
	// from submission to result.
	StatsLatency percentiles `json:"stats_latency_seconds"`
	StatsSeconds float64     `json:"stats_seconds"` // all of them, wall time
	// StatsHistory is the size of each task's workflow history: events
	// and bytes, the largest of the tasks.
	StatsHistoryEvents int `json:"stats_history_events_max"`
	StatsHistoryBytes  int `json:"stats_history_bytes_max"`

	TrainRounds  int         `json:"train_rounds"`
	TrainSeconds float64     `json:"train_seconds"`
	RoundSeconds percentiles `json:"round_seconds"`
	// TrainRuns is how many runs the training workflow took (it continues
	// as new every workflows.TrainContinueEvery rounds); the largest run's
	// history and the largest round's are what ContinueAsNew bounds.
	TrainRuns               int `json:"train_runs"`
	TrainHistoryEventsMax   int `json:"train_history_events_max"`
	TrainHistoryBytesMax    int `json:"train_history_bytes_max"`
	RoundHistoryEventsMax   int `json:"round_history_events_max"`
	TrainHistoryEventsLimit int `json:"history_events_limit"`
}

// percentiles summarizes durations in seconds.
type percentiles struct {
	P50 float64 `json:"p50"`
	P90 float64 `json:"p90"`
	P99 float64 `json:"p99"`
	Max float64 `json:"max"`
}

// summarize returns the nearest-rank percentiles of xs.
func summarize(xs []float64) percentiles {
	if len(xs) == 0 {
		return percentiles{}
	}
	s := slices.Sorted(slices.Values(xs))
	at := func(p float64) float64 { return s[max(0, int(math.Ceil(p*float64(len(s))))-1)] }
	return percentiles{P50: at(0.5), P90: at(0.9), P99: at(0.99), Max: s[len(s)-1]}
}

func newDemoLoad(g *globals) *cobra.Command {
	var nf netFlags
	var statsTasks, trainRounds int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "load",
		Short: "Start the local network, run concurrent statistics tasks and a long training task, report latencies and history sizes",
		Long: `demo load starts the local network with the four heart-disease hospitals and
puts it under load: --stats-tasks statistics tasks submitted at once, then one
lr training task of --train-rounds rounds (no early stopping). It reports the
statistics tasks' latency percentiles (submission to result), the training
rounds' durations, and the size of the workflow histories: the largest
statistics task's, the largest run of the training workflow (which continues as
new every 10 rounds, so that its history stays bounded however many rounds it
runs) and the largest round's, against Temporal's limit of 51,200 events.

With --json, stdout carries one JSON object:
  {"stats_tasks", "stats_latency_seconds": {"p50", "p90", "p99", "max"},
   "stats_seconds", "stats_history_events_max", "stats_history_bytes_max",
   "train_rounds", "train_seconds", "round_seconds": {...}, "train_runs",
   "train_history_events_max", "train_history_bytes_max",
   "round_history_events_max", "history_events_limit"}
Progress goes to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if statsTasks < 1 || trainRounds < 0 || trainRounds > workflows.MaxTrainRounds {
				return fmt.Errorf("--stats-tasks %d, --train-rounds %d: want at least one task and 0 to %d rounds", statsTasks, trainRounds, workflows.MaxTrainRounds)
			}
			ctx := cmd.Context()
			nodes, err := devnet.TrainingNodes("heart-disease", nf.cfg.DataDir, demoHoldout, demoSeed)
			if err != nil {
				return err
			}
			nf.cfg.Nodes = nodes
			_, c, stop, err := nf.startDemo(ctx, g)
			if err != nil {
				return err
			}
			defer stop()
			rep, err := runLoad(ctx, c, statsTasks, trainRounds)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(os.Stdout, rep)
			}
			fmt.Printf("%d statistics tasks at once: latency p50 %.2f s, p90 %.2f s, p99 %.2f s, max %.2f s; all done in %.1f s; largest history %d events, %d bytes\n",
				rep.StatsTasks, rep.StatsLatency.P50, rep.StatsLatency.P90, rep.StatsLatency.P99, rep.StatsLatency.Max, rep.StatsSeconds,
				rep.StatsHistoryEvents, rep.StatsHistoryBytes)
			if rep.TrainRounds > 0 {
				fmt.Printf("training, %d rounds in %.1f s: round p50 %.2f s, p90 %.2f s, max %.2f s; %d runs, largest %d events (%d bytes), largest round %d events; limit %d\n",
					rep.TrainRounds, rep.TrainSeconds, rep.RoundSeconds.P50, rep.RoundSeconds.P90, rep.RoundSeconds.Max, rep.TrainRuns,
					rep.TrainHistoryEventsMax, rep.TrainHistoryBytesMax, rep.RoundHistoryEventsMax, rep.TrainHistoryEventsLimit)
			}
			return nil
		},
	}
	nf.register(cmd.Flags())
	cmd.Flags().IntVar(&statsTasks, "stats-tasks", 20, "statistics tasks to submit at once")
	cmd.Flags().IntVar(&trainRounds, "train-rounds", 50, "rounds of the training task (0: none)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as one JSON object on stdout")
	return cmd
}

// runLoad runs the load on a network c reaches.
func runLoad(ctx context.Context, c *requester.Client, statsTasks, trainRounds int) (loadReport, error) {
	rep := loadReport{StatsTasks: statsTasks, TrainRounds: trainRounds, TrainHistoryEventsLimit: 51_200}
	fmt.Fprintf(os.Stderr, "submitting %d statistics tasks at once\n", statsTasks)
	lat := make([]float64, statsTasks)
	ids := make([]string, statsTasks)
	errs := make([]error, statsTasks)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range statsTasks {
		wg.Go(func() {
			t0 := time.Now()
			id, err := c.Submit(ctx, "", workflows.StatsSpec{Requester: "load"})
			if err == nil {
				_, err = c.Result(ctx, id, true)
			}
			lat[i], ids[i], errs[i] = time.Since(t0).Seconds(), id, err
		})
	}
	wg.Wait()
	rep.StatsSeconds = time.Since(start).Seconds()
	if err := errors.Join(errs...); err != nil {
		return rep, fmt.Errorf("load: statistics tasks: %w", err)
	}
	rep.StatsLatency = summarize(lat)
	for _, id := range ids {
		events, size, err := historySize(ctx, c.T, workflows.TaskWorkflowID(id), "")
		if err != nil {
			return rep, err
		}
		rep.StatsHistoryEvents, rep.StatsHistoryBytes = max(rep.StatsHistoryEvents, events), max(rep.StatsHistoryBytes, size)
	}
	fmt.Fprintf(os.Stderr, "%d statistics tasks done in %.1f s (p90 latency %.2f s)\n", statsTasks, rep.StatsSeconds, rep.StatsLatency.P90)
	if trainRounds == 0 {
		return rep, nil
	}

	fmt.Fprintf(os.Stderr, "training lr for %d rounds\n", trainRounds)
	start = time.Now()
	id, err := c.SubmitTraining(ctx, "", workflows.TrainSpec{Schema: "heart-disease", Model: workflows.ModelLR, Rounds: trainRounds,
		Patience: -1, MinNodes: 3, Requester: "load"})
	if err != nil {
		return rep, err
	}
	res, err := followTraining(ctx, c, id)
	if err != nil {
		return rep, err
	}
	rep.TrainSeconds = time.Since(start).Seconds()
	var rounds []float64
	for _, h := range res.History {
		rounds = append(rounds, h.Seconds)
		events, _, err := historySize(ctx, c.T, workflows.RoundWorkflowID(id, h.Round), "")
		if err != nil {
			return rep, err
		}
		rep.RoundHistoryEventsMax = max(rep.RoundHistoryEventsMax, events)
	}
	rep.RoundSeconds = summarize(rounds)
	runs, err := c.T.ListWorkflow(ctx, &workflowservice.ListWorkflowExecutionsRequest{
		Query: fmt.Sprintf("WorkflowId = '%s'", workflows.TaskWorkflowID(id))})
	if err != nil {
		return rep, fmt.Errorf("load: list the training runs: %w", err)
	}
	for _, r := range runs.GetExecutions() {
		events, size, err := historySize(ctx, c.T, workflows.TaskWorkflowID(id), r.GetExecution().GetRunId())
		if err != nil {
			return rep, err
		}
		rep.TrainRuns++
		rep.TrainHistoryEventsMax, rep.TrainHistoryBytesMax = max(rep.TrainHistoryEventsMax, events), max(rep.TrainHistoryBytesMax, size)
	}
	return rep, nil
}

// historySize returns the number of events of a workflow run's history and
// their encoded size.
func historySize(ctx context.Context, c client.Client, workflowID, runID string) (events, bytes int, err error) {
	it := c.GetWorkflowHistory(ctx, workflowID, runID, false, 0)
	for it.HasNext() {
		e, err := it.Next()
		if err != nil {
			return 0, 0, fmt.Errorf("load: history of %s: %w", workflowID, err)
		}
		events++
		bytes += proto.Size(e)
	}
	return events, bytes, nil
}
