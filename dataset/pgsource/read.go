package pgsource

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
)

// closeTimeout bounds the rollback and close after a read, which run even
// when ctx has ended.
const closeTimeout = 5 * time.Second

// Read runs cfg.Query in a read-only transaction and returns its rows as a
// table of schema s, one row per result row in the order the query
// returns them. Schema columns are found in the result by name, in any
// order; other result columns are ignored.
//
// The errors wrap ErrConfig, ErrDSN, ErrConnect, ErrQuery, ErrMissingColumn
// (listing every absent column), ErrColumnType (naming each column and its
// SQL type), a *CellsError (every bad value by row and column, wrapping
// dataset.ErrValue), dataset.ErrEmpty, dataset.ErrTooManyRows, or ctx's
// error. None holds the connection string, its password or a value of the
// result.
func Read(ctx context.Context, cfg Config, s dataset.Schema) (*dataset.Table, error) {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if len(s.Columns) == 0 {
		return nil, fmt.Errorf("%w: schema %s has no columns", ErrConfig, s.ID)
	}
	for _, c := range s.Columns {
		if c.Kind != dataset.Categorical {
			if _, err := grid(c); err != nil {
				return nil, err
			}
		}
	}
	dsn, err := cfg.dsn()
	if err != nil {
		return nil, err
	}
	pcfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrDSN, cfg.Name, describe(err, newSecrets(dsn, "")))
	}
	sec := newSecrets(dsn, pcfg.Password)
	pcfg.Tracer = nil // nothing is logged

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	conn, err := pgx.ConnectConfig(ctx, pcfg)
	if err != nil {
		return nil, failure(ctx, ErrConnect, cfg.Name, err, sec)
	}
	defer func() {
		cctx, ccancel := context.WithTimeout(context.WithoutCancel(ctx), closeTimeout)
		defer ccancel()
		_ = conn.Close(cctx) // read-only: nothing to lose
	}()
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, failure(ctx, ErrQuery, cfg.Name, err, sec)
	}
	defer func() {
		cctx, ccancel := context.WithTimeout(context.WithoutCancel(ctx), closeTimeout)
		defer ccancel()
		_ = tx.Rollback(cctx) // read-only: nothing to lose
	}()

	// Describe the result before running the query, so a result that does
	// not fit the schema fails before any row is sent.
	sd, err := tx.Prepare(ctx, cfg.Query, cfg.Query)
	if err != nil {
		return nil, failure(ctx, ErrQuery, cfg.Name, err, sec)
	}
	if len(sd.ParamOIDs) > 0 {
		return nil, fmt.Errorf("%w: %s: the query has %d parameters ($1 …); it must have none", ErrConfig, cfg.Name, len(sd.ParamOIDs))
	}
	dest, cols, err := bind(ctx, tx, sd.Fields, cfg.Name, s)
	if err != nil {
		return nil, err
	}
	rows, err := tx.Query(ctx, cfg.Query)
	if err != nil {
		return nil, failure(ctx, ErrQuery, cfg.Name, err, sec)
	}
	defer rows.Close()

	t := &dataset.Table{Schema: s, File: cfg.Name}
	bad := &CellsError{Source: cfg.Name}
	n := 0
	for rows.Next() {
		n++
		if n > fixed.MaxRows {
			cancel() // stop the server sending the rest
			return nil, fmt.Errorf("%w: %s: more than %d rows", dataset.ErrTooManyRows, cfg.Name, fixed.MaxRows)
		}
		if err := rows.Scan(dest...); err != nil {
			// The types were checked against the result's description, so
			// this is the driver failing to decode; its text may quote the
			// value.
			return nil, fmt.Errorf("%w: %s: row %d: cannot decode the row", ErrQuery, cfg.Name, n)
		}
		row := make([]dataset.Cell, len(cols))
		for j, c := range cols {
			cell, why := c.cell()
			if why != "" {
				bad.Total++
				if len(bad.Cells) < MaxReported {
					bad.Cells = append(bad.Cells, CellError{Row: n, Column: s.Columns[j].Name, Reason: why})
				}
			}
			row[j] = cell
		}
		if bad.Total == 0 {
			t.Rows = append(t.Rows, row)
		} else {
			t.Rows = nil // the read fails: hold no more rows
		}
	}
	if err := rows.Err(); err != nil {
		return nil, failure(ctx, ErrQuery, cfg.Name, err, sec)
	}
	if bad.Total > 0 {
		return nil, bad
	}
	if n == 0 {
		return nil, fmt.Errorf("%w: %s: the query returned no rows", dataset.ErrEmpty, cfg.Name)
	}
	return t, nil
}

