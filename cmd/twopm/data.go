package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/twopm/twopm/dataset/synth"
)

func newData() *cobra.Command {
	cmd := &cobra.Command{Use: "data", Short: "Make data for tests, benchmarks and trying the network out", Args: cobra.NoArgs}
	var (
		schemaArg, out, missing string
		header                  bool
		o                       synth.Options
	)
	gen := &cobra.Command{
		Use:   "generate --schema S --rows N [--seed K] [-o FILE]",
		Short: "Write a seeded synthetic table of a schema, of any size",
		Long: `data generate writes --rows rows of schema --schema as CSV, drawn with --seed:
numeric columns on their range and precision, categorical ones on their
levels, correlated through --factors latent factors, with a share --missing
of the cells missing at random (written as --missing-as), and, with --label,
that categorical column drawn from the others by a logistic model (softmax
for more than two levels), so that a model has something to learn. The same
schema, options and seed give the same file on every machine; the rows are
streamed, so memory stays the same at any size. The data are synthetic: no
patient is behind any row.

  twopm data generate --schema heart-disease --rows 100000 --label num -o hd-100k.data`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := loadSchema(schemaArg)
			if err != nil {
				return err
			}
			g, err := synth.New(s, o)
			if err != nil {
				return err
			}
			var w io.Writer = cmd.OutOrStdout()
			if out != "" && out != "-" {
				f, err := os.Create(out)
				if err != nil {
					return err
				}
				if err := g.WriteCSV(f, header, missing); err != nil {
					_ = f.Close() // the write error is the one to report
					return fmt.Errorf("write %s: %w", out, err)
				}
				if err := f.Close(); err != nil {
					return fmt.Errorf("write %s: %w", out, err)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d rows of %s to %s\n", o.Rows, s.ID, out)
				return nil
			}
			return g.WriteCSV(w, header, missing)
		},
	}
	f := gen.Flags()
	f.StringVar(&schemaArg, "schema", "", "the table's schema: a built-in name or a schema file (required)")
	f.IntVar(&o.Rows, "rows", 1000, "how many rows")
	f.Uint64Var(&o.Seed, "seed", 1, "seed of every draw")
	f.Float64Var(&o.Missing, "missing", 0.05, "share of the cells missing at random, in every column but the label")
	f.StringVar(&missing, "missing-as", "?", `how a missing cell is written ("?", "NA" or "")`)
	f.StringVar(&o.Label, "label", "", "categorical column drawn from the others by a logistic model")
	f.IntVar(&o.Factors, "factors", 2, "latent factors that correlate the columns")
	f.BoolVar(&header, "header", false, "write a header line of the column names")
	f.StringVarP(&out, "output", "o", "", "file to write (default stdout)")
	_ = gen.MarkFlagRequired("schema")
	cmd.AddCommand(gen)
	return cmd
}
