package dataset

import (
	"embed"
	"fmt"
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
	// Identifier marks a column that names a record (a sample or patient
	// number) rather than measuring it: it is read, checked and committed
	// like any other, but a model never takes it as a feature unless a
	// task lists it (Schema.Features).
	Identifier bool
	// Unit is the unit of a numeric column's values ("mg/dl"). Optional.
	Unit string
	// Description says what the column holds. Optional.
	Description string
	// Missing lists the cell texts that mean a missing value, compared
	// with the cell after surrounding spaces are trimmed. Nil means
	// DefaultMissing; an empty non-nil list means no text is missing.
	Missing []string
}

// DefaultMissing returns the cell texts that mean a missing value in a
// column that declares none: the empty cell, "NA" and "?".
func DefaultMissing() []string { return []string{"", "NA", "?"} }

// MissingTexts returns the texts that mean a missing value in c:
// c.Missing, or DefaultMissing when it is nil.
func (c Column) MissingTexts() []string {
	if c.Missing == nil {
		return DefaultMissing()
	}
	return c.Missing
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

// Schema describes the columns of a table. A schema is data: it is read
// from a schema file (see Parse for the format), and the built-in schemas
// are files embedded in this package (see Lookup). Canonical gives its
// encoding, Hash and Ref the content hash that names it.
type Schema struct {
	// ID names the schema in circuits, tasks and chain records. A schema
	// read by Parse has ID equal to Name.
	ID string
	// Name is the schema's name: letters, digits, '.', '_' and '-',
	// starting with a letter or a digit. Empty for a schema built in Go
	// without one, whose canonical encoding then uses ID.
	Name string
	// Version is the schema's version as its authors write it ("1",
	// "2.1"); it is part of the hash, so that a consortium can tell two
	// revisions apart by name.
	Version string
	// Description says what the table holds. Optional.
	Description string
	Columns     []Column
	// Label, if set, is the binary label a model of the table is trained
	// to predict, unless a task names another: a categorical column and
	// the levels that count as positive.
	Label *Label
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

// Features returns the columns a model of the table takes as features
// unless a task lists its own: every column but the label column (the
// schema's when label is "") and the identifiers, in column order.
func (s Schema) Features(label string) []string {
	if label == "" && s.Label != nil {
		label = s.Label.Column
	}
	var out []string
	for _, c := range s.Columns {
		if c.Name != label && !c.Identifier {
			out = append(out, c.Name)
		}
	}
	return out
}

//go:embed schemas/*.yaml
var builtinFiles embed.FS

// builtins holds the embedded schemas, parsed once; Lookup hands out
// copies.
var builtins = func() map[string]Schema {
	m := map[string]Schema{}
	for _, name := range Builtin() {
		s, err := builtinSchema(name)
		if err != nil {
			panic(err) // the tests read every embedded file, so a bad one fails them rather than a node
		}
		m[name] = s
	}
	return m
}()

// HeartDisease is the schema of the UCI heart-disease files
// (processed.cleveland.data and its three siblings), read from the
// embedded file schemas/heart-disease.yaml.
var HeartDisease = builtins["heart-disease"].Clone()

// BreastCancer is the schema of the Wisconsin Diagnostic Breast Cancer
// file wdbc.data, read from the embedded file schemas/breast-cancer.yaml.
// BreastCancerLabel is its usual label.
var BreastCancer = builtins["breast-cancer"].Clone()

// Builtin returns the names of the built-in schemas, sorted.
func Builtin() []string {
	entries, err := builtinFiles.ReadDir("schemas")
	if err != nil {
		panic(fmt.Sprintf("dataset: embedded schemas: %v", err)) // the embed directive guarantees the directory
	}
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	slices.Sort(names)
	return names
}

// builtinSchema reads the embedded schema file of the given name.
func builtinSchema(name string) (Schema, error) {
	file := "schemas/" + name + ".yaml"
	b, err := builtinFiles.ReadFile(file)
	if err != nil {
		return Schema{}, fmt.Errorf("dataset: read built-in schema %s: %w", name, err)
	}
	s, err := Parse(b, file)
	if err != nil {
		return Schema{}, err
	}
	if s.Name != name {
		return Schema{}, fmt.Errorf("dataset: built-in schema file %s names itself %q", file, s.Name)
	}
	return s, nil
}

// Lookup returns the built-in schema with the given ID, or named by the
// reference id (NAME@HASH, see Catalog for others). It returns an error
// wrapping ErrUnknownSchema that lists the known IDs. Each call returns a
// copy, which the caller may change.
func Lookup(id string) (Schema, error) {
	name, h, withHash, _ := ParseRef(id)
	s, ok := builtins[name]
	if ok && withHash && s.Hash() != h {
		return Schema{}, fmt.Errorf("%w %q: not the built-in %s (%s); resolve it from the schema store", ErrUnknownSchema, id, name, s.Ref())
	}
	if !ok {
		return Schema{}, fmt.Errorf("%w %q (known: %s)", ErrUnknownSchema, id, strings.Join(Builtin(), ", "))
	}
	return s.Clone(), nil
}

// Clone returns a deep copy of s.
func (s Schema) Clone() Schema {
	s.Columns = slices.Clone(s.Columns)
	for i, c := range s.Columns {
		c.Levels = slices.Clone(c.Levels)
		c.Missing = slices.Clone(c.Missing)
		if c.Range != nil {
			r := *c.Range
			c.Range = &r
		}
		s.Columns[i] = c
	}
	if s.Label != nil {
		l := Label{Column: s.Label.Column, Positive: slices.Clone(s.Label.Positive)}
		s.Label = &l
	}
	return s
}
