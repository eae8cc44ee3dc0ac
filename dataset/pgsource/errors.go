package pgsource

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/twopm/twopm/dataset"
)

// Errors wrapped by Read; callers check them with errors.Is. Besides these,
// Read wraps dataset.ErrValue (bad cells, see CellsError), dataset.ErrEmpty
// (a result with no rows), dataset.ErrTooManyRows, and context.Canceled or
// context.DeadlineExceeded when ctx ends first.
var (
	// ErrConfig: the Config or the schema is unusable (no query, no or two
	// connection string sources, a column with a bad range).
	ErrConfig = errors.New("pgsource: bad source config")
	// ErrDSN: the connection string is absent (an unset environment
	// variable, an unreadable or empty file) or does not parse. The error
	// names the variable or the file, never the string.
	ErrDSN = errors.New("pgsource: no usable connection string")
	// ErrConnect: the server cannot be reached or refuses the connection
	// (down, unknown host, wrong password, unknown database).
	ErrConnect = errors.New("pgsource: cannot connect")
	// ErrQuery: the server rejects the query or fails while running it
	// (syntax error, missing table, a write in the read-only transaction).
	ErrQuery = errors.New("pgsource: query failed")
	// ErrMissingColumn: a schema column is absent from the query's result,
	// or appears in it twice.
	ErrMissingColumn = errors.New("pgsource: schema column not in result")
	// ErrColumnType: a result column has an SQL type its schema column
	// cannot take, such as a date for a numeric column.
	ErrColumnType = errors.New("pgsource: wrong SQL type")
	// ErrTransient is wrapped, beside ErrConnect or ErrQuery, by a failure
	// that may pass if the read is tried again: a server that cannot be
	// reached or timed out, a connection lost during the query, or a
	// server that is shutting down, out of resources or cancelled a
	// serialization (SQLSTATE classes 08, 40, 53, 57 and 58). A wrong
	// password, an unknown database or a query the server rejects are not.
	ErrTransient = errors.New("pgsource: transient failure")
)

// MaxReported is the number of bad cells a CellsError lists; it counts the
// others.
const MaxReported = 50

// CellError locates one bad value of a query's result. It never carries
// the value.
type CellError struct {
	// Row counts the result's rows from 1, in the order the query returns
	// them.
	Row int
	// Column is the schema column's name.
	Column string
	// Reason says what is wrong, such as "outside the column's range
	// [0, 120]" or "not one of the column's levels".
	Reason string
}

func (e CellError) String() string {
	return fmt.Sprintf("row %d column %s: %s", e.Row, e.Column, e.Reason)
}

// CellsError lists the bad values of a query's result: the first
// MaxReported in result order, and how many there are in all. It wraps
// dataset.ErrValue.
type CellsError struct {
	Source string
	Cells  []CellError
	Total  int
}

func (e *CellsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pgsource: %s: %d bad values: ", e.Source, e.Total)
	for i, c := range e.Cells {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(c.String())
	}
	if more := e.Total - len(e.Cells); more > 0 {
		fmt.Fprintf(&b, "; and %d more", more)
	}
	return b.String()
}

func (e *CellsError) Unwrap() error { return dataset.ErrValue }

// columnsError lists every schema column the result lacks or types wrongly.
type columnsError struct {
	source   string
	problems []string
	kinds    []error
}

func (e *columnsError) Error() string {
	return fmt.Sprintf("pgsource: %s: result does not fit the schema: %s", e.source, strings.Join(e.problems, "; "))
}

func (e *columnsError) Unwrap() []error { return e.kinds }

func (e *columnsError) add(kind error, format string, args ...any) {
	e.problems = append(e.problems, fmt.Sprintf(format, args...))
	if !slices.Contains(e.kinds, kind) {
		e.kinds = append(e.kinds, kind)
	}
}
