package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/twopm/twopm/chain"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workers"
)

func newSchemaCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Show, check and draft the schema files that declare a data set's table",
		Long: `A schema file (YAML) declares a table: its name and version, and per column
its name, kind (numeric or categorical), levels, range and precision, unit,
description and the texts that mean a missing value. Its canonical encoding's
SHA-256 names it: NAME@HASH, printed by "schema show".

The built-in schemas (heart-disease, breast-cancer) are files too; a command
that takes a schema takes a built-in name or the path of a file.`,
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newSchemaShow(), newSchemaCheck(), newSchemaInfer(), newSchemaRegister(), newSchemaList())
	return cmd
}

// loadSchema reads a schema file, or a built-in schema by name.
func loadSchema(arg string) (dataset.Schema, error) { return workers.LoadSchema(arg) }

func newSchemaShow() *cobra.Command {
	return &cobra.Command{
		Use:   "show NAME|FILE",
		Short: "Print a schema and its reference NAME@HASH",
		Long: `show reads a built-in schema by name or a schema file, checks it, and prints
its reference (NAME@HASH, the hash being the SHA-256 of the schema's canonical
encoding) as a comment, followed by the schema in the file format. Two files
that differ only in comments, key order or layout print the same.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := loadSchema(args[0])
			if err != nil {
				return err
			}
			b, err := s.YAML()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "# ref: %s\n%s", s.Ref(), b)
			return nil
		},
	}
}

// readFlags are the layout flags of a data file.
type readFlags struct {
	delimiter, header string
}

func (f *readFlags) register(cmd *cobra.Command, header bool) {
	cmd.Flags().StringVar(&f.delimiter, "delimiter", ",", `the character between cells ("tab" or "\t" for a tab)`)
	if header {
		cmd.Flags().StringVar(&f.header, "header", "auto", "whether the first line names the columns: auto, yes or no")
	}
}

func (f *readFlags) options() (dataset.ReadOptions, error) {
	d, err := dataset.ParseDelimiter(f.delimiter)
	if err != nil {
		return dataset.ReadOptions{}, fmt.Errorf("schema: --delimiter: %w", err)
	}
	h, err := dataset.ParseHeaderMode(f.header)
	if err != nil {
		return dataset.ReadOptions{}, fmt.Errorf("schema: --header: %w", err)
	}
	return dataset.ReadOptions{Delimiter: d, Header: h}, nil
}

func newSchemaCheck() *cobra.Command {
	var schema string
	var rf readFlags
	cmd := &cobra.Command{
		Use:   "check --schema NAME|FILE DATA-FILE",
		Short: "Check a data file against a schema, listing every problem by line and column",
		Long: `check reads a data file (CSV) as a node would and lists every problem: a
header that lacks a schema column, a line with the wrong number of cells, a
cell that is not a number, outside its range, finer than its precision or not
one of its column's levels. Each problem names the line and the column, never
the cell's value, so the output may be shared. The first 50 problems are
listed and the rest counted. It exits with status 1 when there is a problem.

With a header, columns are matched by name in any order and other columns are
ignored. --header auto takes the first line for a header when it names schema
columns and is not a row of data, and refuses a first line that could be
either; say yes or no then.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if schema == "" {
				return errors.New("schema check: --schema NAME|FILE is required")
			}
			s, err := loadSchema(schema)
			if err != nil {
				return err
			}
			o, err := rf.options()
			if err != nil {
				return err
			}
			t, err := dataset.ReadFileWith(args[0], s, o)
			var probs *dataset.Problems
			if errors.As(err, &probs) {
				out := cmd.OutOrStdout()
				fmt.Fprintln(out, probs.Error())
				fmt.Fprintf(out, "%s: %d problems against %s\n", args[0], probs.Count(), s.Ref())
				return exitCode(1)
			}
			if err != nil {
				return err
			}
			header := "no header"
			if t.Header {
				header = "with a header"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s: %d rows, %s, no problem against %s\n", args[0], len(t.Rows), header, s.Ref())
			return nil
		},
	}
	cmd.Flags().StringVar(&schema, "schema", "", "the schema: a built-in name or a schema file (required)")
	rf.register(cmd, true)
	return cmd
}

