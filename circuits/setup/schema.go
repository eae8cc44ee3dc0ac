package setup

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/dataset"
)

// Circuits for any schema. Beside the named versions (Versions), every
// registered schema has a statistics circuit and, for each binary label,
// hlr circuits, one per size class: the version is derived from the
// schema, the class and, for hlr, the label and feature columns alone, so
// its ID says all there is to compile it (ParseID, Resolve), and its keys,
// set up from the SRS, are the same for whoever makes them. The IDs:
//
//	stats-v1/NAME@HASH/ROWS                 statistics of every column
//	hlr-v1/NAME@HASH/ROWS[/yL.P.P][/xF.F]   the hlr gradient
//
// NAME@HASH is the schema's reference (dataset.Schema.Ref) and ROWS one of
// SizeClasses, the most rows a table may have to be proven with it. An hlr
// circuit's label is the schema's declared label unless the y segment
// names another: column L (from 0, in schema order) with the levels P
// (their indices, ascending) positive. Its features are the label's
// default features (dataset.Schema.Features) unless the x segment lists
// the columns F, ascending. Each segment is left out when it says the
// default, so one circuit has one ID (Resolve refuses another spelling).
//
// An hlr circuit proves the gradient of every model whose features are
// among its own: a column the model does not use gets the coefficient 0
// (Version.CoversTraining). So one circuit per label, over the default
// features, serves every choice of features; a narrower one only proves
// faster.

// Kinds of derived circuits.
const (
	KindStats = "stats-v1"
	KindHLR   = "hlr-v1"
)

// SizeClasses are the row counts derived circuits are made for: a table
// is proven with the smallest class that holds it. Each is twice the one
// before, so a table pays at most twice its own rows in proving.
var SizeClasses = []int{64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384}

// ErrTooLarge is returned for a table with more rows than the largest
// size class, or a circuit larger than the SRS can set up.
var ErrTooLarge = errors.New("setup: circuit too large")

// SizeClass returns the smallest size class of at least rows rows.
func SizeClass(rows int) (int, error) {
	if rows < 1 {
		return 0, fmt.Errorf("setup: %d rows: a proven table has at least one", rows)
	}
	for _, c := range SizeClasses {
		if rows <= c {
			return c, nil
		}
	}
	return 0, fmt.Errorf("%w: %d rows, the largest size class holds %d", ErrTooLarge, rows, SizeClasses[len(SizeClasses)-1])
}

// StatsFor returns the statistics circuit of schema s for tables of up to
// rows rows (rounded up to its size class).
func StatsFor(s dataset.Schema, rows int) (Version, error) {
	class, err := SizeClass(rows)
	if err != nil {
		return Version{}, err
	}
	v := Version{ID: fmt.Sprintf("%s/%s/%d", KindStats, s.Ref(), class), Shape: contribution.Shape{Rows: class, Schema: s}}
	if _, err := v.Shape.Layout(); err != nil {
		return Version{}, fmt.Errorf("setup: schema %s has no statistics circuit: %w", s.Ref(), err)
	}
	return v, nil
}

// HLRFor returns the hlr circuit of schema s for tables of up to rows rows:
// the gradient of the schema's declared label against its default
// features. A schema without a label has none.
func HLRFor(s dataset.Schema, rows int) (Version, error) {
	if s.Label == nil {
		return Version{}, fmt.Errorf("setup: schema %s declares no label: it has no hlr circuit of its own (name a label)", s.Ref())
	}
	return HLRWith(s, rows, *s.Label, nil)
}

