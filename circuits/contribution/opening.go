package contribution

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/twopm/twopm/circuits/pedersen"
	"github.com/twopm/twopm/dataset"
	"github.com/twopm/twopm/mpc/field"
)

// MaxParties is the most contributions whose commitments can be summed:
// every committed entry has log2(MaxParties) bits of headroom, so the sum
// of the contributions' packed scalars is the packing of their sums.
const MaxParties = 8

const headroom = 3 // bits, log2(MaxParties)

// MaskBits is the width of a commitment's mask. A node draws it uniformly
// and feeds it into the aggregation as two MaskPartBits-bit parts, so the
// sum of the nodes' masks comes out of the MPC with the statistics.
const (
	MaskBits     = 248
	MaskPartBits = MaskBits / 2
)

// Kinds of committed entries.
const (
	entryCount = iota // present cells of a column
	entrySum          // Σ v′, v′ = (Q − Min)/Step ≥ 0, of a numeric column
	entrySumSq        // Σ v′² of a numeric column
	entryLevel        // cells at one level of a categorical column
)

// entry is one committed integer: what it counts, its width, and where it
// sits in the packed scalars.
type entry struct {
	col    int // index into the shape's statColumns
	kind   int
	level  int
	bits   int
	scalar int // which scalar
	offset int // bit offset in it
}

// opening is how a shape's contribution is committed to: the entries and
// the number of scalars they are packed into.
type opening struct {
	entries []entry
	scalars int
}

// newOpening lays out the entries of cols for tables of at most rows rows.
// A column is committed to through the integers that determine all its
// statistics: for a numeric column its present count, Σ v′ and Σ v′²
// (from which Σq = Step·Σv′ + count·Min and Σq² follow), for a categorical
// one its level counts (from which count, Σq and Σq² follow). The missing
// count is rows − count. Each entry is packed with headroom bits into
// scalars of at most 248 bits.
func newOpening(p dataset.Packing, cols []statColumn, rows int) opening {
	rowBits := bits.Len(uint(rows))
	var o opening
	scalar, off := 0, 0
	push := func(e entry) {
		if off+e.bits+headroom > 248 {
			scalar, off = scalar+1, 0
		}
		e.scalar, e.offset = scalar, off
		off += e.bits + headroom
		o.entries = append(o.entries, e)
	}
	for ci, col := range cols {
		if col.levels != nil {
			for k := range col.levels {
				push(entry{col: ci, kind: entryLevel, level: k, bits: rowBits})
			}
			continue
		}
		fl := p.Fields[col.fields[0]]
		maxV := new(big.Int).Lsh(big.NewInt(1), uint(fl.Bits)) // > largest v′ + 1
		sumMax := new(big.Int).Mul(maxV, big.NewInt(int64(rows)))
		sqMax := new(big.Int).Mul(maxV, sumMax)
		push(entry{col: ci, kind: entryCount, bits: rowBits})
		push(entry{col: ci, kind: entrySum, bits: sumMax.BitLen()})
		push(entry{col: ci, kind: entrySumSq, bits: sqMax.BitLen()})
	}
	o.scalars = scalar + 1
	return o
}

// generators returns the commitment bases of o.
func (o opening) generators() pedersen.Generators {
	return pedersen.NewGenerators(o.scalars)
}

// pack returns the scalars of entry values vals.
func (o opening) pack(vals []*big.Int) []*big.Int {
	s := make([]*big.Int, o.scalars)
	for i := range s {
		s[i] = new(big.Int)
	}
	for i, e := range o.entries {
		s[e.scalar].Add(s[e.scalar], new(big.Int).Lsh(vals[i], uint(e.offset)))
	}
	return s
}

// values derives the committed entries from a statistics vector in the
// order of stats.Layout (as the MPC computes it, or its sum over nodes)
// and the table rows it covers, checking the relations the commitment
// leaves out: a categorical column's count, Σq and Σq² against its level
// counts, every column's missing count against rows − count, and a
// numeric column's sums against its grid. parties bounds the entries.
func (o opening) values(p dataset.Packing, cols []statColumn, v field.Vector, rows int64, parties int) ([]*big.Int, error) {
	if parties < 1 || parties > MaxParties {
		return nil, fmt.Errorf("%w: %d parties, want 1 to %d", ErrBinding, parties, MaxParties)
	}
	get := func(i int) *big.Int { return v[i].Signed() }
	vals := make([]*big.Int, len(o.entries))
	for i, e := range o.entries {
		col := cols[e.col]
		switch e.kind {
		case entryLevel:
			vals[i] = get(col.offset + slotsFixed + e.level)
		case entryCount:
			vals[i] = get(col.offset + slotCount)
		case entrySum, entrySumSq:
			fl := p.Fields[col.fields[0]]
			count, sum, sumSq := get(col.offset+slotCount), get(col.offset+slotSum), get(col.offset+slotSumSq)
			mn, step := big.NewInt(fl.Min), big.NewInt(fl.Step)
			// Σv′ = (Σq − count·Min)/Step;
			// Σv′² = (Σq² − 2·Min·Σq + count·Min²)/Step².
			num := new(big.Int).Sub(sum, new(big.Int).Mul(count, mn))
			den := new(big.Int).Set(step)
			if e.kind == entrySumSq {
				num.Sub(sumSq, new(big.Int).Lsh(new(big.Int).Mul(mn, sum), 1))
				num.Add(num, new(big.Int).Mul(count, new(big.Int).Mul(mn, mn)))
				den.Mul(step, step)
			}
			q, r := new(big.Int).QuoRem(num, den, new(big.Int))
			if r.Sign() != 0 {
				return nil, fmt.Errorf("%w: column %d: sums off the column's grid", ErrBinding, col.index)
			}
			vals[i] = q
		}
		if vals[i].Sign() < 0 || vals[i].BitLen() > e.bits+bits.Len(uint(parties-1)) {
			return nil, fmt.Errorf("%w: column %d: a committed sum is out of range", ErrBinding, col.index)
		}
	}
	// The relations the commitment does not cover.
	for _, col := range cols {
		count := get(col.offset + slotCount)
		if missing := new(big.Int).Sub(big.NewInt(rows), count); missing.Cmp(get(col.offset+slotMissing)) != 0 {
			return nil, fmt.Errorf("%w: column %d: missing count is not rows − count", ErrBinding, col.index)
		}
		if col.levels == nil {
			continue
		}
		n, s, s2 := new(big.Int), new(big.Int), new(big.Int)
		for k, lq := range col.levels {
			h := get(col.offset + slotsFixed + k)
			n.Add(n, h)
			s.Add(s, new(big.Int).Mul(h, lq))
			s2.Add(s2, new(big.Int).Mul(h, new(big.Int).Mul(lq, lq)))
		}
		if n.Cmp(count) != 0 || s.Cmp(get(col.offset+slotSum)) != 0 || s2.Cmp(get(col.offset+slotSumSq)) != 0 {
			return nil, fmt.Errorf("%w: column %d: count or sums disagree with the level counts", ErrBinding, col.index)
		}
	}
	return vals, nil
}
