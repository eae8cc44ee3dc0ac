package setup

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/twopm/twopm/circuits/contribution"
	"github.com/twopm/twopm/circuits/hlr"
	"github.com/twopm/twopm/dataset"
)

// Circuits for any schema. Beside the named versions (Versions), every
// registered schema has a statistics circuit and, if it declares a label,
// an hlr circuit, one per size class: the version is derived from the
// schema and the class alone, so its ID says all there is to compile it
// (ParseID, Resolve), and its keys, set up from the SRS, are the same for
// whoever makes them. The IDs:
//
//	stats-v1/NAME@HASH/ROWS   statistics of every column
//	hlr-v1/NAME@HASH/ROWS     the hlr gradient, the schema's label against every other column
//
// NAME@HASH is the schema's reference (dataset.Schema.Ref) and ROWS one of
// SizeClasses, the most rows a table may have to be proven with it.

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
// the gradient of the schema's declared label against every other column.
// A schema without a label has none.
func HLRFor(s dataset.Schema, rows int) (Version, error) {
	class, err := SizeClass(rows)
	if err != nil {
		return Version{}, err
	}
	if s.Label == nil {
		return Version{}, fmt.Errorf("setup: schema %s declares no label: it has no hlr circuit", s.Ref())
	}
	v := Version{ID: fmt.Sprintf("%s/%s/%d", KindHLR, s.Ref(), class), HLR: &hlr.Shape{Rows: class, Schema: s, Label: *s.Label}}
	if _, err := v.HLR.Width(); err != nil {
		return Version{}, fmt.Errorf("setup: schema %s has no hlr circuit: %w", s.Ref(), err)
	}
	return v, nil
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

// ParseID splits a derived circuit's ID into its kind, schema reference
// and size class; ok is false for an ID that is not one (a named
// version's, or none).
func ParseID(id string) (kind, schema string, rows int, ok bool) {
	parts := strings.Split(id, "/")
	if len(parts) != 3 || parts[0] != KindStats && parts[0] != KindHLR {
		return "", "", 0, false
	}
	if _, _, hashed, err := dataset.ParseRef(parts[1]); err != nil || !hashed {
		return "", "", 0, false
	}
	n, err := strconv.Atoi(parts[2])
	if err != nil {
		return "", "", 0, false
	}
	if c, err := SizeClass(n); err != nil || c != n {
		return "", "", 0, false
	}
	return parts[0], parts[1], n, true
}

// Resolve returns the circuit version of an ID: a named version (Lookup),
// or a derived one compiled from its schema, which schemas resolves (the
// built-in schemas, a node's own, the schema store). An ID that is neither,
// or names a circuit its schema does not have, fails wrapping
// ErrUnknownVersion; a schema that does not resolve fails with the
// catalog's error. BadID tells the ID's own faults from a store's.
func Resolve(ctx context.Context, id string, schemas dataset.Catalog) (Version, error) {
	if v, err := Lookup(id); err == nil {
		return v, nil
	}
	kind, ref, rows, ok := ParseID(id)
	if !ok {
		return Version{}, fmt.Errorf("%w %q: neither a named version (twopm circuits list) nor KIND/NAME@HASH/ROWS", ErrUnknownVersion, id)
	}
	s, err := schemas.Resolve(ctx, ref)
	if err != nil {
		return Version{}, fmt.Errorf("setup: circuit %s: %w", id, err)
	}
	v, err := Derive(kind, s, rows)
	if err != nil {
		return Version{}, fmt.Errorf("%w %q: %w", ErrUnknownVersion, id, err)
	}
	return v, nil
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
// model of kind ("hlr") on the schema ref names.
func (v Version) CoversTraining(kind, ref string) bool {
	return kind == "hlr" && v.HLR != nil && v.HLR.Schema.Matches(ref)
}

// KnownID reports whether id names a circuit version: a named one, or one
// derived from a schema (whose schema this does not resolve).
func KnownID(id string) bool {
	if _, err := Lookup(id); err == nil {
		return true
	}
	_, _, _, ok := ParseID(id)
	return ok
}
