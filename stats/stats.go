// Package stats computes federated summary statistics: the local map a node
// runs over its own table, and the final statistics computed from the sum
// of all nodes' contributions.
//
// A contribution is a vector of field elements laid out by Layout: per
// column, the count of present values, their sum and sum of squares in
// fixed point (package fixed), the count of missing values, and for a
// categorical column one count per level. Only the sum of the nodes'
// vectors is ever revealed; Finalize checks that it is consistent (no
// negative count, histograms that add up) so a garbled aggregate fails
// instead of yielding a wrong result.
package stats

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/fixed"
	"github.com/twopm/twopm/mpc/field"
)

// Errors; callers check them with errors.Is.
var (
	ErrUnknownColumn = errors.New("stats: unknown column")
	ErrInconsistent  = errors.New("stats: aggregate is inconsistent")
)

// Slots per column before the histogram.
const (
	slotCount = iota
	slotSum
	slotSumSq
	slotMissing
	slotsFixed
)

// ColumnLayout places one column in the vector.
type ColumnLayout struct {
	Name   string
	Index  int // position in the schema
	Offset int // first slot in the vector
	Levels []string
}

// Layout is the shape of a contribution vector.
type Layout struct {
	Columns []ColumnLayout
	len     int
}

// NewLayout lays out the named columns of s, or all of them when names is
// empty. It returns an error wrapping ErrUnknownColumn naming every column
// s lacks.
func NewLayout(s dataset.Schema, names []string) (Layout, error) {
	if len(names) == 0 {
		names = s.Names()
	}
	var l Layout
	var unknown []string
	for _, n := range names {
		i := s.Index(n)
		if i < 0 {
			unknown = append(unknown, n)
			continue
		}
		c := s.Columns[i]
		l.Columns = append(l.Columns, ColumnLayout{Name: n, Index: i, Offset: l.len, Levels: c.Levels})
		l.len += slotsFixed + len(c.Levels)
	}
	if len(unknown) > 0 {
		return Layout{}, fmt.Errorf("%w %q in schema %s (columns: %v)", ErrUnknownColumn, unknown, s.ID, s.Names())
	}
	return l, nil
}

// Len returns the number of field elements in a contribution.
func (l Layout) Len() int { return l.len }

// Names returns the names of l's columns, in vector order.
func (l Layout) Names() []string {
	names := make([]string, len(l.Columns))
	for c, col := range l.Columns {
		names[c] = col.Name
	}
	return names
}

// Counts returns the positions that hold counts of rows — per column the
// row count, the missing count and every histogram level — in increasing
// order. Each lies in [0, rows] for a node's own contribution.
func (l Layout) Counts() []int {
	var idx []int
	for _, c := range l.Columns {
		idx = append(idx, c.Offset+slotCount, c.Offset+slotMissing)
		for k := range c.Levels {
			idx = append(idx, c.Offset+slotsFixed+k)
		}
	}
	return idx
}

// LocalMap computes a node's contribution over its table.
func LocalMap(t *dataset.Table, l Layout) field.Vector {
	v := make(field.Vector, l.len)
	one := field.One()
	for _, row := range t.Rows {
		for _, c := range l.Columns {
			cell := row[c.Index]
			if cell.Missing {
				v[c.Offset+slotMissing] = v[c.Offset+slotMissing].Add(one)
				continue
			}
			q := field.FromInt64(cell.Q)
			v[c.Offset+slotCount] = v[c.Offset+slotCount].Add(one)
			v[c.Offset+slotSum] = v[c.Offset+slotSum].Add(q)
			v[c.Offset+slotSumSq] = v[c.Offset+slotSumSq].Add(q.Square())
			if len(c.Levels) > 0 {
				k := c.Offset + slotsFixed + cell.Level
				v[k] = v[k].Add(one)
			}
		}
	}
	return v
}

// Column is the summary of one column.
type Column struct {
	Name      string
	Count     int64
	Missing   int64
	Mean      *float64 // nil when Count is 0
	Variance  *float64 // sample variance with n−1; nil when Count < 2
	Histogram map[string]int64
	// Suppressed names the statistics disclosure control withheld
	// ("count", "missing", "mean", "variance", or a level of the
	// histogram) with the rule that withheld each (Layout.Suppressed).
	// A withheld count and missing count read 0, a withheld mean and
	// variance nil, and a withheld level is absent from Histogram.
	Suppressed map[string]string
}

// Finalize computes the statistics from the sum of all contributions. It
// returns an error wrapping ErrInconsistent when the sum cannot come from
// honest contributions.
func Finalize(l Layout, sum field.Vector) ([]Column, error) {
	return FinalizeReleased(l, sum, nil)
}

