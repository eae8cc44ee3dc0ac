package dataset

import (
	"fmt"
	"maps"
	"slices"
	"strings"
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
// (processed.cleveland.data and its three siblings).
var HeartDisease = Schema{
	ID: "heart-disease",
	Columns: []Column{
		{Name: "age"},
		{Name: "sex", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "cp", Kind: Categorical, Levels: []string{"1", "2", "3", "4"}},
		{Name: "trestbps"},
		{Name: "chol"},
		{Name: "fbs", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "restecg", Kind: Categorical, Levels: []string{"0", "1", "2"}},
		{Name: "thalach"},
		{Name: "exang", Kind: Categorical, Levels: []string{"0", "1"}},
		{Name: "oldpeak"},
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
