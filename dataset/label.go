package dataset

import (
	"fmt"
	"slices"
)

// Label says which rows are positive: the label column and the levels
// counted as 1. Every other level counts as 0, and a row whose label is
// missing has no label.
type Label struct {
	Column   string   `json:"column"`
	Positive []string `json:"positive"` // levels of a categorical column that mean class 1
}

// HeartDiseaseLabel is the label HeartDisease's file declares: num > 0.
var HeartDiseaseLabel = *HeartDisease.Clone().Label

// BreastCancerLabel is the label BreastCancer's file declares: diagnosis
// malignant.
var BreastCancerLabel = *BreastCancer.Clone().Label

// Index resolves l against s: col is the label column's position and
// positive[k] says whether level k is positive. It returns an error
// wrapping ErrUnknownColumn if s has no such column, ErrNotCategorical if
// it is numeric, and ErrLabel if Positive is empty or names a level the
// column does not have.
func (l Label) Index(s Schema) (col int, positive []bool, err error) {
	col = s.Index(l.Column)
	if col < 0 {
		return -1, nil, fmt.Errorf("%w %q in label (%s schema)", ErrUnknownColumn, l.Column, s.ID)
	}
	c := s.Columns[col]
	if c.Kind != Categorical {
		return -1, nil, fmt.Errorf("%w: label column %q", ErrNotCategorical, l.Column)
	}
	if len(l.Positive) == 0 {
		return -1, nil, fmt.Errorf("%w: no positive level for column %q", ErrLabel, l.Column)
	}
	positive = make([]bool, len(c.Levels))
	for _, p := range l.Positive {
		k := slices.Index(c.Levels, p)
		if k < 0 {
			return -1, nil, fmt.Errorf("%w: column %q has no level %q", ErrLabel, l.Column, p)
		}
		positive[k] = true
	}
	return col, positive, nil
}

// Of returns the label of a row of a table with schema s: 1 if positive, 0
// if not, and ok false if the label is missing. Its errors are those of
// Index, and one wrapping ErrSchemaMismatch if the row does not have the
// schema's columns or its level is out of range.
func (l Label) Of(s Schema, row []Cell) (y int, ok bool, err error) {
	col, positive, err := l.Index(s)
	if err != nil {
		return 0, false, err
	}
	return labelOf(row, len(s.Columns), col, positive, 0)
}

// labelOf is Of for a resolved label; ncol is the schema's column count and
// n the row's number in its table, from 1, or 0 if unknown.
func labelOf(row []Cell, ncol, col int, positive []bool, n int) (int, bool, error) {
	where := "row"
	if n > 0 {
		where = fmt.Sprintf("row %d", n)
	}
	if len(row) != ncol {
		return 0, false, fmt.Errorf("%w: %s has %d columns, want %d", ErrSchemaMismatch, where, len(row), ncol)
	}
	c := row[col]
	if c.Missing {
		return 0, false, nil
	}
	if c.Level < 0 || c.Level >= len(positive) {
		return 0, false, fmt.Errorf("%w: %s: label level index out of range", ErrSchemaMismatch, where)
	}
	if positive[c.Level] {
		return 1, true, nil
	}
	return 0, true, nil
}
