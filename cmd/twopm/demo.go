package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/workflows"
)

func newDemo(g *globals) *cobra.Command {
	demo := &cobra.Command{Use: "demo", Short: "Run a demonstration task on a fresh local network"}
	var nf netFlags
	var asJSON, keep bool
	stats := &cobra.Command{
		Use:   "stats",
		Short: "Start the local network, run federated statistics over the four hospitals, print the result",
		Long: `demo stats starts the local network (as twopm dev does), runs one statistics task
over every column of the heart-disease data of the four hospitals (Cleveland,
Hungary, Switzerland, VA Long Beach), prints the result and stops the network.
With --keep the network stays up until Ctrl-C, for a look at the task in the
Web UI; the history stays in the state directory either way.

With --json, stdout carries one JSON object:
  {"task_id", "nodes", "protocol", "artifact", "artifact_sha256", "schema", "round",
   "columns": {"age": {"count", "mean", "variance", "missing"}, ...,
               "sex": {..., "histogram": {"0": n, "1": n}}, ...}}
Progress and logs go to stderr.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			net, err := nf.start(ctx, g)
			if err != nil {
				return err
			}
			defer net.Stop()
			printNetwork(os.Stderr, net)
			c, closeC, err := g.clientAt(ctx, net.TemporalAddress)
			if err != nil {
				return err
			}
			defer closeC()
			spec := workflows.StatsSpec{Requester: "demo"}
			for _, n := range net.Config.Nodes {
				spec.Nodes = append(spec.Nodes, n.ID)
			}
			start := time.Now()
			id, err := c.Submit(ctx, "", spec)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s submitted: %s/namespaces/%s/workflows/%s\n", id, net.UIURL, g.namespace, workflows.TaskWorkflowID(id))
			res, err := c.Result(ctx, id, true)
			if err != nil {
				return err
			}
			fmt.Fprintf(os.Stderr, "task %s done in %s\n", id, time.Since(start).Round(10*time.Millisecond))
			if asJSON {
				err = writeJSON(os.Stdout, res)
			} else {
				printStats(os.Stdout, res)
			}
			if err != nil || !keep {
				return err
			}
			fmt.Fprintln(os.Stderr, "network kept running; press Ctrl-C to stop")
			return net.Wait(ctx)
		},
	}
	nf.register(stats.Flags())
	stats.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON object on stdout")
	stats.Flags().BoolVar(&keep, "keep", false, "keep the network running after the task, until Ctrl-C")
	demo.AddCommand(stats)
	return demo
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// printStats prints a result as a table, columns in schema order where
// known.
func printStats(w io.Writer, res workflows.StatsResult) {
	fmt.Fprintf(w, "task %s  nodes %s  protocol %s\nartifact %s\n\n", res.TaskID, strings.Join(res.Nodes, ","), res.Protocol, res.Artifact)
	names := make([]string, 0, len(res.Columns))
	for n := range res.Columns {
		names = append(names, n)
	}
	order := columnOrder(res.Schema)
	sort.SliceStable(names, func(i, j int) bool { return order(names[i]) < order(names[j]) })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "column\tcount\tmean\tvariance\tmissing\thistogram\t")
	for _, n := range names {
		c := res.Columns[n]
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%s\t\n", n, c.Count, num(c.Mean), num(c.Variance), c.Missing, hist(c.Histogram))
	}
	_ = tw.Flush()
}

func num(f *float64) string {
	if f == nil {
		return "-"
	}
	return fmt.Sprintf("%.4f", *f)
}

func hist(h map[string]int64) string {
	if len(h) == 0 {
		return ""
	}
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s:%d", k, h[k])
	}
	return strings.Join(parts, " ")
}
