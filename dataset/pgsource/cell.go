package pgsource

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgtype"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
)

// Reasons a cell is bad. None holds the value.
const (
	reasonLevel    = "not one of the column's levels"
	reasonFinite   = "not a finite number"
	reasonMagitude = "magnitude above 1e9"
	reasonFine     = "finer than 0.000001"
)

// numericTypes and categoricalTypes are the SQL types a column of each
// kind takes, by OID.
var (
	numericTypes = map[uint32]bool{
		pgtype.Int2OID: true, pgtype.Int4OID: true, pgtype.Int8OID: true,
		pgtype.NumericOID: true, pgtype.Float4OID: true, pgtype.Float8OID: true,
	}
	categoricalTypes = map[uint32]bool{
		pgtype.TextOID: true, pgtype.VarcharOID: true, pgtype.BPCharOID: true,
		pgtype.BoolOID: true, pgtype.Int2OID: true, pgtype.Int4OID: true,
		pgtype.Int8OID: true, pgtype.NumericOID: true,
	}
)

const (
	numericTypeNames     = "smallint, integer, bigint, numeric, real or double precision"
	categoricalTypeNames = "text, varchar, char, boolean, smallint, integer, bigint or numeric"
)

// grid returns a numeric column's range, the whole fixed-point range with
// step 1 when it has none, or an error for a range that is empty, has a
// step below 1 or bounds off its grid. It follows the rules of the dataset
// package's reader.
func grid(c dataset.Column) (dataset.Range, error) {
	if c.Range == nil {
		return dataset.Range{Min: -fixed.MaxAbs * fixed.Scale, Max: fixed.MaxAbs * fixed.Scale, Step: 1}, nil
	}
	r := *c.Range
	switch {
	case r.Step < 1:
		return r, fmt.Errorf("%w: column %s: range step %d below 1", ErrConfig, c.Name, r.Step)
	case r.Min > r.Max:
		return r, fmt.Errorf("%w: column %s: range min %d above max %d", ErrConfig, c.Name, r.Min, r.Max)
	case r.Min%r.Step != 0 || r.Max%r.Step != 0:
		return r, fmt.Errorf("%w: column %s: range [%d, %d] not on its step %d", ErrConfig, c.Name, r.Min, r.Max, r.Step)
	case r.Min < -fixed.MaxAbs*fixed.Scale || r.Max > fixed.MaxAbs*fixed.Scale:
		return r, fmt.Errorf("%w: column %s: range [%d, %d] beyond ±%d", ErrConfig, c.Name, r.Min, r.Max, int64(fixed.MaxAbs*fixed.Scale))
	}
	return r, nil
}

// column reads one schema column from one result column: dest is what the
// row is scanned into, cell turns it into a Cell or the reason it is bad.
type column struct {
	dest any
	cell func() (dataset.Cell, string)
}

// newColumn returns the reader of schema column c from a result column of
// type oid, or ok false when the kind cannot take that type.
func newColumn(c dataset.Column, oid uint32) (col column, ok bool, err error) {
	if c.Kind == dataset.Categorical {
		if !categoricalTypes[oid] {
			return column{}, false, nil
		}
		return categorical(c, oid), true, nil
	}
	if !numericTypes[oid] {
		return column{}, false, nil
	}
	r, err := grid(c)
	if err != nil {
		return column{}, false, err
	}
	check := func(q int64) (dataset.Cell, string) {
		if q == 0 && c.ZeroMissing {
			return dataset.Cell{Missing: true}, ""
		}
		if q < r.Min || q > r.Max {
			return dataset.Cell{}, fmt.Sprintf("outside the column's range [%s, %s]", fixed.Format(r.Min), fixed.Format(r.Max))
		}
		if (q-r.Min)%r.Step != 0 {
			return dataset.Cell{}, "finer than the column's precision " + fixed.Format(r.Step)
		}
		return dataset.Cell{Q: q}, ""
	}
	switch oid {
	case pgtype.Int2OID, pgtype.Int4OID, pgtype.Int8OID:
		var v pgtype.Int8
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := intQ(v.Int64)
			if why != "" {
				return dataset.Cell{}, why
			}
			return check(q)
		}}, true, nil
	case pgtype.NumericOID:
		var v pgtype.Numeric
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := numericQ(v)
			if why != "" {
				return dataset.Cell{}, why
			}
			return check(q)
		}}, true, nil
	case pgtype.Float4OID:
		var v pgtype.Float4
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := floatQ(float64(v.Float32), 32)
			if why != "" {
				return dataset.Cell{}, why
			}
			return check(q)
		}}, true, nil
	default: // pgtype.Float8OID
		var v pgtype.Float8
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := floatQ(v.Float64, 64)
			if why != "" {
				return dataset.Cell{}, why
			}
			return check(q)
		}}, true, nil
	}
}

