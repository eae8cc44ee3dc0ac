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
)

// ParseError locates bad input in a data file. Line and Column count from
// 1; Column is 0 when the error concerns the whole line.
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
