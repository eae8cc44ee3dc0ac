package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/requester"
	"github.com/twopm/twopm/spec"
)

func newSchedule(g *globals) *cobra.Command {
	sched := &cobra.Command{
		Use:   "schedule",
		Short: "Manage recurring tasks on Temporal Schedules",
		Long: `schedule runs a task spec again and again on a cron schedule, such as nightly
cohort counts across hospitals. Each run is a task of its own (workflow
task-<schedule>-<time>), and its result is also kept in S3 under
schedules/<schedule>/<task>.json.`,
	}
	var id, cron, specPath, note string
	var now bool
	create := &cobra.Command{
		Use:   "create --id ID --cron EXPR --spec FILE",
		Short: "Create a schedule",
		Example: `  twopm schedule create --id nightly-cohort --cron '0 2 * * *' --spec stats.yaml
  twopm schedule create --id hourly --cron '@every 1h' --spec stats.yaml --trigger-now`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if id == "" || cron == "" || specPath == "" {
				return errors.New("schedule create: --id, --cron and --spec are required")
			}
			s, err := spec.ReadFile(specPath)
			if err != nil {
				return err
			}
			c, closeC, err := g.client(cmd.Context())
			if err != nil {
				return err
			}
			defer closeC()
			if err := c.CreateSchedule(cmd.Context(), id, cron, s, now); err != nil {
				return err
			}
			fmt.Printf("schedule %s created (%s)\n", id, cron)
			return nil
		},
	}
	create.Flags().StringVar(&id, "id", "", "schedule ID")
	create.Flags().StringVar(&cron, "cron", "", "cron expression ('0 2 * * *') or '@every 1h'")
	create.Flags().StringVar(&specPath, "spec", "", "task spec file (see twopm task submit --help)")
	create.Flags().BoolVar(&now, "trigger-now", false, "also start one run right away")

	list := &cobra.Command{
		Use:   "list",
		Short: "List schedules",
		Args:  cobra.NoArgs,
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			ss, err := c.ListSchedules(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tCRON\tPAUSED\tNEXT RUN\tNOTE")
			for _, s := range ss {
				next := "-"
				if len(s.NextRun) > 0 {
					next = s.NextRun[0].Local().Format(time.DateTime)
				}
				fmt.Fprintf(tw, "%s\t%s\t%v\t%s\t%s\n", s.ID, strings.Join(s.Crons, " | "), s.Paused, next, s.Note)
			}
			return tw.Flush()
		}),
	}
	pauseCmd := func(use, short string, pause bool) *cobra.Command {
		cmd := &cobra.Command{
			Use:   use + " ID",
			Short: short,
			Args:  cobra.ExactArgs(1),
			RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
				if err := c.PauseSchedule(cmd.Context(), args[0], pause, note); err != nil {
					return err
				}
				fmt.Printf("schedule %s %sd\n", args[0], use)
				return nil
			}),
		}
		cmd.Flags().StringVar(&note, "note", "", "why, shown in listings and the Web UI")
		return cmd
	}
	del := &cobra.Command{
		Use:   "delete ID",
		Short: "Delete a schedule (its past tasks and results stay)",
		Args:  cobra.ExactArgs(1),
		RunE: g.withClient(func(cmd *cobra.Command, args []string, c *requester.Client) error {
			if err := c.DeleteSchedule(cmd.Context(), args[0]); err != nil {
				return err
			}
			fmt.Printf("schedule %s deleted\n", args[0])
			return nil
		}),
	}
	sched.AddCommand(create, list, pauseCmd("pause", "Pause a schedule", true), pauseCmd("unpause", "Resume a paused schedule", false), del)
	return sched
}
