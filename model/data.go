package model

import (
	"fmt"
	"math"
	"strings"
)

// Data is a design matrix with binary labels. X holds Rows×Cols features
// in row-major order, already encoded and standardized by the caller; it
// has no intercept column, because every model adds its own bias. Y holds
// one label per row, 0 or 1.
type Data struct {
	X    []float64
	Rows int
	Cols int
	Y    []float64
}

// Validate reports whether d is usable for training: at least one row, a
// non-negative column count, len(X) == Rows·Cols, len(Y) == Rows, every
// label 0 or 1 and every feature finite. The error wraps ErrInvalidData
// and lists every problem at once; it gives counts and positions, never
// values.
func (d Data) Validate() error {
	var bad []string
	if d.Rows < 1 {
		bad = append(bad, fmt.Sprintf("rows is %d, want at least 1", d.Rows))
	}
	if d.Cols < 0 {
		bad = append(bad, fmt.Sprintf("cols is %d, want at least 0", d.Cols))
	}
	if n, ok := d.cells(); !ok {
		if d.Rows >= 0 && d.Cols >= 0 {
			bad = append(bad, "rows×cols overflows")
		}
	} else if len(d.X) != n {
		bad = append(bad, fmt.Sprintf("x has %d values, want rows×cols = %d", len(d.X), n))
	}
	if d.Rows >= 0 && len(d.Y) != d.Rows {
		bad = append(bad, fmt.Sprintf("y has %d labels, want rows = %d", len(d.Y), d.Rows))
	}
	nLabel, firstLabel := 0, -1
	for i, y := range d.Y {
		if y != 0 && y != 1 {
			if nLabel == 0 {
				firstLabel = i
			}
			nLabel++
		}
	}
	if nLabel > 0 {
		bad = append(bad, fmt.Sprintf("%d labels are not 0 or 1 (first at row %d)", nLabel, firstLabel))
	}
	nX, firstX := 0, -1
	for i, x := range d.X {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			if nX == 0 {
				firstX = i
			}
			nX++
		}
	}
	if nX > 0 {
		if d.Cols > 0 {
			bad = append(bad, fmt.Sprintf("%d features are not finite (first at row %d, col %d)", nX, firstX/d.Cols, firstX%d.Cols))
		} else {
			bad = append(bad, fmt.Sprintf("%d features are not finite (first at index %d)", nX, firstX))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("%w: %s", ErrInvalidData, strings.Join(bad, "; "))
	}
	return nil
}

// cells returns Rows·Cols, or false when either is negative or the
// product overflows.
func (d Data) cells() (int, bool) {
	if d.Rows < 0 || d.Cols < 0 {
		return 0, false
	}
	if d.Cols > 0 && d.Rows > math.MaxInt/d.Cols {
		return 0, false
	}
	return d.Rows * d.Cols, true
}

// shapeOK reports whether d's slices have the lengths its sizes claim, so
// that indexing row i < Rows, column j < Cols is safe. It allows zero rows.
func (d Data) shapeOK() bool {
	n, ok := d.cells()
	return ok && len(d.X) == n && len(d.Y) == d.Rows
}

// row returns the features of row i.
func (d Data) row(i int) []float64 {
	return d.X[i*d.Cols : (i+1)*d.Cols : (i+1)*d.Cols]
}