// categorical reads a categorical column. A text value matches a level
// the way a token of a data file does: a level that is not a number
// ("M") only by its exact spelling, a numeric level ("1") by its value
// ("1", "1.0"). A number matches a numeric level of the same value. A
// boolean matches a level spelled "true" or "false" (in any case), else
// the numeric level 1 or 0. A text that is one of the column's missing
// texts (dataset.Column.MissingTexts: "", NA and ? by default) is missing,
// as in a data file.
func categorical(c dataset.Column, oid uint32) column {
	// levelQ[k] is level k's value; words and values find a level by its
	// spelling (a level that is not a number) or its value (one that is),
	// the first of equal ones.
	levelQ := make([]int64, len(c.Levels))
	words, values := map[string]int{}, map[int64]int{}
	for k, lv := range c.Levels {
		if q, why := decimalQ(lv); why == "" {
			levelQ[k] = q
			if _, dup := values[q]; !dup {
				values[q] = k
			}
		} else {
			levelQ[k] = int64(k) * fixed.Scale
			if _, dup := words[lv]; !dup {
				words[lv] = k
			}
		}
	}
	missing := map[string]bool{}
	for _, m := range c.MissingTexts() {
		missing[m] = true
	}
	byValue := func(q int64) (dataset.Cell, string) {
		if k, ok := values[q]; ok {
			return dataset.Cell{Q: q, Level: k}, ""
		}
		return dataset.Cell{}, reasonLevel
	}
	switch oid {
	case pgtype.TextOID, pgtype.VarcharOID, pgtype.BPCharOID:
		var v pgtype.Text
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			s := v.String
			if oid == pgtype.BPCharOID {
				// char(n) pads with blanks, which PostgreSQL ignores when
				// it compares such values.
				s = strings.TrimRight(s, " ")
			}
			if k, ok := words[s]; ok {
				return dataset.Cell{Q: levelQ[k], Level: k}, ""
			}
			if missing[strings.TrimSpace(s)] {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := decimalQ(strings.TrimSpace(s))
			if why != "" {
				return dataset.Cell{}, reasonLevel
			}
			return byValue(q)
		}}
	case pgtype.BoolOID:
		var v pgtype.Bool
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			word := strconv.FormatBool(v.Bool)
			for k, lv := range c.Levels {
				if words[lv] == k && strings.EqualFold(lv, word) {
					return dataset.Cell{Q: levelQ[k], Level: k}, ""
				}
			}
			if v.Bool {
				return byValue(fixed.Scale)
			}
			return byValue(0)
		}}
	case pgtype.NumericOID:
		var v pgtype.Numeric
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := numericQ(v)
			if why != "" {
				return dataset.Cell{}, reasonLevel
			}
			return byValue(q)
		}}
	default: // the integer types
		var v pgtype.Int8
		return column{dest: &v, cell: func() (dataset.Cell, string) {
			if !v.Valid {
				return dataset.Cell{Missing: true}, ""
			}
			q, why := intQ(v.Int64)
			if why != "" {
				return dataset.Cell{}, reasonLevel
			}
			return byValue(q)
		}}
	}
}

// intQ returns v · fixed.Scale.
func intQ(v int64) (int64, string) {
	if v > fixed.MaxAbs || v < -fixed.MaxAbs {
		return 0, reasonMagitude
	}
	return v * fixed.Scale, ""
}

var (
	bigTen   = big.NewInt(10)
	bigLimit = big.NewInt(fixed.MaxAbs * fixed.Scale)
)

// numericQ returns n · fixed.Scale exactly: a value with more than six
// decimals is bad, not rounded.
func numericQ(n pgtype.Numeric) (int64, string) {
	if n.NaN || n.InfinityModifier != pgtype.Finite || n.Int == nil {
		return 0, reasonFinite
	}
	q := new(big.Int).Set(n.Int)
	exp := int64(n.Exp) + 6 // log10 of fixed.Scale
	switch {
	case q.Sign() == 0:
		return 0, ""
	case exp > 16: // |q| ≥ 10^17 > MaxAbs · Scale
		return 0, reasonMagitude
	case exp > 0:
		q.Mul(q, new(big.Int).Exp(bigTen, big.NewInt(exp), nil))
	case exp < 0:
		var rem big.Int
		q.QuoRem(q, new(big.Int).Exp(bigTen, big.NewInt(-exp), nil), &rem)
		if rem.Sign() != 0 {
			return 0, reasonFine
		}
	}
	if new(big.Int).Abs(q).Cmp(bigLimit) > 0 {
		return 0, reasonMagitude
	}
	return q.Int64(), ""
}

// floatQ returns v · fixed.Scale for the shortest decimal that reads back
// as v at the given bit size (0.1 for the double nearest 0.1), exactly.
func floatQ(v float64, bits int) (int64, string) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, reasonFinite
	}
	if math.Abs(v) > fixed.MaxAbs {
		return 0, reasonMagitude
	}
	return decimalQ(strconv.FormatFloat(v, 'f', -1, bits))
}

// decimalQ returns s · fixed.Scale exactly for a decimal number s written
// without an exponent ("63", "-2.5", ".7"); it takes at most 64 bytes.
func decimalQ(s string) (int64, string) {
	if s == "" || len(s) > 64 || strings.Trim(s, "0123456789+-.") != "" {
		return 0, "not a number"
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return 0, "not a number"
	}
	if new(big.Rat).Abs(r).Cmp(new(big.Rat).SetInt64(fixed.MaxAbs)) > 0 {
		return 0, reasonMagitude
	}
	r.Mul(r, new(big.Rat).SetInt64(fixed.Scale))
	if !r.IsInt() {
		return 0, reasonFine
	}
	return r.Num().Int64(), ""
}
