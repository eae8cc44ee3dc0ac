package dataset

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/twopm/twopm/fixed"
)

// ColumnStats are the per-column statistics an encoding needs, as a
// federated statistics task computes them.
type ColumnStats struct {
	Mean float64 `json:"mean"`
	Std  float64 `json:"std"`            // sample standard deviation; 0 → treated as 1
	Mode string  `json:"mode,omitempty"` // most frequent level, categorical columns
	// Missing is the number of rows missing the column. A column with
	// missing values gets an indicator feature "<name>=?" besides its
	// imputed value, so a model can learn from missingness itself (in the
	// heart-disease data, whole hospitals lack some tests).
	Missing int64 `json:"missing,omitempty"`
}

// Encoding turns rows into features: numeric columns are imputed with Mean
// when missing, then standardized (x − Mean)/Std; categorical columns
// become one-hot indicators of every level but the first (the reference
// level), a missing value imputed with Mode. The label column and any
// column left out of Features are not features. A cell's numeric value is
// float64(Cell.Q)/fixed.Scale.
type Encoding struct {
	Label    Label                  `json:"label"`
	Features []string               `json:"features"` // columns used, in order
	Stats    map[string]ColumnStats `json:"stats"`    // one entry per feature column
}

// NewEncoding returns an encoding that uses every column of s, in schema
// order, except the label column, the identifiers and the columns in drop. Its
// Stats are the entries of stats for those columns. If stats is nil the
// encoding has Features but no Stats, so a caller can learn which columns
// need statistics and set Stats before Encode; otherwise NewEncoding
// returns the errors of Validate. It returns an error wrapping
// ErrUnknownColumn if drop names a column s does not have, and those of
// Label.Index.
func NewEncoding(s Schema, l Label, drop []string, stats map[string]ColumnStats) (Encoding, error) {
	col, _, err := l.Index(s)
	if err != nil {
		return Encoding{}, err
	}
	for _, d := range drop {
		if s.Index(d) < 0 {
			return Encoding{}, fmt.Errorf("%w %q in drop (%s schema)", ErrUnknownColumn, d, s.ID)
		}
	}
	e := Encoding{Label: l}
	for i, c := range s.Columns {
		if i != col && !c.Identifier && !slices.Contains(drop, c.Name) {
			e.Features = append(e.Features, c.Name)
		}
	}
	if stats == nil {
		return e, nil
	}
	e.Stats = make(map[string]ColumnStats, len(e.Features))
	for _, f := range e.Features {
		if st, ok := stats[f]; ok {
			e.Stats[f] = st
		}
	}
	if err := e.Validate(s); err != nil {
		return Encoding{}, err
	}
	return e, nil
}

// Validate checks e against s and returns every problem at once, joined
// with errors.Join: the label is invalid (errors of Label.Index); there are
// no features (ErrArgument); a feature is unknown, repeated or the label
// column (ErrUnknownColumn, ErrArgument); a feature has no statistics, a
// Mean or Std that is not finite, a negative Std, or, if categorical, a
// Mode that is not one of its levels (ErrStats). Entries of Stats for
// other columns are ignored.
func (e Encoding) Validate(s Schema) error {
	var errs []error
	if _, _, err := e.Label.Index(s); err != nil {
		errs = append(errs, err)
	}
	if len(e.Features) == 0 {
		errs = append(errs, fmt.Errorf("%w: encoding has no features", ErrArgument))
	}
	seen := make(map[string]bool, len(e.Features))
	for _, f := range e.Features {
		i := s.Index(f)
		switch {
		case i < 0:
			errs = append(errs, fmt.Errorf("%w %q in features (%s schema)", ErrUnknownColumn, f, s.ID))
			continue
		case seen[f]:
			errs = append(errs, fmt.Errorf("%w: feature %q listed twice", ErrArgument, f))
			continue
		case f == e.Label.Column:
			errs = append(errs, fmt.Errorf("%w: label column %q is a feature", ErrArgument, f))
		}
		seen[f] = true
		st, ok := e.Stats[f]
		if !ok {
			errs = append(errs, fmt.Errorf("%w: no statistics for feature %q", ErrStats, f))
			continue
		}
		if math.IsNaN(st.Mean) || math.IsInf(st.Mean, 0) {
			errs = append(errs, fmt.Errorf("%w: mean of %q is not finite", ErrStats, f))
		}
		if math.IsNaN(st.Std) || math.IsInf(st.Std, 0) || st.Std < 0 {
			errs = append(errs, fmt.Errorf("%w: std of %q is not finite and non-negative", ErrStats, f))
		}
		if c := s.Columns[i]; c.Kind == Categorical && !slices.Contains(c.Levels, st.Mode) {
			errs = append(errs, fmt.Errorf("%w: mode of %q is not one of its levels", ErrStats, f))
		}
	}
	return errors.Join(errs...)
}

