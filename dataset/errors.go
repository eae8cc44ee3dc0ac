package dataset

import (
	"errors"
	"fmt"
)

// Errors wrapped by the reader and Lookup; callers check them with
// errors.Is.
var (
	ErrUnknownSchema = errors.New("dataset: unknown schema")
	ErrEmpty         = errors.New("dataset: file has no rows")
	ErrColumnCount   = errors.New("dataset: wrong number of columns")
	ErrValue         = errors.New("dataset: bad value")
	ErrTooManyRows   = errors.New("dataset: too many rows")
	// ErrSchema: a schema file, or a Schema, declares something invalid.
	ErrSchema = errors.New("dataset: invalid schema")
	// ErrHeader: a header lacks a schema column or names one twice, or
	// the first line cannot be told apart from a header.
	ErrHeader = errors.New("dataset: bad header")
)

// Errors wrapped by Label, Split, Partition, Encoding and Pooled; callers
// check them with errors.Is.
var (
	// ErrUnknownColumn: a label, feature or statistic names a column the
	// schema does not have.
	ErrUnknownColumn = errors.New("dataset: unknown column")
	// ErrNotCategorical: a label column is numeric.
	ErrNotCategorical = errors.New("dataset: column is not categorical")
	// ErrLabel: a label has no positive level, or names a level its column
	// does not have.
	ErrLabel = errors.New("dataset: bad label")
	// ErrArgument: a nil table, a fraction outside [0, 1) or a number of
	// parts outside [1, rows].
	ErrArgument = errors.New("dataset: invalid argument")
	// ErrStats: column statistics are absent, not finite, negative (Std)
	// or name no level of the column (Mode).
	ErrStats = errors.New("dataset: bad column statistics")
	// ErrSchemaMismatch: a table's rows or schema do not fit the schema or
	// encoding they are used with.
	ErrSchemaMismatch = errors.New("dataset: table does not match schema")
)

// ParseError locates bad input in a data file. Line and Column count from
// 1; Column is 0 when the error concerns the whole line (or the header).
// Column is the cell's position in the line, which in a file with a
// header need not be the column's position in the schema; Name is the
// schema column's name. Its message never holds the cell's text.
type ParseError struct {
	File   string
	Line   int
	Column int
	Name   string // column name, when Column > 0
	Err    error
}

func (e *ParseError) Error() string {
	if e.Column == 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: column %d (%s): %v", e.File, e.Line, e.Column, e.Name, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }
