package dataset

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/twopm/twopm/fixed"
)

// Kind says how a column is summarized.
type Kind int

const (
	// Numeric columns get count, sum and sum of squares.
	Numeric Kind = iota
	// Categorical columns get those and a histogram over their levels.
	Categorical
)

// Column is one column of a schema.
type Column struct {
	Name string
	Kind Kind
	// Levels are the values a categorical column may take, as canonical
	// decimal strings ("0", "1"), which a file may write as "1.0", or as
	// words ("B", "M"), which a file must spell exactly. The first level is
	// the reference level of an Encoding. Nil for a numeric column.
	Levels []string
	// Range bounds the values of a numeric column; nil allows any value
	// fixed.Parse reads. The reader rejects a value outside it, and the
	// commitment spends only as many bits on a cell as the range needs.
	Range *Range
	// ZeroMissing makes the reader take a 0 in a numeric column as a
	// missing value, for files that record an unmeasured quantity as 0
	// where 0 is impossible (a serum cholesterol of 0 mg/dl).
	ZeroMissing bool
}

// Range is the domain of a numeric column in fixed-point units (value ·
// fixed.Scale): the values Min, Min+Step, …, Max. Step is the precision
// the data is recorded with (fixed.Scale for whole numbers); Min and Max
// are multiples of it.
type Range struct {
	Min, Max, Step int64
}

// grid returns the range of a numeric column, the whole fixed-point range
// with step 1 when it has none. It returns an error for a range that is
// empty, has a step below 1 or bounds off its grid.
func (c Column) grid() (Range, error) {
	if c.Range == nil {
		return Range{Min: -fixed.MaxAbs * fixed.Scale, Max: fixed.MaxAbs * fixed.Scale, Step: 1}, nil
	}
	r := *c.Range
	switch {
	case r.Step < 1:
		return r, fmt.Errorf("column %s: range step %d below 1", c.Name, r.Step)
	case r.Min > r.Max:
		return r, fmt.Errorf("column %s: range min %d above max %d", c.Name, r.Min, r.Max)
	case r.Min%r.Step != 0 || r.Max%r.Step != 0:
		return r, fmt.Errorf("column %s: range [%d, %d] not on its step %d", c.Name, r.Min, r.Max, r.Step)
	case r.Min < -fixed.MaxAbs*fixed.Scale || r.Max > fixed.MaxAbs*fixed.Scale:
		return r, fmt.Errorf("column %s: range [%d, %d] beyond ±%d", c.Name, r.Min, r.Max, int64(fixed.MaxAbs*fixed.Scale))
	}
	return r, nil
}

// whole is the range of whole numbers from lo to hi.
func whole(lo, hi int64) *Range {
	return &Range{Min: lo * fixed.Scale, Max: hi * fixed.Scale, Step: fixed.Scale}
}

// Schema describes the columns of a data file: comma-separated, no header,
// "?" or an empty field marks a missing value.
type Schema struct {
	ID      string
	Columns []Column
}

// Index returns the position of the named column, or -1.
func (s Schema) Index(name string) int {
	return slices.IndexFunc(s.Columns, func(c Column) bool { return c.Name == name })
}

// Names returns the column names in file order.
func (s Schema) Names() []string {
	names := make([]string, len(s.Columns))
	for i, c := range s.Columns {
		names[i] = c.Name
	}
	return names
}

// HeartDisease is the schema of the UCI heart-disease files
// (processed.cleveland.data and its three siblings). The numeric columns
// are whole numbers except oldpeak (one decimal); their ranges are the
// physiological ones of heart-disease.names with room to spare. A resting
// blood pressure or a cholesterol of 0 is read as missing: the files mark
// unmeasured values so (every chol of Switzerland, 49 of the VA's, one
// VA trestbps), and taking them as measurements would drag every mean
// and every model toward an impossible value.
var HeartDisease = Schema{
	ID: "heart-disease",
	Columns: []Column{
		{Name: "age", Range: whole(0, 120)},
		{Name: "sex", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "cp", Kind: Categorical, Levels: []string{"1", "2", "3", "4"}},
		{Name: "trestbps", Range: whole(0, 300), ZeroMissing: true},
		{Name: "chol", Range: whole(0, 1000), ZeroMissing: true},
		{Name: "fbs", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "restecg", Kind: Categorical, Levels: []string{"0", "1", "2"}},
		{Name: "thalach", Range: whole(0, 300)},
		{Name: "exang", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "oldpeak", Range: &Range{Min: -10 * fixed.Scale, Max: 10 * fixed.Scale, Step: fixed.Scale / 10}},
		{Name: "slope", Kind: Categorical, Levels: []string{"1", "2", "3"}},
		{Name: "ca", Kind: Categorical, Levels: []string{"0", "1", "2", "3"}},
		{Name: "thal", Kind: Categorical, Levels: []string{"3", "6", "7"}},
		{Name: "num", Kind: Categorical, Levels: []string{"0", "1", "2", "3", "4"}},
	},
}

var builtin = map[string]Schema{
	HeartDisease.ID: HeartDisease,
	BreastCancer.ID: BreastCancer,
}

// Lookup returns the built-in schema with the given ID. It returns an error
// wrapping ErrUnknownSchema that lists the known IDs.
func Lookup(id string) (Schema, error) {
	s, ok := builtin[id]
	if !ok {
		known := slices.Sorted(maps.Keys(builtin))
		return Schema{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownSchema, id, strings.Join(known, ", "))
	}
	return s, nil
}