// Names returns the design-matrix column names, in the order of Encode's
// columns: a numeric feature gives its name ("age"), a categorical one
// "name=level" for every level but the first ("sex=1", "cp=2", "cp=3",
// "cp=4"). Features s does not have are skipped; call Validate first.
func (e Encoding) Names(s Schema) []string {
	var names []string
	for _, f := range e.Features {
		i := s.Index(f)
		if i < 0 {
			continue
		}
		c := s.Columns[i]
		if c.Kind != Categorical {
			names = append(names, f)
		} else {
			for _, lv := range c.Levels[min(1, len(c.Levels)):] {
				names = append(names, f+"="+lv)
			}
		}
		if e.Stats[f].Missing > 0 {
			names = append(names, f+"=?")
		}
	}
	return names
}

// Encode returns the row-major design matrix x (rows × len(e.Names(t.Schema))),
// the labels y (1 positive, 0 negative) and the row count, for the rows of
// t in order; rows with a missing label are skipped. A feature with Std 0
// is centred but not scaled. Encode returns the errors of Validate for
// t.Schema, ErrArgument for a nil table, and ErrSchemaMismatch for a row
// that does not fit t.Schema.
func (e Encoding) Encode(t *Table) (x []float64, y []float64, rows int, err error) {
	x, y, _, rows, err = e.encode(t, false)
	return x, y, rows, err
}

// EncodeAll is Encode for prediction: it keeps the rows whose label is
// missing too, with y 0 and labeled false for them.
func (e Encoding) EncodeAll(t *Table) (x []float64, y []float64, labeled []bool, rows int, err error) {
	return e.encode(t, true)
}

func (e Encoding) encode(t *Table, all bool) (x []float64, y []float64, labeled []bool, rows int, err error) {
	if t == nil {
		return nil, nil, nil, 0, fmt.Errorf("%w: nil table", ErrArgument)
	}
	s := t.Schema
	if err := e.Validate(s); err != nil {
		return nil, nil, nil, 0, err
	}
	col, positive, err := e.Label.Index(s)
	if err != nil {
		return nil, nil, nil, 0, err
	}
	type feature struct {
		index      int
		categories int // levels after the first; 0 for numeric
		mean, std  float64
		mode       int
		indicator  bool // add a missing-value indicator
	}
	feats := make([]feature, len(e.Features))
	width := 0
	for j, name := range e.Features {
		i := s.Index(name)
		c, st := s.Columns[i], e.Stats[name]
		f := feature{index: i, mean: st.Mean, std: st.Std, indicator: st.Missing > 0}
		if f.indicator {
			width++
		}
		if f.std == 0 {
			f.std = 1
		}
		if c.Kind == Categorical {
			f.categories = max(len(c.Levels)-1, 0)
			f.mode = slices.Index(c.Levels, st.Mode)
			width += f.categories
		} else {
			width++
		}
		feats[j] = f
	}
	x = make([]float64, 0, width*len(t.Rows))
	y = make([]float64, 0, len(t.Rows))
	for n, row := range t.Rows {
		label, ok, err := labelOf(row, len(s.Columns), col, positive, n+1)
		if err != nil {
			return nil, nil, nil, 0, err
		}
		if !ok && !all {
			continue
		}
		y = append(y, float64(label))
		labeled = append(labeled, ok)
		for _, f := range feats {
			cell := row[f.index]
			if s.Columns[f.index].Kind != Categorical {
				v := f.mean
				if !cell.Missing {
					v = float64(cell.Q) / fixed.Scale
				}
				x = append(x, (v-f.mean)/f.std)
				x = appendIndicator(x, f.indicator, cell.Missing)
				continue
			}
			level := f.mode
			if !cell.Missing {
				level = cell.Level
			}
			if level < 0 || level > f.categories {
				return nil, nil, nil, 0, fmt.Errorf("%w: row %d column %q: level index out of range", ErrSchemaMismatch, n+1, s.Columns[f.index].Name)
			}
			for k := 1; k <= f.categories; k++ {
				if level == k {
					x = append(x, 1)
				} else {
					x = append(x, 0)
				}
			}
			x = appendIndicator(x, f.indicator, cell.Missing)
		}
		rows++
	}
	return x, y, labeled, rows, nil
}