// FinalizeReleased is Finalize for an aggregate of which disclosure
// control withheld the positions in suppressed (Layout.Suppressed; their
// entries in sum are ignored): a column whose count is withheld has no
// statistic, and withheld histogram cells are left out.
func FinalizeReleased(l Layout, sum field.Vector, suppressed map[int]string) ([]Column, error) {
	return finalize(l, sum, suppressed, false)
}

// FinalizeNoisy is FinalizeReleased for an aggregate with differential
// privacy's noise added (Layout.NoiseScales): noise can make a count or a
// cell negative, a variance negative, and a histogram not add up to its
// count, none of which is a sign of cheating there. Counts and cells are
// clamped to 0 and a variance to 0 (post-processing, which costs no
// privacy); a mean is the noisy sum over the noisy count.
func FinalizeNoisy(l Layout, sum field.Vector, suppressed map[int]string) ([]Column, error) {
	return finalize(l, sum, suppressed, true)
}

func finalize(l Layout, sum field.Vector, suppressed map[int]string, noisy bool) ([]Column, error) {
	count := func(x *big.Int, col, what string) (int64, error) {
		if noisy && x.Sign() < 0 {
			return 0, nil
		}
		return count(x, col, what)
	}
	if len(sum) != l.len {
		return nil, fmt.Errorf("%w: %d elements, want %d", ErrInconsistent, len(sum), l.len)
	}
	out := make([]Column, 0, len(l.Columns))
	for ci, c := range l.Columns {
		if rule, ok := suppressed[l.CountAt(ci)]; ok {
			col := Column{Name: c.Name, Suppressed: map[string]string{"count": rule, "missing": rule, "mean": rule, "variance": rule}}
			for _, lv := range c.Levels {
				col.Suppressed[lv] = rule
			}
			out = append(out, col)
			continue
		}
		at := func(k int) *big.Int { return sum[c.Offset+k].Signed() }
		n, err := count(at(slotCount), c.Name, "count")
		if err != nil {
			return nil, err
		}
		missing, err := count(at(slotMissing), c.Name, "missing")
		if err != nil {
			return nil, err
		}
		col := Column{Name: c.Name, Count: n, Missing: missing}
		s, ss := at(slotSum), at(slotSumSq)
		if noisy && n == 0 {
			s, ss = new(big.Int), new(big.Int) // no values to average
		}
		if ss.Sign() < 0 && !noisy {
			return nil, fmt.Errorf("%w: column %s has a negative sum of squares", ErrInconsistent, c.Name)
		}
		if n > 0 {
			mean := fixed.Rat(s, 1)
			mean.Quo(mean, new(big.Rat).SetInt64(n))
			f, _ := mean.Float64()
			col.Mean = &f
		} else if s.Sign() != 0 || ss.Sign() != 0 {
			return nil, fmt.Errorf("%w: column %s has sums but no values", ErrInconsistent, c.Name)
		}
		if n > 1 {
			// (Σq² − (Σq)²/n) / (n − 1), in units of Scale².
			v := new(big.Rat).SetFrac(new(big.Int).Mul(s, s), big.NewInt(n))
			v.Sub(new(big.Rat).SetInt(ss), v)
			if v.Sign() < 0 && noisy {
				v.SetInt64(0)
			}
			if v.Sign() < 0 {
				return nil, fmt.Errorf("%w: column %s has a negative variance", ErrInconsistent, c.Name)
			}
			v.Quo(v, new(big.Rat).SetInt64(n-1))
			v.Quo(v, fixed.Rat(big.NewInt(fixed.Scale*fixed.Scale), 0))
			f, _ := v.Float64()
			col.Variance = &f
		}
		if len(c.Levels) > 0 {
			col.Histogram = make(map[string]int64, len(c.Levels))
			var total int64
			withheld := false
			for k, lv := range c.Levels {
				if rule, ok := suppressed[l.CellAt(ci, k)]; ok {
					if col.Suppressed == nil {
						col.Suppressed = map[string]string{}
					}
					col.Suppressed[lv] = rule
					withheld = true
					continue
				}
				h, err := count(at(slotsFixed+k), c.Name, "histogram level "+lv)
				if err != nil {
					return nil, err
				}
				col.Histogram[lv] = h
				total += h
			}
			if !noisy && (total > n || !withheld && total != n) {
				return nil, fmt.Errorf("%w: column %s histogram adds up to %d, count is %d", ErrInconsistent, c.Name, total, n)
			}
		}
		out = append(out, col)
	}
	return out, nil
}

func count(x *big.Int, col, what string) (int64, error) {
	if x.Sign() < 0 || x.Cmp(big.NewInt(fixed.MaxRows*1024)) > 0 {
		return 0, fmt.Errorf("%w: column %s %s is out of range", ErrInconsistent, col, what)
	}
	return x.Int64(), nil
}
