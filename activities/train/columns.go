package train

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/twopm/twopm/activities/compute"
	"github.com/twopm/twopm/circuits/setup"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/workflows"
)

// Columns are the label and feature columns a training task reads, as its
// spec and schema say (Resolve).
type Columns struct {
	Label    dataset.Label
	Features []string
}

// Resolve checks the spec's label, features and missing-value rule
// against schema s and returns the columns the task reads: the label (the
// schema's unless the spec names one) and the features (every column but
// the label and Drop(s) unless the spec lists them). It reports every
// problem at once: an unknown column, a numeric label, a label with more
// than two levels and no positive level named, a positive level the label
// does not have, every level positive, the label among the features and a
// feature listed twice. Whether a proven task's circuit covers these
// columns is Covers'.
func Resolve(spec workflows.TrainSpec, s dataset.Schema) (Columns, error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf("spec: "+format, args...)) }
	var c Columns
	schemaLabel, schemaErr := compute.Label(s)
	switch {
	case spec.Label == "" && schemaErr != nil:
		bad("schema %s declares no label: name the label column (label: COLUMN)", s.Ref())
	case spec.Label == "":
		c.Label = schemaLabel
		if len(spec.Positive) > 0 {
			c.Label.Positive = slices.Clone(spec.Positive)
		}
	default:
		c.Label = dataset.Label{Column: spec.Label, Positive: slices.Clone(spec.Positive)}
		i := s.Index(spec.Label)
		switch {
		case i < 0:
			bad("label %q is not a column of %s (columns: %s)", spec.Label, s.Ref(), strings.Join(s.Names(), ", "))
		case s.Columns[i].Kind != dataset.Categorical:
			bad("label %q is a numeric column: a label is a categorical column of two classes (declare it with levels in the schema)", spec.Label)
		case len(c.Label.Positive) > 0:
		case schemaErr == nil && schemaLabel.Column == spec.Label:
			c.Label.Positive = slices.Clone(schemaLabel.Positive)
		case len(s.Columns[i].Levels) == 2:
			// The first level is the reference, as R reads a two-level
			// factor response.
			c.Label.Positive = []string{s.Columns[i].Levels[1]}
		default:
			bad("label %q has %d levels (%s): name the positive ones (positive: [LEVEL]) to make it binary", spec.Label, len(s.Columns[i].Levels), strings.Join(s.Columns[i].Levels, ", "))
		}
	}
	if i := s.Index(c.Label.Column); i >= 0 && len(errs) == 0 {
		if _, _, err := c.Label.Index(s); err != nil {
			bad("label: %v", err)
		} else if lv := s.Columns[i].Levels; len(uniq(c.Label.Positive)) >= len(lv) {
			bad("label %q: every level (%s) is positive, so the label is not binary", c.Label.Column, strings.Join(lv, ", "))
		}
	}
	if len(spec.Features) == 0 {
		c.Features = s.Features(c.Label.Column)
	} else {
		seen := map[string]bool{}
		for _, f := range spec.Features {
			switch {
			case s.Index(f) < 0:
				bad("feature %q is not a column of %s (columns: %s)", f, s.Ref(), strings.Join(s.Names(), ", "))
			case f == c.Label.Column:
				bad("feature %q is the label column", f)
			case seen[f]:
				bad("feature %q is listed twice", f)
			default:
				c.Features = append(c.Features, f)
			}
			seen[f] = true
		}
	}
	if len(errs) == 0 && len(c.Features) == 0 {
		bad("no feature columns: schema %s has no column besides the label", s.Ref())
	}
	if len(errs) > 0 {
		return Columns{}, errors.Join(errs...)
	}
	return c, nil
}

// Covers reports why circuit v cannot prove the rounds of a training task
// of spec on schema s, or nil when it can: the task trains hlr with
// imputed missing values (missing: omit leaves rows out, which no circuit
// proves), and v's label is the task's, with the same positive levels,
// and its features include the task's (Resolve).
func Covers(v setup.Version, spec workflows.TrainSpec, s dataset.Schema) error {
	c, err := Resolve(spec, s)
	if err != nil {
		return err
	}
	switch {
	case spec.Model != workflows.ModelHLR:
		return fmt.Errorf("spec: circuit %s proves hlr training; this task trains %s", v.ID, spec.Model)
	case spec.WithDefaults().Missing == workflows.MissingOmit:
		return fmt.Errorf("spec: circuit %s proves the gradient over every labeled row, missing features imputed; this task leaves out rows with a missing feature (missing: omit): train it unproven, or impute", v.ID)
	case !v.CoversTraining(spec.Model, spec.Schema, c.Label, c.Features):
		var own []string
		var l dataset.Label
		if v.HLR != nil {
			own, _ = v.HLR.Features()
			l = v.HLR.Label
		}
		return fmt.Errorf("spec: circuit %s proves the gradient of label %s over features %s; this task chooses label %s and features %s",
			v.ID, labelName(l), strings.Join(own, ","), labelName(c.Label), strings.Join(c.Features, ","))
	}
	return nil
}

func labelName(l dataset.Label) string {
	if l.Column == "" {
		return "(none)"
	}
	return l.Column + " (positive " + strings.Join(l.Positive, ",") + ")"
}

func uniq(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

// complete returns the rows of t that have a value in every column of
// cols: the rows a task with missing: omit fits on.
func complete(t *dataset.Table, cols []string) (*dataset.Table, error) {
	idx := make([]int, len(cols))
	for j, c := range cols {
		if idx[j] = t.Schema.Index(c); idx[j] < 0 {
			return nil, fmt.Errorf("%w %q (%s schema)", dataset.ErrUnknownColumn, c, t.Schema.ID)
		}
	}
	out := &dataset.Table{Schema: t.Schema, File: t.File}
rows:
	for _, r := range t.Rows {
		for _, i := range idx {
			if i >= len(r) || r[i].Missing {
				continue rows
			}
		}
		out.Rows = append(out.Rows, r)
	}
	return out, nil
}