// Pooled computes ColumnStats for the columns cols of s directly from the
// tables, all of schema s: the mean and sample standard deviation (n − 1)
// over the non-missing values of each column, categorical or numeric, and
// for a categorical column the mode, its most frequent level (ties: the
// first level). The sums are exact over the fixed-point values, as in a
// federated statistics task, so the results match what the network
// computes from the same rows: Mean is the mean rounded to float64 and Std
// the square root of the variance rounded to float64. A column with no
// value has Mean 0; one with fewer than two values has Std 0. Pooled is for
// tests and for the centralized baseline; the network gets these numbers
// from a federated statistics task. It returns an error wrapping
// ErrUnknownColumn for a column s does not have, ErrArgument for a nil
// table, and ErrSchemaMismatch for a table of another schema or a row that
// does not fit.
func Pooled(s Schema, cols []string, tables ...*Table) (map[string]ColumnStats, error) {
	idx := make([]int, len(cols))
	for j, name := range cols {
		if idx[j] = s.Index(name); idx[j] < 0 {
			return nil, fmt.Errorf("%w %q (%s schema)", ErrUnknownColumn, name, s.ID)
		}
	}
	type acc struct {
		n, missing int64
		sum, sq    big.Int
		counts     []int64
	}
	accs := make([]acc, len(cols))
	for j := range accs {
		accs[j].counts = make([]int64, len(s.Columns[idx[j]].Levels))
	}
	var q, qq big.Int
	for _, t := range tables {
		if t == nil {
			return nil, fmt.Errorf("%w: nil table", ErrArgument)
		}
		if t.Schema.ID != s.ID || len(t.Schema.Columns) != len(s.Columns) {
			return nil, fmt.Errorf("%w: %s is a %s table, want %s", ErrSchemaMismatch, t.File, t.Schema.ID, s.ID)
		}
		for n, row := range t.Rows {
			if len(row) != len(s.Columns) {
				return nil, fmt.Errorf("%w: %s row %d has %d columns, want %d", ErrSchemaMismatch, t.File, n+1, len(row), len(s.Columns))
			}
			for j, i := range idx {
				cell := row[i]
				a := &accs[j]
				if cell.Missing {
					a.missing++
					continue
				}
				if len(a.counts) > 0 {
					if cell.Level < 0 || cell.Level >= len(a.counts) {
						return nil, fmt.Errorf("%w: %s row %d column %q: level index out of range", ErrSchemaMismatch, t.File, n+1, cols[j])
					}
					a.counts[cell.Level]++
				}
				a.n++
				q.SetInt64(cell.Q)
				a.sum.Add(&a.sum, &q)
				a.sq.Add(&a.sq, qq.Mul(&q, &q))
			}
		}
	}
	out := make(map[string]ColumnStats, len(cols))
	for j, name := range cols {
		a := &accs[j]
		st := ColumnStats{Missing: a.missing}
		if a.n > 0 {
			m := fixed.Rat(&a.sum, 1)
			m.Quo(m, new(big.Rat).SetInt64(a.n))
			st.Mean, _ = m.Float64()
		}
		if a.n > 1 {
			// (Σq² − (Σq)²/n) / (n − 1), in units of Scale².
			v := new(big.Rat).SetFrac(new(big.Int).Mul(&a.sum, &a.sum), big.NewInt(a.n))
			v.Sub(new(big.Rat).SetInt(&a.sq), v)
			v.Quo(v, new(big.Rat).SetInt64(a.n-1))
			v.Quo(v, fixed.Rat(big.NewInt(fixed.Scale*fixed.Scale), 0))
			f, _ := v.Float64()
			st.Std = math.Sqrt(f)
		}
		if levels := s.Columns[idx[j]].Levels; len(levels) > 0 {
			best := 0
			for k, c := range a.counts {
				if c > a.counts[best] {
					best = k
				}
			}
			st.Mode = levels[best]
		}
		out[name] = st
	}
	return out, nil
}

// appendIndicator appends a missing-value indicator if the feature has one.
func appendIndicator(x []float64, has, missing bool) []float64 {
	switch {
	case !has:
		return x
	case missing:
		return append(x, 1)
	}
	return append(x, 0)
}
