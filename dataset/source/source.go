// Package source reads a node's rows from where its hospital keeps them:
// a CSV file or a PostgreSQL query. A node's source is configured on the
// node only (a file path on the command line, or a source file); no task
// names it, and what identifies it in logs and errors (String) holds no
// secret.
package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/pgsource"
)

// ErrUnavailable is wrapped by a Read that failed for a reason that may
// pass: the database is down or unreachable, or its connection was lost.
// A task retries such a read; any other error is for the hospital to fix
// (a missing file, a bad cell, a query that fails) and is not retried.
var ErrUnavailable = errors.New("source: data source unavailable")

// ErrConfig is wrapped by Load for a source file that does not read or
// does not say exactly one source.
var ErrConfig = errors.New("source: bad source configuration")

// Source is where a node's rows come from.
type Source interface {
	// Read returns every row of the source, checked against s.
	Read(ctx context.Context, s dataset.Schema) (*dataset.Table, error)
	// String names the source in logs and errors; it never holds a
	// secret (a password, a connection string).
	String() string
}

// CSV is a CSV data file read with dataset.ReadFileWith: with its zero
// Options, comma-separated with the header detected (dataset.ReadFile).
type CSV struct {
	Path    string
	Options dataset.ReadOptions
}

// File is the CSV source of the file at path, with the default options.
func File(path string) CSV { return CSV{Path: path} }

// Read reads the file with its options. A missing or malformed file fails
// as it does in dataset.ReadFileWith; none of its errors is
// ErrUnavailable.
func (f CSV) Read(ctx context.Context, s dataset.Schema) (*dataset.Table, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return dataset.ReadFileWith(f.Path, s, f.Options)
}

// String is the file's path.
func (f CSV) String() string { return f.Path }

// Postgres is a PostgreSQL query, read with pgsource.Read.
type Postgres struct {
	Config pgsource.Config
}

// Read runs the query. A database that is down or unreachable, a
// connection lost during the query, or a server shutting down or out of
// resources fails wrapping ErrUnavailable; a wrong password, an unknown
// database, a query that fails, a column of the wrong type or a bad cell
// does not.
func (p Postgres) Read(ctx context.Context, s dataset.Schema) (*dataset.Table, error) {
	t, err := pgsource.Read(ctx, p.Config, s)
	if err != nil && errors.Is(err, pgsource.ErrTransient) && ctx.Err() == nil {
		return nil, fmt.Errorf("%w: %w", ErrUnavailable, err)
	}
	return t, err
}

// String names the query's source by its configured name.
func (p Postgres) String() string {
	c := p.Config
	c.EnsureDefaults()
	return "postgresql source " + c.Name
}

// fileConfig is a source file: exactly one of its sections is set.
//
//	csv:
//	  path: /data/cardiology.csv
//	  delimiter: ";"               # optional, default ","; "tab" for a tab
//	  header: "yes"                # optional: auto (default), yes or no
//
// or
//
//	postgres:
//	  name: warehouse
//	  query: SELECT age, sex, ... FROM cardiology.extract
//	  dsn_env: TWOPM_PG_DSN        # or dsn_file: /etc/twopm/pg.dsn
type fileConfig struct {
	CSV *struct {
		Path      string `yaml:"path"`
		Delimiter string `yaml:"delimiter"`
		Header    string `yaml:"header"`
	} `yaml:"csv"`
	Postgres *struct {
		Name    string `yaml:"name"`
		Query   string `yaml:"query"`
		DSNEnv  string `yaml:"dsn_env"`
		DSNFile string `yaml:"dsn_file"`
	} `yaml:"postgres"`
}

// Load reads a source file (YAML) with exactly one section, csv or
// postgres; see the package example. A relative CSV path is taken from the
// source file's directory. The file names where a connection string is
// (an environment variable or a file), never the string itself. Load
// fails wrapping ErrConfig, naming the file and what is wrong.
func Load(path string) (Source, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	var c fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrConfig, path, err)
	}
	switch {
	case c.CSV != nil && c.Postgres != nil:
		return nil, fmt.Errorf("%w: %s: has both a csv and a postgres section; a node reads one source", ErrConfig, path)
	case c.CSV != nil:
		if c.CSV.Path == "" {
			return nil, fmt.Errorf("%w: %s: csv: no path", ErrConfig, path)
		}
		p := c.CSV.Path
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		src := CSV{Path: p}
		var err error
		if src.Options.Header, err = dataset.ParseHeaderMode(c.CSV.Header); err != nil {
			return nil, fmt.Errorf("%w: %s: csv: %w", ErrConfig, path, err)
		}
		if c.CSV.Delimiter != "" {
			if src.Options.Delimiter, err = dataset.ParseDelimiter(c.CSV.Delimiter); err != nil {
				return nil, fmt.Errorf("%w: %s: csv: %w", ErrConfig, path, err)
			}
		}
		return src, nil
	case c.Postgres != nil:
		pc := pgsource.Config{Name: c.Postgres.Name, Query: c.Postgres.Query, DSNEnv: c.Postgres.DSNEnv, DSNFile: c.Postgres.DSNFile}
		pc.EnsureDefaults()
		if err := pc.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %s: postgres: %w", ErrConfig, path, err)
		}
		return Postgres{Config: pc}, nil
	}
	return nil, fmt.Errorf("%w: %s: no csv or postgres section", ErrConfig, path)
}