// HLRWith returns the hlr circuit of schema s for tables of up to rows
// rows with label l (a categorical column and its positive levels) and
// the feature columns features, in any order (nil: s.Features(l.Column)).
func HLRWith(s dataset.Schema, rows int, l dataset.Label, features []string) (Version, error) {
	class, err := SizeClass(rows)
	if err != nil {
		return Version{}, err
	}
	label, positive, err := l.Index(s)
	if err != nil {
		return Version{}, fmt.Errorf("setup: schema %s has no hlr circuit of label %s: %w", s.Ref(), l.Column, err)
	}
	if features == nil {
		features = s.Features(l.Column)
	}
	in := make([]bool, len(s.Columns))
	for _, f := range features {
		i := s.Index(f)
		switch {
		case i < 0:
			return Version{}, fmt.Errorf("setup: schema %s has no column %q", s.Ref(), f)
		case i == label:
			return Version{}, fmt.Errorf("setup: feature %q is the label", f)
		case in[i]:
			return Version{}, fmt.Errorf("setup: feature %q listed twice", f)
		}
		in[i] = true
	}
	id := fmt.Sprintf("%s/%s/%d", KindHLR, s.Ref(), class)
	lab := dataset.Label{Column: l.Column}
	var pos []int
	for k, p := range positive {
		if p {
			pos = append(pos, k)
			lab.Positive = append(lab.Positive, s.Columns[label].Levels[k])
		}
	}
	if s.Label == nil || s.Label.Column != l.Column || !slices.Equal(pos, positiveOf(s, *s.Label)) {
		id += "/y" + joinInts(append([]int{label}, pos...))
	}
	var cols, drop []string
	var idx []int
	for i, c := range s.Columns {
		switch {
		case in[i]:
			cols = append(cols, c.Name)
			idx = append(idx, i)
		case i != label:
			drop = append(drop, c.Name)
		}
	}
	if !slices.Equal(cols, s.Features(l.Column)) {
		id += "/x" + joinInts(idx)
	}
	v := Version{ID: id, HLR: &hlr.Shape{Rows: class, Schema: s, Label: lab, Drop: drop}}
	if _, err := v.HLR.Width(); err != nil {
		return Version{}, fmt.Errorf("setup: schema %s has no hlr circuit of label %s and features %s: %w", s.Ref(), l.Column, strings.Join(cols, ","), err)
	}
	return v, nil
}

// positiveOf returns the indices of l's positive levels in s, ascending.
func positiveOf(s dataset.Schema, l dataset.Label) []int {
	_, positive, err := l.Index(s)
	if err != nil {
		return nil
	}
	var out []int
	for k, p := range positive {
		if p {
			out = append(out, k)
		}
	}
	return out
}

func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ".")
}

// parseInts reads the dot-separated list of a y or x segment: indices
// from 0, strictly ascending after the first skip entries (the y
// segment's column comes first).
func parseInts(s string, skip int) ([]int, bool) {
	if s == "" {
		return nil, false
	}
	var out []int
	for i, p := range strings.Split(s, ".") {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n >= 1<<16 || strconv.Itoa(n) != p {
			return nil, false
		}
		if i > skip && n <= out[i-1] {
			return nil, false
		}
		out = append(out, n)
	}
	return out, true
}

// Derive returns the circuit of kind (KindStats or KindHLR) of schema s
// for tables of up to rows rows: StatsFor or HLRFor.
func Derive(kind string, s dataset.Schema, rows int) (Version, error) {
	switch kind {
	case KindStats:
		return StatsFor(s, rows)
	case KindHLR:
		return HLRFor(s, rows)
	}
	return Version{}, fmt.Errorf("%w: no kind %q (want %s or %s)", ErrUnknownVersion, kind, KindStats, KindHLR)
}

// DerivedID is a derived circuit's ID, split (ParseID).
type DerivedID struct {
	Kind   string // KindStats or KindHLR
	Schema string // the schema's reference, NAME@HASH
	Rows   int    // the size class
	// Label is an hlr circuit's label column then its positive levels,
	// as indices; nil for the schema's label.
	Label []int
	// Features are an hlr circuit's feature columns, as indices; nil for
	// the label's default features.
	Features []int
}

