package compute

import (
	"context"
	"errors"
	"fmt"

	"github.com/twopm/twopm/activities"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/dataset/source"
)

// View is the part of its data file a node works on. A consortium keeps a
// common test split out of every task: each node holds out a seeded,
// stratified fraction of its rows (dataset.Split) and never computes on
// them. A node that simulates one of several hospitals from one shared file
// (as the breast-cancer demo does) then keeps only its part of the rest
// (dataset.Partition). The zero View is the whole file.
type View struct {
	// Holdout is the fraction of rows held out as test rows, in [0, 1).
	Holdout float64
	// Seed seeds the holdout split and the partition.
	Seed uint64
	// Part and Parts, if Parts > 0, keep part Part (1 to Parts) of the rows
	// left after the holdout.
	Part, Parts int
}

// SetPart sets Part and Parts from "K/N", as node run --part takes it.
func (v *View) SetPart(s string) error {
	var k, n int
	if _, err := fmt.Sscanf(s, "%d/%d", &k, &n); err != nil || n < 1 || k < 1 || k > n {
		return fmt.Errorf("compute: part %q: want K/N with 1 ≤ K ≤ N, e.g. 2/3", s)
	}
	v.Part, v.Parts = k, n
	return nil
}

// Validate reports a view that cannot be applied.
func (v View) Validate() error {
	if v.Holdout < 0 || v.Holdout >= 1 {
		return fmt.Errorf("compute: holdout %v is not in [0, 1)", v.Holdout)
	}
	if v.Parts < 0 || v.Parts > 0 && (v.Part < 1 || v.Part > v.Parts) {
		return fmt.Errorf("compute: part %d of %d does not exist", v.Part, v.Parts)
	}
	return nil
}

// Label returns the label a schema's rows are stratified and trained by:
// the one its file declares.
func Label(s dataset.Schema) (dataset.Label, error) {
	if s.Label == nil {
		return dataset.Label{}, fmt.Errorf("compute: schema %s declares no label to train on (label: {column: C, positive: [L]} in its file)", s.Ref())
	}
	return *s.Label, nil
}

// Apply returns the rows of t in the view, and the held-out test rows.
func (v View) Apply(t *dataset.Table) (rows, test *dataset.Table, err error) {
	if err := v.Validate(); err != nil {
		return nil, nil, err
	}
	if v.Holdout == 0 && v.Parts == 0 {
		return t, &dataset.Table{Schema: t.Schema, File: t.File}, nil
	}
	l, err := Label(t.Schema)
	if err != nil {
		return nil, nil, err
	}
	rows, test, err = dataset.Split(t, l, v.Holdout, v.Seed)
	if err != nil {
		return nil, nil, err
	}
	if v.Parts > 0 {
		parts, err := dataset.Partition(rows, l, v.Parts, v.Seed)
		if err != nil {
			return nil, nil, err
		}
		rows = parts[v.Part-1]
	}
	return rows, test, nil
}

// Load reads the node's rows from src and applies the view.
func (v View) Load(ctx context.Context, src source.Source, s dataset.Schema) (*dataset.Table, error) {
	t, err := src.Read(ctx, s)
	if err != nil {
		return nil, err
	}
	rows, _, err := v.Apply(t)
	return rows, err
}

// DataError is the activity error of node's data that did not load: a
// source that is unavailable for now (source.ErrUnavailable) is retried;
// anything else (a missing or malformed file, a query that fails, a bad
// cell) is bad input for the hospital to fix.
func DataError(node string, err error) error {
	err = fmt.Errorf("node %s: %w", node, err)
	if errors.Is(err, source.ErrUnavailable) {
		return err
	}
	return activities.BadInput(err)
}