func newSchemaInfer() *cobra.Command {
	var rf readFlags
	var maxLevels int
	var out string
	cmd := &cobra.Command{
		Use:   "infer SAMPLE-FILE",
		Short: "Propose a draft schema from a sample CSV file with a header",
		Long: `infer reads a CSV file whose first line names the columns and proposes a
schema for it: whole-number columns with few distinct values and text columns
with at most --max-levels distinct values become categorical with those
levels; other number columns become numeric, with the sample's range rounded
outward to a power of ten and the most decimals a cell uses; texts such as NA,
NULL or "." become the column's missing texts. Text columns with more distinct
values are left out (a schema column is numeric or categorical).

The output starts with a comment marking it a DRAFT: a person must review
every column before hospitals use it. It never prints a cell of a column with
more than --max-levels distinct values, only ranges and counts.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := dataset.ParseDelimiter(rf.delimiter)
			if err != nil {
				return fmt.Errorf("schema: --delimiter: %w", err)
			}
			if maxLevels < 1 {
				return fmt.Errorf("schema infer: --max-levels %d: want at least 1", maxLevels)
			}
			f, err := os.Open(args[0])
			if err != nil {
				return fmt.Errorf("schema infer: %w", err)
			}
			defer func() { _ = f.Close() }() // read-only
			draft, err := dataset.Infer(f, args[0], dataset.InferOptions{Delimiter: d, MaxLevels: maxLevels})
			if err != nil {
				return err
			}
			b, err := draft.YAML(args[0])
			if err != nil {
				return err
			}
			if out == "" {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			return os.WriteFile(out, b, 0o644)
		},
	}
	rf.register(cmd, false)
	cmd.Flags().IntVar(&maxLevels, "max-levels", 12, "the most distinct values a categorical column may have")
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the draft to this file instead of standard output")
	return cmd
}

// newSchemaRegister registers a schema in the data hub.
func newSchemaRegister() *cobra.Command {
	var cf chainFlags
	var uri string
	cmd := &cobra.Command{
		Use:   "register NAME|FILE --uri URI",
		Short: "Register a schema in the data hub, so that nodes may offer data of it (the consortium's account)",
		Long: `schema register records a schema in the data hub (--data-hub) from the hub's
owner account, the consortium's: its hash (the SHA-256 of its canonical
encoding), name, version and --uri, where members read the file. A node
offers data only of a registered schema, and a task's nodes are those
that hold its schema's hash. An entry is written once, and a name and
version name one schema: a changed file under a registered version is
refused (give it a new version). Registering a schema again as it is
registered changes nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := loadSchema(args[0])
			if err != nil {
				return err
			}
			cfg := cf.config()
			if !common.IsHexAddress(cfg.DataHub) {
				return fmt.Errorf("--data-hub %q is not an address", cfg.DataHub)
			}
			ctx := cmd.Context()
			c, signer, err := cfg.DialAccount(ctx)
			if err != nil {
				return fmt.Errorf("schema register: %w", err)
			}
			defer c.Close()
			if err := chain.NewHub(c, common.HexToAddress(cfg.DataHub)).RegisterSchema(ctx, signer, chain.SchemaOf(s, uri)); err != nil {
				return fmt.Errorf("schema register: %w", err)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "registered %s (version %s) at %s\n", s.Ref(), s.Version, uri)
			return nil
		},
	}
	cf.registerAccount(cmd.Flags())
	cmd.Flags().StringVar(&cf.cfg.DataHub, "data-hub", env("TWOPM_DATA_HUB", ""), withEnv("address of the data hub contract", "TWOPM_DATA_HUB"))
	cmd.Flags().StringVar(&uri, "uri", "", "where the consortium's members can read the schema file")
	return cmd
}

// newSchemaList lists the schemas registered in the data hub.
func newSchemaList() *cobra.Command {
	var cf chainFlags
	cmd := &cobra.Command{
		Use:   "list --chain-rpc URL --data-hub ADDRESS",
		Short: "List the schemas registered in the data hub",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := cf.config()
			if !common.IsHexAddress(cfg.DataHub) {
				return fmt.Errorf("--data-hub %q is not an address", cfg.DataHub)
			}
			ctx := cmd.Context()
			c, err := chain.Dial(ctx, chain.Config{RPC: cfg.RPC, ChainID: cfg.ChainID})
			if err != nil {
				return fmt.Errorf("schema list: %w", err)
			}
			defer c.Close()
			list, err := chain.NewHub(c, common.HexToAddress(cfg.DataHub)).Schemas(ctx)
			if err != nil {
				return fmt.Errorf("schema list: %w", err)
			}
			for _, e := range list {
				fmt.Fprintf(cmd.OutOrStdout(), "%s@%x\tversion %s\t%s\n", e.Name, e.Hash, e.Version, e.URI)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&cf.cfg.RPC, "chain-rpc", env("TWOPM_CHAIN_RPC", ""), withEnv("JSON-RPC URL of the network's chain", "TWOPM_CHAIN_RPC"))
	cmd.Flags().Int64Var(&cf.cfg.ChainID, "chain-id", int64(envInt("TWOPM_CHAIN_ID", 1337)), withEnv("chain ID the RPC must serve", "TWOPM_CHAIN_ID"))
	cmd.Flags().StringVar(&cf.cfg.DataHub, "data-hub", env("TWOPM_DATA_HUB", ""), withEnv("address of the data hub contract", "TWOPM_DATA_HUB"))
	return cmd
}
