package aggregate

import (
	"context"
	"fmt"
	"math/big"
	"math/bits"

	"github.com/twopm/twopm/mpc/field"
	"github.com/twopm/twopm/mpc/mascot"
	"github.com/twopm/twopm/stats"
)

// Released is what a disclosure-controlled aggregation opened.
type Released struct {
	// Sum is the aggregate, zero at every withheld position.
	Sum field.Vector
	// Suppressed maps each withheld position to the rule that withheld
	// it (stats.Layout.Suppressed).
	Suppressed map[int]string
	// Nodes is, per column of the layout, how many parties hold a present
	// value of it.
	Nodes []int64
}

// Release opens the aggregate of a statistics round under disclosure
// control. inputs are the parties' authenticated inputs (inputs[P] is
// party P's vector, laid out by l, with anything after l's entries, such
// as a proof's commitment mask, opened as it is), x this party's own
// vector, and rows[P] the rows party P's table has, which bound its
// counts. In order:
//
//  1. Every party proves that each of its counts (stats.Layout.Counts:
//     present, missing, every cell) lies in [0, rows], so no sum of them
//     leaves the range the comparisons assume, and inputs, per column,
//     whether it holds a present value (its count is above 0), proven
//     too: count − b and rows·b − count both lie in [0, rows], so b is 1
//     exactly when the count is.
//  2. Per column, [count ≥ MinRows] and [nodes ≥ MinNodes] are computed
//     on shares (mascot.AtLeast) and opened: a column that fails is
//     withheld whole.
//  3. For the columns that pass, [cell ≥ MinCell] of every histogram
//     cell is computed and opened; the cells of columns that failed are
//     never compared.
//  4. The positions the outcomes allow (stats.Layout.Suppressed, with
//     secondary suppression) are opened; the others never are, to anyone.
//
// Each opening is preceded by the MAC check of everything opened before
// it (mascot.Session.Reveal). The per-column node counts are opened with
// the column tests. With openAll (a proven round, whose commitment check
// needs the whole aggregate) step 4 opens every position and Suppressed
// says what the result must withhold: the parties see the withheld
// values, the result does not.
func Release(ctx context.Context, s *mascot.Session, inputs [][]mascot.Share, x field.Vector, l stats.Layout, r stats.Rules, rows []int64, openAll bool) (Released, error) {
	n := s.Parties()
	if err := r.Validate(); err != nil {
		return Released{}, err
	}
	if len(inputs) != n || len(rows) != n {
		return Released{}, fmt.Errorf("release: %d parties, %d inputs and %d row counts", n, len(inputs), len(rows))
	}
	for p, in := range inputs {
		if len(in) < l.Len() {
			return Released{}, fmt.Errorf("release: party %d inputs %d values, the layout has %d", p, len(in), l.Len())
		}
		if rows[p] < 0 || rows[p] >= 1<<40 {
			return Released{}, fmt.Errorf("release: party %d has %d rows", p, rows[p])
		}
	}
	cols := len(l.Columns)
	// 1. Who holds each column.
	var mine field.Vector
	for c := range cols {
		b := field.Element{}
		if !x[l.CountAt(c)].IsZero() {
			b = field.One()
		}
		mine = append(mine, b)
	}
	lens := make([]int, n)
	for p := range lens {
		lens[p] = cols
	}
	held, err := s.Input(ctx, lens, mine)
	if err != nil {
		return Released{}, err
	}
	for p := range n {
		var shares []mascot.Share
		var vals field.Vector
		for _, i := range l.Counts() {
			shares = append(shares, inputs[p][i])
			if p == s.Self() {
				vals = append(vals, x[i])
			}
		}
		rp := field.FromInt64(rows[p])
		for c := range cols {
			count := inputs[p][l.CountAt(c)]
			shares = append(shares, count.Sub(held[p][c]), held[p][c].Scale(rp).Sub(count))
			if p == s.Self() {
				vals = append(vals, x[l.CountAt(c)].Sub(mine[c]), mine[c].Mul(rp).Sub(x[l.CountAt(c)]))
			}
		}
		if err := s.CheckInterval(ctx, p, shares, new(big.Int), big.NewInt(rows[p]), vals); err != nil {
			return Released{}, fmt.Errorf("release: party %d's counts: %w", p, err)
		}
	}
	sum := mascot.Sum(inputs...)
	nodes := mascot.Sum(held...)

	// Every compared value is below 2^k: counts add up to the rows.
	var total int64
	for _, rp := range rows {
		total += rp
	}
	k := max(bits.Len64(uint64(max(total, int64(n), r.MinCell, r.MinRows, r.MinNodes))), 1)

	// 2. Column tests.
	x2 := make([]mascot.Share, 0, 2*cols)
	th := make([]uint64, 0, 2*cols)
	for c := range cols {
		x2 = append(x2, sum[l.CountAt(c)], nodes[c])
		th = append(th, uint64(r.MinRows), uint64(r.MinNodes))
	}
	colBits, err := s.AtLeast(ctx, x2, th, k)
	if err != nil {
		return Released{}, err
	}
	opened, err := s.Reveal(ctx, append(colBits, nodes...))
	if err != nil {
		return Released{}, err
	}
	out := make([]stats.Outcome, cols)
	nodeCounts := make([]int64, cols)
	for c := range cols {
		nodeCounts[c] = opened[2*cols+c].Signed().Int64()
		switch {
		case opened[2*c+1].IsZero():
			out[c].Rule = stats.RuleMinNodes
		case opened[2*c].IsZero():
			out[c].Rule = stats.RuleMinRows
		}
	}
	// 3. Cell tests of the columns that passed.
	var cells []mascot.Share
	var at [][2]int
	for c, col := range l.Columns {
		if out[c].Rule != "" {
			continue
		}
		out[c].Cells = make([]bool, len(col.Levels))
		for lv := range col.Levels {
			cells = append(cells, sum[l.CellAt(c, lv)])
			at = append(at, [2]int{c, lv})
		}
	}
	if len(cells) > 0 {
		cellTh := make([]uint64, len(cells))
		for h := range cellTh {
			cellTh[h] = uint64(r.MinCell)
		}
		cellBits, err := s.AtLeast(ctx, cells, cellTh, k)
		if err != nil {
			return Released{}, err
		}
		ok, err := s.Reveal(ctx, cellBits)
		if err != nil {
			return Released{}, err
		}
		for h, cl := range at {
			out[cl[0]].Cells[cl[1]] = ok[h].Equal(field.One())
		}
	}
	// 4. What the outcomes allow.
	sup := l.Suppressed(out)
	var open []int
	for p := range sum {
		if _, withheld := sup[p]; openAll || !withheld {
			open = append(open, p)
		}
	}
	shares := make([]mascot.Share, len(open))
	for h, p := range open {
		shares[h] = sum[p]
	}
	v, err := s.Reveal(ctx, shares)
	if err != nil {
		return Released{}, err
	}
	res := Released{Sum: make(field.Vector, len(sum)), Suppressed: sup, Nodes: nodeCounts}
	for h, p := range open {
		res.Sum[p] = v[h]
	}
	return res, nil
}