// ParseID splits a derived circuit's ID; ok is false for an ID that is not
// one (a named version's, or none).
func ParseID(id string) (d DerivedID, ok bool) {
	parts := strings.Split(id, "/")
	if len(parts) < 3 || parts[0] != KindStats && parts[0] != KindHLR || parts[0] == KindStats && len(parts) != 3 || len(parts) > 5 {
		return DerivedID{}, false
	}
	if _, _, hashed, err := dataset.ParseRef(parts[1]); err != nil || !hashed {
		return DerivedID{}, false
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil {
		return DerivedID{}, false
	}
	if c, err := SizeClass(n); err != nil || c != n || strconv.Itoa(n) != parts[2] {
		return DerivedID{}, false
	}
	d = DerivedID{Kind: parts[0], Schema: parts[1], Rows: n}
	for i, seg := range parts[3:] {
		switch {
		case strings.HasPrefix(seg, "y") && i == 0 && d.Label == nil:
			if d.Label, ok = parseInts(seg[1:], 1); !ok || len(d.Label) < 2 {
				return DerivedID{}, false
			}
		case strings.HasPrefix(seg, "x") && d.Features == nil:
			if d.Features, ok = parseInts(seg[1:], 0); !ok {
				return DerivedID{}, false
			}
		default:
			return DerivedID{}, false
		}
	}
	return d, true
}

// Resolve returns the circuit version of an ID: a named version (Lookup),
// or a derived one compiled from its schema, which schemas resolves (the
// built-in schemas, a node's own, the schema store). An ID that is neither,
// names a circuit its schema does not have, or spells a derived circuit
// other than its canonical way, fails wrapping ErrUnknownVersion; a schema
// that does not resolve fails with the catalog's error. BadID tells the
// ID's own faults from a store's.
func Resolve(ctx context.Context, id string, schemas dataset.Catalog) (Version, error) {
	if v, err := Lookup(id); err == nil {
		return v, nil
	}
	d, ok := ParseID(id)
	if !ok {
		return Version{}, fmt.Errorf("%w %q: neither a named version (twopm circuits list) nor KIND/NAME@HASH/ROWS", ErrUnknownVersion, id)
	}
	s, err := schemas.Resolve(ctx, d.Schema)
	if err != nil {
		return Version{}, fmt.Errorf("setup: circuit %s: %w", id, err)
	}
	var v Version
	switch {
	case d.Kind == KindHLR && (d.Label != nil || d.Features != nil):
		v, err = d.hlr(s)
	default:
		v, err = Derive(d.Kind, s, d.Rows)
	}
	if err != nil {
		return Version{}, fmt.Errorf("%w %q: %w", ErrUnknownVersion, id, err)
	}
	if v.ID != id {
		return Version{}, fmt.Errorf("%w %q: the circuit it names is %s", ErrUnknownVersion, id, v.ID)
	}
	return v, nil
}

// hlr compiles the hlr circuit of d's label and features on schema s.
func (d DerivedID) hlr(s dataset.Schema) (Version, error) {
	col := func(i int) (dataset.Column, error) {
		if i >= len(s.Columns) {
			return dataset.Column{}, fmt.Errorf("schema %s has %d columns, none numbered %d", s.Ref(), len(s.Columns), i)
		}
		return s.Columns[i], nil
	}
	var l dataset.Label
	switch {
	case d.Label != nil:
		c, err := col(d.Label[0])
		if err != nil {
			return Version{}, err
		}
		l.Column = c.Name
		for _, k := range d.Label[1:] {
			if k >= len(c.Levels) {
				return Version{}, fmt.Errorf("label column %s has %d levels, none numbered %d", c.Name, len(c.Levels), k)
			}
			l.Positive = append(l.Positive, c.Levels[k])
		}
	case s.Label != nil:
		l = *s.Label
	default:
		return Version{}, fmt.Errorf("schema %s declares no label: the ID names none", s.Ref())
	}
	var features []string
	for _, i := range d.Features {
		c, err := col(i)
		if err != nil {
			return Version{}, err
		}
		features = append(features, c.Name)
	}
	return HLRWith(s, d.Rows, l, features)
}

// BadID reports whether an error of Resolve is the ID's own fault (no such
// version, or a schema no one holds), which no retry mends, rather than
// a store's.
func BadID(err error) bool {
	return errors.Is(err, ErrUnknownVersion) || dataset.RefFault(err)
}

// CoversStats reports whether v proves the statistics of columns (empty:
// all) of the schema ref names.
func (v Version) CoversStats(ref string, columns []string) bool {
	if v.Training() || !v.Shape.Schema.Matches(ref) {
		return false
	}
	want, err := v.Shape.Layout()
	if err != nil {
		return false
	}
	got, err := contribution.Shape{Rows: v.Shape.Rows, Schema: v.Shape.Schema, Columns: columns}.Layout()
	if err != nil || len(got.Columns) != len(want.Columns) {
		return false
	}
	for i := range got.Columns {
		if got.Columns[i].Name != want.Columns[i].Name {
			return false
		}
	}
	return true
}

// CoversTraining reports whether v proves the map step of training a
// model of kind ("hlr") on the schema ref names with label l and the
// feature columns features: its label is l (the same column and positive
// levels) and features are among its own.
func (v Version) CoversTraining(kind, ref string, l dataset.Label, features []string) bool {
	if kind != "hlr" || v.HLR == nil || !v.HLR.Schema.Matches(ref) || v.HLR.Label.Column != l.Column {
		return false
	}
	if !slices.Equal(positiveOf(v.HLR.Schema, v.HLR.Label), positiveOf(v.HLR.Schema, l)) {
		return false
	}
	own, err := v.HLR.Features()
	if err != nil {
		return false
	}
	for _, f := range features {
		if !slices.Contains(own, f) {
			return false
		}
	}
	return true
}

// KnownID reports whether id names a circuit version: a named one, or one
// derived from a schema (whose schema this does not resolve).
func KnownID(id string) bool {
	if _, err := Lookup(id); err == nil {
		return true
	}
	_, ok := ParseID(id)
	return ok
}