// failure is the error for a driver error: kind and a description that
// holds no secret, wrapping ctx's error when ctx has ended.
func failure(ctx context.Context, kind error, name string, err error, sec secrets) error {
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("%w: %s: %w", kind, name, context.Cause(ctx))
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		// ctx is live, so this is the driver's own deadline (connect_timeout).
		return fmt.Errorf("%w: %s: timed out (%w)", kind, name, ErrTransient)
	}
	if transient(err) {
		return fmt.Errorf("%w: %s: %s (%w)", kind, name, describe(err, sec), ErrTransient)
	}
	return fmt.Errorf("%w: %s: %s", kind, name, describe(err, sec))
}

// transient reports whether a driver error may pass on a new attempt: a
// server error of SQLSTATE class 08, 40, 53, 57 or 58, or a failure with no
// server error at all (the network: the server is down, unreachable, or
// dropped the connection).
func transient(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch pe.Code[:min(2, len(pe.Code))] {
		case "08", "40", "53", "57", "58":
			return true
		}
		return false
	}
	var ne net.Error
	var oe *net.OpError
	return errors.As(err, &ne) || errors.As(err, &oe) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || pgconn.SafeToRetry(err)
}

// bind matches the schema's columns to the result's by name and returns
// the scan destinations (nil for ignored result columns) and the readers
// in schema order. It lists every missing, repeated or wrongly typed
// column.
func bind(ctx context.Context, tx pgx.Tx, fields []pgconn.FieldDescription, name string, s dataset.Schema) ([]any, []column, error) {
	dest := make([]any, len(fields))
	cols := make([]column, len(s.Columns))
	problems := &columnsError{source: name}
	type wrong struct {
		col string
		oid uint32
	}
	var wrongs []wrong
	for j, c := range s.Columns {
		pos := -1
		for i, f := range fields {
			if f.Name != c.Name {
				continue
			}
			if pos >= 0 {
				problems.add(ErrMissingColumn, "column %s appears more than once in the result", c.Name)
			}
			pos = i
		}
		if pos < 0 {
			hint := ""
			for _, f := range fields {
				if strings.EqualFold(f.Name, c.Name) {
					hint = fmt.Sprintf(" (the result has %q: PostgreSQL folds unquoted names to lower case, quote the alias)", f.Name)
				}
			}
			problems.add(ErrMissingColumn, "column %s is not in the result%s", c.Name, hint)
			continue
		}
		col, ok, err := newColumn(c, fields[pos].DataTypeOID)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			wrongs = append(wrongs, wrong{c.Name, fields[pos].DataTypeOID})
			continue
		}
		dest[pos], cols[j] = col.dest, col
	}
	if len(wrongs) > 0 {
		oids := make([]uint32, len(wrongs))
		for i, w := range wrongs {
			oids[i] = w.oid
		}
		names := typeNames(ctx, tx, oids)
		for _, w := range wrongs {
			want := numericTypeNames
			if s.Columns[s.Index(w.col)].Kind == dataset.Categorical {
				want = categoricalTypeNames
			}
			problems.add(ErrColumnType, "column %s has SQL type %s, want %s", w.col, typeName(tx, names, w.oid), want)
		}
	}
	if len(problems.problems) > 0 {
		return nil, nil, problems
	}
	return dest, cols, nil
}

// typeNames asks the server for the SQL names of types ("date", "double
// precision", an enum's name). It is best effort: typeName falls back to
// the driver's name, then to the OID.
func typeNames(ctx context.Context, tx pgx.Tx, oids []uint32) map[uint32]string {
	names := map[uint32]string{}
	for _, oid := range oids {
		if _, done := names[oid]; done {
			continue
		}
		var n string
		if err := tx.QueryRow(ctx, "SELECT format_type($1::oid, NULL)", oid).Scan(&n); err == nil {
			names[oid] = n
		}
	}
	return names
}

func typeName(tx pgx.Tx, names map[uint32]string, oid uint32) string {
	if n, ok := names[oid]; ok {
		return n
	}
	if t, ok := tx.Conn().TypeMap().TypeForOID(oid); ok {
		return t.Name
	}
	return fmt.Sprintf("with OID %d", oid)
}
